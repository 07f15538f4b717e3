"""Tables 二/三/四 read from blocks **by label**; printed totals kept as printed, never corrected."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import combinations, product

from ..format import schema
from ..format.cells import NumberError, parse_count, parse_money
from ..format.labels import NUMBERING, normalise
from ..format.report import Report
from .base import Block
from .labels import _T2_LABELS, GROUP_LABELS, _core, _match_t3


def _number_token(text: str) -> bool:
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    return bool(re.fullmatch(r"\d+(\.\d+)?|[-—–/]", s))


def _count(token: str) -> int | None:
    try:
        return parse_count(token, empty=None, placeholders=True)
    except NumberError:
        return None


def _split_digits(tokens: list[str], width: int) -> list[list[int]]:
    """Splits of run-together digit strings into ``width`` counts whose first ``width-1`` add up to the last."""
    digits = "".join(unicodedata.normalize("NFKC", t).strip() for t in tokens)
    if not digits.isdigit() or len(digits) < width or len(digits) > 24:
        return []
    solutions = []
    for cuts in combinations(range(1, len(digits)), width - 1):
        parts = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, len(digits)), strict=True)]
        if any(len(p) > 1 and p[0] == "0" for p in parts):
            continue
        values = [int(p) for p in parts]
        if sum(values[:-1]) == values[-1]:
            solutions.append(values)
    return solutions


def _split_groups(digits: str, groups: int, width: int) -> list[list[int]]:
    """Table 四's row run together: ``groups`` groups of ``width`` counts, each group adding up to its last."""
    if groups == 0:
        return [] if digits else [[]]
    out = []
    for end in range(width, len(digits) - (groups - 1) * width + 1):
        for first in _split_digits([digits[:end]], width):
            out += [first + rest for rest in _split_groups(digits[end:], groups - 1, width)]
    return out


def _resolve_by_columns(ambiguous: dict[str, list[list[int]]], report: Report, seen: set[str]) -> dict[str, list[int]]:
    """Rows whose run-together digits split more than one way: the one choice for every such row with which each
    column of results adds up to the printed （七）总计 row. No such single choice: nothing is chosen."""
    results = schema.T3_RESULT_ROWS
    if schema.T3_TOTAL_ROW not in seen or any(k not in seen and k not in ambiguous for k in results):
        return {}
    keys = list(ambiguous)
    fits: list[tuple[list[int], ...]] = []
    total = report.t3[schema.T3_TOTAL_ROW]
    for choice in product(*(ambiguous[k] for k in keys)):
        rows: dict[str, list[int | None]] = {k: list(report.t3[k]) for k in results if k in seen}
        rows.update({k: list(v) for k, v in zip(keys, choice, strict=True)})
        if all(sum(rows[k][c] or 0 for k in results) == total[c] for c in range(schema.T3_NCOLS)):
            fits.append(choice)
    return dict(zip(keys, fits[0], strict=True)) if len(fits) == 1 else {}


_T4_HEADER = re.compile(r"行政复议|结果维持|未经复议|复议后起诉")


@dataclass
class _Row:
    labels: list[str]
    values: list[str]
    table: int
    gap: int = 0  # empty cells between the last label and the first number (spanned labels or blank values)
    raw: list[str] = field(default_factory=list)  # the cells from the first number on, trailing blanks kept
    loose: list[str] = field(default_factory=list)  # labels on lines of their own that could belong to this row


def _first_number(cells: list[str]) -> int | None:
    return next((i for i, c in enumerate(cells) if c and _number_token(c)), None)


def _grid_value_start(rows: list[list[str]]) -> int | None:
    """A laid-out table (web page, Word: every row as wide as the grid) keeps its value columns in place, so a
    blank cell — leading, inside or trailing — stays in its column. The value columns start where most rows'
    numbers start."""
    if len(rows) < 2 or len({len(r) for r in rows}) != 1:
        return None
    starts = [i for r in rows if (i := _first_number(r)) is not None]
    return max(set(starts), key=starts.count) if starts else None


