"""Files only an office suite reads (old Word .doc, WPS .wps and .et): converted by LibreOffice when one is installed —
headless, offline, with its own throw-away profile so a running LibreOffice is not disturbed. Callers tell the user
how to save the file in a format the app reads when no LibreOffice is found or the conversion fails.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import UserError
from .filenames import native_path

CONVERT_TIMEOUT_S = 90
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003, WPS, old Excel

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


def convert(office: str, path: Path, work: Path, target: str) -> Path | None:
    """``path`` converted into the folder ``work`` (``target``: LibreOffice's ``--convert-to`` argument, e.g.
    ``"xlsx"`` or ``"docx:MS Word 2007 XML"``); None when it did not come out. Raises :class:`OSError` or
    :class:`subprocess.TimeoutExpired` when LibreOffice cannot be run."""
    import subprocess  # loaded when a file is converted: the register reader that may need it opens with every report

    source = work / ("source" + (path.suffix.lower() or ".bin"))
    # A plain name, and the normal path on its command line: LibreOffice is picky about non-ASCII paths on Windows.
    shutil.copyfile(native_path(path), native_path(source))
    profile = (work / "profile").as_uri()
    cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--nolockcheck"]
    cmd += ["--convert-to", target, "--outdir", str(work), str(source)]
    subprocess.run(cmd, capture_output=True, timeout=CONVERT_TIMEOUT_S, check=False, stdin=subprocess.DEVNULL)
    converted = work / f"source.{target.split(':', 1)[0]}"
    return converted if os.path.exists(native_path(converted)) else None


@contextmanager
def converted(path: Path, target: str, *, kind: str, save_as: str, error: type[UserError]) -> Iterator[Path]:
    """``path`` (a ``kind`` file, 「WPS 表格（.et）」) converted by LibreOffice, in a folder removed afterwards; or
    ``error`` saying why not and what to do instead (``save_as``: 「请在 WPS 中打开，“另存为” .xlsx 后再导入」)."""
    import subprocess

    office = find_office()
    if office is None:
        raise error(f"{path.name} 是{kind}文件，本机没有找到 LibreOffice，无法直接读取；{save_as}")
    with tempfile.TemporaryDirectory(prefix="disclosure-office-") as tmp:
        try:
            out = convert(office, path, Path(tmp), target)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise error(f"用 LibreOffice 转换 {path.name} 没有成功；{save_as}") from exc
        if out is None:
            raise error(f"{path.name} 无法被 LibreOffice 转换，可能已损坏或加密；{save_as}")
        yield out
