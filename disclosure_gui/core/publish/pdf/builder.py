"""The printed report: the outline laid out in the official document style (GB/T 9704-2012).

Every text line sits on the page's grid of 22 lines × 28 characters: the title in the title face at
22 pt in balanced lines broken at word edges, then a blank line; body 16 pt with a two-character
indent, justified, 禁则 kept; only a point's lead-in words in the heading face (黑体 / 楷体 by level);
the three tables at 10.5 pt, continued on the next page with their header rows when long; page
numbers 「— 1 —」 in 14 pt 宋体 with the dash 7 mm below the text block (odd pages right, even pages
left, one character in from the edge). A draft carries a red notice above the text block and a light
diagonal 「草稿」 drawn as a picture, so it is not part of the text a reader copies.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from ...format.report import Report
from ..outline import (
    DRAFT_NOTICE,
    Block,
    Heading,
    Outline,
    Paragraph,
    Signature,
    TableBlock,
    Title,
    build_outline,
    signature_inset,
)
from ..titles import balanced_title
from .flow import Align, TextLines
from .fontlist import FontList
from .fonts import FontSet, resolve_fonts
from .lines import break_lines, char_width, units_of
from .page import (
    BODY_PT,
    CHAR_PITCH,
    LINE_PITCH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_H,
    PAGE_NO_PT,
    PAGE_W,
    TEXT_H,
    TEXT_W,
    TITLE_PT,
    MissingChar,
    PdfExportError,
    Typesetter,
    doc_info,
    write_pdf,
)
from .tables import FormTable

PageNumbers = Literal["alternate", "center"]
DASH_RAISE = 0.27 * PAGE_NO_PT  # the 一字线 of 「— 1 —」 sits this far above the baseline (measured at 300 dpi)
BASELINE = (LINE_PITCH - BODY_PT) / 2 + BODY_PT * 0.86  # a body line's baseline below its grid line

__all__ = ["MissingChar", "PdfExportError", "PdfOptions", "PdfResult", "build_pdf"]


@dataclass
class PdfOptions:
    page_numbers: PageNumbers = "alternate"  # odd right / even left; "center" for single-sided printing
    signature: bool = False  # issuing unit and date at the end
    signature_date: date | None = None  # default: meta.publish_date, else today
    sign_off: tuple[str, ...] = ()  # a local profile's signature and seal lines for the paper copy
    font_overrides: dict[str, str] = field(default_factory=dict)  # role → font file chosen by the user
    official_fonts: bool = True  # look for installed official faces (False: shipped fonts only)
    font_list: FontList | None = None  # the installed fonts (None: the system's; tests give their own)
    draft: bool | None = None  # None: marked 草稿 exactly when the report has errors


@dataclass
class PdfResult:
    path: Path
    pages: int
    draft: bool
    missing: list[MissingChar]
    fonts: FontSet
    notices: list[str] = field(default_factory=list)


_ROLE = {0: "body", 1: "heading1", 2: "heading2"}


class _Story:
    """The outline as flowables, with the rules that decide where a page may end."""

    def __init__(self, ts: Typesetter) -> None:
        self.ts = ts

    def lines(
        self, runs: list[tuple[str, str]], *, indent: bool = True, align: Align = "justify", right: float = 0.0
    ) -> TextLines:
        units = units_of(runs, BODY_PT, CHAR_PITCH)
        lines = break_lines(units, TEXT_W - right, BODY_PT, first_indent=2 * CHAR_PITCH if indent else 0.0)
        return TextLines(lines, size=BODY_PT, pitch=LINE_PITCH, baseline=BASELINE, align=align, right_indent=right)

    def title(self, text: str) -> list[Flowable]:
        font = self.ts.fonts.name("title")
        measure = lambda s: sum(char_width(c, font, TITLE_PT) for c in s)  # noqa: E731
        flow: list[Flowable] = []
        for line in balanced_title(text, measure, TITLE_PT, TEXT_W):
            units = units_of(self.ts.runs(line, "title", "标题"), TITLE_PT, TITLE_PT)
            lines = break_lines(units, TEXT_W, TITLE_PT, justify=False)
            baseline = (LINE_PITCH - TITLE_PT) / 2 + TITLE_PT * 0.86
            flow.append(TextLines(lines, size=TITLE_PT, pitch=LINE_PITCH, baseline=baseline, align="center"))
        return [*flow, Spacer(1, LINE_PITCH)]

    def paragraph(self, block: Paragraph) -> TextLines:
        runs = self.ts.runs(block.lead_text, _ROLE[block.lead_level], block.where) if block.lead else []
        runs += self.ts.runs(block.rest, "body", block.where)
        return self.lines(runs)

    def signature(self, block: Signature) -> list[Flowable]:
        """A blank line, the unit and the date four characters in from the right, then a local rule's
        signature lines (room to sign set in full-width spaces on the grid) and marks (「（盖章）」)."""
        right = 4 * CHAR_PITCH
        parts: list[Flowable] = [Spacer(1, LINE_PITCH)]
        for text in (block.agency, block.date_text):
            inset = signature_inset(text) * CHAR_PITCH  # a long unit name comes out to the edge, on one line
            parts.append(self.lines(self.ts.runs(text, "body", "落款"), indent=False, align="right", right=inset))
        if block.sign_lines:
            parts.append(Spacer(1, LINE_PITCH))
        for text in block.sign_lines:
            parts.append(self.lines(self.ts.runs(text, "body", "签字栏"), indent=False, align="left"))
        for text in block.marks:
            parts.append(self.lines(self.ts.runs(text, "body", "签字栏"), indent=False, align="right", right=right))
        return parts

    def render(self, block: Block) -> list[Flowable]:
        if isinstance(block, Title):
            return self.title(block.text)
        if isinstance(block, Heading):
            return [self.lines(self.ts.runs(block.text, _ROLE[block.level], block.text))]
        if isinstance(block, Paragraph):
            return [self.paragraph(block)]
        if isinstance(block, TableBlock):
            return [FormTable(block, self.ts)]
        return self.signature(block)

    def build(self, outline: Outline) -> list[Flowable]:
        blocks = outline.blocks
        parts = [self.render(block) for block in blocks]
        flow: list[Flowable] = []
        for i, block in enumerate(blocks):
            if isinstance(block, Heading) and not (i and isinstance(blocks[i - 1], Heading)):
                flow.append(CondPageBreak(_keep_height(blocks, parts, i) + 0.1))
            if (
                i
                and isinstance(blocks[i - 1], TableBlock)
                and not (isinstance(block, Heading) and block.keep_with_table)
            ):
                flow.append(_GridSnap())  # text after a table is back on the grid; the next table's heading need not be
            if isinstance(block, Signature):
                _keep_with_last_lines(flow, parts[i])
            else:
                flow += parts[i]
        return flow


KEEP_LINES = 2  # a heading stands at a page foot only with this many lines of its text


def _keep_height(blocks: list[Block], parts: list[list[Flowable]], i: int) -> float:
    """What must fit under a run of headings starting at ``blocks[i]``, the headings included: two lines
    of the text after them, or a table's header rows and first three rows (GB/T 9704 practice: no heading
    alone at a page foot, no table begun with one row)."""
    height = 0.0
    while i < len(blocks) and isinstance(blocks[i], Heading):
        height += sum(f.wrap(TEXT_W, TEXT_H)[1] for f in parts[i])
        i += 1
    following = parts[i][0] if i < len(blocks) else None
    if isinstance(following, TextLines):
        height += min(KEEP_LINES, len(following.lines)) * LINE_PITCH
    elif isinstance(following, FormTable):
        height += following.opening().wrap(TEXT_W, TEXT_H)[1]
    return height


def _keep_with_last_lines(flow: list[Flowable], signature: list[Flowable]) -> None:
    """The 落款 never stands alone on a page: it goes with the last two lines of the text before it."""
    tail: list[Flowable] = []
    last = flow[-1] if flow else None
    if isinstance(last, TextLines) and len(last.lines) > KEEP_LINES:
        flow[-1] = last.part(last.lines[:-KEEP_LINES])
        tail = [last.part(last.lines[-KEEP_LINES:])]
    elif isinstance(last, TextLines):
        tail = [flow.pop()]
    flow.append(KeepTogether([*tail, *signature]))


class _GridSnap(Flowable):
    """Space down to the next grid line, so the text after a table is back on the page's grid."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        used = TEXT_H - avail_height
        rest = used % LINE_PITCH
        self.height = 0.0 if rest < 0.5 or LINE_PITCH - rest < 0.5 else LINE_PITCH - rest
        return avail_width, min(self.height, avail_height)

    def draw(self) -> None:
        pass


