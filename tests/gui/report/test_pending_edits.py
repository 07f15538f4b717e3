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


def test_the_report_being_edited_cannot_be_deleted_or_renamed_under_the_window(window, monkeypatch):
    """Deleting it made every later save fail for good; renaming it was undone by the next autosave."""
    from PySide6.QtWidgets import QMessageBox

    from disclosure_gui.gui.dialogs import reports as dialogs

    said: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _parent, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    open_id = window.document.draft_id
    dialog = dialogs.ReportsDialog(window.store, window, open_id)
    dialog.table.selectRow(0)
    assert dialog.selected_key() == open_id
    dialog._delete()
    dialog._rename()
    assert len(said) == 2 and all("正在窗口中编辑" in s for s in said)
    assert [d.id for d in window.store.list_drafts()] == [open_id]
    assert window.save_now(explicit=True)
