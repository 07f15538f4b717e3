"""What an exchange file may hold, and how to name a place in it in the words the user knows.

The limits are far above any real report and far below what makes the program slow or crash: a count of
``1e999999999`` would take minutes to turn into an integer, 100,000 nested brackets overflow the parser.
"""

from __future__ import annotations

import json
from decimal import Decimal

from . import schema

MAX_FILE_BYTES = 20 * 1024 * 1024  # an exchange file is a few KB
MAX_COUNT = 10**9  # 10 亿 cases; the same limit as typing into a table cell
MAX_AMOUNT_DIGITS = 12  # integer digits of an amount (万元 or 元)
MAX_TEXT_CHARS = 100_000  # per text field; a long report's longest section has a few thousand
MAX_SHORT_TEXT_CHARS = 500  # agency name, region, website, contact fields
MAX_DEPTH = 5  # nesting of brackets in the format; deeper structures are refused by the reader's shape checks
MAX_NUMBER_CHARS = 40  # a number written with more characters than this is not a real figure

LIMITS = (
    f"件数：0 到 {MAX_COUNT:,}（10 亿）的整数",
    f"金额：不超过 {MAX_AMOUNT_DIGITS} 位整数，小数最多 6 位（万元）或 2 位（元）",
    f"正文：每一项最多 {MAX_TEXT_CHARS:,} 字；单位名称、地区、网站、联系方式等每项最多 {MAX_SHORT_TEXT_CHARS} 字",
    f"嵌套：只接受本格式的结构（括号最多 {MAX_DEPTH} 层）",
    f"文件大小：最大 {MAX_FILE_BYTES // 1024 // 1024} MB",
)


class HugeNumber(str):
    """A number in the file too long to be a real figure, kept as text so nothing tries to compute with it."""


def parse_int(text: str) -> int | HugeNumber:
    return HugeNumber(text) if len(text) > MAX_NUMBER_CHARS else int(text)


def parse_float(text: str) -> Decimal | HugeNumber:
    exponent = text.lower().partition("e")[2]
    if len(text) > MAX_NUMBER_CHARS or (exponent and abs(int(exponent)) > MAX_NUMBER_CHARS):
        return HugeNumber(text)
    return Decimal(text)


def huge_text(value: HugeNumber) -> str:
    return f"{value[:12]}…（{len(value)} 个字符）" if len(value) > 16 else str(value)


_JSON_MESSAGES = (
    ("Expecting value", "此处应有一个值"),
    ("Expecting property name enclosed in double quotes", '键名应放在英文双引号 " " 中'),
    ("Expecting ',' delimiter", "缺少逗号"),
    ("Expecting ':' delimiter", "缺少冒号"),
    ("Unterminated string starting at", "文字缺少结尾的双引号"),
    ("Invalid control character at", "文字中有控制字符（如未转义的换行或制表符）"),
    ("Invalid \\escape", "文字中有无效的转义符（反斜杠 \\）"),
    ("Invalid \\uXXXX escape", "文字中有无效的 \\u 转义"),
    ("Extra data", "文件内容结束后还有多余的字符"),
)


# A file cut off (a copy, download or save interrupted, a USB stick pulled out): said as such, whether the cut fell
# between two characters (the JSON ends early) or inside one (the UTF-8 ends early).
TRUNCATED = "文件在此处意外结束（可能复制、下载或保存时中断，只保存了一部分），请重新获取完整的文件"


def is_truncated(exc: json.JSONDecodeError) -> bool:
    """The JSON text is cut off: it ends where a value or a closing bracket was still due, or inside a string that
    no later quote closes."""
    rest = exc.doc[exc.pos :].rstrip()
    if exc.msg.startswith("Unterminated string"):
        return '"' not in rest[1:]
    if exc.msg.startswith("Expecting value") and rest and any(w.startswith(rest) for w in ("true", "false", "null")):
        return True  # cut inside a literal
    return not exc.msg.startswith("Extra data") and not rest


def utf8_error_text(raw: bytes, exc: UnicodeDecodeError, what: str) -> str:
    """Why ``raw`` is not UTF-8 text: cut off inside a character, or another encoding (``what`` the file should be)."""
    if exc.reason == "unexpected end of data" and exc.end >= len(raw):
        return f"文件不完整：{TRUNCATED}"
    return f"文件不是 UTF-8 编码的文本，不是{what}"


def json_error_text(exc: json.JSONDecodeError) -> str:
    """The parser's English message in Chinese, with where it happened."""
    if not exc.doc.strip():
        return "文件是空的，不是年报交换文件"
    if is_truncated(exc):
        what = ("文字缺少结尾的双引号：" if exc.msg.startswith("Unterminated string") else "") + TRUNCATED
    else:
        what = next((zh for en, zh in _JSON_MESSAGES if exc.msg.startswith(en)), "格式有误")
    return f"不是有效的 JSON 文件（第 {exc.lineno} 行第 {exc.colno} 列：{what}）"


_GROUP_LABELS = {
    "format": "文件格式标记",
    "format_version": "格式版本号",
    "template": "格式模板",
    "meta": "基本信息",
    "meta.contact": "联系方式",
    "sections": "正文",
    "sections.overview": "一、总体情况",
    "sections.problems": "五、存在的主要问题及改进情况",
    "sections.other": "六、其他需要报告的事项",
    "fees": "收费",
    "tables": "统计表",
    "tables.t2": "表二",
    "tables.t3": "表三",
    "tables.t4": "表四",
}


def place_label(place: str) -> str:
    """「表三 予以公开 · 自然人」 for ``tables.t3.granted[0]``; the path itself when it names nothing known."""
    try:
        if place.startswith("meta.contact."):
            return schema.CONTACT_LABELS[place.removeprefix("meta.contact.")]
        if place.startswith("tables.t3.") and not place.endswith("]"):
            return f"表三 {schema.T3_ROW_BY_KEY[place.removeprefix('tables.t3.')].short}"
        if place.startswith("tables.t4.") and not place.endswith("]"):
            return f"表四 {schema.T4_GROUP_BY_KEY[place.removeprefix('tables.t4.')].label}"
        return _GROUP_LABELS.get(place) or schema.cell_label(place)
    except (KeyError, ValueError, IndexError):
        return place
