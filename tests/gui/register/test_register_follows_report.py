"""The register tab follows the report's 单位名称 and 报告年度 as the officer corrects them (the sample is 2023)."""

from __future__ import annotations

from disclosure_gui.core.format import schema
from disclosure_gui.core.register.storage import register_folder, save_year
from disclosure_gui.core.register.tables import compute
from disclosure_gui.core.register.tabular import export_fields, write_table
from tests.core.register.test_tables import REGISTER

NEW_NAME = "山亭区科学技术局"


def _import(window, tmp_path):
    path = tmp_path / "台账.xlsx"
    write_table(path, REGISTER, export_fields(personal=True))
    window.register_tab.import_path(path, ask=False)
    assert window.register_tab.doc.save()


def _shown(tab, key):
    model = tab.t3_view.model()
    r = schema.T3_ROW_KEYS.index(key)
    return [model.index(r, c).data() for c in range(7)]


def _rename(window, qtbot, name):
    edit = window.tab("basic").inputs["agency"]
    window.tabs.setCurrentWidget(window.tab("basic"))
    edit.setFocus()
    edit.selectAll()
    edit.insert(name)
    edit.clearFocus()
    assert window.current_report().meta.agency == name
    qtbot.waitUntil(lambda: window.register_tab.doc.agency == name, timeout=3000)


def test_changing_the_report_year_counts_and_applies_that_year(window, qtbot, tmp_path):
    _import(window, tmp_path)
    window.tab("basic").year.setValue(2024)
    tab = window.register_tab
    qtbot.waitUntil(lambda: "统计2024年" in tab.heading.text(), timeout=3000)
    expected = compute(REGISTER, 2024).t3
    assert _shown(tab, "new_received") == expected["new_received"]
    assert _shown(tab, "carried_over") == expected["carried_over"]
    tab.apply_to_report()
    report = window.current_report()
    assert report.meta.year == 2024
    assert report.t3["new_received"] == expected["new_received"]
    assert report.t3["carried_over"] == expected["carried_over"]


def test_a_renamed_unit_keeps_its_register(window, qtbot, tmp_path, data_dir):
    _import(window, tmp_path)
    old = register_folder(data_dir, window.current_report().meta.agency)
    _rename(window, qtbot, NEW_NAME)
    assert window.register_tab.model.rowCount() == len(REGISTER)
    draft_id = window.document.draft_id
    window.close_report()
    window.open_draft(draft_id)
    assert window.register_tab.doc.agency == NEW_NAME
    assert window.register_tab.model.rowCount() == len(REGISTER)
    assert not old.exists() and register_folder(data_dir, NEW_NAME).is_dir()


def test_a_new_name_that_already_has_a_register_is_not_merged_and_the_officer_is_told(
    window, qtbot, tmp_path, data_dir
):
    _import(window, tmp_path)
    old = register_folder(data_dir, window.current_report().meta.agency)
    theirs = register_folder(data_dir, NEW_NAME)
    save_year(theirs, 2023, REGISTER[:1])
    _rename(window, qtbot, NEW_NAME)
    tab = window.register_tab
    assert "已经有依申请公开台账" in tab.notice.text() and str(old) in tab.notice.text()
    assert tab.model.rowCount() == 1  # the register kept under the new name
    assert len(list(old.glob("*.json"))) >= 1  # the old one untouched
    window.stack.undo()  # the rename typed: back to the unit's own register, nothing moved either way
    qtbot.waitUntil(lambda: tab.model.rowCount() == len(REGISTER), timeout=3000)
    assert tab.notice.text() == "" and len(list(theirs.glob("*.json"))) == 1


def test_a_report_closed_on_the_register_tab_reopens_there(window):
    window.tabs.setCurrentWidget(window.register_tab)
    draft_id = window.document.draft_id
    window.close_report()
    window.open_draft(draft_id)
    assert window.tabs.currentWidget() is window.register_tab


def test_at_1024_by_768_the_application_list_gets_most_of_the_tab(window, qtbot):
    tab = window.register_tab
    window.tabs.setCurrentWidget(tab)
    qtbot.wait(50)
    rows = tab.view.viewport().height() / tab.view.verticalHeader().defaultSectionSize()
    assert rows >= 8, rows
    assert tab.view.height() > tab.t3_view.height()
    summary = tab.summary
    assert summary.height() >= summary.heightForWidth(summary.width())  # scrolls, never cut off
