"""台账核对: T1 the report's table 三, table 四 and fee figures against what the request register counts
(:mod:`..register.tables`); T2 the register's own problems; T3 a report that says every request was answered in
time while the register has one that was not."""

from __future__ import annotations

import re

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


def register_problems(tables: RegisterTables) -> list[Finding]:
    """T2: what makes the register's counts uncertain, one finding per problem; the cell names the application, so
    a click in the problems panel shows it in the register."""
    return [
        Finding("T2", "warning", (f"register.{p.no}",), f"台账编号 {p.no or '（无编号）'}：{p.message}")
        for p in tables.problems
    ]


_IN_TIME = re.compile(
    r"(?:均|全部|都|皆)(?:已)?(?:在|于)?(?:法定|规定)(?:期限|时限|期)内(?:予以)?(?:答复|办结|办理)"
    r"|均(?:已)?按时(?:答复|办结)"
)
_CLAIM_FIELDS = ("overview.on_request", "overview.intro", "other.fees", "other.other")
SHOWN = 5  # application numbers named in the message


def claims_in_time(report: Report, tables: RegisterTables) -> list[Finding]:
    """T3: 「均在法定期限内答复」 while the register has applications of the year answered late or overdue."""
    if not tables.late:
        return []
    names = "、".join(tables.late[:SHOWN]) + (f" 等 {len(tables.late)} 件" if len(tables.late) > SHOWN else "")
    out = []
    for key in _CLAIM_FIELDS:
        if key not in schema.TEXT_FIELD_BY_KEY:
            continue
        for m in _IN_TIME.finditer(report.text(key)):
            message = f"写的是“{m.group()}”，但依申请公开台账中有 {len(tables.late)} 件没有在法定期限内答复（{names}）"
            out.append(Finding("T3", "warning", (f"sections.{key}",), message, text_span=(key, m.start(), m.end())))
    return out
