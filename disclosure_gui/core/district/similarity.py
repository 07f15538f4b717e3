"""Copied reports: how much of each unit's own text is found in another unit's, or in its own report of last year, and
which of two alike reports is the original.

Evaluators mark down 「跨区域抄袭」 (a report copied from another unit) and a report that repeats last year's by more
than half; within a district, township reports are often copied from each other with only the name changed, and
sometimes another unit's name is left in.

Each text is a set of hashed shingles, names and digits masked and the district's template taken out
(:mod:`.shingles`). The share of A's own text found in B is "how much of A is in B"; a pair is flagged when either
direction reaches the threshold. Up to :data:`EXACT_PAIRS` pairs (100 units) every pair is counted exactly; above,
a MinHash sketch of each text estimates every pair, and only each unit's :data:`PARTNERS` most similar units are
counted exactly — so the work, the result and the status file grow with the number of units, not with how many
pairs are alike (2,000 units sharing a template: under a minute, under 1 GB; see ``benchmarks/similarity.py``).

Of a flagged pair, the original is the unit whose own report of last year already had the shared text, else the
unit whose file was handed in first; the other is the copier (:attr:`Pair.copier`). Shared passages are worked out
for the :data:`PASSAGE_PAIRS` most alike pairs at once, for any other when asked (:meth:`Similarity.passages`).
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Literal

from ..format import schema
from ..format.report import Report
from .names import NameLeft, names_left, short_names, trie_pattern
from .shingles import (
    BINS,
    MIN_SHINGLES,
    Masker,
    comparable,
    own_hashes,
    share,
    shingle_hashes,
    sketch,
    template_hashes,
)

__all__ = ["NameLeft", "Pair", "Passage", "Similarity", "compare", "compare_reports", "short_names", "trie_pattern"]

PASSAGE_SENTENCES = 3  # a shared run of sentences is shown in pieces this long
RANKED = 200  # pairs in the ranked list (the flagged pairs are listed in full apart)
EXACT_PAIRS = 5000  # up to this many pairs (100 units) every pair is counted exactly
PARTNERS = 12  # above that, each unit's most similar units (by sketch) counted exactly
PASSAGE_PAIRS = 200  # pairs whose shared passages are worked out at once
UNIT_THRESHOLD = 0.8  # share of a text found in another unit's text that flags the pair
LAST_YEAR_THRESHOLD = 0.5  # share of this year's text found in last year's (the cities' 50 % rule)
LAST_YEAR_EVIDENCE = 0.5  # share of two units' common text in one's report of last year: that one wrote it first
SUBMITTED_APART = 1.0  # seconds between two files' times for one to count as handed in first

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


@dataclass(frozen=True)
class Passage:
    """A run of sentences two texts share (after masking names and digits), as each text writes it."""

    a: str
    b: str


@dataclass
class Pair:
    a: str
    b: str
    a_in_b: float  # share of a's own text found in b's
    b_in_a: float
    kind: Literal["units", "last_year"] = "units"
    passages: list[Passage] = field(default_factory=list)
    original: str = ""  # a or b when it can be told which wrote the text first; "" when not
    why: str = ""  # how it was told, in Chinese

    @property
    def score(self) -> float:
        return max(self.a_in_b, self.b_in_a)

    @property
    def copier(self) -> str:
        """The unit that copied (the other one of a pair whose original is known), else ""."""
        return {self.a: self.b, self.b: self.a}.get(self.original, "") if self.original else ""

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "a_in_b": round(self.a_in_b, 3),
            "b_in_a": round(self.b_in_a, 3),
            "original": self.original or None,
            "why": self.why,
            "passages": [{"a": p.a, "b": p.b} for p in self.passages],
        }


@dataclass
class Similarity:
    names: list[str]
    ranked: list[Pair]  # the RANKED most similar pairs of units, most similar first
    flagged: list[Pair]  # pairs at or above the threshold, most similar first
    last_year: list[Pair]  # each unit against its own report of last year, most similar first
    names_left: list[NameLeft]
    threshold: float = UNIT_THRESHOLD
    last_year_threshold: float = LAST_YEAR_THRESHOLD
    # (a, b) → share of a's own text found in b's, for every pair counted (and, up to 100 units, every pair)
    shares: dict[tuple[str, str], float] = field(default_factory=dict, repr=False)
    texts: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)  # unit → (text, masked)
    texts_last_year: dict[str, tuple[str, str]] = field(default_factory=dict, repr=False)
    _partners: dict[str, list[tuple[str, float]]] | None = field(default=None, init=False, repr=False)

    def flagged_last_year(self) -> list[Pair]:
        return [p for p in self.last_year if p.a_in_b >= self.last_year_threshold]

    def share(self, a: str, b: str) -> float:
        """How much of ``a``'s own text is found in ``b``'s (0 for a pair too unalike to be counted)."""
        return 1.0 if a == b else self.shares.get((a, b), 0.0)

    @property
    def matrix(self) -> list[list[float]]:
        """matrix[i][j]: share of names[i]'s text found in names[j]'s (quadratic: for small districts)."""
        return [[self.share(a, b) for b in self.names] for a in self.names]

    def best_matches(self, agency: str, count: int = 1) -> list[tuple[str, float]]:
        """The units holding the largest shares of this unit's own text, largest first."""
        if self._partners is None:  # once, for all units: each unit's row of the (sparse) matrix
            order = {name: k for k, name in enumerate(self.names)}
            self._partners = {}
            for (a, b), s in self.shares.items():
                if s > 0:
                    self._partners.setdefault(a, []).append((b, s))
            for found in self._partners.values():
                found.sort(key=lambda t: (-t[1], order[t[0]]))
        return self._partners.get(agency, [])[:count]

    def copiers(self) -> set[str]:
        """Units that copied another's text: of each flagged pair the copier, or both when it cannot be told."""
        return {u for p in self.flagged for u in ([p.copier] if p.copier else [p.a, p.b])}

    def passages(self, pair: Pair) -> list[Passage]:
        """The pair's shared passages, worked out now if they were not (and kept)."""
        if not pair.passages:
            b_texts = self.texts_last_year if pair.kind == "last_year" else self.texts
            if pair.a in self.texts and pair.b in b_texts:
                (a, masked_a), (b, masked_b) = self.texts[pair.a], b_texts[pair.b]
                pair.passages = shared_passages(a, b, masked_a, masked_b)
        return pair.passages


