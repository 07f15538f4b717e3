"""Copied reports: how much of each unit's text is found in another unit's, or in its own report of last year.

Evaluators mark down 「跨区域抄袭」 (a report copied from another unit) and a report that repeats last year's by more
than half; within a district, township reports are often copied from each other with only the name changed, and
sometimes another unit's name is left in.

Texts are compared as sets of overlapping character shingles after unit names and digits are masked, so a copy
with the names and figures changed still counts as a copy. The share of A's shingles found in B is "how much of A
is in B" (matrix[A][B]); a pair is flagged when either direction reaches the threshold. For a few units every pair
is counted exactly; for hundreds, a one-permutation MinHash sketch of each text estimates every pair in linear
time per pair and only the pairs that could reach the threshold are counted exactly, so 500 units take seconds.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal

from ..format import schema
from ..format.report import Report

SHINGLE = 8  # characters: longer than a common phrase (政府信息公开工作), shorter than a clause
MIN_SHINGLES = 60  # a text shorter than this (some sixty characters) is not compared: two empty reports
# are alike, not copied
BINS = 128  # sketch size: error of an estimated share about 1/sqrt(BINS)
PASSAGE_SENTENCES = 3  # a shared run of sentences is shown in pieces this long
RANKED = 200  # pairs in the ranked list (the flagged pairs are listed in full apart)
EXACT_PAIRS = 5000  # up to this many pairs (100 units) every pair is counted exactly
UNIT_THRESHOLD = 0.8  # share of a text found in another unit's text that flags the pair
LAST_YEAR_THRESHOLD = 0.5  # share of this year's text found in last year's (the cities' 50 % rule)

_DIGITS = re.compile(r"[0-9０-９.．%％]+")
_NOISE = re.compile(r"[^\w□#]+")  # punctuation, spaces and line breaks do not make a text different
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
# A township or street's name is usually written without its suffix (城关镇人民政府 → 城关镇).
_SUFFIXES = ("人民政府", "办事处", "管理委员会")


@dataclass(frozen=True)
class Passage:
    """A run of sentences two texts share (after masking names and digits), as each text writes it."""

    a: str
    b: str


@dataclass
class Pair:
    a: str
    b: str
    a_in_b: float  # share of a's text found in b's
    b_in_a: float
    kind: Literal["units", "last_year"] = "units"
    passages: list[Passage] = field(default_factory=list)

    @property
    def score(self) -> float:
        return max(self.a_in_b, self.b_in_a)

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "kind": self.kind,
            "a_in_b": round(self.a_in_b, 3),
            "b_in_a": round(self.b_in_a, 3),
            "passages": [{"a": p.a, "b": p.b} for p in self.passages],
        }


@dataclass(frozen=True)
class NameLeft:
    """Another unit's name in a unit's text: usually a copy whose names were not all replaced."""

    agency: str
    other: str
    field: str
    excerpt: str

    @property
    def message(self) -> str:
        label = schema.TEXT_FIELD_BY_KEY[self.field].label if self.field in schema.TEXT_FIELD_BY_KEY else self.field
        return f"{self.agency}的“{label}”中出现了其他单位的名称“{self.other}”：……{self.excerpt}……"


@dataclass
class Similarity:
    names: list[str]
    matrix: list[list[float]]  # matrix[i][j]: share of names[i]'s text found in names[j]'s
    ranked: list[Pair]  # the RANKED most similar pairs of units, most similar first
    flagged: list[Pair]  # pairs at or above the threshold, with their shared passages
    last_year: list[Pair]  # each unit against its own report of last year, most similar first
    names_left: list[NameLeft]
    threshold: float = UNIT_THRESHOLD
    last_year_threshold: float = LAST_YEAR_THRESHOLD

    def flagged_last_year(self) -> list[Pair]:
        return [p for p in self.last_year if p.a_in_b >= self.last_year_threshold]


def short_names(agency: str) -> list[str]:
    """The unit's name and the way it is usually written in running text."""
    out = [agency]
    for suffix in _SUFFIXES:
        if agency.endswith(suffix) and len(agency) - len(suffix) >= 3:
            out.append(agency.removesuffix(suffix))
    return out


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many names, as a trie: matching costs the length of a name, not their number.

    At each branch the longer continuation is tried first, so a full name wins over a shorter name inside it.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def report_text(report: Report) -> dict[str, str]:
    return {f.key: report.texts.get(f.key, "") for f in schema.TEXT_FIELDS}


class _Texts:
    """Every unit's masked text, its shingles and its sketch."""

    def __init__(self, texts: Mapping[str, Mapping[str, str]], names: Iterable[str]) -> None:
        forms = {s for n in names for s in short_names(n)}
        self.names_re = re.compile(trie_pattern(forms)) if forms else None
        self.masked = {agency: self.mask("\n".join(fields.values())) for agency, fields in texts.items()}
        self.shingles = {agency: _shingles(text) for agency, text in self.masked.items()}

    def mask(self, text: str) -> str:
        if self.names_re is not None:
            text = self.names_re.sub("□", text)
        return _DIGITS.sub("#", text)


def _shingles(masked: str) -> frozenset[str]:
    text = _NOISE.sub("", masked)
    if len(text) < SHINGLE:
        return frozenset((text,)) if text else frozenset()
    ends = range(SHINGLE, len(text) + 1)
    return frozenset(map(text.__getitem__, map(slice, range(len(ends)), ends)))  # every window, at C speed


