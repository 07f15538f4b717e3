"""Register files as an office has them, read into rows — or refused with what to do instead.

- Workbooks: .xlsx, .xlsm, old .xls and .ods (python-calamine, ~10× faster than openpyxl); WPS 表格 .et, which is
  read like an .xls when it is one, else converted by LibreOffice when installed, else refused with 「另存为 .xlsx」
  advice. A file whose content is a workbook is read as one whatever its name says.
- Text: .csv, .txt and .tsv in UTF-8 (with or without a BOM), UTF-16 (Excel's 「Unicode 文本」, with or without a
  BOM), UTF-32 or GBK/GB18030 (Excel and WPS on Chinese Windows); split on tabs or commas, whichever finds the header.
- The register is on the first sheet — visible sheets first, then hidden ones — with a header row naming at least two
  known columns among its first 50 rows (registers often start with a title and notes).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..filenames import native_path
from ..office import OLE_MAGIC, converted
from ..outputs import os_error_text
from ..spreadsheet import unescape_csv
from .columns import recognised_count
from .labels import parse_date

MAX_ROWS = 200_000  # far beyond any unit's register; stops a wrong file from eating the memory
HEADER_ROWS = 50  # how far down the header row is looked for
WORKBOOKS = (".xlsx", ".xlsm", ".xls", ".ods")
TEXTS = (".csv", ".txt", ".tsv")
WPS = (".et", ".ett")
ZIP_MAGIC = b"PK\x03\x04"
_SAVE_AS = "请在 WPS 或 Excel 中打开，“另存为” Excel 工作簿（.xlsx）后再导入"
_BOMS = (  # UTF-32's BOMs begin with UTF-16's: tried first
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class TabularError(UserError):
    """A spreadsheet or CSV file that cannot be read or written as a register."""


@dataclass
class Sheet:
    """A table as read from a file: the header row and the data rows below it (line numbers as in Excel)."""

    headers: list[Any]
    rows: list[list[Any]]
    first_line: int  # the file's line number of rows[0]
    note: str = ""  # what the officer should know about where it was found (a hidden sheet)


@dataclass
class _Table:
    name: str
    rows: list[list[Any]]
    hidden: bool = False


def text_of(v: Any) -> str:
    """A cell as text: whole numbers without ``.0``, no surrounding spaces."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def read_sheet(path: Path) -> Sheet:
    if not os.path.isfile(native_path(path)):
        raise TabularError(f"找不到文件 {path}")
    tables = _tables(path)
    for table in sorted(tables, key=lambda t: t.hidden):  # visible sheets first
        for i, row in enumerate(table.rows[:HEADER_ROWS]):
            if recognised_count(row) >= 2:
                sheet = _with_sub_headers(table.rows, i)
                if table.hidden:
                    sheet.note = f"台账在隐藏的工作表“{table.name}”中，已从该表读取"
                return sheet
    rows = next((t.rows for t in tables if any(text_of(v) for row in t.rows for v in row)), [])
    if not rows:
        raise TabularError(f"{path.name} 是空表")
    return Sheet(list(rows[0]), rows[1:], 2)


