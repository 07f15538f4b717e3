"""One application (依申请公开申请) as the register keeps it.

The fields follow what an officer writes in a paper or Excel 台账: number, date received, applicant
type (one of table 三's six applicant columns), channel, summary, the one result row of table 三 it
ends in, date answered, extension, fee notice, and follow-ups (行政复议, 行政诉讼). Applicant name and
contact are optional personal data: they stay in the local register file only.

The events that move the reply deadline are recorded as dates (:mod:`.deadlines` derives the deadline and the
state from them): the confirmation of receipt (条例第三十一条), the 补正 notice and the corrected application
(第三十条), the consultation of a third party or another agency and its answer (第三十二、三十三、三十四条), the
approved extension (第三十三条第二款). For table 四 the decision dates of 复议 and 诉讼 say how a case stood on
31 December.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from ..format import schema

# Applicant type = index into table 三's six applicant columns (schema.T3_COLUMNS[:6]).
APPLICANT_TYPES: tuple[str, ...] = schema.T3_COLUMNS[: schema.T3_TOTAL_COL]

# Result = key of exactly one result row of table 三 (rows 3–23), or WITHDRAWN; None while the application is open.
WITHDRAWN = "withdrawn"  # 申请人撤回（撤销）申请: counted under （六）其他处理 3.其他, as published reports count it
RESULT_KEYS: tuple[str, ...] = (*schema.T3_RESULT_ROWS, WITHDRAWN)
WITHDRAWN_LABEL = "申请人撤回申请"


def result_row(result: str) -> str:
    """The row of table 三 a result is counted in."""
    return "other_other" if result == WITHDRAWN else result


def result_label(result: str) -> str:
    """A result as the register shows and writes it."""
    return WITHDRAWN_LABEL if result == WITHDRAWN else schema.T3_ROW_BY_KEY[result].short


# 申请方式: the channels real registers use; free text is allowed too.
CHANNELS: tuple[str, ...] = ("当面", "信函", "平常信函", "网络", "传真", "电子邮件", "其他")

# How an application came, as 条例第三十一条 distinguishes it (free text read by keywords, first match wins).
ChannelKind = Literal["in_person", "post_unsigned", "post", "online", "fax", "other"]
_CHANNEL_WORDS: tuple[tuple[ChannelKind, tuple[str, ...]], ...] = (
    ("post_unsigned", ("平常信函", "平信", "普通信函", "普通信件", "无需签收")),
    ("fax", ("传真",)),
    ("online", ("网络", "网上", "互联网", "在线", "电子邮件", "邮箱", "email", "e-mail", "网站", "平台", "小程序")),
    ("post", ("信函", "邮寄", "挂号", "ems", "快递", "邮政", "寄送", "来信")),
    ("in_person", ("当面", "现场", "窗口", "来访", "面交", "书面提交")),
)
# The channels whose day of receipt is the day it was confirmed (条例第三十一条第（二）项后段、第（三）项).
CONFIRMED_CHANNELS: frozenset[str] = frozenset({"post_unsigned", "online", "fax"})


def channel_kind(channel: str) -> ChannelKind:
    text = channel.strip().lower()
    for kind, words in _CHANNEL_WORDS:
        if any(w in text for w in words):
            return kind
    return "other"


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
    {
        "received",
        "confirmed",
        "correction_sent",
        "corrected",
        "consulted",
        "consult_answered",
        "answered",
        "extended_to",
        "fee_notice_date",
        "review_date",
        "review_decided",
        "litigation_date",
        "litigation_decided",
    }
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
    # 条例第三十一条: for ordinary post, online and fax the day of receipt is the day receipt was confirmed.
    confirmed: date | None = None
    correction_sent: date | None = None  # 补正通知 sent (第三十条: within 7 working days of receipt)
    consulted: date | None = None  # 书面征求第三方或其他机关意见 (第三十二、三十四条)
    consult_answered: date | None = None  # their answer received: the time between is not counted (第三十三条)
    review_decided: date | None = None  # 复议决定 date: a case decided after 31 December was 尚未审结 that year
    litigation_decided: date | None = None  # 诉讼 judged or otherwise closed

    @property
    def is_open(self) -> bool:
        """Open until it has both a result and a date answered (a blank date means still being handled)."""
        return self.result is None or self.answered is None

    @property
    def receipt(self) -> date:
        """收到申请之日 (条例第三十一条): the confirmed day for ordinary post, online and fax when recorded, else the
        day received. Tables count an application in the year of this day."""
        if self.confirmed is not None and channel_kind(self.channel) in CONFIRMED_CHANNELS:
            return self.confirmed
        return self.received

    def open_on(self, day: date) -> bool:
        """Received on or before ``day`` and not answered by the end of it."""
        if self.receipt > day:
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
        out += _date_order_problems(app)
        if app.answered is not None and app.answered < app.receipt:
            what = "收到日期" if app.receipt == app.received else "确认收到日期"
            out.append(Problem(app.no, f"答复日期 {app.answered} 早于{what} {app.receipt}"))
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
        for outcome, decided, what in (
            (app.review, app.review_decided, "行政复议"),
            (app.litigation_result if app.litigation else None, app.litigation_decided, "行政诉讼"),
        ):
            if outcome not in (None, "pending") and decided is None:
                out.append(Problem(app.no, f"登记了{what}结果但没有结果日期：表四按当年已审结统计"))
    out += [Problem(no, f"编号 {no} 重复出现 {n} 次") for no, n in seen.items() if n > 1 and no]
    return out


# (earlier field, later field, what the pair is called): a later event dated before the earlier one.
_ORDER = (
    ("received", "confirmed", "确认收到日期"),
    ("received", "correction_sent", "补正通知日期"),
    ("correction_sent", "corrected", "补正后收到日期"),
    ("received", "corrected", "补正后收到日期"),
    ("received", "consulted", "征求意见日期"),
    ("consulted", "consult_answered", "收到意见日期"),
    ("review_date", "review_decided", "复议决定日期"),
    ("litigation_date", "litigation_decided", "诉讼审结日期"),
)
_NAMES = {
    "received": "收到日期",
    "correction_sent": "补正通知日期",
    "consulted": "征求意见日期",
    "review_date": "申请复议日期",
    "litigation_date": "起诉日期",
}


def _date_order_problems(app: Application) -> list[Problem]:
    out = []
    for earlier, later, name in _ORDER:
        a, b = getattr(app, earlier), getattr(app, later)
        if a is not None and b is not None and b < a:
            out.append(Problem(app.no, f"{name} {b} 早于{_NAMES[earlier]} {a}"))
    if app.consult_answered is not None and app.consulted is None:
        out.append(Problem(app.no, "登记了收到意见日期但没有征求意见日期"))
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
