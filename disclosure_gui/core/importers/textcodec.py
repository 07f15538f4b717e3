"""Bytes of a page or a text file → text: a declared charset, else UTF-8/UTF-16, else GB18030 (GBK pages
that declare nothing are common on county sites)."""

from __future__ import annotations

import re

from .base import ReportImportError


def looks_binary(raw: bytes) -> bool:
    return b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(raw: bytes, name: str) -> str:
    if looks_binary(raw):
        raise ReportImportError(
            f"{name} 是二进制文件，不是网页、Word、PDF 文件或文本；请选择网站上另存的网页、Word 或 PDF 文件"
        )
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096])
        if encoding == "utf-8-sig" or m is None:
            return text
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            return text
    raise ReportImportError(f"{name} 的文字编码无法识别；请用记事本打开后“另存为” UTF-8 编码的文本再导入")
