"""The register as the report's checks read it: the year's counts, and besides them the register's problems and the
applications of the year that were not answered within the statutory period (the deadlines of :mod:`.deadlines`)."""

from __future__ import annotations

from datetime import date

from ..format.workdays import WorkCalendar, current
from .deadlines import deadline, timing_problems
from .model import Application, problems
from .tables import RegisterTables, compute


def late_numbers(apps: list[Application], year: int, today: date, calendar: WorkCalendar | None = None) -> list[str]:
    """The 编号 of the applications handled in ``year`` and not in time: answered late in the year, or still
    unanswered past their deadline at the end of the year (or today, while the year runs)."""
    cal = calendar or current()
    as_of = min(today, date(year, 12, 31))
    out = []
    for app in apps:
        if app.receipt > as_of:
            continue
        found = deadline(app, as_of, cal)
        if found.state in ("withdrawn", "awaiting_correction") or found.due is None:
            continue
        if app.answered is not None and app.answered <= as_of:
            late = app.answered.year == year and app.answered > found.due  # answered (a result missing or not)
        else:
            late = as_of > found.due  # not answered by then
        if late:
            out.append(app.no or "（无编号）")
    return out


def checked_tables(
    apps: list[Application], year: int, today: date, *, applied: bool, calendar: WorkCalendar | None = None
) -> RegisterTables:
    """The counts of ``year`` with what the checks read besides them (``applied``: the counts were put into the
    report, so a report cell that differs is a finding)."""
    cal = calendar or current()
    tables = compute(apps, year)
    tables.applied = applied
    tables.problems = problems(apps) + timing_problems(apps, cal)
    tables.late = late_numbers(apps, year, today, cal)
    return tables
