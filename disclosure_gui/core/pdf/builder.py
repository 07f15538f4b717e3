"""The printed report: ReportLab layout in the official document style (GB/T 9704-2012).

A4, margins 37/35/28/26 mm, title in the title face at 22 pt, body 16 pt with a two-character
indent on a 29 pt line pitch (22 lines a page), headings 黑体 / 楷体 by level, page numbers
「— 1 —」 in 14 pt 宋体 7 mm below the text block (odd pages right, even pages left, one
character in from the edge), and the three statistics tables exactly as the official form.

User text is printed literally: it is escaped before ReportLab's paragraph markup sees it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ... import APP_NAME, __version__
from .. import schema
from ..forms import FORMS, Form
from ..numbers import format_decimal
from ..outputs import OutputError, write_output
from ..report import Report
from ..rules import has_errors, run_rules
from .fonts import FontSet, resolve_fonts

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 225 mm
BODY_PT, TITLE_PT, PAGE_NO_PT = 16, 22, 14
LINE_PITCH = TEXT_H / 22  # 22 lines a page ≈ 29 pt
TABLE_SIZES = (10.5, 10, 9.5, 9, 8.5)  # table font sizes, largest that fits a page wins

PageNumbers = Literal["alternate", "center"]


class PdfExportError(OutputError):
    pass


@dataclass(frozen=True)
class MissingChar:
    char: str
    where: str  # field or cell label

    @property
    def message(self) -> str:
        return f"「{self.where}」中的字符「{self.char}」（U+{ord(self.char):04X}）没有任何字体能显示，打印出来会是方框"


@dataclass
class PdfOptions:
    page_numbers: PageNumbers = "alternate"  # odd right / even left; "center" for single-sided printing
    signature: bool = False  # issuing unit and date at the end
    signature_date: date | None = None  # default: meta.publish_date, else today
    font_overrides: dict[str, str] = field(default_factory=dict)  # role → font file chosen by the user
    official_fonts: bool = True  # look for installed official faces (False: shipped fonts only)
    draft: bool | None = None  # None: marked 草稿 exactly when the report has errors


@dataclass
class PdfResult:
    path: Path
    pages: int
    draft: bool
    missing: list[MissingChar]
    fonts: FontSet


# ------------------------------------------------------------------------------ text → markup


class _Typesetter:
    """Turns user text into ReportLab paragraph markup with per-character font fallback."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.missing: list[MissingChar] = []
        self._seen: set[tuple[str, str]] = set()

    def markup(self, text: str, role: str, where: str) -> str:
        primary = self.fonts.name(role)
        fallback = self.fonts.fallback
        out: list[str] = []
        run: list[str] = []
        run_font = primary

        def flush() -> None:
            if run:
                chunk = escape("".join(run))
                out.append(chunk if run_font == primary else f'<font name="{run_font}">{chunk}</font>')
                run.clear()

        for ch in text:
            if ch in "\t\r":
                ch = " "
            found = primary if ch == " " else self.fonts.font_for(primary, ch)
            font = found or fallback
            if found is None and (ch, where) not in self._seen:
                self._seen.add((ch, where))
                self.missing.append(MissingChar(ch, where))
            if font != run_font:
                flush()
                run_font = font
            run.append(ch)
        flush()
        return "".join(out)


# ------------------------------------------------------------------------------ styles


def _styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=fonts.name("body"),
        fontSize=BODY_PT,
        leading=LINE_PITCH,
        firstLineIndent=2 * BODY_PT,
        alignment=TA_JUSTIFY,
        wordWrap="CJK",
    )
    return {
        "title": ParagraphStyle(
            "title",
            fontName=fonts.name("title"),
            fontSize=TITLE_PT,
            leading=TITLE_PT * 1.5,
            alignment=TA_CENTER,
            wordWrap="CJK",
            spaceAfter=LINE_PITCH,
        ),
        "body": body,
        "heading1": ParagraphStyle("heading1", parent=body, fontName=fonts.name("heading1")),
        "heading2": ParagraphStyle("heading2", parent=body, fontName=fonts.name("heading2")),
        "signature": ParagraphStyle(
            "signature", parent=body, firstLineIndent=0, alignment=TA_RIGHT, rightIndent=4 * BODY_PT
        ),
    }


def _cell_styles(fonts: FontSet, size: float) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "cell", fontName=fonts.name("table"), fontSize=size, leading=size * 1.25, alignment=TA_CENTER, wordWrap="CJK"
    )
    return {"center": base, "left": ParagraphStyle("cell-left", parent=base, alignment=TA_LEFT)}


