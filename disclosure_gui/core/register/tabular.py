"""Registers in and out of Excel (.xlsx) and CSV.

Reading: the header row is found (registers often start with a title row), columns are mapped
(:mod:`.columns`), each row becomes an :class:`Application` or, when something in it cannot be read,
an :class:`Unplaced` row that keeps every value and says why — a row is never dropped silently.
Writing: the full register (personal data only when asked) or the standard template; both round-trip.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum, SheetVisibleEnum

from ..errors import UserError
from ..format.labels import normalise
from ..outputs import OutputError, os_error_text, write_output
from .columns import FIELDS, PERSONAL, REQUIRED, TEMPLATE_FIELDS, TITLES, recognised_count
from .labels import match_applicant, match_bool, match_outcome, match_result, parse_date
from .model import (
    APPLICANT_TYPES,
    DATE_FIELDS,
    LITIGATION_LABELS,
    OUTCOME_LABELS,
    RESULT_KEYS,
    Application,
    result_label,
)

MAX_ROWS = 200_000  # far beyond any unit's register; stops a wrong file from eating the memory


class TabularError(UserError):
    """A spreadsheet or CSV file that cannot be read or written as a register."""


@dataclass
class Sheet:
    """A table as read from a file: the header row and the data rows below it (line numbers as in Excel)."""

    headers: list[Any]
    rows: list[list[Any]]
    first_line: int  # the file's line number of rows[0]


@dataclass(frozen=True)
class Unplaced:
    line: int
    values: tuple[str, ...]
    reasons: tuple[str, ...]

    def describe(self) -> str:
        return f"第 {self.line} 行：{'；'.join(self.reasons)}"


@dataclass
class ImportResult:
    applications: list[Application] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)


# ------------------------------------------------------------------------------ reading files


def read_sheet(path: Path) -> Sheet:
    if not path.is_file():
        raise TabularError(f"找不到文件 {path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods"):
        sheets = _workbook_sheets(path)
    elif suffix in (".csv", ".txt"):
        sheets = [_csv_rows(path)]
    else:
        raise TabularError(f"{path.name} 不是 Excel（.xlsx、.xls）、WPS/LibreOffice（.ods）或 CSV 文件")
    # The register is on the first sheet whose header row (one of the first ten) names at least two known
    # columns; a title row above the header is common.
    for rows in sheets:
        for i, row in enumerate(rows[:10]):
            if recognised_count(row) >= 2:
                return _with_sub_headers(rows, i)
    rows = sheets[0] if sheets else []
    if not rows:
        raise TabularError(f"{path.name} 是空表")
    return Sheet(list(rows[0]), rows[1:], 2)


def _with_sub_headers(rows: list[list[Any]], i: int) -> Sheet:
    """A header of two rows (「收费情况」 merged over 「金额」「是否缴费」, 「编号」 merged down over both) is
    read as one: the lower row's name where it has one, the upper row's elsewhere."""
    header = list(rows[i])
    below = rows[i + 1] if i + 1 < len(rows) else []
    names = [_text(v) for v in below]
    has_dates = any(isinstance(v, date) or _looks_like_date(_text(v)) for v in below)
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


def _workbook_sheets(path: Path) -> list[list[list[Any]]]:
    """Every visible worksheet's rows. python-calamine (Rust) reads .xlsx, old .xls and .ods about ten times
    faster than openpyxl, which matters for a 10,000-row register; dates come back as dates."""
    try:
        wb = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise TabularError(f"{path.name} 设有打开密码，请在 Excel 或 WPS 中取消密码后再导入") from exc
    except (CalamineError, OSError, ValueError) as exc:
        raise TabularError(f"无法读取 {path.name}：文件已损坏或不是 Excel 文件") from exc
    out = []
    try:
        for meta in wb.sheets_metadata:
            if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet:
                rows = wb.get_sheet_by_name(meta.name).to_python(skip_empty_area=False)
                if len(rows) > MAX_ROWS:
                    raise TabularError(f"{path.name} 超过 {MAX_ROWS} 行，不像是依申请公开台账")
                out.append([list(r) for r in rows])
    except CalamineError as exc:
        raise TabularError(f"无法读取 {path.name}：{exc}") from exc
    finally:
        wb.close()
    return out


def _csv_rows(path: Path) -> list[list[Any]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TabularError(f"无法读取 {path}：{os_error_text(exc)}") from exc
    # Excel and WPS on Chinese Windows save CSV as GBK; others as UTF-8 (often with a BOM).
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte sequence
        raise TabularError(f"{path.name} 的编码无法识别")
    return [list(r) for r in csv.reader(io.StringIO(text))]


# ------------------------------------------------------------------------------ rows → applications

_match_result = lru_cache(maxsize=4096)(match_result)
_match_applicant = lru_cache(maxsize=1024)(match_applicant)
_match_outcome = lru_cache(maxsize=256)(match_outcome)
_LITIGATION = {"直接起诉": "direct", "未经复议直接起诉": "direct", "复议后起诉": "after_review"}


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _cell(field_name: str, value: Any, errors: list[str]) -> Any:
    title = TITLES[field_name]
    text = _text(value)
    if field_name in DATE_FIELDS:
        try:
            return parse_date(value if not isinstance(value, str) else value.strip())
        except ValueError as exc:
            errors.append(f"{title}{exc}")
            return None
    if field_name == "applicant":
        index, why = _match_applicant(text)
        if why:
            errors.append(why)
        return index
    if field_name == "result":
        key, why = _match_result(text)
        if why:
            errors.append(why)
        return key
    if field_name in ("review", "litigation_result"):
        outcome, why = _match_outcome(text)
        if why:
            errors.append(f"{title}：{why}")
        return outcome
    if field_name == "litigation":
        t = normalise(text, strip_numbering=True)
        if not t or match_bool(t) is False:
            return None
        if t in _LITIGATION:
            return _LITIGATION[t]
        errors.append(f"行政诉讼“{text}”应为“直接起诉”或“复议后起诉”")
        return None
    if field_name in ("extended", "fee_notice", "fee_paid"):
        flag = match_bool(text)
        if flag is None:
            errors.append(f"{title}“{text}”应为“是”或“否”")
            return False
        return flag
    if field_name == "fee_amount_yuan":
        try:
            amount = Decimal(text.replace(",", "").replace("元", "") or "0")
        except InvalidOperation:
            errors.append(f"收费金额“{text}”不是数字")
            return Decimal(0)
        if not amount.is_finite() or amount < 0:
            errors.append(f"收费金额“{text}”不是非负数")
        return amount
    return text


def parse_field(field_name: str, raw: Any) -> tuple[Any, str]:
    """One value as typed or read, for field ``field_name``: (value, "") or (fallback, why it is wrong)."""
    errors: list[str] = []
    value = _cell(field_name, raw, errors)
    if not errors and field_name in REQUIRED and value is None:
        errors.append(f"{TITLES[field_name]}不能为空")
    return value, errors[0] if errors else ""


def display_value(app: Application, field_name: str) -> str:
    """A field as the register shows and writes it (the inverse of :func:`parse_field`)."""
    v = _out_value(app, field_name)
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, float):
        return str(Decimal(str(v)).normalize()) if v != int(v) else str(int(v))
    return str(v)


def to_applications(sheet: Sheet, mapping: dict[int, str]) -> ImportResult:
    """Every data row becomes an application or an unplaced row; wholly empty rows are skipped."""
    missing = [TITLES[f] for f in REQUIRED if f not in mapping.values()]
    if missing:
        raise TabularError(f"没有对应“{'、'.join(missing)}”的列，请在列对应中指定")
    result = ImportResult()
    columns = sorted(mapping.items())
    for offset, row in enumerate(sheet.rows):
        if all(_text(v) == "" for v in row):
            continue
        line = sheet.first_line + offset
        errors: list[str] = []
        values: dict[str, Any] = {}
        for index, field_name in columns:
            raw = row[index] if index < len(row) else None
            values[field_name] = _cell(field_name, raw, errors)
        for f in REQUIRED:
            if values.get(f) is None and not any(e.startswith(TITLES[f]) for e in errors):
                errors.append(f"缺少{TITLES[f]}")
        if errors:
            result.unplaced.append(Unplaced(line, tuple(_text(v) for v in row), tuple(errors)))
            continue
        values.setdefault("no", "")
        result.applications.append(Application(**values))
    return result


# ------------------------------------------------------------------------------ applications → files


def _out_value(app: Application, field_name: str) -> Any:
    v = getattr(app, field_name)
    if field_name == "applicant":
        return APPLICANT_TYPES[v]
    if field_name == "result":
        return result_label(v) if v else ""
    if field_name in ("review", "litigation_result"):
        return OUTCOME_LABELS[v] if v else ""
    if field_name == "litigation":
        return LITIGATION_LABELS[v] if v else ""
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, Decimal):
        return float(v)  # yuan with at most 2 decimals: exact enough as an Excel number
    return v


def export_fields(*, personal: bool, template: bool = False) -> tuple[str, ...]:
    if template:
        return TEMPLATE_FIELDS
    return tuple(f for f in FIELDS if personal or f not in PERSONAL)


def write_xlsx(path: Path, apps: list[Application], fields: tuple[str, ...]) -> None:
    """An .xlsx with one header row and one row per application; dates are real Excel dates (openpyxl gives
    date values a date format). Written in openpyxl's streaming mode: 10,000 rows in about a second.
    openpyxl is imported here, not at the top: it costs 0.1 s, which the window's start should not pay."""
    from openpyxl import Workbook  # type: ignore[import-untyped]  # ships no type information
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("依申请公开台账")
    for col, f in enumerate(fields, start=1):
        ws.column_dimensions[get_column_letter(col)].width = 14 if f not in ("summary", "result") else 28
    ws.freeze_panes = "A2"
    # The accepted words, on a second sheet, offered as drop-down lists in the two choice columns.
    results = [result_label(k) for k in RESULT_KEYS]
    for f, ref in (("applicant", "$A$2:$A$7"), ("result", f"$B$2:$B${len(results) + 1}")):
        if f in fields:
            letter = get_column_letter(fields.index(f) + 1)
            dv = DataValidation(type="list", formula1=f"'可选值'!{ref}", allow_blank=True, showErrorMessage=False)
            dv.add(f"{letter}2:{letter}{max(len(apps) + 1, 1000)}")
            ws.data_validations.append(dv)
    header = []
    for f in fields:
        cell = WriteOnlyCell(ws, value=TITLES[f])
        cell.font = Font(bold=True)
        header.append(cell)
    ws.append(header)
    for app in apps:
        ws.append([_out_value(app, f) for f in fields])
    choices = wb.create_sheet("可选值")
    choices.append(["申请人类型", "办理结果"])
    for i in range(max(len(APPLICANT_TYPES), len(results))):
        choices.append([APPLICANT_TYPES[i] if i < len(APPLICANT_TYPES) else None, results[i]])
    _save(path, lambda tmp: wb.save(tmp))


