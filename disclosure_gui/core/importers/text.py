"""Text from anywhere — copied from a browser or a PDF viewer, a Markdown or OCR conversion, a page saved as text
— as blocks.

Rows are recognised in every shape met in practice: cells on lines of their own after a tab (a browser copy),
tab-separated rows, Markdown/pipe tables, a label followed by numbers separated by spaces (PDF viewers), a
label whose numbers follow on lines of their own, labels wrapped over several lines. Inside sections 二–四 a
line of text without numbers is a label waiting for its numbers; the tables reader decides what it belongs to.
A whole page on one line (some copies lose every line break) is first broken before each heading and each
numbered row label.
"""

from __future__ import annotations

import re

from ..format import schema
from ..format.labels import CN_NUMERALS, MARK
from .base import Block
from .labels import section_of

_TABLE_SECTIONS = ("t2", "t3", "t4")
_SPACES = re.compile(r"[ \t\u3000\u00a0]+")
_NUMBER = re.compile(r"^(?:\d[\d,]*(?:\.\d+)?|[-—–/])$")
_PIPE_RULE = re.compile(r"^\|?(?:\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?$")
_GLUED = re.compile(r"^(.*?[^\d\s.,，])(\d+)$")  # 「…申请数量21000021」: a label with its digits run on
_MARKED_LABELS = sorted(
    {lbl for r in schema.T3_ROWS for lbl in r.levels if lbl}
    | {"第二十条第（一）项", "第二十条第（五）项"}
    | {"第二十条第（六）项", "第二十条第（八）项"},
    key=len,
    reverse=True,
)
_HEADING_START = (
    r"(?:[一二三四五六][、.．](?:总体情况|主动公开政府信息情况|收到和处理|(?:因)?政府信息公开(?:工作)?(?:被申请)?"
    r"行政复议|(?:政府信息公开工作)?存在的主要问题|其他需要报告))"
)
_MARK = re.compile(rf"^(?:{MARK}|[{CN_NUMERALS}]+是)")  # 「一是」 also starts a point
# 「2023 年」「0 元」: spaces a PDF viewer puts beside Chinese characters are typesetting, not text.
_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \u00a0]+(?=\S)|(?<=\S)[ \u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])"
)
_PAGE_NUMBER = re.compile(r"^[-—–－]\s*\d{1,3}\s*[-—–－]$|^第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?$")
# A page on one line: break before each heading and row label (a stray space may sit inside: 「本年度办 理结果」)
_BREAK_BEFORE = re.compile(
    _HEADING_START + "|" + "|".join(r"\s?".join(re.escape(ch) for ch in lbl) for lbl in _MARKED_LABELS)
)
# … and after a whole heading, so that the text run on after it (「一、总体情况 2024年，…」) is a paragraph of its own;
# the aspects of 一 and the parts of 五 (「（一）主动公开方面平潭…」「（二）改进措施：」) start paragraphs of their own.
_HEADING_WHOLE = re.compile(
    r"[一二三四五六][、.．]\s*(?:总体情况|主动公开政府信息情况|收到和处理政府信息公开申请情况"
    r"|(?:因)?政府信息公开(?:工作)?(?:被申请)?行政法?复议[、和及]?(?:提起)?行政诉讼(?:的)?情况"
    r"|(?:政府信息公开工作)?存在的主要问题及改进情况|其他需要报告的事项)"
)
_ASPECT_START = re.compile(
    r"（[一二三四五六]）(?=[^（）。]{0,12}?(?:主动公开|依申请公开|政府信息管理|平台|监督保障|存在的(?:主要)?问题"
    r"|改进措施|改进情况)[^（）。]{0,6}?(?:方面|情况|[:：。]))"
)
# Table 二's rows run on after the column heads (「…现行有效件数规章000行政规范性文件77132470」); not 「…文件698件」.
_T2_ROW = r"(?:规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费)"
_T2_BREAK = re.compile(_T2_ROW + r"(?=\s?\d[\d.]*(?:$|[^\d.件条个项篇次份余万%]))")
_T2_GLUED = re.compile(r"^(" + _T2_ROW + r")\s?(\d+(?:\.\d+)?)$")
_ASPECT_END = re.compile(r"^(（[一二三四五六]）[^（）。，]{0,14}?方面)(?=[^。，,：:；\s])")


