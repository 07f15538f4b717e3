"""First start, the start page, and menus that hold every command (disabled, with a reason, when it cannot work)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from disclosure_gui.core.format import exchange
from disclosure_gui.core.format.calendar import reporting_year
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.dialogs.new_year import NewYearDialog
from disclosure_gui.gui.dialogs.year_update import YearUpdateDialog
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.gui.report.tabs.base import ReportTab
from disclosure_gui.store import Store
from tests.conftest import SAMPLE_JSON


def menu_tree(menu: QMenu) -> list[tuple[str, object]]:
    """(text, action or submenu tree) in menu order, separators left out."""
    out: list[tuple[str, object]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        sub = action.menu()
        out.append((action.text(), menu_tree(sub) if isinstance(sub, QMenu) else action))
    return out


def top_menus(window) -> dict[str, list[tuple[str, object]]]:
    return {a.text(): menu_tree(a.menu()) for a in window.menuBar().actions()}


def texts(tree) -> list[str]:
    return [text for text, _ in tree]


def test_first_start_shows_the_start_page_and_no_dead_buttons(empty_window):
    win = empty_window
    assert win.pages.currentWidget() is win.start_page
    assert win.start_page.new_button.isEnabled()
    assert "还没有报告" in win.start_page.recent.item(0).text()
    assert not win.start_page.open_recent.isEnabled()
    assert f"部门、乡镇、街道 {reporting_year(date.today()) + 1}年1月31日" in win.start_page.deadline.text()
    a = win.commands
    for action in (a.save, a.export_pdf, a.export_docx, a.print, a.print_preview, a.find, a.close_report):
        assert not action.isEnabled()
        assert "请先新建或打开" in action.toolTip()
    assert not a.undo.isEnabled() and a.new.isEnabled() and a.open.isEnabled()


def test_every_action_is_in_a_menu_and_the_menus_hold_what_an_officer_looks_for(empty_window):
    win = empty_window
    placed: set[int] = set()

    def collect(menu: QMenu) -> None:
        for action in menu.actions():
            placed.add(id(action))
            if isinstance(action.menu(), QMenu):
                collect(action.menu())

    for top in win.menuBar().actions():
        collect(top.menu())
    placed |= {id(a) for a in win.toolbar.actions()}
    own = [a for a in win.findChildren(QAction) if a.parent() is win and a.text()]
    assert own and all(id(a) in placed for a in own), [a.text() for a in own if id(a) not in placed]
    assert all(id(a) in placed for a in win.commands.all())

    menus = top_menus(win)
    file_menu = dict(menus["文件(&F)"])
    for text in ("新建…", "打开…", "复制为…", "复制到网站编辑器", "打印预览…", "打印…", "退出"):
        assert text in file_menu
    assert texts(file_menu["导入"]) == ["交换文件…", "已发布的报告（网页、Word、PDF）…"]
    assert texts(file_menu["导出"])[:4] == ["PDF…", "Word…", "网页…", "交换文件…"]
    assert file_menu["打印…"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    edit = dict(menus["编辑(&E)"])
    assert {QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")} <= set(edit["重做"].shortcuts())
    assert edit["查找…"].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert "校验规则说明" in dict(menus["帮助(&H)"])


def test_the_recent_reports_show_year_and_state(empty_window):
    win = empty_window
    sample = exchange.load(SAMPLE_JSON)
    draft = win.store.create(sample)
    published = sample.clone()
    published.meta.agency = "某某镇人民政府"
    published.meta.publish_date = date(2024, 1, 20)
    win.store.create(published)
    win.show_start_page()
    rows = [win.start_page.recent.item(i).text() for i in range(win.start_page.recent.count())]
    assert any(r.startswith("2023年  山亭区科技局") and "0 个错误，5 个提醒" in r for r in rows)
    assert any("某某镇人民政府" in r and "已发布（2024年1月20日）" in r for r in rows)
    win.start_page.openRequested.emit(draft.id)
    assert win.pages.currentWidget() is win.tabs and win.commands.save.isEnabled()


def test_new_report_offers_last_years_draft(empty_window):
    store = empty_window.store
    store.create(exchange.load(SAMPLE_JSON))  # 2023
    dialog = NewYearDialog(store, 2024)
    assert dialog.from_draft.isEnabled() and dialog.from_draft.isChecked()
    assert dialog.drafts.currentText() == "山亭区科技局 2023年"
    dialog.year.setValue(2026)
    assert not dialog.from_draft.isEnabled() and "没有 2025 年的草稿" in dialog.from_draft.toolTip()
    assert dialog.blank.isChecked() and dialog.agency.isEnabled()
    assert reporting_year(date(2027, 1, 10)) == 2026 and reporting_year(date(2026, 11, 1)) == 2026


def test_new_report_from_last_years_draft_lists_the_copied_years(empty_window, monkeypatch):
    win = empty_window
    win.store.create(exchange.load(SAMPLE_JSON))

    def choose_2024(self):  # the officer picks 2024 and starts from the 2023 draft
        self.year.setValue(2024)
        self.from_draft.setChecked(True)
        return NewYearDialog.DialogCode.Accepted

    monkeypatch.setattr(NewYearDialog, "exec", choose_2024)
    monkeypatch.setattr(YearUpdateDialog, "exec", lambda self: YearUpdateDialog.DialogCode.Rejected)  # 暂不替换
    win.opener.new_report()
    assert win.current_report().meta.year == 2024
    assert win.current_report().t3["carried_over"] == [0] * 7
    assert win.problems.review_count() > 0
    group = win.problems.tree.topLevelItem(0).text(0)
    assert group.startswith("从上年报告照搬的年份、日期和数字，待核对")


def test_closing_a_report_frees_its_tabs_and_returns_to_the_start_page(empty_window, qapp):
    win = empty_window
    ids = []
    report = exchange.load(SAMPLE_JSON)
    for agency in ("甲局", "乙局", "丙局"):
        report.meta.agency = agency
        ids.append(win.store.create(report).id)
    for draft_id in ids:
        win.open_draft(draft_id)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert len(win.findChildren(ReportTab)) == 7
    win.close_report()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert win.findChildren(ReportTab) == []
    assert win.pages.currentWidget() is win.start_page and not win.commands.save.isEnabled()


def test_undo_label_and_redo_with_ctrl_y(window, qtbot):
    editor = window.tab("basic").editors()["preamble"]
    editor.setPlainText(window.current_report().texts["preamble"].replace("2023年1月1日", "20231月1日"))
    q7 = next(f for f in window.document.findings if f.rule == "Q7")
    window.apply_fix(q7)
    assert window.commands.undo.text() == "撤销"
    assert window.commands.undo.toolTip() == f"撤销：一键修正“{q7.message[:20]}”"  # what, not the check's code
    window.stack.undo()
    assert "20231月1日" in window.current_report().texts["preamble"]
    window.tabs.setCurrentIndex(3)
    window.tab("t3").view.setFocus()
    QTest.keyClick(window.tab("t3").view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert "20231月1日" not in window.current_report().texts["preamble"]


def test_find_lists_every_text_and_shows_the_hit(window):
    from disclosure_gui.gui.dialogs.find import FindDialog

    dialog = FindDialog(window.document, window.settings, window)
    dialog.chosen.connect(window.navigator.show_text)
    dialog.query.setText("政府信息公开")
    assert dialog.results.count() >= 3 and dialog.summary.text().startswith("找到")
    item = dialog.results.item(dialog.results.count() - 1)
    dialog.results.itemClicked.emit(item)
    key, _start, _end = item.data(Qt.ItemDataRole.UserRole)
    editor = window.tabs.currentWidget().editors()[key]
    assert editor.textCursor().selectedText() == "政府信息公开"
    dialog.query.setText("没有这个词")
    assert dialog.results.count() == 0 and "没有找到" in dialog.summary.text()


def test_help_shows_the_checks_catalogue_offline(window):
    window.show_checks_help()
    text = window.help_dialog.browser.toPlainText()
    assert "检查项说明" in text
    window.help_dialog.close()


def test_help_offers_every_users_document_and_follows_links_between_them(window):
    """帮助 → 期限是怎么算的 / 区县汇总说明 open in the one help window; the district guide's link to the exchange
    format opens that document there, offline."""
    window.commands.deadlines_help.trigger()
    dialog = window.help_dialog
    assert dialog.windowTitle() == "期限是怎么算的" and "第四十九条" in dialog.browser.toPlainText()
    window.commands.district_help.trigger()
    assert window.help_dialog is dialog and dialog.windowTitle() == "区县汇总说明"
    assert "疑似抄袭" in dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("exchange-format.md"))
    assert dialog.windowTitle() == "交换文件格式" and "format_version" in dialog.browser.toPlainText()
    dialog.browser.anchorClicked.emit(QUrl("https://www.gov.cn/"))  # a web address is not followed
    assert dialog.windowTitle() == "交换文件格式"
    dialog.close()


def test_the_reports_dialog_has_no_dead_buttons_on_an_empty_list(empty_window):
    from PySide6.QtWidgets import QPushButton

    from disclosure_gui.gui.dialogs.reports import ReportsDialog

    dialog = ReportsDialog(empty_window.store, empty_window)
    buttons = {b.text(): b for b in dialog.findChildren(QPushButton)}
    for text in ("打开", "以上年报告新建本年报告", "复制为…", "改名…", "删除（移到回收站）", "导出交换文件…"):
        assert not buttons[text].isEnabled() and "请先在列表中选择" in buttons[text].toolTip()
    assert buttons["新建报告…"].isEnabled() and buttons["打开示例报告"].isEnabled()
    dialog._sample()
    assert dialog.chosen  # the example is now a draft to open


def test_ctrl_p_asks_the_system_print_dialog_and_cancel_prints_nothing(window, qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    asked = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: asked.append(self) or QPrintDialog.DialogCode.Rejected)
    assert window.commands.print.shortcut() == QKeySequence("Ctrl+P")
    window.commands.print.trigger()
    job = window.exporter.job
    qtbot.waitUntil(lambda: not job.worker.is_alive(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert "已送往打印机" not in window.statusBar().currentMessage()


def test_a_read_only_store_keeps_its_writing_buttons_disabled_with_the_reason(tmp_path, qtbot):
    from PySide6.QtWidgets import QPushButton

    from disclosure_gui.gui.dialogs.history import HistoryDialog
    from disclosure_gui.gui.dialogs.reports import ReportsDialog

    make_application()
    with Store(tmp_path / "d") as store:
        draft = store.create(exchange.load(SAMPLE_JSON)).id
    readonly = Store(tmp_path / "d", readonly=True)
    readonly.open()
    try:
        history = HistoryDialog(readonly, draft)
        restore = next(b for b in history.findChildren(QPushButton) if b.text() == "恢复此版本")
        history.table.selectRow(0)
        assert not restore.isEnabled() and "只读" in restore.toolTip()
        reports = ReportsDialog(readonly)
        reports.table.selectRow(0)
        buttons = {b.text(): b for b in reports.findChildren(QPushButton)}
        assert buttons["打开"].isEnabled() and not buttons["删除（移到回收站）"].isEnabled()
        assert "只读" in buttons["删除（移到回收站）"].toolTip()
        win = MainWindow(readonly, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(win)
        assert not win.start_page.new_button.isEnabled() and "只读" in win.start_page.new_button.toolTip()
        win.open_draft(draft)
        assert not win.commands.save.isEnabled() and "只读" in win.commands.save.toolTip()
        assert win.commands.export_pdf.isEnabled()
        win.close()
    finally:
        readonly.close()


def test_new_report_never_offers_a_year_before_this_season(empty_window, monkeypatch):
    win = empty_window
    season = reporting_year(date.today())
    offered: list[int] = []
    monkeypatch.setattr(NewYearDialog, "exec", lambda self: (offered.append(self.year.value()), 0)[1])
    win.settings.setValue("new/year", season - 1)  # remembered from last season
    win.opener.new_report()
    assert offered == [season]
    win.settings.setValue("new/year", season + 1)  # the officer already went on to next year: kept
    win.opener.new_report()
    assert offered == [season, season + 1]


def test_copy_as_does_not_ask_for_a_unit_type_it_would_discard(window, monkeypatch):
    from disclosure_gui.gui.dialogs.reports import NewReportDialog

    seen = []
    monkeypatch.setattr(NewReportDialog, "exec", lambda self: (seen.append(self.kind.isVisibleTo(self)), 0)[1])
    window.opener.duplicate_report()
    assert seen == [False]


def test_the_report_manager_buttons_leave_room_around_their_labels(empty_window):
    from disclosure_gui.gui.dialogs.reports import ReportsDialog

    dialog = ReportsDialog(empty_window.store, empty_window)
    dialog.show()
    for button in dialog.findChildren(QPushButton):
        room = button.width() - button.fontMetrics().horizontalAdvance(button.text())
        assert room >= 20, button.text()
    dialog.close()
