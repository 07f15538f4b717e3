"""Text from anywhere — copied from a browser or a PDF viewer, a Markdown or OCR conversion, a page saved as text
— as blocks.

Rows are recognised in every shape met in practice: cells on lines of their own after a tab (a browser copy),
tab-separated rows, Markdown/pipe tables, a label followed by numbers separated by spaces (PDF viewers), a
label whose numbers follow on lines of their own, labels wrapped over several lines. Inside sections 二–四 a
line of text without numbers is a label waiting for its numbers; the tables reader decides what it belongs to.
A whole page on one line (some copies lose every line break) stays one paragraph: the parts are found in it by
alignment (:mod:`.structure`) and its tables read from their label and digit runs (:mod:`.rows`). Each block knows
its line (「第 12 行」); a page number is furniture, kept and listed, never dropped.
"""

from __future__ import annotations

import re

from ..format.labels import CN_NUMERALS, MARK
from .base import Block
from .structure import heading_at_start

_TABLE_SECTIONS = ("t2", "t3", "t4")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_NUMBER = re.compile(r"^(?:\d[\d,]*(?:\.\d+)?|[-—–/])$")
_PIPE_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?$")
_GLUED = re.compile(r"^(.*?[^\d\s.,，])(\d+)$")  # 「…申请数量21000021」: a label with its digits run on
_MARK = re.compile(rf"^(?:{MARK}|[{CN_NUMERALS}]+是)")  # 「一是」 also starts a point
# 「2023 年」「0 元」: spaces a PDF viewer puts beside Chinese characters are typesetting, not text.
_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \u00a0]+(?=\S)|(?<=\S)[ \u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])"
)
_PAGE_NUMBER = re.compile(r"^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
_T2_ROW = r"(?:规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)"
_T2_GLUED = re.compile(r"^(" + _T2_ROW + r")\s?(\d+(?:\.\d+)?)$")
_PROSE = re.compile(r"[。！？]")
# Markdown from a converter: 「## 四、…」 headings and 「**加粗**」 are markup, not the report's text.
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")  # a sentence in a statistics part is its prose, not a label


def text_blocks(text: str) -> list[Block]:
    """Pasted or saved text → paragraphs and table rows (see the module's notes for the shapes understood)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    reader = _TextReader(_wrap_width(lines))
    for number, raw in enumerate(lines, 1):
        reader.line(raw, f"第 {number} 行")
    return reader.blocks


class _TextReader:
    def __init__(self, wrap_width: int) -> None:
        self.blocks: list[Block] = []
        self.table: list[list[str]] | None = None
        self.row: list[str] | None = None
        self.previous_cell = False
        self.section: str | None = None
        self.last_len = 0
        self.numbers_row: list[str] | None = None
        self.wrap_width = wrap_width  # the length of a full line when the text has hard line breaks

    def table_rows(self, where: str) -> list[list[str]]:
        if self.table is None:
            self.table = []
            self.blocks.append(Block("table", rows=self.table, where=where))
        return self.table

    def line(self, raw: str, where: str) -> None:
        raw = _MARKDOWN_EMPHASIS.sub("", _MARKDOWN_HEADING.sub("", raw))  # markup, like a page's tags
        # A line that is just a tab is an empty cell (a spanned label's placeholder, or a blank value).
        # A tab at the end is a blank last cell (a blank 总计): only spaces and line ends are taken off.
        line = raw if raw.startswith("\t") and not raw.strip() else raw.rstrip(" \r\n\u3000\u00a0")
        if line.startswith("\t") and "\t" not in line[1:]:
            if self.row is None:
                self.row = []
                self.table_rows(where).append(self.row)
            self.row.append(line[1:].strip())
            self.previous_cell = True
            return
        if "\t" in line.strip():
            self.table_rows(where).append([c.strip() for c in line.split("\t")])
            self.row, self.previous_cell = None, False
            return
        stripped = line.strip()
        if not stripped:
            self.row, self.previous_cell, self.numbers_row = None, False, None
            return
        if self.table is not None and self.previous_cell and self.row is not None:
            self.row[-1] += stripped  # a label wrapped onto the next line of the page
            return
        self.row, self.previous_cell = None, False
        if _PAGE_NUMBER.match(stripped):
            self.blocks.append(Block("furniture", text=stripped, where=where))  # 「- 3 -」: a PDF copy's page number
            return
        self._text_line(stripped, where)

    def _text_line(self, stripped: str, where: str) -> None:
        heading = heading_at_start(stripped)
        if heading is not None:
            self.table, self.numbers_row, self.section = None, None, heading
            self.blocks.append(Block("p", text=_CJK_SPACE.sub("", stripped), where=where))
            self.last_len = 0
            return
        if self.section in _TABLE_SECTIONS and _NUMBER.match(stripped):
            # One cell per line: the numbers of a row follow one another on lines of their own.
            if self.numbers_row is None:
                self.numbers_row = []
                self.table_rows(where).append(self.numbers_row)
            self.numbers_row.append(stripped)
            return
        self.numbers_row = None
        if self._table_line(stripped, where):
            return
        self.table = None
        stripped = _CJK_SPACE.sub("", stripped)
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.kind == "p" and _wraps(last.text, self.last_len, stripped, self.wrap_width):
            last.text = _join(last.text, stripped)  # a line broken by the page (PDF viewer, OCR), not a paragraph
        else:
            self.blocks.append(Block("p", text=stripped, where=where))
        self.last_len = len(stripped)

    def _table_line(self, stripped: str, where: str) -> bool:
        section = self.section
        cells = row_cells(stripped)
        numbers = sum(_NUMBER.match(c) is not None for c in cells) if cells else 0
        if cells is not None and (
            not cells
            or section in _TABLE_SECTIONS
            or stripped.startswith("|")
            or (section is None and numbers >= 2)
            or numbers >= 3
        ):
            if cells:
                self.table_rows(where).append(cells)
            return True
        if section == "t2" and (glued := _T2_GLUED.match(stripped)) is not None:
            self.table_rows(where).append([glued.group(1), glued.group(2)])  # 「行政许可4529」「规章000」
            return True
        if section in _TABLE_SECTIONS and not _PROSE.search(stripped):
            self.table_rows(where).append([_SPACES.sub("", stripped)])  # a label waiting for its numbers
            return True
        return False


def _wraps(previous: str, previous_len: int, line: str, width: int) -> bool:
    """The previous line ran to the full width without ending its sentence: this line continues it."""
    return (
        width > 0
        and previous_len >= width
        and not re.search(r"[。！？；：:!?]$", previous)
        and heading_at_start(line) is None
        and _MARK.match(line) is None
    )


def _join(previous: str, line: str) -> str:
    if re.search(r"[\u3000-\u9fff\uff00-\uffef]$", previous) or re.match(r"[\u3000-\u9fff\uff00-\uffef]", line):
        return previous + line
    return previous + " " + line


def _wrap_width(lines: list[str]) -> int:
    """The length of a full line when the text has hard line breaks (a PDF copy); 0 when it has none."""
    lengths = sorted(len(line.strip()) for line in lines if len(line.strip()) >= 12)
    if len(lengths) < 8:
        return 0
    typical = lengths[len(lengths) * 3 // 4]
    full = sum(1 for n in lengths if n >= typical * 0.85)
    return int(typical * 0.85) if typical <= 60 and full >= len(lengths) // 3 else 0


def row_cells(line: str) -> list[str] | None:
    """The cells of a table row written on one line, [] for a Markdown rule line, None for anything else."""
    if line.startswith("|") or (line.endswith("|") and line.count("|") >= 2):
        if _PIPE_RULE.match(line):
            return []
        return [c.strip() for c in line.strip().strip("|").split("|")]
    tokens = _SPACES.split(line.strip())
    if len(tokens) == 1 and (glued := _GLUED.match(tokens[0])) is not None and len(glued.group(2)) >= 5:
        return [glued.group(1), glued.group(2)]  # a label with its row's digits run on (split later by arithmetic)
    numbers = 0
    while numbers < len(tokens) and _NUMBER.match(tokens[-1 - numbers]):
        numbers += 1
    if numbers == 0:
        return None
    label_tokens = tokens[: len(tokens) - numbers]
    label_part = line.strip()
    for token in reversed(tokens[len(tokens) - numbers :]):
        label_part = label_part[: label_part.rstrip().rfind(token)].rstrip()
    if "。" in label_part or len(label_part) > 80 or (numbers == 1 and not label_part):
        return None
    if numbers == 1 and len(label_tokens) > 1 and not re.search(r"\s{2,}|\t|\u3000", label_part):
        return None  # 「…公开政府常务会议 7」: a sentence broken at a number, not a row
    numbers_part = tokens[len(tokens) - numbers :]
    glued = _GLUED.match(label_part)
    if glued is not None and len(glued.group(2)) + sum(map(len, numbers_part)) >= 5:
        label_part, numbers_part = glued.group(1), [glued.group(2), *numbers_part]  # 「…情形）500000 5」
    labels = [_SPACES.sub("", part) for part in re.split(r"\s{2,}|\t|\u3000+", label_part) if part.strip()]
    return labels + numbers_part
