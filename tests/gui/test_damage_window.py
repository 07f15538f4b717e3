"""The window finds a damaged draft at start-up and in the reports list, restores it and says so in a dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from disclosure_gui.core.format import exchange
from disclosure_gui.gui.app import make_application, start_window
from disclosure_gui.gui.dialogs.reports import ReportsDialog
from disclosure_gui.store import Store
from tests.conftest import SAMPLE_JSON


@pytest.fixture
def said(monkeypatch):
    """Every message box the user would see, as text."""
    seen: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        seen.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "information", record)
    return seen


def _damaged_recent(tmp_path):
    with Store(tmp_path / "data") as store:
        report = exchange.load(SAMPLE_JSON)
        info = store.create(report)
        report.texts["other.other"] = "最后一次明确保存"
        store.save(info.id, report, explicit=True)
    (tmp_path / "data" / "drafts" / info.id / "draft.json").write_bytes(b'{"draft": {"1"')
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("recent", [info.id])
    return info.id, settings


def test_start_up_reopens_the_restored_recent_draft_and_says_from_when(qtbot, tmp_path, said):
    make_application()
    draft_id, settings = _damaged_recent(tmp_path)
    with Store(tmp_path / "data") as store:
        window = start_window(store, settings)
        qtbot.addWidget(window)
        assert window.document is not None and window.document.draft_id == draft_id
        assert window.document.report.texts["other.other"] == "最后一次明确保存"
        window.autosave.stop()
        window.close()
    assert any("已损坏" in s and "保存的版本" in s and "山亭区科技局" in s for s in said)


def test_reports_list_shows_a_damaged_draft_restored(qtbot, tmp_path, said):
    make_application()
    _damaged_recent(tmp_path)
    with Store(tmp_path / "data") as store:
        dialog = ReportsDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.table.model().rowCount() == 1
    assert any("保存的版本" in s for s in said)