def _rows(blocks: list[Block]) -> list[_Row]:
    out = []
    pending_labels: list[_Row] = []
    for t, block in enumerate(b for b in blocks if b.kind == "table"):
        start = _grid_value_start(block.rows)
        for cells in block.rows:
            first_number = _first_number(cells)
            if start is not None:
                labels = [c for c in cells[:start] if c]
                values = cells[start:]
                if any(v.strip() and not _number_token(v) for v in values) or (not labels and first_number is None):
                    if labels or any(values):
                        pending_labels.append(_Row(labels + [v for v in values if v], [], t))
                    continue
                out.append(_Row(labels, values, t, 0))
                continue
            if first_number is None:
                labels = [c for c in cells if c]
                if labels:
                    pending_labels.append(_Row(labels, [], t))
                continue
            labels = [c for c in cells[:first_number] if c]
            last_label = max((i for i, c in enumerate(cells[:first_number]) if c), default=-1)
            gap = first_number - last_label - 1
            values = cells[first_number:]
            raw = list(values)
            while values and not values[-1]:
                values.pop()
            loose: list[str] = []
            if labels and pending_labels and pending_labels[-1].table == t and _match_t3(labels) is None:
                # 「（二）部分公开（区分处理的，只计这一情」 / 「形，不计其他情形） 447 7 …」: a label wrapped over
                # lines, its numbers beside its last piece (a PDF cell); joined from the numbered piece it starts at.
                waiting = [lbl for r in pending_labels if r.table == t for lbl in r.labels]
                numbered = [i for i, lbl in enumerate(waiting) if NUMBERING.match(normalise(lbl))]
                # The group's label may sit between the pieces (「（六）其」「2、申请人…要」「他处理」): try without it.
                tries = [[*waiting[i:], *labels] for i in numbered[-1:]]
                tries += [[waiting[i], *labels] for i in numbered[-1:]]
                joined = next((j for j in tries if _match_t3(j) is not None), None)
                if joined is not None:
                    labels = ["".join(joined)]
            if not labels and pending_labels and len(values) <= 7 and pending_labels[-1].table == t:
                # Numbers on a line of their own (a PDF copy, a wrapped cell): the label lines before them.
                waiting = [lbl for r in pending_labels if r.table == t for lbl in r.labels]
                starts = [lbl for lbl in waiting if NUMBERING.match(normalise(lbl)) and _core(lbl) not in GROUP_LABELS]
                if len(starts) <= 1:
                    labels = waiting[waiting.index(starts[0]) :] if starts else waiting[-1:]
                else:
                    loose = waiting
            out.append(_Row(labels, values, t, gap, raw, loose))
            pending_labels.clear()
    return out


