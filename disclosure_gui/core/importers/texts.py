"""The texts of the opening and of parts 一, 五 and 六, each into its field.

Part 一's five aspects are found by their subheadings wherever they are (a line of their own, or glued into a page
that lost its line breaks: 「…各项工作。（一）政府信息管理方面一是…」) and matched by what they name, in whatever
order the report has them; a subheading that names none of the five stays in the text. Part 五 is split by its own
subheadings or, without them, by the words that open the improvements (「针对上述问题，下一步…」); part 六's sentences
on 信息处理费 go to the fee text with the figures they state. A heading that is only the format's words is taken
off (and accounted for); a unit's own subtitle (「（五）完善监督保障机制」) stays as the field's first line.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..checks.consistency import OLD_HEADING
from ..format import schema
from ..format.labels import MARK
from ..format.report import Report
from .document import Item
from .ledger import Ledger

# Part 一's aspects by what their heading names, tried in this order: 「政府信息公开平台建设」 also says 公开.
_ASPECTS = (
    ("overview.platforms", r"平台|载体建设"),
    ("overview.oversight", r"监督|保障"),
    ("overview.management", r"管理"),
    ("overview.on_request", r"依申请"),
    ("overview.proactive", r"主动"),
)
# The aspects' own words: a subheading that says no more than these (and 情况, 方面…) is the format's heading.
_ASPECT_WORDS = {
    "overview.platforms": r"(?:政府信息)?公开平台建设|平台(?:载体)?建设|载体建设",
    "overview.oversight": r"监督保障",
    "overview.management": r"政府信息管理|信息管理",
    "overview.on_request": r"依申请公开",
    "overview.proactive": r"主动公开",
}
# A subheading's number, where a paragraph (or a sentence of a page without breaks) starts.
_BRACKETED = r"[（(][一二三四五六七八九十]{1,2}[）)]"
_NUMBERED = r"\d{1,2}[.．、](?!\d)"
_SUB_MARK = rf"(?:{_BRACKETED}|{_NUMBERED})"
_SUB_START = re.compile(rf"(?:^|(?<=[。！？!?：:]))\s*(?={_SUB_MARK}|在[^，。；]{{2,16}}方面，)")
# How far a subheading runs: to 情况/方面, to 工作, to a verb of the aspect and a stop, or over the aspect's words.
# A 「1.」 numbers a list item as often as a heading (「1.主动公开财政预算、决算。」): it heads an aspect only when a
# stop follows its words.
_SUB_EXTENT = (
    re.compile(rf"{_BRACKETED}\s*[^，。；：:,、（(]{{0,20}}?(?:情况|方面)[。：:，,]?"),
    re.compile(rf"{_NUMBERED}\s*[^，。；：:,、（(]{{0,20}}?(?:情况|方面)[。：:]"),
    re.compile(rf"{_BRACKETED}\s*[^，。；：:,、（(]{{0,12}}?工作[。：:]?"),
    re.compile(rf"{_SUB_MARK}\s*[^，。；：:,、（(]{{0,16}}?(?:公开|管理|建设|保障|回应)[。：:]"),
    re.compile(
        rf"{_BRACKETED}\s*(?:政府信息)?(?:主动公开|依申请公开|政府信息管理|信息管理|政府信息公开平台建设|平台建设|监督保障)"
    ),
    re.compile(r"在[^，。；]{2,16}方面，"),
    # glued to its text without a stop: 「（二）加大主动公开力度2022年，…」「（三）加强政府信息管理加强对…」
    re.compile(
        rf"{_BRACKETED}\s*[^，。；：:,、（(\d]{{0,10}}?"
        r"(?:主动公开|依申请公开|信息管理|平台建设|监督保障|监督)(?:力度|工作|情况|方面)?"
    ),
)
_HEADING_MARK = rf"^(?:{MARK})\s*"
_PROBLEM_PARTS = (
    ("problems.rectification", r"整改"),
    ("problems.improvements", r"改进"),
    ("problems.problems", r"存在的(?:主要)?问题|问题和不足|主要问题"),
)
_OTHER_PARTS = (
    ("other.fees", r"信息处理费|收费"),
    ("other.work_points", r"工作要点"),
    ("other.proposals", r"建议|提案"),
    ("other.innovation", r"创新"),
    ("other.other", r"其他事项"),
)
# 「2023年，我区将采取以下措施加以改进」「2025年，将重点从以下方面做好改进」 open the improvements too.
_IMPROVEMENT_START = re.compile(
    r"(?:针对(?:上述|以上|存在的?|这些)?(?:问题|不足)|下一步|下步|(?:在)?今后|改进措施|改进情况|整改措施|为此|(?:20\d{2}年，?)?我们将"
    r"|20\d{2}年[，,]?(?:我们|我[区县市旗镇乡局委办]|本(?:机关|单位|部门))?将)"
)
_RECTIFICATION_START = re.compile(r"^(?:关于)?(?:上一?年度?|20\d{2}年度?)[^。]{0,20}?(?:问题)?[^。]{0,6}?整改")
_FEE_SENTENCE = re.compile(r"处理费|(?:信息公开|依申请)[^。]{0,12}收费|收费[^。]{0,12}(?:信息公开|依申请)")
_COLLECTED = re.compile(r"(?:实际)?收取[^。；，,]{0,24}?(\d+(?:\.\d+)?)\s*元")
_NOTICES = re.compile(r"(?:发出|开具)[^。；]{0,8}?收费通知[^。；]{0,6}?(\d+)\s*(?:件|份|次)")
_NOTICE_AMOUNT = re.compile(r"收费通知[^。；]{0,16}?(?:金额|共计|合计)[^。；\d]{0,6}(\d+(?:\.\d+)?)\s*元")
_FILLER = re.compile(r"方面|情况|工作|政府信息|政务|信息|公开|的|[。：:.，,\s]")


def paragraphs(items: list[Item]) -> list[str]:
    """A part's text as paragraphs, a page's long line cut where a subheading starts a sentence — or where one of
    the five aspects' subheadings follows a sentence that lost its stop (「…拓宽政策宣传面（三）监督保障信息方面…」)."""
    out: list[str] = []
    for item in items:
        text = item.text if item.kind == "text" else "　".join(c for c in item.cells if c.strip())
        cuts = {m.start() for m in _SUB_START.finditer(text) if m.start() > 0}
        cuts |= {m.start() for m in re.finditer(_BRACKETED, text) if m.start() > 0 and _aspect_of(text[m.start() :])}
        ends = sorted(cuts)
        out += [p for p in (text[a:b].strip() for a, b in zip([0, *ends], [*ends, len(text)], strict=True)) if p]
    return out


