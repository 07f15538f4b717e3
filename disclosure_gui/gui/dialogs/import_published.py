"""「从已发布的报告导入」: read a published report, show what was found beside the source and what was not placed,
and only then say what becomes of it: a draft of its own year, or last year's report that this year's is made
from (the window's one way of doing that, :meth:`~disclosure_gui.gui.opening.Opener.start_from_last_year`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
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
from ...store import Store
from .. import settings as keys
from ..i18n import tr
from ..messages import warn
from .exchange_files import keep_as_draft
from .files import ask_open


class ImportPublishedDialog(QDialog):
    """After ``accept``: ``choice`` is :attr:`DRAFT` (``chosen`` is the draft stored) or :attr:`NEXT_YEAR` (``result``
    holds last year's report; the caller makes this year's from it). With ``year`` (新建 → 从已发布的上年报告开始)
    only the second is offered, for that year."""

    DRAFT, NEXT_YEAR = "draft", "next_year"

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.year = year
        self.result: ImportResult | None = None  # type: ignore[assignment]  # shadows QDialog.result()
        self.chosen: str | None = None
        self.choice = ""
        self.setWindowTitle(
            tr("从已发布的报告导入") if year is None else tr("从已发布的上年报告新建{0}年报告").format(year)
        )
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
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        outer.addWidget(self.explain)
        buttons = QHBoxLayout()
        self.next_year = QPushButton(self._next_year_text(None))
        self.next_year.setDefault(True)
        self.next_year.clicked.connect(self.start_next_year)
        self.as_draft = QPushButton(tr("只导入这份报告"))
        self.as_draft.clicked.connect(self.save_as_draft)
        self.as_draft.setVisible(year is None)  # 新建 asks for this year's report: that is the one way on
        cancel = QPushButton(tr("取消"))
        cancel.clicked.connect(self.reject)
        for b in (self.next_year, self.as_draft):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        outer.addLayout(buttons)

    def _next_year_year(self) -> int | None:
        """The year of the report the next-year button makes: the year asked for, else the year after the import."""
        if self.year is not None:
            return self.year
        return self.result.report.meta.year + 1 if self.result is not None else None

    def _next_year_text(self, year: int | None) -> str:
        return tr("以此为上年报告，新建{0}年报告").format(year) if year else tr("以此为上年报告，新建本年报告")

    def _explain(self) -> None:
        """What each button does, in the dialog itself: the officer must not have to guess which one to press."""
        if self.result is None:
            self.explain.clear()
            return
        last = self.result.report.meta.year
        new = self._next_year_year()
        text = tr(
            "“{0}”：把这份{1}年报告存为上年报告（用于跨年度核对），并据此新建{2}年报告——上年结转和现行有效件数带入，"
            "正文照搬后把其中的年份、日期和数字列出来逐一更新。"
        ).format(self._next_year_text(new), last, new)
        if self.year is None:
            text += tr("　“只导入这份报告”：只保存这份{0}年报告，用于查看、核对或以后作为上年报告。").format(last)
        self.explain.setText(text)

    # ------------------------------------------------------------------ reading

    def choose_file(self) -> None:
        path = ask_open(
            self,
            self.settings,
            keys.KIND_PUBLISHED,
            tr("选择已发布的年度报告"),
            tr("年度报告 (*.html *.htm *.shtml *.mht *.mhtml *.docx *.doc *.wps *.pdf *.txt *.md);;所有文件 (*)"),
        )
        if path is not None:
            self.load_file(path)

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
        self._explain()

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
        self.as_draft.setEnabled(not self.store.readonly)
        new = self._next_year_year()
        self.next_year.setText(self._next_year_text(new))
        fits = new is not None and r.meta.year == new - 1
        self.next_year.setEnabled(not self.store.readonly and fits)
        self.next_year.setToolTip(
            "" if fits else tr("这是{0}年的报告；新建{1}年报告需要{2}年的报告").format(r.meta.year, new, (new or 1) - 1)
        )
        if not fits:
            refusal = tr("这是{0}年的报告，不能作为{1}年报告的上年报告：请选择{2}年的报告。").format(
                r.meta.year, new, (new or 1) - 1
            )
            self.status.setText(self.status.text() + f"<br><span style='color:#b00000'>{refusal}</span>")
        self._explain()

    # ------------------------------------------------------------------ saving

    def save_as_draft(self) -> None:
        if self.result is None:
            return
        chosen = keep_as_draft(self, self.store, self.result.report)
        if chosen is None:
            return
        self.chosen, self.choice = chosen, self.DRAFT
        self.accept()

    def start_next_year(self) -> None:
        """Nothing is stored here: the caller keeps last year's report and makes this year's, once."""
        if self.result is None or not self.next_year.isEnabled():
            return
        self.choice = self.NEXT_YEAR
        self.accept()
