"""The six parts of a report found by aligning its headings with the national sequence.

A heading is wherever a number (「一、」「三.」「第四部分」「## 四、」) is followed by words close to one of the six
headings — at the start of a line or glued anywhere into one (「…总计000000000000000五、存在的主要问题…」). Each
candidate is scored against each part's wordings; :func:`~.align.align` then keeps, in order, the candidates that
fit best together, so 「三、主动公开工作情况」 inside part 一 does not take part 二's place from
「二、主动公开政府信息情况」.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .align import align, fold, folded, prefix_match
from .base import Placed
from .document import Item

PART_KEYS = ("overview", "t2", "t3", "t4", "problems", "other")
PART_NAMES = {
    "overview": "第一部分“总体情况”",
    "t2": "第二部分“主动公开政府信息情况”",
    "t3": "第三部分“收到和处理政府信息公开申请情况”",
    "t4": "第四部分“政府信息公开行政复议、行政诉讼情况”",
    "problems": "第五部分“存在的主要问题及改进情况”",
    "other": "第六部分“其他需要报告的事项”",
}
# The wordings real reports use for each heading (after its number); the format's own first.
_WORDINGS: dict[str, tuple[str, ...]] = {
    "overview": ("总体情况", "概述", "总体工作情况", "基本情况", "政府信息公开工作基本情况", "政府信息公开总体情况"),
    "t2": ("主动公开政府信息情况", "政府信息主动公开情况"),
    "t3": ("收到和处理政府信息公开申请情况", "收到和处理政府信息公开申请情况统计表"),
    "t4": (
        "政府信息公开行政复议、行政诉讼情况",
        "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
        "政府信息公开行政复议与行政诉讼情况",
    ),
    "problems": (
        "存在的主要问题及改进情况",
        "政府信息公开工作存在的主要问题及改进情况",
        "存在的主要问题及改进措施",
        "存在的问题及改进措施",
        "政府信息公开存在的问题及改进措施",
    ),
    "other": ("其他需要报告的事项", "需要说明的其他事项", "需要说明的其他事项与附表", "其他需要报告事项"),
}
_FOLDED = {key: tuple(fold(w) for w in words) for key, words in _WORDINGS.items()}
_NUMERALS = "一二三四五六七八"
# A heading's number: 「一、」「一.」「第一部分」「1、」, perhaps after Markdown's 「## 」 or bold 「**」.
_MARK = re.compile(
    rf"(?:#{{1,6}}[ \t]*|\*\*)?"
    rf"(?:第([{_NUMERALS}])部分[、：:.．\s]*|([{_NUMERALS}])[ \t]*[、.．][ \t]*|([1-8])[ \t]*[、．][ \t]*)"
)
_AFTER = re.compile(r"[ \t]*(?:统计表)?[ \t]*[：:]?[ \t]*(?:\*\*)?")  # what still belongs to the heading
THRESHOLD = 0.72  # below this a candidate is not taken for a heading


@dataclass(frozen=True)
class Candidate:
    item: int
    start: int
    end: int
    key: str
    score: float


def _scores_at(text: str, mark: re.Match[str]) -> list[tuple[str, float, int]]:
    """(part, score, end of the heading in ``text``) for the words after a number."""
    window, index = folded(text, mark.end(), mark.end() + 40)
    out = []
    for key, wordings in _FOLDED.items():
        best, covered = max(prefix_match(w, window[: len(w) + 6]) for w in wordings)
        if best <= 0 or not covered:
            continue
        end = index[covered - 1] + 1
        end = _AFTER.match(text, end).end()  # type: ignore[union-attr]  # the pattern matches the empty string
        ordinal = mark.group(1) or mark.group(2) or mark.group(3) or ""
        if ordinal in (_NUMERALS[PART_KEYS.index(key)], str(PART_KEYS.index(key) + 1)):
            best += 0.03  # its own number: a little more likely
        elif mark.group(3):
            continue  # 「1、主动公开政府信息情况」 under 一、总体情况 is an aspect: a part numbered 1. is part 一
        if re.match(r"[ \t]*[、；;，,]", text[end:]):
            best -= 0.3  # 「一、总体情况；二、…」 listed in a sentence, not a heading
        out.append((key, best, end))
    return out


def candidates(items: list[Item]) -> list[Candidate]:
    found: list[Candidate] = []
    for i, item in enumerate(items):
        if item.kind != "text":
            continue
        for mark in _MARK.finditer(item.text):
            for key, score, end in _scores_at(item.text, mark):
                if score >= THRESHOLD:
                    found.append(Candidate(i, mark.start(), end, key, score))
    return found


def heading_at_start(line: str) -> str | None:
    """The part a line's heading names when the line starts with one (for readers that track the part they are in:
    inside parts 二–四 a line of numbers is a table row)."""
    mark = _MARK.match(line.strip())
    if mark is None:
        return None
    scored = [(score, key) for key, score, _end in _scores_at(line.strip(), mark) if score >= THRESHOLD]
    return max(scored)[1] if scored else None


@dataclass
class Layout:
    """The report cut at its part headings: the items of the opening and of each part (text cut where a heading is
    glued into a line), and the headings themselves."""

    parts: dict[str, list[Item]] = field(default_factory=dict)
    headings: list[Placed] = field(default_factory=list)

    def found(self) -> list[str]:
        return [k for k in PART_KEYS if k in self.parts]


def find_parts(items: list[Item]) -> Layout:
    found = candidates(items)
    positions = sorted({(c.item, c.start) for c in found})
    best: dict[tuple[tuple[int, int], str], Candidate] = {}
    for c in found:
        key = ((c.item, c.start), c.key)
        if key not in best or c.score > best[key].score:
            best[key] = c

    def gain(i: int, j: int) -> float:
        c = best.get((positions[i], PART_KEYS[j]))
        return c.score - THRESHOLD + 0.01 if c is not None else 0.0

    chosen = [best[(positions[i], PART_KEYS[j])] for i, j in align(len(positions), len(PART_KEYS), gain)]
    return _cut(items, chosen)


def _cut(items: list[Item], chosen: list[Candidate]) -> Layout:
    layout = Layout({"opening": []})
    at: dict[int, list[Candidate]] = {}
    for c in chosen:
        at.setdefault(c.item, []).append(c)
    current = "opening"
    for i, item in enumerate(items):
        start = 0
        for c in sorted(at.get(i, []), key=lambda c: c.start):
            if c.start > start:
                layout.parts[current].append(item.piece(start, c.start))
            heading = item.piece(c.start, c.end)
            layout.headings.append(Placed(heading.place, heading.text, "structure", f"{PART_NAMES[c.key]}的标题"))
            current, start = c.key, c.end
            layout.parts[current] = []
        if start == 0:
            layout.parts[current].append(item)
        elif start < len(item.text):
            layout.parts[current].append(item.piece(start))
    return layout
