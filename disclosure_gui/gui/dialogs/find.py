"""编辑 → 查找 (Ctrl+F): a word in every text of the report; a click shows and selects it in its tab."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.format import schema
from ..i18n import tr
from ..report.document import ReportDocument
from ..screen import remember_size

CONTEXT = 14  # characters shown either side of a match


def find_all(document: ReportDocument, needle: str) -> list[tuple[str, int, int]]:
    """(field key, start, end) of every occurrence, in report order; case-insensitive for Latin letters."""
    if not needle:
        return []
    hits = []
    lowered = needle.casefold()
    for field in schema.TEXT_FIELDS:
        text = document.text(field.key).casefold()
        start = text.find(lowered)
        while start >= 0:
            hits.append((field.key, start, start + len(needle)))
            start = text.find(lowered, start + len(needle))
    return hits


class FindDialog(QDialog):
    chosen = Signal(str, int, int)  # field key, start, end

    def __init__(self, document: ReportDocument, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(tr("查找"))
        self.resize(460, 420)
        remember_size(self, settings)
        self.query = QLineEdit()
        self.query.setPlaceholderText(tr("在报告的所有正文中查找"))
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel()
        self.results = QListWidget()
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self.query.textChanged.connect(self.search)
        self.query.returnPressed.connect(self._next)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)
        # A method of the dialog, not a lambda: Qt drops the connection when the closed dialog is deleted. A lambda
        # outlived it and failed on every keystroke typed anywhere in the report afterwards.
        document.textChanged.connect(self._text_changed)

    def _text_changed(self, _key: str) -> None:
        self.search(self.query.text())

    def search(self, needle: str) -> None:
        self.results.clear()
        hits = find_all(self.document, needle.strip())
        for key, start, end in hits:
            text = self.document.text(key)
            before = text[max(0, start - CONTEXT) : start]
            after = text[end : end + CONTEXT]
            label = schema.TEXT_FIELD_BY_KEY[key].label
            item = QListWidgetItem(tr("{0}：…{1}【{2}】{3}…").format(label, before, text[start:end], after))
            item.setData(Qt.ItemDataRole.UserRole, (key, start, end))
            self.results.addItem(item)
        if needle.strip():
            self.summary.setText(tr("找到 {0} 处").format(len(hits)) if hits else tr("没有找到“{0}”").format(needle))
        else:
            self.summary.clear()

    def _next(self) -> None:
        if self.results.count():
            row = (self.results.currentRow() + 1) % self.results.count()
            self.results.setCurrentRow(row)
            self._choose(self.results.item(row))

    def _choose(self, item: QListWidgetItem) -> None:
        key, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(key, start, end)
