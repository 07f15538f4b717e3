"""Tab 六、其他需要报告的事项: the 信息处理费 figures and the texts."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit

from ...core import schema
from ...core.numbers import NumberError
from ..commands import SetCellsCommand
from ..document import ReportDocument
from ..i18n import tr
from ..table_model import format_value, parse_cell
from ..text_editor import LabelledEditor
from .base import ScrollingTab, flash_widget, heading_label


class OtherTab(ScrollingTab):
    key = "other"

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
        for key, label in schema.FEE_FIELDS.items():
            edit = QLineEdit()
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda k=key: self._commit(k))
            form.addRow(label, edit)
            self.fields[f"fees.{key}"] = edit
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
            edit.setStyleSheet("background: #f8d0d0")
            edit.setToolTip(tr("{0}：{1}").format(schema.cell_label(path), exc.reason))
            return
        if value != self.document.value(path):
            self.stack.push(
                SetCellsCommand(self.document, {path: value}, tr("修改“{0}”").format(schema.cell_label(path)))
            )

    def _refresh(self, *_args: object) -> None:
        for path, edit in self.fields.items():
            if not edit.hasFocus():
                edit.setText(format_value(self.document.value(path)))
            findings = self.document.findings_for(path)
            edit.setStyleSheet("background: #fff0c0" if findings else "")
            edit.setToolTip("\n".join(tr("{0}：{1}").format(f.rule, f.message) for f in findings))

    def select_cell(self, path: str) -> bool:
        edit = self.fields.get(path)
        if edit is None:
            return False
        self.reveal(edit)
        edit.setFocus()
        edit.selectAll()
        flash_widget(edit)
        return True