# ------------------------------------------------------------------------------ tables


def _value(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_decimal(value)
    return str(value)


_GRID: list[Any] = [
    ("GRID", (0, 0), (-1, -1), 0.5, "black"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]


class _TableBuilder:
    def __init__(self, ts: _Typesetter, report: Report, size: float) -> None:
        self.ts = ts
        self.report = report
        self.styles = _cell_styles(ts.fonts, size)

    def style(self, spans: list[Any]) -> TableStyle:
        # Empty (spanned-over) cells are drawn with the table font too, or ReportLab declares Helvetica.
        return TableStyle([*_GRID, ("FONTNAME", (0, 0), (-1, -1), self.ts.fonts.name("table")), *spans])

    def cell(self, text: str, align: str = "center", where: str = "表格") -> Paragraph:
        return Paragraph(self.ts.markup(text, "table", where), self.styles[align])

    def number(self, path: str) -> Paragraph:
        return self.cell(_value(self.report.get(path)), where=schema.cell_label(path))

    def table(self, form: Form) -> Table:
        grid: list[list[Any]] = [[""] * form.ncols for _ in range(form.nrows)]
        spans: list[Any] = []
        for cell in form.cells:
            if cell.kind == "value":
                grid[cell.row][cell.col] = self.number(cell.path)
            else:
                grid[cell.row][cell.col] = self.cell(cell.text, cell.align)
            if cell.rowspan > 1 or cell.colspan > 1:
                spans.append(("SPAN", (cell.col, cell.row), (cell.col + cell.colspan - 1, cell.row + cell.rowspan - 1)))
        total = sum(form.col_weights)
        widths = [TEXT_W * w / total for w in form.col_weights]
        return Table(grid, colWidths=widths, style=self.style(spans), repeatRows=form.header_rows, hAlign="CENTER")


def _fitting_table(form: Form, ts: _Typesetter, report: Report) -> Table:
    """The table at the largest font size whose height fits one page (its spans cannot break)."""
    table = None
    for size in TABLE_SIZES:
        missing_before = len(ts.missing)
        table = _TableBuilder(ts, report, size).table(form)
        _w, h = table.wrap(TEXT_W, TEXT_H)
        if h <= TEXT_H - LINE_PITCH * 2:
            return table
        del ts.missing[missing_before:]  # the same characters are met again at the next size
    assert table is not None
    return table


# ------------------------------------------------------------------------------ document

_HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
_HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")
_CN_NUMBERS = "一二三四五六七八九十"


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n") if p.strip()]


class _Story:
    def __init__(self, report: Report, ts: _Typesetter) -> None:
        self.report = report
        self.ts = ts
        self.styles = _styles(ts.fonts)
        self.flow: list[Flowable] = []

    def para(self, text: str, style: str, where: str) -> None:
        self.flow.append(self.paragraph(text, style, where))

    def paragraph(self, text: str, style: str, where: str) -> Paragraph:
        role = {"title": "title", "heading1": "heading1", "heading2": "heading2"}.get(style, "body")
        if style.startswith("heading"):
            # A heading never ends a page: it needs itself and two lines of what follows below it.
            self.flow.append(CondPageBreak(LINE_PITCH * (4 if style == "heading1" else 3)))
        return Paragraph(self.ts.markup(text, role, where), self.styles[style])

    def text_field(self, key: str) -> None:
        label = schema.TEXT_FIELD_BY_KEY[key].label
        for p in _paragraphs(self.report.text(key)):
            style = "heading1" if _HEADING1.match(p) else "heading2" if _HEADING2.match(p) else "body"
            self.para(p, style, label)

    def numbered_fields(self, fields: tuple[schema.TextField, ...]) -> None:
        """「（一）label」 sub-headings for each field that has text or is required."""
        n = 0
        for f in fields:
            if not self.report.text(f.key).strip() and not f.required:
                continue
            self.para(f"（{_CN_NUMBERS[n]}）{f.label}", "heading2", f.label)
            n += 1
            self.text_field(f.key)

    def build(self, options: PdfOptions) -> list[Flowable]:
        r = self.report
        self.para(r.title, "title", "标题")
        self.text_field("preamble")
        for section in schema.SECTIONS[1:]:
            heading = self.paragraph(section.heading, "heading1", section.heading)
            if not section.table:
                self.flow.append(heading)
            if section.key == "overview":
                intro = schema.TEXT_FIELD_BY_KEY["overview.intro"]
                self.text_field(intro.key)
                self.numbered_fields(tuple(f for f in section.fields if f is not intro))
            elif section.table:
                form = FORMS[section.table]()
                # The heading stays with its table, and a table fits one page, so it is never torn apart.
                self.flow.append(KeepTogether([heading, Spacer(1, 4), _fitting_table(form, self.ts, r)]))
                self.flow.append(Spacer(1, LINE_PITCH / 2))
            else:
                self.numbered_fields(section.fields)
        if options.signature:
            when = options.signature_date or r.meta.publish_date or date.today()
            self.flow.append(Spacer(1, LINE_PITCH))
            self.para(r.meta.agency, "signature", "落款")
            self.para(f"{when.year}年{when.month}月{when.day}日", "signature", "落款")
        return self.flow


class _Document(BaseDocTemplate):
    def __init__(self, target: str, *, fonts: FontSet, options: PdfOptions, draft: bool, report: Report) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=report.title,
            author=report.meta.agency,
            subject=f"{report.meta.year}年政府信息公开工作年度报告",
            creator=f"{APP_NAME} {__version__}",
            producer=f"{APP_NAME} {__version__}",
            invariant=1,  # the same report gives the same bytes
            lang="zh-CN",
            initialFontName=fonts.name("body"),  # else ReportLab declares an unembedded Helvetica
        )
        self.fonts = fonts
        self.options = options
        self.draft = draft
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            TEXT_W,
            TEXT_H,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: Any) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        font = self.fonts.name("page_number")
        text = f"— {page} —"
        y = MARGIN_BOTTOM - 7 * mm - PAGE_NO_PT * 0.8
        canvas.setFont(font, PAGE_NO_PT)
        if self.options.page_numbers == "center":
            canvas.drawCentredString(PAGE_W / 2, y, text)
        elif page % 2:
            canvas.drawRightString(PAGE_W - MARGIN_RIGHT - PAGE_NO_PT, y, text)
        else:
            canvas.drawString(MARGIN_LEFT + PAGE_NO_PT, y, text)
        if self.draft:
            canvas.setFont(self.fonts.name("heading1"), 12)
            canvas.setFillColorRGB(0.75, 0, 0)
            canvas.drawRightString(
                PAGE_W - MARGIN_RIGHT, PAGE_H - MARGIN_TOP + 18, "草稿 · 数据校验未通过，不可作为正式文本"
            )
            canvas.setFillColorRGB(0.85, 0.85, 0.85, alpha=0.35)
            canvas.setFont(self.fonts.name("heading1"), 120)
            canvas.translate(PAGE_W / 2, PAGE_H / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -40, "草稿")
        canvas.restoreState()


