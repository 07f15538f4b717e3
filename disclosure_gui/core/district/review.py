"""The district office's review of the collected units: copied texts and the figures units are ranked on.

:func:`review` runs after :func:`.aggregate.collect`: it compares the texts of every unit whose file could be
read (a copy matters whatever else is wrong with it) and computes 实质公开率 and 纠错率 over the units included
in the summary, so the district figure is that of the summary's own tables. :func:`board_rows` and friends turn
the result into the plain tables the workspace shows and the status export writes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..filenames import native_path
from ..format import exchange
from ..format.local_profile import LocalProfile, ProfileError, find_in
from ..format.local_profile import load as load_profile
from ..format.report import Report
from .aggregate import STATE_LABELS, Aggregation, exchange_files
from .ratios import MIN_CASES, Ratios, compute_ratios
from .similarity import LAST_YEAR_THRESHOLD, UNIT_THRESHOLD, Pair, Similarity, compare_reports


@dataclass(frozen=True)
class Copy:
    """One unit's text copied from another's (the direction as :mod:`.similarity` tells it), with what the copier is
    told on the 退回修改清单."""

    copier: str
    original: str
    share: float  # of the copier's text found in the original's
    why: str  # Chinese: how the direction was told

    def line(self) -> str:
        share = f"{self.share * 100:.0f}%"
        return f"报告文字 {share} 与“{self.original}”的报告相同（{self.why}），请按本单位情况重写后重新报送"


def copies(similarity: Similarity) -> list[Copy]:
    """Every flagged pair of units as who copied whom; when it cannot be told, each is taken for a copier."""
    out: list[Copy] = []
    for p in similarity.flagged:
        if p.copier:
            share = p.a_in_b if p.copier == p.a else p.b_in_a
            out.append(Copy(p.copier, p.original, share, p.why))
        else:
            why = "无法判断谁先写"
            out += [Copy(p.a, p.b, p.a_in_b, why), Copy(p.b, p.a, p.b_in_a, why)]
    return out


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
        return [c for c in self.copies if c.original == agency and c.why != "无法判断谁先写"]

    def best_match(self, agency: str) -> tuple[str, float] | None:
        """The unit whose text holds the largest share of this unit's own text (None when no unit holds any)."""
        found = self.similarity.best_matches(agency)
        return found[0] if found else None

    def copy_direction(self, agency: str, shown: int = 3) -> str:
        """Who copied whom, for this unit's flagged pairs: 「疑似抄自甲（甲的文件报送在先）」「被乙抄袭」…"""
        notes = []
        pairs = [p for p in self.similarity.flagged if agency in (p.a, p.b)]
        for p in pairs[:shown]:
            other = p.b if p.a == agency else p.a
            if p.copier == agency:
                notes.append(f"疑似抄自{other}（{p.why}）")
            elif p.original == agency:
                notes.append(f"被{other}抄袭")
            else:
                notes.append(f"与{other}相同，无法判断谁先写")
        more = f"等 {len(pairs)} 对" if len(pairs) > shown else ""
        return "；".join(notes) + more

    def last_year_share(self, agency: str) -> float | None:
        return next((p.a_in_b for p in self.similarity.last_year if p.a == agency), None)

    def names_left(self, agency: str) -> list[str]:
        return sorted({n.other for n in self.similarity.names_left if n.agency == agency})

    def copied_units(self) -> set[str]:
        """Units that copied: the copier of a flagged pair (both units when it cannot be told which wrote the text
        first), a unit that repeated last year's report, a unit naming another."""
        sim = self.similarity
        out = sim.copiers()
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
    submitted = {u.agency: u.mtime for u in aggregation.units if u.report is not None and u.mtime}
    similarity = compare_reports(
        readable, previous, threshold=threshold, last_year_threshold=last_year_threshold, submitted=submitted
    )
    return Review(similarity, compute_ratios(included, min_cases=min_cases), copies(similarity))


