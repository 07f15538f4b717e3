"""Statutory reply deadlines (条例第三十三条) on the national holiday calendar, counted by hand."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from disclosure_gui.core.format.calendar import add_workdays, calendar_knows, is_workday, workdays_between
from disclosure_gui.core.register.deadlines import deadline, due_date
from disclosure_gui.core.register.model import Application


def test_twenty_working_days_across_national_day_2024() -> None:
    # Received Fri 27 Sep 2024. Counting starts the next day: Sat 28 off; Sun 29 Sep is a 调休 working day (1);
    # Mon 30 (2); 1–7 Oct holiday; 8–11 Oct (3–6); Sat 12 Oct 调休 working day (7); 14–18 (8–12);
    # 21–25 (13–17); 28, 29, 30 Oct (18–20).
    app = Application("1", date(2024, 9, 27), 0)
    assert due_date(app) == (date(2024, 10, 30), False)
    # Extended: 20 more working days from 30 Oct: 31 Oct, 1 Nov (2), 4–8 (7), 11–15 (12), 18–22 (17), 25–27 (20).
    assert due_date(app.with_changes(extended=True)) == (date(2024, 11, 27), False)
    # An extension notice that names its own date is what the applicant was told.
    assert due_date(app.with_changes(extended=True, extended_to=date(2024, 11, 20)))[0] == date(2024, 11, 20)
    assert due_date(app.with_changes(extended_to=date(2024, 11, 20)))[0] == date(2024, 11, 20)  # 是否延期 left blank


def test_spring_festival_is_skipped() -> None:
    # Received Fri 2 Feb 2024; 4 Feb (Sun) and 18 Feb (Sun) were 调休 working days; 10–17 Feb holiday.
    # 4 Feb (1), 5–9 (2–6), 18 (7), 19–23 (8–12), 26 Feb–1 Mar (13–17), 4–6 Mar (18–20).
    assert add_workdays(date(2024, 2, 2), 20) == (date(2024, 3, 6), False)


def test_due_soon_overdue_and_late_answers() -> None:
    app = Application("1", date(2024, 9, 27), 0)  # due 30 Oct 2024
    assert deadline(app, date(2024, 10, 8)).state == "open"
    soon = deadline(app, date(2024, 10, 25))  # 28, 29, 30 Oct left
    assert (soon.state, soon.workdays_left) == ("due_soon", 3)
    assert deadline(app, date(2024, 10, 31)).state == "overdue"
    answered = app.with_changes(result="granted", answered=date(2024, 10, 31))
    assert deadline(answered, date(2025, 1, 1)).state == "answered_late"
    assert deadline(answered.with_changes(answered=date(2024, 10, 30)), date(2025, 1, 1)).state == "answered"


def test_a_year_the_calendar_does_not_know_is_counted_monday_to_friday_and_marked() -> None:
    assert not calendar_knows(2099)
    # Thu 1 Jan 2099 … 20 weekdays later: 2 Jan (1), 5–9 (6), 12–16 (11), 19–23 (16), 26–29 Jan (20).
    due, estimated = due_date(Application("1", date(2099, 1, 1), 0))
    assert (due, estimated) == (date(2099, 1, 29), True)


@given(st.dates(date(2023, 1, 1), date(2027, 12, 31)), st.integers(0, 800))
def test_working_days_between_agrees_with_counting_day_by_day(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    by_day = sum(1 for i in range(1, span + 1) if is_workday(start + timedelta(days=i)))
    assert workdays_between(start, end) == by_day == -workdays_between(end, start)
    if by_day:
        assert add_workdays(start, by_day)[0] <= end


def test_after_a_correction_the_period_runs_from_the_corrected_application() -> None:
    # 条例第三十条. Corrected application received Fri 27 Sep 2024 → due 30 Oct 2024 as counted above,
    # although the first application came on 2 September.
    app = Application("1", date(2024, 9, 2), 0, corrected=date(2024, 9, 27))
    assert due_date(app) == (date(2024, 10, 30), False)
