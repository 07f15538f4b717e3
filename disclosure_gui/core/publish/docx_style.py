"""Word styling helpers: explicit faces on every run, document defaults, heading styles (标题 1 / 标题 2,
with outline levels for the navigation pane and a table of contents), fallback faces in the font table,
the document grid, page numbers and the draft watermark as Word's own 水印 menu makes it.

python-docx's ``font.name`` alone leaves Chinese text in the theme font, so every style and run gets
explicit rFonts for all four scripts with the theme attributes removed. A PC without the official
faces substitutes from the font table's ``altName``: 楷体_GB2312 → 楷体, 仿宋_GB2312 → 仿宋, so the
headings keep their face.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree  # type: ignore[import-untyped]

# The children of w:pPr that come after w:snapToGrid, in the schema's order (python-docx inserts by this list).
PPR_AFTER_SNAP = (
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)

FONT_TITLE, FONT_H1, FONT_H2, FONT_BODY, FONT_TABLE = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"


@dataclass(frozen=True)
class Faces:
    """The family named for each role: the official faces, or those found on this computer."""

    title: str = FONT_TITLE
    body: str = FONT_BODY
    heading1: str = FONT_H1
    heading2: str = FONT_H2
    table: str = FONT_TABLE

    @classmethod
    def of(cls, families: dict[str, str]) -> Faces:
        return cls(families["title"], families["body"], families["heading1"], families["heading2"], families["table"])


BODY_PT, TABLE_PT = 16, 10.5
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ------------------------------------------------------------------------------ fonts


def set_fonts(rpr: Any, name: str, size: float | None = None, *, bold: bool | None = None) -> None:
    """Explicit rFonts for all four scripts, no theme fonts, zh-CN for East Asian text."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), name)
    for attr in _THEME_ATTRS:
        if rfonts.get(qn(attr)) is not None:
            del rfonts.attrib[qn(attr)]
    rfonts.set(qn("w:hint"), "eastAsia")
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(int(size * 2)))
    if bold is not None:
        el = rpr.find(qn("w:b"))
        if bold and el is None:
            rpr.append(OxmlElement("w:b"))
        elif not bold and el is not None:
            rpr.remove(el)


def add_run(paragraph: Any, text: str, font: str, size: float, *, bold: bool = False) -> Any:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    set_fonts(run._element.get_or_add_rPr(), font, size, bold=bold)
    return run


