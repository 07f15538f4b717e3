"""Table 三, table 四 and the 信息处理费 figures of a report year, counted from the register.

Counting rules (what an officer does by hand, written down once). "Received" is 收到申请之日 as 条例第三十一条
fixes it (:attr:`.model.Application.receipt`: for ordinary post, online and fax the day receipt was confirmed):

* 一、本年新收: received in the year.
* 二、上年结转: received before the year and still open on 1 January (not answered by 31 December
  of the year before).
* 三、本年度办理结果: answered in the year, under its one result row (a partly granted application is
  only 部分公开: 「区分处理的，只计这一情形」; a withdrawn application — 申请人撤回申请 — under （六）其他处理
  3.其他, as published reports count it: 「其他处理41件（其中申请人主动撤销36件）」).
* 四、结转下年度: received by 31 December and not answered by then.

So 一 + 二 = 办理结果总计 + 四 holds in every column by construction (rule R1); an application answered
before it was received (or confirmed) is a register problem (:func:`.model.problems`), not counted.

Table 四 counts each 行政复议 / 行政诉讼 in the year it was brought (its date, or else the year the
application was answered), as it stood on 31 December of that year: a result decided later (its decision date in
the next year) is 尚未审结 in that year's table; a result without a decision date counts as decided in the year.
The fee figures count notices in the year they were issued (the notice date, or else the answer year).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..format import schema
from ..format.report import CellValue, Report
from .model import LITIGATION_GROUP, OUTCOMES, Application, Outcome, Problem, result_row

_OUTCOME_COL = {o: i for i, o in enumerate(OUTCOMES)}


@dataclass
class RegisterTables:
    year: int
    t3: dict[str, list[int]] = field(default_factory=lambda: {k: [0] * schema.T3_NCOLS for k in schema.T3_ROW_KEYS})
    t4: dict[str, list[int]] = field(default_factory=lambda: {k: [0] * schema.T4_NCOLS for k in schema.T4_GROUP_KEYS})
    notices_issued: int = 0
    notice_amount_yuan: Decimal = Decimal(0)
    collected_yuan: Decimal = Decimal(0)
    # What the checks read besides the counts (:mod:`.checked` fills them): whether the counts were applied to the
    # report (T1 compares only then), the register's problems (T2), the applications of the year not answered in
    # time (T3: a report that says 「均在法定期限内答复」).
    applied: bool = True
    problems: list[Problem] = field(default_factory=list)
    late: list[str] = field(default_factory=list)

    def cells(self) -> dict[str, CellValue]:
        """Every cell the register decides, by exchange-file path (totals included)."""
        out: dict[str, CellValue] = {}
        for key, row in self.t3.items():
            for col, v in enumerate(row):
                out[schema.t3_path(key, col)] = v
        for key, row in self.t4.items():
            for col, v in enumerate(row):
                out[schema.t4_path(key, col)] = v
        out["fees.notices_issued"] = self.notices_issued
        out["fees.notice_amount_yuan"] = self.notice_amount_yuan
        out["fees.collected_yuan"] = self.collected_yuan
        return out


def _follow_up_year(app: Application, when: date | None) -> int:
    if when is not None:
        return when.year
    return (app.answered or app.received).year


def outcome_on(outcome: Outcome | None, decided: date | None, day: date) -> Outcome:
    """A 复议 or 诉讼 result as it stood on ``day``: not yet decided then is 尚未审结."""
    if outcome is None or (decided is not None and decided > day):
        return "pending"
    return outcome


def compute(apps: list[Application], year: int) -> RegisterTables:
    """The tables for ``year``. Linear in the register; 10,000 applications take a few milliseconds."""
    out = RegisterTables(year)
    t3, t4 = out.t3, out.t4
    start, end = date(year, 1, 1), date(year, 12, 31)
    new, carried, carried_out = t3["new_received"], t3["carried_over"], t3["carried_to_next_year"]
    for app in apps:
        col = app.applicant
        if app.answered is not None and app.answered < app.receipt:
            continue  # a register problem; counting it anywhere would break R1
        if app.receipt.year == year:
            new[col] += 1
        elif app.receipt < start and app.open_on(date(year - 1, 12, 31)):
            carried[col] += 1
        if app.open_on(end):
            carried_out[col] += 1
        elif not app.is_open and app.answered is not None and app.answered.year == year and app.result:
            t3[result_row(app.result)][col] += 1
        if app.review is not None and _follow_up_year(app, app.review_date) == year:
            t4["administrative_review"][_OUTCOME_COL[outcome_on(app.review, app.review_decided, end)]] += 1
        if app.litigation is not None and _follow_up_year(app, app.litigation_date) == year:
            outcome = outcome_on(app.litigation_result, app.litigation_decided, end)
            t4[LITIGATION_GROUP[app.litigation]][_OUTCOME_COL[outcome]] += 1
        if app.fee_notice and _follow_up_year(app, app.fee_notice_date) == year:
            out.notices_issued += 1
            out.notice_amount_yuan += app.fee_amount_yuan
            if app.fee_paid:
                out.collected_yuan += app.fee_amount_yuan
    _totals(out)
    return out


def t3_rows_of(app: Application, year: int) -> list[str]:
    """The rows of table 三 an application is counted in for ``year`` (in its applicant column): what the
    window shows when the officer asks which applications make up a cell. Same rules as :func:`compute`."""
    if app.answered is not None and app.answered < app.receipt:
        return []
    rows = []
    if app.receipt.year == year:
        rows.append("new_received")
    elif app.receipt < date(year, 1, 1) and app.open_on(date(year - 1, 12, 31)):
        rows.append("carried_over")
    if app.open_on(date(year, 12, 31)):
        rows.append("carried_to_next_year")
    elif not app.is_open and app.answered is not None and app.answered.year == year and app.result:
        rows += [result_row(app.result), schema.T3_TOTAL_ROW]
    return rows


def _totals(out: RegisterTables) -> None:
    t3 = out.t3
    total = t3[schema.T3_TOTAL_ROW]
    for key in schema.T3_RESULT_ROWS:
        for c in schema.T3_INPUT_COLS:
            total[c] += t3[key][c]
    for row in t3.values():
        row[schema.T3_TOTAL_COL] = sum(row[: schema.T3_TOTAL_COL])
    for row in out.t4.values():
        row[schema.T4_TOTAL_COL] = sum(row[: schema.T4_TOTAL_COL])


def apply_to(report: Report, tables: RegisterTables) -> dict[str, CellValue]:
    """The cell values that make ``report`` agree with the register (only those that differ)."""
    return {path: v for path, v in tables.cells().items() if report.get(path) != v}
