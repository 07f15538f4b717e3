"""Table 二 from its part: its rows found by their labels (「规范性文件」 without 行政, a missing 规章 row), three
counts run together (「行政规范性文件34089」) split by what must hold — 现行有效 = 上年现行有效 + 制发 − 废止 when last
year's report is given, the figures the text states — and left blank where that does not decide them. The 2019
format's table 二 counts other things (新制作/新公开/对外公开总数): only its 处理决定数量 carry over.
"""

from __future__ import annotations

from decimal import Decimal

from ..format import schema
from ..format.cells import canonical_decimal
from .digits import Cells, Rule, agreed, narrow, splits
from .document import Item
from .rows import RawRow
from .table_rows import (
    Context,
    ambiguity,
    core,
    match_rows,
    part_rows,
    record_labels,
    record_unmatched,
    record_values,
)

# (row key, label, printed cells); the 2019 format's rows, and which of their cells is the current format's.
ROWS_2021 = (
    ("regulations", "规章", 3),
    ("normative_documents", "行政规范性文件", 3),
    ("administrative_licensing", "行政许可", 1),
    ("administrative_penalty", "行政处罚", 1),
    ("administrative_enforcement", "行政强制", 1),
    (schema.T2_MONEY_KEY, "行政事业性收费", 1),
)
ROWS_2019 = (
    ("regulations", "规章", 3),
    ("normative_documents", "规范性文件", 3),
    ("administrative_licensing", "行政许可", 3),
    ("other_services", "其他对外管理服务事项", 3),
    ("administrative_penalty", "行政处罚", 3),
    ("administrative_enforcement", "行政强制", 3),
    ("administrative_fees", "行政事业性收费", 2),
    ("procurement", "政府集中采购", 2),
)
_CARRIED_2019 = {"administrative_licensing": 2, "administrative_penalty": 2, "administrative_enforcement": 2}
_NOT_CARRIED_2019 = "2019年格式表二的“本年新制作数量/本年新公开数量/对外公开总数量”与现行格式的栏目不对应，未导入"
_LABEL = {key: label for key, label, _ in ROWS_2021 + ROWS_2019}


def _paths(key: str) -> list[str]:
    if key in schema.T2_DOC_ROWS:
        return [schema.t2_path(f"{key}.{col}") for col, _ in schema.T2_DOC_COLUMNS]
    return [schema.t2_path(key)]


def read_t2(items: list[Item] | None, ctx: Context) -> None:
    rows = part_rows(items, "t2", ctx)
    for key in schema.T2_CELL_KEYS:
        ctx.report.t2[key] = None  # unknown until read
    if not rows:
        ctx.ledger.ask("没有找到表二（主动公开政府信息情况）的数字：表二留空，请对照原文填写")
        return
    layout = ROWS_2019 if ctx.old_format else ROWS_2021
    expected = [(key, core(label)) for key, label, _ in layout]
    matched, unmatched = match_rows(rows, expected, ordered=False)
    for row in unmatched:
        record_unmatched(ctx.ledger, row, "表二", expected, {key: f"“{label}”" for key, label, _ in layout})
    widths = {key: width for key, _, width in layout}
    choices = {key: splits(row.tokens(widths[key]), widths[key], glued=row.glued) for key, row in matched.items()}
    choices, used = narrow(choices, _rules(ctx, choices))
    for key, row in matched.items():
        record_labels(ctx.ledger, row, f"表二“{_LABEL[key]}”一行的标签")
        if ctx.old_format:
            _write_2019_row(key, row, choices[key], ctx)
        else:
            _write_row(key, row, choices[key], ctx, used)
    missing = [
        _LABEL[key] for key, _, _ in layout if key not in matched and (key in _CARRIED_2019 or not ctx.old_format)
    ]
    if missing:
        ctx.ledger.ask(f"表二没有找到这些行：{'、'.join(missing)}（已留空，请对照原文填写）")


def _write_row(key: str, row: RawRow, candidates: list[Cells], ctx: Context, used: list[str]) -> None:
    paths = _paths(key)
    cells = agreed(candidates, len(paths))
    for path, value in zip(paths, cells, strict=True):
        ctx.report.set(path, _money(value) if schema.is_money_cell(path) else value)
    unsure = len(candidates) != 1
    why = ambiguity(f"表二“{_LABEL[key]}”", row, candidates) if unsure else ""
    record_values(ctx.ledger, row, paths, cells, why)
    if why:
        ctx.ledger.ask(why)
    elif len([t for t in row.values if t.text]) < len(paths):
        how = "、".join(used) if used else "每格一位数"
        ctx.notes.append(f"表二“{_LABEL[key]}”一行的数字连在一起，已按{how}拆为 {'|'.join(str(v) for v in cells)}")


def _write_2019_row(key: str, row: RawRow, candidates: list[Cells], ctx: Context) -> None:
    column = _CARRIED_2019.get(key)
    if column is None:
        why = (
            _NOT_CARRIED_2019
            if key in schema.T2_DOC_ROWS
            else f"现行格式的表二没有2019年格式的“{_LABEL[key]}”一行，未导入"
        )
        record_values(ctx.ledger, row, [], (), why)
        return
    value = agreed(candidates, 3)[column]
    path = schema.t2_path(key)
    ctx.report.set(path, value)
    if value is None:
        why = ambiguity(f"表二“{_LABEL[key]}”", row, candidates) + "（现行格式只要其中的“处理决定数量”）"
        record_values(ctx.ledger, row, [], (), why)
        ctx.ledger.ask(why)
        return
    record_values(ctx.ledger, row, [path], (value,))


def _money(value: object) -> Decimal | None:
    if value is None:
        return None
    return canonical_decimal(Decimal(str(value)))


# ------------------------------------------------------------------------------ what must hold in table 二


def _doc(cells: Cells) -> tuple[int, int, int] | None:
    issued, repealed, in_force = cells
    if isinstance(issued, int) and isinstance(repealed, int) and isinstance(in_force, int):
        return issued, repealed, in_force
    return None


def _rules(ctx: Context, choices: dict[str, list[Cells]]) -> list[Rule]:
    if ctx.old_format:
        return []
    rules = []
    for key in schema.T2_DOC_ROWS:
        if key not in choices:
            continue
        last = ctx.previous.t2.get(f"{key}.in_force") if ctx.previous is not None else None
        if isinstance(last, int):
            rules.append(_follows(key, last))
    columns = [c for c, _ in schema.T2_DOC_COLUMNS]
    for cell, value in ctx.stated_t2:
        row, _, col = cell.partition(".")
        if row in choices and col in columns:
            rules.append(_stated(row, columns.index(col), value))
    return rules


def _follows(key: str, last: int) -> Rule:
    def holds(rows: dict[str, Cells]) -> bool:
        d = _doc(rows[key])
        return d is None or d[2] == last + d[0] - d[1]

    return Rule((key,), holds, "上年报告的现行有效件数")


def _stated(key: str, index: int, value: int) -> Rule:
    return Rule((key,), lambda rows: rows[key][index] in (None, value), "正文所写的件数")
