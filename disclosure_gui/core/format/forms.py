"""The three statistics tables laid out as the official form: a grid of label and value cells with spans.

One layout serves the window (a Qt table model with view spans) and the PDF (a ReportLab table), so
the printed form and the form on screen cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from . import schema

CellKind = Literal["header", "label", "value"]


@dataclass(frozen=True)
class FormCell:
    row: int
    col: int
    kind: CellKind
    text: str = ""  # header / label text
    path: str = ""  # value cells: the exchange-file path
    rowspan: int = 1
    colspan: int = 1
    align: Literal["center", "left"] = "center"


@dataclass(frozen=True)
class Form:
    key: str  # t2 / t3 / t4
    nrows: int
    ncols: int
    header_rows: int  # rows repeated on each printed page
    col_weights: tuple[float, ...]  # relative column widths
    cells: tuple[FormCell, ...]

    def at(self) -> dict[tuple[int, int], FormCell]:
        """Anchor position → cell."""
        return {(c.row, c.col): c for c in self.cells}

    def value_cells(self) -> list[FormCell]:
        return [c for c in self.cells if c.kind == "value"]

    def value_grid(self) -> list[list[str | None]]:
        """Rows of value paths in reading order (for pasting), one list per form row that has values."""
        rows: dict[int, list[FormCell]] = {}
        for c in self.value_cells():
            rows.setdefault(c.row, []).append(c)
        return [[c.path for c in sorted(cells, key=lambda c: c.col)] for _, cells in sorted(rows.items())]


def _h(row: int, col: int, text: str, rowspan: int = 1, colspan: int = 1) -> FormCell:
    return FormCell(row, col, "header", text=text, rowspan=rowspan, colspan=colspan)


@cache
def t2_form() -> Form:
    cells: list[FormCell] = []
    r = 0
    for block in schema.T2_BLOCKS:
        cells.append(_h(r, 0, block.article, colspan=4))
        cells.append(_h(r + 1, 0, schema.T2_CONTENT_HEADER))
        if len(block.value_header) == 3:
            cells += [_h(r + 1, 1 + i, text) for i, text in enumerate(block.value_header)]
        else:
            cells.append(_h(r + 1, 1, block.value_header[0], colspan=3))
        r += 2
        for row in block.rows:
            cells.append(FormCell(r, 0, "label", text=row.label))
            if len(block.value_header) == 3:
                cells += [
                    FormCell(r, 1 + i, "value", path=schema.t2_path(f"{row.key}.{c}"))
                    for i, (c, _) in enumerate(schema.T2_DOC_COLUMNS)
                ]
            else:
                cells.append(FormCell(r, 1, "value", path=schema.t2_path(row.key), colspan=3))
            r += 1
    return Form("t2", r, 4, 0, (0.28, 0.24, 0.24, 0.24), tuple(cells))


@cache
def t3_form() -> Form:
    cells = [
        _h(0, 0, schema.T3_NOTE, rowspan=3, colspan=3),
        _h(0, 3, schema.T3_APPLICANT_HEADER, colspan=schema.T3_NCOLS),
        _h(1, 3, schema.T3_COLUMNS[0], rowspan=2),
        _h(1, 4, schema.T3_LEGAL_PERSON_HEADER, colspan=len(schema.T3_LEGAL_PERSON_COLUMNS)),
        _h(1, 3 + schema.T3_TOTAL_COL, schema.T3_COLUMNS[schema.T3_TOTAL_COL], rowspan=2),
    ]
    cells += [_h(2, 3 + c, schema.T3_COLUMNS[c]) for c in schema.T3_LEGAL_PERSON_COLUMNS]
    for lc in schema.t3_label_cells():
        align: Literal["center", "left"] = "center" if lc.rowspan > 1 else "left"
        cells.append(
            FormCell(3 + lc.row, lc.level, "label", lc.text, rowspan=lc.rowspan, colspan=lc.colspan, align=align)
        )
    for i, row in enumerate(schema.T3_ROWS):
        cells += [FormCell(3 + i, 3 + c, "value", path=schema.t3_path(row.key, c)) for c in range(schema.T3_NCOLS)]
    value_w = 0.072
    label_w = 1 - value_w * schema.T3_NCOLS
    weights = (label_w * 0.10, label_w * 0.26, label_w * 0.64) + (value_w,) * schema.T3_NCOLS
    return Form("t3", 3 + len(schema.T3_ROWS), 3 + schema.T3_NCOLS, 3, weights, tuple(cells))


@cache
def t4_form() -> Form:
    n = schema.T4_NCOLS
    cells = [_h(0, 0, schema.T4_REVIEW_HEADER, colspan=n), _h(0, n, schema.T4_LITIGATION_HEADER, colspan=2 * n)]
    cells += [_h(1, c, label, rowspan=2) for c, label in enumerate(schema.T4_RESULT_COLUMNS)]
    for g, group in enumerate(schema.T4_GROUPS[1:], start=1):
        cells.append(_h(1, g * n, group.label, colspan=n))
        cells += [_h(2, g * n + c, label) for c, label in enumerate(schema.T4_RESULT_COLUMNS)]
    for g, group in enumerate(schema.T4_GROUPS):
        cells += [FormCell(3, g * n + c, "value", path=schema.t4_path(group.key, c)) for c in range(n)]
    return Form("t4", 4, 3 * n, 3, (1.0,) * (3 * n), tuple(cells))


FORMS = {"t2": t2_form, "t3": t3_form, "t4": t4_form}


def t3_row_labels() -> list[list[str]]:
    """For matching pasted rows of table 三 by their labels: the labels of each row."""
    return [[lbl for lbl in row.levels if lbl] for row in schema.T3_ROWS]
