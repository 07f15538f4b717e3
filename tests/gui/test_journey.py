"""A new officer's first session at 1024×768, asserting at each step what the screen shows.

start page → 新建 → 基本信息 → table 三 by keyboard → paste → Delete → undo → problems panel to an
off-screen field → 打印预览 → 导出 Word → close and reopen.
"""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLineEdit

from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.dialogs.new_year import NewYearDialog
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.gui.report.tab_bar import tab_errors
from disclosure_gui.store import Store


def shown(tab, path: str) -> str:
    return tab.model.data(tab.model.index_of(path))


def test_a_new_officers_first_session(qtbot, tmp_path, monkeypatch):
    make_application()
    store = Store(tmp_path / "data")
    store.open()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)

    # The start page, on a screen it fits.
    assert win.pages.currentWidget() is win.start_page
    assert win.frameGeometry().width() <= 1024 and win.frameGeometry().height() <= 768
    assert "还没有报告" in win.start_page.recent.item(0).text()

    # 新建本年度报告: no draft from last year, so a blank report; the officer types the unit's name.
    def fill_new_report() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewYearDialog)
        assert not dialog.from_draft.isEnabled() and dialog.blank.isChecked()
        dialog.year.setValue(2025)
        dialog.agency.setFocus()
        dialog.agency.insert("某某区科技局")  # as an input method commits it; QTest types ASCII only
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_new_report)
    QTest.mouseClick(win.start_page.new_button, Qt.MouseButton.LeftButton)
    assert win.pages.currentWidget() is win.tabs
    win.activateWindow()
    qtbot.waitActive(win)
    assert win.windowTitle().startswith("某某区科技局2025年政府信息公开工作年度报告")
    assert [win.tabs.tabText(i) for i in range(7)][:3] == ["基本信息", "一、总体", "二、主动公开"]

    # 基本信息: the phone number.
    win.tabs.setCurrentIndex(0)
    phone = win.tab("basic").inputs["contact.phone"]
    phone.setFocus()
    QTest.keyClicks(phone, "0632-1234567")
    assert win.current_report().meta.contact.phone == "0632-1234567"

    # Table 三 by keyboard: type, Enter moves down, totals follow.
    win.tabs.setCurrentIndex(3)
    t3 = win.tab("t3")
    view = t3.view
    cell = view.visualRect(t3.model.index_of("tables.t3.new_received[0]")).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # the officer clicks the cell
    QTest.keyClicks(view, "4")
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "4"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert t3.model.path_at(view.currentIndex()) == "tables.t3.carried_over[0]"
    assert shown(t3, "tables.t3.new_received[6]") == "4"
    assert tab_errors(win.tabs, 3) >= 1  # 4 received, none handled yet: R1 on the badge

    # Paste the results from a spreadsheet: one undo step, R1 resolved.
    view.setCurrentIndex(t3.model.index_of("tables.t3.granted[0]"))
    QGuiApplication.clipboard().setText("3\n1\n")
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert shown(t3, "tables.t3.granted[0]") == "3" and shown(t3, "tables.t3.partially_granted[0]") == "1"
    assert shown(t3, "tables.t3.total_handled[0]") == "4"
    assert not any(f.rule == "R1" for f in win.document.findings)

    # Delete: the cell and every total it fed go blank at once.
    view.setCurrentIndex(t3.model.index_of("tables.t3.granted[0]"))
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert shown(t3, "tables.t3.granted[0]") == "" and shown(t3, "tables.t3.granted[6]") == ""
    assert shown(t3, "tables.t3.total_handled[0]") == ""

    # Undo (Ctrl+Z) brings the value and its totals back.
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown(t3, "tables.t3.granted[0]") == "3" and shown(t3, "tables.t3.total_handled[0]") == "4"

    # A problem in a field far down 五: a click in the panel scrolls there and selects the phrase.
    problems_tab = win.tab("problems")
    last_key = list(problems_tab.editors())[-1]
    editor = problems_tab.editors()[last_key]
    editor.setPlainText("2025年，我局收到政府信息公开申请9件。")
    win.tabs.setCurrentIndex(0)
    tree = win.problems.tree
    item = next(
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
        if (f := tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole)) is not None
        and getattr(f, "text_span", None)
        and f.text_span[0] == last_key
    )
    tree.scrollToItem(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center())
    assert win.tabs.currentWidget() is problems_tab
    assert editor.textCursor().hasSelection() and not editor.visibleRegion().isEmpty()

    # 打印预览 shows the official pages.
    win.commands.print_preview.trigger()
    job = win.exporter.job
    qtbot.waitUntil(lambda: not job.worker.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: win.exporter.preview is not None and win.exporter.preview.isVisible(), timeout=5000)
    preview = win.exporter.preview
    pages = len(PdfReader(preview.pdf_path).pages)
    assert len(preview.pages) == pages >= 3 and preview.summary.text().startswith(f"共 {pages} 页")
    assert "草稿" not in preview.summary.text()  # the numbers add up: no 草稿 mark on the pages
    assert preview.width() <= 1024 and preview.height() <= 768
    preview.close()

    # 导出 → Word, into the folder the officer chose.
    target = tmp_path / "out" / "report.docx"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    win.commands.export_docx.trigger()
    assert target.stat().st_size > 10_000
    assert "已导出" in win.statusBar().currentMessage()

    # Close and reopen: everything typed is there.
    win.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    again.show()
    first = again.start_page.recent.item(0)
    assert first.text().startswith("2025年  某某区科技局")
    again.start_page.recent.itemActivated.emit(first)
    report = again.current_report()
    assert report.meta.contact.phone == "0632-1234567"
    assert report.t3["granted"][0] == 3 and report.t3["total_handled"][0] == 4
    assert again.tabs.currentIndex() == win.tabs.currentIndex()  # back on the tab left last time
    again.close()
    store.close()
