"""The status bar's permanent labels on a 1024-wide screen: short texts, the full sentence in the tooltip,
and room between them (they ran together into one line of ~660 px)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from PySide6.QtWidgets import QLabel

from ..core.format import exchange
from ..core.format.calendar import next_deadline
from ..core.format.local_profile import LocalProfile
from ..core.format.report import Report
from ..resources import sample_path
from .i18n import tr

LABEL_MARGIN = 8  # px either side of each permanent label


def spaced_label(name: str = "") -> QLabel:
    label = QLabel()
    label.setContentsMargins(LABEL_MARGIN, 0, LABEL_MARGIN, 0)
    if name:
        label.setObjectName(name)
    return label


@lru_cache(maxsize=1)
def _sample_identity() -> tuple[str, int]:
    meta = exchange.load(sample_path()).meta
    return meta.agency, meta.year


def is_sample(report: Report) -> bool:
    """The built-in example (a report published years ago, to try the app on): no deadline applies to it."""
    return (report.meta.agency, report.meta.year) == _sample_identity()


def sample_note() -> str:
    return tr("这是内置的示例报告（一份真实发布的区县部门年报），用来试用，没有发布期限")


def short_deadline(report: Report, today: date, profile: LocalProfile | None) -> str:
    """「逾期1032天」, 「发布还有 64 天」…: the gist of the countdown line (the deadline of
    :func:`~disclosure_gui.core.format.calendar.next_deadline`, whose sentence goes into the tooltip)."""
    if report.meta.publish_date is not None:
        return tr("已发布")
    if is_sample(report):
        return tr("示例报告")
    upcoming = next_deadline(report, today, profile)
    left = (upcoming.due - today).days
    if left > 0:
        short = (tr("报送还有 {0} 天") if upcoming.is_submit else tr("发布还有 {0} 天")).format(left)
    elif left == 0:
        short = tr("今天报送截止") if upcoming.is_submit else tr("今天发布截止")
    else:
        short = tr("逾期{0}天").format(-left)
    if profile is not None and profile.filing_before_publication:
        short += tr("，须先备案")
    return short