def _aspect_of(paragraph: str) -> str | None:
    heading = _subheading(paragraph)
    return next((k for k, pattern in _ASPECTS if heading and re.search(pattern, heading)), None)


def _own_title(words: str, pattern: str) -> str:
    """The unit's own subtitle (「完善监督保障保障机制」「主动公开全面落实」) is kept as the field's first line — it is
    the report's text, and the checks read it; a bare 「主动公开方面」 is the format's heading."""
    rest = _FILLER.sub("", re.sub(pattern, "", words, count=1))
    return words if len(rest) >= 2 else ""


_SUB_LINE = re.compile(rf"{_SUB_MARK}[^。；，,]{{1,36}}[。：:]?$")  # a short line of its own: all of it


def _subheading(paragraph: str) -> str:
    if _SUB_LINE.match(paragraph):
        return paragraph
    for pattern in _SUB_EXTENT:
        m = pattern.match(paragraph)
        if m:
            return m.group()
    return ""


def overview(items: list[Item], report: Report, ledger: Ledger, place: str) -> None:
    fields: dict[str, list[str]] = {}
    current = "overview.intro"
    for p in paragraphs(items):
        if not fields and OLD_HEADING.match(p):
            fields.setdefault(current, []).append(p)  # 「一、概述」: the old format's words stay where Q21 shows them
            continue
        heading = _subheading(p)
        key = _aspect_of(p)
        if key is not None and key not in fields:
            current = key
            words = re.sub(_HEADING_MARK, "", heading).strip()
            title = _own_title(words, _ASPECT_WORDS[key])
            label = schema.TEXT_FIELD_BY_KEY[key].label
            ledger.structure(
                place, heading if not title else heading[: len(heading) - len(words)], f"第一部分“{label}”的小标题"
            )
            p = "\n".join(t for t in (title, p[len(heading) :].strip()) if t)
        if p:
            fields.setdefault(current, []).append(p)
    for key, texts in fields.items():
        report.texts[key] = "\n".join(texts)


def _strip_heading(paragraph: str, pattern: str) -> tuple[str, str] | None:
    """If the paragraph starts with a heading naming ``pattern``: (the heading, the text after it).

    Three shapes occur: a heading line on its own (「（四）本部门在…方面的创新实践情况。」), a numbered heading run into
    its text (「1.主动公开。2023年以来…」), and a label with a colon (「存在的主要问题：…」).
    """
    if len(paragraph) <= 60 and re.match(_HEADING_MARK + rf".{{0,40}}?(?:{pattern}).{{0,20}}?[。：:.]?$", paragraph):
        return paragraph, ""
    m = re.match(_HEADING_MARK + rf"(?:\d{{4}}年度?)?[^。：:]{{0,8}}?(?:{pattern})[^。：:]{{0,12}}[。：:.]?", paragraph)
    if m is None:
        m = re.match(rf"^(?:\d{{4}}年度?)?[^。：:]{{0,6}}?(?:{pattern})[^。：:]{{0,6}}[：:]", paragraph)
    if m is None:
        return None
    return paragraph[: m.end()], paragraph[m.end() :].strip()


