"""The figures supervisors rank units on: 实质公开率 and 纠错率, per unit and for the district.

实质公开率 = (予以公开 + 部分公开) / 办结 (table 三, 总计 column; 办结 is the 办理结果总计 row).
纠错率 = 结果纠正 / 审结 of 行政复议 and both kinds of 行政诉讼 (table 四; 审结 = 维持 + 纠正 + 其他, not 尚未审结).

A unit with fewer cases than the minimum is 样本不足 for that figure: it is shown but not ranked, since two
requests make a rate of 0 % or 100 % that says nothing. The district figure sums every unit's cases.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..format import schema
from ..format.report import Report

MIN_CASES = 5
DISTRICT = "全区（汇总）"
INSUFFICIENT = "样本不足"
_T3_TOTAL = schema.T3_TOTAL_COL
_T4_CORRECTED, _T4_DECIDED = 1, (0, 1, 2)  # 结果纠正; 维持、纠正、其他 are decided, 尚未审结 is not


@dataclass
class Rate:
    numerator: int
    denominator: int
    rank: int | None = None  # 1 = best; None when not ranked
    note: str = ""  # why not ranked, in Chinese

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def text(self) -> str:
        """「85.0%（17/20）」, or 「样本不足（2/3）」."""
        shown = f"{self.numerator}/{self.denominator}"
        if self.note:
            return f"{self.note}（{shown}）"
        if self.value is None:
            return "—"
        return f"{self.value * 100:.1f}%（{shown}）"

    def to_json(self) -> dict[str, Any]:
        value = self.value
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate": round(value, 4) if value is not None else None,
            "rank": self.rank,
            "note": self.note,
        }


@dataclass
class UnitRatios:
    agency: str
    disclosure: Rate  # 实质公开率
    correction: Rate  # 纠错率

    @property
    def ranked(self) -> bool:
        return self.disclosure.rank is not None or self.correction.rank is not None

    def to_json(self) -> dict[str, Any]:
        return {"agency": self.agency, "实质公开率": self.disclosure.to_json(), "纠错率": self.correction.to_json()}


@dataclass
class Ratios:
    units: list[UnitRatios]
    district: UnitRatios
    min_cases: int

    def unranked(self) -> list[str]:
        """Units ranked on neither figure."""
        return [u.agency for u in self.units if not u.ranked]

    def to_json(self) -> dict[str, Any]:
        return {
            "min_cases": self.min_cases,
            "district": self.district.to_json(),
            "units": [u.to_json() for u in self.units],
        }


def _count(value: int | None) -> int:
    return value or 0


def disclosure_counts(report: Report) -> tuple[int, int]:
    """(予以公开 + 部分公开, 办结) from table 三's 总计 column."""
    granted = _count(report.t3["granted"][_T3_TOTAL]) + _count(report.t3["partially_granted"][_T3_TOTAL])
    return granted, _count(report.t3[schema.T3_TOTAL_ROW][_T3_TOTAL])


def correction_counts(report: Report) -> tuple[int, int]:
    """(结果纠正, 审结) over 行政复议 and both kinds of 行政诉讼."""
    corrected = sum(_count(report.t4[g][_T4_CORRECTED]) for g in schema.T4_GROUP_KEYS)
    decided = sum(_count(report.t4[g][c]) for g in schema.T4_GROUP_KEYS for c in _T4_DECIDED)
    return corrected, decided


def _rank(rates: list[Rate], min_cases: int, *, higher_is_better: bool) -> None:
    for r in rates:
        if r.denominator < min_cases:
            r.note = INSUFFICIENT
    eligible = [r for r in rates if not r.note]
    eligible.sort(key=lambda r: -(r.value or 0.0) if higher_is_better else (r.value or 0.0))
    previous: tuple[float | None, int] = (None, 0)
    for position, r in enumerate(eligible, 1):
        # Equal rates share a rank (1, 2, 2, 4).
        rank = previous[1] if r.value == previous[0] else position
        r.rank = rank
        previous = (r.value, rank)


def compute_ratios(reports: Mapping[str, Report], *, min_cases: int = MIN_CASES) -> Ratios:
    """Both figures for each unit (in the given order) and for all of them together."""
    if min_cases < 1:
        raise ValueError("最少案件数至少为 1")
    units = [
        UnitRatios(agency, Rate(*disclosure_counts(r)), Rate(*correction_counts(r))) for agency, r in reports.items()
    ]
    _rank([u.disclosure for u in units], min_cases, higher_is_better=True)
    _rank([u.correction for u in units], min_cases, higher_is_better=False)
    district = UnitRatios(
        DISTRICT,
        Rate(sum(u.disclosure.numerator for u in units), sum(u.disclosure.denominator for u in units)),
        Rate(sum(u.correction.numerator for u in units), sum(u.correction.denominator for u in units)),
    )
    return Ratios(units, district, min_cases)
