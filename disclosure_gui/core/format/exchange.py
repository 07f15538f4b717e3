"""The exchange file, format version 1 (``docs/exchange-format.md``): read strictly, write stably.

Reading never changes anything on failure: it builds a new :class:`Report` or raises
:class:`ExchangeError` naming the exact place (``tables.t3.granted[2]``) in Chinese.
Writing emits every key in spec order, ``ensure_ascii=False``, 2-space indent, final newline, so
two files diff cleanly and the sample round-trips byte for byte.
"""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..filenames import native_path
from ..outputs import file_name, json_text, os_error_text
from . import limits, schema
from .cells import canonical_decimal, format_decimal, money_problem
from .limits import LIMITS, HugeNumber, huge_text, json_error_text, place_label, utf8_error_text
from .report import Contact, Fees, Meta, Report

MAX_FILE_BYTES = limits.MAX_FILE_BYTES
__all__ = ["LIMITS", "BlankCellsError", "ExchangeError", "dumps", "from_dict", "load", "loads", "to_dict"]


class ExchangeError(UserError, ValueError):
    """A file that is not a valid exchange file. ``place`` is the JSON path ("" for the whole file); ``where``
    names it as the user knows it (「表三 予以公开 · 自然人」)."""

    def __init__(self, place: str, message: str) -> None:
        super().__init__(message, place_label(place) if place else "")
        self.place = place


class BlankCellsError(ExchangeError):
    """Raised when writing a report that still has blank cells (the format has no 'blank')."""


# ------------------------------------------------------------------------------ reading


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ExchangeError("", f"键 “{key}” 出现了两次")
        out[key] = value
    return out


def _reject_constant(name: str) -> Any:
    raise ExchangeError("", f"文件中有非法数值 {name}")


def _parse(text: str, *, hooks: bool) -> Any:
    """JSON with Decimal amounts; with ``hooks``, numbers too long to be figures are kept as :class:`HugeNumber`
    so the reader can name their place (the C number parser is the fast path for ordinary files)."""
    try:
        return json.loads(
            text,
            parse_float=limits.parse_float if hooks else Decimal,
            parse_int=limits.parse_int if hooks else None,
            object_pairs_hook=_reject_duplicates,
            parse_constant=_reject_constant,
        )
    except json.JSONDecodeError as exc:
        raise ExchangeError("", json_error_text(exc)) from exc
    except RecursionError as exc:  # the parser stops at ~1000 levels; the format itself needs 5
        raise ExchangeError("", f"括号嵌套层数过多（本格式最多 {limits.MAX_DEPTH} 层），不是年报交换文件") from exc


def loads(text: str) -> Report:
    """Parse exchange-file text into a report (totals kept as written)."""
    try:
        data = _parse(text, hooks=False)
    except ExchangeError:
        raise
    except ValueError:  # an integer longer than Python converts (4300 digits): again, keeping numbers as text
        data = _parse(text, hooks=True)
    return from_dict(data)


# What Python's JSON parser says, as the officer should read it (the reason is shown in the 汇总 board).
def load(path: str | Path) -> Report:
    """Read an exchange file from disk, with a Chinese message for every way that can fail."""
    p = Path(path)
    try:
        size = os.stat(native_path(p)).st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError("", f"文件过大（{size // 1024 // 1024} MB），不是年报交换文件")
        raw = Path(native_path(p)).read_bytes()
    except FileNotFoundError as exc:
        raise ExchangeError("", f"找不到文件 {p}") from exc
    except IsADirectoryError as exc:
        raise ExchangeError("", f"{p} 是文件夹，不是文件") from exc
    except PermissionError as exc:
        raise ExchangeError("", f"没有权限读取文件 {p}") from exc
    except OSError as exc:
        raise ExchangeError("", f"无法读取文件 {p}：{os_error_text(exc)}") from exc
    if raw.startswith(b"\xef\xbb\xbf"):  # a BOM from Windows Notepad is harmless
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExchangeError("", utf8_error_text(raw, exc, "年报交换文件")) from exc
    return loads(text)


