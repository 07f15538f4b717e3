"""Reply deadlines as 《政府信息公开条例》 sets them, derived from the events the register records, on the working-day
calendar (:mod:`..format.workdays`). Each deadline carries the articles that produced it, quoted, for the cell's
tooltip; the state (办理中, 待补正, 已超期, 缺办理结果…) follows from the same events.

The articles as implemented:

* 第三十一条 — the day of receipt: 「（一）申请人当面提交政府信息公开申请的，以提交之日为收到申请之日；（二）申请人以
  邮寄方式提交政府信息公开申请的，以行政机关签收之日为收到申请之日；以平常信函等无需签收的邮寄方式提交政府信息
  公开申请的，政府信息公开工作机构应当于收到申请的当日与申请人确认，确认之日为收到申请之日；（三）申请人通过互联网
  渠道或者政府信息公开工作机构的传真提交政府信息公开申请的，以双方确认之日为收到申请之日。」 The register's 收到日期
  is the day submitted or signed for; for ordinary post, online and fax the 确认收到日期, when recorded, replaces it.
* 第三十三条第二款 — 「应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作机构负责人
  同意并告知申请人，延长的期限最长不得超过20个工作日。」 The day of receipt itself is not counted; weekends and
  holidays are skipped, weekend days declared working days count.
* 第三十条 — 「……自收到申请之日起7个工作日内一次性告知申请人作出补正……答复期限自行政机关收到补正的申请之日起
  计算。」 While a 补正 notice is out and the corrected application has not come, there is no deadline (待补正); a
  notice later than 7 working days is a register problem.
* 第三十三条第三款 — 「行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内。」 The working days after the
  day the consultation was sent, up to and including the day the answer came, are added to the period. Until the
  answer is recorded, the consulted party's own period is assumed: 第三十二条 「第三方应当自收到征求意见书之日起15个
  工作日内提出意见」, 第三十四条 the same 15 working days for another agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from ..format.workdays import WorkCalendar, current
from .model import WITHDRAWN, Application, Problem, channel_kind

REPLY_DAYS = 20  # 条例第三十三条第二款
EXTENSION_DAYS = 20  # 条例第三十三条第二款
CORRECTION_NOTICE_DAYS = 7  # 条例第三十条
CONSULTATION_DAYS = 15  # 条例第三十二条 (a third party), 第三十四条 (another agency)
DUE_SOON_DAYS = 5  # working days left at which an open application is shown as due soon

ART_31 = {
    "in_person": "条例第三十一条第（一）项：当面提交的，以提交之日为收到申请之日",
    "post": "条例第三十一条第（二）项：以邮寄方式提交的，以行政机关签收之日为收到申请之日",
    "post_unsigned": "条例第三十一条第（二）项：以平常信函等无需签收的邮寄方式提交的，确认之日为收到申请之日",
    "online": "条例第三十一条第（三）项：通过互联网渠道提交的，以双方确认之日为收到申请之日",
    "fax": "条例第三十一条第（三）项：通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日",
}
ART_33_2 = "条例第三十三条第二款：应当自收到申请之日起20个工作日内予以答复"
ART_33_2_EXTENSION = (
    "条例第三十三条第二款：需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，"
    "延长的期限最长不得超过20个工作日"
)
ART_30 = "条例第三十条：答复期限自行政机关收到补正的申请之日起计算"
ART_33_3 = "条例第三十三条第三款：行政机关征求第三方和其他机关意见所需时间不计算在前款规定的期限内"
ART_32 = "条例第三十二条、第三十四条：被征求意见的第三方或机关应当自收到征求意见书之日起15个工作日内提出意见"

State = Literal[
    "open",
    "due_soon",
    "overdue",
    "awaiting_correction",
    "consulting",
    "answered",
    "answered_late",
    "withdrawn",
    "missing_result",
    "missing_answer_date",
]
STATE_LABELS: dict[str, str] = {
    "open": "办理中",
    "due_soon": "即将到期",
    "overdue": "已超期",
    "awaiting_correction": "待补正",
    "consulting": "征求意见中",
    "answered": "已答复",
    "answered_late": "逾期答复",
    "withdrawn": "已撤回",
    "missing_result": "缺办理结果",
    "missing_answer_date": "缺答复日期",
}
# The register's filters: still being handled (counted in 结转下年度 if the year ended now), and needing action soon.
OPEN_STATES = frozenset(
    {"open", "due_soon", "overdue", "awaiting_correction", "consulting", "missing_result", "missing_answer_date"}
)
URGENT_STATES = frozenset({"due_soon", "overdue"})
ESTIMATED_MARK = "（估）"


@dataclass(frozen=True)
class Deadline:
    due: date | None  # the last day to reply; None while a 补正 is awaited (the period has not started)
    estimated: bool  # counted through a year whose holidays are not known
    state: State
    workdays_left: int | None  # for an open application: working days until ``due`` (negative when overdue)
    receipt: date  # 收到申请之日 (第三十一条)
    reasons: tuple[str, ...] = ()  # how the deadline was reached, each step with the article it follows

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def shown_due(self) -> str:
        """The cell's text: 「2026-03-02」, 「2027-01-28（估）」, or 「待补正」 while there is no deadline."""
        if self.due is None:
            return STATE_LABELS["awaiting_correction"]
        return self.due.isoformat() + (ESTIMATED_MARK if self.estimated else "")

    def explanation(self, calendar: WorkCalendar | None = None) -> str:
        """The tooltip: every step with its article, and why a date is estimated."""
        lines = list(self.reasons)
        if self.estimated and self.due is not None:
            cal = calendar or current()
            years = [y for y in range(self.receipt.year, self.due.year + 1) if not cal.knows(y)]
            lines.append(
                f"（估）程序尚未收录{'、'.join(map(str, years))}年的法定节假日安排，这部分按周一至周五计算；"
                "可在“设置 → 节假日安排”中录入国务院办公厅的通知"
            )
        return "\n".join(lines)


