"""The paths that stopped officers' work, each walked through the real window: 查找 then typing, a new report from a
published one, the year update, 汇总's status table, Ctrl+V in an editing cell, file dialogs that remember, a unit
and year another report has, printing, the example, dialogs that go once answered."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableView

from disclosure_gui.core.format import exchange
from disclosure_gui.gui import settings as keys
from disclosure_gui.gui.dialogs.import_published import ImportPublishedDialog
from disclosure_gui.gui.dialogs.new_year import NewYearDialog
from disclosure_gui.gui.dialogs.year_update import YearUpdateDialog
from disclosure_gui.gui.district.board_model import COLUMNS
from disclosure_gui.gui.main_window import MainWindow
from tests.conftest import SAMPLE_TXT

from .journeys.keys import type_text
from .journeys.modals import AnsweringChooser, Modals, click


def test_after_find_every_keystroke_still_works(window, qtbot):
    """查找 opened and closed (Esc, then ✕): typing and Ctrl+Z anywhere afterwards are ordinary edits."""
    for close in ("Esc", "✕"):
        window.activateWindow()  # the desktop gives the keyboard back to the window when a dialog closes
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        dialog = window.find_dialog
        assert dialog.isVisible()
        QTest.keyClicks(dialog.query, "a")
        if close == "Esc":
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed dialog is deleted
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tabs.setCurrentWidget(window.tab("overview"))
    editor = window.tab("overview").editors()["overview.proactive"]
    editor.setFocus()
    before = window.current_report().text("overview.proactive")
    type_text(editor, "新的一句。")
    assert "新的一句。" in window.current_report().text("overview.proactive")
    phone = window.tab("basic").inputs["contact.phone"]
    window.tabs.setCurrentIndex(0)
    phone.setFocus()
    QTest.keyClicks(phone, "8")
    assert window.current_report().meta.contact.phone.endswith("8")
    QTest.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(phone, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_report().text("overview.proactive") == before


def _new_from_published(win: MainWindow, modals: Modals, chooser: AnsweringChooser, year: int) -> list[str]:
    """新建 → 从已发布的上年报告开始, the sample's text as last year's report; returns the mentions listed."""
    listed: list[str] = []

    def new_year(d) -> None:
        d.year.setValue(year)
        d.from_published.setChecked(True)
        d._accept()

    def import_dialog(d) -> None:
        d.choose_file()
        assert d.next_year.text() == f"以此为上年报告，新建{year}年报告" and d.as_draft.isHidden()
        d.next_year.click()

    def year_update(d) -> None:
        model = d.model
        listed.extend(model.data(model.index(r, 0)) for r in range(model.rowCount()))
        d.replace_button.click()

    modals.on(NewYearDialog, new_year).on(ImportPublishedDialog, import_dialog).on(YearUpdateDialog, year_update)
    chooser.answers.append(str(SAMPLE_TXT))  # type: ignore[attr-defined]
    win.commands.new.trigger()
    return listed


def test_new_report_from_a_published_report_keeps_it_and_makes_one_report_for_the_chosen_year(
    empty_window, modals, chooser
):
    win = empty_window
    listed = _new_from_published(win, modals, chooser, 2024)
    drafts = sorted((d.agency, d.year) for d in win.store.list_drafts())
    assert drafts == [("山亭区科技局", 2023), ("山亭区科技局", 2024)]  # last year's kept, one report made
    report = win.current_report()
    assert report.meta.year == 2024 and report.t3["carried_over"] == [0] * 7
    assert win.document.previous is not None and win.document.previous.meta.year == 2023  # R10, R11 compare
    assert not any("已有" in seen for seen in modals.seen)  # no false 「已有…草稿」
    assert listed.count("改为“2024年1月1日”") == 1 and "改为“2024年12月31日”" in listed
    # The reporting year became this year's in one step; document numbers kept; the rest left to review.
    preamble = report.text("preamble")
    assert "2024年1月1日至2024年12月31日" in preamble and "国办公开办函〔2019〕60号" in preamble
    assert "2023年，我局收到依申请公开事项0件" not in report.text("overview.on_request")
    assert "2024年，我局收到依申请公开事项0件" in report.text("overview.on_request")
    kinds = {m.kind for m in win.document.review_marks}
    assert kinds <= {"year", "date", "figure"} and "figure" in kinds
    assert all(m.text != "2023" or "〔" in preamble for m in win.document.review_marks)
    win.stack.undo()  # one step back: last year's years again, and their marks
    assert "2023年1月1日至2023年12月31日" in win.current_report().text("preamble")
    assert any(m.text.startswith("2023年1月1日") for m in win.document.review_marks)
    win.stack.redo()
    # Started again, the report still finds last year's.
    win.close_report()
    win.open_draft(next(d.id for d in win.store.list_drafts() if d.year == 2024))
    assert win.document.previous is not None and win.document.previous.meta.year == 2023


def test_a_published_report_of_the_wrong_year_makes_no_report(empty_window, modals, chooser):
    win = empty_window
    modals.on(NewYearDialog, lambda d: (d.year.setValue(2026), d.from_published.setChecked(True), d._accept()))

    def import_dialog(d) -> None:
        d.choose_file()
        assert not d.next_year.isEnabled() and "请选择2025年的报告" in d.status.text()
        d.reject()

    modals.on(ImportPublishedDialog, import_dialog)
    chooser.answers.append(str(SAMPLE_TXT))  # type: ignore[attr-defined]
    win.commands.new.trigger()
    assert win.store.list_drafts() == [] and win.document is None


def test_a_copied_last_year_cannot_be_confirmed_and_export_says_what_is_unreviewed(
    empty_window, modals, chooser, tmp_path
):
    win = empty_window
    modals.on(NewYearDialog, lambda d: (d.year.setValue(2024), d.from_published.setChecked(True), d._accept()))
    modals.on(ImportPublishedDialog, lambda d: (d.choose_file(), d.next_year.click()))
    modals.on(YearUpdateDialog, lambda d: d.reject())  # 暂不替换: every copied year stays marked
    chooser.answers.append(str(SAMPLE_TXT))  # type: ignore[attr-defined]
    win.commands.new.trigger()
    doc = win.document
    mark = next(m for m in doc.review_marks if m.field == "overview.on_request" and m.text == "2023")
    # 「已核对」 on a year that still says last year where the reporting year is meant: refused, offered the fix.
    modals.on(QMessageBox, lambda box: click(box, "改为“2024”") if "不能确认为已核对" in box.text() else None)
    win.problems.select_mark(mark)
    win.problems.confirm_button.click()
    assert doc.report.text("overview.on_request").startswith("2024年")  # fixed as one edit, not confirmed away
    # Export: the unreviewed places are named before the file dialog; 去核对 goes to the first one.
    asked: list[str] = []

    def unreviewed(box) -> None:
        asked.append(box.text() + box.informativeText())
        click(box, "去核对")

    modals.handlers.insert(0, (QMessageBox, unreviewed))
    win.commands.export_pdf.trigger()
    assert asked and "尚未核对" in asked[0] and "处年份" in asked[0]
    assert chooser.asked == [("published", "选择已发布的年度报告", chooser.asked[0][2])]  # no file was asked for
    assert win.problems.is_open() and win.problems._selected_mark() == doc.review_marks[0]


def test_status_table_is_exported_as_excel_from_the_button(empty_window, modals, chooser, tmp_path, busy_report):
    folder = tmp_path / "units"
    folder.mkdir()
    for n, name in enumerate(["甲镇人民政府", "乙街道办事处"]):
        r = busy_report.clone()
        r.meta.agency = name
        (folder / f"报送{n}.json").write_text(exchange.dumps(r), encoding="utf-8")
    win = empty_window
    win.commands.aggregate.trigger()
    workspace = win.aggregate_window
    workspace.year.setValue(2023)
    chooser.answers.append(str(folder))  # type: ignore[attr-defined]
    workspace.choose_folder()
    workspace._job.wait()
    QApplication.processEvents()
    target = tmp_path / "out" / "状态.xlsx"
    target.parent.mkdir()
    chooser.answers.append(str(target))  # type: ignore[attr-defined]
    workspace.status_button.click()  # crashed at once: clicked(False) became the file name
    sheet = load_workbook(target)["状态"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "单位" and sorted(r[0] for r in rows[1:]) == ["乙街道办事处", "甲镇人民政府"]
    workspace.close()


def _editing(window, typed: str) -> tuple[QTableView, QLineEdit]:
    """Table 三's first cell being typed into."""
    t3 = window.tab("t3")
    window.tabs.setCurrentWidget(t3)
    view = t3.view
    view.setCurrentIndex(t3.model.index_of("tables.t3.granted[0]"))
    view.setFocus()
    QTest.keyClicks(view, typed)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == typed
    return view, editor


