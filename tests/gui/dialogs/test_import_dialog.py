"""「从已发布的报告导入」 in the window."""

from pathlib import Path

import pytest

from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.dialogs.import_published import ImportPublishedDialog
from disclosure_gui.store import Store

FIXTURES = Path(__file__).parents[2] / "fixtures"
FILES = Path(__file__).parents[2] / "corpus" / "files"


@pytest.fixture
def dialog(qtbot, tmp_path):
    make_application()
    with Store(tmp_path / "data") as store:
        d = ImportPublishedDialog(store)
        qtbot.addWidget(d)
        yield d


def test_shows_what_was_found_and_stores_nothing_until_the_window_makes_the_report(dialog):
    dialog.load_file(FIXTURES / "published-2022.html")
    assert "山亭区科技局 2022年" in dialog.status.text()
    found = dialog.found.toPlainText()
    assert "第二十条第（一）项" in found and "24252.311082" in found
    assert "根据新修订的" in dialog.source.toPlainText()
    # Which button does what is said in the dialog, with the years it is about.
    assert dialog.next_year.text() == "以此为上年报告，新建2023年报告" and dialog.next_year.isDefault()
    assert "2022年报告存为上年报告" in dialog.explain.text() and "只导入这份报告" in dialog.explain.text()
    dialog.start_next_year()
    assert dialog.choice == dialog.NEXT_YEAR and dialog.result.report.meta.year == 2022
    assert dialog.store.list_drafts() == []  # the window keeps last year's report and makes this year's, once


def test_asked_for_a_year_it_offers_only_that_years_report(qtbot, tmp_path):
    make_application()
    with Store(tmp_path / "data") as store:
        d = ImportPublishedDialog(store, year=2024)
        qtbot.addWidget(d)
        assert d.as_draft.isHidden()
        d.load_file(FIXTURES / "published-2022.html")  # a 2022 report cannot be last year's report of 2024
        assert not d.next_year.isEnabled() and "请选择2023年的报告" in d.status.text()
        assert d.next_year.text() == "以此为上年报告，新建2024年报告"


def test_bad_input_creates_nothing(dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("disclosure_gui.gui.dialogs.import_published.warn", lambda _parent, text: shown.append(text))
    dialog.load_pasted("")
    assert shown == ["未能导入：粘贴的内容是空的"]
    assert "未能导入" in dialog.status.text() and not dialog.as_draft.isEnabled()
    junk = tmp_path / "junk.html"
    junk.write_text("<html><body><p>招聘启事</p></body></html>", encoding="utf-8")
    dialog.load_file(junk)
    assert "不像是一份" in dialog.status.text()
    assert dialog.store.list_drafts() == []


def test_a_hostile_file_gets_a_dialog_naming_it_and_what_to_do(dialog, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("disclosure_gui.gui.dialogs.import_published.warn", lambda _parent, text: shown.append(text))
    fake = tmp_path / "上年报告.docx"
    fake.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    dialog.load_file(fake)
    [message] = shown
    assert "上年报告.docx" in message and "另存为" in message
    assert "未能导入" in dialog.status.text() and not dialog.as_draft.isEnabled()
    assert dialog.store.list_drafts() == []


def test_a_real_pdf_is_shown_beside_what_was_found(dialog):
    dialog.load_file(FILES / "hongze-2023.pdf")
    assert "洪泽区人民政府 2023年" in dialog.status.text()
    assert "一、本年新收政府信息公开申请数量" in dialog.source.toPlainText()
    assert dialog.next_year.isEnabled()


def test_a_part_left_out_is_said_once(dialog):
    from disclosure_gui.core.format.report import Report
    from disclosure_gui.core.importers.base import ImportResult

    said = "网页上的这些内容不是报告正文，未导入：首页 ｜ 打印本页"
    dialog._show("原文", ImportResult(Report.new("某镇人民政府", 2023), [said, "表三第2行"], []))
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert shown == [said, "未导入：表三第2行"]


def test_blank_cells_are_counted_and_kept_blank_in_the_draft(dialog):
    # 平潭综合实验区 2023 (the crawler's copy): 「行政规范性文件77132470」 splits several ways: blank, never 0.
    dialog.load_file(Path(__file__).parents[2] / "corpus" / "whole" / "pingtan-2023.txt")
    assert "3 格留空" in dialog.status.text() and "不当作 0" in dialog.status.text()
    shown = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert any("77132470" in line and "留空" in line for line in shown)
    dialog.save_as_draft()
    report = dialog.store.load(dialog.chosen)
    assert report.t2["normative_documents.in_force"] is None
