"""The one writer of every spreadsheet the app writes (.xlsx and .csv): the register export and its template, the
district's status table. What it makes safe, once for all of them:

- **no live formula**: a text starting with ``= + - @``, a tab or a carriage return is what Excel and WPS take for
  a formula (``=HYPERLINK("http://…","附件")`` typed into a register would become a link; a CSV opened in Excel
  runs it). In .xlsx such a cell is written as text with Excel's own 「以文本形式存储」 mark (quote prefix), so
  it shows and reads back exactly as typed; in CSV, which has no cell types, it gets a leading ``'``
  (:func:`unescape_csv` takes it off again when the app reads the file back);
- **no character Excel refuses**: control characters (U+000B, Word's manual line break, in a name made the whole
  export fail) become a line break (U+000B, U+000C) or nothing; undecodable file-name bytes follow the file-name
  policy (:mod:`.filenames`); a text longer than an Excel cell holds (32,767 characters) is clipped with 「…」;
- **no half file**: the workbook is made in memory and written through :func:`.outputs.write_output`.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from .filenames import shown
from .outputs import OutputError, write_bytes

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_CHARS = 32_767  # Excel's limit for one cell
_LINE_BREAKS = re.compile("[\x0b\x0c]")
_REFUSED = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")  # what XML 1.0 and Excel do not accept
_CSV_ESCAPED = re.compile(r"'(?=[=+\-@\t\r])")


@dataclass
class Worksheet:
    """One worksheet: ``rows[0]`` is the header (bold, frozen), the rest data. ``widths`` (in characters) are
    measured from the first 200 rows when not given; ``choices`` are drop-down lists: (column index, formula)."""

    title: str
    rows: Sequence[Sequence[Any]]
    widths: Sequence[float] | None = None
    freeze: str = "B2"  # the header row and the first column (a unit, an application number)
    choices: Sequence[tuple[int, str]] = field(default_factory=tuple)
    choice_rows: int = 1000


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(text: str) -> str:
    """A text every spreadsheet program accepts: line-break controls as line breaks, other refused characters
    dropped, file-name bytes as escapes, clipped to what one cell holds."""
    text = _REFUSED.sub("", _LINE_BREAKS.sub("\n", shown(text)))
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def clean_value(value: Any) -> Any:
    """A value as a cell holds it: texts cleaned, numbers Excel cannot store (infinite, too large) as text."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, Decimal):
        value = float(value) if value.is_finite() and abs(value) < Decimal(10) ** 15 else str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


def csv_text(value: Any) -> str:
    """A value as a CSV field: cleaned, and a formula-like text escaped with a leading ``'``."""
    value = clean_value(value)
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if isinstance(value, str) and is_formula_like(text) else text


def unescape_csv(text: str) -> str:
    """A CSV field as the app wrote it, the ``'`` before a formula-like text taken off."""
    return _CSV_ESCAPED.sub("", text, count=1) if text.startswith("'") else text


def csv_bytes(rows: Sequence[Sequence[Any]]) -> bytes:
    """UTF-8 with a BOM, which Excel and WPS open without garbling the Chinese."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([csv_text(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(out: Path | str, rows: Sequence[Sequence[Any]], error: type[OutputError] = OutputError) -> None:
    write_bytes(out, csv_bytes(rows), error)


def xlsx_bytes(sheets: Sequence[Worksheet]) -> bytes:
    """The workbook, made in openpyxl's streaming mode (10,000 rows in about a second). openpyxl is imported here,
    not at the top: it costs 0.1 s, which the window's start should not pay."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # ships no type information
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    book = Workbook(write_only=True)
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        for col, width in enumerate(spec.widths or _measured_widths(spec.rows), start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        ws.freeze_panes = spec.freeze
        for col, formula in spec.choices:
            letter = get_column_letter(col + 1)
            rows = max(len(spec.rows), spec.choice_rows)
            dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=False)
            dv.add(f"{letter}2:{letter}{rows}")
            ws.data_validations.append(dv)
        for i, row in enumerate(spec.rows):
            ws.append([_cell(ws, v, header=i == 0) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_xlsx(out: Path | str, sheets: Sequence[Worksheet], error: type[OutputError] = OutputError) -> None:
    write_bytes(out, xlsx_bytes(sheets), error)


def _cell(ws: Any, value: Any, *, header: bool) -> Any:
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    value = clean_value(value)
    if not isinstance(value, str) and not header:
        return value  # numbers, dates (openpyxl gives them a date format), empty cells
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula ("=…") or an error value ("#N/A"): the text as written
        if is_formula_like(value):
            cell.quotePrefix = True  # Excel's 「以文本形式存储」: editing the cell keeps it text
        if "\n" in value:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    if header:
        cell.font = Font(bold=True)
    return cell


def _measured_widths(rows: Sequence[Sequence[Any]]) -> list[float]:
    widths: list[float] = []
    for row in rows[:200]:
        for col, value in enumerate(row):
            length = max((len(line) for line in str(value).split("\n")), default=0) if value is not None else 0
            if col == len(widths):
                widths.append(4)
            widths[col] = max(widths[col], length)
    return [min(max(w * 1.8, 6), 60) for w in widths]
