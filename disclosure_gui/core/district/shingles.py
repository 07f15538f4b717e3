"""What similarity compares: each unit's text as a set of hashed character shingles, with the district's template
taken out, and a small sketch of it — at a cost that grows with the number of units, not with what they share.

Texts are compared after unit names and digits are masked, so a copy with the names and figures changed still
counts as a copy. A shingle is hashed (CRC-32, the same in every run) as soon as it is cut, so a unit costs a few
tens of kilobytes however long its text. Text that most units share — a template the district handed out, the
format's fixed phrases — is no unit's own: counting it, every unit of a district that uses a template would be
"copied" from every other. A shingle found in at least half the units (and at least :data:`TEMPLATE_MIN_UNITS`) of
this year or of last year is template; the count is taken on at most :data:`DF_SAMPLE` units spread over them.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence

from .names import short_names, trie_pattern

SHINGLE = 8  # characters: longer than a common phrase (政府信息公开工作), shorter than a clause
MIN_SHINGLES = 60  # a text of its own shorter than this (some sixty characters) is not compared: two empty reports
# are alike, not copied
BINS = 128  # sketch size: error of an estimated share about 1/sqrt(BINS)
TEMPLATE_SHARE = 0.5  # a shingle in this share of the units is template, not a unit's own text
TEMPLATE_MIN_UNITS = 10  # …and in at least this many: in a small district every shingle is someone's own
DF_SAMPLE = 200  # units the template is counted on (spread over the district): the cost stays bounded

_DIGITS = re.compile(r"[0-9０-９.．%％]+")
_NOISE = re.compile(r"[^\w□#]+")  # punctuation, spaces and line breaks do not make a text different


class Masker:
    """Unit names (in every form they are written) and digits masked: what a copier changes does not count."""

    def __init__(self, names: Iterable[str]) -> None:
        forms = {s for n in names for s in short_names(n)}
        self.names_re = re.compile(trie_pattern(forms)) if forms else None

    def mask(self, text: str) -> str:
        if self.names_re is not None:
            text = self.names_re.sub("□", text)
        return _DIGITS.sub("#", text)


def comparable(masked: str) -> str:
    """The masked text without what does not make texts different (punctuation, spaces, line breaks)."""
    return _NOISE.sub("", masked)


def shingle_hashes(masked: str) -> array[int]:
    """The distinct hashes of every :data:`SHINGLE`-character window of the text, cut and hashed in C (the text as
    UTF-32 bytes: every character four bytes, so a window is a fixed slice)."""
    text = comparable(masked)
    if len(text) < SHINGLE:
        return array("I", [zlib.crc32(text.encode("utf-32-le"))] if text else [])
    data = text.encode("utf-32-le")
    width = 4 * SHINGLE
    windows = map(slice, range(0, len(data) - width + 1, 4), range(width, len(data) + 1, 4))
    return array("I", set(map(zlib.crc32, map(data.__getitem__, windows))))


def template_hashes(units: Sequence[array[int]]) -> frozenset[int]:
    """The hashes most units share: in at least :data:`TEMPLATE_SHARE` of them (counted on a spread sample)."""
    if len(units) < TEMPLATE_MIN_UNITS:
        return frozenset()
    sample = units[:: max(1, math.ceil(len(units) / DF_SAMPLE))]
    counts: Counter[int] = Counter()
    for hashes in sample:
        counts.update(hashes)
    limit = max(TEMPLATE_MIN_UNITS, math.ceil(TEMPLATE_SHARE * len(sample)))
    return frozenset(h for h, c in counts.items() if c >= limit)


def own_hashes(hashes: array[int], template: frozenset[int]) -> array[int]:
    return array("I", set(hashes).difference(template)) if template else hashes


def sketch(hashes: array[int]) -> frozenset[int]:
    """One-permutation MinHash: the smallest hash in each of BINS buckets, tagged with its bucket.

    Two sketches agree in a bucket exactly when their tagged values are equal, so a set intersection counts the
    agreeing buckets; empty buckets are left out and never agree.
    """
    ordered = sorted(hashes, reverse=True)
    smallest = dict(zip(map(BINS.__rmod__, ordered), ordered, strict=True))  # the last, so smallest, hash wins
    return frozenset(smallest.values())  # a hash carries its bucket in its low bits


def share(a: set[int] | frozenset[int], b: array[int], size_a: int) -> tuple[float, float]:
    """How much of ``a`` is in ``b`` and of ``b`` in ``a``; texts shorter than :data:`MIN_SHINGLES` are not compared."""
    if size_a < MIN_SHINGLES or len(b) < MIN_SHINGLES:
        return 0.0, 0.0
    common = len(a.intersection(b))
    return common / size_a, common / len(b)
