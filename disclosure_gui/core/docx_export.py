"""The report as a Word file that opens cleanly in Microsoft Word and in WPS (Windows and Linux).

What Word and WPS need: A4 with the GB/T 9704 margins; the official face names set for
East Asian text on every style and run (python-docx's ``font.name`` alone leaves Chinese text in the
theme font) with the theme attributes removed; body with a two-character first-line indent and exact
29 pt line spacing; headings by level; 「— 1 —」 page numbers (odd right, even left); the three tables
with merged cells exactly as the official form, fixed layout with real column widths (WPS ignores
autofit), borders on the table itself, header rows repeated, rows that never split.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from . import schema
from .forms import FORMS, Form
from .numbers import format_decimal
from .outputs import OutputError, write_output
from .report import Report
from .rules import has_errors, run_rules

FONT_TITLE, FONT_H1, FONT_H2, FONT_BODY, FONT_TABLE = "方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"
TEXT_WIDTH_TWIPS = 8844  # 156 mm
BODY_PT, TABLE_PT = 16, 10.5
_HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
_HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")
_CN = "一二三四五六七八九十"
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


class DocxExportError(OutputError):
    pass


# ------------------------------------------------------------------------------ fonts


def _set_fonts(rpr: Any, name: str, size: float | None = None, *, bold: bool | None = None) -> None:
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


def _run(paragraph: Any, text: str, font: str, size: float, *, bold: bool = False) -> Any:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    _set_fonts(run._element.get_or_add_rPr(), font, size, bold=bold)
    return run


def _defaults(document: Any) -> None:
    """docDefaults and the Normal style: 仿宋_GB2312 16 pt, zh-CN; the theme fonts removed."""
    styles = document.styles.element
    rpr_default = styles.find(qn("w:docDefaults"))
    if rpr_default is not None:
        rpr = rpr_default.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if rpr is not None:
            _set_fonts(rpr, FONT_BODY, BODY_PT)
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element.get_or_add_rPr(), FONT_BODY, BODY_PT)
    for style in document.styles:
        element = getattr(style, "element", None)
        rpr = element.find(qn("w:rPr")) if element is not None else None
        rfonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if rfonts is not None:
            for attr in _THEME_ATTRS:
                if rfonts.get(qn(attr)) is not None:
                    del rfonts.attrib[qn(attr)]


# ------------------------------------------------------------------------------ paragraphs


def _paragraph(
    document: Any, text: str, font: str, *, indent: bool = True, align: Any = None, bold: bool = False
) -> Any:
    p = document.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(29)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    if indent:
        ppr = p._p.get_or_add_pPr()
        ind = OxmlElement("w:ind")
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")  # twips fallback for readers without character units
        ppr.append(ind)
    _run(p, text, font, BODY_PT, bold=bold)
    return p


def _text_paragraphs(document: Any, text: str) -> None:
    for line in (t.strip() for t in text.replace("\r\n", "\n").split("\n")):
        if not line:
            continue
        font = FONT_H1 if _HEADING1.match(line) else FONT_H2 if _HEADING2.match(line) else FONT_BODY
        p = _paragraph(document, line, font)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


# ------------------------------------------------------------------------------ tables


def _value_text(value: object) -> str:
    if value is None:
        return ""
    return format_decimal(value) if isinstance(value, Decimal) else str(value)


def _mark_row(row: Any, *, header: bool) -> None:
    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.append(OxmlElement("w:cantSplit"))
    if header and trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))


def _table_properties(table: Any, widths: list[int]) -> None:
    tbl = table._tbl
    tblpr = tbl.tblPr
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(widths)))
    width.set(qn("w:type"), "dxa")
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    tblpr.append(width)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblpr.append(layout)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblpr.append(borders)
    for grid_col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths, strict=False):
            tc.get_or_add_tcPr()
            cell_width = tc.tcPr.find(qn("w:tcW"))
            if cell_width is None:
                cell_width = OxmlElement("w:tcW")
                tc.tcPr.insert(0, cell_width)
            cell_width.set(qn("w:w"), str(w))
            cell_width.set(qn("w:type"), "dxa")


def _table(document: Any, form: Form, report: Report) -> Any:
    total = sum(form.col_weights)
    widths = [int(TEXT_WIDTH_TWIPS * w / total) for w in form.col_weights]
    widths[-1] += TEXT_WIDTH_TWIPS - sum(widths)
    table = document.add_table(rows=form.nrows, cols=form.ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_properties(table, widths)
    # Take every grid cell once (table.cell() rescans the whole table on each call), merge on empty
    # cells first, then write the text once per merged region (python-docx joins texts when merging).
    grid = table._cells
    corners = [
        (grid[c.row * form.ncols + c.col], grid[(c.row + c.rowspan - 1) * form.ncols + c.col + c.colspan - 1])
        for c in form.cells
    ]
    for cell, (top_left, bottom_right) in zip(form.cells, corners, strict=True):
        target = top_left.merge(bottom_right) if top_left is not bottom_right else top_left
        text = _value_text(report.get(cell.path)) if cell.kind == "value" else cell.text
        target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = target.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if cell.align == "left" else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        _run(p, text, FONT_TABLE, TABLE_PT)
    for i, row in enumerate(table.rows):
        _mark_row(row, header=i < form.header_rows)
    return table


# ------------------------------------------------------------------------------ footer


def _page_number(paragraph: Any) -> None:
    """「— PAGE —」 as a complex field with a cached result, 14 pt 宋体."""
    _run(paragraph, "— ", FONT_TABLE, 14)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        _set_fonts(run._element.get_or_add_rPr(), FONT_TABLE, 14)
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
    _run(paragraph, " —", FONT_TABLE, 14)


def _footers(document: Any, section: Any, *, center: bool) -> None:
    section.footer_distance = Mm(23)
    footer = section.footer.paragraphs[0]
    if center:
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_number(footer)
        return
    document.settings.odd_and_even_pages_header_footer = True
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.paragraph_format.right_indent = Pt(14)  # one character in from the edge (GB/T 9704 §7.5)
    _page_number(footer)
    even = section.even_page_footer.paragraphs[0]
    even.alignment = WD_ALIGN_PARAGRAPH.LEFT
    even.paragraph_format.left_indent = Pt(14)
    _page_number(even)


# ------------------------------------------------------------------------------ document


def build_docx(
    report: Report, out: Path | str, *, center_page_numbers: bool = False, previous: Report | None = None
) -> Path:
    """Write the report as .docx (atomically)."""
    out = Path(out)
    document = Document()
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    _defaults(document)
    _footers(document, section, center=center_page_numbers)
    if has_errors(run_rules(report, previous)):
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(header, "草稿 · 数据校验未通过，不可作为正式文本", FONT_H1, 10.5)
        if not center_page_numbers:
            even = section.even_page_header.paragraphs[0]
            even.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            _run(even, "草稿 · 数据校验未通过，不可作为正式文本", FONT_H1, 10.5)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    title.paragraph_format.line_spacing = Pt(36)
    title.paragraph_format.space_after = Pt(29)
    _run(title, report.title, FONT_TITLE, 22)

    _text_paragraphs(document, report.text("preamble"))
    for section_def in schema.SECTIONS[1:]:
        heading = _paragraph(document, section_def.heading, FONT_H1)
        heading.paragraph_format.keep_with_next = True
        if section_def.table:
            _table(document, FORMS[section_def.table](), report)
            continue
        fields = section_def.fields
        if section_def.key == "overview":
            _text_paragraphs(document, report.text("overview.intro"))
            fields = tuple(f for f in fields if f.key != "overview.intro")
        n = 0
        for f in fields:
            if not report.text(f.key).strip() and not f.required:
                continue
            sub = _paragraph(document, f"（{_CN[n]}）{f.label}", FONT_H2)
            sub.paragraph_format.keep_with_next = True
            n += 1
            _text_paragraphs(document, report.text(f.key))

    core = document.core_properties
    core.title = report.title
    core.author = report.meta.agency
    core.language = "zh-CN"
    write_output(out, document.save, DocxExportError)
    return out