def read_tables(
    blocks: list[Block], report: Report, unplaced: list[str], notes: list[str], old_format: bool = False
) -> int:
    """Fill tables 二/三/四 from the blocks; return how many rows were placed. ``old_format``: a report in the
    2019 format, whose （六）其他处理 is one row."""
    placed = 0
    seen_t3: set[str] = set()
    blank_rows: list[str] = []
    t4_done = False
    ambiguous: dict[str, list[list[int]]] = {}
    for row in _rows(blocks):
        values = row.values
        label_text = " ".join(row.labels)
        if row.loose:  # two or more labels wait for these numbers: which one they belong to is not known
            unplaced.append(
                f"一行数字（{' '.join(v for v in values if v)}）与它的标签分开了，可能属于："
                f"{'、'.join(row.loose)}，无法确定，请手工填写"
            )
            continue
        key = _match_t3(row.labels, prefix=True) if row.labels else None
        if key is not None and key not in seen_t3:
            if len(values) < schema.T3_NCOLS <= len(row.raw):
                values = row.raw[: schema.T3_NCOLS]  # blank trailing cells (a blank 总计) kept in their columns
            elif len(values) < schema.T3_NCOLS <= len(values) + row.gap:
                values = [""] * (schema.T3_NCOLS - len(values)) + values  # blank leading values
            name = schema.T3_ROW_BY_KEY[key].short
            counts = [_count(v) for v in values]
            if len(values) != schema.T3_NCOLS or (None in counts and any(v and _count(v) is None for v in values)):
                splits = _split_digits([v for v in values if v], schema.T3_NCOLS)
                if len(splits) == 1:
                    counts = list(splits[0])
                    notes.append(f"表三“{name}”一行的数字连在一起，已按能与总计对上的方式拆分为 {counts}")
                elif len(splits) > 1:
                    ambiguous[key] = splits
                    seen_t3.add(key)
                    continue
                else:
                    unplaced.append(f"表三“{name}”一行应有 7 个数字，读到 {len(values)} 个：{' '.join(values)}")
                    continue
            blanks = [i for i, v in enumerate(values) if not v.strip() or _count(v) is None]
            if blanks:
                blank_rows.append(f"{schema.T3_ROW_BY_KEY[key].short} {len(blanks)} 个")
            report.t3[key] = [c if c is not None else 0 for c in counts]
            seen_t3.add(key)
            placed += 1
            continue
        if row.labels and _core(row.labels[-1]) == "其他处理" and not seen_t3.intersection(_OTHER_ROWS):
            placed += _other_as_one_row(values, report, seen_t3, unplaced, notes, old_format)
            continue
        t2_key = next((k for name, k in _T2_LABELS.items() if row.labels and _core(row.labels[-1]) == name), None)
        if t2_key is not None:
            placed += _read_t2_row(t2_key, values, report, unplaced, old_format)
            continue
        numbers = [v for v in values if v]
        t4_row = not row.labels or bool(_T4_HEADER.search(label_text))
        if t4_row and not t4_done and len(values) != 3 * schema.T4_NCOLS and "".join(numbers).isdigit():
            splits = _split_groups("".join(numbers), len(schema.T4_GROUP_KEYS), schema.T4_NCOLS)
            if len(splits) == 1:  # 「…总计110024001510102」: a page that lost the cells' separators
                values = [str(v) for v in splits[0]]
                notes.append(f"表四的数字连在一起，已按每组能与总计对上的方式拆分为 {splits[0]}")
        if t4_row and len(values) == 3 * schema.T4_NCOLS and not t4_done:
            counts = [_count(v) or 0 for v in values]
            for g, group in enumerate(schema.T4_GROUP_KEYS):
                report.t4[group] = counts[g * 5 : g * 5 + 5]
            t4_done = True
            placed += 1
            continue
        if numbers:
            unplaced.append(f"未能识别的表格行：{label_text or '（无标签）'} {' '.join(numbers)}")
    chosen = _resolve_by_columns(ambiguous, report, seen_t3)
    for key, splits in ambiguous.items():
        name = schema.T3_ROW_BY_KEY[key].short
        if key in chosen:
            report.t3[key] = list(chosen[key])
            notes.append(f"表三“{name}”一行的数字连在一起，已按能与总计及各列合计对上的唯一拆法拆分为 {chosen[key]}")
        else:  # unknown, not 0: the officer types the row in
            report.t3[key] = [None] * schema.T3_NCOLS
            digits = "".join(str(v) for v in splits[0])
            unplaced.append(
                f"表三“{name}”一行的数字连在一起（{digits}），有 {len(splits)} 种拆法都能与总计对上，请手工填写"
            )
    placed += len(ambiguous)
    if blank_rows:
        notes.append(f"表三的空白单元格按 0 读入：{'、'.join(blank_rows)}")
    missing = [schema.T3_ROW_BY_KEY[k].short for k in schema.T3_ROW_KEYS if k not in seen_t3]
    if seen_t3 and missing:
        unplaced.append(f"表三没有找到这些行：{'、'.join(missing)}（按 0 填入）")
    if not t4_done and placed:
        unplaced.append("没有找到表四（行政复议、行政诉讼）的数字（按 0 填入）")
    return placed


