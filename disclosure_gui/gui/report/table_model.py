"""A statistics table as a Qt model laid out like the official form (header and label cells included).

The view shows the form's spans; value cells are editable unless they are totals, which the core
computes as the user types. A cell that breaks a rule is coloured and carries the rule's message as
its tooltip. Edits go through the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QUndoStack

from ...core.checks.finding import SEVERITY_LABEL
from ...core.format import schema
from ...core.format.cells import NumberError, format_value, parse_cell
from ...core.format.forms import Form, FormCell
from ...core.format.report import CellValue
from ..i18n import tr
from .commands import SetCellsCommand
from .document import ReportDocument

ERROR_BG = QColor("#f8d0d0")
REJECTED_FG = QColor("#b00000")
FLASH_BG = QColor("#ffd54f")
FLASH_MS = 1200
WARNING_BG = QColor("#fff0c0")
TOTAL_BG = QColor("#e8ecf2")
BLANK_MARK = QColor("#c00000")  # a blank cell (printed blank, or not readable from a published report): asked for
HEADER_BG = QColor("#f3f4f6")
Index = QModelIndex | QPersistentModelIndex


class FormTableModel(QAbstractTableModel):
    inputRejected = Signal(str, str)  # path, Chinese message

    def __init__(self, form: Form, document: ReportDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.form = form
        self.document = document
        self.stack = stack
        self._cells: dict[tuple[int, int], FormCell] = {}
        for cell in form.cells:
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    self._cells[(cell.row + dr, cell.col + dc)] = cell
        self._position = {c.path: (c.row, c.col) for c in form.value_cells()}
        self._marks = self._current_marks()
        # Input refused at a cell: what the user typed and why, shown at the cell until it is edited again.
        self.rejected: dict[str, tuple[str, str]] = {}
        self.flashing: str | None = None  # a cell lit up for a moment after the window jumped to it
        self._bold = QFont()
        self._bold.setBold(True)
        document.cellsChanged.connect(self._on_cells_changed)
        document.findingsChanged.connect(self._on_findings_changed)

    # ------------------------------------------------------------------ shape

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.form.nrows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.form.ncols

    def cell_at(self, index: Index) -> FormCell | None:
        return self._cells.get((index.row(), index.column()))

    def path_at(self, index: Index) -> str | None:
        cell = self.cell_at(index)
        return cell.path if cell is not None and cell.kind == "value" else None

    def index_of(self, path: str) -> QModelIndex:
        row, col = self._position[path]
        return self.index(row, col)

    def is_input(self, index: Index) -> bool:
        path = self.path_at(index)
        return path is not None and not schema.is_total_cell(path)

    def spans(self) -> list[FormCell]:
        return [c for c in self.form.cells if c.rowspan > 1 or c.colspan > 1]

    # ------------------------------------------------------------------ data

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_input(index):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell_at(index)
        if cell is None:
            return None
        if cell.kind != "value":
            return self._label_data(cell, role)
        path = cell.path
        rejected = self.rejected.get(path)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return rejected[0] if rejected else format_value(self.document.value(path))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if rejected and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(REJECTED_FG)
        blank = self.document.value(path) is None
        if role == Qt.ItemDataRole.DecorationRole:
            return BLANK_MARK if blank and not rejected else None
        findings = self.document.findings_for(path)
        if role == Qt.ItemDataRole.BackgroundRole:
            if path == self.flashing:
                return QBrush(FLASH_BG)
            if rejected or any(f.severity == "error" for f in findings):
                return QBrush(ERROR_BG)
            if findings:
                return QBrush(WARNING_BG)
            if schema.is_total_cell(path):
                return QBrush(TOTAL_BG)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [tr("{0}：{1}（{2}）").format(SEVERITY_LABEL[f.severity], f.message, f.rule) for f in findings]
            if rejected:
                shown = format_value(self.document.value(path)) or tr("空")
                lines.insert(0, tr("未接受：{0}（表中仍为 {1}）").format(rejected[1], shown))
            if blank:
                lines.append(tr("空白：请对照原文填写（没有请填 0）"))
                lines.append(tr("导入已发布的年报时，原文空白或读不出的数字留空，不当作 0"))
            if schema.is_total_cell(path):
                lines.append(tr("自动计算，不能直接修改"))
            return "\n".join([schema.cell_label(path), *lines])
        if role == Qt.ItemDataRole.FontRole and schema.is_total_cell(path):
            return self._bold
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = format_value(self.document.value(path)) if not blank else tr("空白")
            return f"{schema.cell_label(path)} {said}"
        return None

    def _label_data(self, cell: FormCell, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignLeft if cell.align == "left" else Qt.AlignmentFlag.AlignHCenter
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(HEADER_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.text
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.is_input(index):
            return False
        path = self.path_at(index)
        assert path is not None
        try:
            parsed = parse_cell(path, str(value) if value is not None else "")
        except NumberError as exc:
            self.rejected[path] = (str(value), str(exc))
            self._repaint(path)
            self.inputRejected.emit(path, tr("{0}：“{1}”{2}").format(schema.cell_label(path), value, str(exc)))
            return False
        return self.set_values({path: parsed}, tr("编辑单元格"))

    def _repaint(self, path: str) -> None:
        index = self.index_of(path)
        self.dataChanged.emit(index, index)

    def flash(self, path: str) -> None:
        self.flashing = path
        self._repaint(path)
        QTimer.singleShot(FLASH_MS, self, lambda: self._end_flash(path))

    def _end_flash(self, path: str) -> None:
        if self.flashing == path:
            self.flashing = None
            self._repaint(path)

    def forget_rejected(self, paths: list[str]) -> None:
        for path in paths:
            if self.rejected.pop(path, None) is not None:
                self._repaint(path)

    def set_values(self, values: dict[str, CellValue], text: str) -> bool:
        """Change cells through the undo stack (one step); unchanged cells are left out."""
        self.forget_rejected(list(values))
        changed = {p: v for p, v in values.items() if self.document.value(p) != v}
        if not changed:
            return True
        label = schema.cell_label(next(iter(changed))) if len(changed) == 1 else tr("{0} 个单元格").format(len(changed))
        self.stack.push(SetCellsCommand(self.document, changed, tr("{0}：{1}").format(text, label)))
        return True

    # ------------------------------------------------------------------ change notification

    def _on_cells_changed(self, paths: list[str]) -> None:
        for path in paths:
            self.rejected.pop(path, None)
            if path in self._position:
                index = self.index_of(path)
                self.dataChanged.emit(index, index)

    def _current_marks(self) -> dict[str, tuple[str, ...]]:
        cells = self.document.cell_findings
        return {p: tuple(f"{f.severity}{f.message}" for f in cells[p]) for p in self._position if p in cells}

    def _on_findings_changed(self) -> None:
        # Repaint only the cells whose marks changed: a whole-table repaint per keystroke is too slow.
        marks = self._current_marks()
        changed = {p for p in marks.keys() | self._marks.keys() if marks.get(p) != self._marks.get(p)}
        self._marks = marks
        roles = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole]
        for path in changed:
            index = self.index_of(path)
            self.dataChanged.emit(index, index, roles)
