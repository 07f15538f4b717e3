"""A statistics part's content as rows of the printed table: each row's label as printed and its figures.

Three shapes arrive here. Rows of a laid-out table (web page, Word, a PDF's columns, tab- or 「|」-separated
text), where a blank cell keeps its column. Lines whose label and figures a reader already told apart (a PDF viewer's
copy: runs of spaces). And text where the table lost every separator — a crawler's copy of the page,
「…现行有效件数规章000行政规范性文件34089第二十条第（五）项…」 — cut here into label runs and digit runs; the
digits of one row stay together (how they split into cells is for :mod:`.digits`). The part's own prose
(「2023年，共收到申请3件。」) is kept apart: it belongs to no cell.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..format.cells import PLACEHOLDER_EMPTY
from .document import Item

# Where a table starts inside a line of prose: its first header words (or a row label followed by its figures).
_TABLE_START = {
    "t2": re.compile(r"第二十条|信息内容|本年制发件数|(?:规章|规范性文件)\s*\d"),
    "t3": re.compile(r"[（(]?本列数据|申请人情况|[一1]\s*[、.．]\s*本年新收"),
    "t4": re.compile(r"行政复议\s*行政诉讼|行政复议\s*结果|结果\s*维持"),
}
# A figure: digits with thousands separators or decimals; in a run, figures are parted by white space only.
_FIGURE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_RUN = re.compile(rf"{_FIGURE}(?:[ \t\u3000\u00a0]+{_FIGURE})*")
# The number of the next label glued to the last figure: 「…国家秘密00000002.其他法律…」 is 0000000 | 2.其他法律.
_NUMBERING_AFTER = re.compile(r"[.．、](?=[^\d\s])")
_VALUE = re.compile(r"^(?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?\s*(?:件|次|条|个|起|万元|元)?$")


@dataclass
class Token:
    text: str  # as printed ("" for a blank cell of a laid-out table)
    place: str


@dataclass
class RawRow:
    labels: list[Token] = field(default_factory=list)
    values: list[Token] = field(default_factory=list)
    grid: bool = False  # a laid-out table's row: blank cells are in their columns
    own: int = -1  # how many of the labels are the row's own (the others were on lines before it); -1: all
    gap: int = 0  # empty cells between its label and its first figure: blank cells, or a spanned label's place
    glued: bool = False  # cut out of text that lost every separator: its figures may be several cells run together

    def tokens(self, width: int) -> list[str]:
        """The printed cells to split into ``width`` cells; empty cells before the first figure count as blank cells
        when the figures alone cannot fill the row (「二、上年结转… | (blank) | 0 | 0 …」)."""
        texts = [t.text for t in self.values]
        missing = width - len(texts)  # the cells as they are printed, none cut
        if 0 < missing <= self.gap:
            texts = [""] * missing + texts
        return texts

    @property
    def label(self) -> str:
        return "".join(t.text for t in self.labels)


def is_value(cell: str) -> bool:
    s = unicodedata.normalize("NFKC", cell).strip()
    return bool(_VALUE.match(s)) or s in PLACEHOLDER_EMPTY


def table_region(text: str, table: str) -> tuple[int, int]:
    """Where the table is in a piece of text — from its first header words to its last figure; before and after it
    is the part's prose. No table: (len, len)."""
    start_match = _TABLE_START[table].search(text)
    if start_match is None:
        return len(text), len(text)
    last = max((m.end() for m in _RUN.finditer(text, start_match.start())), default=None)
    if last is None:
        return len(text), len(text)
    return start_match.start(), last


def text_rows(item: Item, start: int, end: int) -> list[RawRow]:
    """Label runs and figure runs of a table that lost its separators: a row for each label run and the figures
    after it."""
    rows: list[RawRow] = []
    label_start = start
    for run in _RUN.finditer(item.text, start, end):
        run_end = run.end()
        if _NUMBERING_AFTER.match(item.text, run_end) and run_end < end:
            run_end -= 1  # the last digit numbers the next label
        if run_end <= run.start():
            continue
        label = item.text[label_start : run.start()]
        figures = item.text[run.start() : run_end]
        row = RawRow([Token(label, item.piece(label_start).place)] if label.strip() else [], glued=True)
        row.values = [Token(f, item.piece(run.start()).place) for f in figures.split()]
        rows.append(row)
        label_start = run_end
    rest = item.text[label_start:end]
    if rest.strip():
        rows.append(RawRow([Token(rest, item.piece(label_start).place)]))
    return rows


def _first_value(cells: list[str]) -> int | None:
    return next((i for i, c in enumerate(cells) if c.strip() and is_value(c)), None)


def _value_start(rows: list[Item]) -> int | None:
    """A laid-out table (web page, Word: every row as wide as the grid) keeps its value columns in place, so a blank
    cell stays in its column. The value columns start where most rows' figures start."""
    if len(rows) < 2 or len({len(r.cells) for r in rows}) != 1:
        return None
    starts = [i for r in rows if (i := _first_value(r.cells)) is not None]
    return max(set(starts), key=starts.count) if starts else None


def grid_rows(rows: list[Item]) -> list[RawRow]:
    """The rows of one table block."""
    start = _value_start(rows)
    out = []
    for row in rows:
        cells = row.cells
        first = _first_value(cells) if start is None else start
        if first is None or (start is not None and any(c.strip() and not is_value(c) for c in cells[start:])):
            out.append(RawRow([Token(c, row.where) for c in cells if c.strip()]))  # a header or a label on its own
            continue
        labels = [Token(c, row.where) for c in cells[:first] if c.strip()]
        values = [Token(c.strip(), row.where) for c in cells[first:]]  # a blank cell at the end stays a cell
        last_label = max((i for i, c in enumerate(cells[:first]) if c.strip()), default=-1)
        out.append(RawRow(labels, values, grid=start is not None, gap=first - last_label - 1))
    return out


def raw_rows(items: list[Item], table: str) -> tuple[list[RawRow], list[Item]]:
    """The part's rows (a row's label pieces printed on lines before its figures joined to it) and its prose."""
    rows: list[RawRow] = []
    prose: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if item.kind == "row":
            block = [it for it in items[i:] if it.kind == "row" and it.block == item.block]
            j = i
            while j < len(items) and items[j].kind == "row" and items[j].block == item.block:
                j += 1
            rows += grid_rows(items[i:j])
            i = j if block else i + 1
            continue
        if item.kind == "text":
            start, end = table_region(item.text, table)
            if start > 0:
                prose.append(item.piece(0, start))
            rows += text_rows(item, start, end)
            if end < len(item.text):
                prose.append(item.piece(end))
        else:
            prose.append(item)
        i += 1
    return _join_labels(rows), prose


def _join_labels(rows: list[RawRow]) -> list[RawRow]:
    """Label pieces on lines of their own (a wrapped cell, or a copy with one cell per line) go with the next
    figures."""
    out: list[RawRow] = []
    waiting: list[Token] = []
    for row in rows:
        if not row.values:
            waiting += row.labels
            continue
        out.append(RawRow(waiting + row.labels, row.values, row.grid, len(row.labels), row.gap, row.glued))
        waiting = []
    if waiting:
        out.append(RawRow(waiting))
    return out
