from decimal import Decimal

import pytest

from disclosure_gui.core.checks import rules
from disclosure_gui.core.checks.registry import CHECKS, run_rules
from disclosure_gui.core.checks.textnumbers import chinese_to_int, stated_numbers
from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import computed_totals, totals_fed_by


def ids(findings):
    return sorted({f.rule for f in findings})


def test_the_sample_and_a_busy_consistent_report_pass(sample, busy_report):
    assert run_rules(sample) == []
    assert run_rules(busy_report) == []


def test_r1_names_the_column_and_the_four_cells(busy_report):
    busy_report.texts["overview.on_request"] = ""
    busy_report.t3["new_received"][0] = 13  # one more received, nothing else changed
    busy_report.t3["new_received"][6] = 19
    found = run_rules(busy_report)
    r1 = [f for f in found if f.rule == "R1"]
    assert ids(found) == ["R1"]
    assert {f.cells[0] for f in r1} == {"tables.t3.new_received[0]", "tables.t3.new_received[6]"}
    assert "自然人列：本年新收 13 + 上年结转 2 = 15，不等于办理结果总计 13 + 结转下年度 1 = 14" in r1[0].message
    assert all(f.severity == "error" for f in r1)


def test_r2_total_handled_that_is_not_the_sum_of_results(busy_report):
    busy_report.t3["total_handled"][1] = 3  # results in 商业企业 add up to 2
    busy_report.t3["carried_to_next_year"][1] = 0  # keep R1 true
    found = run_rules(busy_report)
    assert ids(found) == ["R2", "R3"]  # the row totals of rows 24 and 25 no longer match either
    r2 = next(f for f in found if f.rule == "R2")
    assert r2.cells == ("tables.t3.total_handled[1]",)
    assert "商业企业列：（七）总计 3 不等于（一）至（六）各项办理结果之和 2" in r2.message


def test_r3_row_total_that_is_not_the_sum_of_applicants(sample):
    sample.t3["granted"][0] = 2
    sample.t3["total_handled"][0] = 2
    sample.t3["new_received"][0] = 2
    found = run_rules(sample)
    assert ids(found) == ["R3"]
    assert {f.cells[0] for f in found} == {
        "tables.t3.granted[6]",
        "tables.t3.total_handled[6]",
        "tables.t3.new_received[6]",
    }
    assert any("第3行（予以公开）：总计 0 不等于六类申请人之和 2" in f.message for f in found)


def test_r4_each_group_of_table_four(sample):
    sample.t4["litigation_after_review"][:5] = [1, 0, 0, 1, 1]
    found = run_rules(sample)
    assert ids(found) == ["R4"]
    assert found[0].cells == ("tables.t4.litigation_after_review[4]",)
    assert "行政诉讼·复议后起诉" in found[0].message


def test_r5_blank_cells(sample):
    sample.t3["granted"][3] = None
    sample.t2["administrative_fees_10k_yuan"] = None
    found = run_rules(sample)
    assert ids(found) == ["R5"]
    assert {f.cells[0] for f in found} == {"tables.t3.granted[3]", "tables.t2.administrative_fees_10k_yuan"}
    assert all("未填写" in f.message for f in found)


def test_r5_negative_or_fractional_values_built_in_memory(sample):
    sample.t4["administrative_review"][0] = -1
    sample.fees.collected_yuan = Decimal("-3")
    found = [f for f in run_rules(sample) if f.rule == "R5"]
    assert {f.cells[0] for f in found} == {"tables.t4.administrative_review[0]", "fees.collected_yuan"}


def test_r7_repealed_more_than_existed(sample):
    last = sample.clone()
    last.meta.year = 2022
    last.t2["regulations.in_force"] = 2
    sample.t2["regulations.issued"] = 1
    sample.t2["regulations.repealed"] = 4
    sample.t2["regulations.in_force"] = 0
    assert "R7" not in ids(run_rules(sample))  # unknown without last year
    found = run_rules(sample, last)
    r7 = [f for f in found if f.rule == "R7"]
    assert len(r7) == 1 and r7[0].cells == ("tables.t2.regulations.repealed",)
    assert r7[0].severity == "warning"
    assert "本年废止 4 件，多于上年现行有效 2 件加本年制发 1 件" in r7[0].message


