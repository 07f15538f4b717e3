"""Quality review 「年报体检」: checks Q1–Q17 (``report-format.md`` §6) beyond the arithmetic.

They catch what reviewers and evaluators mark down: late publication, an outdated legal basis, a
malformed statistics period, 「收到0件，均在法定期限内答复」, text copied from last year, letter wording,
a sentence pasted twice, 「以上两个问题」 after three problems. Findings have the same shape as the R rules;
a finding about text carries the field and the span of the sentence, and a ``fix`` where the fix is certain.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from . import schema
from .consistency import CONSISTENCY_TITLES, run_consistency
from .report import Report
from .rules import Finding, Severity, bounded
from .textnumbers import chinese_to_int

QUALITY_TITLES: dict[str, str] = {
    "Q1": "在法定期限内发布（部门1月31日前，政府3月31日前）",
    "Q2": "发布日期不早于报告年度结束",
    "Q3": "编制依据引用现行格式（国办公开办函〔2021〕30号）和现行条例",
    "Q4": "各部分和总体情况的五个方面都有实际内容",
    "Q5": "人民政府的报告写明工作考核、社会评议和责任追究结果",
    "Q6": "没有误重复的词语",
    "Q7": "统计期限写法正确",
    "Q8": "收到0件时没有写“均按时答复”之类的话",
    "Q9": "第五部分既写问题也写改进，内容充实",
    "Q10": "没有过时的年份",
    "Q11": "没有大段照抄上年报告",
    "Q12": "没有重复的句子",
    "Q13": "没有上行文用语",
    "Q14": "序号连续，数量词与所列项数一致",
    "Q15": "总体情况中的数字准确（不用“余”“多”“约”）",
    "Q16": "开头写明发布渠道和联系方式",
    "Q17": "第六部分写明信息处理费收取情况",
    **CONSISTENCY_TITLES,
    "Q22": "第五部分逐条回应上年报告所列问题的整改情况",
}

# Required texts (Q4): the opening, the five aspects of 一, 五's problems and improvements, 六's fee statement.
REQUIRED_TEXTS = tuple(f.key for f in schema.TEXT_FIELDS if f.required)
_ALL_KEYS = tuple(f.key for f in schema.TEXT_FIELDS)

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


@dataclass(frozen=True)
class Sentence:
    field: str
    start: int
    end: int
    text: str


# The checks run after every keystroke; a keystroke changes one field, so per-field work is cached by
# the field's text (strings hash once) and only the edited field is scanned again.
_cache = lru_cache(maxsize=1024)


@_cache
def _split(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _SENTENCE.finditer(text):
        s = m.group().strip()
        if s:
            start = m.start() + m.group().index(s[0])
            out.append((start, start + len(s), s))
    return tuple(out)


def sentences(report: Report, fields: tuple[str, ...] | None = None, min_len: int = 1) -> Iterator[Sentence]:
    for key in fields or _ALL_KEYS:
        for start, end, text in _split(report.texts.get(key, "")):
            if len(text) >= min_len:
                yield Sentence(key, start, end, text)


def _text_finding(
    rule: str, field: str, start: int, end: int, message: str, *, severity: Severity = "warning", fix: str | None = None
) -> Finding:
    return Finding(
        rule,
        severity,
        (f"sections.{field}",),
        message,
        text_span=(field, start, end),
        fix=(field, start, end, fix) if fix is not None else None,
    )


def _label(field: str) -> str:
    return schema.TEXT_FIELD_BY_KEY[field].label


# ------------------------------------------------------------------------------ dates (Q1, Q2)


def deadline(report: Report) -> date:
    """Art. 49: departments publish before 31 January, governments before 31 March of the next year."""
    year = report.meta.year + 1
    return date(year, 3, 31) if report.meta.agency_kind == "government" else date(year, 1, 31)


def days_left(report: Report, today: date) -> int:
    return (deadline(report) - today).days


def check_dates(report: Report) -> list[Finding]:
    published = report.meta.publish_date
    if published is None:
        return []
    out = []
    due = deadline(report)
    if published > due:
        out.append(
            Finding(
                "Q1",
                "warning",
                ("meta.publish_date",),
                f"发布日期 {published.isoformat()} 晚于法定期限 {due.month}月{due.day}日"
                f"（逾期 {(published - due).days} 天）",
            )
        )
    if published < date(report.meta.year + 1, 1, 1):
        out.append(
            Finding(
                "Q2",
                "warning",
                ("meta.publish_date",),
                f"发布日期 {published.isoformat()} 早于 {report.meta.year} 年结束，年报应在次年发布",
            )
        )
    return out


# ------------------------------------------------------------------------------ legal basis (Q3)

_OLD_NOTICE = re.compile(r"国办公开办函\s*〔\s*2019\s*〕\s*60\s*号")
_NEW_NOTICE = re.compile(r"国办公开办函\s*〔\s*2021\s*〕\s*30\s*号")
_OLD_ARTICLES = re.compile(r"条例[^。]{0,12}第三十[一二]条")


def check_legal_basis(report: Report) -> list[Finding]:
    cites_current = bool(_NEW_NOTICE.search(report.all_text()))
    out = []
    for key in _ALL_KEYS:
        text = report.texts.get(key, "")
        for pattern, what in (
            (
                None if cites_current else _OLD_NOTICE,
                "引用的是已被替代的国办公开办函〔2019〕60号，现行格式为国办公开办函〔2021〕30号",
            ),
            (_OLD_ARTICLES, "引用了2007年旧条例的条款（第三十一条、第三十二条），现行条例为第四十九条、第五十条"),
        ):
            m = pattern.search(text) if pattern is not None else None
            if m:
                out.append(_text_finding("Q3", key, m.start(), m.end(), f"「{_label(key)}」{what}"))
    return out


# ------------------------------------------------------------------------------ content (Q4, Q5, Q9, Q16, Q17)

_EMPTY = re.compile(r"^[\s。.，,、；;：:]*(无|暂无|没有|/|—|-)?[\s。.]*$")


def check_required(report: Report) -> list[Finding]:
    """Q4. A required section with nothing in any of its fields is an error (the format forbids a missing
    section); one empty aspect of a section that has other content is a warning."""
    out = []
    for section in schema.SECTIONS:
        keys = [f.key for f in section.fields]
        required = [k for k in keys if k in REQUIRED_TEXTS]
        if not required:
            continue
        whole_missing = bool(section.heading) and all(_EMPTY.match(report.texts.get(k, "")) for k in keys)
        for key in required:
            if _EMPTY.match(report.texts.get(key, "")):
                out.append(
                    Finding(
                        "Q4",
                        "error" if whole_missing else "warning",
                        (f"sections.{key}",),
                        f"「{_label(key)}」没有写内容（或只写了“无”），格式要求不得缺项",
                    )
                )
    return out


# Art. 50's three items in the words reports use: 「细化年度政务公开考核标准」 reports 工作考核.
_OVERSIGHT = (
    ("工作考核", re.compile(r"考核|考评|绩效评估")),
    ("社会评议", re.compile(r"评议|社会评价|群众评价|满意度")),
    ("责任追究", re.compile(r"责任追究|追究责任|追责|问责")),
)


def check_government_oversight(report: Report) -> list[Finding]:
    if report.meta.agency_kind != "government":
        return []
    # The opening often quotes the law's wording of these three; what counts is the report's own account.
    text = "\n".join(report.texts.get(k, "") for k in _ALL_KEYS if k != "preamble")
    missing = [what for what, pattern in _OVERSIGHT if not pattern.search(text)]
    if not missing:
        return []
    return [
        Finding(
            "Q5",
            "warning",
            ("sections.overview.oversight",),
            f"人民政府的年报应报告工作考核、社会评议和责任追究结果情况，未写到：{'、'.join(missing)}",
        )
    ]


def check_problems_section(report: Report) -> list[Finding]:
    problems = report.text("problems.problems").strip()
    improvements = report.text("problems.improvements").strip()
    total = len(problems) + len(improvements) + len(report.text("problems.rectification").strip())
    if problems and improvements and total >= 20:
        return []
    what = "存在的主要问题" if not problems else "改进情况" if not improvements else None
    message = f"第五部分缺少“{what}”" if what else f"第五部分只有 {total} 个字，过于简略"
    return [Finding("Q9", "warning", ("sections.problems.problems",), message)]


def check_preamble(report: Report) -> list[Finding]:
    text = report.text("preamble")
    missing = []
    if not re.search(r"网站|网址|门户|专栏|栏目|http|www\.", text):
        missing.append("发布渠道（网站或栏目）")
    for label, pattern in (
        ("地址", r"地址|地点"),
        ("邮编", r"邮编|邮政编码|\b\d{6}\b"),
        ("电话", r"电话|联系方式|\d{3,4}-\d{7,8}"),
    ):
        if not re.search(pattern, text):
            missing.append(label)
    if not missing:
        return []
    return [Finding("Q16", "warning", ("sections.preamble",), f"开头没有写明{'、'.join(missing)}")]


def check_fee_statement(report: Report) -> list[Finding]:
    text = report.text("other.fees") + report.text("other.other")
    if re.search(r"信息处理费|收费", text):
        return []
    return [
        Finding(
            "Q17",
            "warning",
            ("sections.other.fees",),
            "第六部分没有写明信息处理费收取情况（未收取也要写明“收取信息处理费0元”）",
        )
    ]


# ------------------------------------------------------------------------------ wording (Q6, Q8, Q13, Q15)

_DOUBLED_CHARS = "的了是在和与对把被将及并"
_CJK = "\u4e00-\u9fff"
_DOUBLED = re.compile(rf"([{_CJK}]{{2,4}})\1|([{_DOUBLED_CHARS}])\2")
# Reduplication that is correct Chinese: 研究研究, 看一看…; kept short and specific.
_ALLOWED_DOUBLES = {"研究研究", "讨论讨论", "学习学习", "了了"}


def _is_double(text: str, i: int) -> bool:
    return i >= 0 and i + 1 < len(text) and text[i] == text[i + 1] and "\u4e00" <= text[i] <= "\u9fff"


@_cache
def _doubled_in(key: str, text: str) -> tuple[Finding, ...]:
    out = []
    for m in _DOUBLED.finditer(text):
        word = m.group()
        if word in _ALLOWED_DOUBLES:
            continue
        if m.group(2) and (_is_double(text, m.start() - 2) or _is_double(text, m.end())):
            continue  # AABB reduplication (「实实在在」「的的确确」) is correct Chinese
        once = m.group(1) or m.group(2)
        message = f"「{_label(key)}」中“{word}”疑为误重复，应为“{once}”"
        out.append(_text_finding("Q6", key, m.start(), m.end(), message, fix=once))
    return tuple(out)


def check_doubled_words(report: Report) -> list[Finding]:
    return [f for key in _ALL_KEYS for f in _doubled_in(key, report.texts.get(key, ""))]


_ZERO = r"(?<![\d０-９.一二三四五六七八九十百千])(?:0|０|零|无)"
_ZERO_THEN_ALL = re.compile(rf"{_ZERO}\s*(?:件|个|条|起|次)[^。；;！!？?\n]{{0,30}}?(均|全部|按时|在法定期限内)")


@_cache
def _zero_claims_in(key: str, text: str) -> tuple[Finding, ...]:
    out = []
    for start, end, sentence in _split(text):
        m = _ZERO_THEN_ALL.search(sentence)
        if m:
            message = f"「{_label(key)}」写了0件，却又说“{m.group(1)}”——没有申请就谈不上按时答复，请删去后半句"
            out.append(_text_finding("Q8", key, start, end, message))
    return tuple(out)


def check_zero_claims(report: Report) -> list[Finding]:
    return [f for key in _ALL_KEYS for f in _zero_claims_in(key, report.texts.get(key, ""))]


_LETTER = re.compile(r"贵办|贵单位|请审示|请审阅|特此报告|现报送如下|妥否，请批示|请批示")


def _pattern_findings(
    rule: str, pattern: re.Pattern[str], keys: Iterable[str], report: Report, message: Callable[[str, str], str]
) -> list[Finding]:
    """A finding for each match of ``pattern`` in the given text fields; ``message(field label, match)``."""
    return [
        _text_finding(rule, key, m.start(), m.end(), message(_label(key), m.group()))
        for key in keys
        for m in pattern.finditer(report.texts.get(key, ""))
    ]


def check_letter_wording(report: Report) -> list[Finding]:
    return _pattern_findings(
        "Q13",
        _LETTER,
        _ALL_KEYS,
        report,
        lambda label, hit: f"「{label}」中的“{hit}”是上行文用语，不宜出现在向社会公开的年报中",
    )


_VAGUE = re.compile(r"约\s*[\d０-９一二三四五六七八九十百千万]+|[\d０-９]+\s*(?:余|多)(?=[件条个次人家场篇项期份万])")


def check_vague_counts(report: Report) -> list[Finding]:
    keys = [f.key for f in schema.OVERVIEW_FIELDS]
    return _pattern_findings(
        "Q15", _VAGUE, keys, report, lambda label, hit: f"「{label}」中“{hit}”是约数，总体情况应写准确数字"
    )


# ------------------------------------------------------------------------------ years (Q7, Q10)

_FULLWIDTH = str.maketrans("０１２３４５６７８９　", "0123456789 ")
_S = r"\s*"
_START = rf"((?:19|20)\d{{2}}){_S}年{_S}0?1{_S}月{_S}0?1{_S}日"
_LINK = rf"{_S}(?:起|开始)?{_S}[，,、]?{_S}(?:至|到|—+|–|-|－|～|~|止){_S}"
_END = rf"(?:((?:19|20)\d{{2}}){_S}年(?:度)?{_S})?12{_S}月{_S}31{_S}日"
# Every ordinary wording: 自…起至…止, 为…至12月31日, 从…到…, 2024年1月1日—12月31日, spaces anywhere.
_PERIOD = re.compile(_START + _LINK + _END)
# Digits of a year run into the month or day (「20241月1日」, 「20211231日」): a garbled period.
_GARBLED = re.compile(r"(?<![\d.])(?:19|20)\d{2}\d{1,4}\s*[月日]")
_PERIOD_END = re.compile(r"[^。；;\n]{0,16}?(?:12\s*月\s*31|(?:19|20)\d{2}1231)\s*日")
_PERIOD_CONTEXT = re.compile(r"统计|期限|时限|时段|期间|时间|数据")


def period_sentence(report: Report) -> str:
    n = report.meta.year
    return f"本报告所列数据的统计期限自{n}年1月1日至{n}年12月31日。"


def _period_in(text: str) -> re.Match[str] | None:
    return _PERIOD.search(text.translate(_FULLWIDTH))


def _garbled_in(text: str) -> tuple[int, int, str] | None:
    for start, _end, sentence in _split(text.translate(_FULLWIDTH)):
        if not _PERIOD_CONTEXT.search(sentence):
            continue
        m = _GARBLED.search(sentence)
        if m:
            offset = start + m.start()
            return offset, start + m.end(), text[offset : start + m.end()]
    return None


def check_period(report: Report) -> list[Finding]:
    """Q7. Error only for a period naming another year or a garbled date; a missing period is a warning."""
    n = report.meta.year
    correct = f"{n}年1月1日至{n}年12月31日"
    preamble = report.text("preamble")
    garbled = _garbled_in(preamble)
    if garbled is not None:
        start, end, quote = garbled
        # The fix is certain when the garbled date runs on to the period's end (…12月31日 / …1231日).
        tail = _PERIOD_END.match(preamble.translate(_FULLWIDTH), end)
        fix = correct if tail else None
        end = tail.end() if tail else end
        message = f"统计期限中“{quote}”的日期写法有误（年、月、日连在一起），应为“{correct}”"
        return [_text_finding("Q7", "preamble", start, end, message, severity="error", fix=fix)]
    # The period belongs in the opening, but a report that states it at the start of 一 states it.
    for key in ("preamble", *(k for k in _ALL_KEYS if k != "preamble")):
        m = _period_in(report.texts.get(key, ""))
        if m is None:
            continue
        years = {int(y) for y in (m.group(1), m.group(2)) if y}
        if years == {n}:
            return []
        named = "、".join(f"{y}年" for y in sorted(years))
        message = f"统计期限“{m.group()}”写的是{named}，报告年度是{n}年，应为“{correct}”"
        return [_text_finding("Q7", key, m.start(), m.end(), message, severity="error", fix=correct)]
    return [
        Finding(
            "Q7",
            "warning",
            ("sections.preamble",),
            f"开头没有写统计期限（如“本报告所列数据的统计期限自{n}年1月1日至{n}年12月31日”）",
        )
    ]


_YEAR = re.compile(r"(?<![\d.〔\[（(])((?:19|20)\d{2})(?=\s*年)")
_YEAR_IN_URL = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
_PROTECTED = re.compile(r"〔[^〕]*〕|《[^》]*》|\[[^\]]*\]|<[^>]*>|“[^”]{0,40}”")
_URL = re.compile(r"(?:https?://|www\.)[\w./:%#?=&~+-]+")
# A span or a date in the past, not the report year: 2019年以来, 自2020年起, 2021-2035年, 2016年成立…
_SPAN_AFTER = re.compile(r"\s*年(?:度)?\s*(?:以来|来|起|开始|至今|以前|之前|前|版|底前|[-—–~～至到]\s*(?:\d{4}|今))")
_SPAN_BEFORE = re.compile(r"(?:自|从|于|早在|始于|起|至|到|[-—–~～])\s*$")
# Where a year opens a clause (「2022年，我局…」「截至2022年底」) it is written as the report year.
_CLAUSE_START = re.compile(r"(?:^|[。；;，,：:！？\n（(、]|截至|截止到|截止|本年度|全年)\s*$")


def _stale(text: str, m: re.Match[str], n: int) -> bool:
    year = int(m.group(1))
    if year >= n - 1:
        return False
    if _SPAN_AFTER.match(text, m.end()) or _SPAN_BEFORE.search(text[max(0, m.start() - 4) : m.start()]):
        return False
    return bool(_CLAUSE_START.search(text[max(0, m.start() - 6) : m.start()]))


@_cache
def _stale_years_in(key: str, text: str, n: int) -> tuple[Finding, ...]:
    if not re.search(r"(?:19|20)\d{2}", text):
        return ()
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)]
    out = []
    for m in _YEAR.finditer(text):
        if any(a <= m.start() < b for a, b in protected + urls) or not _stale(text, m, n):
            continue
        message = f"「{_label(key)}」写的是“{m.group(1)}年”，报告年度是 {n} 年，可能是沿用旧稿"
        out.append(_text_finding("Q10", key, m.start(1), m.end(1), message))
    for a, b in urls:
        for m in _YEAR_IN_URL.finditer(text, a, b):
            if int(m.group(1)) < n - 1:
                message = f"「{_label(key)}」的网址中出现了 {m.group(1)} 年，报告年度是 {n} 年，请确认网址"
                out.append(_text_finding("Q10", key, m.start(1), m.end(1), message))
    return tuple(sorted(out, key=lambda f: f.text_span[1] if f.text_span else 0))


def check_stale_years(report: Report) -> list[Finding]:
    n = report.meta.year
    return [f for key in _ALL_KEYS for f in _stale_years_in(key, report.texts.get(key, ""), n)]


# ------------------------------------------------------------------------------ repetition (Q11, Q12)


_PUNCTUATION = str.maketrans("", "", " \t\r\n\u3000，,。．.；;：:！!？?、“”\"'（）()")


def _norm(sentence: str) -> str:
    return sentence.translate(_PUNCTUATION)


def _texts(report: Report) -> tuple[str, ...]:
    return tuple(report.texts.get(k, "") for k in _ALL_KEYS)


def check_repeated_sentences(report: Report) -> list[Finding]:
    return list(_repeated(_texts(report)))


def _sentences_of(texts: tuple[str, ...], min_len: int) -> Iterator[Sentence]:
    for key, text in zip(_ALL_KEYS, texts, strict=True):
        for start, end, sentence in _split(text):
            if len(sentence) >= min_len:
                yield Sentence(key, start, end, sentence)


@_cache
def _repeated(texts: tuple[str, ...]) -> tuple[Finding, ...]:
    seen: dict[str, Sentence] = {}
    out = []
    for s in _sentences_of(texts, 20):
        key = _norm(s.text)
        if len(key) < 20:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = s
            continue
        where = "同一部分" if first.field == s.field else f"「{_label(first.field)}」"
        out.append(
            _text_finding(
                "Q12",
                s.field,
                s.start,
                s.end,
                f"「{_label(s.field)}」中这句与{where}中的一句完全相同：“{s.text[:24]}…”",
            )
        )
    return tuple(out)


def check_copied_from_last_year(report: Report, previous: Report | None) -> list[Finding]:
    if previous is None:
        return []
    return list(_copied(_texts(report), _texts(previous), previous.meta.year))


@_cache
def _copied(texts: tuple[str, ...], last_texts: tuple[str, ...], last_year: int) -> tuple[Finding, ...]:
    last = {_norm(s.text) for s in _sentences_of(last_texts, 10)}
    mine = list(_sentences_of(texts, 10))
    if not mine:
        return ()
    copied = [s for s in mine if _norm(s.text) in last]
    share = len(copied) / len(mine)
    if share <= 0.5:
        return ()
    fields = sorted({s.field for s in copied}, key=_ALL_KEYS.index)
    return (
        Finding(
            "Q11",
            "warning",
            tuple(f"sections.{k}" for k in fields),
            f"有 {share:.0%} 的句子（{len(copied)}/{len(mine)}）与{last_year}年报告完全相同，内容雷同会被通报",
            text_span=(copied[0].field, copied[0].start, copied[0].end),
        ),
    )


# ------------------------------------------------------------------------------ enumeration (Q14)

_CN = "一二三四五六七八九十"
_MARKERS = (
    ("是", re.compile(rf"([{_CN}]{{1,2}})是(?=[^\d])")),
    ("（）", re.compile(rf"[（(]([{_CN}]{{1,2}})[）)]")),
    ("1.", re.compile(r"(?:^|(?<=[。；;：:\n]))\s*(\d{1,2})[.．、](?!\d)")),
)
_COUNT_WORD = re.compile(
    rf"(以上|上述|以下|下列|如下)([{_CN}两]|\d)(个|方面|项|条|点)(?:问题|方面|措施|不足|建议|工作)?"
)


def _number(token: str) -> int | None:
    return int(token) if token.isdigit() else chinese_to_int(token)


@dataclass
class _Run:
    kind: str
    items: list[tuple[int, int, int]]  # (number, start, end) in the section text


def _runs(text: str) -> list[_Run]:
    runs: list[_Run] = []
    for kind, pattern in _MARKERS:
        current: _Run | None = None
        for m in pattern.finditer(text):
            n = _number(m.group(1))
            if n is None:
                continue
            if kind == "是" and text[m.start() - 1 : m.start()] in _CN + "第统" and m.start() > 0:
                continue  # 「第一是」「统一是」 are not enumerations
            if current is None or n == 1 or n <= current.items[-1][0]:
                current = _Run(kind, [])
                runs.append(current)
            current.items.append((n, m.start(), m.end()))
    return runs


def check_enumeration(report: Report) -> list[Finding]:
    return list(_enumeration(_texts(report)))


@_cache
def _enumeration(texts: tuple[str, ...]) -> tuple[Finding, ...]:
    by_key = dict(zip(_ALL_KEYS, texts, strict=True))
    out = []
    for section in schema.SECTIONS:
        if not section.fields:
            continue
        # Count words refer across the fields of a section (「以上两个问题」 in 改进情况 after 存在的问题).
        offsets = []
        parts = []
        position = 0
        for f in section.fields:
            text = by_key[f.key]
            offsets.append((position, f.key))
            parts.append(text)
            position += len(text) + 1
        whole = "\n".join(parts)

        def locate(pos: int, offsets: list[tuple[int, str]] = offsets) -> tuple[str, int]:
            key, base = offsets[0][1], 0
            for start, k in offsets:
                if start <= pos:
                    key, base = k, start
            return key, pos - base

        runs = _runs(whole)
        # Gaps within one field only: an imported report may spread one list over several fields.
        for f in section.fields:
            for run in _runs(by_key[f.key]):
                for a, b in zip(run.items, run.items[1:], strict=False):
                    if b[0] != a[0] + 1:
                        out.append(
                            _text_finding(
                                "Q14",
                                f.key,
                                b[1],
                                b[2],
                                f"「{_label(f.key)}」中序号不连续："
                                f"{_show(run.kind, a[0])}之后是{_show(run.kind, b[0])}",
                            )
                        )
        for m in _COUNT_WORD.finditer(whole):
            said = _number(m.group(2).replace("两", "二"))
            if said is None or said < 2:
                continue
            backwards = m.group(1) in ("以上", "上述")
            candidates = [r for r in runs if (r.items[-1][2] <= m.start() if backwards else r.items[0][1] >= m.end())]
            if not candidates:
                continue
            run = candidates[-1] if backwards else candidates[0]
            count = len(run.items)
            if count >= 2 and count != said:
                key, start = locate(m.start())
                out.append(
                    _text_finding(
                        "Q14",
                        key,
                        start,
                        start + len(m.group()),
                        f"「{_label(key)}」中“{m.group()}”与{'前' if backwards else '后'}文所列的 {count} 项不一致",
                    )
                )
    return tuple(out)


def _show(kind: str, n: int) -> str:
    cn = _CN[n - 1] if 1 <= n <= 10 else str(n)
    return {"是": f"“{cn}是”", "（）": f"“（{cn}）”"}.get(kind, f"“{n}.”")


# ------------------------------------------------------------------------------ last year's problems (Q22)


def _items(text: str) -> int:
    """How many points a text enumerates (一是…三是, 1./2./3., （一）（二）): the longest run; 0 if none."""
    return max((len(run.items) for run in _runs(text)), default=0)


def check_last_years_problems(report: Report, previous: Report | None) -> list[Finding]:
    """Q22: 五 answers the problems last year's report listed, point by point (needs last year's report)."""
    if previous is None:
        return []
    listed = previous.text("problems.problems").strip()
    if _EMPTY.match(listed):
        return []
    n = max(1, _items(listed))
    answer = report.text("problems.rectification")
    where = ("sections.problems.rectification",)
    year = previous.meta.year
    if _EMPTY.match(answer):
        message = f"{year}年报告列了 {n} 个问题，本年第五部分没有写上年度问题的整改情况"
        return [Finding("Q22", "warning", where, message)]
    answered = _items(answer)
    if n >= 2 and 0 < answered < n:
        message = f"{year}年报告列了 {n} 个问题，整改情况只逐条写了 {answered} 条，请逐一说明"
        return [Finding("Q22", "warning", where, message)]
    return []


# ------------------------------------------------------------------------------ all checks


def run_quality(report: Report, previous: Report | None = None) -> list[Finding]:
    """Q1–Q22 in id order. ``previous`` (last year's report) feeds Q11 and Q22."""
    found = [
        *check_dates(report),
        *check_legal_basis(report),
        *check_required(report),
        *check_government_oversight(report),
        *check_doubled_words(report),
        *check_period(report),
        *check_zero_claims(report),
        *check_problems_section(report),
        *check_stale_years(report),
        *check_copied_from_last_year(report, previous),
        *check_repeated_sentences(report),
        *check_letter_wording(report),
        *check_enumeration(report),
        *check_vague_counts(report),
        *check_preamble(report),
        *check_fee_statement(report),
        *run_consistency(report),
        *check_last_years_problems(report, previous),
    ]
    return bounded(sorted(found, key=lambda f: int(f.rule[1:])))


def countdown(report: Report, today: date) -> str:
    """The status-bar line: days left to the deadline, or when and where the report was published."""
    m = report.meta
    if m.publish_date is not None:
        where = f"，{m.website}" if m.website else ""
        return f"已于 {m.publish_date.year}年{m.publish_date.month}月{m.publish_date.day}日发布{where}"
    due = deadline(report)
    left = (due - today).days
    label = f"{due.month}月{due.day}日"
    if left > 0:
        return f"距发布截止（{due.year}年{label}）还有 {left} 天"
    if left == 0:
        return f"今天（{label}）是发布截止日"
    return f"已超过发布截止日（{due.year}年{label}）{-left} 天，尚未记录发布日期"
