"""Numbers that the report's text states about applications, reconsideration and litigation (R8).

Reports say 「共收到政府信息公开申请12件」, 「收到70件申请，办结69件」, 「上年结转3件」, 「结转下年度办理1件」,
「行政复议2起」, 「行政诉讼零件」… Each keyword takes the first ``<number><件/起/宗>`` that follows it in the
same clause, unless another keyword or another verb (办结, 答复…) comes first: a number belongs to the verb
beside it. A receiving verb counts only with 申请 beside it (「收到来信7件」 is not a request). Chinese numerals
(零一二…十百千, 两) count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def chinese_to_int(text: str) -> int | None:
    """「十二」→12, 「一百零五」→105, 「两」→2; ``None`` if it is not a plain numeral."""
    if not text:
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # 「一二」 is not a number
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + (digit or 0)


def token_to_int(token: str) -> int | None:
    """A count as a report writes it: digits (「12」) or a Chinese numeral (「十二」)."""
    return int(token) if token.isdigit() else chinese_to_int(token)


# Keyword → what it reports. Order matters only for overlapping alternatives. 「2021年结转」 in a 2022 report is last
# year's carry-over (the year is checked against the report's); 「2022年结转下年度」 is not.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("carried_to_next_year", r"结转(?:至|到)?下(?:一)?(?:个)?年(?:度)?"),
    ("carried_over", r"(?:上(?:一)?年(?:度)?|往年|(?P<year>20\d{2})年(?:度)?)结转(?!(?:至|到)?下)"),
    ("review", r"行政复议"),
    ("litigation", r"行政诉讼"),
    ("received", r"收到|新收|受理|接收|接到"),
)
# The leading look-ahead lets the engine skip quickly to a possible first character (3× faster).
_KEYWORD_RE = re.compile(
    "(?=[结上往行收新受接2])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KEYWORDS) + ")"
)
_UNIT = r"\s*(?:件|起|宗|例|份)"  # 「收到申请7份」
_NUMBER_RE = re.compile(rf"(\d+|[零〇一二两三四五六七八九十百千]+){_UNIT}")
# 「有2件结转下年度办理」: the figure before the keyword (carry-overs only), nothing but 申请 between them.
_NUMBER_BEFORE = re.compile(rf"(\d+|[零〇一二两三四五六七八九十百千]+){_UNIT}(?:申请)?\s*$")
_CLAUSE_END = re.compile(r"[。；;！!？?\n]")
_MAX_GAP = 24  # characters between the keyword and its number…
_MAX_CLEAR_GAP = 60  # …or more, when nothing but words stands between them (no other figure, no other verb)
# Verbs whose numbers are not about receiving: 「收到70件申请，办结69件」.
_OTHER_VERB = re.compile(r"办结|答复|办理完毕|予以公开|部分公开|不予公开|无法提供|不予处理|转办")
_REQUEST_AFTER = re.compile(r"[^，,。；;！!？?\n]{0,10}?申请")


@dataclass(frozen=True)
class StatedNumber:
    kind: str  # received / carried_over / carried_to_next_year / review / litigation
    value: int
    start: int  # span of the quoted phrase in the text
    end: int
    quote: str


def stated_numbers(text: str, year: int | None = None) -> list[StatedNumber]:
    """The figures the text states, each with the verb it belongs to. ``year``: the report's year, so that
    「2021年结转…」 in a 2022 report is read as last year's carry-over."""
    plain = text.translate(_FULLWIDTH)  # one-to-one, so positions stay valid
    keywords = list(_KEYWORD_RE.finditer(plain))
    out = []
    for i, kw in enumerate(keywords):
        kind = kw.lastgroup
        assert kind is not None
        if kw.group("year") is not None and (year is None or int(kw.group("year")) != year - 1):
            continue  # 「2022年结转」 in a 2022 report: not said which way
        limit = _clause_limit(plain, kw, keywords[i + 1].start() if i + 1 < len(keywords) else len(plain))
        found = _figure_after(plain, kw, limit, kind) or _figure_before(plain, kw, kind, keywords[i - 1] if i else None)
        if found is not None:
            value, start, end = found
            out.append(StatedNumber(kind, value, start, end, text[start:end]))
    return out


def _clause_limit(plain: str, kw: re.Match[str], next_keyword: int) -> int:
    limit = min(len(plain), kw.end() + _MAX_CLEAR_GAP, next_keyword)
    clause_end = _CLAUSE_END.search(plain, kw.end(), limit)
    return clause_end.start() if clause_end else limit


def _figure_after(plain: str, kw: re.Match[str], limit: int, kind: str) -> tuple[int, int, int] | None:
    num = _NUMBER_RE.search(plain, kw.end(), limit)
    if num is None:
        return None
    between = plain[kw.end() : num.start()]
    if num.start() - kw.end() > _MAX_GAP and (re.search(r"\d", between) or _OTHER_VERB.search(between)):
        return None  # far from its verb, past other figures or verbs: not its number
    if kind == "received" and not _is_request_count(plain, between, num.end()):
        return None
    value = _value(num.group(1))
    return None if value is None else (value, kw.start(), num.end())


def _figure_before(
    plain: str, kw: re.Match[str], kind: str, previous: re.Match[str] | None
) -> tuple[int, int, int] | None:
    if kind not in ("carried_over", "carried_to_next_year"):
        return None
    start = max(kw.start() - 12, previous.end() if previous is not None else 0)
    clause = _CLAUSE_END.search(plain, start, kw.start())
    num = _NUMBER_BEFORE.search(plain, clause.end() if clause else start, kw.start())
    if num is None:
        return None
    value = _value(num.group(1))
    return None if value is None else (value, num.start(), kw.end())


def _value(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else chinese_to_int(raw)


def _is_request_count(plain: str, between: str, after: int) -> bool:
    """A receiving verb's number counts requests: 申请 before it (「收到申请5件」) or just after (「收到5件申请」)."""
    if _OTHER_VERB.search(between) or any(w in between for w in ("复议", "诉讼", "结转")):
        return False
    return "申请" in between or _REQUEST_AFTER.match(plain, after) is not None
