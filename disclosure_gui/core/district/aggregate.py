"""The district office's work: collect every unit's exchange file, see who is done and who is wrong, sum the tables.

A broken file never aborts a run: it is listed with its message. Each unit gets a state — ok, warnings,
errors, unreadable, duplicate, wrong_year, missing — and the tables of the chosen units are summed
(money as Decimal) into an ordinary report for the summary, whose texts the officer writes.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Any, Literal

from ..checks.finding import Finding
from ..checks.registry import run_all
from ..filenames import listed, native_path
from ..format import exchange, schema
from ..format import local_profile as profile
from ..format.report import Report, computed_totals
from ..outputs import same_file

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
    mtime: float = field(default=0.0, repr=False)

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
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why it is not a unit's report)

    def included(self) -> list[Unit]:
        return [u for u in self.units if u.included]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(STATE_LABELS, 0)
        for u in self.units:
            out[u.state] += 1
        return out


def exchange_files(sources: Iterable[Path | str]) -> list[Path]:
    """The exchange files named, and every ``*.json`` (any letter case) inside the folders named, in a stable order."""
    files: list[Path] = []
    for source in sources:
        p = Path(source)
        if os.path.isdir(native_path(p)):
            # The district's local profile lives in the same folder; it is not a unit's report.
            files += sorted(
                q
                for q in listed(p, "*", recursive=True)
                if q.suffix.lower() == ".json" and q.name != profile.FILENAME and os.path.isfile(native_path(q))
            )
        else:
            files.append(p)
    return files


def _is_status_file(path: Path) -> bool:
    """A status file (``--status``, 导出状态表) left among the units' files: not a unit's report."""
    try:
        with open(native_path(path), "rb") as f:
            raw = f.read(exchange.MAX_FILE_BYTES + 1)
        if len(raw) > exchange.MAX_FILE_BYTES:
            return False
        data = json.loads(raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return False
    return is_status_data(data)


def is_status_data(data: Any) -> bool:
    """The status file's two shapes: ``{"year", "units": [...], …}`` (written now) and the bare list of units
    earlier versions of the command line wrote."""
    if isinstance(data, dict) and "format" not in data:
        data = data.get("units")
    return isinstance(data, list) and all(isinstance(u, dict) and {"agency", "state"} <= set(u) for u in data)


def refuse_outputs(
    sources: Iterable[Path | str], outputs: Iterable[Path | str | None], summary_agency: str
) -> str | None:
    """A message when an output would overwrite a file the run reads as a unit's report.

    Allowed among the files read: an earlier summary of ``summary_agency`` and a status file, which a district
    office writes into the folder it collects, run after run.
    """
    named = [Path(o) for o in outputs if o]
    for path in exchange_files(sources):
        out = next((o for o in named if same_file(path, o)), None)
        if out is None or not os.path.exists(native_path(path)) or _is_status_file(path):
            continue
        try:
            agency = exchange.load(path).meta.agency
        except (exchange.ExchangeError, ValueError, ArithmeticError, RecursionError, MemoryError):
            agency = ""
        if agency and agency == summary_agency.strip():
            continue
        whose = f"“{agency}”的报告" if agency else "要汇总的文件之一"
        return f"不能把结果写到 {out}：它是{whose}，写入会覆盖它。请把汇总结果写到另一个文件。"
    return None


def read_units_file(path: Path | str) -> list[str]:
    """Expected units, one name a line (blank lines and # comments ignored)."""
    raw = Path(native_path(path)).read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def collect(
    sources: Iterable[Path | str],
    year: int,
    *,
    expected: list[str] | None = None,
    include_errors: bool = False,
    progress: Callable[[int, int], bool] | None = None,
    exclude: Iterable[Path | str] = (),
    summary_agency: str | None = None,
    local: profile.LocalProfile | None = None,
) -> Aggregation:
    """Read and check every unit (under a local profile, its checks too). ``progress(done, total)`` may return
    False to cancel.

    Never read as units: the files in ``exclude`` (this run's own outputs), status files, and reports of
    ``summary_agency`` (an earlier summary left in the folder: summing it again would count everything twice).
    """
    excluded = [Path(p) for p in exclude]
    skipped: list[tuple[str, str]] = []
    files = []
    for path in exchange_files(sources):
        if any(same_file(path, e) for e in excluded):
            skipped.append((str(path), "本次汇总要写入的文件，不作为单位报告读取"))
        elif _is_status_file(path):
            skipped.append((str(path), "这是汇总状态表，不是单位报告"))
        else:
            files.append(path)
    units: list[Unit] = []
    for i, path in enumerate(files):
        if progress is not None and progress(i, len(files)) is False:
            break
        unit = _read_unit(path, year, local)
        if summary_agency and unit.agency == summary_agency.strip() and unit.report is not None:
            skipped.append((str(path), f"这是“{unit.agency}”的汇总报告本身，不作为单位报告读取"))
            continue
        units.append(unit)
    if expected is not None:
        match_to_list(units, expected)
    _mark_duplicates(units)
    if expected is not None:
        present = {u.agency for u in units}
        units += [
            Unit(name, None, "missing", message="没有收到该单位的交换文件") for name in expected if name not in present
        ]
    for unit in units:
        unit.included = unit.state in ("ok", "warnings") or (include_errors and unit.state == "errors")
    if progress is not None:
        progress(len(files), len(files))
    return Aggregation(year, units, skipped)


_NAME_NOISE = re.compile(r"[\s\d_\-—（）()\[\]【】.·、，,]+")
_NAME_SUFFIXES = ("人民政府", "办事处", "管理委员会")


def _core_name(name: str) -> str:
    """A unit's name as files and reports vary it: no spaces, digits or brackets, no 人民政府/办事处 suffix."""
    core = _NAME_NOISE.sub("", name)
    for suffix in _NAME_SUFFIXES:
        core = core.removesuffix(suffix)
    return core


def _letters_left_out(a: str, b: str) -> bool:
    """One name is the other with a few characters left out, in order (旅游文化 for 旅游与文化)."""
    short, long = sorted((a, b), key=len)
    if len(short) < 4 or len(long) - len(short) > max(2, len(long) // 5):
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def match_to_list(units: list[Unit], expected: list[str]) -> None:
    """Each unit on the list of units expected, whatever its file is called: a report whose unit name differs a
    little from the list's (「甲镇」 for 「甲镇人民政府」), and an unreadable file named after its unit
    (「甲镇年报.json」), take the list's name, so a unit is one row, not an extra unit beside one 未报送."""
    cores = {name: _core_name(name) for name in expected}
    on_list = set(expected)
    taken = {u.agency for u in units if u.agency in on_list}
    for unit in units:
        if unit.agency in on_list:
            continue
        seen = _core_name(unit.agency if unit.report is not None else Path(unit.file or "").stem)
        if len(seen) < 2:
            continue
        found = [name for name, core in cores.items() if len(core) >= 2 and (core in seen or seen in core)]
        if not found:  # a character or two left out (平潭实验区 for 平潭综合实验区): only a unit with no file yet
            found = [name for name, core in cores.items() if name not in taken and _letters_left_out(core, seen)]
        if len(found) != 1:
            continue  # none, or more than one unit could be meant: the file keeps its own name
        if unit.report is not None:
            unit.message = (unit.message + "；" if unit.message else "") + f"报告中的单位名称为“{unit.agency}”"
        unit.agency = found[0]
        taken.add(found[0])


def _read_unit(path: Path, year: int, local: profile.LocalProfile | None = None) -> Unit:
    try:
        mtime = os.stat(native_path(path)).st_mtime
        updated = datetime.fromtimestamp(mtime).isoformat(timespec="seconds")
    except OSError:
        mtime, updated = 0.0, ""
    try:
        report = exchange.load(path)
    except exchange.ExchangeError as exc:
        return Unit(path.stem, str(path), "unreadable", message=str(exc), updated=updated, mtime=mtime)
    except (ValueError, ArithmeticError, RecursionError, MemoryError) as exc:  # never abort the whole run
        message = f"无法读取（{type(exc).__name__}），请检查该文件"
        return Unit(path.stem, str(path), "unreadable", message=message, updated=updated, mtime=mtime)
    agency = report.meta.agency
    if report.meta.year != year:
        return Unit(
            agency,
            str(path),
            "wrong_year",
            message=f"这是 {report.meta.year} 年的报告，不是 {year} 年的",
            updated=updated,
            mtime=mtime,
        )
    findings = run_all(report, profile=local)
    state: State = "errors" if any(f.severity == "error" for f in findings) else "warnings" if findings else "ok"
    return Unit(agency, str(path), state, findings, updated=updated, report=report, mtime=mtime)


def _mark_duplicates(units: list[Unit]) -> None:
    """A unit that sent several files: the newest counts, the others are listed as 重复报送."""
    by_agency: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.report is not None and unit.state != "wrong_year":
            by_agency.setdefault(unit.agency, []).append(unit)
    for unit in units:  # an unreadable file of a unit that also sent one that can be read: not used
        readable = by_agency.get(unit.agency)
        if unit.state == "unreadable" and readable:
            used = Path(readable[0].file or "").name
            unit.state = "duplicate"
            unit.message = f"同一单位另有可以读取的文件 {used}；此文件无法读取，未采用（{unit.message}）"
    for sent in by_agency.values():
        if len(sent) < 2:
            continue
        newest = max(sent, key=lambda u: (u.mtime, u.file or ""))
        for unit in sent:
            if unit is not newest:
                unit.state = "duplicate"
                chosen = f"{Path(newest.file or '').name}（{newest.updated.replace('T', ' ')}）"
                this = unit.updated.replace("T", " ")
                unit.message = f"同一单位报送了多个文件：已采用较新的 {chosen}，此文件（{this}）未采用"
                unit.findings = []


def summed(aggregation: Aggregation, agency: str, year: int, agency_kind: str = "government") -> Report:
    """A new report whose tables (and fee figures) are the sums over the included units.

    Input cells are summed and the totals computed, so the summary itself adds up even when an included
    unit's printed totals did not.
    """
    total = Report.new(agency, year, agency_kind)
    with localcontext() as ctx:
        ctx.prec = 60  # exact: amounts have at most 12 + 6 digits, so even 10,000 units sum without rounding
        _sum_cells(aggregation, total)
    for path, value in computed_totals(total).items():
        total.set(path, value)  # a total over a blank cell is blank too
    return total


def _sum_cells(aggregation: Aggregation, total: Report) -> None:
    for path in schema.all_cell_paths():
        if schema.is_total_cell(path):
            continue
        cells = [u.report.get(path) for u in aggregation.included() if u.report is not None]
        if None in cells:
            # A fee figure a unit did not state (v1.1), a table cell a unit left blank (v1.2, a unit included on
            # request): unknown, not 0, so the sum is not known either.
            total.set(path, None)
            continue
        value: int | Decimal = Decimal(0) if schema.is_money_cell(path) else 0
        for cell in cells:
            if cell is not None:
                value += cell
        total.set(path, value)


def fees_not_stated(aggregation: Aggregation) -> list[str]:
    """One line per fee figure left blank in the summary: which included units did not state it."""
    lines = []
    for key, label in schema.FEE_FIELDS.items():
        units = [
            u.agency for u in aggregation.included() if u.report is not None and u.report.get(f"fees.{key}") is None
        ]
        if units:
            lines.append(f"{label}：{'、'.join(units)} 未填写，汇总数留空")
    return lines


def cells_left_blank(aggregation: Aggregation) -> list[str]:
    """One line per included unit whose tables have blank cells (exchange v1.2): the sums they feed are left blank."""
    lines = []
    for u in aggregation.included():
        blanks = u.report.blank_cells() if u.report is not None else []
        if blanks:
            names = "、".join(schema.cell_label(p) for p in blanks[:3]) + (
                f" 等 {len(blanks)} 格" if len(blanks) > 3 else ""
            )
            lines.append(f"{u.agency} 的表格有空白单元格（{names}），用到它们的汇总数留空")
    return lines


def status_json(aggregation: Aggregation) -> list[dict[str, Any]]:
    return [u.to_json() for u in aggregation.units]