class _Reader:
    """Walks the JSON with the current place, so every error names it.

    ``allow_blank`` accepts ``null`` cells: the drafts store keeps blank cells blank, the exchange
    file does not.
    """

    def __init__(self, allow_blank: bool = False) -> None:
        self.allow_blank = allow_blank

    def obj(self, value: Any, place: str, keys: tuple[str, ...], optional: tuple[str, ...] = ()) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ExchangeError(place, "应为对象（{…}）")
        unknown = [k for k in value if k not in keys]
        if unknown:
            raise ExchangeError(_join(place, unknown[0]), "未知的键")
        missing = [k for k in keys if k not in value and k not in optional]
        if missing:
            raise ExchangeError(_join(place, missing[0]), "缺少此项")
        return value

    def text(self, value: Any, place: str, limit: int = limits.MAX_SHORT_TEXT_CHARS) -> str:
        if value is None:
            return ""
        if not isinstance(value, str) or isinstance(value, HugeNumber):
            raise ExchangeError(place, "应为文字")
        if len(value) > limit:
            raise ExchangeError(place, f"字数过多（{len(value):,} 字，最多 {limit:,} 字）")
        return value

    def count(self, value: Any, place: str) -> int | None:
        if type(value) is int and 0 <= value <= limits.MAX_COUNT:  # nearly every cell: decided at once
            return value
        if value is None and self.allow_blank:
            return None
        if isinstance(value, HugeNumber):
            raise ExchangeError(place, f"数字过大（{huge_text(value)}），件数最多 {limits.MAX_COUNT:,}")
        if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
            if value > limits.MAX_COUNT:  # checked before int(): 1e999999 would take minutes to build
                shown = huge_text(HugeNumber(str(value)))
                raise ExchangeError(place, f"数字过大（{shown}），件数最多 {limits.MAX_COUNT:,}，请检查")
            value = int(value)  # 3.0 is a count written by a spreadsheet tool
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExchangeError(place, f"应为整数件数，实际是 {_show(value)}")
        if value < 0:
            raise ExchangeError(place, f"件数不能为负数（{value}）")
        if value > limits.MAX_COUNT:
            shown = huge_text(HugeNumber(str(value))) if value > 10**40 else f"{value:,}"
            raise ExchangeError(place, f"件数过大（{shown}），最多 {limits.MAX_COUNT:,}，请检查")
        return value

    def money(self, value: Any, place: str, places: int) -> Decimal | None:
        if value is None and self.allow_blank:
            return None
        if isinstance(value, bool):
            raise ExchangeError(place, f"应为金额，实际是 {_show(value)}")
        if isinstance(value, HugeNumber) or (isinstance(value, str) and len(value) > 2 * limits.MAX_NUMBER_CHARS):
            raise ExchangeError(place, f"金额过大（{huge_text(HugeNumber(value))}），请检查")
        if isinstance(value, (int, Decimal)):
            amount = Decimal(value)
        elif isinstance(value, str):
            try:
                amount = Decimal(value.strip())
            except InvalidOperation as exc:
                raise ExchangeError(place, f"应为金额数字，实际是 “{value}”") from exc
            if not amount.is_finite():
                raise ExchangeError(place, f"应为金额数字，实际是 “{value}”")
        else:
            raise ExchangeError(place, f'应为金额（如 "12.5"），实际是 {_show(value)}')
        if not amount.is_finite():
            raise ExchangeError(place, f"应为金额数字，实际是 {_show(value)}")
        problem = money_problem(amount, places)
        if problem:
            raise ExchangeError(place, f"金额{problem}")
        return canonical_decimal(amount)

    def counts(self, value: Any, place: str, width: int) -> list[int | None]:
        if not isinstance(value, list):
            raise ExchangeError(place, f"应为 {width} 个数字组成的数组")
        if len(value) != width:
            raise ExchangeError(place, f"应有 {width} 个数字，实际有 {len(value)} 个")
        return [self.count(v, f"{place}[{i}]") for i, v in enumerate(value)]


def _join(place: str, key: str) -> str:
    return f"{place}.{key}" if place else key


