"""The publication deadline by kind of unit (条例第四十九条), the one rule every part of the app reads."""

from __future__ import annotations

from datetime import date

import pytest

from disclosure_gui.core.checks.registry import run_all
from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.core.format.calendar import countdown, next_deadline, publication_deadline
from disclosure_gui.core.format.local_profile import ProfileError
from disclosure_gui.core.format.report import Report
from disclosure_gui.core.publish.pdf.checklist import check_results

JAN, MAR = date(2026, 1, 31), date(2026, 3, 31)  # for a 2025 report


@pytest.mark.parametrize(
    ("name", "kind", "due"),
    [
        ("某县统计局", "department", JAN),  # 县级以上人民政府部门 (第一款)
        ("某市人民政府办公室", "department", JAN),  # an office writing its own report is a department
        ("某县某镇人民政府", "government", JAN),  # townships are not 县级以上: with the departments
        ("某县某乡", "government", JAN),
        ("某区某某街道办事处", "government", JAN),
        ("某县人民政府", "government", MAR),  # 县级以上地方人民政府 (第二款)
        ("某市某区人民政府", "government", MAR),
        ("某省人民政府", "government", MAR),
        ("某某自治州人民政府", "government", MAR),
        ("某市人民政府办公厅", "government", MAR),  # the office writing its government's report
        ("某某经济技术开发区管理委员会", "government", JAN),  # the name cannot tell: the earlier date until chosen
    ],
)
def test_each_kind_of_unit_gets_its_date(name, kind, due):
    report = Report.new(name, 2025, kind)
    assert publication_deadline(report).due == due
    assert next_deadline(report, date(2026, 1, 2), None).due == due


def test_where_the_name_cannot_tell_the_officers_choice_decides():
    report = Report.new("平潭综合实验区管理委员会", 2025, "government")
    undecided = publication_deadline(report)
    assert (undecided.due, undecided.decided) == (JAN, False)
    assert "请在“基本信息”中选择" in undecided.rule
    report.meta.county_level = True
    assert (publication_deadline(report).due, publication_deadline(report).decided) == (MAR, True)
    report.meta.county_level = False
    assert publication_deadline(report).due == JAN
    report.meta.agency_kind = "department"
    report.meta.county_level = True
    assert publication_deadline(report).due == JAN  # a department is a department whatever was chosen


def test_q1_checks_the_date_of_the_units_class():
    town = Report.new("某县某镇人民政府", 2025, "government")
    town.meta.publish_date = date(2026, 2, 10)
    [q1] = [f for f in run_all(town, groups="Q") if f.rule == "Q1"]
    assert "1月31日" in q1.message and "乡镇、街道等" in q1.message and "逾期 10 天" in q1.message
    county = Report.new("某县人民政府", 2025, "government")
    county.meta.publish_date = date(2026, 3, 20)
    assert not [f for f in run_all(county, groups="Q") if f.rule == "Q1"]
    zone = Report.new("某开发区管委会", 2025, "government")
    zone.meta.publish_date = date(2026, 2, 10)
    [q1] = [f for f in run_all(zone, groups="Q") if f.rule == "Q1"]
    assert "请在“基本信息”中选择" in q1.message  # says how to have 3月31日 if that is what applies


def test_the_checklist_row_names_the_units_own_deadline(sample):
    sample.meta.publish_date = date(2024, 1, 20)
    row = next(r for r in check_results(sample) if r[0] == "Q1")
    assert row[1] == "在法定期限内发布（政府部门：2024年1月31日前）"
    sample.meta.agency, sample.meta.agency_kind = "山亭区人民政府", "government"
    row = next(r for r in check_results(sample) if r[0] == "Q1")
    assert row[1] == "在法定期限内发布（县级以上地方人民政府：2024年3月31日前）"


PROFILE = {
    "format": "gov-disclosure-local-profile",
    "version": 1,
    "name": "某县",
    "deadlines": {
        "department": {"publish": "01-25"},
        "township": {"submit": "01-15", "publish": "01-20"},
        "government": {"publish": "03-15"},
    },
}


@pytest.mark.parametrize(
    ("name", "kind", "local"),
    [
        ("某县统计局", "department", date(2026, 1, 25)),
        ("某县某镇人民政府", "government", date(2026, 1, 20)),
        ("某县人民政府", "government", date(2026, 3, 15)),
    ],
)
def test_a_profile_overrides_the_date_of_each_class(name, kind, local):
    profile = profiles.from_json(PROFILE)
    report = Report.new(name, 2025, kind)
    d = publication_deadline(report, profile)
    assert d.due == local and d.statutory in (JAN, MAR)
    assert f"{local.month}月{local.day}日" in countdown(report, date(2026, 1, 16), profile)
    report.meta.publish_date = local.replace(day=local.day + 1)
    found = {f.rule for f in run_all(report, profile=profile)}
    assert "P1" in found and "Q1" not in found  # late for the county, not for the law


def test_a_township_submits_by_the_profiles_date_first():
    town = Report.new("某县某镇人民政府", 2025, "government")
    profile = profiles.from_json(PROFILE)
    assert next_deadline(town, date(2026, 1, 10), profile).due == date(2026, 1, 15)
    assert countdown(town, date(2026, 1, 10), profile).startswith("距报送截止（2026年1月15日）还有 5 天")


def test_a_profile_may_not_give_a_township_more_time_than_the_law():
    with pytest.raises(ProfileError, match="晚于条例规定的 1月31日"):
        profiles.from_json({**PROFILE, "deadlines": {"township": {"publish": "02-20"}}})
    with pytest.raises(ProfileError, match="department、township 或 government"):
        profiles.from_json({**PROFILE, "deadlines": {"county": {"publish": "01-20"}}})