@lru_cache(maxsize=4)
def _draft_picture(font_path: str) -> ImageReader:
    """「草稿」 rotated 45°, light grey on transparent, as a picture: seen on every page, never copied as text."""
    from PIL import Image, ImageDraw, ImageFont

    size = 900
    face = ImageFont.truetype(font_path, 300)
    image = Image.new("LA", (size, size), (0, 0))
    draw = ImageDraw.Draw(image)
    draw.text((size / 2, size / 2), "草稿", font=face, fill=(0, 40), anchor="mm")
    return ImageReader(image.rotate(45, resample=Image.Resampling.BICUBIC).convert("RGBA"))


class _Document(BaseDocTemplate):
    def __init__(self, target: str, *, fonts: FontSet, options: PdfOptions, outline: Outline) -> None:
        super().__init__(
            target,
            pagesize=(PAGE_W, PAGE_H),
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=outline.title,
            author=outline.agency,
            subject=outline.subject,
            keywords=["政府信息公开工作年度报告", *(["草稿"] if outline.draft else [])],
            lang="zh-CN",
            initialFontName=fonts.name("body"),  # else ReportLab declares an unembedded Helvetica
            **doc_info(),
        )
        self.fonts = fonts
        self.options = options
        self.draft = outline.draft
        # A hair taller than 22 lines so rounding never pushes the 22nd line to the next page.
        frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM - 0.5, TEXT_W, TEXT_H + 0.5, id="body", **_NO_PADDING)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Canvas, _doc: Any) -> None:
        page = canvas.getPageNumber()
        canvas.saveState()
        if self.draft:
            canvas.drawImage(
                _draft_picture(self.fonts.faces["heading1"].path),
                (PAGE_W - 150 * mm) / 2,
                (PAGE_H - 150 * mm) / 2,
                150 * mm,
                150 * mm,
                mask="auto",
            )
            canvas.setFont(self.fonts.name("heading1"), 12)
            canvas.setFillColorRGB(0.75, 0, 0)
            canvas.drawRightString(PAGE_W - MARGIN_RIGHT, PAGE_H - MARGIN_TOP + 18, DRAFT_NOTICE)
            canvas.setFillColorRGB(0, 0, 0)
        font = self.fonts.name("page_number")
        text = f"— {page} —"
        y = MARGIN_BOTTOM - 7 * mm - DASH_RAISE
        canvas.setFont(font, PAGE_NO_PT)
        if self.options.page_numbers == "center":
            canvas.drawCentredString(PAGE_W / 2, y, text)
        elif page % 2:
            canvas.drawRightString(PAGE_W - MARGIN_RIGHT - PAGE_NO_PT, y, text)
        else:
            canvas.drawString(MARGIN_LEFT + PAGE_NO_PT, y, text)
        canvas.restoreState()


_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


def render_pdf(
    outline: Outline,
    out: Path,
    options: PdfOptions,
    *,
    progress: Callable[[int], None] | None = None,
) -> PdfResult:
    fonts = resolve_fonts(options.font_overrides, official=options.official_fonts, fonts=options.font_list)
    ts = Typesetter(fonts)
    story = _Story(ts).build(outline)
    pages = 0

    def write(tmp: str) -> None:
        nonlocal pages
        doc = _Document(tmp, fonts=fonts, options=options, outline=outline)
        if progress is not None:
            doc.setProgressCallBack(lambda kind, value: progress(value) if kind == "PAGE" else None)
        doc.build(story)
        pages = doc.page

    write_pdf(out, write)
    return PdfResult(out, pages, outline.draft, ts.missing, fonts, outline.notices)


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
    outline = build_outline(
        report,
        previous=previous,
        draft=options.draft,
        signature=options.signature,
        signature_date=options.signature_date,
        sign_off=options.sign_off,
    )
    return render_pdf(outline, Path(out), options, progress=progress)
