"""The window as an officer uses it: typing, totals, marks, the problems panel, paste, undo, autosave."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.gui.report.tab_bar import tab_errors
from disclosure_gui.gui.report.table_model import ERROR_BG
from disclosure_gui.gui.report.tabs.tables import TableTab
from disclosure_gui.store import Store


def table(window, key) -> TableTab:
    tab = window.tab(key)
    window.tabs.setCurrentWidget(tab)
    return tab


def type_into(qtbot, tab: TableTab, path: str, text: str) -> None:
    """Select the cell, type (the first key opens the editor, as in a spreadsheet), press Enter."""
    view = tab.view
    view.setCurrentIndex(tab.model.index_of(path))
    view.setFocus()
    if text.isascii():
        QTest.keyClicks(view, text[0])  # typing replaces the cell's content
    else:  # an input method commits full-width text; QTest can only send ASCII keys
        QTest.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget() or view.findChild(QLineEdit)
    assert editor is not None and editor is not view, "typing did not open an editor"
    if text.isascii():
        QTest.keyClicks(editor, text[1:])
    else:
        editor.selectAll()
        editor.insert(text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits through the event loop


def test_every_table_model_passes_the_model_tester(window, qtmodeltester):
    for key in ("t2", "t3", "t4"):
        qtmodeltester.check(table(window, key).model)


def test_typing_updates_totals_marks_the_cell_and_lists_the_problem(window, qtbot):
    tab = table(window, "t3")
    type_into(qtbot, tab, "tables.t3.granted[0]", "５")  # full-width, as typed with a Chinese IME
    report = window.current_report()
    assert report.t3["granted"][0] == 5
    assert tab.model.data(tab.model.index_of("tables.t3.granted[6]")) == "5"
    assert tab.model.data(tab.model.index_of("tables.t3.total_handled[0]")) == "5"
    marked = tab.model.data(tab.model.index_of("tables.t3.total_handled[0]"), Qt.ItemDataRole.BackgroundRole)
    assert marked.color() == ERROR_BG
    tip = tab.model.data(tab.model.index_of("tables.t3.new_received[0]"), Qt.ItemDataRole.ToolTipRole)
    assert "R1" in tip and "自然人列" in tip
    assert window.problems.count() >= 1
    assert tab_errors(window.tabs, window.tabs.indexOf(tab)) >= 1  # a badge on the tab counts the errors
    # Enter moved down to the next input cell
    assert tab.model.path_at(tab.view.currentIndex()) == "tables.t3.partially_granted[0]"


def test_bad_input_is_refused_with_a_message_naming_the_cell(window, qtbot):
    tab = table(window, "t3")
    messages = []
    tab.view.message.connect(lambda text, is_error: messages.append((text, is_error)))
    type_into(qtbot, tab, "tables.t3.granted[1]", "1.5")
    assert window.current_report().t3["granted"][1] == 0
    assert messages and "予以公开 · 商业企业" in messages[-1][0] and "整数" in messages[-1][0]


def test_totals_are_read_only(window):
    tab = table(window, "t3")
    total = tab.model.index_of("tables.t3.granted[6]")
    assert not tab.model.flags(total) & Qt.ItemFlag.ItemIsEditable
    assert tab.model.setData(total, "9") is False


def test_paste_a_row_from_excel_is_one_undo_step(window):
    tab = table(window, "t3")
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.new_received[0]"))
    before = window.stack.count()
    assert tab.view.paste("一、本年新收政府信息公开申请数量\t\t\t3\t1\t0\t0\t0\t0\t4\r\n")
    report = window.current_report()
    assert report.t3["new_received"] == [3, 1, 0, 0, 0, 0, 4]
    assert window.stack.count() == before + 1
    window.stack.undo()
    assert report.t3["new_received"] == [0] * 7


def test_paste_a_column_one_number_per_line(window):
    tab = table(window, "t3")
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    assert tab.view.paste("2\n1\n—\n")
    report = window.current_report()
    assert report.t3["granted"][0] == 2 and report.t3["partially_granted"][0] == 1
    assert report.t3["withheld_state_secret"][0] is None  # 「—」 is an empty cell, which R5 then reports
    assert any(f.rule == "R5" for f in window.document.findings)


def test_pasted_totals_are_checked_not_trusted(window):
    tab = table(window, "t3")
    messages = []
    tab.view.message.connect(lambda text, is_error: messages.append(text))
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    assert tab.view.paste("1  1  0  0  0  0  9")  # several spaces between cells; total says 9
    assert window.current_report().t3["granted"][6] == 2
    assert "粘贴的是 9" in messages[-1] and "应为 2" in messages[-1]


def test_a_bad_value_refuses_the_whole_paste(window):
    tab = table(window, "t3")
    messages = []
    tab.view.message.connect(lambda text, is_error: messages.append(text))
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    count = window.stack.count()
    assert not tab.view.paste("1\t2\tabc\t4")
    assert window.current_report().t3["granted"] == [0] * 7
    assert window.stack.count() == count
    assert "表三 予以公开 · 科研机构" in messages[-1]


def test_delete_clears_the_selection_and_copy_gives_tab_separated_text(window):
    tab = table(window, "t4")
    tab.view.paste("1\t2\t0\t0")
    model = tab.model
    tab.view.setCurrentIndex(model.index_of("tables.t4.administrative_review[0]"))
    tab.view.selectionModel().select(
        model.index_of("tables.t4.administrative_review[1]"), tab.view.selectionModel().SelectionFlag.Select
    )
    tab.view.copy_selection()
    assert QGuiApplication.clipboard().text() == "1\t2"
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert window.current_report().t4["administrative_review"][:2] == [None, None]
    window.stack.undo()
    assert window.current_report().t4["administrative_review"][:2] == [1, 2]


def test_tab_moves_to_the_next_input_cell_skipping_totals(window):
    tab = table(window, "t4")
    view = tab.view
    view.setCurrentIndex(tab.model.index_of("tables.t4.administrative_review[3]"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Tab)
    assert tab.model.path_at(view.currentIndex()) == "tables.t4.litigation_direct[0]"


def test_text_typing_is_one_undo_step_per_field_and_undo_restores(window, qtbot):
    tab = window.tab("overview")
    window.tabs.setCurrentWidget(tab)
    editor = tab.editors()["overview.intro"]
    editor.setFocus()
    before = window.stack.count()
    QTest.keyClicks(editor, "abc")
    assert window.current_report().texts["overview.intro"] == "abc"
    assert window.stack.count() == before + 1
    window.stack.undo()
    assert window.current_report().texts["overview.intro"] == ""
    assert editor.toPlainText() == ""
    window.stack.redo()
    assert editor.toPlainText() == "abc"


def test_clicking_a_problem_opens_the_tab_and_selects_the_cell(window):
    table(window, "t4").view.paste("1\t0\t0\t0")  # not a problem: totals computed
    t3 = window.tab("t3")
    t3.view.setCurrentIndex(t3.model.index_of("tables.t3.granted[0]"))
    t3.view.paste("2")
    window.tabs.setCurrentIndex(0)
    r1 = next(f for f in window.document.findings if f.rule == "R1")
    window.navigator.show_finding(r1)
    assert window.tabs.currentWidget() is t3
    assert t3.model.path_at(t3.view.currentIndex()) in r1.cells


def test_clicking_a_text_problem_selects_the_phrase(window):
    editor = window.tab("overview").editors()["overview.on_request"]
    editor.setPlainText("2023年，我局收到政府信息公开申请7件。")
    r8 = next(f for f in window.document.findings if f.rule == "R8")
    window.navigator.show_finding(r8)
    assert editor.textCursor().selectedText() == "收到政府信息公开申请7件"


def test_autosave_survives_a_restart(window, qtbot, data_dir, tmp_path):
    t3 = table(window, "t3")
    t3.view.setCurrentIndex(t3.model.index_of("tables.t3.new_received[2]"))
    t3.view.paste("6")
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=5000)  # the debounced autosave ran
    assert window.saved_label.text().startswith("已保存")
    draft_id = window.document.draft_id
    window.close()
    window.store.close()
    with Store(data_dir) as again:
        assert again.load(draft_id).t3["new_received"][2] == 6
    again = Store(data_dir)
    again.open()
    window.store = again  # the fixture closes this one
    restarted = MainWindow(again, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(restarted)
    restarted.open_draft(draft_id)
    assert restarted.current_report().t3["new_received"][2] == 6
    restarted.close()


def test_basic_information_edits_go_through_undo(window):
    tab = window.tab("basic")
    edit = tab.inputs["contact.phone"]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "0632-1234567")
    assert window.current_report().meta.contact.phone == "0632-1234567"
    window.stack.undo()
    assert window.current_report().meta.contact.phone == "0632-8811963"
    assert edit.text() == "0632-8811963"


def test_generate_preamble(window):
    tab = window.tab("basic")
    tab.generate_preamble()
    text = window.current_report().texts["preamble"]
    assert "国办公开办函〔2021〕30号" in text and "2023年1月1日至2023年12月31日" in text
    window.stack.undo()
    assert "〔2019〕60号" in window.current_report().texts["preamble"]


def test_quality_findings_are_grouped_and_a_certain_fix_is_one_click(window):
    groups = [window.problems.tree.topLevelItem(i).text(0) for i in range(window.problems.tree.topLevelItemCount())]
    assert groups == ["数据校验（0）", "质量体检（5）"]
    editor = window.tab("basic").editors()["preamble"]
    text = (
        window.current_report().texts["preamble"].replace("2023年1月1日至2023年12月31日", "20231月1日至2023年12月31日")
    )
    editor.setPlainText(text)
    q7 = next(f for f in window.document.findings if f.rule == "Q7")
    assert q7.severity == "error" and tab_errors(window.tabs, 0) == 1
    window.apply_fix(q7)
    assert "2023年1月1日至2023年12月31日" in window.current_report().texts["preamble"]
    assert not any(f.rule == "Q7" for f in window.document.findings)
    window.stack.undo()
    assert "20231月1日" in window.current_report().texts["preamble"]


def _not_the_example(window):
    """The sample opened as a unit's own report: a report with a deadline (the example itself has none)."""
    window.document.report.meta.agency = "某某区科技局"
    window._update_deadline()