def report_text(report: Report) -> dict[str, str]:
    return {f.key: report.texts.get(f.key, "") for f in schema.TEXT_FIELDS}


def shared_passages(a: str, b: str, masked_a: str, masked_b: str, limit: int = 8) -> list[Passage]:
    """The longest runs of sentences both texts contain (compared masked), as each text writes them.

    Masking never touches a sentence end, so a text and its masked form split into the same sentences.
    """

    def split(text: str) -> list[str]:
        return [m.group().strip() for m in _SENTENCE.finditer(text)]

    sa, sb = split(a), split(b)
    ka, kb = [comparable(s) for s in split(masked_a)], [comparable(s) for s in split(masked_b)]
    if len(ka) != len(sa) or len(kb) != len(sb):  # a name that contains a sentence end: compare unmasked
        ka, kb = [comparable(s) for s in sa], [comparable(s) for s in sb]

    chunks: list[tuple[int, int, int]] = []  # (start in a, start in b, sentences)
    for block in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks():
        for k in range(0, block.size, PASSAGE_SENTENCES):
            size = min(PASSAGE_SENTENCES, block.size - k)
            if sum(len(ka[i]) for i in range(block.a + k, block.a + k + size)) >= 12:
                chunks.append((block.a + k, block.b + k, size))
    passages = [Passage(_clip("".join(sa[i : i + n])), _clip("".join(sb[j : j + n]))) for i, j, n in chunks]
    # Passages the copier edited (names, figures) first: they show what was changed and what was not.
    passages.sort(key=lambda p: (p.a == p.b, -len(p.a)))
    return passages[:limit]


