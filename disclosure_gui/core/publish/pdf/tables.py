"""The three statistics tables in the PDF, exactly as the official form, at 10.5 pt.

A table longer than the page continues on the next with its header rows repeated, as published
reports do, and with the labels of the groups it runs on in (table 三's 「三、本年度办理结果」,
「（三）不予公开」), so a row on the new page is read in its group. A table starts, or continues, on a
page only with at least :data:`OPENING_ROWS` of its rows there. Label text breaks by the same rules as
the body (no closing punctuation at a line start, never one character alone on a label's last line).
"""

from __future__ import annotations

import itertools
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from ...format import schema
from ..outline import TableBlock, column_weights
from .flow import Align, TextLines
from .lines import Unit, break_lines, no_lone_last_character, units_of
from .page import TEXT_W, Typesetter

TABLE_PT = 10.5
OPENING_ROWS = 3  # rows of figures a page must hold under the header rows for a table to start there
CELL_LEADING = TABLE_PT * 1.3
_PAD = 3


class CellText(TextLines):
    """Text of one cell, broken when the table tells the cell its width."""

    def __init__(self, units: list[Unit], align: Align) -> None:
        super().__init__([], size=TABLE_PT, pitch=CELL_LEADING, baseline=TABLE_PT * 1.02, align=align)
        self.units = units

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.lines = no_lone_last_character(break_lines(list(self.units), avail_width, TABLE_PT, justify=False))
        self.height = self.pitch * len(self.lines)
        self.width = avail_width
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []


def _style(font: str, spans: list[Any]) -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
            # Every cell, spanned-over ones too, in the table face (else ReportLab declares Helvetica).
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("FONTSIZE", (0, 0), (-1, -1), TABLE_PT),
            *spans,
        ]
    )


class FormTable(Flowable):
    """A form's rows ``start``..``end`` under its header rows; split between pages at any row that leaves
    :data:`OPENING_ROWS` rows of figures on the page."""

    def __init__(self, block: TableBlock, ts: Typesetter, start: int | None = None, end: int | None = None) -> None:
        super().__init__()
        self.block = block
        self.ts = ts
        self.start = block.form.header_rows if start is None else start
        self.end = block.form.nrows if end is None else end
        self.table = self._table()
        self.hAlign = "CENTER"

    @property
    def heading_rows(self) -> set[int]:
        """Body rows made only of header cells: the headings of a block inside the table."""
        form = self.block.form
        kinds: dict[int, set[str]] = {}
        for cell in form.cells:
            kinds.setdefault(cell.row, set()).add(cell.kind)
        return {row for row, k in kinds.items() if row >= form.header_rows and k == {"header"}}

    def _value_rows(self, start: int, end: int) -> int:
        return sum(1 for row in range(start, end) if row not in self.heading_rows)

    def opening(self) -> FormTable:
        """The part a page must hold for the table to start on it: the header rows and the first
        :data:`OPENING_ROWS` rows of figures (the whole table when it has fewer)."""
        end = self.start
        while end < self.end and self._value_rows(self.start, end) < OPENING_ROWS:
            end += 1
        return FormTable(self.block, self.ts, self.start, end)

    def _cell(self, row: int, col: int, text: str, align: Align, where: str) -> CellText:
        return CellText(units_of(self.ts.runs(text, "table", where), TABLE_PT, TABLE_PT), align)

    def _table(self) -> Table:
        form = self.block.form
        rows = list(range(form.header_rows)) + list(range(self.start, self.end))
        index = {r: k for k, r in enumerate(rows)}
        grid: list[list[Any]] = [[""] * form.ncols for _ in rows]
        spans: list[Any] = []
        for cell in form.cells:
            last = cell.row + cell.rowspan - 1
            if cell.row < form.header_rows:
                top, bottom, text = cell.row, last, True
            elif cell.row < self.end and last >= self.start:
                # a group label cut by the page end is printed again where its rows continue
                top, bottom = max(cell.row, self.start), min(last, self.end - 1)
                text = cell.row >= self.start or cell.kind != "value"
            else:
                continue
            content = self.block.text(cell.row, cell.col) if text else ""
            where = schema.cell_label(cell.path) if cell.kind == "value" else "表格"
            align: Align = "left" if cell.align == "left" else "center"
            grid[index[top]][cell.col] = self._cell(top, cell.col, content, align, where)
            if bottom > top or cell.colspan > 1:
                spans.append(("SPAN", (cell.col, index[top]), (cell.col + cell.colspan - 1, index[bottom])))
        widths = [TEXT_W * w for w in column_weights(form)]
        return Table(grid, colWidths=widths, style=_style(self.ts.fonts.name("table"), spans), hAlign="CENTER")

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        w, h = self.table.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.table.wrap(avail_width, avail_height)
        pos = self.table._rowpositions  # type: ignore[attr-defined]  # from the top, one more than rows
        heights = [a - b for a, b in itertools.pairwise(pos)]
        header = self.block.form.header_rows
        used = sum(heights[:header])
        k = self.start
        for h in heights[header:]:
            if used + h > avail_height:
                break
            used += h
            k += 1
        while k > self.start and k - 1 in self.heading_rows:
            k -= 1  # a block's own heading rows (table 二's 「第二十条…」) stay with its first row
        least = min(OPENING_ROWS, self._value_rows(self.start, self.end))
        while k > self.start and self._value_rows(self.start, k) >= least:
            part = FormTable(self.block, self.ts, self.start, k)
            if part.wrap(avail_width, avail_height)[1] <= avail_height:
                return [part, FormTable(self.block, self.ts, k, self.end)]
            k -= 1
        return []

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.table.drawOn(canvas, x, y, _sW)  # type: ignore[call-arg]
