"""Table 三/四 and the fee figures counted from a register, checked against a count done by hand.

The register below is what a county bureau's 台账 looks like around one year boundary (2023→2024→2025).
Every expected cell is derived by hand from the counting rules in the comments, not from the code.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from disclosure_gui.core.checks.register_checks import differences
from disclosure_gui.core.checks.registry import run_rules
from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import Report, computed_totals
from disclosure_gui.core.register.model import Application, problems
from disclosure_gui.core.register.tables import apply_to, compute

NAT, BIZ, SCI, NGO, LAW, OTH = range(6)  # table 三's applicant columns


def D(y: int, m: int, d: int) -> date:
    return date(y, m, d)


REGISTER = [
    # A: received 18 Dec 2023, answered 10 Jan 2024 → 上年结转 in 2024 and its result counts in 2024.
    Application("2023-031", D(2023, 12, 18), NAT, "网络", "某路段改造批复", "granted", D(2024, 1, 10)),
    # B: received and answered in 2023 → nothing in 2024.
    Application("2023-030", D(2023, 12, 5), BIZ, "信函", "招标文件", "unavailable_not_held", D(2023, 12, 28)),
    # C: a law firm, extended, partly granted (part withheld for a third party — counts ONLY as 部分公开),
    #    answered in January 2024; the applicant then applied for 行政复议 on 20 Feb 2024, upheld.
    Application(
        "2023-028",
        D(2023, 11, 20),
        LAW,
        "当面",
        "征收补偿方案",
        "partially_granted",
        D(2024, 1, 15),
        extended=True,
        review="upheld",
        review_date=D(2024, 2, 20),
        applicant_name="某律师事务所",
        contact="0632-0000000",
    ),
    Application("2024-001", D(2024, 3, 4), NAT, "网络", "低保名单", "granted", D(2024, 3, 20)),  # D
    Application("2024-002", D(2024, 5, 10), NAT, "信函", "1998年档案", "unavailable_not_held", D(2024, 6, 1)),  # E
    Application("2024-003", D(2024, 6, 18), SCI, "网络", "内部研究稿", "withheld_process_information", D(2024, 7, 5)),
    Application("2024-004", D(2024, 8, 1), NAT, "网络", "同一事项再次申请", "not_processed_duplicate", D(2024, 8, 10)),
    # H: fee notice of 200 元 issued 20 Sep, never paid → closed as 逾期未缴费 on 30 Oct.
    Application(
        "2024-005",
        D(2024, 9, 2),
        BIZ,
        "信函",
        "十年的审批档案",
        "other_unpaid_fee",
        D(2024, 10, 30),
        fee_notice=True,
        fee_notice_date=D(2024, 9, 20),
        fee_amount_yuan=Decimal("200"),
    ),
    # I: fee of 100 元 paid (no notice date: counts in the answer year, 2024), granted.
    Application(
        "2024-006",
        D(2024, 10, 8),
        NAT,
        "网络",
        "规划图",
        "granted",
        D(2024, 11, 5),
        fee_notice=True,
        fee_amount_yuan=Decimal("100"),
        fee_paid=True,
    ),
    # J: received 16 Dec 2024, answered 8 Jan 2025 → new in 2024, 结转下年度 in 2024, result counts in 2025.
    Application("2024-007", D(2024, 12, 16), NAT, "网络", "拆迁公告", "granted", D(2025, 1, 8)),
    # K: received 27 Dec 2024, still open → new and 结转下年度 in 2024.
    Application("2024-008", D(2024, 12, 27), OTH, "当面", "村务资金"),
    # L: extended, partly granted, answered on 31 Dec 2024 → counts in 2024 (the last day belongs to the year).
    Application(
        "2024-009", D(2024, 11, 11), NAT, "网络", "项目资金", "partially_granted", D(2024, 12, 31), extended=True
    ),
    # M: received in 2025 → nothing in 2024.
    Application("2025-001", D(2025, 1, 3), BIZ, "网络", "统计数据", "granted", D(2025, 1, 20)),
    # N: granted, then sued directly (未经复议直接起诉) in June 2024, not yet decided.
    Application(
        "2024-010",
        D(2024, 4, 1),
        NAT,
        "网络",
        "执法记录",
        "granted",
        D(2024, 4, 20),
        litigation="direct",
        litigation_result="pending",
        litigation_date=D(2024, 6, 15),
    ),
]


def row(values: dict[int, int]) -> list[int]:
    out = [values.get(c, 0) for c in range(6)]
    return [*out, sum(out)]


# The hand count for 2024 (columns: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计).
EXPECTED_2024 = {
    # received in 2024: D E G I J L N (自然人 = 7), H (企业), F (科研), K (其他)
    "new_received": row({NAT: 7, BIZ: 1, SCI: 1, OTH: 1}),
    # received before 2024 and open on 31 Dec 2023: A (自然人), C (法律服务机构); B was answered in 2023
    "carried_over": row({NAT: 1, LAW: 1}),
    # answered in 2024: A D I N granted
    "granted": row({NAT: 4}),
    # C and L partly granted — each only here, although C also withheld part
    "partially_granted": row({NAT: 1, LAW: 1}),
    "withheld_process_information": row({SCI: 1}),  # F
    "unavailable_not_held": row({NAT: 1}),  # E
    "not_processed_duplicate": row({NAT: 1}),  # G
    "other_unpaid_fee": row({BIZ: 1}),  # H
    # 4 + 1 + 1 + 1 自然人; 1 企业; 1 科研; 1 律所
    "total_handled": row({NAT: 7, BIZ: 1, SCI: 1, LAW: 1}),
    # open on 31 Dec 2024: J (answered only in January) and K
    "carried_to_next_year": row({NAT: 1, OTH: 1}),
}


def test_table_three_of_2024_is_the_hand_count() -> None:
    t = compute(REGISTER, 2024)
    for key in schema.T3_ROW_KEYS:
        assert t.t3[key] == EXPECTED_2024.get(key, [0] * 7), schema.T3_ROW_BY_KEY[key].short


def test_table_four_and_fees_of_2024() -> None:
    t = compute(REGISTER, 2024)
    assert t.t4["administrative_review"] == [1, 0, 0, 0, 1]  # C: 复议 in Feb 2024, 维持
    assert t.t4["litigation_direct"] == [0, 0, 0, 1, 1]  # N: sued directly, 尚未审结
    assert t.t4["litigation_after_review"] == [0, 0, 0, 0, 0]
    assert t.notices_issued == 2  # H (notice dated 2024) and I (answered 2024)
    assert t.notice_amount_yuan == Decimal(300)
    assert t.collected_yuan == Decimal(100)  # only I paid


def test_next_year_carries_in_what_this_year_carried_out() -> None:
    t = compute(REGISTER, 2025)
    # J and K were open on 31 Dec 2024: exactly 2024's 结转下年度 (rule R10 across the two reports)
    assert t.t3["carried_over"] == EXPECTED_2024["carried_to_next_year"]
    assert t.t3["new_received"] == row({BIZ: 1})  # M
    assert t.t3["granted"] == row({NAT: 1, BIZ: 1})  # J, M
    assert t.t3["carried_to_next_year"] == row({OTH: 1})  # K still open
    assert t.t4["administrative_review"] == [0] * 5  # C's review was brought in 2024


def test_applied_tables_pass_the_arithmetic_rules() -> None:
    report = Report.new("某县科技局", 2024)
    cells = apply_to(report, compute(REGISTER, 2024))
    for path, value in cells.items():
        report.set(path, value)
    assert all(report.get(p) == v for p, v in computed_totals(report).items())
    assert not [f for f in run_rules(report) if f.rule in ("R1", "R2", "R3", "R4", "R9")]
    assert differences(report, compute(REGISTER, 2024)) == []


def test_a_report_cell_that_differs_from_the_register_is_a_finding_on_that_cell() -> None:
    report = Report.new("某县科技局", 2024)
    for path, value in apply_to(report, compute(REGISTER, 2024)).items():
        report.set(path, value)
    report.set(schema.t3_path("granted", NAT), 3)  # the officer miscounted by hand
    found = differences(report, compute(REGISTER, 2024))
    assert [f.cells for f in found] == [(schema.t3_path("granted", NAT),)]
    assert "4" in found[0].message and "3" in found[0].message


def test_register_problems_are_named_by_number() -> None:
    bad = [
        Application("X1", D(2024, 5, 1), NAT, result="granted", answered=D(2024, 4, 1)),
        Application("X2", D(2024, 5, 1), NAT, result="granted"),
        Application("X2", D(2024, 5, 2), NAT, result="other_unpaid_fee", answered=D(2024, 6, 1)),
    ]
    messages = {(p.no, p.message.split("：")[0].split(" ")[0]) for p in problems(bad)}
    assert ("X1", "答复日期") in messages
    assert ("X2", "已填办理结果但没有答复日期") in messages
    assert any(p.no == "X2" and "重复" in p.message for p in problems(bad))
    assert any("收费通知" in p.message for p in problems(bad))
    # the answered-before-received application is left out, and R1 still holds
    t = compute(bad, 2024)
    assert t.t3["new_received"][NAT] == 2 == t.t3["total_handled"][NAT] + t.t3["carried_to_next_year"][NAT]


@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_rule_r1_holds_in_every_column_every_year(year: int) -> None:
    t = compute(REGISTER, year).t3
    for c in range(7):
        assert t["new_received"][c] + t["carried_over"][c] == t["total_handled"][c] + t["carried_to_next_year"][c]


@pytest.mark.parametrize("year", [2023, 2024, 2025])
def test_the_applications_behind_each_cell_add_up_to_the_cell(year: int) -> None:
    from disclosure_gui.core.register.tables import t3_rows_of

    counted = {key: [0] * 7 for key in schema.T3_ROW_KEYS}
    for app in REGISTER:
        for key in t3_rows_of(app, year):
            counted[key][app.applicant] += 1
            counted[key][6] += 1
    assert counted == compute(REGISTER, year).t3
