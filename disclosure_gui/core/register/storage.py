"""The register on disk: one JSON file per year of receipt, in the local drafts data folder.

``<data folder>/registers/<agency>/<year>.json`` holds the applications received that year, personal
data included — this folder never leaves the computer. Writes go through the one atomic writer, so a
crash leaves the previous file whole. The tables of year N need the open applications of earlier years
(上年结转), so :func:`load_register` reads every year stored for the agency.

Format versions: 1 had no deadline events; 2 adds them (确认收到日期, 补正通知日期, 征求意见 and its answer, the
复议/诉讼 decision dates) and the result 「申请人撤回申请」. Every field of version 1 means the same in version 2, so
a version-1 file is read as it is (its new fields empty) and written back as version 2 with the next change. A file
of a later version is refused with a message, never half read.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import fields
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..filenames import json_safe, listed, native_path
from ..format.cells import money_problem
from ..outputs import OutputError, os_error_text, read_json, same_file, write_text
from .checked import checked_tables
from .model import DATE_FIELDS, LITIGATION_KINDS, OUTCOMES, PERSONAL_FIELDS, RESULT_KEYS, Application, Register
from .tables import RegisterTables

FORMAT_MARKER = "disclosure-register"
FORMAT_VERSION = 2
FOLDER = "registers"
APPLIED_MARK = "applied-{0}"  # a file in the register folder: this year's tables were applied to the report
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


class RegisterFileError(UserError):
    """A register file that cannot be read or written."""


def register_folder(data_dir: Path, agency: str) -> Path:
    name = _UNSAFE.sub("_", agency.strip()) or "未命名单位"
    return data_dir / FOLDER / name


_FIELDS = tuple((f.name, f.default) for f in fields(Application))
_ALWAYS = ("no", "received", "applicant")


def to_json(app: Application, *, personal: bool = True) -> dict[str, Any]:
    """The record as JSON values; fields at their default are left out (a register file stays small)."""
    data: dict[str, Any] = {}
    for name, default in _FIELDS:
        v = getattr(app, name)
        if (v == default and name not in _ALWAYS) or (not personal and name in PERSONAL_FIELDS):
            continue
        data[name] = v.isoformat() if isinstance(v, date) else str(v) if isinstance(v, Decimal) else v
    return data


_DATE_FIELDS = DATE_FIELDS
_CHOICES: dict[str, tuple[str, ...]] = {
    "result": RESULT_KEYS,
    "review": OUTCOMES,
    "litigation": LITIGATION_KINDS,
    "litigation_result": OUTCOMES,
}
_KNOWN = {f.name for f in fields(Application)}


def _valid_choice(key: str, v: Any) -> bool:
    if key == "applicant":
        return isinstance(v, int) and 0 <= v < 6
    return key not in _CHOICES or v is None or v in _CHOICES[key]


def from_json(data: Any, place: str) -> Application:
    if not isinstance(data, dict) or "no" not in data or "received" not in data or "applicant" not in data:
        raise RegisterFileError(f"{place}：不是一条申请记录")
    values: dict[str, Any] = {}
    for key, v in data.items():
        if key not in _KNOWN:
            raise RegisterFileError(f"{place}.{key}：未知的项")
        try:
            if key in _DATE_FIELDS:
                v = None if v is None else date.fromisoformat(v)
            elif key == "fee_amount_yuan":
                v = Decimal(v)
                if money_problem(v, 2):  # a hand-edited file: never a figure check would refuse
                    raise ValueError(v)
            elif not _valid_choice(key, v):
                raise ValueError(v)
        except (ValueError, TypeError, InvalidOperation) as exc:
            raise RegisterFileError(f"{place}.{key}：无效的值 {v!r}") from exc
        values[key] = v
    return Application(**values)


def save_year(folder: Path, year: int, apps: list[Application]) -> Path:
    """Write the applications received in ``year`` (atomically; creates the folder)."""
    try:
        os.makedirs(native_path(folder), exist_ok=True)
    except OSError as exc:
        raise RegisterFileError(f"无法建立台账文件夹 {folder}：{os_error_text(exc)}") from exc
    target = folder / f"{year}.json"
    head = json.dumps({"format": FORMAT_MARKER, "version": FORMAT_VERSION, "year": year}, ensure_ascii=False)
    # One application per line: readable, diffable, and several times faster than an indented dump.
    rows = ",\n".join(json.dumps(to_json(a), ensure_ascii=False) for a in apps if a.received.year == year)
    text = json_safe(f'{head[:-1]}, "applications": [\n{rows}\n]}}\n')
    try:
        write_text(target, text)
    except OutputError as exc:
        raise RegisterFileError(exc.message) from exc
    return target


def load_year(path: Path) -> list[Application]:
    doc = read_json(path, "台账文件", RegisterFileError)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_MARKER or not isinstance(doc.get("applications"), list):
        raise RegisterFileError(f"{path} 不是依申请公开台账文件")
    version = doc.get("version", 1)
    if not isinstance(version, int) or isinstance(version, bool) or version > FORMAT_VERSION:
        raise RegisterFileError(f"台账文件 {path} 由较新版本的年报助手保存（第 {version} 版），请升级年报助手后再打开")
    return [from_json(item, f"{path.name}：第 {i + 1} 条") for i, item in enumerate(doc["applications"])]


def load_register(folder: Path, agency: str = "") -> Register:
    """Every stored year, oldest first. A missing folder is an empty register."""
    apps: list[Application] = []
    if os.path.isdir(native_path(folder)):
        for path in sorted(listed(folder, "[0-9][0-9][0-9][0-9].json")):
            apps.extend(load_year(path))
    return Register(agency, apps)


def save_register(folder: Path, register: Register, years: set[int] | None = None) -> list[Path]:
    """Write the given years (default: every year the register holds)."""
    wanted = years if years is not None else {a.received.year for a in register.applications}
    return [save_year(folder, y, register.applications) for y in sorted(wanted)]


def applied_mark(folder: Path, year: int) -> Path:
    return folder / APPLIED_MARK.format(year)


def compared_tables(data_dir: Path, agency: str, year: int, today: date | None = None) -> RegisterTables | None:
    """The register the report of ``agency`` and ``year`` is checked against: its problems (T2) and the applications
    not answered in time (T3) whenever it has applications; its counts (T1) once they were applied to the report.
    None without a register, or when it cannot be read."""
    folder = register_folder(data_dir, agency)
    try:
        apps = load_register(folder, agency).applications
    except RegisterFileError:
        return None
    if not apps:
        return None
    return checked_tables(
        apps, year, today or date.today(), applied=os.path.exists(native_path(applied_mark(folder, year)))
    )


def has_register(folder: Path) -> bool:
    """Whether a register folder holds anything (an empty or missing folder is no register)."""
    return os.path.isdir(native_path(folder)) and bool(os.listdir(native_path(folder)))


def move_register(old: Path, new: Path) -> bool:
    """The register follows a renamed unit: its folder is renamed (True when something was moved). Refuses
    (nothing moved) when the new name already has a register of its own — two registers are never merged
    behind the officer's back."""
    if not has_register(old) or old == new:
        return False
    same = os.path.exists(native_path(new)) and same_file(old, new)  # only the letter case differs on Windows
    if has_register(new) and not same:
        raise RegisterFileError(
            f"“{new.name}”已经有依申请公开台账（{new}），原单位名称“{old.name}”的台账没有移过去，仍在 {old}"
        )
    try:
        if os.path.isdir(native_path(new)) and not same:
            os.rmdir(native_path(new))  # an empty folder left behind
        os.rename(native_path(old), native_path(new))
    except OSError as exc:
        raise RegisterFileError(f"无法把台账文件夹 {old} 改名为 {new}：{os_error_text(exc)}") from exc
    return True
