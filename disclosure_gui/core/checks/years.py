"""Years in the text: the statistics period (Q7) and years copied from an old draft (Q10)."""

from __future__ import annotations

import re

from ..format.report import Report
from .finding import Finding
from .textcheck import _ALL_KEYS, _cache, _label, _split, _text_finding

_FULLWIDTH = str.maketrans("０１２３４５６７８９　", "0123456789 ")
_S = r"\s*"
_START = rf"((?:19|20)\d{{2}}){_S}年{_S}0?1{_S}月{_S}0?1{_S}日"
_LINK = rf"{_S}(?:起|开始)?{_S}[，,、]?{_S}(?:至|到|[—–\-－～~]+|止){_S}"  # 「—」「--」「～」: dash runs too
_END = rf"(?:((?:19|20)\d{{2}}){_S}年(?:度)?{_S})?12{_S}月{_S}31{_S}日"
# Every ordinary wording: 自…起至…止, 为…至12月31日, 从…到…, 2024年1月1日—12月31日, spaces anywhere.
_PERIOD = re.compile(_START + _LINK + _END)
# Digits of a year run into the month or day (「20241月1日」, 「20211231日」): a garbled period.
_GARBLED = re.compile(r"(?<![\d.])(?:19|20)\d{2}\d{1,4}\s*[月日]")
_PERIOD_END = re.compile(r"[^。；;\n]{0,16}?(?:12\s*月\s*31|(?:19|20)\d{2}1231)\s*日")
_PERIOD_CONTEXT = re.compile(r"统计|期限|时限|时段|期间|时间|数据")


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
        text = report.texts.get(key, "")
        m = _period_in(text)
        if m is None:
            continue
        if key != "preamble" and not _PERIOD_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # a date range in the body (「2022年1月1日至12月31日期间…」) is not the statistics period
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
