"""Dates of the reporting season, decided once: which year's report is being written, when it must be published
(the law's deadline and a local profile's earlier ones), the countdown the window shows, and the national
working-day calendar the register's reply deadlines are counted on.

《政府信息公开条例》第四十九条: departments publish their report by 31 January, people's governments by 31 March
of the year after the report year. A local profile may only set earlier dates (:mod:`.local_profile`).

The holiday calendar is the ``chinesecalendar`` package, which carries each year once the State Council
publishes it (normally in November for the next year). For a year it does not know, working days are
Monday–Friday and the count is marked estimated; the fix is to update the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Protocol

from .report import Report

# Month and day of the publication deadline in the year after the report year, by agency kind.
STATUTORY_PUBLICATION = {"department": (1, 31), "government": (3, 31)}
# From July on, the report being written is this year's; until June, last year's.
FIRST_MONTH_OF_NEW_SEASON = 7


def reporting_year(today: date) -> int:
    """The year whose report is being written: this year from July, last year until June."""
    return today.year if today.month >= FIRST_MONTH_OF_NEW_SEASON else today.year - 1


def statutory_month_day(kind: str) -> tuple[int, int]:
    return STATUTORY_PUBLICATION["government" if kind == "government" else "department"]


def statutory_deadline(kind: str, report_year: int) -> date:
    """Art. 49: departments publish before 31 January, governments before 31 March of the next year."""
    return date(report_year + 1, *statutory_month_day(kind))


def publication_deadline(report: Report) -> date:
    return statutory_deadline(report.meta.agency_kind, report.meta.year)


def month_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


# ------------------------------------------------------------------------------ local deadlines


class LocalDeadlines(Protocol):
    """What the countdown needs of a local profile (:class:`.local_profile.LocalProfile`)."""

    name: str
    filing_before_publication: bool

    def deadline(self, kind: str, which: str, report_year: int) -> date | None: ...


@dataclass(frozen=True)
class NextDeadline:
    due: date
    is_submit: bool  # the local deadline for handing the report in (报送), not for publishing it
    local: bool  # set by the local profile, not by the law


def next_deadline(report: Report, today: date, profile: LocalDeadlines | None) -> NextDeadline:
    """The deadline the officer works towards now: a local 报送 date until it has passed, then the publication
    date (the local one, else the law's)."""
    kind, year = report.meta.agency_kind, report.meta.year
    submit = profile.deadline(kind, "submit", year) if profile is not None else None
    publish = profile.deadline(kind, "publish", year) if profile is not None else None
    if submit is not None and today <= submit:
        return NextDeadline(submit, True, True)
    if publish is not None:
        return NextDeadline(publish, False, True)
    return NextDeadline(publication_deadline(report), False, False)


def countdown(report: Report, today: date) -> str:
    """The status-bar line: days left to the deadline, or when and where the report was published."""
    m = report.meta
    if m.publish_date is not None:
        where = f"，{m.website}" if m.website else ""
        return f"已于 {m.publish_date.year}年{m.publish_date.month}月{m.publish_date.day}日发布{where}"
    due = publication_deadline(report)
    left = (due - today).days
    label = month_day(due)
    if left > 0:
        return f"距发布截止（{due.year}年{label}）还有 {left} 天"
    if left == 0:
        return f"今天（{label}）是发布截止日"
    return f"已超过发布截止日（{due.year}年{label}）{-left} 天，尚未记录发布日期"


def local_countdown(report: Report, today: date, profile: LocalDeadlines | None) -> str:
    """The status-bar line: the next local deadline when the profile sets one, otherwise the national line."""
    line = _countdown(report, today, profile)
    if profile is not None and profile.filing_before_publication and report.meta.publish_date is None:
        line += "；须先备案后公布"
    return line


def _countdown(report: Report, today: date, profile: LocalDeadlines | None) -> str:
    if profile is None or report.meta.publish_date is not None:
        return countdown(report, today)
    kind, year = report.meta.agency_kind, report.meta.year
    if profile.deadline(kind, "submit", year) is None and profile.deadline(kind, "publish", year) is None:
        return countdown(report, today)
    upcoming = next_deadline(report, today, profile)
    publish = profile.deadline(kind, "publish", year)
    due_publish = publish or publication_deadline(report)
    whose = f"{profile.name}要求" if publish else "条例规定"
    if upcoming.is_submit:
        submit = upcoming.due
        left = (submit - today).days
        head = (
            f"今天（{month_day(submit)}）是报送截止日"
            if left == 0
            else f"距报送截止（{submit.year}年{month_day(submit)}）还有 {left} 天"
        )
        return f"{head}，{profile.name}要求；发布截止 {month_day(due_publish)}（{whose}）"
    left = (due_publish - today).days
    if left > 0:
        return f"距发布截止（{due_publish.year}年{month_day(due_publish)}，{whose}）还有 {left} 天"
    if left == 0:
        return f"今天（{month_day(due_publish)}）是发布截止日（{whose}）"
    return f"已超过发布截止日（{due_publish.year}年{month_day(due_publish)}，{whose}）{-left} 天，尚未记录发布日期"


# ------------------------------------------------------------------------------ working days


@lru_cache(maxsize=8192)
def _workday(day: date) -> tuple[bool, bool]:
    """(is a working day, the calendar knows the year)."""
    import chinese_calendar  # type: ignore[import-untyped]  # ships no type information; loaded on first use

    try:
        return bool(chinese_calendar.is_workday(day)), True
    except NotImplementedError:  # a year the package has no holiday data for
        return day.weekday() < 5, False


def is_workday(day: date) -> bool:
    return _workday(day)[0]


def calendar_knows(year: int) -> bool:
    return _workday(date(year, 6, 1))[1]


def add_workdays(start: date, days: int) -> tuple[date, bool]:
    """The ``days``-th working day after ``start``, and whether the count relied on a guessed calendar."""
    day, left, estimated = start, days, False
    while left > 0:
        day += timedelta(days=1)
        working, known = _workday(day)
        estimated = estimated or not known
        if working:
            left -= 1
    return day, estimated


@lru_cache(maxsize=64)
def _year_counts(year: int) -> tuple[int, ...]:
    """Working days of ``year`` up to and including each day (index = day of the year − 1)."""
    out, n, day = [], 0, date(year, 1, 1)
    while day.year == year:
        n += is_workday(day)
        out.append(n)
        day += timedelta(days=1)
    return tuple(out)


def _count_to(day: date, base_year: int) -> int:
    """Working days from 1 January of ``base_year`` up to and including ``day`` (``day.year`` ≥ ``base_year``)."""
    whole_years = sum(_year_counts(y)[-1] for y in range(base_year, day.year))
    return whole_years + _year_counts(day.year)[day.timetuple().tm_yday - 1]


def workdays_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier).

    Counted from per-year running totals, so a register of 10,000 applications re-counts in milliseconds.
    """
    if end < start:
        return -workdays_between(end, start)
    return _count_to(end, start.year) - _count_to(start, start.year)
