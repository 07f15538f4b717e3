"""Everything that takes the open report out of the window: files (PDF, Word, web page, exchange file,
checklist), the website editor's clipboard, print preview and the printer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from ..core.errors import UserError
from ..core.format import exchange
from ..core.format.local_profile import paper_sign_off
from ..core.outputs import file_name, write_text
from . import settings as keys
from .dialogs.files import ask_save
from .dialogs.modal import run_modal
from .i18n import tr
from .jobs import Job, Progress, start_job
from .messages import warn
from .shell import Shell

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..core.publish.pdf import PdfResult
    from .dialogs.print_preview import PrintPreviewDialog

# Publishing (ReportLab, python-docx, PDFium) is imported on first use, not when the window starts.


class Exporter(QObject):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.job: Job | None = None
        self.preview: PrintPreviewDialog | None = None
        self._clipboard_text: str | None = None
        self._scratch = tempfile.TemporaryDirectory(prefix="disclosure-print-")
        self.destroyed.connect(self._scratch.cleanup)

    def _status(self, text: str, ms: int = 8000) -> None:
        self.shell.statusBar().showMessage(text, ms)

    def _target(self, kind: str, title: str, suffix: str, filters: str) -> Path | None:
        document = self.shell.document
        assert document is not None
        name = file_name(document.report.title) + suffix  # a unit name with 「/」 must not become a folder
        return ask_save(self.shell.window(), self.shell.settings, kind, title, name, filters)

    # ------------------------------------------------------------------ files

    def _ready(self, what: str, target: Path | None = None) -> bool:
        """Asked before a file is chosen: unreviewed copied years are said first (a target given by the caller is
        no officer choosing a file)."""
        return target is not None or self.shell.ready_to_publish(what)

    def export_docx(self, target: Path | None = None) -> None:
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None or not self._ready(tr("导出Word"), target):
            return
        target = target or self._target(keys.KIND_WORD, tr("导出Word"), ".docx", tr("Word 文件 (*.docx)"))
        if target is None:
            return
        from ..core.publish.docx import build_docx

        try:
            result = build_docx(
                document.report,
                target,
                previous=document.previous,
                sign_off=paper_sign_off(self.shell.profiles.profile),
            )
        except UserError as exc:
            warn(self.shell.window(), str(exc))
            return
        if result.notices:
            warn(self.shell.window(), "\n".join(result.notices))
        self._status(tr("已导出 {0}（Word、WPS 均可打开）").format(target))

    def export_html(self, target: Path | None = None) -> None:
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None or not self._ready(tr("导出网页"), target):
            return
        target = target or self._target(keys.KIND_HTML, tr("导出网页"), ".html", tr("网页片段 (*.html)"))
        if target is None:
            return
        from ..core.publish.html import report_fragment

        try:
            write_text(target, report_fragment(document.report, previous=document.previous))
        except UserError as exc:
            warn(self.shell.window(), str(exc))
            return
        self._status(tr("已导出 {0}：可在网站编辑器的“源码”模式中粘贴其内容").format(target))

    def export_exchange(self, target: Path | None = None) -> None:
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None:
            return
        report = document.report
        if target is None:
            target = ask_save(
                self.shell.window(),
                self.shell.settings,
                keys.KIND_EXCHANGE,
                tr("导出年报交换文件"),
                exchange.suggested_filename(report),
                tr("年报交换文件 (*.json)"),
            )
        if target is None:
            return
        try:
            text = exchange.dumps(report)
        except exchange.BlankCellsError as exc:
            warn(self.shell.window(), tr("还不能导出：{0}").format(exc))
            return
        try:
            write_text(target, text)
        except UserError as exc:
            warn(self.shell.window(), str(exc))
            return
        self._status(tr("已导出交换文件 {0}").format(target))

    def export_checklist(self) -> None:
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None:
            return
        target = self._target(keys.KIND_PDF, tr("导出自查清单"), tr("自查清单.pdf"), tr("PDF 文件 (*.pdf)"))
        if target is None:
            return
        from ..core.publish.pdf.checklist import build_checklist

        try:
            build_checklist(document.report, target, previous=document.previous, profile=self.shell.profiles.profile)
        except UserError as exc:
            warn(self.shell.window(), str(exc))
            return
        self._status(tr("已导出自查清单 {0}").format(target))

    # ------------------------------------------------------------------ the website editor

    def copy_for_website(self, source: bool = False) -> None:
        """Put the report on the clipboard for a government website editor (tables kept), or its HTML source."""
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None or not self._ready(tr("复制到网站编辑器")):
            return
        from ..core.publish.html import clipboard_document, report_fragment
        from ..core.publish.text import plain_text

        fragment = report_fragment(document.report, previous=document.previous)
        mime = QMimeData()
        if source:
            mime.setText(fragment)
            message = tr("已复制 HTML 源码：在网站编辑器中切换到“源码/HTML”模式后粘贴")
        else:
            mime.setHtml(clipboard_document(fragment))
            mime.setText(plain_text(document.report))
            message = tr("已复制：在网站编辑器中直接粘贴即可保留表格（粘贴完成前请不要关闭本程序）")
        QGuiApplication.clipboard().setMimeData(mime)
        self._clipboard_text = mime.text()
        self._status(message, 10000)

    def release_clipboard(self) -> None:
        """Hand the clipboard plain text before exit: a QMimeData made from Python that Qt destroys after the
        interpreter has finished crashes the process on its way out."""
        clipboard = QGuiApplication.clipboard()
        if self._clipboard_text is not None and clipboard.ownsClipboard():
            clipboard.setText(self._clipboard_text)
        self._clipboard_text = None

    # ------------------------------------------------------------------ PDF, preview and printer

    def export_pdf(self, *, target: Path | None = None, ask_open: bool = True) -> Job | None:
        self.shell.commit_pending_edit()
        if self.shell.document is None or not self._ready(tr("导出PDF"), target):
            return None
        target = target or self._target(keys.KIND_PDF, tr("导出PDF"), ".pdf", tr("PDF 文件 (*.pdf)"))
        if target is None:
            return None
        return self._build_pdf(target, tr("导出PDF"), lambda result: self._exported(result, ask_open))

    def _build_pdf(self, target: Path, title: str, done: Callable[[PdfResult], None]) -> Job | None:
        """Lay the PDF out off the GUI thread (the user may keep typing: the job works on a copy)."""
        self.shell.commit_pending_edit()
        document = self.shell.document
        if document is None:
            return None
        from ..core.publish.pdf import PdfOptions, build_pdf
        from .dialogs.fonts import font_overrides

        report, previous = document.report.clone(), document.previous
        options = PdfOptions(
            font_overrides=font_overrides(self.shell.settings), sign_off=paper_sign_off(self.shell.profiles.profile)
        )

        def work(progress: Progress) -> PdfResult:
            def on_page(page: int) -> None:
                progress(page, 0, "")

            return build_pdf(report, target, options, previous=previous, progress=on_page)

        self.job = start_job(
            self.shell.window(),
            work,
            title=title,
            label=tr("正在生成 PDF…"),
            context="export-pdf",
            on_done=done,
            describe=lambda page, _total, _what: tr("正在生成 PDF…第 {0} 页").format(page),
            data_dir=self.shell.store.root,
        )
        return self.job

    def _exported(self, result: PdfResult, ask_open: bool) -> None:
        notes = [m.message for m in result.missing[:5]] + result.notices
        if result.draft:
            notes.insert(0, tr("报告还有数据错误，每页已标注“草稿”。"))
        self._status(tr("已导出 {0}（{1} 页）").format(result.path, result.pages))
        if not ask_open:
            return
        box = QMessageBox(self.shell.window())
        box.setWindowTitle(tr("导出PDF"))
        box.setText(tr("已导出 {0}（{1} 页）。").format(result.path.name, result.pages))
        if notes:
            box.setInformativeText("\n".join(notes))
        open_button = box.addButton(tr("打开文件"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        run_modal(box)
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))

    def _print_file(self) -> Path:
        return Path(self._scratch.name) / "print.pdf"

    def print_preview(self) -> Job | None:
        """Lay out the PDF, then show its pages; 打印 there prints the same file."""
        return self._build_pdf(self._print_file(), tr("打印预览"), self._show_preview)

    def _show_preview(self, result: PdfResult) -> None:
        from .dialogs.print_preview import PrintPreviewDialog

        note = tr("报告还有数据错误，每页标注了“草稿”。") if result.draft else ""
        self.preview = PrintPreviewDialog(result.path, self.shell.settings, self.shell.window(), note)
        self.preview.printRequested.connect(lambda: self._print_from_preview(result.path))
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.show()

    def _print_from_preview(self, path: Path) -> None:
        if self.shell.ready_to_publish(tr("打印")):
            self.print_file(path)

    def print_report(self) -> Job | None:
        """Ctrl+P: the system print dialog, then the official pages on paper."""
        self.shell.commit_pending_edit()
        if self.shell.document is None or not self.shell.ready_to_publish(tr("打印")):
            return None

        def send(result: PdfResult) -> None:
            self.print_file(result.path)

        return self._build_pdf(self._print_file(), tr("打印"), send)

    def print_file(self, path: Path, printer: QPrinter | None = None) -> int:
        """Print the PDF's pages; without a ``printer`` the user chooses one in the system print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # when printing, not at start-up

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(path.stem)
            dialog = QPrintDialog(printer, self.shell.window())
            dialog.setWindowTitle(tr("打印"))
            accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
            # Gone now, not with the window: a dialog left behind points at this printer once it is freed, and the
            # next thing that touches the dialog (another print dialog, a screen change) crashed the program.
            shiboken6.delete(dialog)
            if not accepted:
                return 0
        from .dialogs.print_preview import print_pdf

        printed = print_pdf(path, printer)
        if printed:
            self._status(tr("已送往打印机：{0} 页").format(printed))
        else:
            warn(self.shell.window(), tr("无法打印：打印机没有就绪，请检查打印机后再试。"))
        return printed
