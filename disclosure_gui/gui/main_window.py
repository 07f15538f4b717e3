"""The main window: wires the document, the undo stack, the tabs, the problems panel and the store."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QTabWidget,
    QWidget,
)

from .. import APP_NAME
from ..core.docx_export import DocxExportError, build_docx
from ..core.html_export import clipboard_document, plain_text, report_fragment
from ..core.pdf import PdfExportError, PdfOptions, PdfResult
from ..core.pdf.checklist import build_checklist
from ..core.profile_checks import local_countdown
from ..core.report import Report
from ..core.rules import Finding
from ..store import Store, StoreError
from .commands import SetTextCommand
from .dialogs import HistoryDialog, ReportsDialog, export_exchange_file, load_exchange_file, warn
from .document import ReportDocument, section_of
from .export_job import ExportJob
from .font_settings import font_overrides
from .i18n import tr
from .local_profile import ProfileController, handed_out_folders
from .problems_panel import ProblemsPanel
from .tabs.base import ReportTab
from .tabs.basic import BasicTab
from .tabs.other import OtherTab
from .tabs.tables import TableTab
from .tabs.texts import SectionTextTab

AUTOSAVE_DELAY_MS = 1500


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: QSettings) -> None:
        super().__init__()
        self.store = store
        self.settings = settings
        self.stack = QUndoStack(self)
        self.document: ReportDocument | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.report_tabs: list[ReportTab] = []
        self._export_job: ExportJob | None = None
        self._save_error_shown = False
        self._clipboard_text: str | None = None

        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_DELAY_MS)
        self.autosave.timeout.connect(self.save_now)
        self.stack.indexChanged.connect(self._on_edit)
        self.stack.cleanChanged.connect(self._on_clean_changed)

        self.profiles = ProfileController(settings, self, handed_out_folders(store.root))
        self.profiles.profileChanged.connect(self._profile_changed)
        self.saved_label = QLabel()
        self.deadline_label = QLabel()
        self.statusBar().addPermanentWidget(self.deadline_label)
        self.statusBar().addPermanentWidget(self.saved_label)
        if self.profiles.notice:
            self.statusBar().showMessage(self.profiles.notice, 15000)
        self.problems_dock = QDockWidget(tr("问题"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.problems_dock)
        self.problems: ProblemsPanel | None = None
        self._build_actions()
        self.resize(1280, 720)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # type: ignore[arg-type]
        self._update_title()

    # ------------------------------------------------------------------ actions and menus

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        std = QKeySequence.StandardKey
        self.act_reports = self._action(tr("报告管理…"), self.show_reports, std.Open)
        self.act_save = self._action(tr("保存"), lambda: self.save_now(explicit=True), std.Save)
        self.act_export_pdf = self._action(tr("导出PDF…"), self.export_pdf, std.Print)
        self.act_export_json = self._action(tr("导出交换文件…"), self.export_exchange)
        self.act_export_docx = self._action(tr("导出Word…"), self.export_docx)
        self.act_export_html = self._action(tr("导出网页…"), self.export_html)
        self.act_copy_web = self._action(tr("复制到网站编辑器"), self.copy_for_website, "Ctrl+Shift+C")
        self.act_copy_source = self._action(tr("复制HTML源码"), lambda: self.copy_for_website(source=True))
        self.act_previous = self._action(tr("选择上年报告（交换文件）…"), self.choose_previous)
        self.act_checklist = self._action(tr("导出自查清单…"), self.export_checklist)
        self.act_history = self._action(tr("历史版本…"), self.show_history)
        self.act_import_published = self._action(tr("从已发布的报告导入…"), self.import_published)
        self.act_aggregate = self._action(tr("汇总各单位报告…"), self.show_aggregate)
        self.act_fonts = self._action(tr("打印字体…"), self.show_font_settings)
        self.act_quit = self._action(tr("退出"), self.close, std.Quit)
        self.act_undo = self.stack.createUndoAction(self, tr("撤销"))
        self.act_undo.setShortcut(std.Undo)
        self.act_redo = self.stack.createRedoAction(self, tr("重做"))
        self.act_redo.setShortcut(std.Redo)
        self.act_next_problem = self._action(tr("下一个问题"), self.next_problem, "F8")

        file_menu = self.menuBar().addMenu(tr("文件(&F)"))
        for a in (
            self.act_reports,
            self.act_save,
            None,
            self.act_export_pdf,
            self.act_export_json,
            self.act_import_published,
            None,
            self.act_history,
        ):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        self.recent_menu = file_menu.addMenu(tr("最近的报告"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit_menu = self.menuBar().addMenu(tr("编辑(&E)"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        check_menu = self.menuBar().addMenu(tr("校验(&C)"))
        check_menu.addAction(self.act_next_problem)
        check_menu.addAction(self.act_previous)
        check_menu.addAction(self.act_checklist)
        district = self.menuBar().addMenu(tr("汇总(&S)"))
        district.addAction(self.act_aggregate)
        settings_menu = self.menuBar().addMenu(tr("设置(&T)"))
        settings_menu.addAction(self.act_fonts)
        help_menu = self.menuBar().addMenu(tr("帮助(&H)"))
        help_menu.addAction(self._action(tr("关于"), self.about))

        toolbar = self.addToolBar(tr("常用"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (
            self.act_reports,
            self.act_save,
            self.act_undo,
            self.act_redo,
            self.act_export_pdf,
            self.act_next_problem,
        ):
            toolbar.addAction(a)
        if self.store.readonly:
            for a in (self.act_save, self.act_undo, self.act_redo):
                a.setEnabled(False)

    # ------------------------------------------------------------------ documents

    def open_draft(self, draft_id: str) -> None:
        self.flush()
        try:
            report = self.store.load(draft_id)
            marks = self.store.review_marks(draft_id)
        except StoreError as exc:
            warn(self, exc.message)
            return
        for notice in self.store.notices:
            warn(self, notice)
        self.store.notices.clear()
        document = ReportDocument(report, draft_id=draft_id)
        document.review_marks = marks
        self.load_document(document)
        recent = [draft_id, *[r for r in self._recent() if r != draft_id]][:8]
        self.settings.setValue("recent", recent)
        if marks:
            self.statusBar().showMessage(tr("正文中有 {0} 处从上年报告复制的年份，请核对").format(len(marks)), 10000)

    def load_document(self, document: ReportDocument) -> None:
        self.stack.clear()
        self.document = document
        current = self.settings.value("window/tab", 0)
        self.tabs.clear()
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
        self.tabs.setCurrentIndex(int(current or 0) if str(current).isdigit() else 0)  # type: ignore[arg-type]
        if self.problems is None:
            self.problems = ProblemsPanel(document)
            self.problems.activated.connect(self.navigate)
            self.problems.fixRequested.connect(self.apply_fix)
            self.problems_dock.setWidget(self.problems)
        else:
            self.problems.set_document(document)
        document.set_profile(self.profiles.profile)
        basic = self.report_tabs[0]
        assert isinstance(basic, BasicTab)
        basic.profile_button.clicked.connect(lambda: self.profiles.choose(self))
        basic.profile_clear.clicked.connect(self.profiles.clear)
        basic.profile_label.setText(self.profiles.describe())
        document.findingsChanged.connect(self._update_tab_titles)
        document.metaChanged.connect(self._update_title)
        document.metaChanged.connect(self._update_deadline)
        self._update_deadline()
        self._update_tab_titles()
        self._update_title()
        self.saved_label.setText(tr("只读") if self.store.readonly else "")

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        return [str(v) for v in value] if isinstance(value, list) else ([str(value)] if value else [])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        known = {d.id: d for d in self.store.list_drafts()}
        for draft_id in self._recent():
            info = known.get(draft_id)
            if info:
                action = self.recent_menu.addAction(tr("{0} {1}年").format(info.agency, info.year))
                action.triggered.connect(lambda _c=False, d=draft_id: self.open_draft(d))

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(APP_NAME)
            return
        readonly = tr("（只读）") if self.store.readonly else ""
        self.setWindowTitle(f"{self.document.report.title}{readonly}[*] — {APP_NAME}")

    def _update_deadline(self) -> None:
        if self.document is not None:
            self.deadline_label.setText(local_countdown(self.document.report, date.today(), self.profiles.profile))

    def _profile_changed(self) -> None:
        if self.document is not None:
            self.document.set_profile(self.profiles.profile)
            basic = self.report_tabs[0]
            if isinstance(basic, BasicTab):
                basic.profile_label.setText(self.profiles.describe())
        self._update_deadline()

    def apply_fix(self, finding: Finding) -> None:
        """The one-click fix of a quality finding, as one undoable text edit."""
        if self.document is None or finding.fix is None:
            return
        key, start, end, replacement = finding.fix
        text = self.document.text(key)
        fixed = text[:start] + replacement + text[end:]
        self.stack.push(
            SetTextCommand(self.document, key, fixed, merge=False, text=tr("修正 {0}").format(finding.rule))
        )
        self.statusBar().showMessage(tr("已修正：{0}（可撤销）").format(finding.message), 6000)

    def _update_tab_titles(self) -> None:
        if self.document is None:
            return
        for i, tab in enumerate(self.report_tabs):
            errors = self.document.error_count(tab.key)
            self.tabs.setTabText(i, tr("{0}（{1}）").format(tab.title, errors) if errors else tab.title)

    # ------------------------------------------------------------------ saving

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _on_edit(self) -> None:
        if self.document is not None and not self.store.readonly:
            self.saved_label.setText(tr("有未保存的修改"))
            self.autosave.start()

    def save_now(self, explicit: bool = False) -> bool:
        """Write the draft now (autosave and Ctrl+S); never loses the edit on failure."""
        self.autosave.stop()
        if self.document is None or self.document.draft_id is None or self.store.readonly:
            return True
        try:
            self.store.save(self.document.draft_id, self.document.report, explicit=explicit)
        except StoreError as exc:
            self.saved_label.setText(tr("<span style='color:#b00000'>保存失败</span>"))
            if explicit or not self._save_error_shown:
                self._save_error_shown = True
                warn(self, tr("草稿没有保存：{0}\n窗口中的内容仍在，问题解决后会再次保存。").format(exc.message))
            self.autosave.start(10_000)  # try again
            return False
        self._save_error_shown = False
        self.stack.setClean()
        self.saved_label.setText(tr("已保存 {0:%H:%M}").format(datetime.now()))
        return True

    def flush(self) -> None:
        if self.document is not None and (self.autosave.isActive() or not self.stack.isClean()):
            self.save_now()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_now() and self.document is not None:
            answer = QMessageBox.question(self, APP_NAME, tr("最近的修改没能保存。仍要退出吗？退出后这些修改会丢失。"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._release_clipboard()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/tab", self.tabs.currentIndex())
        super().closeEvent(event)

    # ------------------------------------------------------------------ navigation

    def navigate(self, finding: Finding) -> None:
        section = section_of(finding)
        for i, tab in enumerate(self.report_tabs):
            if finding.text_span is not None:
                key, start, end = finding.text_span
                if key in tab.editors():
                    self.tabs.setCurrentIndex(i)
                    tab.select_text(key, start, end)
                    return
            elif tab.key == section:
                self.tabs.setCurrentIndex(i)
                for path in finding.cells:
                    if tab.select_cell(path):
                        return
                return

    def next_problem(self) -> None:
        if self.document and self.document.findings:
            findings = self.document.findings
            self._problem_index = (getattr(self, "_problem_index", -1) + 1) % len(findings)
            self.navigate(findings[self._problem_index])
            self.statusBar().showMessage(findings[self._problem_index].message, 8000)

    def _show_message(self, text: str, is_error: bool) -> None:
        self.statusBar().showMessage(text, 10000 if is_error else 4000)

    # ------------------------------------------------------------------ dialogs

    def show_reports(self) -> None:
        dialog = ReportsDialog(self.store, self)
        if dialog.exec() and dialog.chosen:
            self.open_draft(dialog.chosen)

    def show_font_settings(self) -> None:
        from .font_settings import FontSettingsDialog

        FontSettingsDialog(self.settings, self).exec()

    def show_aggregate(self) -> None:
        from .aggregate_window import AggregateWindow

        window = AggregateWindow(self.store, self, self.settings)
        window.draftCreated.connect(self.open_draft)
        window.show()
        self._aggregate_window = window

    def import_published(self) -> None:
        from .import_dialog import ImportPublishedDialog

        dialog = ImportPublishedDialog(self.store, self)
        if dialog.exec() and dialog.chosen:
            self.open_draft(dialog.chosen)

    def show_history(self) -> None:
        if self.document is None or self.document.draft_id is None:
            return
        self.flush()
        dialog = HistoryDialog(self.store, self.document.draft_id, self)
        if dialog.exec() and dialog.restored:
            self.open_draft(self.document.draft_id)

    def export_exchange(self) -> None:
        if self.document is not None:
            export_exchange_file(self, self.document.report)

    def choose_previous(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("选择上年的年报交换文件"), "", tr("年报交换文件 (*.json)"))
        if not path:
            return
        previous = load_exchange_file(self, path)
        if previous is None:
            return
        if previous.meta.year != self.document.report.meta.year - 1:
            warn(
                self,
                tr("这是 {0} 年的报告，应选择 {1} 年的报告").format(
                    previous.meta.year, self.document.report.meta.year - 1
                ),
            )
            return
        self.document.set_previous(previous)
        self.statusBar().showMessage(tr("已载入上年报告，跨年度核对（R7、R10、R11）已启用"), 6000)

    def _ask_target(self, title: str, suffix: str, kind: str) -> Path | None:
        assert self.document is not None
        default = str(Path.home() / f"{self.document.report.title}{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, title, default, kind)
        return Path(chosen) if chosen else None

    def export_docx(self, target: Path | None = None) -> None:
        if self.document is None:
            return
        target = target or self._ask_target(tr("导出Word"), ".docx", tr("Word 文件 (*.docx)"))
        if target is None:
            return
        try:
            build_docx(self.document.report, target, previous=self.document.previous)
        except DocxExportError as exc:
            warn(self, exc.message)
            return
        self.statusBar().showMessage(tr("已导出 {0}（Word、WPS 均可打开）").format(target), 8000)

    def export_html(self, target: Path | None = None) -> None:
        if self.document is None:
            return
        target = target or self._ask_target(tr("导出网页"), ".html", tr("网页片段 (*.html)"))
        if target is None:
            return
        try:
            target.write_text(report_fragment(self.document.report), encoding="utf-8")
        except OSError as exc:
            warn(self, tr("无法写入 {0}：{1}").format(target, exc.strerror or exc))
            return
        self.statusBar().showMessage(tr("已导出 {0}：可在网站编辑器的“源码”模式中粘贴其内容").format(target), 8000)

    def copy_for_website(self, source: bool = False) -> None:
        """Put the report on the clipboard for a government website editor (tables kept), or its HTML source."""
        if self.document is None:
            return
        fragment = report_fragment(self.document.report)
        mime = QMimeData()
        if source:
            mime.setText(fragment)
            message = tr("已复制 HTML 源码：在网站编辑器中切换到“源码/HTML”模式后粘贴")
        else:
            mime.setHtml(clipboard_document(fragment))
            mime.setText(plain_text(self.document.report))
            message = tr("已复制：在网站编辑器中直接粘贴即可保留表格（粘贴完成前请不要关闭本程序）")
        QGuiApplication.clipboard().setMimeData(mime)
        self._clipboard_text = mime.text()
        self.statusBar().showMessage(message, 10000)

    def _release_clipboard(self) -> None:
        """Hand the clipboard plain text before exit: a QMimeData made from Python that Qt destroys after the
        interpreter has finished crashes the process on its way out."""
        clipboard = QGuiApplication.clipboard()
        if self._clipboard_text is not None and clipboard.ownsClipboard():
            clipboard.setText(self._clipboard_text)
        self._clipboard_text = None

    def export_checklist(self) -> None:
        if self.document is None:
            return
        default = str(Path.home() / tr("{0}自查清单.pdf").format(self.document.report.title))
        chosen, _ = QFileDialog.getSaveFileName(self, tr("导出自查清单"), default, tr("PDF 文件 (*.pdf)"))
        if not chosen:
            return
        try:
            build_checklist(
                self.document.report, chosen, previous=self.document.previous, profile=self.profiles.profile
            )
        except PdfExportError as exc:
            warn(self, exc.message)
            return
        self.statusBar().showMessage(tr("已导出自查清单 {0}").format(chosen), 8000)

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self,
            tr("关于{0}").format(APP_NAME),
            tr(
                "<b>{0}</b> {1}<br>按国办公开办函〔2021〕30号格式编写、校验、发布政府信息公开工作年度报告。"
                "<br>完全离线运行，不联网。"
            ).format(APP_NAME, __version__),
        )

    # ------------------------------------------------------------------ PDF

    def export_pdf(self, *, target: Path | None = None, ask_open: bool = True) -> ExportJob | None:
        if self.document is None:
            return None
        if target is None:
            default = str(Path.home() / f"{self.document.report.title}.pdf")
            chosen, _ = QFileDialog.getSaveFileName(self, tr("导出PDF"), default, tr("PDF 文件 (*.pdf)"))
            if not chosen:
                return None
            target = Path(chosen)
        progress = QProgressDialog(tr("正在生成 PDF…"), "", 0, 0, self)
        progress.setWindowTitle(tr("导出PDF"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(300)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        options = PdfOptions(font_overrides=font_overrides(self.settings))
        job = ExportJob(self.document.report, target, options, self.document.previous)
        job.progress.connect(lambda page: progress.setLabelText(tr("正在生成 PDF…第 {0} 页").format(page)))
        job.finished.connect(lambda result: self._exported(result, progress, ask_open))
        job.failed.connect(lambda message: (progress.close(), warn(self, message)))
        self._export_job = job
        job.start()
        return job

    def _exported(self, result: PdfResult, progress: QProgressDialog, ask_open: bool) -> None:
        progress.close()
        notes = [m.message for m in result.missing[:5]]
        if result.draft:
            notes.insert(0, tr("报告还有数据错误，每页已标注“草稿”。"))
        self.statusBar().showMessage(tr("已导出 {0}（{1} 页）").format(result.path, result.pages), 8000)
        if not ask_open:
            return
        box = QMessageBox(self)
        box.setWindowTitle(tr("导出PDF"))
        box.setText(tr("已导出 {0}（{1} 页）。").format(result.path.name, result.pages))
        if notes:
            box.setInformativeText("\n".join(notes))
        open_button = box.addButton(tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    # ------------------------------------------------------------------ testing helpers

    def tab(self, key: str) -> QWidget:
        return next(t for t in self.report_tabs if t.key == key)

    def current_report(self) -> Report | None:
        return self.document.report if self.document else None
