"""Tab 六、其他需要报告的事项: the 信息处理费 figures and the texts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit

from ....core.format import schema
from ....core.format.cells import NumberError, format_value, parse_cell
from ...i18n import tr
from ..commands import SetCellsCommand
from ..document import ReportDocument
from ..text_editor import LabelledEditor, WindowUndoKeys
from .base import ScrollingTab, flash_widget, heading_label


class OtherTab(ScrollingTab):
    key = "other"
    message = Signal(str, bool)  # text, is error: for the status bar, as the tables say it

    def __init__(self, document: ReportDocument, stack: QUndoStack) -> None:
        super().__init__()
        section = schema.SECTION_BY_KEY["other"]
        self.title = section.tab
        self.document = document
        self.stack = stack
        self.body_layout.addWidget(heading_label(section.heading, tr("信息处理费即使为 0 也要写明。")))
        box = QGroupBox(tr("依申请公开信息处理费"))
        form = QFormLayout(box)
        self.fields: dict[str, QLineEdit] = {}
        self.undo_keys = WindowUndoKeys(self)  # Ctrl+Z undoes the report's steps, not the field's own typing
        for key, label in schema.FEE_FIELDS.items():
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda k=key: self._commit(k))
            edit.installEventFilter(self.undo_keys)
            form.addRow(label, edit)
            self.fields[f"fees.{key}"] = edit
        self.refusal = QLabel()  # why a figure was not taken, under the fields where the officer looks
        self.refusal.setStyleSheet("color: #b00000")
        self.refusal.setWordWrap(True)
        self.refusal.hide()
        form.addRow(self.refusal)
        self.body_layout.addWidget(box)
        for field in schema.OTHER_FIELDS:
            self.add_editor(LabelledEditor(document, stack, field.key))
        document.cellsChanged.connect(self._refresh)
        document.findingsChanged.connect(self._refresh)
        self._refresh()

    def _commit(self, key: str) -> None:
        path = f"fees.{key}"
        edit = self.fields[path]
        try:
            value = parse_cell(path, edit.text())
        except NumberError as exc:
            text = tr("{0}：“{1}”{2}，仍为 {3}").format(
                schema.cell_label(path), edit.text(), str(exc), format_value(self.document.value(path)) or tr("空")
            )
            edit.setText(format_value(self.document.value(path)))  # the field shows what the report holds
            self.refusal.setText(text)
            self.refusal.show()
            self.message.emit(text, True)
            return
        self.refusal.hide()
        if value != self.document.value(path):
            self.stack.push(
                SetCellsCommand(self.document, {path: value}, tr("修改“{0}”").format(schema.cell_label(path)))
            )

    def _refresh(self, changed: list[str] | None = None) -> None:
        for path, edit in self.fields.items():
            if not edit.hasFocus() or (changed and path in changed):  # an undo shows in the field being typed in
                edit.setText(format_value(self.document.value(path)))
            findings = self.document.findings_for(path)
            edit.setStyleSheet("background: #fff0c0" if findings else "")
            edit.setToolTip("\n".join(tr("{0}（{1}）").format(f.message, f.rule) for f in findings))

    def select_cell(self, path: str) -> bool:
        edit = self.fields.get(path)
        if edit is None:
            return False
        self.reveal(edit)
        edit.setFocus()
        edit.selectAll()
        flash_widget(edit)
        return True