def write_csv(path: Path, apps: list[Application], fields: tuple[str, ...]) -> None:
    """UTF-8 with a BOM, which Excel and WPS open without garbling the Chinese."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([TITLES[f] for f in fields])
    for app in apps:
        w.writerow(["" if (v := _out_value(app, f)) is None else v for f in fields])
    data = buf.getvalue().encode("utf-8-sig")

    def write(tmp: str) -> None:
        Path(tmp).write_bytes(data)

    _save(path, write)


def write_table(path: Path, apps: list[Application], fields: tuple[str, ...]) -> None:
    if path.suffix.lower() == ".csv":
        write_csv(path, apps, fields)
    else:
        write_xlsx(path, apps, fields)


def _save(path: Path, write: Any) -> None:
    try:
        write_output(path, write)
    except OutputError as exc:
        raise TabularError(exc.message) from exc


def template_apps_equal(a: Application, b: Application) -> bool:
    """Equal in what the standard template carries."""
    return all(getattr(a, f) == getattr(b, f) for f in TEMPLATE_FIELDS)


def read_register(path: Path, remembered: dict[str, str] | None = None) -> tuple[Sheet, dict[int, str], ImportResult]:
    """Read a file with the guessed (or remembered) mapping: what the command line does in one call."""
    from .columns import guess_mapping

    sheet = read_sheet(path)
    mapping = guess_mapping(sheet.headers, remembered)
    return sheet, mapping, to_applications(sheet, mapping)
