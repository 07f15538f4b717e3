"""Tables 三 and 四 from their parts: rows found by aligning the printed labels with the format's 25 rows (the
2019 format's 23), figures split and narrowed (:mod:`.digits`), printed totals kept as printed. What cannot be read
stays blank — never 0 — and is listed; a row the report does not print is blank too.
"""

from __future__ import annotations

from ..format import schema
from .digits import Cells, Rule, agreed, narrow, splits
from .document import Item
from .rows import RawRow
from .table_rows import (
    COMBINED,
    Context,
    ambiguity,
    core,
    match_rows,
    part_rows,
    record_labels,
    record_unmatched,
    record_values,
)

_OTHER_ROWS = ("other_no_correction", "other_unpaid_fee", "other_other")
_W3 = schema.T3_NCOLS
_TOTAL = schema.T3_TOTAL_COL


def expected_t3(old_format: bool) -> list[tuple[str, str]]:
    rows = [(r.key, core(r.label)) for r in schema.T3_ROWS]
    at = schema.T3_ROW_KEYS.index("other_no_correction")
    combined = (COMBINED, core("其他处理"))
    return rows[:at] + [combined] + (rows[at + 3 :] if old_format else rows[at:])


def _name(key: str) -> str:
    return f"表三“{schema.T3_ROW_BY_KEY[key].short}”"


def read_t3(items: list[Item] | None, ctx: Context) -> None:
    rows = part_rows(items, "t3", ctx)
    report = ctx.report
    for key in schema.T3_ROW_KEYS:
        report.t3[key] = [None] * _W3  # unknown until read
    if not rows:
        ctx.ledger.ask("没有找到表三（收到和处理政府信息公开申请情况）的数字：表三留空，请对照原文填写")
        return
    expected = expected_t3(ctx.old_format)
    matched, unmatched = match_rows(rows, expected)
    names = {r.key: f"“{r.short}”" for r in schema.T3_ROWS}
    for row in unmatched:
        record_unmatched(ctx.ledger, row, "表三", expected, names)
    combined = matched.pop(COMBINED, None)
    choices = {key: splits(row.tokens(_W3), _W3, group=_W3, glued=row.glued) for key, row in matched.items()}
    if combined is not None and "other_other" not in matched:
        if _combined_row(combined, choices, ctx):
            matched["other_other"] = combined
        else:
            record_labels(ctx.ledger, combined, "表三“（六）其他处理”一行的标签")
            record_values(
                ctx.ledger, combined, [], (), "表三“（六）其他处理”印成了一行，无法知道分属其下哪一行，未导入"
            )
    choices, used = narrow(choices, t3_rules(ctx, choices))
    split_rows = 0
    for key, row in matched.items():
        split_rows += len([t for t in row.values if t.text]) < _W3
        _write_t3_row(key, row, choices.get(key, []), ctx)
    _note_splits(split_rows, used, ctx)
    _missing_rows(matched, combined is not None, ctx)


def _combined_row(row: RawRow, choices: dict[str, list[Cells]], ctx: Context) -> bool:
    """「（六）其他处理」 as one row; True when its figures are 「3.其他」's. All zeros: so is each of its three rows.
    The 2019 format has only this row: its figures are 「3.其他」's (the two rows it lacks stay blank). Otherwise
    the three rows are unknown."""
    candidates = splits(row.tokens(_W3), _W3, group=_W3, glued=row.glued)
    if candidates and all(v == 0 for v in agreed(candidates, _W3)):  # a group of 0: each of its rows is 0
        choices["other_other"] = [(0,) * _W3]
        for key in _OTHER_ROWS[:2]:
            ctx.report.t3[key] = [0] * _W3
        ctx.notes.append("表三“（六）其他处理”印成了一行（全为 0），其下三行按 0 填入")
        return True
    if ctx.old_format:
        choices["other_other"] = candidates
        ctx.notes.append(
            "2019年格式的“（六）其他处理”只有一行，已填入“3.其他”；现行格式的另两行（逾期不补正、逾期未缴费）留空"
        )
        return True
    ctx.ledger.ask("表三“（六）其他处理”印成了一行，无法知道分属其下哪一行：这三行已留空，请对照原文填写")
    return False


def _write_t3_row(key: str, row: RawRow, candidates: list[Cells], ctx: Context) -> None:
    cells = agreed(candidates, _W3)
    ctx.report.t3[key] = list(cells)  # type: ignore[arg-type]  # counts: splits of digits are ints
    record_labels(ctx.ledger, row, f"{_name(key)}一行的标签")
    paths = [schema.t3_path(key, c) for c in range(_W3)]
    unsure = len(candidates) != 1 and any(len({c[i] for c in candidates}) > 1 for i in range(_W3))
    why = ambiguity(_name(key), row, candidates) if unsure or not candidates else ""
    record_values(ctx.ledger, row, paths, cells, why)
    if why:
        ctx.ledger.ask(why)


def _note_splits(split_rows: int, used: list[str], ctx: Context) -> None:
    if split_rows:
        how = "、".join(["每行的合计", *used])
        ctx.notes.append(f"表三有 {split_rows} 行的数字连在一起，已按{how}拆开；拆法不唯一的格留空")


