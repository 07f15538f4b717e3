"""实质公开率 and 纠错率: per unit, for the district, and units of too few cases left unranked."""

import pytest

from disclosure_gui.core.district.ratios import INSUFFICIENT, compute_ratios
from disclosure_gui.core.format.report import Report
from tests.district_units import ENOUGH, FEW, make_district, set_cases


def _unit(name, rows, appeals):
    r = Report.new(name, 2025, "government")
    set_cases(r, rows, appeals=appeals)
    return r


def test_rates_by_hand():
    # 予以公开 6 + 部分公开 2 of 办结 10; 纠正 1 of 审结 4 (尚未审结 not counted).
    r = _unit("甲镇人民政府", {"granted": 6, "partially_granted": 2, "unavailable_not_held": 2}, (2, 1, 1))
    r.t4["litigation_direct"][:4] = [0, 0, 0, 3]
    r.recompute_totals()
    unit = compute_ratios({"甲镇人民政府": r}, min_cases=3).units[0]
    assert (unit.disclosure.numerator, unit.disclosure.denominator) == (8, 10)
    assert (unit.correction.numerator, unit.correction.denominator) == (1, 4)
    assert unit.disclosure.text() == "80.0%（8/10）"
    assert unit.correction.text() == "25.0%（1/4）"


def test_ranking_and_too_few_cases():
    reports = {
        "甲": _unit("甲", {"granted": 9, "unavailable_not_held": 1}, (5, 0, 0)),  # 90 %, 0 %
        "乙": _unit("乙", {"granted": 5, "unavailable_not_held": 5}, (3, 2, 0)),  # 50 %, 40 %
        "丙": _unit("丙", {"granted": 1, "unavailable_not_held": 1}, (1, 0, 0)),  # too few of both
        "丁": _unit("丁", {"granted": 7, "unavailable_not_held": 3}, (1, 0, 0)),  # 70 %, too few appeals
    }
    result = compute_ratios(reports, min_cases=5)
    by = {u.agency: u for u in result.units}
    assert [by[a].disclosure.rank for a in "甲乙丙丁"] == [1, 3, None, 2]
    assert [by[a].correction.rank for a in "甲乙丙丁"] == [1, 2, None, None]  # a lower 纠错率 ranks higher
    assert by["丙"].disclosure.note == INSUFFICIENT and by["丙"].disclosure.text() == "样本不足（1/2）"
    assert result.unranked() == ["丙"]
    assert (result.district.disclosure.numerator, result.district.disclosure.denominator) == (22, 32)
    assert (result.district.correction.numerator, result.district.correction.denominator) == (2, 12)
    # A lower minimum ranks 丙 too.
    assert compute_ratios(reports, min_cases=1).unranked() == []


def test_generated_district_leaves_exactly_the_small_units_unranked():
    district = make_district(30)
    result = compute_ratios(district.reports)
    assert set(result.unranked()) == district.few_cases
    enough = len(district.reports) - len(district.few_cases)
    granted = ENOUGH["granted"] + ENOUGH["partially_granted"]
    assert result.district.disclosure.numerator == enough * granted + len(district.few_cases) * FEW["granted"]


def test_minimum_must_be_positive():
    with pytest.raises(ValueError, match="最少案件数"):
        compute_ratios({}, min_cases=0)
