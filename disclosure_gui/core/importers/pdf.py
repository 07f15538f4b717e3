"""A PDF with a text layer as blocks, by the position of its words (pypdfium2: PDFium, the engine of Chrome's
viewer, in one wheel per platform; the same library can render pages for printing).

Outside the statistics sections the lines are joined into paragraphs (a new one at an indented line, after a
short line, or at a heading). Inside sections 二–四 each line with numbers is a table row: its label is the
text to the left of the numbers whose lines lie beside it (wrapped labels joined, rows by label), and its values
are placed by column, the columns taken from the rows that have all of them — so a blank cell stays blank
instead of shifting the row. A PDF without text (a scan) gets a message saying so and what to do.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..format.labels import BRACKETED, ENUMERATED, NUMBERING
from .base import MAX_PDF_PAGES, Block, ReportImportError
from .structure import heading_at_start

_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$|^[-—–/]$")
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*\d{1,3}[-—–－\s]*$|^第\s*\d+\s*页")
_HEADING_MARK = re.compile(rf"^(?:{BRACKETED}|{ENUMERATED})")  # （一） or 一、: a heading starts a paragraph
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_TABLE_SECTIONS = ("t2", "t3", "t4")
_COLUMNS = {"t3": 7, "t4": 15}


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    y0: float  # bottom (PDF coordinates grow upwards)
    y1: float

    @property
    def numeric(self) -> bool:
        return bool(_NUMBER.match(self.text))

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2


@dataclass
class _Line:
    words: list[_Word] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def y0(self) -> float:
        return min(w.y0 for w in self.words)

    @property
    def y1(self) -> float:
        return max(w.y1 for w in self.words)

    @property
    def yc(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return statistics.median(w.y1 - w.y0 for w in self.words)

    @property
    def text(self) -> str:
        """Top to bottom, then left to right (a label may span several lines of its cell)."""
        rows: list[list[_Word]] = []
        for word in sorted(self.words, key=lambda w: -w.yc):
            if rows and abs(rows[-1][0].yc - word.yc) < (word.y1 - word.y0) * 0.5:
                rows[-1].append(word)
            else:
                rows.append([word])
        return "".join(_join([w.text for w in sorted(r, key=lambda w: w.x0)]) for r in rows)


def _join(parts: list[str]) -> str:
    """Words of one line: no space between Chinese and anything (「2023 年」 is typesetting), else one space."""
    out = ""
    for part in parts:
        if out and not (_CJK.search(out[-1]) or _CJK.search(part[0])):
            out += " "
        out += part
    return out


def pdf_blocks(path: Path, raw: bytes) -> list[Block]:
    import pypdfium2 as pdfium  # type: ignore[import-untyped]

    try:
        document = pdfium.PdfDocument(raw)
    except pdfium.PdfiumError as exc:
        detail = "已加密" if "password" in str(exc).lower() else "已损坏或下载不完整"
        raise ReportImportError(
            f"{path.name} 无法作为 PDF 读取（{detail}）；请重新下载，或改用网页版、Word 版"
        ) from exc
    try:
        if len(document) > MAX_PDF_PAGES:
            raise ReportImportError(f"{path.name} 有 {len(document)} 页，不像是一份年度报告")
        pages = [_page_lines(document[i]) for i in range(len(document))]
    finally:
        document.close()
    if sum(len(w.text) for lines in pages for line in lines for w in line.words) < 40:
        raise ReportImportError(
            f"{path.name} 是扫描件（每页是一张图片），没有可读取的文字。请改用网站上同一报告的网页版或 Word 版；"
            "只有扫描件时，可先用 WPS 或其他软件的“图片转文字（OCR）”转成文字，再复制粘贴到这里导入"
        )
    return _blocks(pages)


def _page_lines(page: object) -> list[_Line]:
    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    textpage = page.get_textpage()  # type: ignore[attr-defined]
    words: list[_Word] = []
    current: list[tuple[str, tuple[float, float, float, float]]] = []

    def flush() -> None:
        if current:
            text = unicodedata.normalize("NFKC", "".join(c for c, _ in current)) if _digits(current) else None
            text = text or "".join(c for c, _ in current)
            boxes = [b for _, b in current]
            words.append(_Word(text, min(b[0] for b in boxes), max(b[2] for b in boxes), *_ys(boxes)))
            current.clear()

    for i in range(textpage.count_chars()):
        ch = chr(pdfium_c.FPDFText_GetUnicode(textpage.raw, i))
        if not ch.strip() or ch in "\ufffe\ufeff":
            flush()
            continue
        box = textpage.get_charbox(i, loose=True)
        if box[2] - box[0] > 2 * (box[3] - box[1]) or box[3] - box[1] > 60:
            box = textpage.get_charbox(i)  # rotated or odd glyphs get an implausible font box
        if current:
            last = current[-1][1]
            height = last[3] - last[1]
            same_line = abs((box[1] + box[3]) / 2 - (last[1] + last[3]) / 2) < height * 0.5
            if not same_line or box[0] - last[2] > height * 0.35 or box[0] < last[0] - height * 0.2:
                flush()
        current.append((ch, box))
    flush()
    textpage.close()
    return _lines(words)


def _digits(chars: list[tuple[str, tuple[float, float, float, float]]]) -> bool:
    """A figure (full-width digits are folded to ASCII); 「2021，」 keeps its comma, which is the text's."""
    return any(c.isdigit() for c, _ in chars) and all(c.isdigit() or c in ".,．" for c, _ in chars)


