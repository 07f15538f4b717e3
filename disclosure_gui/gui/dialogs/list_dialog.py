"""What the reports, history and trash dialogs share: a list of rows with buttons beside it that say why they are
disabled while no row is chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr

BUTTON_PADDING = 12  # px either side of a button's label


class ListDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, headers: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QVBoxLayout()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self.buttons)
        outer = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        outer.addWidget(self.note)
        outer.addLayout(body)

    def button(self, text: str, slot: object, *, needs_row: bool = True) -> QPushButton:
        b = QPushButton(text)
        b.setMinimumWidth(b.fontMetrics().horizontalAdvance(text) + 2 * BUTTON_PADDING)  # no label touching its edges
        b.clicked.connect(slot)
        b.setProperty("needs_row", needs_row)
        b.setProperty("allowed", True)  # False: disabled for good (read-only store)
        self.buttons.addWidget(b)
        return b

    def update_buttons(self) -> None:
        """Buttons that act on a row are disabled, saying why, while no row is selected."""
        has_row = bool(self.table.selectedItems())
        for i in range(self.buttons.count()):
            button = self.buttons.itemAt(i).widget()
            if isinstance(button, QPushButton) and button.property("needs_row") and button.property("allowed"):
                button.setEnabled(has_row)
                button.setToolTip("" if has_row else tr("请先在列表中选择一份报告"))

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (key, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.update_buttons()

    def selected_key(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None
