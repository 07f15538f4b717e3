"""Old Word (.doc, Word 97–2003) and WPS (.wps) binary files: converted to .docx by LibreOffice when one is
installed (:mod:`..office`); otherwise the user is told how to save the file as .docx."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from ..office import OLE_MAGIC, convert, find_office
from .base import Block, ReportImportError
from .docx import docx_blocks

__all__ = ["OLE_MAGIC", "find_office", "legacy_blocks"]
_SAVE_AS = "请在 Word/WPS 中打开，“另存为” .docx 后再导入"


def legacy_blocks(path: Path) -> list[Block]:
    office = find_office()
    kind = "WPS 文字（.wps）" if path.suffix.lower() == ".wps" else "旧版 Word（.doc）"
    if office is None:
        raise ReportImportError(f"{path.name} 是{kind}文件，本机没有找到 LibreOffice，无法直接读取；{_SAVE_AS}")
    with tempfile.TemporaryDirectory(prefix="disclosure-import-") as tmp:
        try:
            converted = convert(office, path, Path(tmp), "docx:MS Word 2007 XML")
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ReportImportError(f"用 LibreOffice 转换 {path.name} 没有成功；{_SAVE_AS}") from exc
        if converted is None:
            raise ReportImportError(f"{path.name} 无法被 LibreOffice 转换，可能已损坏或加密；{_SAVE_AS}")
        return docx_blocks(converted)
