"""The 信息处理费 figures on tab 六、其他: refused input is explained, and Ctrl+Z is the window's undo."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def _type(window, key, text):
    other = window.tab("other")
    window.tabs.setCurrentWidget(other)
    edit = other.fields[f"fees.{key}"]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    return other, edit


def test_a_refused_fee_says_why_and_the_field_shows_what_the_report_keeps(window):
    before = window.current_report().fees.collected_yuan
    for typed in ("12.345", "-5"):
        other, edit = _type(window, "collected_yuan", typed)
        assert window.current_report().fees.collected_yuan == before
        said = window.statusBar().currentMessage()
        assert "实际收取" in said and typed in said
        assert other.refusal.isVisible() and other.refusal.text() == said
        assert Decimal(edit.text() or "0") == (before or 0)  # not the refused text


def test_ctrl_z_in_a_fee_field_undoes_the_reports_step(window):
    before = window.current_report().fees.collected_yuan
    steps = window.stack.index()
    _, edit = _type(window, "collected_yuan", "350")
    assert window.current_report().fees.collected_yuan == Decimal("350")
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.index() == steps
    assert window.current_report().fees.collected_yuan == before
    assert Decimal(edit.text() or "0") == (before or 0)