def text_blocks(text: str) -> list[Block]:
    """Pasted or saved text → paragraphs and table rows (see the module's notes for the shapes understood)."""
    blocks: list[Block] = []
    table: list[list[str]] | None = None
    row: list[str] | None = None
    previous_cell = False
    section: str | None = None
    last_len = 0
    numbers_row: list[str] | None = None

    def table_rows() -> list[list[str]]:
        nonlocal table
        if table is None:
            table = []
            blocks.append(Block("table", rows=table))
        return table

    lines = _lines(text)
    wrap_width = _wrap_width(lines)
    for raw in lines:
        # A line that is just a tab is an empty cell (a spanned label's placeholder, or a blank value).
        line = raw if raw.startswith("\t") and not raw.strip() else raw.rstrip()
        if line.startswith("\t") and "\t" not in line[1:]:
            if row is None:
                row = []
                table_rows().append(row)
            row.append(line[1:].strip())
            previous_cell = True
            continue
        if "\t" in line.strip():
            table_rows().append([c.strip() for c in line.split("\t")])
            row, previous_cell = None, False
            continue
        stripped = line.strip()
        if not stripped:
            row, previous_cell, numbers_row = None, False, None
            continue
        if table is not None and previous_cell and row is not None:
            row[-1] += stripped  # a label wrapped onto the next line of the page
            continue
        row, previous_cell = None, False
        if _PAGE_NUMBER.match(stripped):
            continue  # 「- 3 -」: a page number of a PDF copy
        heading = section_of(stripped)
        if heading is not None:
            table, numbers_row = None, None
            section = heading
            blocks.append(Block("p", text=_CJK_SPACE.sub("", stripped)))
            continue
        if section in _TABLE_SECTIONS and _NUMBER.match(stripped):
            # One cell per line: the numbers of a row follow one another on lines of their own.
            if numbers_row is None:
                numbers_row = []
                table_rows().append(numbers_row)
            numbers_row.append(stripped)
            continue
        numbers_row = None
        cells = row_cells(stripped)
        if cells is not None and (
            not cells
            or section in _TABLE_SECTIONS
            or stripped.startswith("|")
            or (section is None and sum(_NUMBER.match(c) is not None for c in cells) >= 2)
            or sum(_NUMBER.match(c) is not None for c in cells) >= 3
        ):
            if cells:
                table_rows().append(cells)
            continue
        if section == "t2" and (glued := _T2_GLUED.match(stripped)) is not None:
            table_rows().append([glued.group(1), glued.group(2)])  # 「行政许可4529」「规章000」
            continue
        if section in _TABLE_SECTIONS:
            table_rows().append([_SPACES.sub("", stripped)])  # a label waiting for its numbers
            continue
        table = None
        stripped = _CJK_SPACE.sub("", stripped)
        last = blocks[-1] if blocks else None
        if last is not None and last.kind == "p" and _wraps(last.text, last_len, stripped, wrap_width):
            last.text = _join(last.text, stripped)  # a line broken by the page (PDF viewer, OCR), not a paragraph
        else:
            blocks.append(Block("p", text=stripped))
        last_len = len(stripped)
    return blocks


def _wraps(previous: str, previous_len: int, line: str, width: int) -> bool:
    """The previous line ran to the full width without ending its sentence: this line continues it."""
    return (
        width > 0
        and previous_len >= width
        and not re.search(r"[。！？；：:!?]$", previous)
        and section_of(line) is None
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


def _lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    for line in lines:
        if len(line) > 300 and len(_BREAK_BEFORE.findall(line)) >= 3:
            line = _BREAK_BEFORE.sub(lambda m: "\n" + m.group(0), line)
            line = _HEADING_WHOLE.sub(lambda m: "\n" + m.group(0) + "\n", line)
            line = _ASPECT_START.sub(lambda m: "\n" + m.group(0), line)
            line = _T2_BREAK.sub(lambda m: "\n" + m.group(0), line)
            parts = [_ASPECT_END.sub(r"\1\n", p, count=1) for p in line.split("\n")]
            out.extend(p for part in parts for p in part.split("\n"))
        else:
            out.append(line)
    return out


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
