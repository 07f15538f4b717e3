"""「从已发布的报告导入」: read last year's published report, show what was found beside the source and what
was not placed, and only then save it — as a draft, or as the basis of this year's report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.importers import ImportResult, ReportImportError, import_published, preview
from ...core.publish.html import report_fragment
from ...store import Store, StoreError
from ..i18n import tr
from ..messages import warn


class ImportPublishedDialog(QDialog):
    """After ``accept``, ``chosen`` is the id of the draft that was created."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.result: ImportResult | None = None  # type: ignore[assignment]  # shadows QDialog.result()
        self.chosen: str | None = None
        self.setWindowTitle(tr("从已发布的报告导入"))
        self.resize(1100, 700)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        pick = QPushButton(tr("选择文件（网页、Word、PDF、文本）…"))
        pick.clicked.connect(self.choose_file)
        paste = QPushButton(tr("从剪贴板粘贴"))
        paste.clicked.connect(self.paste_clipboard)
        top.addWidget(pick)
        top.addWidget(paste)
        top.addStretch(1)
        outer.addLayout(top)
        self.status = QLabel(
            tr("请选择上一年已发布的年度报告：网站上另存的网页、Word 或 WPS 文件、PDF 文件，或复制的文字。")
        )
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        split = QSplitter()
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setPlaceholderText(tr("原文"))
        self.found = QTextBrowser()
        self.found.setPlaceholderText(tr("识别结果"))
        split.addWidget(self.source)
        split.addWidget(self.found)
        outer.addWidget(split, 1)
        outer.addWidget(QLabel(tr("未导入的内容和说明（请核对）：")))
        self.problems = QListWidget()
        self.problems.setMaximumHeight(140)
        outer.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.as_draft = QPushButton(tr("导入为草稿"))
        self.as_draft.clicked.connect(self.save_as_draft)
        self.next_year = QPushButton(tr("以此为上年报告新建本年报告"))
        self.next_year.clicked.connect(self.start_next_year)
        cancel = QPushButton(tr("取消"))
        cancel.clicked.connect(self.reject)
        for b in (self.as_draft, self.next_year):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        outer.addLayout(buttons)

    # ------------------------------------------------------------------ reading

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("选择已发布的年度报告"),
            "",
            tr("年度报告 (*.html *.htm *.shtml *.mht *.mhtml *.docx *.doc *.wps *.pdf *.txt *.md);;所有文件 (*)"),
        )
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        try:
            result = import_published(path)
        except ReportImportError as exc:
            self._failed(str(exc))
            return
        self._show(preview(result.blocks), result)

    def paste_clipboard(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        html = mime.html() if mime.hasHtml() else ""
        text = mime.text() if mime.hasText() else ""
        self.load_pasted(text, html)

    def load_pasted(self, text: str, html: str = "") -> None:
        try:
            result = import_published(text=text, html=html or None)
        except ReportImportError as exc:
            self._failed(str(exc))
            return
        self._show(text, result)

    def _failed(self, message: str) -> None:
        """Say it where the user looks: a dialog with the reason and what to do, and the status line."""
        warn(self, tr("未能导入：{0}").format(message))
        self.result = None
        self.status.setText(tr("<span style='color:#b00000'>未能导入：{0}</span>").format(message))
        self.found.clear()
        self.problems.clear()
        for b in (self.as_draft, self.next_year):
            b.setEnabled(False)

    def _show(self, source: str, result: ImportResult) -> None:
        self.result = result
        r = result.report
        self.source.setPlainText(source)
        self.found.setHtml(report_fragment(r))
        self.problems.clear()
        self.problems.addItems(
            [tr("说明：{0}").format(n) for n in result.notes]
            + [u if tr("未导入") in u else tr("未导入：{0}").format(u) for u in result.unplaced]  # said once
        )
        fmt = tr("（2019年格式）") if result.old_format else ""
        blanks = len(r.blank_cells())
        blank_text = tr("；{0} 格留空（原文空白或读不出，不当作 0），请补填").format(blanks) if blanks else ""
        found = tr("识别为 <b>{0} {1}年</b> 的报告{2}；{3} 项未导入{4}。").format(
            r.meta.agency, r.meta.year, fmt, len(result.unplaced), blank_text
        )
        self.status.setText(found + tr("请对照左侧原文核对右侧的表格和正文，然后选择下一步。"))
        for b in (self.as_draft, self.next_year):
            b.setEnabled(not self.store.readonly)

    # ------------------------------------------------------------------ saving

    def save_as_draft(self) -> None:
        if self.result is None:
            return
        try:
            self.chosen = self.store.create(self.result.report).id
        except StoreError as exc:
            warn(self, str(exc))
            return
        self.accept()

    def start_next_year(self) -> None:
        if self.result is None:
            return
        try:
            self.chosen = self.store.new_from_last_year(self.result.report).id
        except StoreError as exc:
            warn(self, str(exc))
            return
        self.accept()