def _show(value: Any) -> str:
    if value is None:
        return "空值 null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, str):
        return f"文字 “{value}”"
    if isinstance(value, (list, dict)):
        return "数组" if isinstance(value, list) else "对象"
    return str(value)


# v1.1: a fee figure may be null, "not stated" (a published report often gives the amount, not the number of
# notices). Such a file carries format_version 2 so that an older reader refuses it as newer; others stay 1.
FEES_UNKNOWN_VERSION = 2
# v1.2: a cell of table 二, 三 or 四 may be null, "blank" (printed blank, or not readable from a published report).
# Such a file carries format_version 3; a file without a blank table cell keeps the lowest version it needs.
BLANK_CELLS_VERSION = 3
NEWEST_VERSION = BLANK_CELLS_VERSION
_TOP_KEYS = ("format", "format_version", "template", "meta", "sections", "fees", "tables")
_LEFT_OUT = "import_left_out"  # a draft's only: what the import of a published report could not place
_META_KEYS = ("agency", "agency_kind", "region", "year", "website", "column", "contact", "publish_date")
_META_OPTIONAL = ("region", "website", "column", "contact", "publish_date")
_SECTION_GROUPS = {
    "overview": tuple(f.key.split(".")[1] for f in schema.OVERVIEW_FIELDS),
    "problems": tuple(f.key.split(".")[1] for f in schema.PROBLEM_FIELDS),
    "other": tuple(f.key.split(".")[1] for f in schema.OTHER_FIELDS),
}


def from_dict(data: Any, *, allow_blank: bool = False) -> Report:
    r = _Reader(allow_blank)
    if not isinstance(data, dict):
        raise ExchangeError("", "不是年报交换文件（最外层应为对象）")
    if data.get("format") != schema.FORMAT_MARKER:
        raise ExchangeError("format", f"不是年报交换文件（应为 “{schema.FORMAT_MARKER}”）")
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError("format_version", "缺少格式版本号或版本号不是整数")
    if version > NEWEST_VERSION:
        raise ExchangeError(
            "format_version",
            f"文件是较新版本的格式（第 {version} 版），本程序只能读取第 {NEWEST_VERSION} 版，请升级年报助手",
        )
    if version < 1:
        raise ExchangeError("format_version", f"无效的格式版本号 {version}")
    top = r.obj(data, "", (*_TOP_KEYS, _LEFT_OUT) if allow_blank else _TOP_KEYS, (_LEFT_OUT,))
    if top["template"] != schema.TEMPLATE:
        raise ExchangeError("template", f"不支持的格式模板 “{top['template']}”（只支持 {schema.TEMPLATE_LABEL} 格式）")

    meta = _read_meta(r, top["meta"])
    texts = _read_sections(r, top["sections"])
    fees = _read_fees(_Reader(allow_blank or version >= FEES_UNKNOWN_VERSION), top["fees"])
    r = _Reader(allow_blank or version >= BLANK_CELLS_VERSION)  # v1.2: a table cell may be null (blank)
    tables = r.obj(top["tables"], "tables", ("t2", "t3", "t4"))
    t2 = _read_t2(r, tables["t2"])
    t3raw = r.obj(tables["t3"], "tables.t3", schema.T3_ROW_KEYS)
    t3 = {k: r.counts(t3raw[k], f"tables.t3.{k}", schema.T3_NCOLS) for k in schema.T3_ROW_KEYS}
    t4raw = r.obj(tables["t4"], "tables.t4", schema.T4_GROUP_KEYS)
    t4 = {k: r.counts(t4raw[k], f"tables.t4.{k}", schema.T4_NCOLS) for k in schema.T4_GROUP_KEYS}
    report = Report(meta=meta, texts=texts, fees=fees, t2=t2, t3=t3, t4=t4)
    report.import_left_out = _read_left_out(r, top.get(_LEFT_OUT))
    return report


