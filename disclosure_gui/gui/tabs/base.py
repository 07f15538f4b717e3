"""What every tab offers the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..text_editor import FieldEditor, LabelledEditor


class ReportTab(QWidget):
    key = ""  # report section: basic / overview / t2 / t3 / t4 / problems / other
    title = ""

    def select_cell(self, path: str) -> bool:
        """Show and select a cell; False if the tab has no such cell."""
        return False

    def select_text(self, field_key: str, start: int, end: int) -> bool:
        editor = self.editors().get(field_key)
        if editor is None:
            return False
        editor.select_span(start, end)
        return True

    def editors(self) -> dict[str, FieldEditor]:
        return {}


def heading_label(text: str, hint: str = "") -> QLabel:
    """The official section heading at the top of a tab, with a short hint below it."""
    label = QLabel(
        f"<span style='font-size:14pt; font-weight:bold'>{text}</span>"
        + (f"<br><span style='color:#555'>{hint}</span>" if hint else "")
    )
    label.setWordWrap(True)
    return label


class ScrollingTab(ReportTab):
    """A tab whose content scrolls (long text sections on a 1366×768 screen)."""

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        scroll.setWidget(self.body)
        self._editors: dict[str, FieldEditor] = {}

    def add_editor(self, labelled: LabelledEditor) -> None:
        self.body_layout.addWidget(labelled)
        self._editors[labelled.editor.key] = labelled.editor

    def editors(self) -> dict[str, FieldEditor]:
        return self._editors
