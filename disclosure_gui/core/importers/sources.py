"""A file → blocks: the kind of source is decided by its content (officers rename files, sites serve PDFs as
.html), the extension only breaks ties; limits are checked before anything is read."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..filenames import native_path
from ..outputs import os_error_text
from .base import MAX_SOURCE_BYTES, Block, ReportImportError
from .docx import docx_blocks
from .html import html_blocks, mht_html
from .legacy import OLE_MAGIC, legacy_blocks
from .pdf import pdf_blocks
from .text import text_blocks
from .textcodec import decode

_MHT_HEAD = re.compile(
    rb"^\s*(?:From:|MIME-Version:|Subject:|Date:|Snapshot-Content-Location:|Content-Type:\s*multipart)", re.I
)


def read_source(path: Path | str) -> list[Block]:
    p = Path(path)
    try:
        size = os.stat(native_path(p)).st_size
        if size > MAX_SOURCE_BYTES:
            raise ReportImportError(
                f"{p.name} 有 {size // (1024 * 1024)} MB，太大，不像是一份年度报告；"
                "请选择报告本身的网页、Word 或 PDF 文件"
            )
        raw = Path(native_path(p)).read_bytes()
    except FileNotFoundError as exc:
        raise ReportImportError(f"找不到文件 {p}") from exc
    except IsADirectoryError as exc:
        raise ReportImportError(f"{p.name} 是文件夹，请选择其中的报告文件") from exc
    except OSError as exc:
        raise ReportImportError(f"无法读取 {p}：{os_error_text(exc)}") from exc
    try:
        return _blocks(p, raw)
    except ReportImportError:
        raise
    except Exception as exc:  # a file crafted or broken in a way no reader foresaw: a message, never a traceback
        raise ReportImportError(
            f"{p.name} 无法读取（{type(exc).__name__}），可能已损坏；"
            "请重新下载，或在 Word/WPS、浏览器中打开后另存再导入"
        ) from exc


def _blocks(p: Path, raw: bytes) -> list[Block]:
    suffix = p.suffix.lower()
    if raw.startswith(b"%PDF") or (suffix == ".pdf" and b"%PDF-" in raw[:1024]):
        return pdf_blocks(p, raw)
    if raw.startswith(b"PK\x03\x04") or (suffix == ".docx" and raw.startswith(b"PK")):
        return docx_blocks(p)
    if raw.startswith(OLE_MAGIC):
        return legacy_blocks(p)
    if suffix in (".pdf", ".docx", ".doc", ".wps") and raw:
        raise ReportImportError(
            f"{p.name} 的扩展名是 {suffix}，但内容不是这种文件（可能已损坏或下载不完整）；请重新下载或另存后再导入"
        )
    if suffix in (".mht", ".mhtml") or _MHT_HEAD.match(raw[:512]):
        return html_blocks(mht_html(raw, p.name))
    text = decode(raw, p.name)
    if suffix in (".html", ".htm", ".shtml", ".xhtml") or re.search(r"<(html|body|table|p)\b", text[:5000], re.I):
        return html_blocks(text)
    return text_blocks(text)
