"""Old Word (.doc, Word 97–2003) and WPS (.wps) binary files: converted to .docx by LibreOffice when one is
installed (:mod:`..office`); otherwise the user is told how to save the file as .docx."""

from __future__ import annotations

from pathlib import Path

from ..office import OLE_MAGIC, converted, find_office
from .base import Block, ReportImportError
from .docx import docx_blocks

__all__ = ["OLE_MAGIC", "find_office", "legacy_blocks"]
_SAVE_AS = "请在 Word/WPS 中打开，“另存为” .docx 后再导入"


def legacy_blocks(path: Path) -> list[Block]:
    kind = "WPS 文字（.wps）" if path.suffix.lower() == ".wps" else "旧版 Word（.doc）"
    with converted(path, "docx:MS Word 2007 XML", kind=kind, save_as=_SAVE_AS, error=ReportImportError) as docx:
        return docx_blocks(docx)
