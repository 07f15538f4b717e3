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


# Keyword → what it reports. Order matters only for overlapping alternatives.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("carried_to_next_year", r"结转(?:至|到)?下(?:一)?(?:个)?年(?:度)?"),
    ("carried_over", r"(?:上(?:一)?年(?:度)?|往年)结转"),
    ("review", r"行政复议"),
    ("litigation", r"行政诉讼"),
    ("received", r"收到|新收|受理|接收|接到"),
)
# The leading look-ahead lets the engine skip quickly to a possible first character (3× faster).
_KEYWORD_RE = re.compile(
    "(?=[结上往行收新受接])(?:" + "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _KEYWORDS) + ")"
)
_NUMBER_RE = re.compile(r"(\d+|[零〇一二两三四五六七八九十百千]+)\s*(?:件|起|宗)")
_CLAUSE_END = re.compile(r"[。；;！!？?\n]")
_MAX_GAP = 24  # characters between the keyword and its number
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


def stated_numbers(text: str) -> list[StatedNumber]:
    plain = text.translate(_FULLWIDTH)  # one-to-one, so positions stay valid
    keywords = list(_KEYWORD_RE.finditer(plain))
    out = []
    for i, kw in enumerate(keywords):
        kind = kw.lastgroup
        assert kind is not None
        limit = min(len(plain), kw.end() + _MAX_GAP)
        if i + 1 < len(keywords):
            limit = min(limit, keywords[i + 1].start())
        clause_end = _CLAUSE_END.search(plain, kw.end(), limit)
        if clause_end:
            limit = clause_end.start()
        num = _NUMBER_RE.search(plain, kw.end(), limit)
        if num is None:
            continue
        raw = num.group(1)
        value = int(raw) if raw.isdigit() else chinese_to_int(raw)
        if value is None:
            continue
        between = plain[kw.end() : num.start()]
        if kind == "received" and not _is_request_count(plain, between, num.end()):
            continue
        out.append(StatedNumber(kind, value, kw.start(), num.end(), text[kw.start() : num.end()]))
    return out


def _is_request_count(plain: str, between: str, after: int) -> bool:
    """A receiving verb's number counts requests: 申请 before it (「收到申请5件」) or just after (「收到5件申请」)."""
    if _OTHER_VERB.search(between) or any(w in between for w in ("复议", "诉讼", "结转")):
        return False
    return "申请" in between or _REQUEST_AFTER.match(plain, after) is not None
