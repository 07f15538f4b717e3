"""Aligning what a report prints against what the national format expects, in order.

Real reports word their headings and labels their own way (「政府信息公开存在的问题及改进措施」, 「规范性文件」
without 行政, 「其他法律和行政法规禁止公开」), leave rows out (规章) and glue them to their neighbours. So nothing
is found by an exact string: each candidate gets a similarity to each expected item, and :func:`align` picks the
pairs, in the order of both sequences, that together fit best — a candidate that fits a later item better is not
spent on an earlier one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher

_QUOTES = frozenset("\"'“”‘’「」『』")
_FOLD = {",": "、", "，": "、", "(": "（", ")": "）", ":": "：", ";": "；"}


def fold_char(ch: str) -> str:
    """One character as labels are compared: widths folded, 「，」 as 「、」, full-width brackets ("" for quotes)."""
    if ch in _QUOTES:
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    folded = "".join(_FOLD.get(c, c) for c in folded)
    return "" if folded.isspace() else folded


def folded(text: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """``text[start:end]`` folded (:func:`fold_char`), with the index in ``text`` of each folded character, so a
    match found in the folded text is cut from the original."""
    out: list[str] = []
    index: list[int] = []
    for i in range(start, len(text) if end is None else min(end, len(text))):
        for c in fold_char(text[i]):
            out.append(c)
            index.append(i)
    return "".join(out), index


def fold(text: str) -> str:
    return folded(text)[0]


def prefix_match(expected: str, window: str) -> tuple[float, int]:
    """How well ``window`` starts with ``expected`` (both folded): a score in 0–1 and how many characters of
    ``window`` the match covers. Characters the window adds or lacks lower the score alike."""
    if not expected or not window:
        return 0.0, 0
    blocks = [b for b in SequenceMatcher(None, expected, window, autojunk=False).get_matching_blocks() if b.size]
    if not blocks or blocks[0].b > 2:  # the heading starts where its number ends
        return 0.0, 0
    matched = sum(b.size for b in blocks)
    covered = blocks[-1].b + blocks[-1].size
    return 2 * matched / (len(expected) + covered), covered


def suffix_match(expected: str, label: str) -> float:
    """How well a printed row label (folded) ends with the expected one: labels are preceded by their groups'
    labels (「三、本年度办理结果（一）予以公开」) and sometimes by a table's header."""
    if not expected or not label:
        return 0.0
    if label.endswith(expected):
        return 1.0
    tail = label[-(len(expected) + 4) :]
    blocks = [b for b in SequenceMatcher(None, expected, tail, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return 0.0
    matched = sum(b.size for b in blocks)
    covered = len(tail) - blocks[0].b
    return 2 * matched / (len(expected) + covered)


def align(n: int, m: int, gain: Callable[[int, int], float]) -> list[tuple[int, int]]:
    """Pairs (i, j) of candidates 0..n-1 and expected items 0..m-1, both increasing, with the greatest total gain;
    only pairs with a positive gain are taken (a candidate or an item may stay unpaired)."""
    gains = [[gain(i, j) for j in range(m)] for i in range(n)]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = gains[i][j] + best[i + 1][j + 1] if gains[i][j] > 0 else 0.0
            best[i][j] = max(best[i + 1][j], best[i][j + 1], take)
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if gains[i][j] > 0 and best[i][j] == gains[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs
