"""The register's columns: names as shown and written, and the headers real registers use for them.

Handling systems and hand-kept 台账 name the same column many ways (「收到日期」「申请日期」「受理时间」…).
:func:`guess_mapping` recognises them; a mapping the user confirmed is remembered per header text and
wins next time, so a unit's own export is mapped once. The command line reads the same memory and takes a mapping
of its own (:func:`mapping_with`).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from ..errors import UserError
from ..filenames import native_path
from ..format.labels import normalise
from ..outputs import OutputError, write_json
from .storage import FOLDER

# field → column title the app writes (and the first header it recognises)
TITLES: dict[str, str] = {
    "no": "编号",
    "received": "收到日期",
    "applicant": "申请人类型",
    "channel": "申请方式",
    "summary": "内容摘要",
    "result": "办理结果",
    "answered": "答复日期",
    # the events that move the deadline (条例第三十条至第三十四条), in the order they happen
    "confirmed": "确认收到日期",
    "correction_sent": "补正通知日期",
    "corrected": "补正后收到日期",
    "consulted": "征求意见日期",
    "consult_answered": "收到意见日期",
    "extended": "是否延期",
    "extended_to": "延期答复期限",
    "fee_notice": "是否发出收费通知",
    "fee_notice_date": "收费通知日期",
    "fee_amount_yuan": "收费金额（元）",
    "fee_paid": "是否缴费",
    "review": "行政复议结果",
    "review_date": "申请复议日期",
    "review_decided": "复议决定日期",
    "litigation": "行政诉讼",
    "litigation_result": "行政诉讼结果",
    "litigation_date": "起诉日期",
    "litigation_decided": "诉讼审结日期",
    "applicant_name": "申请人姓名或名称",
    "contact": "联系方式",
    "note": "备注",
}
FIELDS: tuple[str, ...] = tuple(TITLES)
# The standard template: exactly these headers, in this order.
TEMPLATE_FIELDS: tuple[str, ...] = ("no", "received", "applicant", "result", "answered")
PERSONAL: frozenset[str] = frozenset({"applicant_name", "contact"})
REQUIRED: tuple[str, ...] = ("received", "applicant")

_ALIASES: dict[str, tuple[str, ...]] = {
    "no": ("序号", "申请编号", "登记编号", "受理编号", "受理号", "流水号", "办件编号", "登记号", "编码"),
    "received": ("收到申请日期", "申请日期", "申请时间", "收到时间", "受理日期", "受理时间", "登记日期", "接收日期"),
    "applicant": ("申请人类别", "申请人性质", "申请主体", "申请人身份", "申请人情况", "类型"),
    "channel": ("申请渠道", "申请途径", "提交方式", "受理方式", "来源"),
    "summary": (
        "申请内容",
        "申请事项",
        "申请公开内容",
        "所需信息",
        "所需信息描述",
        "所需信息的内容描述",
        "申请信息",
        "内容",
    ),
    "result": ("答复结果", "处理结果", "答复类型", "答复情况", "办理情况", "答复意见", "结果"),
    "answered": ("答复时间", "办结日期", "办结时间", "回复日期", "答复日"),
    "corrected": ("补正日期", "收到补正日期", "补正后收到申请日期", "收到补正材料日期"),
    "confirmed": ("确认日期", "双方确认日期", "确认收到申请日期", "收到申请之日"),
    "correction_sent": ("告知补正日期", "补正告知日期", "发出补正通知日期", "补正通知时间"),
    "consulted": ("征求第三方意见日期", "征求意见时间", "书面征求意见日期", "征求意见书发出日期"),
    "consult_answered": ("第三方答复日期", "收到第三方意见日期", "反馈意见日期", "收到反馈日期"),
    "review_decided": ("复议决定时间", "复议结果日期", "复议决定书日期"),
    "litigation_decided": ("审结日期", "判决日期", "裁判日期", "诉讼结果日期"),
    "extended": ("延期", "是否延期答复", "延期答复"),
    "extended_to": ("延期至", "延期期限", "延期后期限"),
    "fee_notice": ("收费通知", "是否收费"),
    "fee_notice_date": ("收费通知时间",),
    "fee_amount_yuan": ("收费金额", "信息处理费", "信息处理费（元）", "金额"),
    "fee_paid": ("缴费情况", "是否已缴费", "已缴费"),
    "review": ("行政复议", "复议结果", "复议情况"),
    "review_date": ("复议日期", "复议申请日期"),
    "litigation": ("诉讼", "起诉方式", "行政诉讼情况"),
    "litigation_result": ("诉讼结果",),
    "litigation_date": ("诉讼日期", "起诉时间"),
    "applicant_name": ("申请人", "申请人姓名", "申请人名称", "姓名", "单位名称"),
    "contact": ("联系电话", "电话", "联系方式及地址", "通讯地址"),
    "note": ("说明",),
}
_KNOWN: dict[str, str] = {}
for _field, _title in TITLES.items():
    for _text in (_title, *_ALIASES.get(_field, ())):
        _KNOWN.setdefault(normalise(_text, strip_numbering=True), _field)


_BRACKETED = re.compile(r"（[^）]*）")  # 「收到日期（年月日）」: a note after the name


def header_key(text: object) -> str:
    return normalise(str(text or ""), strip_numbering=True)


def guess_mapping(headers: list[object], remembered: dict[str, str] | None = None) -> dict[int, str]:
    """Column index → field, each field at most once; unknown headers are left unmapped (and kept)."""
    out: dict[int, str] = {}
    used: set[str] = set()
    memory = remembered or {}
    for i, h in enumerate(headers):
        key = header_key(h)
        field = memory.get(key) if key in memory else _KNOWN.get(key) or _KNOWN.get(_BRACKETED.sub("", key))
        if field and field not in used:
            out[i] = field
            used.add(field)
    return out


def recognised_count(headers: list[object]) -> int:
    return len(guess_mapping(headers))


class ColumnSpecError(UserError):
    """A column mapping given on the command line that does not fit the file."""


_LETTERS = re.compile(r"^[A-Za-z]{1,3}$")


def _column_of(target: str, headers: list[object]) -> int | None:
    """A column named by its header text, its Excel letter (C, AA) or its number counted from 1."""
    wanted = header_key(target)
    for i, h in enumerate(headers):
        if header_key(h) == wanted:
            return i
    if target.isdigit() and 1 <= int(target) <= len(headers):
        return int(target) - 1
    if _LETTERS.match(target):
        index = 0
        for ch in target.upper():
            index = index * 26 + ord(ch) - ord("A") + 1
        return index - 1 if index <= len(headers) else None
    return None


def _field_named(name: str) -> str | None:
    """A field by the app's column title (编号), a header the app recognises (受理时间) or its own name (received)."""
    if name in TITLES:
        return name
    return _KNOWN.get(header_key(name))


