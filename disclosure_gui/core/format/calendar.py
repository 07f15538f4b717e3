"""Dates of the reporting season, decided once: which year's report is being written, and the one rule for when
it must be published — the deadline the start page, the status bar, the 自查清单, Q1 and P1 all read.

《政府信息公开条例》第四十九条 (quoted in :mod:`.agency`): 县级以上人民政府部门 publish by 1月31日, 县级以上地方
人民政府 by 3月31日 of the year after the report year; townships, street offices and other units that are not
县级以上 governments are given 1月31日 with the departments. A local profile may set earlier dates for each class
(:mod:`.local_profile`): the profile's date is then the one to work towards, and the law's stays what Q1 checks.

Working days (the register's reply deadlines) are in :mod:`.workdays`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from .agency import ARTICLE_49, PUBLICATION_CLASSES, STATUTORY_MONTH_DAY, publication_class
from .report import Meta, Report

# From July on, the report being written is this year's; until June, last year's.
FIRST_MONTH_OF_NEW_SEASON = 7


def reporting_year(today: date) -> int:
    """The year whose report is being written: this year from July, last year until June."""
    return today.year if today.month >= FIRST_MONTH_OF_NEW_SEASON else today.year - 1


def statutory_month_day(publication_class: str) -> tuple[int, int]:
    return STATUTORY_MONTH_DAY.get(publication_class, STATUTORY_MONTH_DAY["department"])


def statutory_deadline(publication_class: str, report_year: int) -> date:
    """条例第四十九条: 1月31日 (departments, townships, street offices), 3月31日 (县级以上地方人民政府), next year."""
    return date(report_year + 1, *statutory_month_day(publication_class))


def month_day(day: date) -> str:
    return f"{day.month}月{day.day}日"


class LocalDeadlines(Protocol):
    """What the deadline needs of a local profile (:class:`.local_profile.LocalProfile`)."""

    name: str
    filing_before_publication: bool

    def deadline(self, publication_class: str, which: str, report_year: int) -> date | None: ...


@dataclass(frozen=True)
class PublicationDeadline:
    """When one report must be published, and why."""

    publication_class: str  # a key of agency.PUBLICATION_CLASSES
    decided: bool  # False: the name cannot tell the class and nobody chose it; 1月31日 is assumed
    statutory: date  # what 条例第四十九条 gives this class
    local: date | None  # the local profile's publication date for this class
    submit: date | None  # the local profile's 报送 date for this class
    profile_name: str = ""

    @property
    def due(self) -> date:
        """The date to publish by: the local profile's when it sets one, else the law's."""
        return self.local or self.statutory

    @property
    def whose(self) -> str:
        return f"{self.profile_name}要求" if self.local else "条例规定"

    @property
    def class_label(self) -> str:
        return PUBLICATION_CLASSES[self.publication_class]

    @property
    def rule(self) -> str:
        """The article as implemented, for a tooltip; with what to do when the class was only assumed."""
        text = ARTICLE_49[self.publication_class]
        if not self.decided:
            text += "。单位名称看不出是否县级以上地方人民政府，暂按1月31日；请在“基本信息”中选择"
        return text


def publication_deadline(report: Report | Meta, profile: LocalDeadlines | None = None) -> PublicationDeadline:
    """The one rule: the report's publication class (:func:`.agency.publication_class`), the law's date for it,
    and the local profile's dates for it."""
    meta = report.meta if isinstance(report, Report) else report
    cls, decided = publication_class(meta)
    local = profile.deadline(cls, "publish", meta.year) if profile is not None else None
    submit = profile.deadline(cls, "submit", meta.year) if profile is not None else None
    return PublicationDeadline(
        cls, decided, statutory_deadline(cls, meta.year), local, submit, profile.name if profile else ""
    )


@dataclass(frozen=True)
class NextDeadline:
    due: date
    is_submit: bool  # the local deadline for handing the report in (报送), not for publishing it
    local: bool  # set by the local profile, not by the law


def next_deadline(report: Report, today: date, profile: LocalDeadlines | None) -> NextDeadline:
    """The deadline the officer works towards now: a local 报送 date until it has passed, then the publication
    date (the local one, else the law's)."""
    d = publication_deadline(report, profile)
    if d.submit is not None and today <= d.submit:
        return NextDeadline(d.submit, True, True)
    return NextDeadline(d.due, False, d.local is not None)


def countdown(report: Report, today: date, profile: LocalDeadlines | None = None) -> str:
    """The status-bar line: days left to the deadline (the next local one when a profile sets one), or when and
    where the report was published."""
    m = report.meta
    if m.publish_date is not None:
        where = f"，{m.website}" if m.website else ""
        return f"已于 {m.publish_date.year}年{m.publish_date.month}月{m.publish_date.day}日发布{where}"
    d = publication_deadline(report, profile)
    if d.submit is not None and today <= d.submit:
        left = (d.submit - today).days
        head = (
            f"今天（{month_day(d.submit)}）是报送截止日"
            if left == 0
            else f"距报送截止（{d.submit.year}年{month_day(d.submit)}）还有 {left} 天"
        )
        return f"{head}，{d.profile_name}要求；发布截止 {month_day(d.due)}（{d.whose}）"
    left = (d.due - today).days
    whose = f"，{d.whose}" if d.local or d.submit else ""
    if left > 0:
        return f"距发布截止（{d.due.year}年{month_day(d.due)}{whose}）还有 {left} 天"
    if left == 0:
        return f"今天（{month_day(d.due)}）是发布截止日" + (f"（{d.whose}）" if whose else "")
    return f"已超过发布截止日（{d.due.year}年{month_day(d.due)}{whose}）{-left} 天，尚未记录发布日期"


def local_countdown(report: Report, today: date, profile: LocalDeadlines | None) -> str:
    """The status bar's tooltip: the countdown, 先备案后公布 when the profile asks it, and on a second line the
    article the deadline comes from."""
    line = countdown(report, today, profile)
    if report.meta.publish_date is not None:
        return line
    if profile is not None and profile.filing_before_publication:
        line += "；须先备案后公布"
    return f"{line}\n{publication_deadline(report, profile).rule}"
