"""The main window: wires the start page, the document, the undo stack, the tabs, the problems panel and
the store. Actions live in :mod:`.actions`, menus in :mod:`.menus`, files and printing in :mod:`.exporting`."""

from __future__ import annotations

from datetime import date, datetime

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from .. import APP_NAME
from ..core.checks.finding import Finding
from ..core.format.calendar import local_countdown
from ..core.format.report import Report
from ..store import Store, StoreError
from . import settings as keys
from .actions import WindowActions
from .copied_years import CopiedYears
from .exporting import Exporter
from .i18n import tr
from .local_profile import ProfileController, handed_out_folders
from .menus import build_menus, build_toolbar
from .messages import warn
from .navigation import Navigator
from .opening import Opener, stored_last_year
from .problems_dock import ProblemsDock
from .register.view import RegisterTab, add_register_tab
from .report.commands import SetTextCommand
from .report.document import ReportDocument
from .report.problems_panel import ProblemsPanel
from .report.read_only import GuardedUndoStack, make_read_only, read_only_bar
from .report.tab_bar import update_tab_titles
from .report.tabs.base import ReportTab
from .report.tabs.basic import BasicTab
from .report.tabs.other import OtherTab
from .report.tabs.tables import TableTab
from .report.tabs.texts import SectionTextTab
from .screen import fit, fits_on_screen
from .side_windows import SideWindows
from .start_page import StartPage
from .status_bar import is_sample, sample_note, short_deadline, spaced_label
from .work_calendar import CalendarController

AUTOSAVE_DELAY_MS = 1500
PREFERRED_SIZE = (1280, 760)


