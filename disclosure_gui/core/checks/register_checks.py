"""Check T1 (台账核对): the report's table 三, table 四 and fee figures against what the request register counts
(:mod:`..register.tables`)."""

from __future__ import annotations

from ..format import schema
from ..format.report import Report
from ..register.tables import RegisterTables
from .finding import Finding


def differences(report: Report, tables: RegisterTables) -> list[Finding]:
    """One finding per report cell that differs from what the register counts (input cells only)."""
    out = []
    for path, v in tables.cells().items():
        if schema.is_total_cell(path):
            continue  # totals follow from the inputs; a differing input is the finding
        have = report.get(path)
        if have != v:
            shown = "空白" if have is None else str(have)
            out.append(Finding("T1", "warning", (path,), f"报告填的是 {shown}，依申请公开台账统计为 {v}"))
    return out
