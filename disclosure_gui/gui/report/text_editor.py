"""A text field of the report, edited through the application's undo stack.

The editor's own undo is switched off: every change becomes a :class:`SetTextCommand`, and
consecutive typing in one field merges into one step until the field loses focus. Phrases that a
finding is about (e.g. a number that disagrees with the tables) are underlined.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from ...core.format import schema
from ..i18n import tr
from .commands import SetTextCommand, end_typing
from .document import ReportDocument

FLASH_MS = 1200
UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def is_undo_key(event: QEvent) -> bool:
    """Ctrl+Z, and redo as Word/WPS (Ctrl+Y) or the platform (Ctrl+Shift+Z) spell it."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    return ctrl_y or any(event.matches(k) for k in UNDO_KEYS)


class WindowUndoKeys(QObject):
    """An event filter that leaves undo and redo to the window's undo stack, so Ctrl+Z in a line edit
    undoes the same steps as the 撤销 menu instead of the widget's private history."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if is_undo_key(event):
            event.ignore()
            return True
        return False


class FieldEditor(QPlainTextEdit):
    def __init__(self, document: ReportDocument, stack: QUndoStack, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = document
        self.stack = stack
        self.key = key
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName(schema.TEXT_FIELD_BY_KEY[key].label)
        self._updating = False
        self._last = document.text(key)
        self.setPlainText(self._last)
        self.textChanged.connect(self._on_edit)
        document.textChanged.connect(self._on_document_text)
        document.findingsChanged.connect(self._mark_findings)
        document.reviewMarksChanged.connect(self._mark_findings)
        self.flashing: tuple[int, int] | None = None
        self._mark_findings()

    def event(self, event: QEvent) -> bool:
        # Let the window's undo/redo shortcuts through: the editor's own undo is off.
        if is_undo_key(event):
            event.ignore()
            return False
        return super().event(event)

    def _on_edit(self) -> None:
        if self._updating:
            return
        text = self.toPlainText()
        if text != self._last:
            command = SetTextCommand(self.doc, self.key, text, old=self._last)
            self._last = text
            self.stack.push(command)

    def _on_document_text(self, key: str) -> None:
        if key != self.key:
            return
        text = self.doc.text(key)
        self._last = text
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self._updating = True
        try:
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(position, len(text)))
            self.setTextCursor(cursor)
        finally:
            self._updating = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        end_typing(self.stack)  # the next typing in this field starts a new undo step
        super().focusOutEvent(event)

    def _mark_findings(self) -> None:
        selections = []
        for finding in self.doc.text_findings.get(self.key, []):
            if finding.text_span is None or finding.text_span[0] != self.key:
                continue
            _key, start, end = finding.text_span
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor("#c00000" if finding.severity == "error" else "#c08000"))
            fmt.setBackground(QColor("#fff0c0"))
            fmt.setToolTip(tr("{0}（{1}）").format(finding.message, finding.rule))
            selection.format = fmt  # type: ignore[attr-defined]
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(start, len(self.toPlainText())))
            cursor.setPosition(min(end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selections.append(selection)
        for mark in self.doc.review_marks:
            if mark.field == self.key:
                selections.append(self._selection(mark.start, mark.end, "#dce8fb", mark.reason))
        if self.flashing is not None:
            selections.append(self._selection(*self.flashing, "#ffd54f", ""))
        self.setExtraSelections(selections)

    def _selection(self, start: int, end: int, background: str, tip: str) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(background))
        if tip:
            fmt.setToolTip(tip)
        selection.format = fmt  # type: ignore[attr-defined]
        cursor = QTextCursor(self.document())
        length = len(self.toPlainText())
        cursor.setPosition(min(start, length))
        cursor.setPosition(min(end, length), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        return selection

    def flash(self, start: int, end: int) -> None:
        """Light the phrase up for a moment (the selection alone is easy to miss)."""
        self.flashing = (start, end)
        self._mark_findings()
        QTimer.singleShot(FLASH_MS, self, self._end_flash)

    def _end_flash(self) -> None:
        self.flashing = None
        self._mark_findings()

    def select_span(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(min(start, len(self.toPlainText())))
        cursor.setPosition(min(end, len(self.toPlainText())), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.flash(start, end)


class LabelledEditor(QWidget):
    """A caption, the editor, and a character count."""

    def __init__(self, document: ReportDocument, stack: QUndoStack, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        field = schema.TEXT_FIELD_BY_KEY[key]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        caption = QLabel(f"<b>{field.label}</b>" + ("" if field.required else tr("（可选）")))
        self.editor = FieldEditor(document, stack, key, self)
        caption.setBuddy(self.editor)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.count.setStyleSheet("color: #666")
        layout.addWidget(caption)
        layout.addWidget(self.editor)
        layout.addWidget(self.count)
        self.editor.textChanged.connect(self._update_count)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(tr("{0} 字").format(len(self.editor.toPlainText())))
