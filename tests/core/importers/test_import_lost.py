"""Checks know what the import lost: while an imported report still has text its import could not place, a part
that looks empty is not called missing (an error, and 草稿 on the PDF) but pointed to the text left out."""

import json

from disclosure_gui.core.checks.registry import by_id, run_quality
from disclosure_gui.core.format import exchange
from disclosure_gui.core.importers import import_published
from disclosure_gui.core.publish.text import plain_text


def _lost_heading(busy_report):
    """Part 五 under a heading no report uses: its text ends up after table 四, in no field."""
    text = plain_text(busy_report).replace("五、存在的主要问题及改进情况", "五、回头看与向前看")
    return import_published(text=text)


def test_an_empty_looking_part_points_to_the_text_left_out(busy_report):
    result = _lost_heading(busy_report)
    report = result.report
    assert not report.texts["problems.problems"] and report.import_left_out
    assert any("第四部分表格前后的文字" in u for u in result.unplaced)
    q4 = [f for f in run_quality(report) if f.rule == "Q4" and "problems" in f.cells[0]]
    assert q4 and all(f.severity == "warning" for f in q4)
    assert all("未能放入任何栏目" in f.message and "未导入" in f.message for f in q4)
    # The same report without the import's account: the part is missing, an error.
    report.import_left_out = []
    assert {f.severity for f in run_quality(report) if f.rule == "Q4" and "problems" in f.cells[0]} == {"error"}


def test_the_account_stays_with_the_draft_and_never_goes_into_an_exchange_file(busy_report):
    report = _lost_heading(busy_report).report
    draft = exchange.to_dict(report, allow_blank=True)  # as the drafts store keeps it
    assert draft["import_left_out"] and exchange.from_dict(draft, allow_blank=True).import_left_out
    data = json.loads(exchange.dumps(report, allow_blank=True))
    assert "import_left_out" not in data
    data["import_left_out"] = draft["import_left_out"]
    try:
        exchange.from_dict(data)
    except exchange.ExchangeError as exc:
        assert exc.place == "import_left_out"
    else:
        raise AssertionError("an exchange file carrying a draft's account was accepted")


def test_the_registry_declares_what_q4_says_after_an_import():
    assert by_id()["Q4"].after_import
    assert not by_id()["Q7"].after_import


def test_a_report_with_a_blank_cell_stays_a_draft_in_its_pdf_and_word_file(tmp_path, busy_report):
    from disclosure_gui.core.publish.docx import build_docx
    from disclosure_gui.core.publish.outline import build_outline

    report = busy_report.clone()
    assert not build_outline(report).draft
    report.t3["granted"][1] = None  # a figure the import could not read
    assert build_outline(report).draft
    assert build_docx(report, tmp_path / "r.docx").draft


def test_the_sums_say_nothing_about_a_blank_r5_does(busy_report):
    from disclosure_gui.core.checks.registry import run_rules

    report = busy_report.clone()
    report.t3["granted"][1] = None  # a figure the import could not read
    report.t3["granted"][6] += 5  # row 3's 总计 no longer adds up — which cannot be told without the blank…
    report.t3["withheld_state_secret"][1] = 4  # …nor column 商业企业's （七）总计
    report.t4["litigation_direct"][0] = None
    report.t4["litigation_direct"][4] = 9
    found = {(f.rule, f.cells[0]) for f in run_rules(report)}
    assert ("R5", "tables.t3.granted[1]") in found and ("R5", "tables.t4.litigation_direct[0]") in found
    assert ("R3", "tables.t3.granted[6]") not in found
    assert ("R2", "tables.t3.total_handled[1]") not in found
    assert not [cell for rule, cell in found if rule == "R4"]
    assert ("R3", "tables.t3.withheld_state_secret[6]") in found  # a sum without a blank is still checked
