"""The working-day calendar the register's reply deadlines are counted on: weekends, national holidays and the
weekend days declared working days (调休上班).

Two sources, one calendar:

* the built-in table (the ``chinesecalendar`` package), which carries each year once the State Council has
  published its 节假日安排 notice (in November or December for the next year);
* arrangements the office enters in 设置 or the district hands out in its local profile
  (:mod:`.holidays` reads them, and the notice's own text), for a year the built-in table does not know yet —
  or to correct one it does: an entered day wins over the built-in table.

A year neither source knows is counted Monday–Friday, and every date counted through it is **estimated**: the
register shows it as such in the cell itself (「2027-01-28（估）」).

The window, the start page and the command line use one calendar for the whole process (:func:`current`, set
with :func:`use` when the settings or the profile change); a test or a caller may pass its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta


@dataclass(frozen=True)
class YearArrangement:
    """One year's official arrangement: days off (放假) and weekend days worked (上班)."""

    year: int
    holidays: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)
    source: str = ""  # where it came from, as the officer knows it: 「设置」, the profile's name

    def merged(self, other: YearArrangement) -> YearArrangement:
        """This arrangement with ``other``'s days on top (a day ``other`` lists wins)."""
        holidays = (self.holidays - other.workdays) | other.holidays
        workdays = (self.workdays - other.holidays) | other.workdays
        return YearArrangement(self.year, holidays, workdays, other.source or self.source)


def _builtin(day: date) -> bool | None:
    """The built-in table's answer for one day, None for a year it does not know."""
    import chinese_calendar  # type: ignore[import-untyped]  # ships no type information; loaded on first use

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


_BUILTIN_PROBE_DAY = (6, 1)  # a day every year has; the package raises for every day of a year it lacks


class WorkCalendar:
    """Working days from the built-in table plus entered arrangements. Immutable once made; answers are cached."""

    def __init__(self, entered: Iterable[YearArrangement] = ()) -> None:
        self.entered: dict[int, YearArrangement] = {}
        for arrangement in entered:
            have = self.entered.get(arrangement.year)
            self.entered[arrangement.year] = have.merged(arrangement) if have else arrangement
        self._days: dict[date, tuple[bool, bool]] = {}
        self._counts: dict[int, tuple[int, ...]] = {}
        self._builtin_years: dict[int, bool] = {}

    def builtin_knows(self, year: int) -> bool:
        known = self._builtin_years.get(year)
        if known is None:
            known = self._builtin_years[year] = _builtin(date(year, *_BUILTIN_PROBE_DAY)) is not None
        return known

    def knows(self, year: int) -> bool:
        """Whether the year's holidays are known (built in or entered): dates in it are not estimated."""
        return year in self.entered or self.builtin_knows(year)

    def source(self, year: int) -> str:
        """「程序内置」, where an entered arrangement came from, or "" when the year is unknown."""
        if year in self.entered:
            return self.entered[year].source or "设置"
        return "程序内置" if self.builtin_knows(year) else ""

    def day(self, day: date) -> tuple[bool, bool]:
        """(is a working day, the calendar knows its year)."""
        found = self._days.get(day)
        if found is None:
            found = self._days[day] = self._day(day)
        return found

    def _day(self, day: date) -> tuple[bool, bool]:
        entered = self.entered.get(day.year)
        if entered is not None:
            if day in entered.holidays:
                return False, True
            if day in entered.workdays:
                return True, True
        builtin = _builtin(day)
        if builtin is not None:
            return builtin, True
        return day.weekday() < 5, entered is not None

    def is_workday(self, day: date) -> bool:
        return self.day(day)[0]

    def add_workdays(self, start: date, days: int) -> tuple[date, bool]:
        """The ``days``-th working day after ``start`` (``start`` itself not counted), and whether the count
        went through a year the calendar does not know (the result is then estimated)."""
        day, left, estimated = start, days, False
        while left > 0:
            day += timedelta(days=1)
            working, known = self.day(day)
            estimated = estimated or not known
            if working:
                left -= 1
        return day, estimated

    def estimated_between(self, start: date, end: date) -> bool:
        """Whether any day after ``start`` up to ``end`` lies in a year the calendar does not know."""
        return any(not self.knows(y) for y in range(start.year, end.year + 1)) if end > start else False

    def _year_counts(self, year: int) -> tuple[int, ...]:
        """Working days of ``year`` up to and including each day (index = day of the year − 1)."""
        found = self._counts.get(year)
        if found is None:
            out, n, day = [], 0, date(year, 1, 1)
            while day.year == year:
                n += self.is_workday(day)
                out.append(n)
                day += timedelta(days=1)
            found = self._counts[year] = tuple(out)
        return found

    def _count_to(self, day: date, base_year: int) -> int:
        whole_years = sum(self._year_counts(y)[-1] for y in range(base_year, day.year))
        return whole_years + self._year_counts(day.year)[day.timetuple().tm_yday - 1]

    def workdays_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier).

        Counted from per-year running totals, so a register of 10,000 applications re-counts in milliseconds.
        """
        if end < start:
            return -self.workdays_between(end, start)
        return self._count_to(end, start.year) - self._count_to(start, start.year)


NATIONAL = WorkCalendar()  # the built-in table alone
_current: list[WorkCalendar] = [NATIONAL]


def current() -> WorkCalendar:
    """The calendar this process counts on: the built-in table plus what the office entered or was handed."""
    return _current[0]


def use(calendar: WorkCalendar) -> None:
    """Count on ``calendar`` from now on (the window calls this when the settings or the profile change)."""
    _current[0] = calendar


def missing_next_year(today: date, calendar: WorkCalendar | None = None) -> int | None:
    """The year whose holidays the start page should ask for: next year from November on (the State Council
    publishes its notice in November or December), this year at any time; None when both are known."""
    cal = calendar or current()
    if not cal.knows(today.year):
        return today.year
    if today.month >= 11 and not cal.knows(today.year + 1):
        return today.year + 1
    return None