def apply_defaults(document: Any, faces: Faces) -> None:
    """docDefaults and the Normal style: the body face (仿宋_GB2312) 16 pt, zh-CN; the theme fonts removed."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            set_fonts(rpr, faces.body, BODY_PT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element.get_or_add_rPr(), faces.body, BODY_PT)
    for style in document.styles:
        element = getattr(style, "element", None)
        rpr = element.find(qn("w:rPr")) if element is not None else None
        rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if rfonts is not None:
            for attr in _THEME_ATTRS:
                if rfonts.get(qn(attr)) is not None:
                    del rfonts.attrib[qn(attr)]


def heading_styles(document: Any, faces: Faces) -> None:
    """标题 1 (黑体) and 标题 2 (楷体) as the section headings are set: 16 pt, not bold, black, on the grid,
    indented two characters, kept with the next paragraph, outline levels 1 and 2."""
    for name, face, level in (("Heading 1", faces.heading1, 0), ("Heading 2", faces.heading2, 1)):
        style = document.styles[name]
        rpr = style.element.get_or_add_rPr()
        for tag in ("w:color", "w:b", "w:bCs", "w:i", "w:iCs", "w:kern"):
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)
        set_fonts(rpr, face, BODY_PT, bold=False)
        fmt = style.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.keep_with_next = True
        ppr = style.element.get_or_add_pPr()
        spacing = ppr.find(qn("w:spacing"))
        spacing.set(qn("w:line"), "579")
        spacing.set(qn("w:lineRule"), "exact")
        outline = ppr.find(qn("w:outlineLvl"))
        if outline is None:
            outline = OxmlElement("w:outlineLvl")
            ppr.append(outline)
        outline.set(qn("w:val"), str(level))


# ------------------------------------------------------------------------------ footer


def page_number(paragraph: Any, face: str) -> None:
    """「— PAGE —」 as a complex field with a cached result, 14 pt 宋体, its 一字线 7 mm under the text block."""
    fmt = paragraph.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(PAGE_NUMBER_LINE)
    add_run(paragraph, "— ", face, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        set_fonts(run._element.get_or_add_rPr(), face, 14)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text
    add_run(paragraph, " —", face, 14)


PAGE_NUMBER_LINE = 16  # points: the footer's one exact line
# From the page's foot to the footer line's foot: the dash (0.27 em above the baseline, the baseline about
# 0.2 of the line above its foot) lands 35 − 7 = 28 mm above the page's foot, as in the PDF.
FOOTER_DISTANCE_MM = 24.9


def footers(document: Any, section: Any, *, center: bool, face: str = FONT_TABLE) -> None:
    section.footer_distance = Mm(FOOTER_DISTANCE_MM)
    footer = section.footer.paragraphs[0]
    if center:
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_number(footer, face)
        return
    document.settings.odd_and_even_pages_header_footer = True
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.paragraph_format.right_indent = Pt(14)  # one character in from the edge (GB/T 9704 §7.5)
    page_number(footer, face)
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    page_number(even, face)


# ------------------------------------------------------------------------------ fallback faces

# Role → (the face Windows and WPS have when the named one is missing, panose)
_ALT_FACES = {
    "title": ("宋体", "02010600030101010101"),
    "heading1": ("SimHei", "02010609060101010101"),
    "heading2": ("楷体", "02010609060101010101"),
    "body": ("仿宋", "02010609060101010101"),
    "table": ("SimSun", "02010600030101010101"),
}


def font_table(document: Any, faces: Faces) -> None:
    """Declare each face with an ``altName`` so a PC without it substitutes a face of the same kind."""
    for part in document.part.package.iter_parts():
        if str(part.partname) != "/word/fontTable.xml":
            continue
        root = parse_xml(part.blob)
        for role, (alt, panose) in _ALT_FACES.items():
            name = getattr(faces, role)
            if name == alt:
                continue
            root.append(
                parse_xml(
                    f'<w:font xmlns:w="{_W}" w:name="{name}"><w:altName w:val="{alt}"/>'
                    f'<w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="modern"/>'
                    '<w:pitch w:val="fixed"/></w:font>'
                )
            )

        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# ------------------------------------------------------------------------------ grid and watermark


def document_grid(section: Any) -> None:
    """GB/T 9704's 22 lines a page: a line grid of 579 twips (225 mm / 22).

    The 28 characters a line come from the body runs' character spacing (:func:`on_char_grid`), not
    from a character grid: LibreOffice and WPS size a character grid differently from Word, a fixed
    spacing of -0.25 pt gives 28 characters of 16 pt in 156 mm in all three.
    """
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), "579")
    if grid.get(qn("w:charSpace")) is not None:
        del grid.attrib[qn("w:charSpace")]


BODY_CHAR_SPACING = -5  # twentieths of a point: 16 pt − 0.25 pt = 15.75 pt, 28 × 15.75 pt ≤ 156 mm < 29 ×


def on_char_grid(run: Any) -> None:
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(BODY_CHAR_SPACING))
    run._element.get_or_add_rPr().append(spacing)


def off_grid(paragraph: Any) -> None:
    """Text in another size than the body (title, tables, page numbers) keeps its own character pitch."""
    ppr = paragraph._p.get_or_add_pPr()
    snap = OxmlElement("w:snapToGrid")
    snap.set(qn("w:val"), "0")
    ppr.insert_element_before(snap, *PPR_AFTER_SNAP)


def watermark(header: Any, text: str, face: str, number: int) -> None:
    """A light diagonal 「草稿」 behind every page, as Word's 设计 → 水印 makes it: a VML text path named
    ``PowerPlusWaterMarkObject…`` inside a watermark building block, which the same menu's 删除水印
    removes. ``number`` keeps the shape ids of the headers apart."""
    sdt = parse_xml(
        f'<w:sdt xmlns:w="{_W}"><w:sdtPr><w:id w:val="{-1200000000 - number}"/><w:docPartObj>'
        '<w:docPartGallery w:val="Watermarks"/><w:docPartUnique/></w:docPartObj></w:sdtPr>'
        '<w:sdtContent><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr></w:r></w:p>'
        "</w:sdtContent></w:sdt>"
    )
    run = sdt.find(f".//{{{_W}}}r")
    run.append(
        parse_xml(
            f'<w:pict xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" '
            'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w10="urn:schemas-microsoft-com:office:word">'
            # Word's own definition of a text-path shape: LibreOffice draws the watermark only with it.
            '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
            'path="m@7,l@8,m@5,21600l@6,21600e">'
            '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
            '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>'
            '<v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
            '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
            '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
            'o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/>'
            '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
            '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
            f'<v:shape id="PowerPlusWaterMarkObject{number}" o:spid="_x0000_s{2049 + number}" type="#_x0000_t136" '
            'style="position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;'
            "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
            'mso-position-vertical:center;mso-position-vertical-relative:margin" '
            'o:allowincell="f" fillcolor="#d9d9d9" stroked="f">'
            '<v:fill opacity=".5"/>'
            f'<v:textpath style="font-family:&quot;{face}&quot;;font-size:1pt" string="{text}"/>'
            '<w10:wrap anchorx="margin" anchory="margin"/>'
            "</v:shape></w:pict>"
        )
    )
    header._element.insert(0, sdt)


def draft_header(header: Any, notice: str, face: str, number: int) -> None:
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    off_grid(paragraph)
    run = add_run(paragraph, notice, face, 10.5)
    run.font.color.rgb = RGBColor(0xC0, 0, 0)
    watermark(header, "草稿", face, number)
