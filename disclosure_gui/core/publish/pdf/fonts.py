"""Fonts for the printed report: the official faces when installed, the shipped ones otherwise.

Each typographic role (title, body, 黑体 heading, 楷体 heading, table, page number) has a list of
official font files to look for in the usual font folders. ReportLab embeds only TrueType outlines;
a CFF-outline font found on the machine is skipped. Whatever is missing is replaced by a font shipped
under ``resources/fonts`` (openly licensed, TrueType, subset). Characters the chosen face lacks fall
back, one by one, to the shipped serif; characters no font has are reported to the user.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from ....resources import resource_path
from .fontcache import CachedTTFont

ROLES = ("title", "body", "heading1", "heading2", "table", "page_number")
ROLE_LABELS = {
    "title": "标题（小标宋）",
    "body": "正文（仿宋）",
    "heading1": "一级标题（黑体）",
    "heading2": "二级标题（楷体）",
    "table": "表格（宋体）",
    "page_number": "页码（宋体）",
}
ENV_FONT_DIRS = "DISCLOSURE_GUI_FONT_DIRS"

# Official faces by role, best first: (file name, index inside a .ttc collection).
OFFICIAL: dict[str, tuple[tuple[str, int], ...]] = {
    "title": (("方正小标宋简体.ttf", 0), ("fzxbsjw.ttf", 0), ("fzxbsjw--gb1-0.ttf", 0), ("方正小标宋_gbk.ttf", 0)),
    "body": (("仿宋_gb2312.ttf", 0), ("fs_gb2312.ttf", 0), ("simfang.ttf", 0), ("仿宋.ttf", 0), ("stfangso.ttf", 0)),
    "heading1": (("simhei.ttf", 0), ("黑体.ttf", 0), ("wqy-zenhei.ttc", 0)),
    "heading2": (("楷体_gb2312.ttf", 0), ("kai_gb2312.ttf", 0), ("simkai.ttf", 0), ("楷体.ttf", 0), ("stkaiti.ttf", 0)),
    "table": (("simsun.ttc", 0), ("simsun.ttf", 0), ("宋体.ttf", 0), ("uming.ttc", 0)),
    "page_number": (("simsun.ttc", 0), ("simsun.ttf", 0), ("宋体.ttf", 0), ("uming.ttc", 0)),
}
SHIPPED: dict[str, str] = {
    "title": "GovReportSerif-Bold.ttf",
    "body": "GovReportSerif-Regular.ttf",
    "heading1": "GovReportSans-Medium.ttf",
    "heading2": "GovReportKai-Regular.ttf",
    "table": "GovReportSerif-Regular.ttf",
    "page_number": "GovReportSerif-Regular.ttf",
}
FALLBACK_FILE = "GovReportSerif-Regular.ttf"
# The rest of GBK (rare characters of names and places), loaded only when such a character occurs.
EXTENSION_FILE = "GovReportSerifExt-Regular.ttf"


@dataclass(frozen=True)
class FontSource:
    role: str
    name: str  # ReportLab font name
    path: str
    official: bool  # an installed official face, not a shipped stand-in


@dataclass
class FontSet:
    faces: dict[str, FontSource]
    fallback: str  # ReportLab name of the per-character fallback
    coverage: dict[str, frozenset[int]] = field(repr=False, default_factory=dict)
    _extension: str | None = field(default=None, repr=False)

    def name(self, role: str) -> str:
        return self.faces[role].name

    def has(self, font_name: str, char: str) -> bool:
        return ord(char) in self.coverage[font_name]

    def font_for(self, primary: str, char: str) -> str | None:
        """The font that draws ``char``: the role's face, else the shipped fallbacks; ``None`` if none can."""
        code = ord(char)
        if code in self.coverage[primary]:
            return primary
        if code in self.coverage[self.fallback]:
            return self.fallback
        if code >= 0x3400 and _in_gbk(char):
            if self._extension is None:
                self._extension, self.coverage[EXTENSION_FILE] = _shipped(EXTENSION_FILE)
            if code in self.coverage[EXTENSION_FILE]:
                return self._extension
        return None


def _in_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


def font_dirs() -> list[Path]:
    dirs = [Path(p) for p in os.environ.get(ENV_FONT_DIRS, "").split(os.pathsep) if p]
    home = Path.home()
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts", home / ".fonts"]
    return dirs


@lru_cache(maxsize=4)
def _installed_files(dirs: tuple[Path, ...]) -> dict[str, Path]:
    """Lower-case file name → path of every font file in the font folders (first wins)."""
    found: dict[str, Path] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        for root, _subdirs, files in os.walk(base):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc", ".otf")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


@lru_cache(maxsize=64)
def _register(path: str, index: int) -> tuple[str, frozenset[int]] | None:
    """Register a font file with ReportLab once; ``None`` if ReportLab cannot embed it."""
    name = f"F{zlib.crc32(f'{path}#{index}'.encode()):08x}"  # stable across runs: reproducible PDFs
    try:
        font = CachedTTFont(name, path, subfontIndex=index)
    except (TTFError, OSError, ValueError, KeyError, IndexError):
        return None  # CFF outlines, a damaged file, or an unsupported format
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


def can_embed(path: str) -> bool:
    """Whether ReportLab can embed this font file (TrueType outlines, readable)."""
    return _register(path, 0) is not None


def _shipped(file_name: str) -> tuple[str, frozenset[int]]:
    path = resource_path("fonts", file_name)
    registered = _register(str(path), 0)
    if registered is None:  # pragma: no cover - the shipped fonts are tested
        raise RuntimeError(f"程序自带字体 {path} 无法加载，请重新安装")
    return registered


def resolve_fonts(overrides: dict[str, str] | None = None, *, official: bool = True) -> FontSet:
    """Choose a face for every role: the user's choice, else an installed official face, else a shipped one.

    ``overrides`` maps a role to a font file the user picked in the settings. ``official=False`` uses the
    shipped fonts only (reproducible output, used by tests).
    """
    overrides = overrides or {}
    installed = _installed_files(tuple(font_dirs())) if official else {}
    faces: dict[str, FontSource] = {}
    coverage: dict[str, frozenset[int]] = {}
    for role in ROLES:
        choice = None
        candidates: Iterable[tuple[str, int, bool]] = []
        if role in overrides:
            candidates = [(overrides[role], 0, True)]
        elif official:
            candidates = [(str(installed[n]), i, True) for n, i in OFFICIAL[role] if n in installed]
        for path, index, is_official in candidates:
            registered = _register(path, index)
            if registered is not None:
                choice = FontSource(role, registered[0], path, is_official)
                coverage[registered[0]] = registered[1]
                break
        if choice is None:
            name, chars = _shipped(SHIPPED[role])
            choice = FontSource(role, name, str(resource_path("fonts", SHIPPED[role])), False)
            coverage[name] = chars
        faces[role] = choice
    fallback, chars = _shipped(FALLBACK_FILE)
    coverage[fallback] = chars
    return FontSet(faces, fallback, coverage)