def _missing_rows(matched: dict[str, RawRow], combined: bool, ctx: Context) -> None:
    done = set(matched)
    if combined or ctx.old_format:
        done.update(_OTHER_ROWS)  # said when the combined row was read
    missing = [schema.T3_ROW_BY_KEY[k].short for k in schema.T3_ROW_KEYS if k not in done]
    if missing:
        ctx.ledger.ask(f"表三没有找到这些行：{'、'.join(missing)}（已留空，请对照原文填写）")


# ------------------------------------------------------------------------------ what must hold in table 三


def _get(rows: dict[str, Cells], key: str, col: int) -> int | None:
    value = rows[key][col]
    return value if isinstance(value, int) else None


def _column_sums() -> Rule:
    """Each column's results add up to its （七）总计 — all columns at once: a table that does not add up in one
    column (a printed error) cannot be trusted to decide another."""
    keys = (*schema.T3_RESULT_ROWS, schema.T3_TOTAL_ROW)

    def holds(rows: dict[str, Cells]) -> bool:
        for col in range(_W3):
            values = [_get(rows, k, col) for k in keys]
            if None not in values and sum(v for v in values[:-1] if v is not None) != values[-1]:
                return False
        return True

    return Rule(keys, holds, "各列合计")


def _balance() -> Rule:
    """新收 + 上年结转 = 办理结果总计 + 结转下年度, in every column."""
    keys = ("new_received", "carried_over", schema.T3_TOTAL_ROW, "carried_to_next_year")

    def holds(rows: dict[str, Cells]) -> bool:
        for col in range(_W3):
            new, carried, handled, nxt = (_get(rows, k, col) for k in keys)
            if None not in (new, carried, handled, nxt) and new + carried != handled + nxt:  # type: ignore[operator]
                return False
        return True

    return Rule(keys, holds, "新收加结转等于办结加结转下年")


def _stated_rule(kind: str, value: int) -> Rule | None:
    if kind == "received":
        keys: tuple[str, ...] = ("new_received", "carried_over")

        def received(rows: dict[str, Cells]) -> bool:
            new, carried = _get(rows, "new_received", _TOTAL), _get(rows, "carried_over", _TOTAL)
            return new is None or new == value or (carried is not None and new + carried == value)

        return Rule(keys, received, "正文所写的件数")
    if kind in ("carried_over", "carried_to_next_year"):
        return Rule((kind,), lambda rows: _get(rows, kind, _TOTAL) in (None, value), "正文所写的件数")
    return None


def t3_rules(ctx: Context, choices: dict[str, list[Cells]]) -> list[Rule]:
    rules = [_column_sums(), _balance()]
    rules += [r for s in ctx.stated if (r := _stated_rule(s.kind, s.value)) is not None]
    previous = ctx.previous
    if previous is not None:
        last = previous.t3["carried_to_next_year"]
        if all(isinstance(v, int) for v in last):
            rules.append(
                Rule(("carried_over",), lambda rows: list(rows["carried_over"]) == list(last), "上年报告的结转下年度")
            )
    return [r for r in rules if all(k in choices for k in r.rows)]


# ------------------------------------------------------------------------------ table 四

_W4 = schema.T4_NCOLS * len(schema.T4_GROUP_KEYS)


def read_t4(items: list[Item] | None, ctx: Context) -> None:
    rows = part_rows(items, "t4", ctx)
    report = ctx.report
    for key in schema.T4_GROUP_KEYS:
        report.t4[key] = [None] * schema.T4_NCOLS
    if not rows:
        ctx.ledger.ask("没有找到表四（行政复议、行政诉讼）的数字：表四留空，请对照原文填写")
        return
    tokens = [t.text for row in rows for t in row.values]
    glued = all(row.glued for row in rows)
    narrowed, used = narrow({"t4": splits(tokens, _W4, group=schema.T4_NCOLS, glued=glued)}, _t4_rules(ctx))
    candidates = narrowed["t4"]
    cells = agreed(candidates, _W4)
    for g, key in enumerate(schema.T4_GROUP_KEYS):
        report.t4[key] = list(cells[g * schema.T4_NCOLS : (g + 1) * schema.T4_NCOLS])  # type: ignore[arg-type]
    paths = [schema.t4_path(k, c) for k in schema.T4_GROUP_KEYS for c in range(schema.T4_NCOLS)]
    whole = RawRow([], [t for row in rows for t in row.values])
    why = ambiguity("表四", whole, candidates) if len(candidates) != 1 else ""
    for row in rows:
        record_labels(ctx.ledger, row, "表四的表头")
    record_values(ctx.ledger, whole, paths, cells, why)
    if why:
        ctx.ledger.ask(why)
    elif len([t for t in tokens if t]) < _W4:
        ctx.notes.append(f"表四的数字连在一起，已按每组{'、'.join(['的总计', *used])}拆开")


def _t4_rules(ctx: Context) -> list[Rule]:
    """The figures the text states: 「行政复议2件」 is the 复议 总计, 「行政诉讼1件」 the two 诉讼 总计 together."""
    return [_stated_t4(s.kind, s.value) for s in ctx.stated if s.kind in ("review", "litigation")]


def _stated_t4(kind: str, value: int) -> Rule:
    def holds(rows: dict[str, Cells]) -> bool:
        cells = rows["t4"]
        if kind == "review":
            return cells[4] in (None, value)
        direct, after = cells[9], cells[14]
        return not (isinstance(direct, int) and isinstance(after, int)) or direct + after == value

    return Rule(("t4",), holds, "正文所写的件数")
