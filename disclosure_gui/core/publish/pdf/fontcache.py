"""Font metrics parsed once per font file and kept in the user's cache folder.

ReportLab reads a TrueType font's tables (character map, widths, glyph offsets) in Python every time
a process loads it — for the four faces of the report a fifth of a whole command-line export. The
parsed values are stored with ``marshal`` (plain data, no code) under a key made of the file's path,
size, modification time and the ReportLab version; a missing, stale or unreadable cache entry only
means the font is parsed again. ``DISCLOSURE_GUI_CACHE_DIR`` moves the cache; an empty value turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, Literal

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from .... import APP_NAME_ASCII
from ...filenames import native_path
from ...outputs import OutputError, write_output

ENV_CACHE_DIR = "DISCLOSURE_GUI_CACHE_DIR"
_NAMES = ("name", "familyName", "styleName", "fullName", "uniqueFontID")
_FORMAT = 2
_REQUIRED = ("name", "unitsPerEm", "charToGlyph", "charWidths", "hmetrics", "glyphPos")


def cache_dir() -> Path | None:
    override = os.environ.get(ENV_CACHE_DIR)
    if override is not None:
        return Path(override) if override else None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_NAME_ASCII / "cache" / "fonts"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME_ASCII / "fonts"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_NAME_ASCII / "fonts"


def _entry(path: str, index: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        stat = os.stat(native_path(path))
    except OSError:
        return None
    key = f"{_FORMAT}|{REPORTLAB_VERSION}|{os.path.abspath(path)}|{index}|{stat.st_size}|{stat.st_mtime_ns}"
    return folder / (hashlib.sha256(key.encode()).hexdigest()[:32] + ".metrics")


class _Face(TTFontFace):
    """A face whose parsed metrics come from the cache when they are there."""

    cached: dict[str, Any] | None = None

    def extractInfo(self, charInfo: Literal[0, 1] | bool = 1) -> None:  # ReportLab's names
        if self.cached is None:
            before = dict(vars(self))
            super().extractInfo(charInfo)
            self.parsed = {
                k: v for k, v in vars(self).items() if k != "_pdfScale" and (k not in before or before[k] is not v)
            }
            return
        state = dict(self.cached)
        for key in _NAMES:
            if isinstance(state.get(key), bytes):
                state[key] = TTFNameBytes(state[key])
        self.__dict__.update(state)
        scale = 1000 / self.unitsPerEm
        self._pdfScale = (lambda x: x) if self.unitsPerEm == 1000 else (lambda x: x * scale)


class CachedTTFont(TTFont):
    """ReportLab's TTFont, built on a face whose metrics may come from the cache."""

    def __init__(self, name: str, path: str, subfontIndex: int = 0) -> None:
        entry = _entry(path, subfontIndex)
        cached = None
        if entry is not None:
            try:
                cached = marshal.loads(entry.read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                cached = None
        if not (isinstance(cached, dict) and all(key in cached for key in _REQUIRED)):
            cached = None
        face_class = type("_CachedFace", (_Face,), {"cached": cached})
        self.fontName = name
        self.face = face_class(native_path(path), validate=0, subfontIndex=subfontIndex)
        self.encoding = TTEncoding()
        from weakref import WeakKeyDictionary

        self.state = WeakKeyDictionary()
        # The rest as ReportLab's own TTFont.__init__ sets it.
        self._asciiReadable = rl_config.ttfAsciiReadable
        self.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob or ())
        parsed = getattr(self.face, "parsed", None)
        if entry is not None and parsed is not None:
            _store(entry, parsed)


_reportlab_to_unicode = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map, with characters beyond U+FFFF written as the UTF-16 pairs PDF readers
    expect (ReportLab writes ``<20BB7>``, which no reader takes, so 𠮷 vanished from the copied text)."""
    cmap = _reportlab_to_unicode(fontname, subset)
    for code in subset:
        if code > 0xFFFF:
            pair = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"> <{code:04X}>\n", f"> <{pair}>\n")
    return cmap


ttfonts.makeToUnicodeCMap = _to_unicode_cmap  # used when a subset is written


def _store(entry: Path, parsed: dict[str, Any]) -> None:
    state = {k: (bytes(v) if isinstance(v, TTFNameBytes) else v) for k, v in parsed.items()}
    try:
        data = marshal.dumps(state)
        entry.parent.mkdir(parents=True, exist_ok=True)

        def write(tmp: str) -> None:
            Path(tmp).write_bytes(data)

        write_output(entry, write)
    except (OSError, ValueError, OutputError):
        pass  # no cache: the font is parsed again next time