def receipt_reason(app: Application) -> str:
    """收到申请之日 and the item of 第三十一条 that makes it so."""
    kind = channel_kind(app.channel)
    if kind == "other":
        return f"收到申请之日 {app.receipt}（申请方式“{app.channel or '未填'}”，按登记的收到日期）"
    if kind in ("post_unsigned", "online", "fax") and app.confirmed is None:
        return f"收到申请之日 {app.receipt}（{ART_31[kind]}；未登记确认收到日期，暂按收到日期）"
    return f"收到申请之日 {app.receipt}（{ART_31[kind]}）"


def _consultation(app: Application, start: date, due: date, cal: WorkCalendar) -> tuple[int, bool, str]:
    """Working days not counted for a consultation (第三十三条第三款), whether that count is estimated, and why."""
    if app.consulted is None:
        return 0, False, ""
    if app.consulted > due:
        return 0, False, f"{app.consulted} 征求意见时答复期限（{due}）已过，不能顺延"
    begin = max(app.consulted, start)
    if app.consult_answered is not None:
        end = app.consult_answered
        why = f"{app.consulted} 征求意见，{end} 收到意见"
    else:
        end = cal.add_workdays(app.consulted, CONSULTATION_DAYS)[0]
        why = f"{app.consulted} 征求意见，尚未收到意见：暂按对方的15个工作日（至 {end}）计（{ART_32}）"
    paused = max(0, cal.workdays_between(begin, end))
    return paused, cal.estimated_between(begin, end), f"{why}，{paused} 个工作日不计入（{ART_33_3}）"


def due_date(app: Application, calendar: WorkCalendar | None = None) -> tuple[date | None, bool, tuple[str, ...]]:
    """The last day to reply, whether it is estimated, and the steps that produced it."""
    cal = calendar or current()
    reasons = [receipt_reason(app)]
    if app.correction_sent is not None and app.corrected is None:
        reasons.append(f"{app.correction_sent} 已告知补正，尚未收到补正的申请，答复期限尚未起算（{ART_30}）")
        return None, False, tuple(reasons)
    start = app.receipt
    if app.corrected is not None:
        start = app.corrected
        reasons.append(f"{app.corrected} 收到补正的申请，期限自该日起算（{ART_30}）")
    if app.extended_to is not None:  # what the extension notice told the applicant (the flag may be left blank)
        reasons.append(f"延期答复至 {app.extended_to}（告知申请人的期限；{ART_33_2_EXTENSION}）")
        return app.extended_to, cal.estimated_between(start, app.extended_to), tuple(reasons)
    days = REPLY_DAYS + (EXTENSION_DAYS if app.extended else 0)
    plain, estimated = cal.add_workdays(start, days)
    reasons.append(f"自 {start} 起20个工作日（{ART_33_2}）")
    if app.extended:
        reasons.append(f"延期20个工作日（{ART_33_2_EXTENSION}）")
    paused, paused_estimated, why = _consultation(app, start, plain, cal)
    if why:
        reasons.append(why)
    if not paused:
        return plain, estimated, tuple(reasons)
    due, more = cal.add_workdays(start, days + paused)
    return due, estimated or more or paused_estimated, tuple(reasons)


def _state(app: Application, due: date | None, today: date, left: int | None) -> State:
    if app.result is not None and app.answered is not None:
        if app.result == WITHDRAWN:
            return "withdrawn"
        return "answered_late" if due is not None and app.answered > due else "answered"
    if app.answered is not None:
        return "missing_result"  # answered, but nobody wrote how: a register problem, not an overdue request
    if app.result is not None:
        return "missing_answer_date"
    if due is None:
        return "awaiting_correction"
    if today > due:
        return "overdue"
    if app.consulted is not None and app.consult_answered is None:
        return "consulting"
    assert left is not None
    return "due_soon" if left <= DUE_SOON_DAYS else "open"


def deadline(app: Application, today: date, calendar: WorkCalendar | None = None) -> Deadline:
    cal = calendar or current()
    due, estimated, reasons = due_date(app, cal)
    left = cal.workdays_between(today, due) if due is not None and app.is_open else None
    return Deadline(due, estimated, _state(app, due, today, left), left, app.receipt, reasons)


def timing_problems(apps: list[Application], calendar: WorkCalendar | None = None) -> list[Problem]:
    """What the calendar shows wrong in the register: a 补正 notice later than 第三十条's 7 working days."""
    cal = calendar or current()
    out = []
    for app in apps:
        if app.correction_sent is None or app.correction_sent < app.receipt:
            continue
        limit, _ = cal.add_workdays(app.receipt, CORRECTION_NOTICE_DAYS)
        if app.correction_sent > limit:
            out.append(
                Problem(
                    app.no,
                    f"补正通知日期 {app.correction_sent} 晚于收到申请后7个工作日（{limit}，条例第三十条）",
                )
            )
    return out