def _read_left_out(r: _Reader, value: Any) -> list[tuple[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ExchangeError(_LEFT_OUT, "应为数组")
    out = []
    for n, item in enumerate(value):
        entry = r.obj(item, f"{_LEFT_OUT}[{n}]", ("where", "text"))
        out.append(
            (
                r.text(entry["where"], f"{_LEFT_OUT}[{n}].where"),
                r.text(entry["text"], f"{_LEFT_OUT}[{n}].text", limits.MAX_TEXT_CHARS),
            )
        )
    return out


def _read_meta(r: _Reader, value: Any) -> Meta:
    m = r.obj(value, "meta", _META_KEYS, _META_OPTIONAL)
    agency = r.text(m["agency"], "meta.agency").strip()
    if not agency:
        raise ExchangeError("meta.agency", "单位名称不能为空")
    kind = m["agency_kind"]
    if kind not in schema.AGENCY_KINDS:
        raise ExchangeError(
            "meta.agency_kind", f"应为 “department”（部门）或 “government”（人民政府），实际是 {_show(kind)}"
        )
    year = m["year"]
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        raise ExchangeError("meta.year", f"报告年度应为四位数年份，实际是 {_show(year)}")
    contact_raw = m.get("contact") or {}
    c = r.obj(contact_raw, "meta.contact", tuple(schema.CONTACT_LABELS), tuple(schema.CONTACT_LABELS))
    contact = Contact(**{k: r.text(c.get(k, ""), f"meta.contact.{k}") for k in schema.CONTACT_LABELS})
    publish = m.get("publish_date")
    publish_date = None
    if publish is not None:
        if not isinstance(publish, str):
            raise ExchangeError("meta.publish_date", "发布日期应为 “2024-01-20” 形式的文字或 null")
        try:
            publish_date = date.fromisoformat(publish)
        except ValueError as exc:
            raise ExchangeError(
                "meta.publish_date", f"发布日期 “{publish}” 不是有效日期（应为 2024-01-20 形式）"
            ) from exc
    return Meta(
        agency=agency,
        year=year,
        agency_kind=kind,
        region=r.text(m.get("region"), "meta.region"),
        website=r.text(m.get("website"), "meta.website"),
        column=r.text(m.get("column"), "meta.column"),
        contact=contact,
        publish_date=publish_date,
    )


def _read_sections(r: _Reader, value: Any) -> dict[str, str]:
    groups = tuple(_SECTION_GROUPS)
    s = r.obj(value, "sections", ("preamble", *groups), ("preamble", *groups))
    long = limits.MAX_TEXT_CHARS
    texts = {"preamble": r.text(s.get("preamble"), "sections.preamble", long)}
    for group, keys in _SECTION_GROUPS.items():
        g = r.obj(s.get(group) or {}, f"sections.{group}", keys, keys)
        for k in keys:
            texts[f"{group}.{k}"] = r.text(g.get(k), f"sections.{group}.{k}", long)
    return texts


def _read_fees(r: _Reader, value: Any) -> Fees:
    f = r.obj(value, "fees", tuple(schema.FEE_FIELDS))
    return Fees(
        notices_issued=r.count(f["notices_issued"], "fees.notices_issued"),
        notice_amount_yuan=r.money(f["notice_amount_yuan"], "fees.notice_amount_yuan", 2),
        collected_yuan=r.money(f["collected_yuan"], "fees.collected_yuan", 2),
    )


def _read_t2(r: _Reader, value: Any) -> dict[str, int | Decimal | None]:
    keys = (*schema.T2_DOC_ROWS, *schema.T2_COUNT_ROWS, schema.T2_MONEY_KEY)
    t = r.obj(value, "tables.t2", keys)
    out: dict[str, int | Decimal | None] = {}
    cols = tuple(c for c, _ in schema.T2_DOC_COLUMNS)
    for row in schema.T2_DOC_ROWS:
        d = r.obj(t[row], f"tables.t2.{row}", cols)
        for c in cols:
            out[f"{row}.{c}"] = r.count(d[c], f"tables.t2.{row}.{c}")
    for row in schema.T2_COUNT_ROWS:
        out[row] = r.count(t[row], f"tables.t2.{row}")
    out[schema.T2_MONEY_KEY] = r.money(t[schema.T2_MONEY_KEY], f"tables.t2.{schema.T2_MONEY_KEY}", 6)
    return out


# ------------------------------------------------------------------------------ writing


def to_dict(report: Report, *, allow_blank: bool = False, draft: bool | None = None) -> dict[str, Any]:
    """The report in exchange-file shape. Raises :class:`BlankCellsError` if a cell is blank, unless
    ``allow_blank``: the drafts store, and an imported published report whose blank or unreadable cells stay
    blank (written as ``null``, format version 1.2). ``draft`` (default: ``allow_blank``, as the drafts store
    calls it) also keeps what an import left out — a draft's, never an exchange file's."""
    blanks = [] if allow_blank else report.blank_cells()
    if blanks:
        names = "、".join(schema.cell_label(p) for p in blanks[:5])
        more = f" 等 {len(blanks)} 处" if len(blanks) > 5 else ""
        raise BlankCellsError(blanks[0], f"还有未填写的单元格：{names}{more}（没有数字请填 0）")
    m = report.meta
    t2: dict[str, Any] = {}
    for row in schema.T2_DOC_ROWS:
        t2[row] = {c: report.t2[f"{row}.{c}"] for c, _ in schema.T2_DOC_COLUMNS}
    for row in schema.T2_COUNT_ROWS:
        t2[row] = report.t2[row]
    t2[schema.T2_MONEY_KEY] = _money_text(report.t2[schema.T2_MONEY_KEY])
    sections: dict[str, Any] = {"preamble": report.text("preamble")}
    for group, keys in _SECTION_GROUPS.items():
        sections[group] = {k: report.text(f"{group}.{k}") for k in keys}
    out = {
        "format": schema.FORMAT_MARKER,
        "format_version": format_version(report),
        "template": schema.TEMPLATE,
        "meta": {
            "agency": m.agency,
            "agency_kind": m.agency_kind,
            "region": m.region,
            "year": m.year,
            "website": m.website,
            "column": m.column,
            "contact": {k: getattr(m.contact, k) for k in schema.CONTACT_LABELS},
            "publish_date": m.publish_date.isoformat() if m.publish_date else None,
        },
        "sections": sections,
        "fees": {
            "notices_issued": report.fees.notices_issued,
            "notice_amount_yuan": _money_text(report.fees.notice_amount_yuan),
            "collected_yuan": _money_text(report.fees.collected_yuan),
        },
        "tables": {
            "t2": t2,
            "t3": {k: list(report.t3[k]) for k in schema.T3_ROW_KEYS},
            "t4": {k: list(report.t4[k]) for k in schema.T4_GROUP_KEYS},
        },
    }
    if (allow_blank if draft is None else draft) and report.import_left_out:
        out[_LEFT_OUT] = [{"where": where, "text": text} for where, text in report.import_left_out]
    return out


def _fee_values(report: Report) -> tuple[object, ...]:
    return tuple(getattr(report.fees, k) for k in schema.FEE_FIELDS)


def format_version(report: Report) -> int:
    """The lowest version that can hold the report: 3 (v1.2) with a blank table cell, 2 (v1.1) with a fee figure
    not stated, else 1 — so that a file readable by an older reader is written for it."""
    if report.blank_cells():
        return BLANK_CELLS_VERSION
    return FEES_UNKNOWN_VERSION if None in _fee_values(report) else schema.FORMAT_VERSION


def _money_text(value: object) -> str | None:
    if value is None:
        return None
    assert isinstance(value, Decimal)
    return format_decimal(value)


def dumps(report: Report, *, allow_blank: bool = False) -> str:
    """The exchange file's text; ``allow_blank`` writes blank cells as ``null`` (see :func:`to_dict`)."""
    return json_text(to_dict(report, allow_blank=allow_blank, draft=False))


def suggested_filename(report: Report) -> str:
    """「<year>-<agency>.json」 with characters Windows forbids in names replaced."""
    return f"{report.meta.year}-{file_name(report.meta.agency)}.json"
