"""A local profile (本地要求): the rules a city or county adds to the national format, as a small JSON file the
district office writes in the 汇总 workspace and hands out to its units.

What local notices add: earlier deadlines (a city: departments submit by 1月26日 and publish by 1月28日; a county
collects its townships' reports by 1月20日), the next year's holidays before the program knows them,
先备案后公布, a paper copy signed and sealed, a length cap
(「原则上不超过一千字」), figures 总体情况 must contain, rows a kind of unit cannot have. Without a profile every
check, the countdown and the 自查清单 stay national; a profile only ever adds to them.

The file::

    {"format": "gov-disclosure-local-profile", "version": 1, "name": "某市",
     "deadlines": {"department": {"submit": "01-26", "publish": "01-28"}, "township": {"submit": "01-20"},
                   "government": {"publish": "03-31"}},
     "holidays": {"2027": {"holidays": ["2027-01-01", …], "workdays": ["2027-02-07", …]}},
     "filing_before_publication": true, "signatures": ["经办人", "审核人", "单位负责人"], "seal": true,
     "length_caps": {"overview": 1000}, "overview_must_contain": [{"label": "政策解读", "keywords": ["解读"]}],
     "impossible": {"government": ["tables.t2.regulations"]}}

Deadlines are keyed by publication class (条例第四十九条, :mod:`.agency`): ``department`` (政府部门), ``township``
(乡镇、街道等, which 「government」 no longer covers), ``government`` (县级以上地方人民政府). Each date may only be
earlier than the law's date for its class. ``holidays`` is a holiday arrangement (:mod:`.holidays`) for a year the
program does not know yet; ``impossible`` stays keyed by the unit's kind (department / government).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..filenames import native_path
from ..outputs import OutputError, json_text, os_error_text, write_text
from . import holidays, schema
from .agency import PUBLICATION_CLASSES
from .calendar import statutory_month_day
from .holidays import HolidayError
from .limits import TRUNCATED, is_truncated, utf8_error_text
from .workdays import YearArrangement

FORMAT = "gov-disclosure-local-profile"
VERSION = 1
FILENAME = "年报本地要求.json"  # the name the workspace proposes, and looks for in a folder
MAX_BYTES = 256 * 1024
DEADLINE_KINDS = {"submit": "报送", "publish": "发布"}
_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")


class ProfileError(OutputError):
    """A profile that cannot be read or written; the message says what and where, in Chinese."""


@dataclass(frozen=True)
class RequiredFigure:
    label: str  # 「政策解读」
    keywords: tuple[str, ...]  # any of them, in a sentence with a number


@dataclass
class LocalProfile:
    name: str
    deadlines: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)  # class → submit/publish → (m, d)
    filing_before_publication: bool = False
    signatures: list[str] = field(default_factory=list)
    seal: bool = False
    length_caps: dict[str, int] = field(default_factory=dict)  # section key or text field key → characters
    overview_must_contain: list[RequiredFigure] = field(default_factory=list)
    impossible: dict[str, list[str]] = field(default_factory=dict)  # kind → cell paths or prefixes
    holidays: list[YearArrangement] = field(default_factory=list)

    def deadline(self, publication_class: str, which: str, report_year: int) -> date | None:
        month_day = self.deadlines.get(publication_class, {}).get(which)
        return date(report_year + 1, *month_day) if month_day else None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "name": self.name,
            "deadlines": {
                kind: {which: f"{m:02d}-{d:02d}" for which, (m, d) in days.items()}
                for kind, days in self.deadlines.items()
            },
            "filing_before_publication": self.filing_before_publication,
            "signatures": self.signatures,
            "seal": self.seal,
            "length_caps": self.length_caps,
            "overview_must_contain": [
                {"label": r.label, "keywords": list(r.keywords)} for r in self.overview_must_contain
            ],
            "impossible": self.impossible,
            **({"holidays": holidays.to_json(self.holidays)} if self.holidays else {}),
        }

    def dumps(self) -> str:
        return json_text(self.to_json())


def _fail(where: str, what: str) -> ProfileError:
    return ProfileError(f"本地要求文件中“{where}”{what}")


def _month_day(value: Any, where: str) -> tuple[int, int]:
    m = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if not m:
        raise _fail(where, f"应写成“月-日”，如 01-26，而不是 {value!r}")
    month, day = int(m.group(1)), int(m.group(2))
    try:
        date(2001, month, day)  # a year with no 29 February: a deadline must exist every year
    except ValueError:
        raise _fail(where, f"不是有效的日期：{value}") from None
    return month, day


def from_json(data: Any) -> LocalProfile:
    """A profile from its file's JSON, each part checked in turn; a ProfileError names the part that is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError("这不是年报本地要求文件（缺少 format: gov-disclosure-local-profile）")
    if data.get("version") != VERSION:
        raise ProfileError(f"本地要求文件的版本 {data.get('version')!r} 无法识别，请使用新版年报助手")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail("name", "应写明发布要求的地区或机关")
    return LocalProfile(
        name.strip(),
        deadlines=_deadlines(data.get("deadlines", {})),
        filing_before_publication=bool(data.get("filing_before_publication", False)),
        signatures=_signatures(data.get("signatures", [])),
        seal=bool(data.get("seal", False)),
        length_caps=_length_caps(data.get("length_caps", {})),
        overview_must_contain=_required_figures(data.get("overview_must_contain", [])),
        impossible=_impossible(data.get("impossible", {})),
        holidays=_holidays(data.get("holidays", {}), name.strip()),
    )


