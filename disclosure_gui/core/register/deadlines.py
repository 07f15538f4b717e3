"""Statutory reply deadlines on the national working-day calendar.

《政府信息公开条例》第三十三条: a reply within 20 working days of receipt; with the agency head's
approval it may be extended by at most 20 more working days. The count starts the day after receipt
(the receiving day itself is not counted), and skips weekends and national holidays while counting
the weekend days declared working days (调休上班).

After a request to correct the application (补正, 条例第三十条) the count starts from receipt of the
corrected application. Time spent consulting a third party (第三十二条) is not counted either: the register
records it as the extended date the applicant was told, if any.

The holiday calendar is the ``chinesecalendar`` package, which carries each year once the State
Council publishes it (normally in November for the next year). For a year it does not know, the
deadline is counted on Monday–Friday only and marked ``estimated``: the window says so, and the
fix is to update the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..format.calendar import add_workdays, workdays_between
from .model import Application

REPLY_DAYS = 20  # 条例第三十三条第二款
EXTENSION_DAYS = 20  # 条例第三十三条第二款
DUE_SOON_DAYS = 5  # working days left at which an open application is shown as due soon

State = Literal["open", "due_soon", "overdue", "answered", "answered_late"]
STATE_LABELS: dict[str, str] = {
    "open": "办理中",
    "due_soon": "即将到期",
    "overdue": "已超期",
    "answered": "已答复",
    "answered_late": "逾期答复",
}


@dataclass(frozen=True)
class Deadline:
    due: date  # the last day to reply (after any extension)
    estimated: bool  # counted without the holiday calendar for some year
    state: State
    workdays_left: int | None  # for an open application: working days until ``due`` (negative when overdue)

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]


def due_date(app: Application) -> tuple[date, bool]:
    base, estimated = add_workdays(app.corrected or app.received, REPLY_DAYS)
    if app.extended_to is not None:  # what the extension notice told the applicant (the flag may be left blank)
        return app.extended_to, estimated
    if not app.extended:
        return base, estimated
    extended, more = add_workdays(base, EXTENSION_DAYS)
    return extended, estimated or more


def deadline(app: Application, today: date) -> Deadline:
    due, estimated = due_date(app)
    if not app.is_open:
        assert app.answered is not None
        return Deadline(due, estimated, "answered_late" if app.answered > due else "answered", None)
    left = workdays_between(today, due)
    if today > due:
        state: State = "overdue"
    elif left <= DUE_SOON_DAYS:
        state = "due_soon"
    else:
        state = "open"
    return Deadline(due, estimated, state, left)
