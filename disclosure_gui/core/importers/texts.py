"""The texts by the report's own headings, each into its field."""

from __future__ import annotations

import re
from decimal import Decimal

from ..checks.consistency import OLD_HEADING
from ..format.labels import MARK, normalise
from ..format.report import Report
from .base import Block
from .labels import section_of

_ASPECTS = [
    ("overview.proactive", r"主动公开"),
    ("overview.on_request", r"依申请公开"),
    ("overview.management", r"政府信息管理"),
    ("overview.platforms", r"(?:政府信息)?公开平台建设|平台(?:载体)?建设|载体建设"),
    ("overview.oversight", r"监督保障"),
]
# Heading marks (「一是」 is an enumeration inside a paragraph, not a heading).
_MARK = rf"^(?:{MARK})\s*"
_PROBLEM_PARTS = [
    ("problems.rectification", r"整改"),
    ("problems.improvements", r"改进"),
    ("problems.problems", r"存在的(?:主要)?问题|问题和不足|主要问题"),
]
_OTHER_PARTS = [
    ("other.fees", r"信息处理费|收费"),
    ("other.work_points", r"工作要点"),
    ("other.proposals", r"建议|提案"),
    ("other.innovation", r"创新"),
]


# Lines of a saved web page that are not the report: dates and hit counters, sharing buttons, footers.
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:【?(?:发布|成文|印发)?(?:时间|日期)[:：]|来源[:：]|浏览次数|阅读次数|访问量|点击数|字号|【?打印|【?关闭|分享到?"
    r"|扫一扫|主办|承办|协办|版权所有|技术支持|网站标识码|网站地图|联系我们|责任编辑|上一篇|下一篇|相关(?:链接|文件|附件)"
    r"|附件(?:下载)?[:：]?$|附件下载|[^。]{0,20}ICP备|[^。]{0,20}公网安备|索引号|信息索取号|发文机关|主题分类)"
)
_FURNITURE_WORDS = re.compile(
    r"^(?:\s|[|｜/【】\[\]]|微信|微博|QQ空间|QQ|朋友圈|全真版|文字版|图片版|打印本页|关闭窗口|收藏|分享|大|中|小|默认|"
    r"字体|附件下载|下载|返回顶部|【|】)+$"
)
# 「2023年，我区将采取以下措施加以改进」「2025年，将重点从以下方面做好改进」 open the improvements too.
_IMPROVEMENT_START = re.compile(
    r"(?:针对(?:上述|以上|存在的?|这些)?(?:问题|不足)|下一步|下步|今后|改进措施|改进情况|整改措施|为此|(?:20\d{2}年，?)?我们将"
    r"|20\d{2}年[，,]?(?:我们|我[区县市旗镇乡局委办厅]|本(?:机关|单位|部门))?将)"
)
_RECTIFICATION_START = re.compile(r"^(?:关于)?(?:上一?年度?|20\d{2}年度?)[^。]{0,20}?(?:问题)?[^。]{0,6}?整改")
_FEE_SENTENCE = re.compile(r"信息处理费|(?:信息公开|依申请)[^。]{0,12}收费|收费[^。]{0,12}(?:信息公开|依申请)")
_COLLECTED = re.compile(r"(?:实际)?收取[^。；，,]{0,24}?(\d+(?:\.\d+)?)\s*元")
_NOTICES = re.compile(r"(?:发出|开具)[^。；]{0,8}?收费通知[^。；]{0,6}?(\d+)\s*(?:件|份|次)")
_NOTICE_AMOUNT = re.compile(r"收费通知[^。；]{0,16}?(?:金额|共计|合计)[^。；\d]{0,6}(\d+(?:\.\d+)?)\s*元")


_FILLER = re.compile(r"方面|情况|工作|政府信息|政务|信息|公开|的|[。：:.，,\s]")


def _own_title(heading: str, pattern: str) -> str:
    """The unit's own subtitle (「（五）完善监督保障保障机制」「（一）主动公开全面落实」) is kept as the field's first
    line — it is the report's text, and the checks read it; a bare 「（一）主动公开方面」 is the format's heading."""
    words = re.sub(_MARK, "", heading).strip()
    rest = _FILLER.sub("", re.sub(pattern, "", words, count=1))
    return words if len(rest) >= 2 else ""


def _strip_heading(paragraph: str, pattern: str, keep_title: bool = False) -> str | None:
    """If the paragraph starts with a heading naming ``pattern``, return the text after it ("" if none), after the
    unit's own subtitle if it has one and ``keep_title`` (the aspects of 一).

    Three shapes occur: a heading line on its own (「（四）本部门在…方面的创新实践情况。」), a numbered
    heading run into its text (「1.主动公开。2023年以来…」), and a label with a colon (「存在的主要问题：…」).
    """
    if len(paragraph) <= 60 and re.match(_MARK + rf".{{0,40}}?(?:{pattern}).{{0,20}}?[。：:.]?$", paragraph):
        return _own_title(paragraph, pattern) if keep_title else ""
    m = re.match(_MARK + rf"(?:\d{{4}}年度?)?[^。：:]{{0,8}}?(?:{pattern})[^。：:]{{0,12}}[。：:.]?", paragraph)
    if m is None:
        m = re.match(rf"^(?:\d{{4}}年度?)?[^。：:]{{0,6}}?(?:{pattern})[^。：:]{{0,6}}[：:]", paragraph)
    if m is None:
        return None
    title = _own_title(paragraph[: m.end()], pattern) if keep_title and re.match(_MARK, paragraph) else ""
    return "\n".join(t for t in (title, paragraph[m.end() :].strip()) if t)