def _read_t2_row(key: str, values: list[str], report: Report, unplaced: list[str], old_format: bool = False) -> int:
    values = [v for v in values if v]
    if old_format and key in schema.T2_COUNT_ROWS and len(values) == 1:
        # The 2019 format has three columns here (上一年项目数量、本年增/减、处理决定数量): one number is the three
        # run together (「行政强制1262629」), not the count of decisions. Unknown, not guessed.
        report.t2[key] = None
        name = next(r.label for b in schema.T2_BLOCKS for r in b.rows if r.key == key)
        unplaced.append(f"表二“{name}”一行的数字连在一起（{values[0]}），无法拆分，请手工填写")
        return 0
    if key in schema.T2_DOC_ROWS:
        if len(values) == 1 and values[0].isdigit() and len(values[0]) == 3:
            values = list(values[0])  # 「规章000」: three one-digit cells run together
        elif len(values) == 1 and values[0].isdigit() and len(values[0]) > 3:
            for col, _label in schema.T2_DOC_COLUMNS:  # unknown, not 0: three counts run together cannot be split
                report.t2[f"{key}.{col}"] = None
            name = next(r.label for b in schema.T2_BLOCKS for r in b.rows if r.key == key)
            unplaced.append(f"表二“{name}”一行的三个数字连在一起（{values[0]}），无法拆分，请手工填写")
            return 0
        if len(values) < 3:
            unplaced.append(f"表二“{key}”应有 3 个数字，读到 {len(values)} 个")
            return 0
        for (col, _label), v in zip(schema.T2_DOC_COLUMNS, values[:3], strict=True):
            report.t2[f"{key}.{col}"] = _count(v) or 0
        return 1
    if not values:
        return 0
    if key == schema.T2_MONEY_KEY:
        try:
            report.t2[key] = parse_money(values[0], places=6) or Decimal(0)
        except NumberError:
            unplaced.append(f"表二行政事业性收费的金额“{values[0]}”无法识别")
            return 0
        return 1
    report.t2[key] = _count(values[-1]) or 0
    return 1


_OTHER_ROWS = ("other_no_correction", "other_unpaid_fee", "other_other")


def _other_as_one_row(
    values: list[str], report: Report, seen: set[str], unplaced: list[str], notes: list[str], old_format: bool
) -> int:
    """Some reports print 「（六）其他处理」 as one row instead of its three. All zeros: the three rows are zero.
    In the 2019 format it is one row: its figures go to 「3.其他」, so the columns still add up as printed.
    Otherwise the split is unknown: the three rows are left blank (unknown, not 0) and the user is asked."""
    counts = [_count(v) or 0 if v.strip() else 0 for v in values]
    if len(values) <= schema.T3_NCOLS and all(c == 0 for c in counts):
        for key in _OTHER_ROWS:
            report.t3[key] = [0] * schema.T3_NCOLS
            seen.add(key)
        notes.append("表三“（六）其他处理”印成了一行（全为 0），其下三行按 0 填入")
        return 1
    seen.update(_OTHER_ROWS)
    if old_format and len(counts) == schema.T3_NCOLS:
        report.t3["other_no_correction"] = [0] * schema.T3_NCOLS
        report.t3["other_unpaid_fee"] = [0] * schema.T3_NCOLS
        row: list[int | None] = list(counts)
        report.t3["other_other"] = row
        notes.append(f"2019年格式的“（六）其他处理”只有一行（{' '.join(values)}），已填入“3.其他”")
        return 1
    for key in _OTHER_ROWS:
        report.t3[key] = [None] * schema.T3_NCOLS
    unplaced.append(f"表三“（六）其他处理”印成了一行（{' '.join(values)}），无法知道分属其下哪一行，请手工填写这三行")
    return 0
