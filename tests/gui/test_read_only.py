"""The second window on a data folder, opened read-only: no edit can be made (so none can be lost), it is
visibly read-only, 另存为副本 is offered, and quitting needs no question because there is nothing to lose."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from disclosure_gui.core.format import exchange
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.store import Store
from tests.conftest import SAMPLE_JSON


@pytest.fixture
def viewer(qtbot, tmp_path, monkeypatch):
    make_application()
    writer = Store(tmp_path / "data")
    writer.open()
    draft = writer.create(exchange.load(SAMPLE_JSON))
    store = Store(tmp_path / "data", readonly=True)
    store.open()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    win.open_draft(draft.id)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text))
    win.asked = asked
    yield win
    win.close()
    store.close()
    writer.close()


def test_typing_into_a_text_changes_nothing_and_undo_stays_off(viewer, qtbot):
    before = viewer.document.report.texts["overview.proactive"]
    editor = viewer.tab("overview").editors()["overview.proactive"]
    assert editor.isReadOnly()
    editor.setFocus()
    qtbot.keyClicks(editor, "typed 123")
    assert viewer.document.report.texts["overview.proactive"] == before
    assert viewer.stack.count() == 0 and not viewer.commands.undo.isEnabled()
    assert editor.toPlainText() == before


def test_table_cells_cannot_be_edited_or_pasted_into(viewer):
    tab = viewer.tab("t3")
    cell = tab.model.index_of("tables.t3.granted[0]")
    assert tab.view.editTriggers() == tab.view.EditTrigger.NoEditTriggers
    tab.model.setData(cell, "5")
    tab.view.setCurrentIndex(cell)
    tab.view.paste("7\t8")
    assert viewer.document.report.t3["granted"][:2] == [0, 0]
    assert viewer.stack.count() == 0
    assert "只读" in viewer.statusBar().currentMessage()


def test_basic_fields_are_read_only_and_say_so(viewer):
    basic = viewer.tab("basic")
    from PySide6.QtWidgets import QLineEdit

    fields = basic.findChildren(QLineEdit)
    assert fields and all(f.isReadOnly() for f in fields)
    assert "只读" in viewer.windowTitle()
    assert viewer.read_only_label.isVisible() and "另存为副本" in viewer.read_only_label.text()


def test_save_copy_writes_an_exchange_file(viewer, tmp_path, monkeypatch):
    target = tmp_path / "副本.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    viewer.save_copy_action.trigger()
    assert exchange.load(target).meta.agency == "山亭区科技局"


def test_quitting_loses_nothing_and_asks_nothing(viewer, qtbot):
    qtbot.keyClicks(viewer.tab("overview").editors()["overview.proactive"], "edit")
    qtbot.keyClick(viewer, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    viewer.close()
    assert viewer.asked == [] and viewer.stack.isClean()


def test_a_data_folder_that_cannot_be_written_is_offered_read_only(qtbot, tmp_path, monkeypatch):
    """A data folder on a read-only share: the lock file cannot be created; the user may still look."""
    from disclosure_gui.gui.app import open_store
    from disclosure_gui.store import lock as lock_module

    make_application()
    with Store(tmp_path / "data") as store:
        store.create(exchange.load(SAMPLE_JSON))

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(lock_module.DataDirLock, "acquire", denied)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    store = open_store(str(tmp_path / "data"))
    try:
        assert store.readonly and len(store.list_drafts()) == 1
        assert asked and "没有权限" in asked[0] and "Permission" not in asked[0]
    finally:
        store.close()


def test_save_copy_is_offered_only_while_a_report_is_open(viewer):
    assert viewer.save_copy_action.isEnabled()
    viewer.close_report()
    assert not viewer.save_copy_action.isEnabled()
    assert "请先新建或打开一份报告" in viewer.save_copy_action.toolTip()
    draft_id = viewer.store.list_drafts()[0].id
    viewer.open_draft(draft_id)
    assert viewer.save_copy_action.isEnabled()