class MainWindow(QMainWindow, SideWindows):
    def __init__(self, store: Store, settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.stack = GuardedUndoStack(self)
        self.stack.read_only = store.readonly
        self.stack.refused.connect(self._refused_edit)
        self.document: ReportDocument | None = None
        self.report_tabs: list[ReportTab] = []
        self.register_tab: RegisterTab | None = None
        self._save_error_shown = False

        self.start_page = StartPage(store)
        self.opener = Opener(self)
        self.start_page.newRequested.connect(self.opener.new_report)
        self.start_page.openRequested.connect(self.open_draft)
        self.start_page.reportsRequested.connect(self.opener.show_reports)
        self.start_page.sampleRequested.connect(self.opener.open_sample)
        self.start_page.importRequested.connect(self.opener.import_published)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.save_now)
        self.stack.indexChanged.connect(self._on_edit)
        self.stack.cleanChanged.connect(self._clean_changed)

        self.profiles = ProfileController(settings, self, handed_out_folders(store.root))
        self.profiles.profileChanged.connect(self._profile_changed)
        self.calendar = CalendarController(store.root, self.profiles, self)
        self.calendar.calendarChanged.connect(self._calendar_changed)
        self.saved_label = spaced_label()
        self.deadline_label = spaced_label()
        self.statusBar().addPermanentWidget(self.deadline_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        for notice in (self.profiles.notice, self.calendar.notice):
            if notice:
                self.statusBar().showMessage(notice, 15000)
        self.problems_dock = ProblemsDock(self, settings)
        self.problems: ProblemsPanel | None = None
        self.exporter = Exporter(self)
        self.navigator = Navigator(self)
        self.copied = CopiedYears(self, self.navigator)
        self.commands = WindowActions(self, self.exporter, self.opener)
        self.recent_menu = build_menus(self, self.commands)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.toolbar = build_toolbar(self, self.commands)
        if store.readonly:
            self._show_read_only_bar()
        self._place_on_screen()
        self.show_start_page()

    def _place_on_screen(self) -> None:
        fit(self, *PREFERRED_SIZE)
        geometry = keys.get_bytes(self.settings, keys.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
            if not fits_on_screen(self) and not self.isMaximized():  # saved on a bigger screen
                fit(self, *PREFERRED_SIZE)

    def _show_read_only_bar(self) -> None:
        """A read-only window says so across the top and offers 另存为副本 (an exchange file of the report)."""
        save_copy = QAction(tr("另存为副本…"), self)
        save_copy.setToolTip(tr("把这份报告导出为交换文件，在另一个窗口中导入后可以继续修改"))
        save_copy.triggered.connect(lambda: self.exporter.export_exchange())  # not the checked flag as a path
        bar, self.read_only_label = read_only_bar(self, save_copy.text())
        bar.addAction(save_copy)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.insertToolBarBreak(bar)
        self.save_copy_action = save_copy
        self.commands.adopt(save_copy, report=True)  # nothing to copy on the start page: disabled, and says why

    def _taken(self, agency: str, year: int) -> bool:
        """Whether another report in the store has this unit and year."""
        if self.document is None or self.document.draft_id is None:
            return False
        other = self.store.find(agency.strip(), year)
        return other is not None and other.id != self.document.draft_id

    def _clean_changed(self, clean: bool) -> None:
        if shiboken6.isValid(self):  # the stack empties itself as the window is destroyed
            self.setWindowModified(not clean)

    def _refused_edit(self) -> None:
        self.statusBar().showMessage(tr("只读：不能修改。如需保留修改，请用“另存为副本…”导出交换文件。"), 8000)

    # ------------------------------------------------------------------ documents

    def show_start_page(self) -> None:
        self.refresh_start_page()
        self.pages.setCurrentWidget(self.start_page)
        self.problems_dock.hide()
        self._update_title()
        self.commands.refresh()

    def refresh_start_page(self) -> None:
        """The recent reports with their problems, counted as the problems panel counts them."""
        self.start_page.refresh(keys.get_list(self.settings, keys.RECENT), profile=self.profiles.profile)

    def open_draft(self, draft_id: str) -> None:
        self.flush()
        try:
            report = self.store.load(draft_id)
            marks = self.store.review_marks(draft_id)
        except StoreError as exc:
            warn(self, str(exc))
            return
        previous = stored_last_year(self.store, report)  # the cross-year checks compare with it at once
        self.show_notices()
        document = ReportDocument(report, draft_id=draft_id, previous=previous)
        document.set_review_marks(marks)
        self.load_document(document)
        recent = [draft_id, *[r for r in keys.get_list(self.settings, keys.RECENT) if r != draft_id]][:8]
        keys.put(self.settings, keys.RECENT, recent)
        if marks:
            self.statusBar().showMessage(
                tr("正文中有 {0} 处从上年报告照搬的年份、日期和数字，已列在“问题”面板中，请逐一核对").format(
                    len(marks)
                ),
                10000,
            )

    def show_notices(self) -> None:
        """What the store found (damaged drafts restored, migrations), one dialog each, told once."""
        for notice in self.store.notices:
            warn(self, notice)
        self.store.notices.clear()

    def load_document(self, document: ReportDocument) -> None:
        self._free_tabs()
        self.document = document
        self.report_tabs = [
            BasicTab(document, self.stack),
            SectionTextTab("overview", document, self.stack),
            TableTab("t2", document, self.stack),
            TableTab("t3", document, self.stack),
            TableTab("t4", document, self.stack),
            SectionTextTab("problems", document, self.stack),
            OtherTab(document, self.stack),
        ]
        for tab in self.report_tabs:
            self.tabs.addTab(tab, tab.title)
            if isinstance(tab, TableTab):
                tab.view.message.connect(self._show_message)
            if isinstance(tab, OtherTab | BasicTab):
                tab.message.connect(self._show_message)
        self.register_tab = add_register_tab(self, self.tabs, document, self.stack, self.store)
        self.tabs.setCurrentIndex(min(keys.get_int(self.settings, keys.WINDOW_TAB), self.tabs.count() - 1))
        if self.problems is None:
            self.problems = ProblemsPanel(document)
            self.problems.activated.connect(self.navigator.show_finding)
            self.problems.fixRequested.connect(self.apply_fix)
            self.problems.reviewActivated.connect(self.navigator.show_review_mark)
            self.problems.reviewConfirmed.connect(self.copied.confirm)
            self.problems_dock.set_panel(self.problems)
        else:
            self.problems.set_document(document)
        document.set_profile(self.profiles.profile)
        basic = self.report_tabs[0]
        assert isinstance(basic, BasicTab)
        basic.profile_button.clicked.connect(lambda: self.profiles.choose(self))
        basic.profile_clear.clicked.connect(self.profiles.clear)
        basic.profile_label.setText(self.profiles.describe())
        basic.taken = self._taken
        document.findingsChanged.connect(self._update_tab_titles)
        document.metaChanged.connect(self._update_title)
        document.metaChanged.connect(self._update_deadline)
        self.pages.setCurrentWidget(self.tabs)
        self.problems_dock.show()
        self.problems_dock.place()
        self._update_deadline()
        self._update_tab_titles()
        self._update_title()
        self.saved_label.setText(tr("只读") if self.store.readonly else "")
        if self.store.readonly:
            for tab in self.report_tabs:
                make_read_only(tab)
        self.commands.refresh()

    def _free_tabs(self) -> None:
        """Tabs of the report being closed go away with their models (else every open leaks seven widgets)."""
        finder = getattr(self, "find_dialog", None)
        if finder is not None and shiboken6.isValid(finder):
            finder.close()  # it searches the report being closed
        self.stack.clear()
        self.tabs.clear()
        for tab in self.report_tabs:
            tab.setParent(None)
            tab.deleteLater()
        self.report_tabs = []
        if self.register_tab is not None:  # its applications are saved before the tab goes
            self.register_tab.finish()
            self.removeEventFilter(self.register_tab)
            self.register_tab.setParent(None)
            self.register_tab.deleteLater()
            self.register_tab = None
        if self.document is not None:
            self.document.disconnect(self)
            self.document = None

    def close_report(self) -> None:
        if not self._saved_or_confirmed():
            return
        keys.put(self.settings, keys.WINDOW_TAB, self.tabs.currentIndex())
        self._free_tabs()
        self.deadline_label.clear()
        self.deadline_label.setToolTip("")
        self.saved_label.clear()
        self.show_start_page()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        known = {d.id: d for d in self.store.list_drafts()}
        self.show_notices()
        for draft_id in keys.get_list(self.settings, keys.RECENT):
            info = known.get(draft_id)
            if info:
                action = self.recent_menu.addAction(tr("{0} {1}年").format(info.agency, info.year))
                action.triggered.connect(lambda _c=False, d=draft_id: self.open_draft(d))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(tr("（还没有）")).setEnabled(False)

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
            return
        readonly = tr("（只读）") if self.store.readonly else ""
        self.setWindowTitle(f"{self.document.report.title}{readonly}[*] — {APP_NAME}")

    def _update_deadline(self) -> None:
        if self.document is not None:
            report, today, profile = self.document.report, date.today(), self.profiles.profile
            self.deadline_label.setText(short_deadline(report, today, profile))
            tip = sample_note() if is_sample(report) else local_countdown(report, today, profile)
            self.deadline_label.setToolTip(tip)

    def _profile_changed(self) -> None:
        if self.document is not None:
            self.document.set_profile(self.profiles.profile)
            basic = self.report_tabs[0]
            if isinstance(basic, BasicTab):
                basic.profile_label.setText(self.profiles.describe())
        else:
            self.refresh_start_page()
        self._update_deadline()

    def _calendar_changed(self) -> None:
        """Holidays entered or handed out: the register's deadlines and the start page's notes are counted anew."""
        if self.register_tab is not None:
            self.register_tab.doc.calendar_changed()
        if self.document is None:
            self.refresh_start_page()

    def _update_tab_titles(self) -> None:
        if self.document is not None:
            update_tab_titles(self.tabs, self.report_tabs, self.document)

    def apply_fix(self, finding: Finding) -> None:
        """The one-click fix of a quality finding, as one undoable text edit."""
        if self.stack.read_only:
            self._refused_edit()
            return
        if self.document is None or finding.fix is None:
            return
        key, start, end, replacement = finding.fix
        text = self.document.text(key)
        fixed = text[:start] + replacement + text[end:]
        label = tr("一键修正“{0}”").format(finding.message[:20])  # what was fixed, not the check's code
        self.stack.push(SetTextCommand(self.document, key, fixed, merge=False, text=label))
        self.statusBar().showMessage(tr("已修正：{0}（可撤销）").format(finding.message), 6000)

    def update_copied_years(self) -> None:
        """The year update step of a report made from last year's."""
        self.copied.update()

    def ready_to_publish(self, what: str) -> bool:
        return self.copied.ready_to_publish(what)

    # ------------------------------------------------------------------ saving

    def _on_edit(self) -> None:
        if self.document is not None and not self.store.readonly:
            self.saved_label.setText(tr("有未保存的修改"))
            self.autosave.start()

    def commit_pending_edit(self) -> None:
        """What is still being typed (a table cell's open editor, a figure before Enter) becomes an edit now:
        saving, closing, printing and exporting must not leave it behind. Focus leaving the field commits it;
        the field then gets the focus back. Not on autosave, which must not interrupt typing."""
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            return
        owner = focus
        while owner.parentWidget() is not None and not isinstance(owner, QAbstractItemView):
            owner = owner.parentWidget()
        owner = owner if isinstance(owner, QAbstractItemView) else focus  # a cell editor goes away once committed
        focus.clearFocus()
        if owner.isVisible():
            owner.setFocus()

    def save_now(self, explicit: bool = False) -> bool:
        """Write the draft now (autosave and Ctrl+S); never loses the edit on failure."""
        if explicit:
            self.commit_pending_edit()
        self.autosave.stop()
        if self.document is None or self.document.draft_id is None or self.store.readonly:
            return True
        try:
            self.store.save(self.document.draft_id, self.document.report, explicit=explicit)
        except StoreError as exc:
            self.saved_label.setText(tr("<span style='color:#b00000'>保存失败</span>"))
            if explicit or not self._save_error_shown:
                self._save_error_shown = True
                warn(self, tr("草稿没有保存：{0}\n窗口中的内容仍在，问题解决后会再次保存。").format(exc))
            self.autosave.start(10_000)  # try again
            return False
        self._save_error_shown = False
        self.copied.save_marks()  # where the copied years are now, and which were confirmed
        self.stack.setClean()
        self.saved_label.setText(tr("已保存 {0:%H:%M}").format(datetime.now()))
        return True

    def flush(self) -> None:
        if self.document is not None and (self.autosave.isActive() or not self.stack.isClean()):
            self.save_now()

    def _saved_or_confirmed(self) -> bool:
        self.commit_pending_edit()
        if self.save_now() or self.document is None:
            return True
        answer = QMessageBox.question(self, APP_NAME, tr("最近的修改没能保存。仍要关闭吗？关闭后这些修改会丢失。"))
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._saved_or_confirmed():
            event.ignore()
            return
        self.exporter.release_clipboard()
        self.problems_dock.remember_height()
        keys.put(self.settings, keys.WINDOW_GEOMETRY, self.saveGeometry())
        if self.document is not None:
            keys.put(self.settings, keys.WINDOW_TAB, self.tabs.currentIndex())
        super().closeEvent(event)

    # ------------------------------------------------------------------ navigation

    def next_problem(self) -> None:
        self.navigator.next_problem()

    def _show_message(self, text: str, is_error: bool) -> None:
        self.statusBar().showMessage(text, 10000 if is_error else 4000)

    # ------------------------------------------------------------------ testing helpers

    def tab(self, key: str) -> ReportTab:
        return next(t for t in self.report_tabs if t.key == key)

    def current_report(self) -> Report | None:
        return self.document.report if self.document else None
