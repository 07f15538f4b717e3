"""The year update of a report made from last year's: every year, date and figure its texts copied, and which of
them describe the reporting year.

Last year's reporting year becomes this year's where it describes the reporting year (「2024年，我局…」,
「2024年1月1日至2024年12月31日」). Never replaced, because they name something that keeps its year: document
numbers (〔2024〕, [2024], （2024）), titles and quoted names (《2024年政务公开工作要点》, “…”), plan horizons and
targets (2021—2025年, 到2025年). In 改进情况 last year's report planned the year after it (「2025年，我局将…」 in the
2024 report): that year becomes the year after this one, or the new report would plan the year it reports on.
Everything not replaced — other years, dates, every figure — stays for the officer
to review: a figure copied from last year is last year's figure.

Positions are character offsets into the texts; a year is four digits in and out, so replacing never moves any
other mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

Kind = Literal["year", "date", "figure"]
KIND_LABELS: dict[str, str] = {"year": "年份", "date": "日期", "figure": "数字"}

# Full-width digits are matched as their ASCII twins (one character each, so offsets do not move).
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"(?<!\d)({_YEAR})(?:\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?|[-./]\d{{1,2}}[-./]\d{{1,2}}(?!\d))"
)
_BARE_YEAR = re.compile(rf"(?<!\d)({_YEAR})(?!\d)")
# A figure: a number with what it counts. Digits that belong to a year or a date are found first and skipped.
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?\s*(?:人次|万元|件|条|次|个|篇|期|场|项|份|家|名|人|元|%|％)")
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_QUOTED = re.compile(r"“[^“”\n]{0,30}”")
_OPEN_BRACKETS = "〔[［(（【"
_CLOSE_BRACKETS = "〕]］)）】"
# 2021—2025年, 2021年至2025年, 2021-2025: a span of different years is a plan's horizon.
_RANGE = re.compile(rf"(?<!\d)({_YEAR})\s*年?\s*(?:[-—–~～]+|至|到)\s*({_YEAR})(?!\d)")
# 到2025年, 目标2025年: a year aimed at, not the year reported on (截至 and 截止到 are the state at a day).
_TARGET_BEFORE = re.compile(r"(?:(?<![截止])[到至]|目标|规划|计划)\s*$")
# The texts that plan the next year: there, last year's next year is this year's next year.
PLAN_FIELDS = frozenset({"problems.improvements"})


@dataclass(frozen=True)
class Mention:
    """A year, date or figure in a copied text; ``replacement`` is what it becomes this year (None: keep it, for
    the officer to review), ``reason`` says why in Chinese."""

    field: str
    start: int
    end: int
    text: str
    kind: Kind
    replacement: str | None
    reason: str


def _protected_spans(text: str) -> list[tuple[int, int, str]]:
    """Spans whose years are never replaced, with why."""
    spans = [(m.start(), m.end(), "书名号中的标题") for m in _TITLE.finditer(text)]
    spans += [(m.start(), m.end(), "引号中的名称") for m in _QUOTED.finditer(text)]
    spans += [(m.start(), m.end(), "规划期限") for m in _RANGE.finditer(text) if m.group(1) != m.group(2)]
    return spans


def _why_kept(text: str, start: int, end: int, kind: Kind, spans: list[tuple[int, int, str]]) -> str | None:
    """Why the year at text[start:start+4] must keep its year, or None when nothing says so."""
    for s, e, why in spans:
        if s <= start and end <= e:
            return why
    before = text[start - 1] if start > 0 else ""
    after = text[start + 4] if start + 4 < len(text) else ""
    if before and before in _OPEN_BRACKETS and after in _CLOSE_BRACKETS:
        return "文号中的年份"
    if kind == "year" and _TARGET_BEFORE.search(text[max(0, start - 4) : start]):
        return "目标年份"  # a date after 至 ends a period (…1月1日至2024年12月31日)
    return None


def _year_mention(
    field: str, text: str, span: tuple[int, int], kind: Kind, years: tuple[int, int], spans: list[tuple[int, int, str]]
) -> Mention:
    start, end = span
    last_year, year = years
    quote = text[start:end]
    found = int(text[start : start + 4].translate(_FULLWIDTH))
    what = KIND_LABELS[kind]
    kept = _why_kept(text, start, end, kind, spans)
    if kept is not None:
        return Mention(field, start, end, quote, kind, None, f"{kept}，不替换；请确认{quote}是否仍然适用")
    names_year = kind == "date" or text[end:].lstrip()[:1] == "年"  # 2024年, 2024 年度; not 2024版
    if found == last_year and names_year:
        replacement = str(year) + quote[4:]
        return Mention(field, start, end, quote, kind, replacement, f"写的是上年报告的年度，请确认改为{year}年")
    if found == last_year + 1 and names_year and field in PLAN_FIELDS:
        replacement = str(year + 1) + quote[4:]
        reason = f"写的是上年报告中下一年的工作打算，请确认改为{year + 1}年"
        return Mention(field, start, end, quote, kind, replacement, reason)
    return Mention(field, start, end, quote, kind, None, f"从上年报告复制的{what}{quote}，请确认是否需要改为本年的")


def mentions_in(field: str, text: str, last_year: int, year: int) -> list[Mention]:
    """Every year, date and figure of one text, in order of position."""
    plain = text.translate(_FULLWIDTH)
    spans = _protected_spans(plain)
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for m in _DATE.finditer(plain):
        found.append(_year_mention(field, text, m.span(), "date", (last_year, year), spans))
        taken.append((m.start(), m.end()))

    def free(start: int, end: int) -> bool:
        return all(end <= s or e <= start for s, e in taken)

    for m in _BARE_YEAR.finditer(plain):
        if free(m.start(), m.end()):
            found.append(_year_mention(field, text, m.span(), "year", (last_year, year), spans))
            taken.append((m.start(), m.end()))
    for m in _FIGURE.finditer(plain):
        if free(m.start(), m.end()):
            reason = f"从上年报告复制的数字{text[m.start() : m.end()]}，请按本年情况核对"
            found.append(Mention(field, m.start(), m.end(), text[m.start() : m.end()], "figure", None, reason))
    return sorted(found, key=lambda x: x.start)


def copied_mentions(
    texts: Mapping[str, str], last_year: int, year: int, fields: Iterable[str] | None = None
) -> list[Mention]:
    """Every year, date and figure in ``texts`` (field by field, in ``fields`` order when given)."""
    keys = list(fields) if fields is not None else list(texts)
    return [m for key in keys for m in mentions_in(key, texts.get(key, ""), last_year, year)]


def mention_at(field: str, text: str, start: int, end: int, last_year: int, year: int) -> Mention | None:
    """The mention at exactly this span of ``text`` now (None: the text there is no longer a year, date or figure)."""
    return next((m for m in mentions_in(field, text, last_year, year) if (m.start, m.end) == (start, end)), None)


def replaced(texts: Mapping[str, str], mentions: Iterable[Mention]) -> dict[str, str]:
    """The texts with the given mentions' replacements made (only the fields that change). A mention whose text is
    no longer where it was is left alone."""
    out: dict[str, str] = {}
    by_field: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.replacement is not None:
            by_field.setdefault(m.field, []).append(m)
    for key, found in by_field.items():
        text = texts.get(key, "")
        pieces, at = [], 0
        for m in sorted(found, key=lambda x: x.start):
            if m.start < at or text[m.start : m.end] != m.text:
                continue
            pieces += [text[at : m.start], m.replacement or m.text]
            at = m.end
        new = "".join(pieces) + text[at:]
        if new != text:
            out[key] = new
    return out
