"""Deadlines as the window shows them: the publication class on 基本信息 (through the undo stack), the holidays an
office enters in 设置, and the register's deadline cells marked estimated and explained by the articles."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from disclosure_gui.core.format.holidays import load_entered
from disclosure_gui.core.register.model import Application
from disclosure_gui.gui.dialogs.holidays import HolidayDialog
from disclosure_gui.gui.register.model import COLUMNS
from disclosure_gui.gui.report.tabs.basic import BasicTab
from disclosure_gui.gui.start_page import deadline_line

ENTRY_2027 = "一、元旦：1月1日（周五）至3日（周日）放假，共3天。"


def _basic(window) -> BasicTab:
    tab = window.report_tabs[0]
    assert isinstance(tab, BasicTab)
    return tab


def test_the_officer_chooses_the_deadline_of_a_zone_and_can_undo_it(window):
    basic = _basic(window)
    assert not basic.level.isEnabled()  # the sample is a department: always 1月31日
    doc = window.document
    basic.kind.setCurrentIndex(basic.kind.findData("government"))
    basic.inputs["agency"].setText("某经济开发区管理委员会")
    basic.inputs["agency"].textEdited.emit("某经济开发区管理委员会")
    assert basic.level.isEnabled() and "请在上面选择" in basic.level_hint.text()
    basic.level.setCurrentIndex(1)  # 县级以上地方人民政府：3月31日前发布
    assert doc.report.meta.county_level is True and window.stack.undoText() == "修改“发布期限”"
    assert "县级以上地方人民政府：2024年3月31日前发布" in basic.level_hint.text()
    window.stack.undo()
    assert doc.report.meta.county_level is None and basic.level.currentIndex() == 0


def test_holidays_entered_in_settings_end_the_estimate(window, data_dir):
    register = window.register_tab
    register.doc.today = date(2026, 12, 15)
    window.stack.push(
        _add(register, Application("2026-100", date(2026, 12, 14), 0, "当面"))  # due in January 2027
    )
    row = register.model.shown_row(len(register.doc.apps) - 1)
    due = register.model.index(row, COLUMNS.index("due"))
    assert due.data() == "2027-01-11（估）"
    tip = due.data(Qt.ItemDataRole.ToolTipRole)
    assert "条例第三十一条第（一）项" in tip and "条例第三十三条第二款" in tip and "2027年" in tip
    dialog = HolidayDialog(window.calendar, window, today=date(2026, 12, 15))
    assert dialog.year.value() == 2027  # the year the start page asks for
    dialog.text.setPlainText(ENTRY_2027)
    assert "放假 3 天" in dialog.preview.text() and dialog.save_button.isEnabled()
    dialog.save()
    assert [a.year for a in load_entered(data_dir)] == [2027]
    assert due.data() == "2027-01-12"  # 1 Jan 2027 is a holiday now: one working day later, not estimated
    assert deadline_line(2026, date(2026, 12, 15)).count("节假日安排") == 0
    dialog.remove()
    assert due.data() == "2027-01-11（估）"
    assert "2027年的法定节假日安排" in deadline_line(2026, date(2026, 12, 15))
    dialog.close()


def test_pasting_the_wrong_years_notice_is_refused_before_saving(window):
    dialog = HolidayDialog(window.calendar, window, today=date(2026, 12, 15))
    dialog.text.setPlainText("一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。")  # 2026's notice
    assert "请核对通知的年份" in dialog.preview.text() and not dialog.save_button.isEnabled()
    dialog.close()


def test_the_start_page_names_the_classes_and_the_profiles_dates(window):
    from disclosure_gui.core.format import local_profile

    profile = local_profile.from_json(
        {
            "format": "gov-disclosure-local-profile",
            "version": 1,
            "name": "某县",
            "deadlines": {"township": {"submit": "01-15"}},
        }
    )
    line = deadline_line(2025, date(2025, 10, 1), profile)
    assert "部门、乡镇、街道 2026年1月31日" in line and "县级以上地方人民政府 2026年3月31日" in line
    assert "某县要求：乡镇、街道等1月15日前报送" in line
    assert "节假日安排" not in line  # October: nothing to ask yet


def _add(register, app: Application):
    from disclosure_gui.gui.register.model import SetApplicationsCommand

    return SetApplicationsCommand(register.doc, [*register.doc.apps, app], "新增申请")


def test_the_district_hands_out_township_dates_and_next_years_holidays(qtbot, tmp_path):
    from PySide6.QtCore import QDate

    from disclosure_gui.core.format import local_profile as profiles
    from disclosure_gui.gui.district.profile_dialog import ProfileDialog

    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("某县政务公开办")
    box, edit = dialog.deadlines["township", "submit"]
    box.setChecked(True)
    edit.setDate(QDate(2026, 1, 20))
    dialog.holiday_year.setValue(2027)
    dialog.holiday_text.setPlainText(ENTRY_2027)
    dialog.save(tmp_path / profiles.FILENAME)
    written = profiles.load(tmp_path / profiles.FILENAME)
    assert written.deadlines == {"township": {"submit": (1, 20)}}
    assert [(a.year, len(a.holidays), a.source) for a in written.holidays] == [(2027, 3, "某县政务公开办")]
    again = ProfileDialog(profile=written)  # shown again, the holidays kept without pasting them anew
    qtbot.addWidget(again)
    assert again.profile() == written and "2027" in again.holiday_state.text()


def test_holidays_handed_out_in_the_profile_are_counted_on(window, tmp_path):
    import json

    from disclosure_gui.core.format import local_profile as profiles
    from disclosure_gui.core.format.workdays import current

    assert not current().knows(2027)
    path = tmp_path / profiles.FILENAME
    days = {"2027": {"holidays": ["2027-01-01", "2027-01-02", "2027-01-03"], "workdays": []}}
    path.write_text(
        json.dumps({"format": profiles.FORMAT, "version": 1, "name": "某县", "holidays": days}), encoding="utf-8"
    )
    window.profiles.load(path)
    assert current().knows(2027) and current().source(2027) == "某县"
    window.profiles.clear()
    assert not current().knows(2027)


def test_the_events_are_edited_in_the_register_through_the_undo_stack(window):
    register = window.register_tab
    register.doc.today = date(2026, 4, 20)
    window.stack.push(_add(register, Application("2026-200", date(2026, 4, 13), 0, "当面")))
    row = register.model.shown_row(len(register.doc.apps) - 1)
    cell = register.model.index(row, COLUMNS.index("correction_sent"))
    state = register.model.index(row, COLUMNS.index("state"))
    assert register.model.headerData(COLUMNS.index("correction_sent"), Qt.Orientation.Horizontal) == "补正通知日期"
    assert register.model.setData(cell, "2026-04-15")
    assert state.data() == "待补正" and window.stack.undoText() == "修改申请 2026-200 的“补正通知日期”"
    corrected = register.model.index(row, COLUMNS.index("corrected"))
    assert register.model.setData(corrected, "2026年4月27日")
    assert register.model.index(row, COLUMNS.index("due")).data() == "2026-05-27"  # 第三十条: from the correction
    window.stack.undo()
    window.stack.undo()
    assert state.data().startswith("办理中")