@pytest.mark.parametrize(
    ("field", "text", "cell"),
    [
        ("overview.on_request", "2023年，我局共收到政府信息公开申请5件，均已按时答复。", "tables.t3.new_received[6]"),
        ("overview.on_request", "本年度受理依申请公开事项十二件。", "tables.t3.new_received[6]"),
        ("overview.on_request", "上年结转申请3件，已全部办结。", "tables.t3.carried_over[6]"),
        ("overview.on_request", "另有2件结转下年度继续办理，结转下年度办理4件。", "tables.t3.carried_to_next_year[6]"),
        ("overview.oversight", "全年发生政府信息公开行政复议案件3件。", "tables.t4.administrative_review[4]"),
        ("overview.oversight", "因政府信息公开被提起行政诉讼两起。", "tables.t4.litigation_direct[4]"),
    ],
)
def test_r8_text_that_disagrees_with_the_tables(busy_report, field, text, cell):
    busy_report.texts[field] = text
    found = run_rules(busy_report)
    assert ids(found) == ["R8"]
    assert found[0].cells[0] == f"sections.{field}"
    assert cell in found[0].cells
    key, start, end = found[0].text_span
    assert key == field and text[start:end] in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "2023年，我局共收到政府信息公开申请18件。",  # 新收 18
        "2023年，我局共收到政府信息公开申请20件（含上年结转2件）。",  # 新收 + 上年结转
        "上年结转2件，结转下年度继续办理3件。",
        "被申请行政复议2件，行政诉讼1件。",
        "收到行政复议申请2件。",  # about reconsideration: compared with table 四, which says 2
        "未发生因政府信息公开引起的行政复议、行政诉讼。",
        "收到申请后20个工作日内答复。",
    ],
)
def test_r8_text_that_agrees(busy_report, text):
    busy_report.texts["overview.on_request"] = text
    assert rules.rule_r8(busy_report) == []


def test_r9_fee_notices(busy_report):
    busy_report.fees.notices_issued = 0
    found = run_rules(busy_report)
    assert ids(found) == ["R9"]
    assert "逾期未按收费通知要求缴纳费用”有 1 件，但只发出收费通知 0 件" in found[0].message
    busy_report.t3["other_unpaid_fee"] = [0] * 7
    busy_report.t3["other_other"][:6] = [1, 0, 0, 0, 0, 0]
    busy_report.recompute_totals()
    busy_report.fees.collected_yuan = Decimal("100")
    found = run_rules(busy_report)
    assert ids(found) == ["R9"] and found[0].cells == ("fees.collected_yuan", "fees.notices_issued")


def test_r10_carry_over_differs_from_last_years_report(busy_report):
    last = busy_report.clone()
    last.meta.year = 2022
    last.t3["carried_to_next_year"] = [2, 0, 0, 0, 0, 0, 2]
    assert run_rules(busy_report, last) == []
    last.t3["carried_to_next_year"] = [1, 0, 0, 0, 0, 1, 2]
    found = run_rules(busy_report, last)
    assert ids(found) == ["R10"]
    assert [f.cells[0] for f in found] == ["tables.t3.carried_over[0]", "tables.t3.carried_over[5]"]
    assert "2022年报告" in found[0].message
    assert all(f.severity == "warning" for f in found)


def test_r11_documents_in_force_carry_forward(sample):
    last = sample.clone()
    last.meta.year = 2022
    last.t2["normative_documents.in_force"] = 10
    sample.t2["normative_documents.issued"] = 3
    sample.t2["normative_documents.repealed"] = 1
    sample.t2["normative_documents.in_force"] = 12
    assert run_rules(sample, last) == []
    sample.t2["normative_documents.in_force"] = 13
    found = run_rules(sample, last)
    assert ids(found) == ["R11"]
    assert "应为上年现行有效 10 + 本年制发 3 − 本年废止 1 = 12 件" in found[0].message


def test_findings_serialise_with_the_four_public_keys(busy_report):
    busy_report.t4["administrative_review"][4] = 5
    finding = run_rules(busy_report)[0]
    assert finding.to_json() == {
        "rule": "R4",
        "severity": "error",
        "cells": ["tables.t4.administrative_review[4]"],
        "message": finding.message,
    }
    assert finding.line().startswith("R4 错误：")


