"""What is still being typed when the officer saves, closes, prints or exports is kept, not thrown away.

Found by trying it: a figure typed into a table 三 cell or a fee field without pressing Enter was lost on
保存 (toolbar buttons take no focus), on closing the report, and left out of the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _type_into_cell(window, qtbot, path: str, text: str) -> None:
    window.tabs.setCurrentWidget(window.tab("t3"))
    view = window.tab("t3").view
    view.setCurrentIndex(window.tab("t3").model.index_of(path))
    view.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), text)
    assert view.state() == view.State.EditingState  # the cell's editor is open: nothing committed yet


def test_a_cell_still_being_edited_is_saved_by_the_toolbar_save_button(window, qtbot):
    _type_into_cell(window, qtbot, "tables.t3.granted[0]", "7")
    assert window.document.report.t3["granted"][0] == 0
    QTest.mouseClick(window.toolbar.widgetForAction(window.commands.save), Qt.MouseButton.LeftButton)
    assert window.document.report.t3["granted"][0] == 7
    assert window.store.load(window.document.draft_id).t3["granted"][0] == 7
    assert window.stack.canUndo()  # it went through the undo stack like any edit


def test_a_cell_still_being_edited_is_kept_when_the_report_is_closed(window, qtbot):
    draft_id = window.document.draft_id
    _type_into_cell(window, qtbot, "tables.t3.granted[1]", "3")
    window.close_report()
    assert window.store.load(draft_id).t3["granted"][1] == 3


def test_a_fee_typed_without_enter_is_kept_when_the_window_closes(window, qtbot):
    draft_id = window.document.draft_id
    window.tabs.setCurrentWidget(window.tab("other"))
    field = window.tab("other").fields["fees.collected_yuan"]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, "350")
    window.close()
    assert str(window.store.load(draft_id).fees.collected_yuan) == "350"
