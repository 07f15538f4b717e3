"""The 汇总 workspace on a generated district of 30 units: copied pairs, reports copied from last year and units
of too few cases are flagged, exactly; the status goes to Excel, CSV and JSON; the year and the draft behave."""

import csv
import json
import os
from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from disclosure_gui.core.format import exchange
from disclosure_gui.core.format.calendar import reporting_year
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.district.board_model import COLUMNS, COPY_COLUMN
from disclosure_gui.gui.district.workspace import AggregateWindow
from disclosure_gui.store import Store
from tests.district_units import make_district


@pytest.fixture
def district(tmp_path):
    d = make_district(30)
    for folder, reports in (("received", d.reports), ("last-year", d.previous)):
        (tmp_path / folder).mkdir()
        for i, (name, report) in enumerate(reports.items()):
            path = tmp_path / folder / f"{i:02d}.json"
            path.write_text(exchange.dumps(report), encoding="utf-8")
            if name in d.copiers and folder == "received":  # a copy is handed in after its original
                later = path.stat().st_mtime + 3600
                os.utime(path, (later, later))
    return d


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def workspace(qtbot, tmp_path, district, settings):
    make_application()
    with Store(tmp_path / "data") as store:
        w = AggregateWindow(store, None, settings)
        qtbot.addWidget(w)
        w.year.blockSignals(True)
        w.year.setValue(district.year)
        w.year.blockSignals(False)
        w.previous, _notes = {}, []
        w.set_previous([str(tmp_path / "last-year")])  # runs nothing yet: no sources
        w.sources = [str(tmp_path / "received")]
        w.run(wait=True)
        qtbot.waitUntil(lambda: w.aggregation is not None, timeout=20000)
        yield w


def _board(w):
    """(unit, what the 疑似抄袭 column says) for every row of the status board."""
    m = w.model
    return {m.index(r, 0).data(): m.index(r, COPY_COLUMN).data() for r in range(m.rowCount())}


def test_the_board_flags_exactly_the_copied_units(workspace, district):
    assert COLUMNS[COPY_COLUMN] == "疑似抄袭"
    assert "上年（2024年）报告 30 份" in workspace.previous_label.text()
    board = _board(workspace)
    # The copier is marked, not the unit it copied from (the earlier file).
    copied = set(district.copiers) | district.copied_last_year
    copied |= {unit for unit, _other in district.names_left}
    assert {u for u, note in board.items() if note} == copied
    for copier, original in district.copiers.items():
        assert f"抄自{original}" in board[copier]
        assert "抄自" not in (board[original] or "")
    for unit in district.copied_last_year:
        assert "与上年相同" in board[unit]
    for unit, other in district.names_left:
        assert f"文中有“{other}”" in board[unit]


def test_the_similarity_tab_lists_the_flagged_pairs_with_their_passages(workspace, district):
    panel = workspace.similarity
    m = panel.model
    flagged = [
        (m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 2).data())
        for r in range(m.rowCount())
        if m.index(r, 5).data() == "是"
    ]
    between = {frozenset((a, b)) for kind, a, b in flagged if kind == "单位之间"}
    last_year = {a for kind, a, _b in flagged if kind == "与上年"}
    assert between == district.copied_pairs
    assert last_year == district.copied_last_year
    panel.view.setCurrentIndex(panel.proxy.mapFromSource(m.index(0, 0)))
    a, b = m.index(0, 1).data(), m.index(0, 2).data()
    assert panel.side_a.toPlainText().startswith(f"【{a}】") and panel.side_b.toPlainText().startswith(f"【{b}】")
    assert panel.side_a.toPlainText() != panel.side_b.toPlainText()
    assert panel.matrix.rowCount() == 30 and panel.matrix.columnCount() == 31