def leave_out_copiers(aggregation: Aggregation, result: Review, *, min_cases: int = MIN_CASES) -> Review:
    """A unit that copied another's text goes back to be rewritten: it leaves the summary, and the ratios are those
    of the units still summed. (The window does this unless 有错误的单位也纳入汇总 is ticked.)"""
    copiers = {c.copier for c in result.copies}
    for unit in aggregation.units:
        if unit.agency in copiers:
            unit.included = False
    included = {u.agency: u.report for u in aggregation.included() if u.report is not None}
    return Review(result.similarity, compute_ratios(included, min_cases=min_cases), result.copies)


def profile_in(sources: Iterable[Path | str]) -> tuple[LocalProfile | None, str]:
    """The local profile handed out in the units' folder, if any, and a Chinese line saying what applies."""
    for source in sources:
        found = find_in(source) if os.path.isdir(native_path(source)) else None
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
    "谁抄了谁",
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
        row.append(result.copy_direction(unit.agency) if result else "")
        row.append(_percent(result.last_year_share(unit.agency)) if result else "")
        row.append("、".join(result.names_left(unit.agency)) if result else "")
        rows.append(row)
    return rows


SIMILARITY_HEADERS = (
    *("比较", "单位甲", "单位乙", "甲的文字见于乙", "乙的文字见于甲"),
    *("超过阈值", "共同段落（甲）", "共同段落（乙）", "原文（先写的单位）", "判断依据"),
)
PAIR_ROWS = 300  # pairs of units listed with their passages (each unit's own row in 状态 says the rest)
MATRIX_UNITS = 100  # the full matrix up to this many units; above, each unit's most similar units
MATRIX_MATCHES = 5


def similarity_rows(sim: Similarity) -> list[list[Any]]:
    """The flagged and then the ranked pairs of units (at most :data:`PAIR_ROWS`, with their shared passages), then
    each unit against last year: a list as long as the district, however many pairs are alike."""
    rows: list[list[Any]] = []
    flagged = {frozenset((p.a, p.b)) for p in sim.flagged}
    pairs = sim.flagged + [p for p in sim.ranked if frozenset((p.a, p.b)) not in flagged]
    for p in pairs[:PAIR_ROWS]:
        hit = frozenset((p.a, p.b)) in flagged
        rows.append(_pair_row("单位之间", p, p.b, hit, sim.passages(p) if hit else p.passages))
    if len(sim.flagged) > PAIR_ROWS:
        rows.append(
            ["单位之间", f"另有 {len(sim.flagged) - PAIR_ROWS} 对超过阈值，未逐对列出（见“状态”表每个单位的一行）"]
        )
    for p in sim.last_year:
        rows.append(_pair_row("与上年", p, f"{p.b}（上年）", p.a_in_b >= sim.last_year_threshold, p.passages))
    return rows


def _pair_row(kind: str, p: Pair, b: str, hit: bool, passages: list[Any]) -> list[Any]:
    return [
        kind,
        p.a,
        b,
        _percent(p.a_in_b),
        _percent(p.b_in_a),
        "是" if hit else "",
        "\n\n".join(x.a for x in passages),
        "\n\n".join(x.b for x in passages),
        p.original,
        p.why,
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
    """First row: the units; then for each unit the share of its text found in each other unit's text. Above
    :data:`MATRIX_UNITS` units (a matrix of 2,000 × 2,000 helps nobody), each unit's most similar units instead."""
    if len(sim.names) > MATRIX_UNITS:
        header = ["本单位", *(f"{kind}{k}" for k in range(1, MATRIX_MATCHES + 1) for kind in ("最相似的单位", "比例"))]
        rows: list[list[Any]] = [header]
        for name in sim.names:
            matches = sim.best_matches(name, MATRIX_MATCHES)
            rows.append([name, *(v for other, share in matches for v in (other, round(share, 3)))])
        return rows
    rows = [["本单位文字见于 →", *sim.names]]
    for name, values in zip(sim.names, sim.matrix, strict=True):
        rows.append([name, *(round(v, 3) for v in values)])
    return rows