def _sketch(shingles: frozenset[str]) -> frozenset[int]:
    """One-permutation MinHash: the smallest hash in each of BINS buckets, tagged with its bucket.

    Two sketches agree in a bucket exactly when their tagged values are equal, so a set intersection counts the
    agreeing buckets; empty buckets are left out and never agree. CRC-32 rather than ``hash()`` so that the
    estimates are the same in every run.
    """
    hashes = sorted(map(zlib.crc32, map(str.encode, shingles)), reverse=True)
    # The last, so smallest, hash of each bucket wins.
    smallest = dict(zip(map(BINS.__rmod__, hashes), hashes, strict=True))
    return frozenset(smallest.values())  # a CRC-32 value carries its bucket in its low bits


def _share(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    if len(a) < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0, 0.0
    common = len(a & b)
    return common / len(a), common / len(b)


def _estimated_share(sa: frozenset[int], sb: frozenset[int], na: int, nb: int) -> tuple[float, float]:
    """Containment in both directions from the sketches' Jaccard estimate and the exact set sizes."""
    if na < MIN_SHINGLES or nb < MIN_SHINGLES:
        return 0.0, 0.0
    j = len(sa & sb) / BINS
    common = j * (na + nb) / (1 + j)
    return min(common / na, 1.0), min(common / nb, 1.0)


def shared_passages(a: str, b: str, masked_a: str, masked_b: str, limit: int = 8) -> list[Passage]:
    """The longest runs of sentences both texts contain (compared masked), as each text writes them.

    Masking never touches a sentence end, so a text and its masked form split into the same sentences.
    """

    def split(text: str) -> list[str]:
        return [m.group().strip() for m in _SENTENCE.finditer(text)]

    sa, sb = split(a), split(b)
    ka, kb = [_NOISE.sub("", s) for s in split(masked_a)], [_NOISE.sub("", s) for s in split(masked_b)]
    if len(ka) != len(sa) or len(kb) != len(sb):  # a name that contains a sentence end: compare unmasked
        ka, kb = [_NOISE.sub("", s) for s in sa], [_NOISE.sub("", s) for s in sb]

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


def names_left(texts: Mapping[str, Mapping[str, str]], names: Iterable[str]) -> list[NameLeft]:
    """Every place where a unit's text names another unit of the summary (once per name and field)."""
    owners: dict[str, set[str]] = {}
    for n in dict.fromkeys(names):
        for form in short_names(n):
            owners.setdefault(form, set()).add(n)
    if not owners:
        return []
    # The trie tries the longer name first, so a unit's full name is matched whole, not as a shorter name inside it.
    pattern = re.compile(trie_pattern(owners))
    out: list[NameLeft] = []
    for agency, fields in texts.items():
        own = short_names(agency)
        for key, text in fields.items():
            seen: set[str] = set()
            for m in pattern.finditer(text):
                form = m.group()
                if form in seen or agency in owners[form] or any(form in o for o in own):
                    continue
                seen.add(form)
                excerpt = text[max(0, m.start() - 12) : m.end() + 12].replace("\n", " ")
                out.append(NameLeft(agency, form, key, excerpt))
    return out


def compare(
    texts: Mapping[str, Mapping[str, str]],
    previous: Mapping[str, Mapping[str, str]] | None = None,
    *,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
    exact_pairs: int = EXACT_PAIRS,
) -> Similarity:
    """Compare every unit's texts (agency → field → text) with every other's and with its own of last year."""
    names = list(texts)
    n = len(names)
    prepared = _Texts(texts, names)
    sets = [prepared.shingles[a] for a in names]
    matrix = [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]
    exact = n * (n - 1) // 2 <= exact_pairs
    sketches = [] if exact else [_sketch(s) for s in sets]
    sizes = [len(s) for s in sets]
    margin = 0.2  # an estimate this far below the threshold is counted exactly before it is trusted
    for i in range(n):
        for j in range(i + 1, n):
            if exact:
                x, y = _share(sets[i], sets[j])
            else:
                x, y = _estimated_share(sketches[i], sketches[j], sizes[i], sizes[j])
                if max(x, y) >= threshold - margin:
                    x, y = _share(sets[i], sets[j])
            matrix[i][j], matrix[j][i] = x, y

    def pair(i: int, j: int) -> Pair:
        return Pair(names[i], names[j], matrix[i][j], matrix[j][i])

    scores = [(max(matrix[i][j], matrix[j][i]), -i, -j) for i in range(n) for j in range(i + 1, n)]
    ranked = [pair(-i, -j) for _s, i, j in heapq.nlargest(RANKED, scores)]
    flagged = [pair(-i, -j) for _s, i, j in sorted((t for t in scores if t[0] >= threshold), reverse=True)]
    joined = {a: "\n".join(texts[a].values()) for a in names}
    for p in flagged:
        p.passages = shared_passages(joined[p.a], joined[p.b], prepared.masked[p.a], prepared.masked[p.b])
    last_year: list[Pair] = []
    for agency, fields in (previous or {}).items():
        if agency not in texts:
            continue
        old_text = "\n".join(fields.values())
        old_masked = prepared.mask(old_text)
        x, y = _share(prepared.shingles[agency], _shingles(old_masked))
        own = Pair(agency, agency, x, y, kind="last_year")
        if x >= last_year_threshold:
            own.passages = shared_passages(joined[agency], old_text, prepared.masked[agency], old_masked)
        last_year.append(own)
    last_year.sort(key=lambda p: (-p.a_in_b, p.a))
    return Similarity(
        names, matrix, ranked, flagged, last_year, names_left(texts, names), threshold, last_year_threshold
    )


def compare_reports(
    reports: Mapping[str, Report],
    previous: Mapping[str, Report] | None = None,
    *,
    threshold: float = UNIT_THRESHOLD,
    last_year_threshold: float = LAST_YEAR_THRESHOLD,
) -> Similarity:
    return compare(
        {a: report_text(r) for a, r in reports.items()},
        {a: report_text(r) for a, r in (previous or {}).items()},
        threshold=threshold,
        last_year_threshold=last_year_threshold,
    )
