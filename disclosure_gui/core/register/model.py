"""One application (依申请公开申请) as the register keeps it.

The fields follow what an officer writes in a paper or Excel 台账: number, date received, applicant
type (one of table 三's six applicant columns), channel, summary, the one result row of table 三 it
ends in, date answered, extension, fee notice, and follow-ups (行政复议, 行政诉讼). Applicant name and
contact are optional personal data: they stay in the local register file only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from ..format import schema

# Applicant type = index into table 三's six applicant columns (schema.T3_COLUMNS[:6]).
APPLICANT_TYPES: tuple[str, ...] = schema.T3_COLUMNS[: schema.T3_TOTAL_COL]

# Result = key of exactly one result row of table 三 (rows 3–23); None while the application is open.
RESULT_KEYS: tuple[str, ...] = schema.T3_RESULT_ROWS

# 申请方式: the channels real registers use; free text is allowed too.
CHANNELS: tuple[str, ...] = ("当面", "信函", "网络", "传真", "电子邮件", "其他")

# Follow-up outcomes, in table 四's column order (结果维持, 结果纠正, 其他结果, 尚未审结).
Outcome = Literal["upheld", "corrected", "other", "pending"]
OUTCOMES: tuple[Outcome, ...] = ("upheld", "corrected", "other", "pending")
OUTCOME_LABELS: dict[str, str] = {"upheld": "维持", "corrected": "纠正", "other": "其他", "pending": "未审结"}

Litigation = Literal["direct", "after_review"]
LITIGATION_KINDS: tuple[Litigation, ...] = ("direct", "after_review")
LITIGATION_LABELS: dict[str, str] = {"direct": "直接起诉", "after_review": "复议后起诉"}
LITIGATION_GROUP = {"direct": "litigation_direct", "after_review": "litigation_after_review"}

PERSONAL_FIELDS = ("applicant_name", "contact")
DATE_FIELDS = frozenset(
    {"received", "corrected", "answered", "extended_to", "fee_notice_date", "review_date", "litigation_date"}
)


@dataclass(frozen=True)
class Application:
    """One application. Immutable: an edit makes a new record (cheap, and safe to keep for undo)."""

    no: str
    received: date
    applicant: int  # index into APPLICANT_TYPES
    channel: str = ""
    summary: str = ""
    result: str | None = None  # a key of RESULT_KEYS; None while open
    answered: date | None = None  # 答复日期; None while open
    extended: bool = False  # 延期答复（条例第三十三条第二款）
    extended_to: date | None = None  # the extended deadline as notified; computed when not given
    fee_notice: bool = False  # 发出收费通知
    fee_notice_date: date | None = None  # when not given, the notice counts in the year of the answer
    fee_amount_yuan: Decimal = Decimal(0)
    fee_paid: bool = False
    review: Outcome | None = None  # 行政复议 and its result; None = none applied for
    review_date: date | None = None  # when not given, the review counts in the year of the answer
    litigation: Litigation | None = None  # 行政诉讼: 直接起诉 / 复议后起诉
    litigation_result: Outcome | None = None
    litigation_date: date | None = None
    applicant_name: str = ""  # personal data: local register only
    contact: str = ""  # personal data: local register only
    note: str = ""
    # 条例第三十条: after a request to correct (补正) the reply period runs from receipt of the corrected application.
    corrected: date | None = None

    @property
    def is_open(self) -> bool:
        """Open until it has both a result and a date answered (a blank date means still being handled)."""
        return self.result is None or self.answered is None

    def open_on(self, day: date) -> bool:
        """Received on or before ``day`` and not answered by the end of it."""
        if self.received > day:
            return False
        return self.is_open or (self.answered is not None and self.answered > day)

    def without_personal_data(self) -> Application:
        return replace(self, applicant_name="", contact="")

    def with_changes(self, **changes: object) -> Application:
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Problem:
    """Something in the register that makes a count uncertain, said in Chinese with the row it concerns."""

    no: str
    message: str


def problems(apps: list[Application]) -> list[Problem]:
    """What an officer must fix before the tables can be trusted (each application checked on its own)."""
    out: list[Problem] = []
    seen: dict[str, int] = {}
    for app in apps:
        seen[app.no] = seen.get(app.no, 0) + 1
        if app.corrected is not None and app.corrected < app.received:
            out.append(Problem(app.no, f"补正后收到日期 {app.corrected} 早于收到日期 {app.received}"))
        if app.answered is not None and app.answered < app.received:
            out.append(Problem(app.no, f"答复日期 {app.answered} 早于收到日期 {app.received}"))
        if app.result is not None and app.answered is None:
            out.append(Problem(app.no, "已填办理结果但没有答复日期：按未办结计入结转下年度"))
        if app.result is None and app.answered is not None:
            out.append(Problem(app.no, "已填答复日期但没有办理结果：按未办结计入结转下年度"))
        if app.result == "other_unpaid_fee" and not app.fee_notice:
            out.append(Problem(app.no, "办理结果为逾期未缴费，但没有登记收费通知"))
        if app.litigation is not None and app.litigation_result is None:
            out.append(Problem(app.no, "登记了行政诉讼但没有诉讼结果（尚未审结请选“未审结”）"))
        if app.litigation == "after_review" and app.review is None:
            out.append(Problem(app.no, "复议后起诉，但没有登记行政复议"))
        if app.fee_amount_yuan < 0:
            out.append(Problem(app.no, "收费金额不能为负数"))
    out += [Problem(no, f"编号 {no} 重复出现 {n} 次") for no, n in seen.items() if n > 1 and no]
    return out


@dataclass
class Register:
    """All applications an agency has logged (any year of receipt), in entry order."""

    agency: str = ""
    applications: list[Application] = field(default_factory=list)

    def received_in(self, year: int) -> list[Application]:
        return [a for a in self.applications if a.received.year == year]


def merge(existing: list[Application], incoming: list[Application]) -> tuple[list[Application], int, int]:
    """Incoming applications replace those with the same 编号 (re-importing a register updates it rather than
    counting it twice); the rest are appended. Returns (merged, added, updated)."""
    by_no = {a.no: i for i, a in enumerate(existing) if a.no}
    out = list(existing)
    added = updated = 0
    for app in incoming:
        i = by_no.get(app.no) if app.no else None
        if i is None:
            if app.no:
                by_no[app.no] = len(out)
            out.append(app)
            added += 1
        elif out[i] != app:
            out[i] = app
            updated += 1
    return out, added, updated
