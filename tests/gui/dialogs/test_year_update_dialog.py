"""The year-update dialog's list: a real Qt model, and only the years of the reporting year can be ticked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from disclosure_gui.core.format.year_update import copied_mentions
from disclosure_gui.gui.dialogs.year_update import YearUpdateDialog

TEXTS = {
    "overview.proactive": "2023年，我局依据《2021—2025年政务公开规划》和〔2023〕5号文件，全年公开信息120条。",
    "preamble": "本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
}


def _dialog(qtbot) -> YearUpdateDialog:
    mentions = copied_mentions(TEXTS, 2023, 2024)
    dialog = YearUpdateDialog(mentions, dict(TEXTS), 2023, 2024)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_passes_the_model_tester(qtbot, qtmodeltester):
    qtmodeltester.check(_dialog(qtbot).model)


def test_only_the_reporting_years_can_be_ticked_and_unticking_keeps_one(qtbot):
    model = _dialog(qtbot).model
    checkable = [r for r in range(model.rowCount()) if model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsUserCheckable]
    ticked_texts = sorted(m.text for m in model.chosen())
    # The year the report speaks of and the period's two dates; never the plan horizon, the document number or a figure.
    assert ticked_texts == ["2023", "2023年12月31日", "2023年1月1日"]
    assert len(checkable) == 3
    assert all("2025" not in m.text and "〔" not in m.text for m in model.chosen())
    first = checkable[0]
    assert model.setData(model.index(first, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert len(model.chosen()) == 2
    kept = next(r for r in range(model.rowCount()) if r not in checkable)
    assert not model.setData(model.index(kept, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)


def test_the_chosen_rows_whole_explanation_is_shown_under_the_list(qtbot):
    dialog = _dialog(qtbot)
    model = dialog.model
    for row in range(model.rowCount()):
        dialog.table.selectRow(row)
        assert model.mentions[row].reason in dialog.detail.text()
