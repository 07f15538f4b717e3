"""The report as a Word file that opens cleanly in Microsoft Word and in WPS (Windows and Linux); it renders
the outline.

A4 with the GB/T 9704 margins and its grid of 22 lines × 28 characters; body with a two-character
first-line indent on the 579-twip line pitch; only a paragraph's lead-in words in the heading face; the
three tables with merged cells exactly as the official form, fixed layout with column widths from the
header text (WPS ignores autofit), cell padding, borders on the table itself, header rows repeated, rows
that never split; 「— 1 —」 page numbers (odd right, even left); a 草稿 watermark while the report has
errors; the title, unit and date in the file's properties. A U+000B inside a text is a manual line break.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from ... import APP_NAME, __version__
from ..format.report import Report
from ..outputs import OutputError, write_rendered
from .docx_order import order_document
from .docx_style import (
    BODY_PT,
    PPR_AFTER_SNAP,
    TABLE_PT,
    Faces,
    add_run,
    apply_defaults,
    document_grid,
    draft_header,
    font_table,
    footers,
    heading_styles,
    off_grid,
    on_char_grid,
)
from .outline import (
    DRAFT_NOTICE,
    LINE_BREAK,
    Heading,
    Outline,
    Paragraph,
    Signature,
    TableBlock,
    Title,
    build_outline,
    column_weights,
    reproducible,
    signature_inset,
)
from .pdf.fontlist import FontList
from .pdf.fonts import family_names
from .titles import balanced_title, rough_width

TEXT_WIDTH_TWIPS = 8844  # 156 mm
LINE_PITCH = Twips(579)  # 225 mm / 22 lines
CELL_PAD_TWIPS = 57  # 1 mm left and right inside each cell
# What follows w:overflowPunct in a paragraph's properties (the schema fixes the order).
_AFTER_OVERFLOW_PUNCT = (
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    *PPR_AFTER_SNAP,
)


class DocxExportError(OutputError):
    pass


@dataclass
class DocxResult:
    path: Path
    draft: bool
    notices: list[str] = field(default_factory=list)

    def __fspath__(self) -> str:  # the result stands for the written file (``Path(result)``, ``open(result)``)
        return str(self.path)


def _text_runs(paragraph: Any, text: str, font: str, size: float, *, grid: bool = True) -> None:
    """``text`` as runs, LINE_BREAK as Word's manual line break."""
    for i, piece in enumerate(text.split(LINE_BREAK)):
        if i:
            add_run(paragraph, "", font, size).add_break()
        if piece:
            run = add_run(paragraph, piece, font, size)
            if grid:
                on_char_grid(run)


def _paragraph(document: Any, *, indent: bool = True, keep_with_next: bool = False) -> Any:
    p = document.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.keep_with_next = keep_with_next
    fmt.widow_control = False  # the grid keeps 22 lines on every page, as GB/T 9704 sets it
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    # No punctuation hanging into the margin (Word's and LibreOffice's default): the line stays in the block.
    ppr = p._p.get_or_add_pPr()
    overflow = OxmlElement("w:overflowPunct")
    overflow.set(qn("w:val"), "0")
    ppr.insert_element_before(overflow, *_AFTER_OVERFLOW_PUNCT)
    # No extra space between Chinese and digits or Latin (Word's default adds a quarter em): as in the PDF.
    for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
        auto_space = OxmlElement(tag)
        auto_space.set(qn("w:val"), "0")
        ppr.insert_element_before(auto_space, *_AFTER_OVERFLOW_PUNCT[3:])
    if indent:
        ind = ppr.get_or_add_ind()  # in its place in the schema's order
        ind.set(qn("w:firstLineChars"), "200")
        ind.set(qn("w:firstLine"), "640")  # twips fallback for readers without character units
    return p


# ------------------------------------------------------------------------------ tables


