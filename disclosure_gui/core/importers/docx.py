"""A Word file (.docx, also WPS's) as blocks: paragraphs and tables in document order, merged cells on a grid.

The zip is inspected before python-docx reads it: a part that expands beyond the limits (a zip bomb) or a
broken archive gets a message, never a MemoryError or an lxml traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..filenames import native_path
from .base import MAX_UNPACKED_BYTES, MAX_ZIP_RATIO, Block, ReportImportError

_RESAVE = "请在 Word/WPS 中打开后“另存为” .docx 再导入"


def check_zip(path: Path) -> None:
    """Refuse archives that are broken or expand too much, before anything is unpacked."""
    try:
        with zipfile.ZipFile(native_path(path)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise ReportImportError(f"{path.name} 已损坏，不是有效的 Word（.docx）文件；{_RESAVE}") from exc
    total = sum(i.file_size for i in infos)
    too_dense = any(i.file_size > 1024 * 1024 and i.file_size > MAX_ZIP_RATIO * max(1, i.compress_size) for i in infos)
    if total > MAX_UNPACKED_BYTES or too_dense:
        raise ReportImportError(
            f"{path.name} 解压后有 {total // (1024 * 1024)} MB，远大于一份年度报告，可能已损坏或不安全，未读取；"
            f"{_RESAVE}"
        )
    if "word/document.xml" not in {i.filename for i in infos}:
        raise ReportImportError(f"{path.name} 是压缩文件，但不是 Word（.docx）文件；{_RESAVE}")


def docx_blocks(path: Path) -> list[Block]:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError
    from docx.oxml.ns import qn
    from lxml import etree  # type: ignore[import-untyped]

    check_zip(path)
    try:
        document = Document(native_path(path))
        body = document.element.body
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError, etree.LxmlError, OSError) as exc:
        raise ReportImportError(f"{path.name} 已损坏，无法作为 Word（.docx）文件读取；{_RESAVE}") from exc

    def text_of(element: etree._Element) -> str:
        return "".join(t.text or "" for t in element.iter(qn("w:t")))

    blocks: list[Block] = []
    for element in body.iterchildren():
        if element.tag == qn("w:p"):
            text = text_of(element).strip()
            if text:
                blocks.append(Block("p", text=text))
        elif element.tag == qn("w:tbl"):
            grid: list[list[str]] = []
            for tr in element.iter(qn("w:tr")):
                row: list[str] = []
                for tc in tr.iterchildren(qn("w:tc")):
                    text = "\n".join(text_of(p) for p in tc.iter(qn("w:p"))).strip()
                    tcpr = tc.find(qn("w:tcPr"))
                    span = 1
                    merged_below = False
                    if tcpr is not None:
                        gs = tcpr.find(qn("w:gridSpan"))
                        try:
                            span = max(1, min(50, int(gs.get(qn("w:val"), "1")))) if gs is not None else 1
                        except ValueError:
                            span = 1
                        vm = tcpr.find(qn("w:vMerge"))
                        merged_below = vm is not None and vm.get(qn("w:val")) in (None, "continue")
                    row.append("" if merged_below else text)
                    row.extend([""] * (span - 1))
                grid.append(row)
            blocks.append(Block("table", rows=grid))
    return blocks
