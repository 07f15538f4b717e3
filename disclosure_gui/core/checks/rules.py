"""Rules R1–R5 and R7–R11 (``report-format.md`` §6): pure functions from a report to findings.

Each rule returns :class:`Finding` objects that name the rule, its severity, the cells involved
(exchange-file paths, which the window maps to table cells) and a short Chinese message.
R6 is deliberately unused; an ID is never reused.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..format import schema
from ..format.report import CellValue, Report, t3_results_total
from .finding import Finding
from .textnumbers import StatedNumber, stated_numbers


def _col(c: int) -> str:
    return f"{schema.T3_COLUMNS[c]}列"


def _t3(report: Report, key: str, col: int) -> int | None:
    return report.t3[key][col]


# ----------------------------------------------------------------------------- R1–R5


def rule_r1(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for c in range(schema.T3_NCOLS):
        new, carried = _t3(report, "new_received", c), _t3(report, "carried_over", c)
        handled, nxt = _t3(report, "total_handled", c), _t3(report, "carried_to_next_year", c)
        if new is None or carried is None or handled is None or nxt is None:
            continue
        if new + carried != handled + nxt:
            cells = tuple(
                schema.t3_path(k, c) for k in ("new_received", "carried_over", "total_handled", "carried_to_next_year")
            )
            out.append(
                Finding(
                    "R1",
                    "error",
                    cells,
                    f"{_col(c)}：本年新收 {new} + 上年结转 {carried} = {new + carried}，"
                    f"不等于办理结果总计 {handled} + 结转下年度 {nxt} = {handled + nxt}",
                )
            )
    return out


def rule_r2(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for c in range(schema.T3_NCOLS):
        total = _t3(report, schema.T3_TOTAL_ROW, c)
        expected = t3_results_total(report, c)
        if total is None or expected is None or total == expected:
            continue
        out.append(
            Finding(
                "R2",
                "error",
                (schema.t3_path(schema.T3_TOTAL_ROW, c),),
                f"{_col(c)}：（七）总计 {total} 不等于（一）至（六）各项办理结果之和 {expected}",
            )
        )
    return out


def rule_r3(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for row in schema.T3_ROWS:
        values = report.t3[row.key]
        parts = values[: schema.T3_TOTAL_COL]
        total = values[schema.T3_TOTAL_COL]
        if total is None or any(v is None for v in parts):
            continue
        expected = sum(v for v in parts if v is not None)
        if total != expected:
            out.append(
                Finding(
                    "R3",
                    "error",
                    (schema.t3_path(row.key, schema.T3_TOTAL_COL),),
                    f"第{row.no}行（{row.short}）：总计 {total} 不等于六类申请人之和 {expected}",
                )
            )
    return out


def rule_r4(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for group in schema.T4_GROUPS:
        values = report.t4[group.key]
        parts = values[: schema.T4_TOTAL_COL]
        total = values[schema.T4_TOTAL_COL]
        if total is None or any(v is None for v in parts):
            continue
        expected = sum(v for v in parts if v is not None)
        if total != expected:
            name = f"{group.parent}·{group.label}" if group.parent else group.label
            out.append(
                Finding(
                    "R4",
                    "error",
                    (schema.t4_path(group.key, schema.T4_TOTAL_COL),),
                    f"表四 {name}：总计 {total} 不等于结果维持、结果纠正、其他结果、尚未审结之和 {expected}",
                )
            )
    return out


def _cell_values(report: Report) -> Iterator[tuple[str, CellValue]]:
    """Every numeric cell as (path, value); paths are built lazily by the caller's needs."""
    for key in schema.FEE_FIELDS:
        yield f"fees.{key}", getattr(report.fees, key)
    for key in schema.T2_CELL_KEYS:
        yield schema.t2_path(key), report.t2[key]
    for table, rows in (("t3", report.t3), ("t4", report.t4)):
        for key, row in rows.items():
            for c, value in enumerate(row):
                yield f"tables.{table}.{key}[{c}]", value


