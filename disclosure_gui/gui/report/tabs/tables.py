"""Tabs of the statistics tables 二、三、四, laid out like the official form."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QVBoxLayout

from ....core.format import schema
from ....core.format.forms import FORMS
from ...i18n import QT_TRANSLATE_NOOP, tr
from ..document import ReportDocument
from ..table_model import FormTableModel
from ..table_view import FormTableView
from .base import ReportTab, heading_label

HINTS = {
    "t2": QT_TRANSLATE_NOOP("disclosure_gui", "只填数字：件数为整数，收费金额以万元为单位（最多6位小数）。"),
    "t3": QT_TRANSLATE_NOOP(
        "disclosure_gui", "灰底的总计由程序自动计算。可从 Excel、WPS 或网页复制整张表、整行或整列后按 Ctrl+V 粘贴。"
    ),
    "t4": QT_TRANSLATE_NOOP("disclosure_gui", "每组的“总计”由程序自动计算。"),
}


class TableTab(ReportTab):
    def __init__(self, table_key: str, document: ReportDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.key = table_key
        section = schema.SECTION_BY_KEY[table_key]
        self.title = section.tab
        self.model = FormTableModel(FORMS[table_key](), document, stack)
        self.view = FormTableView(self.model, self)
        self.view.setAccessibleName(section.heading)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(section.heading, tr(HINTS[table_key])))
        layout.addWidget(self.view, 1)

    def select_cell(self, path: str) -> bool:
        if path not in {c.path for c in self.model.form.value_cells()}:
            return False
        self.view.select_path(path)
        self.model.flash(path)
        return True
