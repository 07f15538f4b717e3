"""The 依申请公开台账 tab in the window, as an officer uses it (the sample report is the 2023 one)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import Report
from disclosure_gui.core.register.model import Application
from disclosure_gui.core.register.tabular import export_fields, write_table
from disclosure_gui.gui.register.model import COLUMNS
from tests.core.register.test_tables import BIZ, LAW, NAT, REGISTER, row


def _tab(window):
    return window.register_tab


def _import(window, tmp_path):
    path = tmp_path / "台账.xlsx"
    write_table(path, REGISTER, export_fields(personal=True))
    result = _tab(window).import_path(path, ask=False)
    assert result is not None and result.unplaced == []
    return path


def _t3_shown(tab, key):
    model = tab.t3_view.model()
    r = schema.T3_ROW_KEYS.index(key)
    return [model.index(r, c).data() for c in range(7)]


def test_import_counts_table_three_for_the_report_year_in_one_undo_step(window, tmp_path):
    tab = _tab(window)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "依申请公开台账"
    before = window.stack.count()
    _import(window, tmp_path)
    assert window.stack.count() == before + 1
    assert tab.model.rowCount() == len(REGISTER)
    # 2023 in the register: A, B, C received (自然人, 企业, 律所); only B answered in 2023 (不掌握); A, C open.
    assert _t3_shown(tab, "new_received") == row({NAT: 1, BIZ: 1, LAW: 1})
    assert _t3_shown(tab, "unavailable_not_held") == row({BIZ: 1})
    assert _t3_shown(tab, "carried_to_next_year") == row({NAT: 1, LAW: 1})
    window.stack.undo()
    assert tab.model.rowCount() == 0 and _t3_shown(tab, "new_received") == [0] * 7


def test_an_edit_goes_through_undo_and_bad_input_is_refused_with_a_message(window, tmp_path):
    tab = _tab(window)
    _import(window, tmp_path)
    b = next(i for i, a in enumerate(tab.doc.apps) if a.no == "2023-030")
    applicant = tab.model.index(tab.model.shown_row(b), COLUMNS.index("applicant"))
    assert tab.model.setData(applicant, "法律服务机构")
    assert _t3_shown(tab, "new_received") == row({NAT: 1, LAW: 2})
    window.stack.undo()
    assert _t3_shown(tab, "new_received") == row({NAT: 1, BIZ: 1, LAW: 1})
    received = tab.model.index(tab.model.shown_row(b), COLUMNS.index("received"))
    assert not tab.model.setData(received, "2023-02-30")
    assert "收到日期" in tab.notice.text() and "2023-02-30" in tab.notice.text()
    assert tab.doc.apps[b].received.isoformat() == "2023-12-05"


def test_apply_to_report_is_one_step_and_later_differences_are_findings_on_the_cell(window, tmp_path):
    tab = _tab(window)
    _import(window, tmp_path)
    report = window.current_report()
    original = report.t3["new_received"][:]
    tab.apply_to_report()
    assert report.t3["new_received"] == row({NAT: 1, BIZ: 1, LAW: 1})
    assert report.t3["carried_to_next_year"] == row({NAT: 1, LAW: 1})
    assert not [f for f in window.document.findings if f.rule == "T1"]
    cell = schema.t3_path("new_received", NAT)
    window.tab("t3").model.setData(window.tab("t3").model.index_of(cell), "5")
    found = [f for f in window.document.findings_for(cell) if f.rule == "T1"]
    assert found and "1" in found[0].message
    window.stack.undo()  # the typed 5
    window.stack.undo()  # the whole application of the register
    assert report.t3["new_received"] == original
    groups = [window.problems.tree.topLevelItem(i).text(0) for i in range(window.problems.tree.topLevelItemCount())]
    assert any(g.startswith("台账核对") for g in groups)  # the report now differs from the register


def test_overdue_applications_are_shown_in_the_register_and_the_status_bar(window, tmp_path):
    tab = _tab(window)
    _import(window, tmp_path)
    label = window.findChild(type(tab.heading), "register-status")
    # K (received 27 Dec 2024) is still open and long past its deadline by the time the tests run.
    assert "1 件已超期" in label.text()
    tab.state_combo.setCurrentIndex(3)
    assert tab.proxy.rowCount() == 1
    shown = tab.proxy.mapToSource(tab.proxy.index(0, 0)).row()
    assert tab.doc.apps[tab.model.doc_row(shown)].no == "2024-008"
    state = tab.model.index(shown, COLUMNS.index("state"))
    assert state.data() == "已超期" and state.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_filter_and_sort(window, tmp_path):
    tab = _tab(window)
    _import(window, tmp_path)
    tab.filter_edit.setText("征收补偿")
    assert tab.proxy.rowCount() == 1
    tab.filter_edit.setText("")
    tab.view.sortByColumn(COLUMNS.index("received"), Qt.SortOrder.DescendingOrder)
    shown = [tab.proxy.index(r, COLUMNS.index("no")).data() for r in range(tab.proxy.rowCount())]
    assert shown[:3] == ["2025-001", "2024-008", "2024-007"]  # 3 Jan 2025, 27 Dec 2024, 16 Dec 2024
    # An edit in a sorted view changes the application shown there, not the one at that place in the register.
    received = tab.proxy.index(1, COLUMNS.index("summary"))
    assert tab.proxy.setData(received, "村务资金（补充）")
    assert next(a for a in tab.doc.apps if a.no == "2024-008").summary == "村务资金（补充）"
    tab.filter_edit.setText("2025-001")
    assert tab.proxy.rowCount() == 1


def test_insert_key_adds_an_application_and_the_register_is_saved_locally(window, tmp_path, qtbot, data_dir):
    tab = _tab(window)
    window.tabs.setCurrentWidget(tab)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    assert tab.model.rowCount() == 1
    app = tab.doc.apps[0]
    assert isinstance(app, Application) and app.no == "2023-001"
    assert tab.doc.save()
    stored = list((data_dir / "registers").rglob("*.json"))
    assert stored and json.loads(stored[0].read_text(encoding="utf-8"))["applications"][0]["no"] == "2023-001"
    window.stack.undo()
    assert tab.model.rowCount() == 0


def test_an_empty_register_does_not_wipe_the_report(window):
    report = window.current_report()
    before = report.clone()
    window.register_tab.apply_to_report()
    assert report.t3 == before.t3 and report.fees == before.fees
    assert "没有2023年" in window.register_tab.notice.text()


def test_the_mapping_step_preselects_known_headers_and_refuses_a_mapping_without_dates(qtbot):
    from disclosure_gui.gui.register.import_columns import ColumnMappingDialog

    headers = ["件号", "申请时间", "申请人类别", "答复结果"]
    dialog = ColumnMappingDialog(
        headers, ["1", "2024-01-02", "个人", "予以公开"], {1: "received", 2: "applicant", 3: "result"}, None
    )
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {1: "received", 2: "applicant", 3: "result"}
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("no"))
    dialog.combos[1].setCurrentIndex(0)  # （不导入）
    dialog._accept()
    assert dialog.result() == 0 and "收到日期" in dialog.message.text()
    dialog.combos[1].setCurrentIndex(dialog.combos[1].findData("received"))
    dialog._accept()
    assert dialog.result() == 1 and dialog.mapping()[0] == "no"


def test_opening_another_report_keeps_one_register_tab(window):
    first = window.register_tab
    draft = window.store.create(Report.new("另一个单位", 2023))
    window.open_draft(draft.id)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs.count("依申请公开台账") == 1 and window.register_tab is not first
    assert window.register_tab.doc.agency == "另一个单位"


def test_a_year_without_holiday_data_is_said_in_the_register(window):
    draft = window.store.create(Report.new("某镇人民政府", 2099))
    window.open_draft(draft.id)
    assert "尚未收录2099年的法定节假日安排" in window.register_tab.heading.text()


def test_choice_columns_offer_table_three_labels_in_a_list(window, tmp_path):
    from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

    tab = _tab(window)
    _import(window, tmp_path)
    delegate = tab.view.itemDelegate()
    index = tab.proxy.index(0, COLUMNS.index("result"))
    editor = delegate.createEditor(tab.view, QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and not editor.isEditable()
    items = [editor.itemText(i) for i in range(editor.count())]
    assert items[0] == "办理中" and "部分公开" in items and "不予处理·重复申请" in items and len(items) == 23
    assert items[-1] == "申请人撤回申请"  # counted under （六）其他处理 3.其他
    editor.setCurrentText("不予处理·重复申请")
    delegate.setModelData(editor, tab.proxy, index)
    shown = tab.model.doc_row(tab.proxy.mapToSource(index).row())
    assert tab.doc.apps[shown].result == "not_processed_duplicate"
    editor.hidePopup()
    channel = delegate.createEditor(tab.view, QStyleOptionViewItem(), tab.proxy.index(0, COLUMNS.index("channel")))
    assert isinstance(channel, QComboBox) and channel.isEditable()


def test_rows_the_import_cannot_place_are_listed_in_the_tab(window):
    from tests.core.register.test_tabular import FIXTURES

    tab = _tab(window)
    result = tab.import_path(FIXTURES / "register-2024.xls", ask=False)
    assert result is not None and tab.model.rowCount() == 3
    assert "1 行无法归类" in tab.notice.text() and "第 6 行" in tab.notice.text() and "不予公开" in tab.notice.text()
    # Re-importing the corrected file updates by 编号 instead of counting twice.
    again = tab.import_path(FIXTURES / "register-2024.ods", ask=False)
    assert again is not None and tab.model.rowCount() == 3 and "新增 0 件，更新 0 件" in tab.notice.text()


def test_a_cell_of_table_three_lists_the_applications_counted_in_it(window, tmp_path):
    tab = _tab(window)
    _import(window, tmp_path)
    t3 = tab.t3_view.model()
    cell = t3.index(schema.T3_ROW_KEYS.index("carried_to_next_year"), 6)
    assert cell.data() == 2
    tab.t3_view.activated.emit(cell)
    shown = sorted(tab.proxy.index(r, COLUMNS.index("no")).data() for r in range(tab.proxy.rowCount()))
    assert shown == ["2023-028", "2023-031"]  # A and C, still open at the end of 2023
    assert tab.cell_button.isVisibleTo(tab) and "2 件" in tab.cell_button.text()
    tab.t3_view.activated.emit(t3.index(schema.T3_ROW_KEYS.index("new_received"), LAW))
    assert [tab.proxy.index(r, COLUMNS.index("no")).data() for r in range(tab.proxy.rowCount())] == ["2023-028"]
    tab.cell_button.click()
    assert tab.proxy.rowCount() == len(REGISTER) and not tab.cell_button.isVisibleTo(tab)


def test_the_register_models_pass_the_model_tester(window, tmp_path, qtmodeltester):
    """The application list, its filter and table 三 as counted: Qt's QAbstractItemModelTester on each."""
    tab = _tab(window)
    _import(window, tmp_path)
    for model in (tab.model, tab.proxy, tab.t3_view.model()):
        qtmodeltester.check(model)
