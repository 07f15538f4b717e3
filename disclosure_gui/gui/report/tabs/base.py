"""What every tab offers the main window."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..text_editor import FLASH_MS, FieldEditor, LabelledEditor

FLASH_STYLE = "background: #ffd54f"


def flash_widget(widget: QWidget) -> None:
    """Light a field up for a moment so the eye finds it after the window jumped there."""
    if widget.property("flashing"):
        return
    before = widget.styleSheet()
    widget.setProperty("flashing", True)
    widget.setStyleSheet(FLASH_STYLE)

    def restore() -> None:
        widget.setStyleSheet(before)
        widget.setProperty("flashing", False)

    QTimer.singleShot(FLASH_MS, widget, restore)


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
        self.reveal(editor)
        editor.select_span(start, end)
        self.reveal_cursor(editor)
        return True

    def reveal(self, widget: QWidget) -> None:
        """Scroll so the widget is on screen (tabs that scroll override this)."""

    def reveal_cursor(self, editor: FieldEditor) -> None:
        """Scroll so the editor's selected text is on screen."""

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
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        outer.addWidget(self.scroller)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroller.setWidget(self.body)
        self._editors: dict[str, FieldEditor] = {}

    def reveal(self, widget: QWidget) -> None:
        self.body.layout().activate()  # a tab never shown yet has no geometry
        self.scroller.ensureWidgetVisible(widget, 20, 40)

    def reveal_cursor(self, editor: FieldEditor) -> None:
        rect = editor.cursorRect()
        centre = editor.viewport().mapTo(self.body, rect.center())
        self.scroller.ensureVisible(centre.x(), centre.y(), 20, 80)

    def add_editor(self, labelled: LabelledEditor) -> None:
        self.body_layout.addWidget(labelled)
        self._editors[labelled.editor.key] = labelled.editor

    def editors(self) -> dict[str, FieldEditor]:
        return self._editors
