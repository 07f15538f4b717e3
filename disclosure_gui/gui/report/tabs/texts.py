"""Tabs of free text: 一、总体情况 and 五、存在的主要问题及改进情况."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from ....core.format import schema
from ...i18n import QT_TRANSLATE_NOOP, tr
from ..document import ReportDocument
from ..text_editor import LabelledEditor
from .base import ScrollingTab, heading_label

# One literal per message: Qt's lupdate reads no implicit string concatenation.
HINTS = {
    "overview": QT_TRANSLATE_NOOP(
        "disclosure_gui",
        "分五个方面写：主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障。人民政府的报告在“监督保障”中还要写工作考核、社会评议和责任追究结果情况。",
    ),
    "problems": QT_TRANSLATE_NOOP(
        "disclosure_gui", "写清上年度问题的整改情况、本年度存在的主要问题和改进措施，避免照抄上年。"
    ),
}


class SectionTextTab(ScrollingTab):
    def __init__(self, section_key: str, document: ReportDocument, stack: QUndoStack) -> None:
        super().__init__()
        section = schema.SECTION_BY_KEY[section_key]
        self.key = section_key
        self.title = section.tab
        self.body_layout.addWidget(heading_label(section.heading, tr(HINTS.get(section_key, ""))))
        for field in section.fields:
            self.add_editor(LabelledEditor(document, stack, field.key))
