"""The register as the report's checks read it (late requests, problems) and as it is exported (masked)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import given
from hypothesis import strategies as st

from disclosure_gui.core.register.checked import checked_tables, late_numbers
from disclosure_gui.core.register.export import export_register, mask_contact, mask_name
from disclosure_gui.core.register.model import Application

YEAR = 2025


def test_late_requests_of_the_year_and_only_those():
    apps = [
        Application("on-time", date(YEAR, 3, 3), 0, result="granted", answered=date(YEAR, 3, 10)),
        Application("late", date(YEAR, 3, 3), 0, result="granted", answered=date(YEAR, 6, 30)),
        Application("overdue", date(YEAR, 11, 3), 0),  # still open at the end of the year, long past its period
        Application("no-result", date(YEAR, 3, 3), 0, answered=date(YEAR, 3, 10)),  # a gap, not a late reply
        Application("last-year-late", date(YEAR - 1, 3, 3), 0, result="granted", answered=date(YEAR - 1, 9, 1)),
    ]
    assert late_numbers(apps, YEAR, date(YEAR + 1, 1, 15)) == ["late", "overdue"]
    assert late_numbers(apps, YEAR, date(YEAR, 3, 20)) == []  # in March nothing was late yet
    assert late_numbers(apps, YEAR, date(YEAR, 4, 15)) == ["late"]  # in April it was past its period, unanswered
    tables = checked_tables(apps, YEAR, date(YEAR + 1, 1, 15), applied=False)
    assert not tables.applied and any(p.no == "no-result" for p in tables.problems)


@given(st.text(min_size=2, max_size=12).filter(lambda t: t.strip() == t and len(t) >= 2))
def test_a_masked_name_keeps_only_its_first_character(name):
    masked = mask_name(name)
    assert masked[0] == name[0] and set(masked[1:]) == {"*"} and len(masked) == len(name)


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_a_masked_mobile_number_keeps_three_and_four_digits(number):
    assert mask_contact(number) == number[:3] + "****" + number[-4:]


def test_the_exported_deadline_is_a_date_the_workbook_can_sort(tmp_path: Path):
    """答复期限 beside 收到日期 and 答复日期 as a real date; 待补正 (no deadline yet) stays words."""
    apps = [
        Application("2025-001", date(YEAR, 3, 3), 0, result="granted", answered=date(YEAR, 3, 10)),
        Application("2025-002", date(YEAR, 5, 6), 0, correction_sent=date(YEAR, 5, 8)),
    ]
    out = tmp_path / "台账.xlsx"
    export_register(out, apps, personal="none", today=date(YEAR, 6, 1))
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    due = rows[0].index("答复期限")
    assert isinstance(rows[1][due], datetime) and rows[1][due].date() == date(YEAR, 3, 31)
    assert rows[2][due] == "待补正"