def test_recomputed_totals_make_r2_r3_r4_hold(busy_report):
    busy_report.texts["overview.on_request"] = ""
    busy_report.t3["granted"][2] = 7
    busy_report.t4["litigation_direct"][1] = 3
    changed = busy_report.recompute_totals()
    assert set(changed) == {
        "tables.t3.granted[6]",
        "tables.t3.total_handled[2]",
        "tables.t3.total_handled[6]",
        "tables.t4.litigation_direct[4]",
    }
    assert ids(run_rules(busy_report)) == ["R1"]  # the new applications still need a source row


def test_totals_fed_by_an_input_cell():
    assert set(totals_fed_by("tables.t3.granted[2]")) == {
        "tables.t3.granted[6]",
        "tables.t3.total_handled[2]",
        "tables.t3.total_handled[6]",
    }
    assert totals_fed_by("tables.t3.new_received[0]") == ["tables.t3.new_received[6]"]
    assert totals_fed_by("tables.t4.administrative_review[1]") == ["tables.t4.administrative_review[4]"]


def test_a_blank_input_makes_its_totals_unknown(sample):
    sample.t3["granted"][0] = None
    totals = computed_totals(sample)
    assert totals["tables.t3.granted[6]"] is None
    assert totals["tables.t3.total_handled[0]"] is None
    assert totals["tables.t3.new_received[6]"] == 0


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("零", 0),
        ("三", 3),
        ("两", 2),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("一百零五", 105),
        ("三千", 3000),
        ("一二", None),
    ],
)
def test_chinese_numerals(text, value):
    assert chinese_to_int(text) == value


def test_stated_numbers_are_bound_to_the_nearest_keyword():
    found = stated_numbers("本年度行政复议1件、行政诉讼２件；上年结转0件。")
    assert [(s.kind, s.value) for s in found] == [("review", 1), ("litigation", 2), ("carried_over", 0)]


def test_every_rule_has_a_title():
    assert {c.id for c in CHECKS if c.id.startswith("R") and c.title} == {
        f"R{i}" for i in (1, 2, 3, 4, 5, 7, 8, 9, 10, 11)
    }


def test_all_cell_paths_are_addressable(sample):
    for path in schema.all_cell_paths():
        sample.set(path, sample.get(path))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本年度全区共收到70件申请，及时依法依规办结69件。", [("received", 70)]),
        ("本年度全区共收到七十件申请，办结六十九件。", [("received", 70)]),
        (
            "全县受理线上信息公开申请65件,依法办结62件,结转下年度办理3件。",
            [("received", 65), ("carried_to_next_year", 3)],
        ),
        ("全年共收到和办理依申请公开9件，上年度结转政府信息公开申请0件。", [("received", 9), ("carried_over", 0)]),
        ("受理市长信箱来信7件，全部予以答复。", []),  # letters, not requests
        ("全年区长信箱收到来函219件，已全部回复。", []),
        ("收到行政复议申请2件。", [("review", 2)]),
        ("答复政府信息公开申请805件（含上年度结转申请18件）。", [("carried_over", 18)]),
        # Read since issue #25 (openings of real reports): the figure before its verb, 例, a year for 上年, a long way.
        ("本年度办结申请15件，另有2件结转下年度继续办理。", [("carried_to_next_year", 2)]),
        ("全年共受理政府信息公开申请13例。", [("received", 13)]),
        ("2021年结转件4件，本年新收申请20件。", [("carried_over", 4), ("received", 20)]),
        ("2022年结转下年度办理3件。", [("carried_to_next_year", 3)]),  # this year's: still 结转下年度
        (
            "本年度共收到公民、法人或者其他组织通过网上平台、信函、当面等方式提交的政府信息公开申请35件。",
            [("received", 35)],
        ),
        ("收到群众通过12345热线、信函等渠道反映的各类诉求，其中政府信息公开申请8件。", []),  # a figure between
    ],
)
def test_a_number_belongs_to_the_verb_beside_it(text, expected):
    assert [(s.kind, s.value) for s in stated_numbers(text, 2022)] == expected


def test_a_year_before_a_carry_over_is_read_only_as_last_years():
    assert stated_numbers("2021年结转件4件。") == []  # without the report's year: not said which way
    assert [(s.kind, s.value) for s in stated_numbers("2021年结转件4件。", 2023)] == []  # not the year before
