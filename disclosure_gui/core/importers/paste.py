"""Pasting a block of numbers copied from Excel, WPS or a web page into a statistics table.

Accepted separators: tabs, two or more spaces, full-width spaces, 「；」/「;」, commas (when they are
not thousands separators) and, failing all those, single spaces. Leading label cells are skipped
(and used to find the row in table 三 when they name one), units and thousands separators are
stripped, 「-」「—」「/」 mean an empty cell. Totals in the pasted block are not written: they are
returned for comparison with what the app computes. A bad value refuses the whole paste, naming the cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..format import schema
from ..format.cells import NumberError, is_empty, parse_cell, parse_count, parse_money
from ..format.labels import normalise

Value = int | Decimal | None

_SPACED = re.compile(r"(?: {2,}|[\u3000\u00a0]+)")
_THOUSANDS = re.compile(r"^\s*\d{1,3}([,，]\d{3})+(\.\d+)?\s*$")


def split_line(line: str) -> list[str]:
    """The cells of one pasted line, positions kept (an empty cell between two tabs stays)."""
    if "\t" in line:
        return [t.strip() for t in line.split("\t")]
    if "；" in line or ";" in line:
        return [t.strip() for t in re.split(r"[；;]", line)]
    if _SPACED.search(line.strip()):
        return [t.strip() for t in _SPACED.split(line.strip())]
    if ("," in line or "，" in line) and not _THOUSANDS.match(line):
        return [t.strip() for t in re.split(r"[,，]", line)]
    return line.split()


def _is_value(token: str) -> bool:
    if is_empty(token, placeholders=True):
        return True
    try:
        parse_money(token, places=10, unit="", empty=None, placeholders=True)
    except NumberError:
        try:
            parse_count(token, placeholders=True)
        except NumberError:
            return False
    return True


@dataclass
class PastedRow:
    labels: list[str]
    values: list[str]


def split_block(text: str) -> list[PastedRow]:
    """Lines with at least one number; leading label cells separated from the values.

    Empty cells between the labels and the first number are label columns (table 三 has three);
    without labels, leading empty cells are blank values and keep their positions.
    """
    rows = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        tokens = split_line(line)
        first = next((i for i, t in enumerate(tokens) if t and _is_value(t)), None)
        if first is None:
            continue  # a header line or an empty line
        labels = [t for t in tokens[:first] if t]
        values = tokens[first:] if labels else tokens
        while values and not values[-1]:
            values.pop()  # trailing empty cells of a spreadsheet row
        rows.append(PastedRow(labels, values))
    return rows


@dataclass
class PastePlan:
    assignments: dict[str, Value] = field(default_factory=dict)  # input cell → value
    pasted_totals: dict[str, Value] = field(default_factory=dict)  # total cell → value in the block
    errors: list[str] = field(default_factory=list)


def _row_by_label(labels: list[str], row_labels: list[list[str]]) -> int | None:
    wanted = [normalise(lbl, strip_numbering=True) for lbl in labels if normalise(lbl, strip_numbering=True)]
    if not wanted:
        return None
    for i, known in enumerate(row_labels):
        names = {normalise(k, strip_numbering=True) for k in known if k}
        if wanted[-1] in names:
            return i
    return None


def plan_paste(
    text: str,
    grid: list[list[str | None]],
    anchor: tuple[int, int],
    row_labels: list[list[str]] | None = None,
) -> PastePlan:
    """Where each pasted value goes in ``grid`` (rows of cell paths; ``None`` where there is no cell).

    Rows go down from the anchor row, values right from the anchor column, unless a row's labels name a
    row of the table (``row_labels``), in which case the values fill that row from its first column.
    """
    plan = PastePlan()
    rows = split_block(text)
    if not rows:
        plan.errors.append("剪贴板里没有可以粘贴的数字")
        return plan
    r0, c0 = anchor
    next_row = r0
    for pasted in rows:
        target = _row_by_label(pasted.labels, row_labels) if row_labels and pasted.labels else None
        row = target if target is not None else next_row
        col = 0 if target is not None else c0
        next_row = row + 1
        if row >= len(grid):
            plan.errors.append(f"粘贴的内容有 {len(rows)} 行，超出了表格的范围")
            break
        cells = [p for p in grid[row] if p is not None] if target is not None else grid[row][col:]
        if len(pasted.values) > len(cells):
            plan.errors.append(f"第 {row + 1} 行粘贴了 {len(pasted.values)} 个数，超出了表格的范围")
            continue
        for token, path in zip(pasted.values, cells, strict=False):
            if path is None:
                continue
            try:
                value = parse_cell(path, token, placeholders=True)
            except NumberError as exc:
                plan.errors.append(f"{schema.cell_label(path)}：“{token}”{exc.message}")
                continue
            if schema.is_total_cell(path):
                plan.pasted_totals[path] = value
            else:
                plan.assignments[path] = value
    return plan


def total_mismatches(plan: PastePlan, computed: dict[str, Value]) -> list[str]:
    """Messages for pasted totals that differ from the computed ones."""
    out = []
    for path, pasted in plan.pasted_totals.items():
        value = computed.get(path)
        if pasted is not None and value is not None and pasted != value:
            out.append(f"{schema.cell_label(path)}：粘贴的是 {pasted}，按各项计算应为 {value}")
    return out
