"""The district office's work: collect every unit's exchange file, see who is done and who is wrong, sum the tables.

A broken file never aborts a run: it is listed with its message. Each unit gets a state — ok, warnings,
errors, unreadable, duplicate, wrong_year, missing — and the tables of the chosen units are summed
(money as Decimal) into an ordinary report for the summary, whose texts the officer writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from . import exchange, profile, schema
from .profile_checks import run_profile
from .quality import run_quality
from .report import Report
from .rules import Finding, run_rules

State = Literal["ok", "warnings", "errors", "unreadable", "duplicate", "wrong_year", "missing"]
STATE_LABELS: dict[str, str] = {
    "ok": "通过",
    "warnings": "有提醒",
    "errors": "有错误",
    "unreadable": "无法读取",
    "duplicate": "重复报送",
    "wrong_year": "年度不符",
    "missing": "未报送",
}


@dataclass
class Unit:
    agency: str
    file: str | None
    state: State
    findings: list[Finding] = field(default_factory=list)
    message: str = ""  # why a file is unreadable, duplicate or of another year
    updated: str = ""  # file modification time
    report: Report | None = field(default=None, repr=False)
    included: bool = False

    @property
    def errors(self) -> int:
        return sum(f.severity == "error" for f in self.findings)

    @property
    def warnings(self) -> int:
        return sum(f.severity == "warning" for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "agency": self.agency,
            "file": self.file,
            "state": self.state,
            "rules": sorted({f.rule for f in self.findings}, key=lambda r: (r[0], int(r[1:]))),
            "errors": self.errors,
            "warnings": self.warnings,
            "message": self.message,
            "updated": self.updated,
            "included": self.included,
        }


@dataclass
class Aggregation:
    year: int
    units: list[Unit]

    def included(self) -> list[Unit]:
        return [u for u in self.units if u.included]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATE_LABELS, 0)
        for u in self.units:
            out[u.state] += 1
        return out


def exchange_files(sources: Iterable[Path | str]) -> list[Path]:
    """The exchange files named, and every ``*.json`` inside the folders named, in a stable order."""
    files: list[Path] = []
    for source in sources:
        p = Path(source)
        if p.is_dir():
            # The district's local profile lives in the same folder; it is not a unit's report.
            files += sorted(q for q in p.rglob("*.json") if q.is_file() and q.name != profile.FILENAME)
        else:
            files.append(p)
    return files


def read_units_file(path: Path | str) -> list[str]:
    """Expected units, one name a line (blank lines and # comments ignored)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        text = Path(path).read_text(encoding="gb18030")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def collect(
    sources: Iterable[Path | str],
    year: int,
    *,
    expected: list[str] | None = None,
    include_errors: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    local: profile.LocalProfile | None = None,
) -> Aggregation:
    """Read and check every unit (under a local profile, its checks too). ``progress(done, total)`` may return
    False to cancel."""
    files = exchange_files(sources)
    units: list[Unit] = []
    seen: dict[str, Unit] = {}
    for i, path in enumerate(files):
        if progress is not None and progress(i, len(files)) is False:
            break
        units.append(_read_unit(path, year, seen, local))
    if expected is not None:
        present = {u.agency for u in units if u.state != "unreadable"}
        units += [
            Unit(name, None, "missing", message="没有收到该单位的交换文件") for name in expected if name not in present
        ]
    for unit in units:
        unit.included = unit.state in ("ok", "warnings") or (include_errors and unit.state == "errors")
    if progress is not None:
        progress(len(files), len(files))
    return Aggregation(year, units)


def _read_unit(path: Path, year: int, seen: dict[str, Unit], local: profile.LocalProfile | None = None) -> Unit:
    try:
        updated = datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")
    except OSError:
        updated = ""
    try:
        report = exchange.load(path)
    except exchange.ExchangeError as exc:
        return Unit(path.stem, str(path), "unreadable", message=str(exc), updated=updated)
    agency = report.meta.agency
    if report.meta.year != year:
        return Unit(
            agency,
            str(path),
            "wrong_year",
            message=f"这是 {report.meta.year} 年的报告，不是 {year} 年的",
            updated=updated,
        )
    if agency in seen:
        first = seen[agency]
        return Unit(
            agency, str(path), "duplicate", message=f"与 {Path(first.file or '').name} 是同一单位", updated=updated
        )
    findings = run_rules(report) + run_quality(report) + run_profile(report, local)
    state: State = "errors" if any(f.severity == "error" for f in findings) else "warnings" if findings else "ok"
    unit = Unit(agency, str(path), state, findings, updated=updated, report=report)
    seen[agency] = unit
    return unit


def summed(aggregation: Aggregation, agency: str, year: int, agency_kind: str = "government") -> Report:
    """A new report whose tables (and fee figures) are the sums over the included units.

    Input cells are summed and the totals computed, so the summary itself adds up even when an included
    unit's printed totals did not.
    """
    total = Report.new(agency, year, agency_kind)
    for path in schema.all_cell_paths():
        if schema.is_total_cell(path):
            continue
        money = schema.is_money_cell(path)
        value: int | Decimal = Decimal(0) if money else 0
        for unit in aggregation.included():
            assert unit.report is not None
            cell = unit.report.get(path)
            if cell is not None:
                value += cell
        total.set(path, value)
    total.recompute_totals()
    return total


def status_json(aggregation: Aggregation) -> list[dict[str, Any]]:
    return [u.to_json() for u in aggregation.units]