def mapping_with(spec: str, headers: list[object], guessed: dict[int, str]) -> dict[int, str]:
    """``guessed`` with the fields ``spec`` names (「编号=登记号,收到日期=受理时间」, or the column's letter or number
    after the 「=」) assigned as said; a column or field the spec uses is not also guessed elsewhere."""
    chosen: dict[int, str] = {}
    for part in re.split(r"[,，]", spec):
        if not part.strip():
            continue
        name, sep, target = part.partition("=")
        field = _field_named(name.strip())
        if not sep or not target.strip():
            raise ColumnSpecError(f"列对应“{part.strip()}”应写成“字段=表头”，如“收到日期=受理时间”")
        if field is None:
            raise ColumnSpecError(f"列对应中的“{name.strip()}”不是台账的字段（可用：{'、'.join(TITLES.values())}）")
        column = _column_of(target.strip(), headers)
        if column is None:
            shown = "、".join(str(h) for h in headers if str(h or "").strip())
            raise ColumnSpecError(f"文件中没有“{target.strip()}”列（表头为：{shown}）")
        if column in chosen and chosen[column] != field:
            raise ColumnSpecError(f"“{target.strip()}”列被指定给了两个字段：{TITLES[chosen[column]]}、{TITLES[field]}")
        chosen[column] = field
    kept = {i: f for i, f in guessed.items() if i not in chosen and f not in chosen.values()}
    return {**kept, **chosen}


def describe_mapping(headers: list[object], mapping: dict[int, str]) -> str:
    """「编号←登记号，收到日期←受理时间」: what each field was read from."""
    parts = []
    for i, field in sorted(mapping.items()):
        header = str(headers[i] or "").strip() if i < len(headers) else ""
        parts.append(f"{TITLES[field]}←{header or f'第{i + 1}列'}")
    return "，".join(parts)


MEMORY_FILE = "columns.json"  # in the registers/ folder: the window writes it, the command line reads it


def memory_path(data_dir: Path) -> Path:
    """Where the window remembers the column mappings the officer confirmed."""
    return data_dir / FOLDER / MEMORY_FILE


def load_memory(path: Path) -> dict[str, str]:
    """Remembered header → field ("" = deliberately ignored). A missing or damaged file is an empty memory."""
    try:
        data = json.loads(Path(native_path(path)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if v == "" or v in TITLES}


def remember(path: Path, headers: list[object], mapping: dict[int, str]) -> None:
    """Store what the user chose for each header of this file, merged into what was remembered."""
    memory = load_memory(path)
    for i, h in enumerate(headers):
        key = header_key(h)
        if key:
            memory[key] = mapping.get(i, "")
    try:
        os.makedirs(native_path(path.parent), exist_ok=True)
        write_json(path, memory)
    except (OSError, OutputError):
        pass  # forgetting a mapping is harmless: the user is asked again next time
