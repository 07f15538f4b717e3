"""The district office's review of the collected units: copied texts and the figures units are ranked on.

:func:`review` runs after :func:`.aggregate.collect`: it compares the texts of every unit whose file could be
read (a copy matters whatever else is wrong with it) and computes 实质公开率 and 纠错率 over the units included
in the summary, so the district figure is that of the summary's own tables. :func:`board_rows` and friends turn
the result into the plain tables the workspace shows and the status export writes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..format import exchange
from ..format.local_profile import LocalProfile, ProfileError, find_in
from ..format.local_profile import load as load_profile
from ..format.report import Report
from .aggregate import STATE_LABELS, Aggregation, exchange_files
from .ratios import MIN_CASES, Ratios, compute_ratios
from .similarity import LAST_YEAR_THRESHOLD, UNIT_THRESHOLD, Similarity, compare_reports


@dataclass
class Review:
    similarity: Similarity
    ratios: Ratios

    def best_match(self, agency: str) -> tuple[str, float] | None:
        """The unit whose text holds the largest share of this unit's text."""
        sim = self.similarity
        if agency not in sim.names or len(sim.names) < 2:
            return None
        i = sim.names.index(agency)
        j = max((j for j in range(len(sim.names)) if j != i), key=lambda j: sim.matrix[i][j])
        return sim.names[j], sim.matrix[i][j]

    def last_year_share(self, agency: str) -> float | None:
        return next((p.a_in_b for p in self.similarity.last_year if p.a == agency), None)

    def names_left(self, agency: str) -> list[str]:
        return sorted({n.other for n in self.similarity.names_left if n.agency == agency})

    def copied_units(self) -> set[str]:
        """Units in a flagged pair, copied from last year, or naming another unit."""
        sim = self.similarity
        out = {u for p in sim.flagged for u in (p.a, p.b)}
        out |= {p.a for p in sim.flagged_last_year()}
        return out | {n.agency for n in sim.names_left}


def review(
    aggregation: Aggregation,
    previous: Mapping[str, Report] | None = None,
    *,
    min_cases: int = MIN_CASES,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
) -> Review:
    readable = {u.agency: u.report for u in aggregation.units if u.report is not None}
    included = {u.agency: u.report for u in aggregation.included() if u.report is not None}
    similarity = compare_reports(readable, previous, threshold=threshold, last_year_threshold=last_year_threshold)
    return Review(similarity, compute_ratios(included, min_cases=min_cases))


def profile_in(sources: Iterable[Path | str]) -> tuple[LocalProfile | None, str]:
    """The local profile handed out in the units' folder, if any, and a Chinese line saying what applies."""
    for source in sources:
        found = find_in(source) if Path(source).is_dir() else None
        if found is None:
            continue
        try:
            local = load_profile(found)
        except ProfileError as exc:
            return None, f"本地要求文件有误，按全国统一要求检查：{exc.message}"
        return local, f"另按文件夹中“{local.name}”的本地要求检查"
    return None, ""


def read_previous(sources: Iterable[Path | str], year: int) -> tuple[dict[str, Report], list[str]]:
    """Last year's reports by unit name from the files and folders named, and a Chinese note for each skipped."""
    found: dict[str, Report] = {}
    notes: list[str] = []
    for path in exchange_files(sources):
        try:
            report = exchange.load(path)
        except exchange.ExchangeError as exc:
            notes.append(f"{path.name}：{exc}")
            continue
        if report.meta.year != year:
            notes.append(f"{path.name}：这是 {report.meta.year} 年的报告，不是 {year} 年的")
            continue
        found.setdefault(report.meta.agency, report)
    return found, notes


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


STATUS_HEADERS = (
    "单位",
    "状态",
    "错误",
    "提醒",
    "纳入汇总",
    "文件",
    "最后修改",
    "说明",
    "实质公开率",
    "实质公开率排名",
    "纠错率",
    "纠错率排名",
    "与之最相似的单位",
    "本单位文字见于该单位的比例",
    "与上年报告重复的比例",
    "文中出现的其他单位名称",
)


def status_rows(aggregation: Aggregation, result: Review | None) -> list[list[Any]]:
    ratios = {u.agency: u for u in result.ratios.units} if result else {}
    rows: list[list[Any]] = []
    for unit in aggregation.units:
        row: list[Any] = [
            unit.agency,
            STATE_LABELS[unit.state],
            unit.errors,
            unit.warnings,
            "是" if unit.included else "否",
            Path(unit.file).name if unit.file else "",
            unit.updated.replace("T", " "),
            unit.message,
        ]
        r = ratios.get(unit.agency)
        if r is None:
            row += ["未纳入汇总" if unit.report is not None else "", "", "", ""]
        else:
            row += [r.disclosure.text(), r.disclosure.rank or "", r.correction.text(), r.correction.rank or ""]
        match = result.best_match(unit.agency) if result else None
        row += [match[0], _percent(match[1])] if match else ["", ""]
        row.append(_percent(result.last_year_share(unit.agency)) if result else "")
        row.append("、".join(result.names_left(unit.agency)) if result else "")
        rows.append(row)
    return rows


SIMILARITY_HEADERS = (
    *("比较", "单位甲", "单位乙", "甲的文字见于乙", "乙的文字见于甲"),
    *("超过阈值", "共同段落（甲）", "共同段落（乙）"),
)


def similarity_rows(sim: Similarity) -> list[list[Any]]:
    """The ranked pairs of units, then each unit against last year; flagged pairs with their shared passages."""
    rows: list[list[Any]] = []
    flagged = {frozenset((p.a, p.b)): p for p in sim.flagged}
    pairs = list(flagged.values()) + [p for p in sim.ranked if frozenset((p.a, p.b)) not in flagged]
    for p in pairs:
        hit = frozenset((p.a, p.b)) in flagged
        rows.append(_pair_row("单位之间", p.a, p.b, p.a_in_b, p.b_in_a, hit, p.passages))
    for p in sim.last_year:
        hit = p.a_in_b >= sim.last_year_threshold
        rows.append(_pair_row("与上年", p.a, f"{p.b}（上年）", p.a_in_b, p.b_in_a, hit, p.passages))
    return rows


def _pair_row(kind: str, a: str, b: str, x: float, y: float, hit: bool, passages: list[Any]) -> list[Any]:
    return [
        kind,
        a,
        b,
        _percent(x),
        _percent(y),
        "是" if hit else "",
        "\n\n".join(p.a for p in passages),
        "\n\n".join(p.b for p in passages),
    ]


RATIO_HEADERS = (
    *("单位", "办结", "予以公开＋部分公开", "实质公开率", "实质公开率排名"),
    *("审结", "结果纠正", "纠错率", "纠错率排名"),
)


def ratio_rows(ratios: Ratios) -> list[list[Any]]:
    rows = []
    for u in [*ratios.units, ratios.district]:
        d, c = u.disclosure, u.correction
        rows.append([u.agency, d.denominator, d.numerator, d.text(), d.rank or ""])
        rows[-1] += [c.denominator, c.numerator, c.text(), c.rank or ""]
    return rows


def matrix_rows(sim: Similarity) -> list[list[Any]]:
    """First row: the units; then for each unit the share of its text found in each other unit's text."""
    rows: list[list[Any]] = [["本单位文字见于 →", *sim.names]]
    for name, values in zip(sim.names, sim.matrix, strict=True):
        rows.append([name, *(round(v, 3) for v in values)])
    return rows
