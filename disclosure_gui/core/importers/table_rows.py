"""What tables 二, 三 and 四 share: the import's context, rows matched to the format's rows by their labels, and the
account of every label and figure (read into its cells, or listed with why not)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ..checks.textnumbers import StatedNumber
from ..format.labels import normalise
from ..format.report import Report
from .align import align, fold, suffix_match
from .digits import Cells, shown
from .document import Item
from .ledger import Ledger
from .rows import RawRow, raw_rows

_LAST_NUMBER = re.compile(r"(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、])")
ROW_THRESHOLD = 0.62  # a printed label less like the format's than this is not that row
COMBINED = "other_combined"  # 「（六）其他处理」 printed as one row (the 2019 format has only that one): a group


@dataclass
class Context:
    """What the table readers write to and may use: the report, the account, what the text states, last year."""

    report: Report
    ledger: Ledger
    notes: list[str]
    previous: Report | None = None
    stated: list[StatedNumber] = field(default_factory=list)
    stated_t2: list[tuple[str, int]] = field(default_factory=list)
    old_format: bool = False


def core(label: str) -> str:
    """A format label as compared: without its numbers, folded."""
    return fold(normalise(label, strip_numbering=True))


def similarity(printed: str, expected: str) -> float:
    """How well a printed label (folded, perhaps after its groups' labels or a header) names the expected row:
    its end, or the part after its last number (a label wrapped around its figures keeps its number)."""
    score = suffix_match(expected, printed)
    numbers = list(_LAST_NUMBER.finditer(printed))
    if numbers:
        segment = printed[numbers[-1].end() :]
        if segment:
            score = max(score, SequenceMatcher(None, expected, segment, autojunk=False).ratio())
    return score


def match_rows(
    rows: list[RawRow], expected: list[tuple[str, str]], *, ordered: bool = True
) -> tuple[dict[str, RawRow], list[RawRow]]:
    """Printed rows (with figures) matched to the expected rows (key, folded label): in order (table 三, whose
    labels resemble each other), or each to its best (table 二, whose few labels do not, printed in any order)."""
    labels = [fold(r.label) for r in rows]

    def gain(i: int, j: int) -> float:
        if loose(rows[i], expected):
            return 0.0
        return similarity(labels[i], expected[j][1]) - ROW_THRESHOLD

    if ordered:
        pairs = align(len(rows), len(expected), gain)
    else:
        scored = sorted(((gain(i, j), i, j) for i in range(len(rows)) for j in range(len(expected))), reverse=True)
        pairs, used_i, used_j = [], set(), set()
        for score, i, j in scored:
            if score > 0 and i not in used_i and j not in used_j:
                pairs.append((i, j))
                used_i.add(i)
                used_j.add(j)
    matched = {expected[j][0]: rows[i] for i, j in pairs}
    taken = {i for i, _ in pairs}
    return matched, [r for i, r in enumerate(rows) if i not in taken]


def loose(row: RawRow, expected: list[tuple[str, str]]) -> bool:
    """Figures on a line of their own after labels naming two rows or more (a conversion that separated labels
    from their figures): which row they belong to is not known."""
    if row.own != 0:
        return False
    return len(named_rows(row.label, expected)) >= 2


def named_rows(label: str, expected: list[tuple[str, str]]) -> set[str]:
    """The rows whose whole label a printed label text holds (between its numbers)."""
    folded = fold(label)
    cuts = [m.start() for m in _LAST_NUMBER.finditer(folded)]
    segments = [folded[a:b] for a, b in zip([0, *cuts], [*cuts, len(folded)], strict=True)]
    segments = [_LAST_NUMBER.sub("", s, count=1) for s in segments]
    found = set()
    for segment in segments:
        for key, core_label in expected:
            if (
                key != COMBINED
                and len(core_label) >= 4
                and SequenceMatcher(None, core_label, segment, autojunk=False).ratio() >= 0.8
            ):
                found.add(key)
    return found


def record_unmatched(
    ledger: Ledger, row: RawRow, table: str, expected: list[tuple[str, str]], names: dict[str, str]
) -> None:
    """A printed row that is none of the format's: its labels and figures listed, with the rows it may be."""
    record_labels(ledger, row, f"{table}中认不出的一行的标签")
    candidates = [names[k] for k, _ in expected if k in named_rows(row.label, expected) and k in names]
    if loose(row, expected) and candidates:
        why = (
            f"{table}中的一行数字与它的标签分开了，可能属于：{'、'.join(candidates)}，无法确定，未导入，请对照原文填写"
        )
    else:
        why = f"{table}中认不出是哪一行的数字，未导入，请对照原文填写"
    record_values(ledger, row, [], (), why)


def record_labels(ledger: Ledger, row: RawRow, what: str) -> None:
    for token in row.labels:
        ledger.structure(token.place, token.text, what)


def record_values(ledger: Ledger, row: RawRow, paths: list[str], cells: Cells, why_not: str = "") -> None:
    """The row's printed figures: read into ``paths`` (as ``cells``), or — when a cell they make could not be
    decided (``why_not``) — listed with the reason."""
    printed = [t for t in row.values if t.text]
    if not printed:
        return
    place = printed[0].place
    text = " ".join(t.text for t in printed)
    if why_not:
        ledger.left_out(place, text, why_not)
        return
    read = tuple(p for p, v in zip(paths, cells, strict=False) if v is not None)
    ledger.structure(place, text, "表格中的数字", read)


def ambiguity(name: str, row: RawRow, candidates: list[Cells]) -> str:
    """Why a row's cells stay blank: its figures and the splits that remain."""
    printed = " ".join(t.text for t in row.values if t.text)
    if not candidates:
        return f"{name}一行的数字（{printed}）拆不成应有的格数，已留空，请对照原文填写"
    ways = "、".join(shown(c) for c in candidates[:3]) + (" 等" if len(candidates) > 3 else "")
    ways = f"有 {len(candidates)} 种拆法（{ways}）"
    return f"{name}一行的数字连在一起（{printed}），{ways}，无法确定，已留空，请对照原文填写"


def part_rows(items: list[Item] | None, table: str, ctx: Context) -> list[RawRow]:
    """The part's rows with figures; its prose and its headers go to the account."""
    if items is None:
        return []
    rows, prose = raw_rows(items, table)
    name = {"t2": "二", "t3": "三", "t4": "四"}[table]
    for piece in prose:
        ctx.ledger.left_out(piece.place, piece.text, f"第{name}部分表格前后的文字，报告格式中没有对应的栏目，未导入")
    for row in rows:
        if not row.values:
            record_labels(ctx.ledger, row, f"表{name}的表头")
    return [r for r in rows if r.values]