def test_ctrl_v_while_a_cell_is_being_edited_pastes_the_block(window):
    view, editor = _editing(window, "9")
    QGuiApplication.clipboard().setText("3\t1\n2\t0\n")
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    report = window.current_report()
    assert report.t3["granted"][:2] == [3, 1] and report.t3["partially_granted"][:2] == [2, 0]
    assert "数字过大" not in window.statusBar().currentMessage()
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo step for the block
    assert window.current_report().t3["granted"][0] == 0


def test_a_single_value_pasted_into_an_editing_cell_stays_in_the_editor(window):
    _view, editor = _editing(window, "1")
    QGuiApplication.clipboard().setText("2")
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == "12"


def test_file_dialogs_start_where_the_last_file_of_their_kind_went(window, chooser, tmp_path, modals):
    first, second = tmp_path / "甲", tmp_path / "乙"
    first.mkdir()
    second.mkdir()
    chooser.answers += [str(first / "a.docx"), str(second / "b.docx"), ""]  # type: ignore[attr-defined]
    for _ in range(3):
        window.commands.export_docx.trigger()
    starts = [Path(start).parent for kind, _title, start in chooser.asked if kind == keys.KIND_WORD]
    assert starts[1:] == [first, second]
    # The register's export dialog, the district's folders: the same seam, their own kinds.
    window.tabs.setCurrentWidget(window.register_tab)
    modals.on(QMessageBox, lambda box: click(box, "不含个人信息"))
    chooser.answers += [str(first / "台账.xlsx"), str(first / "台账2.xlsx")]  # type: ignore[attr-defined]
    window.register_tab.export_dialog()
    window.register_tab.export_dialog()
    register_starts = [Path(s).parent for kind, _t, s in chooser.asked if kind == keys.KIND_REGISTER]
    assert register_starts[1] == first and chooser.wrong_start == []