def _ys(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float]:
    return min(b[1] for b in boxes), max(b[3] for b in boxes)


def _lines(words: list[_Word]) -> list[_Line]:
    """Words on the same baseline band form a line; lines from the top of the page down."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: -w.yc):
        height = word.y1 - word.y0
        for line in reversed(lines[-6:]):
            if abs(line.yc - word.yc) < min(height, line.height) * 0.45:
                line.words.append(word)
                break
        else:
            lines.append(_Line([word]))
    return sorted(lines, key=lambda line: -line.yc)


# ------------------------------------------------------------------------------ lines → blocks


def _blocks(pages: list[list[_Line]]) -> list[Block]:
    blocks: list[Block] = []
    section: str | None = None
    paragraph: list[_Line] = []
    previous: _Line | None = None
    margins = [min((line.x0 for line in lines), default=0.0) for lines in pages]
    right = max((line.x1 for lines in pages for line in lines), default=0.0)
    where = ""

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(Block("p", text="".join(line.text for line in paragraph), where=where))
            paragraph.clear()

    for page_no, lines in enumerate(pages):
        zone: list[_Line] = []
        for line in lines:
            if _PAGE_NUMBER.match(line.text):  # 「- 3 -」: kept as the page's furniture, not the report's text
                blocks.append(Block("furniture", text=line.text, where=f"第 {page_no + 1} 页"))
                continue
            heading = heading_at_start(line.text)
            if heading is not None:
                _flush_zone(zone, section, blocks, where)
                end_paragraph()
                where = f"第 {page_no + 1} 页"
                blocks.append(Block("p", text=line.text, where=where))
                section, previous = heading, None
                continue
            if section in _TABLE_SECTIONS:
                zone.append(line)
                continue
            h = line.height
            starts = (
                previous is None
                or line.x0 > margins[page_no] + h * 0.8
                or previous.x1 < right - h * 2.5
                or _HEADING_MARK.match(line.text) is not None
            )
            if starts:
                end_paragraph()
                where = f"第 {page_no + 1} 页"
            paragraph.append(line)
            previous = line
        _flush_zone(zone, section, blocks, f"第 {page_no + 1} 页")
    end_paragraph()
    return blocks


def _flush_zone(zone: list[_Line], section: str | None, blocks: list[Block], where: str) -> None:
    """One page's part of a statistics section → one table block (rows by label, values by column)."""
    if not zone:
        return
    rows = [line for line in zone if _is_number_row(line)]
    if not rows:
        blocks.extend(Block("p", text=line.text, where=where) for line in zone)
        zone.clear()
        return
    numbers_start = min(w.x0 for line in rows for w in line.words if w.numeric)
    columns = _column_centres(rows, _COLUMNS.get(section or "", 0))
    attached: dict[int, list[_Line]] = {id(r): [] for r in rows}
    out: list[tuple[float, list[str]]] = []
    for group in _label_groups(zone, rows, numbers_start):
        row = next((r for r in rows if any(w in r.words for w in group.words)), None) or _row_beside(group, rows)
        if row is None:
            out.append((group.yc, [group.text]))
        else:
            attached[id(row)].append(group)
    for row in rows:
        labels = [g.text for g in sorted(attached[id(row)], key=lambda g: g.x0)]
        values = [w for w in sorted(row.words, key=lambda w: w.x0) if w.numeric]
        cells = _by_column(values, columns) if columns and len(values) < len(columns) else [v.text for v in values]
        out.append((row.yc, [*labels, *cells]))
    blocks.append(Block("table", rows=[cells for _, cells in sorted(out, key=lambda item: -item[0])], where=where))
    zone.clear()


