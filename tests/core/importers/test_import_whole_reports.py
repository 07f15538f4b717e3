"""Whole real reports (tests/corpus/whole) read the way they were published: a saved page whose text lost its
cells' separators (平潭综合实验区 2023) and a PDF with wrapped labels (淮安市人民政府 2024). Expected values were read
from the published documents by hand: every row of table 三 adds up, so a run of digits
splits one way only, or one way only once each column must add up to the printed （七）总计 row.
"""

from pathlib import Path

import pytest

from disclosure_gui.core.importers import import_published
from disclosure_gui.core.importers.ledger import PAGE_WORDS

WHOLE = Path(__file__).resolve().parents[2] / "corpus" / "whole"


@pytest.fixture(scope="module")
def pingtan_2023():
    return import_published(WHOLE / "pingtan-2023.txt")


def test_the_texts_go_to_their_aspects_and_parts(pingtan_2023):
    texts = pingtan_2023.report.texts
    assert texts["overview.proactive"].startswith("平潭综合实验区切实落实")
    assert texts["overview.platforms"].startswith("一是开展门户网站提升服务项目")
    assert "递进式效能问责" in texts["overview.oversight"]
    assert texts["problems.improvements"].startswith("2024年，我区将采取以下措施加以改进")
    assert "无收取信息处理费" in texts["other.fees"]


def test_table_three_rows_split_by_row_and_column_arithmetic(pingtan_2023):
    t3 = pingtan_2023.report.t3
    assert t3["new_received"] == [80, 1, 0, 0, 0, 0, 81]
    # 「220000022」 is 22…22 or 2+20…22; 「191000020」 is 19+1…20 or 1+9+10…20: the columns decide.
    assert t3["granted"] == [22, 0, 0, 0, 0, 0, 22]
    assert t3["partially_granted"] == [19, 1, 0, 0, 0, 0, 20]
    assert t3["total_handled"] == [80, 1, 0, 0, 0, 0, 81]


def test_table_four_split_group_by_group(pingtan_2023):
    t4 = pingtan_2023.report.t4
    assert t4["administrative_review"] == [1, 1, 0, 0, 2]
    assert t4["litigation_direct"] == [4, 0, 0, 1, 5]
    assert t4["litigation_after_review"] == [1, 0, 1, 0, 2]


def test_table_two_counts_that_cannot_be_split_are_blank_not_zero(pingtan_2023):
    t2 = pingtan_2023.report.t2
    assert t2["regulations.issued"] == 0 and t2["regulations.in_force"] == 0  # 「规章000」
    assert t2["normative_documents.in_force"] is None  # 「77132470」: 77/132/470? 77/13/2470? not guessed
    assert t2["administrative_licensing"] == 2629
    assert any("77132470" in u for u in pingtan_2023.unplaced)


def test_a_pdf_label_wrapped_with_its_numbers_beside_its_last_piece():
    # 淮安市人民政府 2024 (PDF): 「（二）部分公开（区分处理的，只计这一情」 / 「形，不计其他情形） 447 7 0 0 0 0 454」,
    # and 「（六）其」「2、申请人逾期未按收费通知要」「他处理」「求缴纳费用、行政机关不再处理 6 0 0 0 0 0 6」.
    result = import_published(WHOLE / "huaian-city-2024.pdf")
    t3 = result.report.t3
    assert t3["partially_granted"] == [447, 7, 0, 0, 0, 0, 454]
    assert t3["other_no_correction"] == [67, 3, 0, 0, 1, 0, 71]
    assert t3["other_unpaid_fee"] == [6, 0, 0, 0, 0, 0, 6]
    assert t3["total_handled"] == [2932, 53, 0, 0, 61, 4, 3050]
    assert all(p.what == PAGE_WORDS for p in result.left_out)  # only its page numbers, listed as the page's


def _imported_opening(name):
    text = (WHOLE.parent / "reports" / name).read_text(encoding="utf-8")
    return import_published(text=text, agency="单位", year=2022).report


def test_a_units_own_subtitle_stays_in_the_text_where_the_checks_read_it():
    from disclosure_gui.core.checks.registry import run_quality

    report = _imported_opening("changan-paoli-2022.txt")  # 「（五）完善监督保障保障机制」
    assert report.texts["overview.oversight"].startswith("完善监督保障保障机制")
    assert any(f.rule == "Q6" and "保障保障" in f.message for f in run_quality(report))
    # A bare heading of the format is not kept: 「（一）主动公开信息」
    assert not report.texts["overview.proactive"].startswith("主动公开信息")


def test_the_old_formats_first_heading_stays_in_the_text_where_q21_shows_it():
    from disclosure_gui.core.checks.registry import run_quality

    report = _imported_opening("erqi-gov-2021.txt")  # 「一、概述」
    assert report.texts["overview.intro"].startswith("一、概述")
    assert any(f.rule == "Q21" and "一、概述" in f.message for f in run_quality(report))


def test_q22_counts_last_years_problems_as_the_report_lists_them(pingtan_2023):
    from disclosure_gui.core.checks.repetition import check_last_years_problems

    # 2023 lists 「一是…；三是…；三是…」 (three, numbered wrongly); 2024's 五 does not say how they were dealt with.
    this_year = import_published(WHOLE / "pingtan-2024.txt").report
    (finding,) = check_last_years_problems(this_year, pingtan_2023.report)
    assert "2023年报告列了 3 个问题" in finding.message
    # 洪泽区 2023 lists its problems in one sentence with 「、」: the number is not told, not made up.
    files = WHOLE.parent / "files"
    hongze = [import_published(files / f"hongze-{y}.pdf").report for y in (2023, 2024)]
    (finding,) = check_last_years_problems(hongze[1], hongze[0])
    assert "列了存在的问题" in finding.message


@pytest.mark.parametrize(
    ("original", "other"),
    [
        ("hongze-2023.pdf", "hongze-2023-copied-from-pdf-viewer.txt"),
        ("shanghai-office-2019.html", "shanghai-office-2019.mhtml"),
        ("shanghai-office-2019.html", "shanghai-office-2019.docx"),
    ],
)
def test_the_same_report_in_another_form_gets_the_same_findings(original, other):
    from disclosure_gui.core.checks.registry import run_quality, run_rules

    files = WHOLE.parent / "files"

    def findings(name):
        report = import_published(files / name).report
        return sorted((f.rule, f.severity, f.message) for f in run_rules(report) + run_quality(report))

    assert findings(other) == findings(original)


def test_the_command_line_import_writes_the_figures_it_could_not_read_as_blanks(tmp_path):
    import json
    import subprocess
    import sys

    out = tmp_path / "平潭.json"
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "import-published", str(WHOLE / "pingtan-2023.txt"), "-o", str(out)],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    # 「行政规范性文件77132470」 cannot be split: the file is written with those cells blank (null), never invented
    # zeros, the blanks are listed, and exit 1 says there is more to do.
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "77132470" in result.stderr and "留空：表二 3 格" in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_version"] == 3
    assert data["tables"]["t2"]["normative_documents"] == {"issued": None, "repealed": None, "in_force": None}
    assert data["tables"]["t3"]["granted"] == [22, 0, 0, 0, 0, 0, 22]