def test_a_unit_and_year_another_report_has_are_refused_not_left_unsaveable(window):
    other = window.current_report().clone()
    other.meta.year = 2024
    window.store.create(other)
    basic = window.tab("basic")
    window.tabs.setCurrentWidget(basic)
    basic.year.setValue(2024)
    assert window.current_report().meta.year == 2023 and basic.year.value() == 2023
    assert "不能改成相同的单位和年度" in window.statusBar().currentMessage()
    assert window.save_now(explicit=True)


def test_printing_leaves_no_print_dialog_behind(window, qtbot, modals, tmp_path):
    modals.on(QPrintDialog, lambda d: d.reject())
    for _ in range(2):
        window.exporter.print_file(tmp_path / "none.pdf")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QPrintDialog) == []


def test_answered_dialogs_do_not_pile_up(empty_window, modals):
    win = empty_window
    modals.on(NewYearDialog, lambda d: d.reject())
    for _ in range(3):
        win.commands.new.trigger()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert win.findChildren(NewYearDialog) == []


def test_the_example_has_no_deadline(empty_window):
    win = empty_window
    win.opener.open_sample()
    assert win.deadline_label.text() == "示例报告" and "逾期" not in win.deadline_label.text()
    assert "没有发布期限" in win.deadline_label.toolTip()