def _deadlines(deadlines: Any) -> dict[str, dict[str, tuple[int, int]]]:
    """Local dates for 报送 and 发布 by publication class (:mod:`.agency`); each no later than the law's."""
    if not isinstance(deadlines, dict):
        raise _fail("deadlines", "格式不对")
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for kind, days in deadlines.items():
        if kind not in PUBLICATION_CLASSES or not isinstance(days, dict):
            raise _fail(f"deadlines.{kind}", "应为 department、township 或 government，内容为 submit/publish 日期")
        for which, value in days.items():
            if which not in DEADLINE_KINDS:
                raise _fail(f"deadlines.{kind}.{which}", "应为 submit（报送）或 publish（发布）")
            month_day = _month_day(value, f"deadlines.{kind}.{which}")
            if month_day > statutory_month_day(kind):
                m, d = statutory_month_day(kind)
                raise _fail(f"deadlines.{kind}.{which}", f"晚于条例规定的 {m}月{d}日，本地要求只能更早")
            out.setdefault(kind, {})[which] = month_day
    return out


def _signatures(signatures: Any) -> list[str]:
    if not isinstance(signatures, list) or not all(isinstance(s, str) and s.strip() for s in signatures):
        raise _fail("signatures", '应为签字栏名称的列表，如 ["经办人", "审核人"]')
    return [s.strip() for s in signatures]


def _length_caps(caps: Any) -> dict[str, int]:
    if not isinstance(caps, dict):
        raise _fail("length_caps", "格式不对")
    for key, cap in caps.items():
        if key not in schema.SECTION_BY_KEY and key not in schema.TEXT_FIELD_BY_KEY:
            raise _fail(f"length_caps.{key}", "不是报告中的部分或段落")
        if not isinstance(cap, int) or isinstance(cap, bool) or cap < 1:
            raise _fail(f"length_caps.{key}", "应为正整数（字数）")
    return dict(caps)


def _required_figures(required: Any) -> list[RequiredFigure]:
    if not isinstance(required, list):
        raise _fail("overview_must_contain", '应为列表，如 [{"label": "政策解读", "keywords": ["解读"]}]')
    out = []
    for i, item in enumerate(required):
        where = f"overview_must_contain 第 {i + 1} 项"
        if not isinstance(item, dict) or not isinstance(item.get("label"), str):
            raise _fail(where, "应写明名称 label 和关键词 keywords")
        keywords = item.get("keywords") or [item["label"]]
        if not isinstance(keywords, list) or not all(isinstance(k, str) and k for k in keywords):
            raise _fail(where, "的关键词 keywords 应为文字列表")
        out.append(RequiredFigure(item["label"], tuple(keywords)))
    return out


def _impossible(impossible: Any) -> dict[str, list[str]]:
    """Cells (or prefixes of cells) a kind of unit cannot have figures in."""
    if not isinstance(impossible, dict):
        raise _fail("impossible", "格式不对")
    known = schema.all_cell_paths()
    for kind, paths in impossible.items():
        if kind not in schema.AGENCY_KINDS or not isinstance(paths, list):
            raise _fail(f"impossible.{kind}", "应为 department 或 government，内容为表格单元格的列表")
        for path in paths:
            if not isinstance(path, str) or not any(p.startswith(path) for p in known):
                raise _fail(f"impossible.{kind}", f"中的 {path!r} 不是报告中的表格单元格")
    return {kind: list(paths) for kind, paths in impossible.items()}


def _holidays(value: Any, name: str) -> list[YearArrangement]:
    """Holiday arrangements the district hands out for a year the program does not know yet."""
    try:
        return holidays.from_json(value, name)
    except HolidayError as exc:
        raise ProfileError(f"本地要求文件中{exc.message}") from None


def loads(text: str) -> LocalProfile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        why = f"：{TRUNCATED}" if is_truncated(exc) else ""
        raise ProfileError(f"本地要求文件不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列{why}）") from exc
    except RecursionError:
        raise ProfileError("本地要求文件嵌套层数过多，不是年报本地要求文件") from None
    return from_json(data)


def load(path: Path | str) -> LocalProfile:
    p = Path(path)
    try:
        if os.stat(native_path(p)).st_size > MAX_BYTES:
            raise ProfileError(f"{p.name} 太大，不是年报本地要求文件")
        raw = Path(native_path(p)).read_bytes()
    except OSError as exc:
        raise ProfileError(f"无法读取本地要求文件 {p}：{os_error_text(exc)}") from exc
    try:
        return loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ProfileError(f"{p.name}：{utf8_error_text(raw, exc, '年报本地要求文件')}") from exc


def save(profile: LocalProfile, path: Path | str) -> Path:
    out = Path(path)
    write_text(out, profile.dumps(), ProfileError)
    return out


def find_in(folder: Path | str) -> Path | None:
    """The profile the district office put in a folder (the one the units hand their files in to)."""
    candidate = Path(folder) / FILENAME
    return candidate if os.path.isfile(native_path(candidate)) else None


def signature_line(profile: LocalProfile | None) -> list[str]:
    """The signature fields under the 自查清单 (and the printed copy): the profile's, or the national default."""
    if profile is None or not profile.signatures:
        names = ["经办人", "审核人"]
        seal = True
    else:
        names, seal = profile.signatures, profile.seal
    return [f"{n}：" for n in names] + (["（盖章）"] if seal else [])


def paper_sign_off(profile: LocalProfile | None) -> tuple[str, ...]:
    """The signature and seal lines a local profile asks for on the printed report; none without one."""
    if profile is None or not (profile.signatures or profile.seal):
        return ()
    return tuple(signature_line(profile))
