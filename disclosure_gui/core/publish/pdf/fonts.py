"""Fonts for the printed report: the official faces when installed, the shipped ones otherwise.

Each typographic role (title, body, 黑体 heading, 楷体 heading, table, page number) has the family names
offices have for it, best first (仿宋_GB2312, 仿宋, 方正仿宋_GBK, FangSong, STFangsong…), looked up in
the system's font list (:mod:`.fontlist`). ReportLab embeds only TrueType outlines; a CFF-outline face is
passed over. Whatever is missing is replaced by a font shipped under ``resources/fonts`` (openly
licensed, TrueType, subset): a 仿宋 for the body, a heavy Song for the title. A character the chosen face
lacks is taken from another installed face of its role, then from the shipped faces, then from any
installed face that has it; only characters no face has are reported to the user.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from ....resources import resource_path
from .fontcache import CachedTTFont
from .fontlist import ENV_FONT_DIRS, FontList, InstalledFace, system_fonts

__all__ = ["ENV_FONT_DIRS", "FAMILIES", "ROLES", "ROLE_LABELS", "FontSet", "FontSource", "resolve_fonts"]

ROLES = ("title", "body", "heading1", "heading2", "table", "page_number")
ROLE_LABELS = {
    "title": "标题（小标宋）",
    "body": "正文（仿宋）",
    "heading1": "一级标题（黑体）",
    "heading2": "二级标题（楷体）",
    "table": "表格（宋体）",
    "page_number": "页码（宋体）",
}
_SONG = ("宋体", "SimSun", "方正书宋_GBK", "FZShuSong-Z01", "方正书宋简体", "FZShuSong-Z01S", "华文宋体", "STSong")
# Family names by role, best first: the official face, its Windows/WPS and 方正 (WPS's published reports)
# versions, 华文 (Office for Mac), then faces of the same kind Linux desktops have.
FAMILIES: dict[str, tuple[str, ...]] = {
    "title": (
        "方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "小标宋", "方正小标宋",
        "华文中宋", "STZhongsong",
    ),
    "body": (
        "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "FZFangSong-Z02", "方正仿宋简体",
        "FZFangSong-Z02S", "华文仿宋", "STFangsong",
    ),
    "heading1": (
        "黑体", "SimHei", "方正黑体_GBK", "FZHei-B01", "方正黑体简体", "FZHei-B01S", "华文黑体", "STHeiti",
        "文泉驿正黑", "WenQuanYi Zen Hei",
    ),
    "heading2": (
        "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "FZKai-Z03", "方正楷体简体", "FZKai-Z03S",
        "华文楷体", "STKaiti", "AR PL UKai CN",
    ),
    "table": (*_SONG, "AR PL UMing CN"),
    "page_number": (*_SONG, "AR PL UMing CN"),
}  # fmt: skip
SHIPPED: dict[str, str] = {
    "title": "GovReportSerif-Bold.ttf",
    "body": "GovReportFang-Regular.ttf",
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
    official: bool  # an installed face (or one the user chose), not a shipped stand-in
    family: str = ""  # the family name it was found by (what the Word file names), "" for a shipped face


@dataclass
class FontSet:
    faces: dict[str, FontSource]
    fallback: str  # ReportLab name of the per-character fallback
    coverage: dict[str, frozenset[int]] = field(repr=False, default_factory=dict)
    _extension: str | None = field(default=None, repr=False)
    # primary font name → the other installed faces of its role, registered when first needed
    alternates: dict[str, list[InstalledFace]] = field(default_factory=dict, repr=False)
    installed: FontList | None = field(default=None, repr=False)  # searched last, for any face with the character
    _alternate_names: dict[str, list[str]] = field(default_factory=dict, repr=False)

    def name(self, role: str) -> str:
        return self.faces[role].name

    def has(self, font_name: str, char: str) -> bool:
        return ord(char) in self.coverage[font_name]

    def font_for(self, primary: str, char: str) -> str | None:
        """The font that draws ``char``: the role's face, another installed face of the role, the shipped
        faces, any installed face that has it; ``None`` if none can."""
        code = ord(char)
        if code in self.coverage[primary]:
            return primary
        for name in self._alternates(primary):
            if code in self.coverage[name]:
                return name
        if code in self.coverage[self.fallback]:
            return self.fallback
        if code >= 0x3400 and _in_gbk(char):
            if self._extension is None:
                self._extension, self.coverage[EXTENSION_FILE] = _shipped(EXTENSION_FILE)
            if code in self.coverage[EXTENSION_FILE]:
                return self._extension
        face = self.installed.covering(char) if self.installed is not None else None
        registered = _register(face.path, face.index) if face is not None else None
        if registered is not None and code in registered[1]:
            self.coverage[registered[0]] = registered[1]
            return registered[0]
        return None

    def _alternates(self, primary: str) -> list[str]:
        if primary not in self._alternate_names:
            names = []
            for face in self.alternates.get(primary, []):
                registered = _register(face.path, face.index)
                if registered is not None:
                    self.coverage[registered[0]] = registered[1]
                    names.append(registered[0])
            self._alternate_names[primary] = names
        return self._alternate_names[primary]


def _in_gbk(char: str) -> bool:
    try:
        char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


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


def family_names(fonts: FontList | None = None) -> dict[str, str]:
    """The family each role is set in, as a word processor names it: the installed face the PDF uses (a
    TrueType one first), else the official name (an office PC opening the file most likely has it)."""
    fonts = fonts if fonts is not None else system_fonts()
    out = {}
    for role in ROLES:
        found = sorted(fonts.find(FAMILIES[role]), key=lambda hit: not hit[1].truetype)  # stable: best name first
        out[role] = found[0][0] if found else FAMILIES[role][0]
    return out


def resolve_fonts(
    overrides: dict[str, str] | None = None, *, official: bool = True, fonts: FontList | None = None
) -> FontSet:
    """Choose a face for every role: the user's choice, else an installed face of the role's families,
    else a shipped one.

    ``overrides`` maps a role to a font file the user picked in the settings. ``official=False`` uses the
    shipped fonts only (reproducible output, used by tests); ``fonts`` replaces the system's font list.
    """
    overrides = overrides or {}
    installed = (fonts if fonts is not None else system_fonts()) if official else None
    faces: dict[str, FontSource] = {}
    coverage: dict[str, frozenset[int]] = {}
    alternates: dict[str, list[InstalledFace]] = {}
    for role in ROLES:
        choice = None
        candidates: list[tuple[str, InstalledFace]] = []
        if role in overrides:
            candidates = [("", InstalledFace(overrides[role], 0, (), True))]
        elif installed is not None:
            candidates = [(name, face) for name, face in installed.find(FAMILIES[role]) if face.truetype]
        for k, (family, face) in enumerate(candidates):
            registered = _register(face.path, face.index)
            if registered is not None:
                choice = FontSource(role, registered[0], face.path, True, family)
                coverage[registered[0]] = registered[1]
                alternates.setdefault(registered[0], [f for _n, f in candidates[k + 1 :] if f != face])
                break
        if choice is None:
            name, chars = _shipped(SHIPPED[role])
            choice = FontSource(role, name, str(resource_path("fonts", SHIPPED[role])), False)
            coverage[name] = chars
        faces[role] = choice
    fallback, chars = _shipped(FALLBACK_FILE)
    coverage[fallback] = chars
    return FontSet(faces, fallback, coverage, alternates=alternates, installed=installed)
