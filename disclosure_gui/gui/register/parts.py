"""Pieces of the register tab: the drop-down editor, the filter, and table 三 as counted from the register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ...core.format import schema
from ...core.register.deadlines import OPEN_STATES, URGENT_STATES
from ...core.register.model import (
    APPLICANT_TYPES,
    CHANNELS,
    LITIGATION_LABELS,
    OUTCOME_LABELS,
    RESULT_KEYS,
    result_label,
)
from ...core.register.tables import t3_rows_of
from ..i18n import tr
from .model import COLUMNS, STATE_ROLE, RegisterDocument, RegisterTableModel

Index = QModelIndex | QPersistentModelIndex


def _choices(key: str) -> list[str] | None:
    if key == "applicant":
        return list(APPLICANT_TYPES)
    if key == "result":
        return [tr("办理中"), *(result_label(k) for k in RESULT_KEYS)]
    if key in ("extended", "fee_notice", "fee_paid"):
        return [tr("否"), tr("是")]
    if key in ("review", "litigation_result"):
        return ["", *OUTCOME_LABELS.values()]
    if key == "litigation":
        return ["", *LITIGATION_LABELS.values()]
    if key == "channel":
        return list(CHANNELS)
    return None


_FREE_TEXT = {"channel"}  # a list to pick from, but any text is accepted


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down list for the columns whose values are fixed (the table 三 labels among them)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = _choices(COLUMNS[index.column()])
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        combo.addItems(choices)
        combo.setEditable(COLUMNS[index.column()] in _FREE_TEXT)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox) and editor.isEditable():
            editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findText(str(index.data(Qt.ItemDataRole.EditRole))), 0))
            editor.showPopup()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


_STATE_FILTERS = {1: OPEN_STATES, 2: URGENT_STATES, 3: frozenset({"overdue"})}


class FilterProxy(QSortFilterProxyModel):
    """Filters only; sorting is passed to the register model, which sorts 10,000 rows in milliseconds."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.state_filter = 0
        self.cell: tuple[str, int] | None = None  # (table 三 row key, column): the applications counted there

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RegisterTableModel):
            source.sort(column, order)

    def set_filter(self, text: str, state: int) -> None:
        self.text, self.state_filter = text.strip(), state
        self.invalidateFilter()

    def set_cell(self, cell: tuple[str, int] | None) -> None:
        self.cell = cell
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if self.cell is not None and isinstance(model, RegisterTableModel):
            app = model.doc.apps[model.doc_row(row)]
            key, col = self.cell
            if key not in t3_rows_of(app, model.doc.year) or col not in (app.applicant, schema.T3_TOTAL_COL):
                return False
        if self.state_filter and model.index(row, 0).data(STATE_ROLE) not in _STATE_FILTERS[self.state_filter]:
            return False
        if not self.text:
            return True
        return isinstance(model, RegisterTableModel) and self.text in model.row_text(row)


class T3Model(QAbstractTableModel):
    """Table 三 as counted from the register (read-only)."""

    def __init__(self, doc: RegisterDocument) -> None:
        super().__init__()
        self.doc = doc
        doc.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(len(schema.T3_ROWS) - 1, schema.T3_NCOLS - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(schema.T3_ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else schema.T3_NCOLS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return schema.T3_COLUMNS[section]
        row = schema.T3_ROWS[section]
        return tr("{0}. {1}").format(row.no, row.short)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.doc.tables().t3[schema.T3_ROWS[index.row()].key][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