def _is_number_row(line: _Line) -> bool:
    """Numbers at the right end of the line and only text to their left (a table row, not a sentence)."""
    words = sorted(line.words, key=lambda w: w.x0)
    first = next((i for i, w in enumerate(words) if w.numeric), None)
    return first is not None and all(w.numeric for w in words[first:])


def _cells(line: _Line, numbers_start: float) -> list[_Line]:
    """The label words of a line, split where a gap wider than a character separates two cells."""
    pieces: list[_Line] = []
    for word in sorted((w for w in line.words if not w.numeric and w.x1 <= numbers_start + 1), key=lambda w: w.x0):
        gap = word.x0 - pieces[-1].x1 if pieces else 0.0
        if pieces and gap < (word.y1 - word.y0) * (0.5 if NUMBERING.match(word.text) else 1.2):
            pieces[-1].words.append(word)
        else:
            pieces.append(_Line([word]))
    return pieces


def _label_groups(zone: list[_Line], rows: list[_Line], numbers_start: float) -> list[_Line]:
    """Label cells left of the numbers; the wrapped lines of one cell (same column, tight spacing) joined."""
    pieces = [(piece, id(line) if line in rows else None) for line in zone for piece in _cells(line, numbers_start)]
    groups: list[_Line] = []
    anchors: list[int | None] = []  # the number row a group's text stands on: two rows' labels never join
    for piece, anchor in sorted(pieces, key=lambda p: -p[0].yc):
        h = piece.height
        for g, group in enumerate(groups):
            if anchor is not None and anchors[g] is not None and anchors[g] != anchor:
                continue
            lowest = min(group.words, key=lambda w: w.y0)
            gap = lowest.y0 - piece.y1
            overlap = min(group.x1, piece.x1) - max(group.x0, piece.x0)
            wraps = not NUMBERING.match(piece.text)  # a numbered label starts a cell, it does not continue one
            if wraps and overlap > -h * 0.5 and abs(group.x0 - piece.x0) < h * 3 and -h * 0.3 < gap < h * 0.8:
                group.words.extend(piece.words)
                anchors[g] = anchors[g] if anchor is None else anchor
                break
        else:
            groups.append(_Line(list(piece.words)))
            anchors.append(anchor)
    return groups


def _row_beside(group: _Line, rows: list[_Line]) -> _Line | None:
    """The number row a label belongs to: the row at its height (or nearest within a line)."""
    nearest = min(rows, key=lambda r: abs(r.yc - group.yc))
    tolerance = max(group.height * 0.6, (group.y1 - group.y0) / 2 + group.height * 0.3)
    return nearest if abs(nearest.yc - group.yc) <= tolerance else None


def _column_centres(rows: list[_Line], ncols: int) -> list[float]:
    full = [sorted((w for w in r.words if w.numeric), key=lambda w: w.x0) for r in rows]
    full = [ws for ws in full if len(ws) == ncols]
    if not ncols or not full:
        return []
    return [statistics.median((ws[i].x0 + ws[i].x1) / 2 for ws in full) for i in range(ncols)]


def _by_column(values: list[_Word], columns: list[float]) -> list[str]:
    cells = [""] * len(columns)
    for word in values:
        index = min(range(len(columns)), key=lambda i: abs(columns[i] - (word.x0 + word.x1) / 2))
        cells[index] = (cells[index] + word.text) if cells[index] else word.text
    return cells
