"""Build the fonts the app ships (resources/fonts/) from their openly licensed sources.

The PDF must print on an office PC without the official faces (仿宋_GB2312, 黑体, 楷体_GB2312,
方正小标宋). ReportLab embeds only TrueType-outline fonts, so the fallbacks are TrueType builds,
subset to the characters government documents use to keep the installer small, and renamed
(OFL-1.1 §3: a modified version must not keep a Reserved Font Name).

Sources (dev machine only; nothing is downloaded at run time):
  Noto Serif SC 400/700   npm @expo-google-fonts/noto-serif-sc@0.4.3  (OFL-1.1)
  Noto Sans SC 400/500    npm @expo-google-fonts/noto-sans-sc@0.4.3   (OFL-1.1)
  LXGW WenKai Regular     Debian fonts-lxgw-wenkai 1.250+repack-1      (OFL-1.1)
  FandolFang Regular      Debian texlive-lang-chinese 2022.20230122-1, the Fandol fonts 0.3 of CTAN's
                          fonts/fandol (GPL-3 with the font exception), CFF outlines converted to TrueType
                          here: this script and that OTF are GovReportFang's corresponding source under the GPL

    npm pack @expo-google-fonts/noto-serif-sc@0.4.3 @expo-google-fonts/noto-sans-sc@0.4.3
    apt-get download fonts-lxgw-wenkai && dpkg -x fonts-lxgw-wenkai_*.deb wk
    apt-get download texlive-lang-chinese && dpkg -x texlive-lang-chinese_*.deb tl  # .../fandol/FandolFang-Regular.otf
    pip install fonttools
    python packaging/fonts/build_fonts.py SERIF_400.ttf SERIF_700.ttf SANS_500.ttf WENKAI.ttf SANS_400.ttf \
        FANDOL_FANG.otf
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def _charset(encoding: str, minus: str | None = None) -> set[int]:
    """Characters of ``encoding`` (GB2312 / GBK) plus punctuation; ``minus`` leaves another encoding's out."""
    if minus:
        return {cp for cp in _charset(encoding) if cp >= 0x3400 and cp not in _charset(minus)}
    chars = set(range(0x20, 0x7F))
    chars |= set(range(0xA0, 0x100))
    chars |= set(range(0x2010, 0x2070))  # general punctuation: — ‘ ’ “ ” … ‰
    chars |= set(range(0x2460, 0x24A0))  # ① … ⒇
    chars |= set(range(0x3000, 0x3040))  # CJK symbols: 、 。 〔 〕 《 》 「 」
    chars |= set(range(0xFF01, 0xFF5F))  # full-width forms
    chars |= {0x00D7, 0x00F7, 0x2212, 0x2103, 0x2116, 0x2236}
    for cp in range(0x4E00, 0xA000):
        try:
            chr(cp).encode(encoding)
        except UnicodeEncodeError:
            continue
        chars.add(cp)
    return chars


def to_truetype(font: TTFont) -> None:
    """CFF (cubic) outlines to TrueType (quadratic) ones, within 4 units of 1000 (a twentieth of a point at
    16 pt): ReportLab embeds only those."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=4.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.maxStackElements = maxp.maxSizeOfInstructions = maxp.maxComponentElements = maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType, post.extraNames, post.mapping = 2.0, [], {}
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def build(source: str, family: str, style: str, encoding: str, minus: str | None = None) -> Path:
    options = subset.Options()
    options.hinting = False  # screen hinting is irrelevant in a PDF and doubles the size
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.layout_features = ["*"]
    font = TTFont(source)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=_charset(encoding, minus))
    subsetter.subset(font)
    if "CFF " in font:
        to_truetype(font)
    full = f"{family} {style}" if style != "Regular" else family
    postscript = f"{family}-{style}"
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    name.setName(family, 1, 3, 1, 0x409)
    name.setName(style, 2, 3, 1, 0x409)
    name.setName(f"{postscript};disclosure-gui", 3, 3, 1, 0x409)
    name.setName(full, 4, 3, 1, 0x409)
    name.setName(postscript, 6, 3, 1, 0x409)
    old = name.getDebugName(5) or ""
    name.setName(f"{old}; subset for 政府信息公开年报助手", 5, 3, 1, 0x409)
    OUT.mkdir(parents=True, exist_ok=True)
    target = OUT / f"{postscript}.ttf"
    font.save(target)
    print(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB, {font['maxp'].numGlyphs} glyphs")
    return target


def main(serif_regular: str, serif_bold: str, sans: str, kai: str, sans_regular: str, fang: str) -> None:
    # GB2312 covers nearly every report; the rest of GBK (rare names of people and places) lives in
    # a second file that is loaded only when such a character occurs, keeping export start-up fast.
    build(serif_regular, "GovReportSerif", "Regular", "gb2312")
    build(serif_regular, "GovReportSerifExt", "Regular", "gbk", minus="gb2312")
    build(serif_bold, "GovReportSerif", "Bold", "gb2312")
    build(sans, "GovReportSans", "Medium", "gb2312")
    build(kai, "GovReportKai", "Regular", "gb2312")
    build(sans_regular, "GovReportSans", "Regular", "gb2312")  # the window's font where no Chinese font is installed
    build(fang, "GovReportFang", "Regular", "gb2312")  # the 仿宋 body: no open 仿宋 of this coverage is OFL


if __name__ == "__main__":
    if len(sys.argv) != 7:
        sys.exit(__doc__)
    main(*sys.argv[1:])