def test_status_bar_counts_down_to_the_deadline(window):
    _not_the_example(window)
    assert "发布截止" in window.deadline_label.toolTip()


def test_the_status_bar_labels_are_short_and_apart_at_1024(window):
    from datetime import date

    from disclosure_gui.core.format.calendar import publication_deadline

    _not_the_example(window)
    window.statusBar().clearMessage()
    overdue = (date.today() - publication_deadline(window.current_report()).due).days  # a 2023 report: long overdue
    assert window.deadline_label.text() == f"逾期{overdue}天"
    assert f"{overdue} 天，尚未记录发布日期" in window.deadline_label.toolTip()
    window.tab("basic").inputs["contact.phone"].setText("x")
    window._on_edit()
    labels = [window.deadline_label, window.saved_label, window.findChild(QLabel, "register-status")]
    assert sum(label.sizeHint().width() for label in labels) < window.width() // 2
    for label in labels:
        assert label.contentsMargins().left() >= 6 and label.contentsMargins().right() >= 6


def test_copy_for_the_website_puts_html_and_plain_text_on_the_clipboard(window):
    window.exporter.copy_for_website()
    mime = QGuiApplication.clipboard().mimeData()
    assert "<!--StartFragment-->" in mime.html() and 'rowspan="22"' in mime.html()
    assert mime.text().startswith("山亭区科技局2023年政府信息公开工作年度报告")
    window.exporter.copy_for_website(source=True)
    assert QGuiApplication.clipboard().text().startswith("<p>\u3000\u3000根据")  # no title: the site shows it


def test_export_word_and_web_page_from_the_window(window, tmp_path):
    window.exporter.export_docx(tmp_path / "r.docx")
    window.exporter.export_html(tmp_path / "r.html")
    assert (tmp_path / "r.docx").stat().st_size > 10_000
    assert "<table" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_ctrl_z_and_ctrl_y_in_a_line_edit_use_the_windows_undo_steps(window):
    edit = window.tab("basic").inputs["contact.phone"]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, "123")
    steps = window.stack.index()
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_report().meta.contact.phone == "0632-8811963" == edit.text()
    assert window.stack.index() == steps - 1  # the 撤销 menu's step, not the line edit's own history
    QTest.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.current_report().meta.contact.phone == "123" == edit.text()
    assert window.stack.index() == steps