def is_furniture(text: str) -> bool:
    return bool(_PAGE_FURNITURE.match(text) or _FURNITURE_WORDS.match(text))


def read_texts(blocks: list[Block], report: Report, left_out: list[str] | None = None) -> bool:
    """Texts by heading; return True if the report's section headings were found. The page's own lines that
    are not the report (navigation, sharing buttons, footers) are added to ``left_out``."""
    current = "preamble"
    buckets: dict[str, list[str]] = {}
    found = False
    dropped: list[str] = []
    for block in blocks:
        if block.kind != "p":
            continue
        if is_furniture(block.text):
            dropped.append(block.text)
            continue
        section = section_of(block.text)
        if section is not None:
            current, found = section, True
            if section == "overview" and OLD_HEADING.match(block.text.strip()):
                # 「一、概述」「一、基本情况」: the old format's heading stays in the text, where Q21 shows it.
                buckets.setdefault(current, []).append(block.text.strip())
            continue
        buckets.setdefault(current, []).append(block.text)
    preamble = buckets.get("preamble", [])
    titles = [i for i, p in enumerate(preamble) if re.search(r"政府信息公开工作年度报告$", normalise(p))]
    if titles:  # a saved web page: navigation and the title come before the opening paragraph
        before = preamble[: titles[-1]]
        if before and len(before[-1]) <= 30 and "。" not in before[-1]:
            before = before[:-1]  # the agency's line of a title printed on two lines
        dropped = [p for p in before if not re.search(r"政府信息公开工作年度报告$", normalise(p))] + dropped
        preamble = preamble[titles[-1] + 1 :]
    report.texts["preamble"] = "\n".join(preamble)
    _distribute(buckets.get("overview", []), _ASPECTS, "overview.intro", report, keep_titles=True)
    _distribute(buckets.get("problems", []), _PROBLEM_PARTS, "problems.problems", report)
    _split_problems(report)
    _distribute(buckets.get("other", []), _OTHER_PARTS, "other.other", report)
    _fees_from_other(report)
    if dropped and left_out is not None:
        shown = " ｜ ".join(d if len(d) <= 40 else d[:40] + "…" for d in dropped)
        left_out.append(f"网页上的这些内容不是报告正文，未导入：{shown}")
    return found


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[。；！？])", text) if s]


def _split_problems(report: Report) -> None:
    """Section 五 written without sub-headings: last year's rectification, the problems, then the improvements,
    told apart by their own opening words (「针对存在问题，下一步…」「上年度问题整改情况…」)."""
    texts = report.texts
    if texts.get("problems.improvements") or not texts.get("problems.problems"):
        return
    problems: list[str] = []
    improvements: list[str] = []
    rectification: list[str] = []
    target = problems
    for paragraph in texts["problems.problems"].split("\n"):
        if target is not improvements and _RECTIFICATION_START.match(paragraph) and not problems:
            rectification.append(paragraph)
            continue
        kept: list[str] = []
        for sentence in _sentences(paragraph):
            if target is not improvements and (problems or kept) and _IMPROVEMENT_START.match(sentence):
                if kept:
                    problems.append("".join(kept))
                    kept = []
                target = improvements
            kept.append(sentence)
        if kept:
            target.append("".join(kept))
    if improvements:
        texts["problems.problems"] = "\n".join(problems)
        texts["problems.improvements"] = "\n".join(improvements)
    if rectification and not texts.get("problems.rectification"):
        texts["problems.rectification"] = "\n".join(rectification)
        texts["problems.problems"] = "\n".join(problems)


def _fees_from_other(report: Report) -> None:
    """六's sentences on 信息处理费 belong to the fee text (Q17 looks for it there), with the figures they state."""
    texts = report.texts
    if not texts.get("other.fees"):
        other, fees = [], []
        for paragraph in texts.get("other.other", "").split("\n"):
            sentences = _sentences(paragraph)
            fee = [s for s in sentences if _FEE_SENTENCE.search(s)]
            rest = [s for s in sentences if not _FEE_SENTENCE.search(s)]
            if fee:
                fees.append("".join(fee))
            if rest:
                other.append("".join(rest))
        if fees:
            texts["other.fees"] = "\n".join(fees)
            texts["other.other"] = "\n".join(other)
    _fee_figures(texts.get("other.fees", ""), report)


def _fee_figures(text: str, report: Report) -> None:
    plain = re.sub(r"[ \u3000]+", "", text).replace(",", "").replace("，", "，")
    for pattern, field in ((_COLLECTED, "collected_yuan"), (_NOTICE_AMOUNT, "notice_amount_yuan")):
        m = pattern.search(plain)
        if m:
            setattr(report.fees, field, Decimal(m.group(1)))
    m = _NOTICES.search(plain)
    if m:
        report.fees.notices_issued = int(m.group(1))


def _distribute(
    paragraphs: list[str], parts: list[tuple[str, str]], default: str, report: Report, keep_titles: bool = False
) -> None:
    current = default
    collected: dict[str, list[str]] = {}
    for p in paragraphs:
        for key, pattern in parts:
            rest = _strip_heading(p, pattern, keep_titles)
            if rest is not None:
                current = key
                p = rest
                break
        if p:
            collected.setdefault(current, []).append(p)
    for key, texts in collected.items():
        report.texts[key] = "\n".join(texts)
