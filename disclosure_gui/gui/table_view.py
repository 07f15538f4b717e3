"""The statistics table view with spreadsheet habits.

Tab moves right to the next input cell, Enter moves down, typing replaces, Delete clears the selected
input cells, Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes a block from Excel, WPS or
a web page as one undo step (see :mod:`disclosure_gui.core.paste`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QHeaderView, QTableView, QWidget

from ..core.forms import t3_row_labels
from ..core.paste import plan_paste, total_mismatches
from ..core.report import computed_totals
from .i18n import tr
from .table_model import FormTableModel


class FormTableView(QTableView):
    message = Signal(str, bool)  # text, is_error

    def __init__(self, model: FormTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.form_model = model
        for cell in model.spans():
            self.setSpan(cell.row, cell.col, cell.rowspan, cell.colspan)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTabKeyNavigation(True)
        self._inputs = [
            model.index(c.row, c.col) for c in sorted(model.form.value_cells(), key=lambda c: (c.row, c.col))
        ]
        self._inputs = [i for i in self._inputs if model.is_input(i)]
        if self._inputs:
            self.setCurrentIndex(self._inputs[0])
        model.inputRejected.connect(lambda _path, text: self.message.emit(text, True))

    # ------------------------------------------------------------------ layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = max(self.viewport().width(), 400)
        weights = self.form_model.form.col_weights
        total = sum(weights)
        for col, weight in enumerate(weights):
            self.setColumnWidth(col, int(width * weight / total))
        self.fit_rows()

    def fit_rows(self) -> None:
        """Row heights that show every label whole.

        Qt sizes rows from unspanned cells only, so the form's header rows (all spanned) would
        collapse; measure every cell, and give a cell spanning several rows what it lacks in its last row.
        """
        metrics = self.fontMetrics()
        line = metrics.height() + 8
        heights = [line] * self.form_model.form.nrows
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

        def needed(cell_text: str, col: int, colspan: int) -> int:
            width = sum(self.columnWidth(c) for c in range(col, col + colspan)) - 8
            return metrics.boundingRect(0, 0, max(width, 10), 10_000, flags, cell_text).height() + 8

        cells = sorted(self.form_model.form.cells, key=lambda c: c.rowspan)
        for cell in cells:
            if cell.kind == "value":
                continue
            need = needed(cell.text, cell.col, cell.colspan)
            rows = range(cell.row, cell.row + cell.rowspan)
            have = sum(heights[r] for r in rows)
            if need > have:
                heights[rows[-1]] += need - have
        for row, height in enumerate(heights):
            self.setRowHeight(row, height)

    # ------------------------------------------------------------------ navigation

    def _neighbour(self, current: QModelIndex, step: int, by_column: bool) -> QModelIndex:
        order = sorted(self._inputs, key=lambda i: (i.column(), i.row())) if by_column else self._inputs
        positions = [(i.row(), i.column()) for i in order]
        here = (current.row(), current.column())
        if here in positions:
            k = (positions.index(here) + step) % len(order)
        else:  # from a label cell: the first input after it
            key = (lambda p: (p[1], p[0])) if by_column else (lambda p: p)
            later = [n for n, p in enumerate(positions) if key(p) > key(here)]
            k = later[0] if later else 0
        return order[k]

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if self._inputs and action == QAbstractItemView.CursorAction.MoveNext:
            return self._neighbour(self.currentIndex(), 1, by_column=False)
        if self._inputs and action == QAbstractItemView.CursorAction.MovePrevious:
            return self._neighbour(self.currentIndex(), -1, by_column=False)
        return super().moveCursor(action, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter: on to the cell below
            self._go(self._neighbour(self.currentIndex(), 1, by_column=True))

    def _go(self, index: QModelIndex) -> None:
        self.setCurrentIndex(index)
        self.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                step = -1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
                self._go(self._neighbour(self.currentIndex(), step, by_column=True))
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste(QGuiApplication.clipboard().text())
                return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ clipboard and clearing

    def _selected_inputs(self) -> list[str]:
        paths = [self.form_model.path_at(i) for i in self.selectedIndexes() if self.form_model.is_input(i)]
        return [p for p in paths if p]

    def clear_selection(self) -> None:
        paths = self._selected_inputs()
        if paths:
            self.form_model.set_values(dict.fromkeys(paths), tr("清除"))

    def selection_text(self) -> str:
        indexes = self.selectedIndexes()
        if not indexes:
            return ""
        rows = sorted({i.row() for i in indexes})
        cols = sorted({i.column() for i in indexes})
        chosen = {(i.row(), i.column()) for i in indexes}
        lines = []
        for r in rows:
            cells = []
            for c in cols:
                cell = self.form_model.cell_at(self.form_model.index(r, c))
                anchor = cell is not None and (cell.row, cell.col) == (r, c)
                text = self.form_model.data(self.form_model.index(r, c)) if (r, c) in chosen and anchor else ""
                cells.append(str(text or ""))
            lines.append("\t".join(cells))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.selection_text())

    def paste(self, text: str) -> bool:
        """Paste a block at the current cell as one undo step; refuse it whole if any value is bad."""
        if self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:  # a read-only window
            self.message.emit(tr("只读：不能粘贴。"), True)
            return False
        model = self.form_model
        grid = model.form.value_grid()
        current = self.currentIndex()
        path = model.path_at(current)
        anchor = (0, 0)
        if path is not None:
            for r, row in enumerate(grid):
                if path in row:
                    anchor = (r, row.index(path))
        labels = t3_row_labels() if model.form.key == "t3" else None
        plan = plan_paste(text, grid, anchor, labels)
        if plan.errors:
            self.message.emit(tr("未粘贴：") + tr("；").join(plan.errors[:3]), True)
            return False
        model.set_values(plan.assignments, tr("粘贴"))
        mismatches = total_mismatches(plan, computed_totals(model.document.report))
        if mismatches:
            self.message.emit(tr("已粘贴，总计按各项重新计算：") + tr("；").join(mismatches[:3]), True)
        else:
            self.message.emit(tr("已粘贴 {0} 个数字").format(len(plan.assignments)), False)
        return True

    def select_path(self, path: str) -> None:
        self._go(self.form_model.index_of(path))
        self.setFocus()