def test_the_ratios_tab_leaves_exactly_the_small_units_unranked(qtbot, workspace, district):
    ratios = workspace.review.ratios
    assert set(ratios.unranked()) == district.few_cases
    m = workspace.ratios.model
    rows = {m.index(r, 0).data(): r for r in range(m.rowCount())}
    for unit in district.few_cases:
        assert m.index(rows[unit], 3).data().startswith("样本不足")
        assert m.index(rows[unit], 4).data() == ""  # no rank
    ranked = next(u for u in district.reports if u not in district.few_cases)
    assert m.index(rows[ranked], 3).data() == "65.0%（13/20）"
    assert "全区（汇总）" in rows
    # A smaller minimum ranks them all.
    workspace.min_cases.setValue(1)
    workspace.aggregation = None
    workspace.run(wait=True)
    qtbot.waitUntil(lambda: workspace.aggregation is not None, timeout=20000)
    assert workspace.review.ratios.unranked() == []


def test_status_exported_to_excel_csv_and_json(workspace, district, tmp_path):
    workspace.export_status(tmp_path / "状态.xlsx")
    book = load_workbook(tmp_path / "状态.xlsx")
    assert book.sheetnames[:3] == ["状态", "相似度", "相似度矩阵"] and book.sheetnames[3].startswith("比率")
    status = list(book["状态"].values)
    assert status[0][0] == "单位" and len(status) == 31
    header = status[0]
    small = {row[0]: row[header.index("实质公开率")] for row in status[1:] if row[0] in district.few_cases}
    assert all(v.startswith("样本不足") for v in small.values())
    similarity = list(book["相似度"].values)
    flagged = {frozenset(r[1:3]) for r in similarity[1:] if r[0] == "单位之间" and r[5] == "是"}
    assert flagged == district.copied_pairs
    assert all(r[6] and r[7] for r in similarity[1:] if r[5] == "是")  # the shared passages, side by side

    workspace.export_status(tmp_path / "状态.csv")
    with (tmp_path / "状态.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "单位" and len(rows) == 31

    workspace.export_status(tmp_path / "状态.json")
    data = json.loads((tmp_path / "状态.json").read_text(encoding="utf-8"))
    assert {frozenset((p["a"], p["b"])) for p in data["similarity"]["flagged"]} == district.copied_pairs
    assert len(data["units"]) == 30 and data["ratios"]["min_cases"] == 5


def test_a_status_file_open_elsewhere_is_reported_and_kept(workspace, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("disclosure_gui.gui.district.workspace.warn", lambda _parent, message: shown.append(message))
    workspace.export_status(tmp_path / "状态.txt")
    assert shown and "xlsx" in shown[0]
    target = tmp_path / "locked.xlsx"
    target.write_bytes(b"previous")
    monkeypatch.setattr("os.replace", lambda *_a: (_ for _ in ()).throw(PermissionError(13, "denied")))
    workspace.export_status(target)
    assert "正被其他程序" in shown[-1] and target.read_bytes() == b"previous"


def test_year_defaults_to_the_reporting_year_and_is_remembered(qtbot, tmp_path, settings):
    make_application()
    assert reporting_year(date(2026, 2, 1)) == 2025 and reporting_year(date(2026, 9, 1)) == 2026
    with Store(tmp_path / "data") as store:
        first = AggregateWindow(store, None, settings)
        qtbot.addWidget(first)
        assert first.year.value() == reporting_year(date.today())
        first.year.setValue(2023)
        second = AggregateWindow(store, None, settings)
        qtbot.addWidget(second)
        assert second.year.value() == 2023


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_the_summary_draft_is_opened_only_when_the_user_says_so(workspace, monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **_k: asked.append(a[2]) or answer)
    opened = []
    workspace.draftCreated.connect(opened.append)
    draft_id = workspace.create_summary_draft(agency="某区人民政府")
    assert draft_id in {d.id for d in workspace.store.list_drafts()}  # stored either way
    assert asked and "当前打开的报告会先保存再关闭" in asked[0]
    assert opened == ([draft_id] if answer == QMessageBox.StandardButton.Yes else [])


def test_the_command_line_writes_the_same_workbook(district, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "状态.xlsx"
    cmd = [sys.executable, "-m", "disclosure_gui", "aggregate", str(tmp_path / "received"), "--year", "2025"]
    cmd += ["--agency", "某区人民政府", "-o", str(tmp_path / "sum.json"), "--status", str(out)]
    cmd += ["--previous", str(tmp_path / "last-year")]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    similarity = list(load_workbook(out)["相似度"].values)
    assert {frozenset(r[1:3]) for r in similarity[1:] if r[0] == "单位之间" and r[5] == "是"} == district.copied_pairs
    assert {r[1] for r in similarity[1:] if r[0] == "与上年" and r[5] == "是"} == district.copied_last_year


def test_the_profile_in_the_units_folder_checks_every_unit(qtbot, workspace, tmp_path):
    profile = {"format": "gov-disclosure-local-profile", "version": 1, "name": "某县", "length_caps": {"overview": 300}}
    (tmp_path / "received" / "年报本地要求.json").write_text(json.dumps(profile, ensure_ascii=False), encoding="utf-8")
    workspace.aggregation = None
    workspace.run(wait=True)
    qtbot.waitUntil(lambda: workspace.aggregation is not None, timeout=20000)
    units = workspace.aggregation.units
    assert len(units) == 30  # the profile is not taken for a unit's file
    assert all(any(f.rule == "P2" and "某县" in f.message for f in u.findings) for u in units)
    assert "某县" in workspace.summary.text()


def test_the_state_and_name_filters_narrow_together(workspace, district):
    units = workspace.model.units
    state = units[0].state
    stem = units[0].agency[:2]
    workspace.state_filter.setCurrentIndex(workspace.state_filter.findData(state))
    workspace.search.setText(stem)
    shown = {workspace.proxy.index(r, 0).data() for r in range(workspace.proxy.rowCount())}
    assert shown == {u.agency for u in units if u.state == state and stem in u.agency}
    workspace.search.setText("")  # the state filter stays
    assert workspace.proxy.rowCount() == sum(1 for u in units if u.state == state)
    assert workspace.state_filter.currentData() == state


def test_the_detail_of_a_copied_unit_lists_what_was_copied(workspace, district):
    unit = sorted(district.copied_last_year)[0]
    row = next(r for r in range(workspace.proxy.rowCount()) if workspace.proxy.index(r, 0).data() == unit)
    workspace.table.selectRow(row)
    workspace._show_detail(workspace.proxy.index(row, 0))
    lines = [workspace.detail.item(i).text() for i in range(workspace.detail.count())]
    assert any("与上年相同" in line for line in lines)
    assert "没有发现问题" not in lines
    copier, other = sorted(district.names_left)[0]
    row = next(r for r in range(workspace.proxy.rowCount()) if workspace.proxy.index(r, 0).data() == copier)
    workspace._show_detail(workspace.proxy.index(row, 0))
    lines = [workspace.detail.item(i).text() for i in range(workspace.detail.count())]
    assert any(f"文中有“{other}”" in line for line in lines) and any("相同" in line for line in lines)


def test_the_two_rank_columns_of_the_ratios_tab_say_which_rank(workspace):
    m = workspace.ratios.model
    headers = [m.headerData(c, Qt.Orientation.Horizontal) for c in range(m.columnCount())]
    assert "实质公开率排名" in headers and "纠错率排名" in headers
    assert len(headers) == len(set(headers))


def test_the_board_and_review_models_pass_the_model_tester(workspace, qtmodeltester):
    """The status board's filter, the similarity ranking and matrix and the ratios: Qt's model tester on each."""
    models = (
        workspace.proxy,
        workspace.similarity.model,
        workspace.similarity.proxy,
        workspace.similarity.matrix,
        workspace.ratios.model,
    )
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)