def _clip(text: str, size: int = 300) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _keep(best: list[tuple[float, int]], score: float, partner: int) -> None:
    """Keep ``partner`` among a unit's PARTNERS highest estimates (a min-heap)."""
    if len(best) < PARTNERS:
        heapq.heappush(best, (score, partner))
    elif (score, partner) > best[0]:
        heapq.heapreplace(best, (score, partner))


def _candidates(
    own: list[array[int]], keep_estimates: bool
) -> tuple[set[tuple[int, int]], dict[tuple[int, int], tuple[float, float]]]:
    """The pairs to count exactly: each unit with its PARTNERS most similar units by sketch (every estimate as well,
    when ``keep_estimates``). Every pair's sketches are compared — 128 numbers each, in C — so this is quadratic
    with a small constant, and nothing kept grows with the pairs. The loop is the hot spot of a big district, so
    its arithmetic is written out: containment in both directions from the sketches' Jaccard estimate and the exact
    set sizes."""
    sizes = [len(o) for o in own]
    sketches = [sketch(o) for o in own]
    best: list[list[tuple[float, int]]] = [[] for _ in own]
    estimates: dict[tuple[int, int], tuple[float, float]] = {}
    n = len(own)
    for i in range(n - 1):
        ni, best_i = sizes[i], best[i]
        if ni < MIN_SHINGLES:
            continue
        for j, agreeing in zip(range(i + 1, n), map(len, map(sketches[i].__and__, sketches[i + 1 :])), strict=True):
            nj = sizes[j]
            if not agreeing or nj < MIN_SHINGLES:
                continue
            jaccard = agreeing / BINS  # |A∩B| / |A∪B| = common / (ni + nj - common)
            common = jaccard * (ni + nj) / (1 + jaccard)
            x, y = min(common / ni, 1.0), min(common / nj, 1.0)
            if keep_estimates:
                estimates[i, j] = (x, y)
            if len(best_i) < PARTNERS or (x, j) > best_i[0]:
                _keep(best_i, x, j)
            best_j = best[j]
            if len(best_j) < PARTNERS or (y, i) > best_j[0]:
                _keep(best_j, y, i)
    return {(min(i, j), max(i, j)) for i, partners in enumerate(best) for _s, j in partners}, estimates


Judge = Callable[[int, int, set[int]], tuple[int, str]]


def _count(
    own: list[array[int]], pairs: set[tuple[int, int]], threshold: float, judge: Judge
) -> list[tuple[int, int, float, float, int, str]]:
    """Each pair's shares counted exactly, and of a pair at the threshold which unit wrote the text first."""
    out = []
    current, members = -1, set[int]()
    for i, j in sorted(pairs):
        if i != current:
            current, members = i, set(own[i])
        x, y = share(members, own[j], len(own[i]))
        original, why = judge(i, j, members.intersection(own[j])) if max(x, y) >= threshold else (-1, "")
        out.append((i, j, x, y, original, why))
    return out


def _judge(names: list[str], last_year: list[array[int] | None], submitted: list[float | None]) -> Judge:
    """Of two units sharing ``common``: the one whose report of last year already had it, else the one handed in
    first; -1 when neither can be told."""

    def judge(i: int, j: int, common: set[int]) -> tuple[int, str]:
        if common:
            had = [
                len(common.intersection(h)) / len(common) if h is not None else 0.0
                for h in (last_year[i], last_year[j])
            ]
            for first, second in ((0, 1), (1, 0)):
                if had[first] >= LAST_YEAR_EVIDENCE and had[first] - had[second] >= LAST_YEAR_EVIDENCE / 2:
                    unit = (i, j)[first]
                    return unit, f"{names[unit]}上年的报告中已有这些文字"
        ti, tj = submitted[i], submitted[j]
        if ti is not None and tj is not None and abs(ti - tj) >= SUBMITTED_APART:
            unit = i if ti < tj else j
            return unit, f"{names[unit]}的文件报送在先"
        return -1, ""

    return judge


