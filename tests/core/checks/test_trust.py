"""Findings an officer can trust: the right kind of body, severity earned, a bounded panel (issue #14)."""

import pytest

from disclosure_gui.core.checks.quality import check_government_oversight, check_required
from disclosure_gui.core.checks.registry import run_quality, run_rules
from disclosure_gui.core.format import schema
from disclosure_gui.core.format.agency import agency_kind_of
from tests.core.checks import test_quality

clean = test_quality.clean  # the sample with its five known problems mended


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("子长市人民政府", "government"),
        ("台州湾经济技术开发区管理委员会", "government"),
        ("甘眉工业园区管委会", "government"),
        ("龙游县横山镇", "government"),
        ("洪雅县洪川镇人民政府", "government"),
        ("哈尔滨市道里区经纬街道办事处", "government"),
        ("建章路街道", "government"),
        ("某县某乡", "government"),
        ("湛江市人民政府地方志办公室", "department"),
        ("永嘉县市场监督管理局", "department"),
        ("重庆高新技术产业开发区管理委员会办公室", "department"),
        ("高平市人民政府办公室", "department"),
    ],
)
def test_agency_kind_from_the_name(name, kind):
    assert agency_kind_of(name) == kind


def test_a_government_office_writing_the_government_report_is_government_level():
    text = "市政府办公厅代表市政府共受理政府信息公开申请859件"
    assert agency_kind_of("上海市人民政府办公厅", text) == "government"


def test_q5_reads_the_words_reports_use_and_names_exactly_what_is_missing(clean):
    clean.meta.agency_kind = "government"
    clean.texts["overview.oversight"] = "细化年度政务公开考核标准，制定考核细则，开展群众满意度测评。"
    [finding] = check_government_oversight(clean)
    assert finding.message.endswith("未写到：责任追究")
    clean.texts["overview.oversight"] += "全年未发生需要问责的情形。"
    assert check_government_oversight(clean) == []


def test_q5_does_not_count_the_opening_quoting_the_law(clean):
    clean.meta.agency_kind = "government"
    clean.texts["preamble"] += "含各级人民政府“工作考核、社会评议和责任追究结果情况”。"
    for f in schema.TEXT_FIELDS[1:]:
        clean.texts[f.key] = ""
    clean.texts["overview.oversight"] = "加强督促指导。"
    [finding] = check_government_oversight(clean)
    assert "工作考核、社会评议、责任追究" in finding.message


def test_a_missing_section_is_an_error_an_empty_aspect_a_warning(clean):
    for f in schema.PROBLEM_FIELDS:
        clean.texts[f.key] = ""
    clean.texts["overview.platforms"] = "无"
    found = check_required(clean)
    severities = {f.cells[0]: f.severity for f in found}
    assert severities["sections.problems.problems"] == "error"
    assert severities["sections.problems.improvements"] == "error"
    assert severities["sections.overview.platforms"] == "warning"


def test_only_table_breaks_missing_sections_and_a_wrong_period_are_errors(clean):
    clean.texts["overview.intro"] = "2020年，我局共收到申请0件，均按时答复。贵单位请审阅。政府政府信息。"
    clean.texts["overview.proactive"] = "发布信息100余条。"
    clean.meta.agency_kind = "government"
    found = run_quality(clean) + run_rules(clean)
    assert found and {f.severity for f in found} == {"warning"}


def test_a_huge_repeated_text_gives_a_bounded_panel(clean):
    sentence = "我局认真贯彻落实政府信息公开条例，持续推进政务公开标准化规范化建设工作。"
    clean.texts["overview.management"] = sentence * (400_000 // len(sentence))
    found = [f for f in run_quality(clean) if f.text_span and f.text_span[0] == "overview.management"]
    q12 = [f for f in found if f.rule == "Q12"]
    assert len(q12) == 4 and "另有" in q12[-1].message
    assert len(found) <= 4 * len({f.rule for f in found})


def test_an_imported_page_that_does_not_state_fee_notices_gets_no_fee_finding():
    from pathlib import Path

    from disclosure_gui.core.importers import import_published

    page = Path(__file__).resolve().parents[2] / "fixtures" / "published-2022.html"
    report = import_published(page).report
    assert report.fees.notices_issued is None
    assert not [f for f in run_rules(report) if f.rule == "R9" or f.cells[0].startswith("fees.")]
