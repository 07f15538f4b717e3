"""Importing published reports: a saved web page, a Word file, pasted text — tables by label, texts by heading."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_gui.core.checks.registry import run_rules
from disclosure_gui.core.format import exchange
from disclosure_gui.core.importers import ReportImportError, import_published
from disclosure_gui.core.importers.digits import splits
from disclosure_gui.core.publish.docx import build_docx
from disclosure_gui.core.publish.text import plain_text
from tests.conftest import SAMPLE_JSON, SAMPLE_TXT

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_the_sample_text_reproduces_the_exchange_file():
    result = import_published(SAMPLE_TXT)
    expected = exchange.load(SAMPLE_JSON)
    assert (result.unplaced, result.notes) == ([], [])
    assert result.report.t2 == expected.t2 and result.report.t3 == expected.t3 and result.report.t4 == expected.t4
    assert result.report.texts == expected.texts
    assert (result.report.meta.agency, result.report.meta.year) == ("山亭区科技局", 2023)


def test_a_saved_web_page_with_rowspan_colspan_and_the_variants_of_real_pages():
    result = import_published(FIXTURES / "published-2022.html")
    r = result.report
    # Only the page's own lines are left out, each listed with where it was so the user sees what was left out.
    assert result.unplaced and all("不是报告正文" in u and "未导入" in u for u in result.unplaced)
    left_out = " ".join(result.unplaced)
    assert "浏览次数" in left_out and "ICP备" in left_out and "首页" in left_out
    assert (r.meta.agency, r.meta.year) == ("山亭区科技局", 2022)
    assert r.t3["new_received"] == [12, 3, 0, 1, 0, 2, 18]
    assert r.t3["partially_granted"] == [2, 1, 0, 0, 0, 0, 3]  # half-width brackets
    assert r.t3["withheld_process_information"] == [1, 0, 0, 0, 0, 0, 1]  # label with a missing character
    assert r.t3["carried_to_next_year"] == [1, 1, 0, 0, 0, 1, 4]  # printed total kept as printed…
    assert {f.rule for f in run_rules(r)} >= {"R1", "R3"}  # …so check reports it
    assert r.t2["normative_documents.in_force"] == 27 and str(r.t2["administrative_fees_10k_yuan"]) == "24252.311082"
    assert r.t4["administrative_review"] == [1, 1, 0, 0, 2] and r.t4["litigation_direct"] == [0, 0, 0, 1, 1]
    assert r.texts["preamble"].startswith("根据新修订的")  # navigation and page title left out
    assert r.texts["overview.platforms"].startswith("一是持续强化政府网站")
    assert "ICP" not in r.texts["other.innovation"]


def test_a_word_file_with_merged_cells(tmp_path, busy_report):
    path = build_docx(busy_report, tmp_path / "r.docx")
    result = import_published(path)
    assert result.unplaced == []
    assert result.report.t3 == busy_report.t3 and result.report.t4 == busy_report.t4
    assert result.report.t2 == busy_report.t2
    assert result.report.texts["overview.on_request"] == busy_report.texts["overview.on_request"]


def test_a_word_file_laid_out_like_the_office_template():
    # The sample report typed into the offices' Word template (official faces, merged header cells as the form),
    # made once from resources/samples/shanting-kjj-2023.txt by the team's template tool.
    result = import_published(FIXTURES / "office-template-2023.docx")
    expected = exchange.load(SAMPLE_JSON)
    assert result.report.t3 == expected.t3 and result.report.t2 == expected.t2 and result.report.t4 == expected.t4


def test_pasted_text_with_tab_separated_rows(busy_report):
    result = import_published(text=plain_text(busy_report))
    assert result.report.t3 == busy_report.t3 and result.report.t4 == busy_report.t4


def test_run_together_digits_are_split_so_the_row_adds_up():
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    text = text.replace(
        "\t一、本年新收政府信息公开申请数量\n" + "\t0\n" * 7, "\t一、本年新收政府信息公开申请数量\n\t123000015\n"
    )
    result = import_published(text=text)
    assert result.report.t3["new_received"] == [12, 3, 0, 0, 0, 0, 15]
    assert any("连在一起" in n for n in result.notes)


def test_ambiguous_run_together_digits_are_reported_not_guessed():
    ambiguous = "123010218"  # 12+3+0+1+0+2 = 18, and also 1+2+3+0+10+2 = 18
    assert len(splits([ambiguous], 7, group=7)) == 2
    text = SAMPLE_TXT.read_text(encoding="utf-8")
    text = text.replace(
        "\t一、本年新收政府信息公开申请数量\n" + "\t0\n" * 7, f"\t一、本年新收政府信息公开申请数量\n\t{ambiguous}\n"
    )
    result = import_published(text=text)
    assert any("种拆法" in u and "123010218" in u for u in result.unplaced)
    # Unknown, not 0: the officer types the row in. Both splits end in 2 | 18, so those two cells are read.
    assert result.report.t3["new_received"] == [None, None, None, None, None, 2, 18]


def test_a_blank_printed_cell_stays_blank_and_the_check_asks_for_it():
    text = SAMPLE_TXT.read_text(encoding="utf-8").replace(
        "\t二、上年结转政府信息公开申请数量\n\t0\n\t0\n", "\t二、上年结转政府信息公开申请数量\n\t\n\t0\n", 1
    )
    result = import_published(text=text)
    assert result.report.t3["carried_over"] == [None, 0, 0, 0, 0, 0, 0]  # printed blank: unknown, not 0
    [blank] = [f for f in run_rules(result.report) if f.rule == "R5"]
    assert blank.cells == ("tables.t3.carried_over[0]",) and "上年结转" in blank.message and "自然人" in blank.message


def test_old_2019_format_is_recognised_and_mapped_where_possible():
    text = (
        "某某县民政局2019年政府信息公开工作年度报告\n一、总体情况\n依申请公开工作平稳。\n二、主动公开政府信息情况\n"
        "\t第二十条第（一）项\n\n\t信息内容\n\t本年新制作数量\n\t本年新公开数量\n\t对外公开总数量\n\n\t规章\n\t0\n\t0\n\t0\n\n"
        "\t第二十条第（九）项\n\n\t政府集中采购\n\t2\n\t35.2\n\n"
        "三、收到和处理政府信息公开申请情况\n"
        "\t一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5\n"
        "\t（一）予以公开\t4\t0\t0\t0\t0\t0\t4\n"
        "\t（六）其他处理\t1\t0\t0\t0\t0\t0\t1\n"
        "\t（七）总计\t5\t0\t0\t0\t0\t0\t5\n"
        "五、存在的主要问题及改进情况\n问题是有的。\n"
    )
    result = import_published(text=text)
    assert result.old_format and any("2019年格式" in n for n in result.notes)
    assert result.report.t3["new_received"] == [5, 0, 0, 0, 0, 0, 5]
    assert result.report.t3["granted"] == [4, 0, 0, 0, 0, 0, 4]
    assert any("本年新制作数量" in u for u in result.unplaced)
    assert result.report.t2["regulations.issued"] is None  # unknown, to be typed in: not a 0 that passes every rule
    assert result.report.t2["administrative_fees_10k_yuan"] is None
    # The 2019 format's （六）其他处理 is one row: kept under 「3.其他」 (said so) so the columns add up as printed.
    assert result.report.t3["other_other"] == [1, 0, 0, 0, 0, 0, 1]
    assert any("其他处理" in n and "3.其他" in n for n in result.notes)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body><h1>\xe6\x96\xb0\xe9\x97\xbb</h1><p>hello</p></body></html>", "不像是一份"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "二进制"),
        (b"", "不像是一份"),
    ],
)
def test_bad_input_gets_a_clear_message(tmp_path, content, message):
    path = tmp_path / "x.html"
    path.write_bytes(content)
    with pytest.raises(ReportImportError, match=message):
        import_published(path)


def test_empty_paste_and_missing_identity():
    with pytest.raises(ReportImportError, match="空的"):
        import_published(text="  \n ")
    text = (
        SAMPLE_TXT.read_text(encoding="utf-8").replace("山亭区科技局联系", "我们联系").replace("2023年1月1日", "1月1日")
    )
    with pytest.raises(ReportImportError, match="--agency"):
        import_published(text=text)
    assert import_published(text=text, agency="某局", year=2023).report.meta.agency == "某局"


def test_command_line_import_published(tmp_path):
    out = tmp_path / "r.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "disclosure_gui",
            "import-published",
            str(FIXTURES / "published-2022.html"),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["year"] == 2022
    bad = tmp_path / "bad.html"
    bad.write_text("<html><body>你好</body></html>", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "import-published", str(bad), "-o", str(tmp_path / "no.json")],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 2 and "不像是一份" in result.stderr and not (tmp_path / "no.json").exists()


def test_a_report_without_tables_is_written_with_blank_tables_not_zeros(tmp_path):
    text = (
        "某某县民政局2023年政府信息公开工作年度报告\n一、总体情况\n依申请公开工作平稳。\n"
        "二、主动公开政府信息情况\n（表格以图片形式发布）\n五、存在的主要问题及改进情况\n问题是有的。\n"
    )
    source = tmp_path / "report.txt"
    source.write_text(text, encoding="utf-8")
    result = import_published(source)
    assert result.report.t3["new_received"][0] is None and result.report.t4["administrative_review"][0] is None
    out = tmp_path / "r.json"
    run = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "import-published", str(source), "-o", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
    )  # fmt: skip
    # Written with its blanks (exchange v1.2) and the blanks listed; exit 1 says there is more to do.
    assert run.returncode == 1, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format_version"] == 3 and data["tables"]["t3"]["new_received"] == [None] * 7
    assert "留空：表二 10 格、表三 175 格、表四 15 格" in run.stderr


def test_the_apps_own_pdf_is_imported_with_its_wrapped_partly_disclosed_row(tmp_path, sample):
    report = sample.clone()
    report.t3["new_received"][0] += 2
    report.t3["partially_granted"][0] = 2
    report.recompute_totals()
    source = tmp_path / "r.json"
    source.write_text(exchange.dumps(report), encoding="utf-8")
    pdf, back = tmp_path / "r.pdf", tmp_path / "back.json"
    for args in (
        ["export", str(source), "--pdf", str(pdf), "--shipped-fonts"],
        ["import-published", str(pdf), "-o", str(back)],
    ):
        command = [sys.executable, "-m", "disclosure_gui", *args]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
    assert "部分公开" not in run.stderr  # not listed as 未导入
    assert exchange.load(back).t3 == report.t3


def test_last_years_report_splits_the_counts_a_page_ran_together(tmp_path):
    # 平潭 行政审批局 2022 prints 「行政规范性文件2025」: 2|0|25 or 20|2|5. Its 2021 report has 23 in force:
    # 23 + 2 − 0 = 25 is the only split that follows. Without it, the three cells stay blank.
    from tests.corpus.truth import entry, expected_report, page_path

    page = page_path(entry("pt-hzs-2022"))
    assert "行政规范性文件2025" in page.read_text(encoding="utf-8")
    last = tmp_path / "2021.json"
    last.write_text(exchange.dumps(expected_report(entry("pt-hzs-2021")), allow_blank=True), encoding="utf-8")
    assert json.loads(last.read_text(encoding="utf-8"))["tables"]["t2"]["normative_documents"]["in_force"] == 23
    for extra, code, cells in (([], 1, [None, None, None]), (["--previous", str(last)], 0, [2, 0, 25])):
        out = tmp_path / f"2022-{code}.json"
        command = [sys.executable, "-m", "disclosure_gui", "import-published", str(page), "-o", str(out), *extra]
        run = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=60)
        assert run.returncode == code, run.stderr
        documents = json.loads(out.read_text(encoding="utf-8"))["tables"]["t2"]["normative_documents"]
        assert [documents[k] for k in ("issued", "repealed", "in_force")] == cells