def write_simple_pdf(out: Path, flow: list[Flowable], *, title: str, fonts: FontSet, margin_scale: float) -> None:
    """A plain document in the report's margins (scaled down), for the checklist and the returns list."""

    def write(tmp: str) -> None:
        SimpleDocTemplate(
            tmp,
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP * margin_scale,
            bottomMargin=MARGIN_BOTTOM * margin_scale,
            title=title,
            creator=f"{APP_NAME} {__version__}",
            initialFontName=fonts.name("body"),
            invariant=1,
        ).build(flow)

    write_output(out, write, PdfExportError)


def build_pdf(
    report: Report,
    out: Path | str,
    options: PdfOptions | None = None,
    *,
    previous: Report | None = None,
    progress: Callable[[int], None] | None = None,
) -> PdfResult:
    """Write the report as a PDF to ``out`` (atomically: a failure never leaves a half-written file).

    ``progress`` receives the number of each page as it is laid out.
    """
    options = options or PdfOptions()
    out = Path(out)
    fonts = resolve_fonts(options.font_overrides, official=options.official_fonts)
    draft = options.draft if options.draft is not None else has_errors(run_rules(report, previous))
    ts = _Typesetter(fonts)
    story = _Story(report, ts).build(options)
    pages = 0

    def write(tmp: str) -> None:
        nonlocal pages
        doc = _Document(tmp, fonts=fonts, options=options, draft=draft, report=report)
        if progress is not None:
            doc.setProgressCallBack(lambda kind, value: progress(value) if kind == "PAGE" else None)
        doc.build(story)
        pages = doc.page

    write_output(out, write, PdfExportError)
    return PdfResult(out, pages, draft, ts.missing, fonts)