def _valid_cell(path: str, value: CellValue) -> bool:
    if schema.is_money_cell(path):
        return isinstance(value, Decimal) and value.is_finite() and value >= 0
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def rule_r5(report: Report) -> list[Finding]:
    # Fast path first: this runs on every keystroke, and almost every report is clean.
    if all(type(v) is int and v >= 0 for rows in (report.t3, report.t4) for row in rows.values() for v in row):
        cells = [(f"fees.{k}", getattr(report.fees, k)) for k in schema.FEE_FIELDS]
        cells += [(schema.t2_path(k), report.t2[k]) for k in schema.T2_CELL_KEYS]
    else:
        cells = list(_cell_values(report))
    out: list[Finding] = []
    for path, value in cells:
        if _valid_cell(path, value) or (value is None and path.startswith("fees.")):
            continue  # a fee figure the report does not state is unknown, not a blank cell (exchange v1.1)
        label = schema.cell_label(path)
        if value is None:
            out.append(Finding("R5", "error", (path,), f"{label}：未填写（没有请填 0）"))
        elif schema.is_money_cell(path):
            out.append(Finding("R5", "error", (path,), f"{label}：金额应为不小于 0 的数字"))
        else:
            out.append(Finding("R5", "error", (path,), f"{label}：件数应为不小于 0 的整数，现为 {value}"))
    return out


# ----------------------------------------------------------------------------- R7–R11


def _doc_values(report: Report, row: str) -> tuple[int | None, int | None, int | None]:
    get = report.t2.get
    return get(f"{row}.issued"), get(f"{row}.repealed"), get(f"{row}.in_force")  # type: ignore[return-value]


def rule_r7(report: Report, previous: Report | None = None) -> list[Finding]:
    out: list[Finding] = []
    for block_row in schema.T2_BLOCKS[0].rows:
        issued, repealed, in_force = _doc_values(report, block_row.key)
        if isinstance(in_force, int) and in_force < 0:
            out.append(
                Finding(
                    "R7",
                    "warning",
                    (schema.t2_path(f"{block_row.key}.in_force"),),
                    f"{block_row.label}：现行有效件数不能小于 0",
                )
            )
        if previous is None or issued is None or repealed is None:
            continue
        last_in_force = _doc_values(previous, block_row.key)[2]
        if last_in_force is None:
            continue
        if repealed > last_in_force + issued:
            out.append(
                Finding(
                    "R7",
                    "warning",
                    (schema.t2_path(f"{block_row.key}.repealed"),),
                    f"{block_row.label}：本年废止 {repealed} 件，"
                    f"多于上年现行有效 {last_in_force} 件加本年制发 {issued} 件",
                )
            )
    return out


def _t3_total(report: Report, key: str) -> int | None:
    return report.t3[key][schema.T3_TOTAL_COL]


def _t4_total(report: Report, key: str) -> int | None:
    return report.t4[key][schema.T4_TOTAL_COL]


def _r8_expected(report: Report, kind: str) -> tuple[tuple[int, ...], tuple[str, ...], str]:
    """Accepted values for a stated number, the table cells it is compared with, and their name."""
    total_col = schema.T3_TOTAL_COL
    if kind == "received":
        new, carried = _t3_total(report, "new_received"), _t3_total(report, "carried_over")
        if new is None:
            return (), (), ""
        values: tuple[int, ...] = (new,) if not carried else (new, new + carried)
        what = f"表三本年新收 {new} 件" + (f"（含上年结转为 {new + carried} 件）" if carried else "")
        return values, (schema.t3_path("new_received", total_col),), what
    single = {
        "carried_over": (schema.t3_path("carried_over", total_col), "表三上年结转"),
        "carried_to_next_year": (schema.t3_path("carried_to_next_year", total_col), "表三结转下年度"),
        "review": (schema.t4_path("administrative_review", schema.T4_TOTAL_COL), "表四行政复议总计"),
    }
    if kind in single:
        cell, name = single[kind]
        v = report.get(cell)
        return ((v,) if isinstance(v, int) else ()), (cell,), f"{name} {v} 件"
    direct, after = _t4_total(report, "litigation_direct"), _t4_total(report, "litigation_after_review")
    cells: tuple[str, ...] = (
        schema.t4_path("litigation_direct", schema.T4_TOTAL_COL),
        schema.t4_path("litigation_after_review", schema.T4_TOTAL_COL),
    )
    if direct is None or after is None:
        return (), cells, ""
    return (direct + after,), cells, f"表四行政诉讼总计 {direct + after} 件"


