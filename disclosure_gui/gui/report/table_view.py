"""The statistics table view with spreadsheet habits.

Tab moves right to the next input cell, Enter moves down, typing replaces, Delete clears the selected
input cells, Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes a block from Excel, WPS or
a web page as one undo step (see :mod:`disclosure_gui.core.importers.paste`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...core.format import schema
from ...core.format.forms import t3_row_labels
from ...core.format.report import CellValue, computed_totals
from ..i18n import tr
from .table_model import FormTableModel


def is_block(text: str) -> bool:
    """Clipboard text of several cells (copied from Excel, WPS or a web table), not one value."""
    return "\t" in text or "\n" in text.strip("\r\n")


class CellDelegate(QStyledItemDelegate):
    """The cell editor, watched by the view: Ctrl+V of a block while a cell is being edited pastes the block as
    Excel does, instead of putting all of it into the one cell."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        view = self.parent()
        if isinstance(view, QObject):
            editor.installEventFilter(view)
        return editor


class FormTableView(QTableView):
    message = Signal(str, bool)  # text, is_error

    def __init__(self, model: FormTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen: QTableView | None = None
        self.setItemDelegate(CellDelegate(self))
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
        model.inputRejected.connect(self._rejected)
        self.bubble = QLabel(self.viewport())
        self.bubble.setWordWrap(True)
        self.bubble.setMaximumWidth(360)
        self.bubble.setStyleSheet(
            "QLabel { background: #fff8e0; color: #802000; border: 1px solid #c08000; padding: 3px; }"
        )
        self.bubble.hide()
        self._bubble_timer = QTimer(self)
        self._bubble_timer.setSingleShot(True)
        self._bubble_timer.setInterval(6000)
        self._bubble_timer.timeout.connect(self.bubble.hide)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen = self._frozen_header()

    def _rejected(self, path: str, text: str) -> None:
        self.show_at(self.form_model.index_of(path), text)
        self.message.emit(text, True)

    # ------------------------------------------------------------------ layout

    def _frozen_header(self) -> QTableView | None:
        """The form's header rows stay on top while the rows scroll (table 三 is taller than a 768 screen).

        A second view of the same model showing only the header rows, laid over the top of the viewport."""
        rows = self.form_model.form.header_rows
        if rows == 0:
            return None
        frozen = QTableView(self)
        frozen.setModel(self.form_model)
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.horizontalHeader().hide()
        frozen.verticalHeader().hide()
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        frozen.setWordWrap(True)
        frozen.setFrameShape(QFrame.Shape.NoFrame)
        frozen.setAccessibleName(tr("表头"))
        for cell in self.form_model.spans():
            if cell.row < rows:
                frozen.setSpan(cell.row, cell.col, min(cell.rowspan, rows - cell.row), cell.colspan)
        for row in range(rows, self.form_model.rowCount()):
            frozen.setRowHidden(row, True)
        self.viewport().stackUnder(frozen)
        frozen.show()
        return frozen

    def header_height(self) -> int:
        """Pixels at the top of the viewport covered by the frozen header rows."""
        return sum(self.rowHeight(r) for r in range(self.form_model.form.header_rows)) if self.frozen else 0

    def _place_frozen(self) -> None:
        if self.frozen is None:
            return
        for col in range(self.form_model.columnCount()):
            self.frozen.setColumnWidth(col, self.columnWidth(col))
        for row in range(self.form_model.form.header_rows):
            self.frozen.setRowHeight(row, self.rowHeight(row))
        frame = self.frameWidth()
        self.frozen.setGeometry(frame, frame, self.viewport().width(), self.header_height())

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        super().scrollTo(index, hint)
        covered = self.header_height() - self.visualRect(index).top()
        if self.frozen is not None and index.row() >= self.form_model.form.header_rows and covered > 0:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - covered)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        width = max(self.viewport().width(), 400)
        weights = self.form_model.form.col_weights
        total = sum(weights)
        for col, weight in enumerate(weights):
            self.setColumnWidth(col, int(width * weight / total))
        self.fit_rows()
        self._place_frozen()

    def fit_rows(self) -> None:
        """Row heights that show every label whole.

        Qt sizes rows from unspanned cells only, so the form's header rows (all spanned) would
        collapse; measure every cell, and give a cell spanning several rows what it lacks in its last row.
        """
        metrics = self.fontMetrics()
        line = metrics.height() + 6  # 16 rows of table 三 at 1024×768 with the problems panel closed
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

    def _step(self, current: QModelIndex, dr: int, dc: int) -> QModelIndex:
        """The next value cell (input or total) in a direction; header and label cells are skipped, so the
        cursor never rests where typing would be lost. Stays put at the edge of the table."""
        model = self.form_model
        cell = model.cell_at(current)
        row, col = current.row(), current.column()
        if cell is not None:  # leave a spanned cell from its far side
            row = cell.row + (cell.rowspan - 1 if dr > 0 else 0)
            col = cell.col + (cell.colspan - 1 if dc > 0 else 0)
        row, col = row + dr, col + dc
        while 0 <= row < model.rowCount() and 0 <= col < model.columnCount():
            target = model.cell_at(model.index(row, col))
            if target is not None and target.kind == "value" and target is not cell:
                return model.index(target.row, target.col)
            row, col = row + dr, col + dc
        return current

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        move = QAbstractItemView.CursorAction
        if self._inputs and action == move.MoveNext:
            return self._neighbour(self.currentIndex(), 1, by_column=False)
        if self._inputs and action == move.MovePrevious:
            return self._neighbour(self.currentIndex(), -1, by_column=False)
        steps = {move.MoveUp: (-1, 0), move.MoveDown: (1, 0), move.MoveLeft: (0, -1), move.MoveRight: (0, 1)}
        if action in steps and self.currentIndex().isValid():
            return self._step(self.currentIndex(), *steps[action])
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
        typing = bool(event.text().strip()) and not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if self.state() != QAbstractItemView.State.EditingState and typing:
            current = self.currentIndex()
            if not self.form_model.is_input(current):
                self.refuse_typing(current)
                return
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+V in a cell's editor: a block leaves the editor (what was typed there is dropped, as in Excel) and
        is pasted from that cell; a single value is pasted into the editor as usual."""
        paste = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Paste)
        if paste and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            text = QGuiApplication.clipboard().text()
            if is_block(text):
                if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
                    self.closeEditor(watched, QAbstractItemDelegate.EndEditHint.RevertModelCache)
                    self.paste(text)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def refuse_typing(self, index: QModelIndex) -> None:
        """Typing where no number can go: say so at the cell instead of dropping the keys."""
        path = self.form_model.path_at(index)
        if path is not None:
            text = tr("“{0}”是总计，由程序自动计算，不能输入").format(schema.cell_label(path))
        else:
            text = tr("这里是表头，不能输入：请先选中一个白色的数字格")
        self.show_at(index, text)
        self.message.emit(text, True)

    def show_at(self, index: QModelIndex, text: str) -> None:
        """A message next to the cell it is about, where the eye already is (hides after a few seconds)."""
        self.scrollTo(index)
        rect = self.visualRect(index)
        self.bubble.setText(text)
        self.bubble.adjustSize()
        x = min(rect.left(), max(0, self.viewport().width() - self.bubble.width()))
        y = rect.bottom() + 2
        if y + self.bubble.height() > self.viewport().height():
            y = max(0, rect.top() - self.bubble.height() - 2)
        self.bubble.move(x, y)
        self.bubble.show()
        self.bubble.raise_()
        self._bubble_timer.start()

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
        from ...core.importers.paste import plan_paste, total_mismatches  # on the first paste, not at start-up

        labels = t3_row_labels() if model.form.key == "t3" else None
        plan = plan_paste(text, grid, anchor, labels)
        if plan.errors:
            self.message.emit(tr("未粘贴：") + tr("；").join(plan.errors[:3]), True)
            return False
        model.set_values(plan.assignments, tr("粘贴"))
        totals: dict[str, CellValue] = dict(computed_totals(model.document.report))
        mismatches = total_mismatches(plan, totals)
        if mismatches:
            self.message.emit(tr("已粘贴，总计按各项重新计算：") + tr("；").join(mismatches[:3]), True)
        else:
            self.message.emit(tr("已粘贴 {0} 个数字").format(len(plan.assignments)), False)
        return True

    def select_path(self, path: str) -> None:
        self._go(self.form_model.index_of(path))
        self.setFocus()