def _tables(path: Path) -> list[_Table]:
    suffix = path.suffix.lower()
    if suffix not in (*WORKBOOKS, *TEXTS, *WPS):
        raise TabularError(f"{path.name} 不是 Excel（.xlsx、.xls）、WPS 表格（.et、.ods）或 CSV/文本（.csv、.txt）文件")
    try:
        with open(native_path(path), "rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise TabularError(f"无法读取 {path}：{os_error_text(exc)}") from exc
    if suffix in WPS:
        return _wps_tables(path)
    if suffix in WORKBOOKS or head.startswith((ZIP_MAGIC, OLE_MAGIC)):  # a workbook saved under a text name
        return _workbook_tables(path)
    return [_Table(path.name, _text_rows(path))]


def _with_sub_headers(rows: list[list[Any]], i: int) -> Sheet:
    """A header of two rows (「收费情况」 merged over 「金额」「是否缴费」, 「编号」 merged down over both) is
    read as one: the lower row's name where it has one, the upper row's elsewhere."""
    header = list(rows[i])
    below = rows[i + 1] if i + 1 < len(rows) else []
    names = [text_of(v) for v in below]
    has_dates = any(isinstance(v, date) or _looks_like_date(text_of(v)) for v in below)
    if names and not has_dates and recognised_count(list(below)) >= 1 and not any(_is_number(n) for n in names):
        width = max(len(header), len(below))
        header += [None] * (width - len(header))
        merged = [names[c] if c < len(names) and names[c] else header[c] for c in range(width)]
        return Sheet(merged, rows[i + 2 :], i + 3)
    return Sheet(header, rows[i + 1 :], i + 2)


def _looks_like_date(text: str) -> bool:
    try:
        return parse_date(text) is not None
    except ValueError:
        return False


def _is_number(text: str) -> bool:
    return text.replace(".", "", 1).isdigit()


# ------------------------------------------------------------------------------ workbooks


def _workbook_tables(path: Path, shown_name: str = "") -> list[_Table]:
    """Every worksheet's rows, hidden ones marked; dates come back as dates."""
    # The workbook reader when a workbook is read: the register tab opens with every report, files are read rarely.
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

    name = shown_name or path.name
    try:
        wb = CalamineWorkbook.from_path(native_path(path))
    except PasswordError as exc:
        raise TabularError(f"{name} 设有打开密码，请在 Excel 或 WPS 中取消密码后再导入") from exc
    except (CalamineError, OSError, ValueError) as exc:
        raise TabularError(f"无法读取 {name}：文件已损坏或不是 Excel 文件") from exc
    out = []
    try:
        for meta in wb.sheets_metadata:
            if meta.typ != SheetTypeEnum.WorkSheet:
                continue
            rows = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
            if len(rows) > MAX_ROWS:
                raise TabularError(f"{name} 超过 {MAX_ROWS} 行，不像是依申请公开台账")
            out.append(_Table(meta.name, [list(r) for r in rows], meta.visible != SheetVisibleEnum.Visible))
    except CalamineError as exc:
        raise TabularError(f"无法读取 {name} 的工作表（文件可能已损坏）；{_SAVE_AS}") from exc
    finally:
        wb.close()
    return out


def _wps_tables(path: Path) -> list[_Table]:
    """WPS 表格's own format: many .et files are .xls inside and read as one; the others need LibreOffice."""
    try:
        return _workbook_tables(path)
    except TabularError:
        pass
    with converted(path, "xlsx", kind="WPS 表格（.et）", save_as=_SAVE_AS, error=TabularError) as xlsx:
        return _workbook_tables(xlsx, path.name)


# ------------------------------------------------------------------------------ text files


def _text_rows(path: Path) -> list[list[Any]]:
    try:
        raw = Path(native_path(path)).read_bytes()
    except OSError as exc:
        raise TabularError(f"无法读取 {path}：{os_error_text(exc)}") from exc
    text = decode(raw, path.name)
    if text.count("\n") > MAX_ROWS:
        raise TabularError(f"{path.name} 超过 {MAX_ROWS} 行，不像是依申请公开台账")
    candidates = sorted(("\t", ","), key=lambda d: -text[:8192].count(d))
    parsed: list[list[list[Any]]] = []
    for delimiter in candidates:
        rows: list[list[Any]] = [
            [unescape_csv(v) for v in r] for r in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
        if any(recognised_count(row) >= 2 for row in rows[:HEADER_ROWS]):
            return rows
        parsed.append(rows)
    return parsed[0]


def decode(raw: bytes, name: str) -> str:
    """A text file's content in the encodings offices save: by its BOM, UTF-16 without one, UTF-8, GBK/GB18030."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                break
    else:
        bare_utf16 = _bare_utf16(raw)
        for encoding in (*([bare_utf16] if bare_utf16 else []), "utf-8", "gb18030"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise TabularError(f"无法识别 {name} 的编码（不是 UTF-8、UTF-16 或 GBK 编码的文本）；{_SAVE_AS}")


def _bare_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM: Chinese and ASCII text in UTF-16 has a zero in one byte of nearly every ASCII pair."""
    sample = raw[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    odd_zeros = sample[1::2].count(0)
    even_zeros = sample[0::2].count(0)
    return "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