def rule_r8(report: Report) -> list[Finding]:
    out: list[Finding] = []
    for f in schema.TEXT_FIELDS:
        text = report.texts.get(f.key, "")
        if not text:
            continue
        for stated in stated_numbers(text, report.meta.year):
            accepted, cells, what = _r8_expected(report, stated.kind)
            if not accepted or stated.value in accepted:
                continue
            out.append(_r8_finding(f, stated, cells, what))
    return out


def _r8_finding(f: schema.TextField, stated: StatedNumber, cells: tuple[str, ...], what: str) -> Finding:
    return Finding(
        "R8",
        "warning",
        (f.path, *cells),
        f"「{f.label}」中写“{stated.quote}”（{stated.value} 件），与{what}不一致",
        text_span=(f.key, stated.start, stated.end),
    )


def rule_r9(report: Report) -> list[Finding]:
    out: list[Finding] = []
    unpaid = _t3_total(report, "other_unpaid_fee")
    notices = report.fees.notices_issued
    collected = report.fees.collected_yuan
    if notices is None:
        return out
    if unpaid is not None and unpaid > 0 and notices < unpaid:
        out.append(
            Finding(
                "R9",
                "warning",
                ("fees.notices_issued", schema.t3_path("other_unpaid_fee", schema.T3_TOTAL_COL)),
                f"表三“逾期未按收费通知要求缴纳费用”有 {unpaid} 件，但只发出收费通知 {notices} 件",
            )
        )
    if collected is not None and collected > 0 and notices < 1:
        out.append(
            Finding(
                "R9",
                "warning",
                ("fees.collected_yuan", "fees.notices_issued"),
                f"实际收取信息处理费 {collected} 元，但发出收费通知为 0 件",
            )
        )
    return out


def rule_r10(report: Report, previous: Report | None) -> list[Finding]:
    if previous is None:
        return []
    out: list[Finding] = []
    for c in range(schema.T3_NCOLS):
        now, then = _t3(report, "carried_over", c), _t3(previous, "carried_to_next_year", c)
        if now is None or then is None or now == then:
            continue
        out.append(
            Finding(
                "R10",
                "warning",
                (schema.t3_path("carried_over", c),),
                f"{_col(c)}：本年“上年结转”{now} 件，与{previous.meta.year}年报告“结转下年度继续办理”{then} 件不一致",
            )
        )
    return out


def rule_r11(report: Report, previous: Report | None) -> list[Finding]:
    if previous is None:
        return []
    out: list[Finding] = []
    for block_row in schema.T2_BLOCKS[0].rows:
        issued, repealed, in_force = _doc_values(report, block_row.key)
        last = _doc_values(previous, block_row.key)[2]
        if None in (issued, repealed, in_force, last):
            continue
        assert issued is not None and repealed is not None and last is not None
        expected = last + issued - repealed
        if in_force != expected:
            out.append(
                Finding(
                    "R11",
                    "warning",
                    (schema.t2_path(f"{block_row.key}.in_force"),),
                    f"{block_row.label}：现行有效 {in_force} 件，"
                    f"应为上年现行有效 {last} + 本年制发 {issued} − 本年废止 {repealed} = {expected} 件",
                )
            )
    return out
