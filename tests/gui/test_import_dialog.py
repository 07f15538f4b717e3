"""「从已发布的报告导入」 in the window."""

from pathlib import Path

import pytest

from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.import_dialog import ImportPublishedDialog
from disclosure_gui.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.fixture
def dialog(qtbot, tmp_path):
    make_application()
    with Store(tmp_path / "data") as store:
        d = ImportPublishedDialog(store)
        qtbot.addWidget(d)
        yield d


def test_shows_what_was_found_then_starts_this_years_report(dialog):
    dialog.load_file(FIXTURES / "published-2022.html")
    assert "山亭区科技局 2022年" in dialog.status.text()
    found = dialog.found.toPlainText()
    assert "第二十条第（一）项" in found and "24252.311082" in found
    assert "根据新修订的" in dialog.source.toPlainText()
    dialog.start_next_year()
    created = dialog.store.info(dialog.chosen)
    assert (created.agency, created.year) == ("山亭区科技局", 2023)
    report = dialog.store.load(dialog.chosen)
    assert report.t3["carried_over"] == [1, 1, 0, 0, 0, 1, 3]  # last year's 结转下年度; the total computed
    assert report.t2["normative_documents.in_force"] == 27


def test_bad_input_creates_nothing(dialog, tmp_path):
    dialog.load_pasted("")
    assert "未能导入" in dialog.status.text() and not dialog.as_draft.isEnabled()
    junk = tmp_path / "junk.html"
    junk.write_text("<html><body><p>招聘启事</p></body></html>", encoding="utf-8")
    dialog.load_file(junk)
    assert "不像是一份" in dialog.status.text()
    assert dialog.store.list_drafts() == []