def _distribute(
    texts: list[str], parts: tuple[tuple[str, str], ...], default: str, ledger: Ledger, place: str, part: str
) -> dict[str, list[str]]:
    current = default
    collected: dict[str, list[str]] = {}
    for p in texts:
        for key, pattern in parts:
            found = _strip_heading(p, pattern)
            if found is not None:
                current = key
                ledger.structure(place, found[0], f"{part}的小标题")
                p = found[1]
                break
        if p:
            collected.setdefault(current, []).append(p)
    return collected


def problems(items: list[Item], report: Report, ledger: Ledger, place: str) -> None:
    collected = _distribute(paragraphs(items), _PROBLEM_PARTS, "problems.problems", ledger, place, "第五部分")
    if "problems.improvements" not in collected and "problems.problems" in collected:
        _split_problems(collected, report.meta.year)
    for key, texts in collected.items():
        report.texts[key] = "\n".join(texts)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；！？])", text) if s]


def _rectifies(sentence: str, year: int) -> bool:
    """「针对2022年政府信息公开工作中存在的问题，采取措施…」「上年度问题整改情况…」: last year's problems dealt with."""
    if _RECTIFICATION_START.match(sentence):
        return True
    last = rf"(?:上一?年度?|去年|{year - 1}年度?)"
    return bool(re.search(rf"{last}[^。]{{0,30}}?(?:问题|不足)[^。]{{0,30}}?(?:整改|改进|采取)", sentence))


def _split_problems(collected: dict[str, list[str]], year: int) -> None:
    """Part 五 written without subheadings: last year's rectification, the problems, then the improvements, told
    apart sentence by sentence by their own words (「针对2022年…存在的问题，进行了整改」「但也存在一些问题」
    「针对存在问题，下一步…」)."""
    found: dict[str, list[str]] = {"problems.rectification": [], "problems.problems": [], "problems.improvements": []}
    target = "problems.problems"
    for paragraph in collected.pop("problems.problems"):
        kept: list[str] = []
        for sentence in _sentences(paragraph):
            nxt = _next_target(target, sentence, year, bool(found[target] or kept), bool(found["problems.problems"]))
            if nxt != target:
                if kept:
                    found[target].append("".join(kept))
                kept, target = [], nxt
            kept.append(sentence)
        if kept:
            found[target].append("".join(kept))
    for key, texts in found.items():
        if texts:
            collected.setdefault(key, []).extend(texts)


def _next_target(target: str, sentence: str, year: int, started: bool, has_problems: bool) -> str:
    sentence = sentence.strip()
    if target == "problems.improvements":
        return target
    if target == "problems.problems" and not has_problems and not started and _rectifies(sentence, year):
        return "problems.rectification"
    if (
        target == "problems.rectification"
        and re.search(r"存在|不足|短板|差距", sentence)
        and not _rectifies(sentence, year)
    ):
        return "problems.problems"
    if started and _IMPROVEMENT_START.match(sentence):
        return "problems.improvements"
    return target


def other(items: list[Item], report: Report, ledger: Ledger, place: str) -> None:
    collected = _distribute(paragraphs(items), _OTHER_PARTS, "other.other", ledger, place, "第六部分")
    if "other.fees" not in collected:
        kept, fees = [], []
        for paragraph in collected.pop("other.other", []):
            sentences = _sentences(paragraph)
            fee = "".join(s for s in sentences if _FEE_SENTENCE.search(s))
            rest = "".join(s for s in sentences if not _FEE_SENTENCE.search(s))
            fees += [fee] if fee else []
            kept += [rest] if rest else []
        collected.update({k: v for k, v in (("other.fees", fees), ("other.other", kept)) if v})
    for key, texts in collected.items():
        report.texts[key] = "\n".join(texts)
    _fee_figures(report.texts.get("other.fees", ""), report)


def _fee_figures(text: str, report: Report) -> None:
    plain = re.sub(r"[ \u3000]+", "", text).replace(",", "")
    for pattern, field in ((_COLLECTED, "collected_yuan"), (_NOTICE_AMOUNT, "notice_amount_yuan")):
        m = pattern.search(plain)
        if m:
            setattr(report.fees, field, Decimal(m.group(1)))
    m = _NOTICES.search(plain)
    if m:
        report.fees.notices_issued = int(m.group(1))
