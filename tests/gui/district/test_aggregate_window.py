"""The 汇总 workspace: status board, summary draft, 退回修改清单."""

import random
from decimal import Decimal

import pytest

from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.district.workspace import AggregateWindow
from disclosure_gui.store import Store
from tests.conftest import write_report
from tests.district_units import write_texts


@pytest.fixture
def workspace(qtbot, tmp_path, busy_report):
    make_application()
    folder = tmp_path / "in"
    folder.mkdir()
    for n, name in enumerate(["甲镇人民政府", "乙街道办事处"]):
        r = busy_report.clone()
        r.meta.agency = name
        write_texts(r, random.Random(n))  # texts of their own: two identical reports would be one copied
        r.t2["administrative_fees_10k_yuan"] = Decimal("0.5")
        write_report(folder, r, f"{n}.json")
    bad = busy_report.clone()
    bad.meta.agency = "丙局"
    bad.t3["granted"][0] = 40
    write_report(folder, bad, "bad.json")
    with Store(tmp_path / "data") as store:
        w = AggregateWindow(store)
        qtbot.addWidget(w)
        w.year.setValue(2023)
        w.sources = [str(folder)]
        w.run(wait=True)
        qtbot.waitUntil(lambda: w.aggregation is not None, timeout=5000)
        yield w


def test_status_board_sorts_filters_and_passes_the_model_tester(workspace, qtmodeltester):
    qtmodeltester.check(workspace.model)
    assert workspace.model.rowCount() == 3
    assert "纳入汇总 2 个" in workspace.summary.text()
    workspace.state_filter.setCurrentIndex(workspace.state_filter.findData("errors"))
    assert workspace.proxy.rowCount() == 1
    assert workspace.proxy.index(0, 0).data() == "丙局"
    workspace.table.selectRow(0)
    workspace._show_detail(workspace.proxy.index(0, 0))
    items = [workspace.detail.item(i) for i in range(workspace.detail.count())]
    assert any(item.text().startswith("错误：") and item.toolTip().startswith("R") for item in items)  # code behind


def test_summary_draft_and_returns_list(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(workspace, "ask_open_draft", lambda _agency: False)
    draft_id = workspace.create_summary_draft(agency="某区人民政府")
    summary = workspace.store.load(draft_id)
    assert summary.t2["administrative_fees_10k_yuan"] == Decimal("1.0")
    workspace.export_returns(tmp_path / "returns.pdf")
    assert (tmp_path / "returns.pdf").read_bytes().startswith(b"%PDF")


def test_clicking_export_returns_writes_the_pdf(workspace, tmp_path, monkeypatch):
    """The button, as a user presses it (the old handler took the button's `checked` flag for the file name)."""
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "退回修改清单.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    workspace.returns.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in workspace.summary.text()  # and the user is told where it went


def test_the_summary_unit_dialog_uses_the_unit_type_and_asks_no_year(workspace, monkeypatch):
    from disclosure_gui.gui.dialogs.reports import NewReportDialog

    seen = []

    def fill(dialog):
        seen.append(dialog.year.isVisibleTo(dialog))
        dialog.agency.setText("某区科技局")
        dialog.kind.setCurrentIndex(dialog.kind.findData("department"))
        assert dialog.kind.isVisibleTo(dialog)
        return NewReportDialog.DialogCode.Accepted

    monkeypatch.setattr(NewReportDialog, "exec", fill)
    monkeypatch.setattr(workspace, "ask_open_draft", lambda _agency: False)
    draft_id = workspace.create_summary_draft()
    summary = workspace.store.load(draft_id)
    assert seen == [False]
    assert summary.meta.agency_kind == "department" and summary.meta.year == workspace.aggregation.year
