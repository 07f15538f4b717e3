"""Old Word (.doc, Word 97–2003) and WPS (.wps) binary files: converted to .docx by LibreOffice when one is
installed (headless, offline, its own throw-away profile so a running LibreOffice is not disturbed);
otherwise the user is told how to save the file as .docx."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .base import Block, ReportImportError
from .docx import docx_blocks

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, WPS, old Excel
CONVERT_TIMEOUT_S = 90
_SAVE_AS = "请在 Word/WPS 中打开，“另存为” .docx 后再导入"

_CANDIDATES = (
    "soffice",
    "libreoffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/opt/libreoffice/program/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


def find_office() -> str | None:
    override = os.environ.get("DISCLOSURE_GUI_SOFFICE")
    if override is not None:  # also lets tests simulate a machine without LibreOffice ("")
        return override if override and Path(override).exists() else None
    for candidate in _CANDIDATES:
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    return None


def legacy_blocks(path: Path) -> list[Block]:
    office = find_office()
    kind = "WPS 文字（.wps）" if path.suffix.lower() == ".wps" else "旧版 Word（.doc）"
    if office is None:
        raise ReportImportError(f"{path.name} 是{kind}文件，本机没有找到 LibreOffice，无法直接读取；{_SAVE_AS}")
    with tempfile.TemporaryDirectory(prefix="disclosure-import-") as tmp:
        work = Path(tmp)
        source = work / ("source" + (path.suffix.lower() or ".doc"))
        shutil.copyfile(path, source)  # a plain name: LibreOffice is picky about non-ASCII paths on Windows
        profile = (work / "profile").as_uri()
        cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck"]
        cmd += ["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work), str(source)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ReportImportError(f"用 LibreOffice 转换 {path.name} 没有成功；{_SAVE_AS}") from exc
        converted = work / "source.docx"
        if not converted.exists():
            raise ReportImportError(f"{path.name} 无法被 LibreOffice 转换，可能已损坏或加密；{_SAVE_AS}")
        return docx_blocks(converted)