def compare(
    texts: Mapping[str, Mapping[str, str]],
    previous: Mapping[str, Mapping[str, str]] | None = None,
    *,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
    exact_pairs: int = EXACT_PAIRS,
    submitted: Mapping[str, float] | None = None,
) -> Similarity:
    """Compare every unit's texts (agency → field → text) with every other's and with its own of last year.

    ``submitted``: when each unit's file was handed in (its modification time), to tell an original from a copy.
    """
    names = list(texts)
    n = len(names)
    masker = Masker(names)
    joined = {a: "\n".join(texts[a].values()) for a in names}
    sim = Similarity(names, [], [], [], names_left(texts, names), threshold, last_year_threshold)
    sim.texts = {a: (joined[a], masker.mask(joined[a])) for a in names}
    for a, fields in (previous or {}).items():
        if a in texts:
            text = "\n".join(fields.values())
            sim.texts_last_year[a] = (text, masker.mask(text))
    full = [shingle_hashes(sim.texts[a][1]) for a in names]
    old = [shingle_hashes(sim.texts_last_year[a][1]) if a in sim.texts_last_year else None for a in names]
    # This year's template, and last year's: a unit that reused last year's report shares last year's template with
    # every other unit that did, and copied from none of them.
    template = template_hashes(full) | template_hashes([h for h in old if h is not None])
    own = [own_hashes(h, template) for h in full]
    exact = n * (n - 1) // 2 <= exact_pairs
    if exact:
        pairs = {(i, j) for i in range(n) for j in range(i + 1, n)}
        estimates: dict[tuple[int, int], tuple[float, float]] = {}
    else:
        pairs, estimates = _candidates(own, keep_estimates=n * (n - 1) // 2 <= 2 * EXACT_PAIRS)
    for (i, j), (x, y) in estimates.items():
        sim.shares[names[i], names[j]], sim.shares[names[j], names[i]] = x, y
    times = [(submitted or {}).get(a) for a in names]
    counted = []
    for i, j, x, y, original, why in _count(own, pairs, threshold, _judge(names, old, times)):
        sim.shares[names[i], names[j]], sim.shares[names[j], names[i]] = x, y
        counted.append(Pair(names[i], names[j], x, y, original=names[original] if original >= 0 else "", why=why))
    order = {a: k for k, a in enumerate(names)}
    counted.sort(key=lambda p: (-p.score, order[p.a], order[p.b]))
    sim.flagged = [p for p in counted if p.score >= threshold]
    sim.ranked = counted[:RANKED]
    for p in sim.flagged[:PASSAGE_PAIRS]:
        sim.passages(p)
    for i, a in enumerate(names):
        last = old[i]
        if last is not None:
            x, y = share(set(full[i]), last, len(full[i]))
            sim.last_year.append(Pair(a, a, x, y, kind="last_year"))
    sim.last_year.sort(key=lambda p: (-p.a_in_b, p.a))
    for p in sim.flagged_last_year()[:PASSAGE_PAIRS]:
        sim.passages(p)
    return sim


def compare_reports(
    reports: Mapping[str, Report],
    previous: Mapping[str, Report] | None = None,
    *,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
    submitted: Mapping[str, float] | None = None,
) -> Similarity:
    return compare(
        {a: report_text(r) for a, r in reports.items()},
        {a: report_text(r) for a, r in (previous or {}).items()},
        threshold=threshold,
        last_year_threshold=last_year_threshold,
        submitted=submitted,
    )
