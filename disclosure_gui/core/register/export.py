"""The register exported for someone else to read: every field, the 答复期限 and 办理状态 the program works out, and
the applicants' names and contacts only as the officer chooses — left out (the default), masked (张*, 138****1234)
or in full (for the office's own use). Through the one safe spreadsheet writer."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any, Literal

from .. import spreadsheet
from ..format.workdays import WorkCalendar, current
from ..outputs import OutputError
from .columns import FIELDS, PERSONAL, TITLES
from .deadlines import deadline
from .model import Application
from .tabular import TabularError, _out_value

Personal = Literal["none", "masked", "full"]
DERIVED = {"due": "答复期限", "state": "办理状态"}
_DIGITS = re.compile(r"\d")


def mask_name(name: str) -> str:
    """「张三」 → 「张*」, 「欧阳小明」 → 「欧***」: the family name stays so the row can still be told apart."""
    name = name.strip()
    return name[:1] + "*" * (len(name) - 1) if len(name) > 1 else name


def mask_contact(contact: str) -> str:
    """「13812341234」 → 「138****1234」: the first three and last four digits stay, the others become 「*」; an
    address or mailbox keeps only its first character."""
    digits = [m.start() for m in _DIGITS.finditer(contact)]
    if len(digits) >= 7:
        hidden = set(digits[3:-4])
        return "".join("*" if i in hidden else ch for i, ch in enumerate(contact))
    return contact[:1] + "*" * (len(contact) - 1) if contact else ""


def export_fields(personal: Personal) -> list[str]:
    """The columns: the register's fields with the two worked-out ones after the first seven (as the window shows
    them), personal ones last and only when chosen."""
    fields = [*FIELDS[:7], *DERIVED, *FIELDS[7:]]
    return [f for f in fields if personal != "none" or f not in PERSONAL]


def _value(app: Application, field: str, personal: Personal, today: date, cal: WorkCalendar) -> Any:
    if field == "due":  # a date the workbook can sort and filter; an estimate or 待补正 as the window says it
        worked_out = deadline(app, today, cal)
        return worked_out.due if worked_out.due is not None and not worked_out.estimated else worked_out.shown_due
    if field == "state":
        return deadline(app, today, cal).label
    value = _out_value(app, field)
    if field in PERSONAL and personal == "masked":
        return mask_name(str(value)) if field == "applicant_name" else mask_contact(str(value))
    return value


def export_register(
    path: Path, apps: list[Application], *, personal: Personal, today: date, calendar: WorkCalendar | None = None
) -> None:
    cal = calendar or current()
    fields = export_fields(personal)
    rows = [
        [DERIVED.get(f) or TITLES[f] for f in fields],
        *([_value(app, f, personal, today, cal) for f in fields] for app in apps),
    ]
    try:
        if path.suffix.lower() == ".csv":
            spreadsheet.write_csv(path, rows)
        else:
            widths = [28 if f in ("summary", "result", "state") else 14 for f in fields]
            spreadsheet.write_xlsx(path, [spreadsheet.Worksheet("依申请公开台账", rows, widths=widths, freeze="B2")])
    except OutputError as exc:
        raise TabularError(exc.message) from exc
