"""Small fonts made for a test: given family names (in English and Chinese), given characters (each a
filled square), TrueType or CFF outlines. Nothing depends on the fonts of the machine the tests run on."""

from __future__ import annotations

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
from fontTools.pens.ttGlyphPen import TTGlyphPen


def _square(pen) -> None:
    pen.moveTo((100, -100))
    pen.lineTo((100, 800))
    pen.lineTo((900, 800))
    pen.lineTo((900, -100))
    pen.closePath()


def make_font(path: Path, families: dict[int, str], chars: str, *, cff: bool = False) -> Path:
    """A font at ``path`` whose family is ``families`` (Windows language id → name, 0x409 English,
    0x804 Chinese) with a glyph for each of ``chars`` (and space) one em wide."""
    names = [".notdef", "space"] + [f"u{ord(c):X}" for c in chars]
    fb = FontBuilder(1000, isTTF=not cff)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({32: "space", **{ord(c): f"u{ord(c):X}" for c in chars}})
    if cff:
        strings = {}
        for name in names:
            pen = T2CharStringPen(1000, None)
            if name not in (".notdef", "space"):
                _square(pen)
            strings[name] = pen.getCharString()
        fb.setupCFF(families[0x409].replace(" ", ""), {"FullName": families[0x409]}, strings, {})
    else:
        glyphs = {}
        for name in names:
            pen = TTGlyphPen(None)
            if name not in (".notdef", "space"):
                _square(pen)
            glyphs[name] = pen.glyph()
        fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({name: (1000, 100) for name in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": families[0x409], "styleName": "Regular"})
    for lang, name in families.items():
        fb.font["name"].setName(name, 1, 3, 1, lang)
    fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.save(str(path))
    return path