def _mark_row(row: Any, *, header: bool) -> None:
    trpr = row._tr.get_or_add_trPr()
    if trpr.find(qn("w:cantSplit")) is None:
        trpr.append(OxmlElement("w:cantSplit"))
    if header and trpr.find(qn("w:tblHeader")) is None:
        trpr.append(OxmlElement("w:tblHeader"))


def _table_properties(table: Any, widths: list[int]) -> None:
    tbl = table._tbl
    tblpr = tbl.tblPr
    for old in tblpr.findall(qn("w:tblW")):
        tblpr.remove(old)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(sum(widths)))
    width.set(qn("w:type"), "dxa")
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
    margins = OxmlElement("w:tblCellMar")
    for edge, value in (("top", 28), ("left", CELL_PAD_TWIPS), ("bottom", 28), ("right", CELL_PAD_TWIPS)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(value))
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    tblpr.append(margins)
    for grid_col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths, strict=True):
        grid_col.set(qn("w:w"), str(w))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths, strict=False):
            tcpr = tc.get_or_add_tcPr()
            cell_width = tcpr.find(qn("w:tcW"))
            if cell_width is None:
                cell_width = OxmlElement("w:tcW")
                tcpr.insert(0, cell_width)
            cell_width.set(qn("w:w"), str(w))
            cell_width.set(qn("w:type"), "dxa")


def _table(document: Any, block: TableBlock, face: str) -> Any:
    form = block.form
    widths = [int(TEXT_WIDTH_TWIPS * w) for w in column_weights(form)]
    widths[-1] += TEXT_WIDTH_TWIPS - sum(widths)
    table = document.add_table(rows=form.nrows, cols=form.ncols)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _table_properties(table, widths)
    # Take every grid cell once (table.cell() rescans the whole table on each call), merge on empty
    # cells first, then write the text once per merged region (python-docx joins texts when merging).
    grid = table._cells
    for cell in form.cells:
        top_left = grid[cell.row * form.ncols + cell.col]
        bottom_right = grid[(cell.row + cell.rowspan - 1) * form.ncols + cell.col + cell.colspan - 1]
        target = top_left.merge(bottom_right) if top_left is not bottom_right else top_left
        target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = target.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if cell.align == "left" else WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        off_grid(p)
        add_run(p, block.text(cell.row, cell.col), face, TABLE_PT)
    for i, row in enumerate(table.rows):
        _mark_row(row, header=i < form.header_rows)
    return table


# ------------------------------------------------------------------------------ document


def _signature(document: Any, block: Signature, face: str) -> None:
    """The 落款 as the PDF sets it, every line on the grid, kept on a page with the last two lines of the
    text before it: a blank line, the unit and the date four characters in from the right, then a local
    rule's signature lines (room to sign in full-width spaces) and marks."""
    last = document.paragraphs[-1] if document.paragraphs else None
    if last is not None:
        last.paragraph_format.keep_with_next = True
        last.paragraph_format.widow_control = True  # two lines of it, not one, go with the 落款
    rows: list[tuple[str, bool]] = [("", False), (block.agency, True), (block.date_text, True)]
    rows += [("", False)] * bool(block.sign_lines) + [(text, False) for text in block.sign_lines]
    rows += [(text, True) for text in block.marks]
    for n, (text, at_right) in enumerate(rows):
        p = _paragraph(document, indent=False, keep_with_next=n < len(rows) - 1)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if at_right else WD_ALIGN_PARAGRAPH.LEFT
        if at_right:
            p.paragraph_format.right_indent = Twips(signature_inset(text) * 315)  # grid characters of 15.75 pt
        _text_runs(p, text, face, BODY_PT)


