"""The district office's review of the collected units: copied texts and the figures units are ranked on.

:func:`review` runs after :func:`.aggregate.collect`: it compares the texts of every unit whose file could be
read (a copy matters whatever else is wrong with it) and computes 实质公开率 and 纠错率 over the units included
in the summary, so the district figure is that of the summary's own tables. :func:`board_rows` and friends turn
the result into the plain tables the workspace shows and the status export writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..format import exchange
from ..format.local_profile import LocalProfile, ProfileError, find_in
from ..format.local_profile import load as load_profile
from ..format.report import Report
from .aggregate import STATE_LABELS, Aggregation, Unit, exchange_files
from .ratios import MIN_CASES, Ratios, compute_ratios
from .similarity import LAST_YEAR_THRESHOLD, UNIT_THRESHOLD, Similarity, compare_reports


@dataclass(frozen=True)
class Copy:
    """One unit's text copied from another's: who copied, from whom, how much, and how the direction was told."""

    copier: str
    original: str
    share: float  # of the copier's text found in the original's
    how: str  # Chinese: why this one is taken for the copier

    def line(self) -> str:
        share = f"{self.share * 100:.0f}%"
        return f"报告文字 {share} 与“{self.original}”的报告相同（{self.how}），请按本单位情况重写后重新报送"


@dataclass
class Review:
    similarity: Similarity
    ratios: Ratios
    copies: list[Copy] = field(default_factory=list)

    def copy_of(self, agency: str) -> list[Copy]:
        """What this unit copied (it is the copier)."""
        return [c for c in self.copies if c.copier == agency]

    def copied_from(self, agency: str) -> list[Copy]:
        """Who copied this unit's text (it is the author)."""
        return [c for c in self.copies if c.original == agency]

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
        """Units that copied another unit's text, copied last year's, or name another unit (not the authors)."""
        sim = self.similarity
        out = {c.copier for c in self.copies}
        out |= {p.a for p in sim.flagged_last_year()}
        return out | {n.agency for n in sim.names_left}


_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


def passage_spans(text: str, passages: Iterable[str]) -> list[tuple[int, int]]:
    """Where the shared passages stand in ``text`` (sentence by sentence: a passage is its sentences run
    together), merged and in order, for the window to highlight."""
    spans: list[tuple[int, int]] = []
    for passage in passages:
        for m in _SENTENCE.finditer(passage.rstrip("…")):
            sentence = m.group().strip()
            if len(sentence) < 4:
                continue
            at = text.find(sentence)
            while at >= 0:
                spans.append((at, at + len(sentence)))
                at = text.find(sentence, at + len(sentence))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


DIRECTION_MARGIN = 0.05  # the copier's text is found in the original's by at least this much more than back


def copies(similarity: Similarity, units: Iterable[Unit]) -> list[Copy]:
    """For every flagged pair of units, which one copied: the original is the one whose text was already in its own
    report of last year, else the one whose file came first, else (files of the same time) the one whose text holds
    the other's (a copier adds little of its own). When nothing tells them apart, both are listed."""
    mtime = {u.agency: u.mtime for u in units}
    last_year = {p.a for p in similarity.flagged_last_year()}
    out: list[Copy] = []
    for p in similarity.flagged:
        a_old, b_old = p.a in last_year, p.b in last_year
        a_time, b_time = mtime.get(p.a, 0.0), mtime.get(p.b, 0.0)
        if a_old != b_old:
            copier, how = (p.b if a_old else p.a), "对方上年报告中已有这些文字"
        elif a_time != b_time:
            copier, how = (p.a if a_time > b_time else p.b), "本单位的文件较晚"
        elif abs(p.a_in_b - p.b_in_a) >= DIRECTION_MARGIN:
            copier, how = (p.a if p.a_in_b > p.b_in_a else p.b), "本单位文字几乎都见于对方"
        else:
            out += [Copy(p.a, p.b, p.a_in_b, "无法判断谁先写"), Copy(p.b, p.a, p.b_in_a, "无法判断谁先写")]
            continue
        original = p.b if copier == p.a else p.a
        out.append(Copy(copier, original, p.a_in_b if copier == p.a else p.b_in_a, how))
    return out


def review(
    aggregation: Aggregation,
    previous: Mapping[str, Report] | None = None,
    *,
    min_cases: int = MIN_CASES,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
    include_copies: bool = False,
) -> Review:
    """Compare every readable unit's text; a unit that copied another's goes back to be rewritten and leaves the
    summary (unless ``include_copies``, as 有错误的单位也纳入汇总 keeps units with errors); then the ratios of the
    units summed."""
    readable = {u.agency: u.report for u in aggregation.units if u.report is not None}
    similarity = compare_reports(readable, previous, threshold=threshold, last_year_threshold=last_year_threshold)
    found = copies(similarity, aggregation.units)
    copiers = {c.copier for c in found}
    for unit in aggregation.units:
        if unit.agency in copiers and unit.report is not None and not include_copies:
            unit.included = False
    included = {u.agency: u.report for u in aggregation.included() if u.report is not None}
    return Review(similarity, compute_ratios(included, min_cases=min_cases), found)


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
