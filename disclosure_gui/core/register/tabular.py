"""Registers in and out of Excel (.xlsx) and CSV.

Reading: the file's rows and header row are found (:mod:`.sheets`: every format an office has), columns are mapped
(:mod:`.columns`), each row becomes an :class:`Application` or, when something in it cannot be read,
an :class:`Unplaced` row that keeps every value and says why — a row is never dropped silently.
Writing: the full register (personal data only when asked) or the standard template; both round-trip.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import spreadsheet
from ..format.cells import NumberError, parse_money
from ..format.labels import normalise
from ..outputs import OutputError
from ..spreadsheet import Worksheet
from .columns import FIELDS, PERSONAL, REQUIRED, TEMPLATE_FIELDS, TITLES
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
from .sheets import Sheet, TabularError, read_sheet, text_of

__all__ = ["ImportResult", "Sheet", "TabularError", "Unplaced", "read_register", "read_sheet", "write_table"]


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


# ------------------------------------------------------------------------------ rows → applications

_match_result = lru_cache(maxsize=4096)(match_result)
_match_applicant = lru_cache(maxsize=1024)(match_applicant)
_match_outcome = lru_cache(maxsize=256)(match_outcome)
_LITIGATION = {"直接起诉": "direct", "未经复议直接起诉": "direct", "复议后起诉": "after_review"}


_text = text_of


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
        return _fee(value, text, errors)
    return text


def _fee(value: Any, text: str, errors: list[str]) -> Decimal:
    """收费金额 through the one cell parser, under the exchange file's limits (what ``check`` reads): an ID or phone
    number typed into the column, 「100.005」 or 「1e999999」 makes the row unplaced, never a figure counted and
    written into the report."""
    if isinstance(value, float):  # a spreadsheet's binary number: 30.1 may come back as 30.100000000000001
        text = format(round(value, 6), "f").rstrip("0").rstrip(".") if math.isfinite(value) else text
    try:
        return parse_money(text, places=2, unit="元", placeholders=True) or Decimal(0)
    except NumberError as exc:
        hint = "（是否误填了身份证号或电话号码？）" if "过大" in exc.message else ""
        errors.append(f"收费金额“{text}”{exc.message}{hint}")
        return Decimal(0)


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
    """An .xlsx with one header row and one row per application (dates are real Excel dates), and the accepted
    words on a second sheet, offered as drop-down lists in the two choice columns."""
    results = [result_label(k) for k in RESULT_KEYS]
    lists = {"applicant": "'可选值'!$A$2:$A$7", "result": f"'可选值'!$B$2:$B${len(results) + 1}"}
    register = Worksheet(
        "依申请公开台账",
        [[TITLES[f] for f in fields], *([_out_value(app, f) for f in fields] for app in apps)],
        widths=[14 if f not in ("summary", "result") else 28 for f in fields],
        freeze="A2",
        choices=[(fields.index(f), formula) for f, formula in lists.items() if f in fields],
    )
    choices = [
        [APPLICANT_TYPES[i] if i < len(APPLICANT_TYPES) else None, results[i]]
        for i in range(max(len(APPLICANT_TYPES), len(results)))
    ]
    _save(lambda: spreadsheet.write_xlsx(path, [register, Worksheet("可选值", [["申请人类型", "办理结果"], *choices])]))


def write_csv(path: Path, apps: list[Application], fields: tuple[str, ...]) -> None:
    rows = [[TITLES[f] for f in fields], *([_out_value(app, f) for f in fields] for app in apps)]
    _save(lambda: spreadsheet.write_csv(path, rows))


def write_table(path: Path, apps: list[Application], fields: tuple[str, ...]) -> None:
    """The register (or its template) as .csv or .xlsx, through the one safe spreadsheet writer."""
    if path.suffix.lower() == ".csv":
        write_csv(path, apps, fields)
    else:
        write_xlsx(path, apps, fields)


def _save(write: Callable[[], None]) -> None:
    try:
        write()
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
