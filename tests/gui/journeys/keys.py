"""Typing as an officer types: ASCII through QTest, Chinese as an input method commits it (a key event carrying the
text; QTest itself aborts on characters outside ASCII)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused(fallback: QWidget) -> QWidget:
    widget = QApplication.focusWidget()
    return widget if widget is not None else fallback


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``; once typing has moved the focus (a cell editor opens), into the focus."""
    target = widget
    for ch in text:
        if ch == "\n":
            QTest.keyClick(target, Qt.Key.Key_Return)
        elif ch == "\t":
            QTest.keyClick(target, Qt.Key.Key_Tab)
        elif ch.isascii() and ch.isprintable():
            QTest.keyClicks(target, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(target, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
        target = focused(widget)


def press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(widget), key, modifiers)


def press_sequence(widget: QWidget, sequence: QKeySequence) -> None:
    """A shortcut as the keyboard sends it (its first chord)."""
    if sequence.isEmpty():
        return
    combo = sequence[0]
    QTest.keyClick(focused(widget), combo.key(), combo.keyboardModifiers())