def _metadata(document: Any, outline: Outline) -> None:
    core = document.core_properties
    core.title = outline.title
    core.author = outline.agency
    core.last_modified_by = outline.agency
    core.subject = outline.subject
    core.keywords = "政府信息公开工作年度报告"
    core.comments = f"{APP_NAME} {__version__}" + ("（草稿）" if outline.draft else "")
    core.category = "草稿" if outline.draft else ""
    core.language = "zh-CN"
    core.revision = 1
    created = outline.created.replace(tzinfo=None, microsecond=0)  # python-docx writes it as UTC
    core.created = created
    core.modified = created
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # python-docx's template's picture of an empty page
            package.rels.pop(rel_id)
        elif rel.reltype.endswith("/extended-properties"):  # says "Microsoft Macintosh Word" otherwise
            part = rel.target_part
            part._blob = re.sub(
                rb"<Application>[^<]*</Application>",
                f"<Application>{APP_NAME} {__version__}</Application>".encode(),
                part.blob,
            )


def render_docx(outline: Outline, out: Path, *, center_page_numbers: bool = False, faces: Faces | None = None) -> None:
    faces = faces or Faces()
    by_level = {0: faces.body, 1: faces.heading1, 2: faces.heading2}
    document = Document()
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    document_grid(section)
    apply_defaults(document, faces)
    heading_styles(document, faces)
    font_table(document, faces)
    footers(document, section, center=center_page_numbers, face=faces.table)
    if outline.draft:
        draft_header(section.header, DRAFT_NOTICE, faces.heading1, 1)
        if not center_page_numbers:
            draft_header(section.even_page_header, DRAFT_NOTICE, faces.heading1, 2)

    for block in outline.blocks:
        if isinstance(block, Title):
            title = document.add_paragraph()
            title.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fmt = title.paragraph_format
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = LINE_PITCH  # one grid line per title line, as in the PDF
            fmt.space_after = LINE_PITCH
            off_grid(title)
            lines = balanced_title(block.text, lambda s: rough_width(s, 22), 22, Pt(442).pt)
            _text_runs(title, LINE_BREAK.join(lines), faces.title, 22, grid=False)
        elif isinstance(block, Heading):
            p = _paragraph(document, keep_with_next=True)
            p.style = document.styles["Heading 1" if block.level == 1 else "Heading 2"]
            _text_runs(p, block.text, by_level[block.level], BODY_PT)
        elif isinstance(block, Paragraph):
            p = _paragraph(document)
            if block.lead:
                _text_runs(p, block.lead_text, by_level[block.lead_level], BODY_PT)
            _text_runs(p, block.rest, faces.body, BODY_PT)
        elif isinstance(block, TableBlock):
            _table(document, block, faces.table)
        elif isinstance(block, Signature):
            _signature(document, block, faces.body)

    _metadata(document, outline)
    order_document(document)

    def save(stream: BinaryIO) -> None:
        if not reproducible():
            document.save(stream)
            return
        made = io.BytesIO()
        document.save(made)
        _stamp_entries(made, stream, outline.created)

    write_rendered(out, save, DocxExportError)  # made in memory: a full disk never leaves python-docx's zip open


def _stamp_entries(made: BinaryIO, stream: BinaryIO, when: datetime) -> None:
    """Every entry of the Word file dated ``when`` (python-docx dates them now): same report, same bytes."""
    with zipfile.ZipFile(made) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, when.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def build_docx(
    report: Report,
    out: Path | str,
    *,
    center_page_numbers: bool = False,
    previous: Report | None = None,
    draft: bool | None = None,
    signature: bool = False,
    sign_off: tuple[str, ...] = (),
    official_fonts: bool = True,
    font_list: FontList | None = None,
) -> DocxResult:
    """Write the report as .docx (atomically); ``sign_off``: a local profile's signature lines for the paper copy.

    The faces named are those the PDF uses, found in the system's font list (``font_list`` replaces it),
    or the official names where none is installed; ``official_fonts=False`` names the official faces
    without looking."""
    out = Path(out)
    outline = build_outline(report, previous=previous, draft=draft, signature=signature, sign_off=sign_off)
    faces = Faces.of(family_names(font_list)) if official_fonts else Faces()
    render_docx(outline, out, center_page_numbers=center_page_numbers, faces=faces)
    return DocxResult(out, outline.draft, outline.notices)