def test_findings_speak_without_codes(window):
    window.tabs.setCurrentWidget(window.tab("t3"))
    t3 = window.tab("t3")
    t3.model.setData(t3.model.index_of("tables.t3.granted[0]"), "5")
    tree = window.problems.tree
    lines = [
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    texts = [item.text(0) for item in lines]
    assert texts and not any(t[:1] in "RQTP" and t[1:2].isdigit() for t in texts)
    r1 = next(item for item in lines if "R1" in item.toolTip(0))
    assert r1.text(0).startswith("错误：")


def test_closing_the_summary_window_while_it_reads_the_units(empty_window, chooser, tmp_path, busy_report):
    folder = tmp_path / "units"
    folder.mkdir()
    for n in range(30):
        r = busy_report.clone()
        r.meta.agency = f"第{n}镇人民政府"
        (folder / f"{n}.json").write_text(exchange.dumps(r), encoding="utf-8")
    win = empty_window
    win.commands.aggregate.trigger()
    workspace = win.aggregate_window
    chooser.answers.append(str(folder))  # type: ignore[attr-defined]
    workspace.choose_folder()
    job = workspace._job
    workspace.close()  # the officer closes 汇总 at once: its progress goes with it, the work stops
    job.wait(60)
    for _ in range(3):
        QApplication.processEvents()
    assert not job.is_running() and job.cancelled


def _t3_rows_shown(window) -> int:
    view = window.tab("t3").view
    top, bottom = view.header_height(), view.viewport().height()
    rows = range(view.form_model.form.header_rows, view.form_model.rowCount())
    return sum(
        top <= view.rowViewportPosition(r) and view.rowViewportPosition(r) + view.rowHeight(r) <= bottom for r in rows
    )


def test_room_at_768_pixels(window, tmp_path):
    """At 1024×768 the problems panel starts as one line with its actions in it; table 三 shows at least 14 rows.
    Opened, the panel keeps the height the officer gives it, also after a restart."""
    window.tabs.setCurrentWidget(window.tab("t3"))
    QApplication.processEvents()
    panel, dock = window.problems, window.problems_dock
    assert not panel.is_open() and dock.height() <= panel.header_height() + 2
    assert panel.fix_button.parent() is panel and panel.summary.text()  # counts and actions on the one line
    assert _t3_rows_shown(window) >= 14
    panel.toggle.click()
    QApplication.processEvents()
    assert panel.is_open() and dock.height() > 100
    window.resizeDocks([dock], [220], Qt.Orientation.Vertical)
    QApplication.processEvents()
    panel.toggle.click()  # closed again: the height given is remembered for the next time
    assert keys.get_int(window.settings, keys.PROBLEMS_HEIGHT) == 220
    assert keys.get_bool(window.settings, keys.PROBLEMS_OPEN) is False


@pytest.fixture
def district_folder(tmp_path):
    from .journeys.canned import make_canned

    return make_canned(tmp_path / "canned")


def test_the_summary_window_remembers_shows_the_copier_and_marks_the_shared_passages(
    empty_window, chooser, district_folder, qtbot
):
    canned = district_folder
    win = empty_window
    win.resize(1366, 740)
    win.commands.aggregate.trigger()
    workspace = win.aggregate_window
    workspace.year.setValue(canned.district_year)
    chooser.answers += [str(canned.units_list), str(canned.units_folder)]  # type: ignore[attr-defined]
    workspace.choose_units()
    workspace.choose_folder()
    qtbot.waitUntil(lambda: workspace.aggregation is not None and not workspace._job.is_running(), timeout=20000)
    QApplication.processEvents()
    units = canned.units_list.read_text(encoding="utf-8").split()
    assert sorted(u.agency for u in workspace.aggregation.units) == sorted(units)  # one row per listed unit
    # 疑似抄袭 is in view on a 1366 screen.
    table = workspace.table
    column = COLUMNS.index("疑似抄袭")
    left = table.columnViewportPosition(column)
    assert left >= 0 and left + min(table.columnWidth(column), 120) <= table.viewport().width()
    # The similarity tab: the copier named, the passages both texts share marked in the whole text.
    panel = workspace.similarity
    row = next(r for r in range(panel.model.rowCount()) if panel.model.rows[r][5])
    panel.view.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    assert "抄自" in panel.model.rows[row][6]
    assert "background:#ffe08a" in panel.side_a.toHtml().replace(" ", "") or "ffe08a" in panel.side_a.toHtml()
    workspace.close()
    # Opened again: the folder and the unit list of last time, read at once.
    win.commands.aggregate.trigger()
    again = win.aggregate_window
    assert again is not workspace
    qtbot.waitUntil(lambda: again.aggregation is not None, timeout=20000)
    assert again.sources == [str(canned.units_folder)] and again.units_file == str(canned.units_list)
    again.close()


def test_the_state_filter_finds_the_copier(empty_window, chooser, district_folder, qtbot):
    """The copier's checks may pass (通过, 有提醒): 疑似抄袭 in the state filter is how the office finds it."""
    canned = district_folder
    win = empty_window
    win.commands.aggregate.trigger()
    workspace = win.aggregate_window
    workspace.year.setValue(canned.district_year)
    chooser.answers += [str(canned.units_list), str(canned.units_folder)]  # type: ignore[attr-defined]
    workspace.choose_units()
    workspace.choose_folder()
    qtbot.waitUntil(lambda: workspace.aggregation is not None and not workspace._job.is_running(), timeout=20000)
    workspace.state_filter.setCurrentIndex(workspace.state_filter.findText("疑似抄袭"))
    proxy = workspace.proxy
    shown = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    copiers = sorted({c.copier for c in workspace.review.copies})
    assert copiers and sorted(shown) == copiers
    workspace.close()


def test_a_total_printed_wrong_stays_until_its_cells_are_edited_and_undo_brings_it_back(empty_window, busy_report):
    """A report imported from a published one may carry a wrong total (the rules say so). Editing another table does
    not silently rewrite it; editing a cell it sums recomputes it; undo gives the printed total back."""
    printed = busy_report.clone()
    printed.t3["new_received"][6] = 99  # printed wrong: its cells sum to 18
    win = empty_window
    win.open_draft(win.store.create(printed).id)
    model = win.tab("t4").model
    model.setData(model.index_of("tables.t4.administrative_review[0]"), "2")
    assert win.current_report().t3["new_received"][6] == 99  # another table edited: the printed total stays
    assert any(f.rule == "R3" for f in win.document.findings)
    t3 = win.tab("t3").model
    t3.setData(t3.index_of("tables.t3.new_received[0]"), "13")
    assert win.current_report().t3["new_received"][6] == 19  # a cell it sums edited: computed
    win.stack.undo()
    assert win.current_report().t3["new_received"][6] == 99  # undo: the report as it was, printed total and all
    win.stack.undo()
    assert win.current_report() == printed


def test_ctrl_f_in_the_register_goes_to_its_filter(window, qtbot):
    """The register's own Ctrl+F and the window's 查找 were two shortcuts on one key: Qt then runs neither."""
    tab = window.register_tab
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.filter_edit
    window.tabs.setCurrentWidget(window.tab("overview"))
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_dialog.isVisible()  # elsewhere, 查找
    window.find_dialog.close()
