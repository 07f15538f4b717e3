"""The report as ordered blocks, decided once for every output (PDF, Word, HTML, plain text).

What is a heading, which words of a paragraph are its lead-in, how a value is written, which
optional sections are printed and how they are numbered, whether the report is a draft, and which
characters cannot be printed at all: all of it is settled here, so the outputs only render.

A paragraph the user starts with 「一、」 or 「（一）」 numbers its own point: only the lead-in words
(up to the first 。/：, or the whole paragraph when it is short and has none) take the heading face.
Inside a paragraph a U+000B (Word's manual line break, pasted from Word) is kept as a line break;
other characters that no file format can hold are dropped with a notice.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Literal

from ..checks.registry import has_errors, run_rules
from ..format import schema
from ..format.cells import format_decimal
from ..format.forms import FORMS, Form
from ..format.report import Report

CN_NUMBERS = "一二三四五六七八九十"
LINE_BREAK = "\n"  # inside a paragraph's text: a manual line break
HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")
_LEAD_END = re.compile(r"[。：:]")
_LEAD_MAX = 30  # characters: a longer run without 。 is a paragraph, not a heading
# XML 1.0 cannot hold these (Word, HTML editors); U+000B is handled before this applies.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

Level = Literal[0, 1, 2]  # 0 body, 1 黑体 heading, 2 楷体 heading
GRID_CHARS = 28  # characters a line of the official page holds (GB/T 9704)
SIGN_ROOM = 4  # full-width characters of room to sign after each signature field, at least
_FULL_SPACE = "\u3000"


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: Literal[1, 2]
    keep_with_table: bool = False  # the heading of a statistics table


@dataclass(frozen=True)
class Paragraph:
    text: str  # the whole paragraph, LINE_BREAK for manual line breaks
    where: str  # the field it comes from, for messages
    lead: int = 0  # the first ``lead`` characters are the heading words
    lead_level: Level = 0

    @property
    def lead_text(self) -> str:
        return self.text[: self.lead]

    @property
    def rest(self) -> str:
        return self.text[self.lead :]


@dataclass(frozen=True)
class TableBlock:
    form: Form
    texts: dict[tuple[int, int], str]  # anchor (row, col) → printed text of that cell

    def text(self, row: int, col: int) -> str:
        return self.texts.get((row, col), "")


@dataclass(frozen=True)
class Signature:
    agency: str
    date_text: str
    # A local rule's lines for the paper copy (「经办人：」「审核人：」「（盖章）」), after the unit and date.
    sign_off: tuple[str, ...] = ()

    @property
    def sign_lines(self) -> list[str]:
        """The signature fields set on grid lines, full-width spaces giving each room to sign."""
        return sign_off_layout(self.sign_off)[0]

    @property
    def marks(self) -> list[str]:
        """What is not signed but stamped (「（盖章）」), under the signature lines."""
        return sign_off_layout(self.sign_off)[1]


def signature_inset(text: str, chars: int = GRID_CHARS) -> int:
    """Characters between a 落款 line and the right edge: four (GB/T 9704), fewer for a unit name too
    long to stand on one line with four."""
    return max(0, min(4, chars - len(text)))


def sign_off_layout(
    fields: tuple[str, ...], chars: int = GRID_CHARS, room: int = SIGN_ROOM
) -> tuple[list[str], list[str]]:
    """Signature fields (ending in 「：」) packed on lines of ``chars`` grid cells, each followed by at least
    ``room`` full-width spaces (the last one by the end of its line); the other fields (「（盖章）」) are
    marks, returned apart."""
    signs = [f for f in fields if f.endswith(("：", ":"))]
    marks = [f for f in fields if f not in signs]
    packed: list[list[str]] = []
    for f in signs:
        if packed and sum(len(x) + room for x in packed[-1]) + len(f) + room <= chars:
            packed[-1].append(f)
        else:
            packed.append([f])
    lines = []
    for line in packed:
        # the spare cells shared by the gaps and the room after the last field, so the fields stand evenly
        shares = len(line)
        spare = max(0, chars - sum(len(x) + room for x in line))
        text = line[0]
        for i, f in enumerate(line[1:]):
            text += _FULL_SPACE * (room + spare // shares + (1 if i < spare % shares else 0)) + f
        lines.append(text)
    return lines, marks


Block = Title | Heading | Paragraph | TableBlock | Signature


@dataclass
class Outline:
    title: str
    agency: str
    year: int
    draft: bool
    created: datetime  # when the file is made; SOURCE_DATE_EPOCH makes it reproducible
    blocks: list[Block] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # characters dropped, in Chinese

    @property
    def subject(self) -> str:
        return f"{self.year}{schema.REPORT_TITLE_SUFFIX}"


DRAFT_NOTICE = "草稿 · 数据校验未通过，不可作为正式文本"


def value_text(value: object) -> str:
    """A table value as printed: blank stays blank, money without trailing zeros."""
    if value is None:
        return ""
    return format_decimal(value) if isinstance(value, Decimal) else str(value)


def creation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return datetime.now(timezone.utc)


def reproducible() -> bool:
    return os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit()


def lead_of(text: str) -> tuple[int, Level]:
    """How many leading characters of a paragraph are heading words, and their level."""
    match = HEADING1.match(text) or HEADING2.match(text)
    if match is None:
        return 0, 0
    level: Level = 1 if HEADING1.match(text) else 2
    end = _LEAD_END.search(text, match.end())
    if end is not None and end.end() - match.end() <= _LEAD_MAX:
        return end.end(), level
    if end is None and len(text) <= _LEAD_MAX + match.end() and LINE_BREAK not in text:
        return len(text), level  # a short line on its own: all heading
    return match.end(), level  # only the number


class _Builder:
    def __init__(self, report: Report) -> None:
        self.report = report
        self.blocks: list[Block] = []
        self.dropped: dict[str, set[str]] = {}  # field → characters dropped

    def clean(self, text: str, where: str) -> str:
        text = text.replace("\x0b", LINE_BREAK).replace("\t", " ")
        dropped = _FORBIDDEN.findall(text)
        if dropped:
            self.dropped.setdefault(where, set()).update(dropped)
            text = _FORBIDDEN.sub("", text)
        return text

    @property
    def notices(self) -> list[str]:
        """One notice for each field that lost characters, in the order of the report."""
        return [
            f"「{where}」中有无法打印的控制字符（{'、'.join(f'U+{ord(c):04X}' for c in sorted(chars))}），已删除"
            for where, chars in self.dropped.items()
        ]

    def text_field(self, key: str) -> None:
        label = schema.TEXT_FIELD_BY_KEY[key].label
        raw = self.report.text(key).replace("\r\n", "\n").replace("\r", "\n")
        for line in raw.split("\n"):
            para = self.clean(line, label).strip(" \u3000" + LINE_BREAK)
            if not para:
                continue
            lead, level = lead_of(para)
            if lead == len(para):
                self.blocks.append(Heading(para, 1 if level == 1 else 2))
            else:
                self.blocks.append(Paragraph(para, label, lead, level))

    def numbered_fields(self, fields: tuple[schema.TextField, ...]) -> None:
        """「（一）label」 sub-headings for each field that has text or is required."""
        n = 0
        for f in fields:
            if not self.report.text(f.key).strip() and not f.required:
                continue
            self.blocks.append(Heading(f"（{CN_NUMBERS[n]}）{f.label}", 2))
            n += 1
            self.text_field(f.key)

    def table(self, form: Form) -> TableBlock:
        texts: dict[tuple[int, int], str] = {}
        for cell in form.cells:
            if cell.kind == "value":
                texts[(cell.row, cell.col)] = value_text(self.report.get(cell.path))
            else:
                texts[(cell.row, cell.col)] = cell.text
        return TableBlock(form, texts)


def build_outline(
    report: Report,
    *,
    previous: Report | None = None,
    draft: bool | None = None,
    signature: bool = False,
    signature_date: date | None = None,
    sign_off: tuple[str, ...] = (),
) -> Outline:
    """The report as blocks. ``draft=None``: a draft exactly when the rules find errors."""
    b = _Builder(report)
    title = b.clean(report.title, "标题").replace(LINE_BREAK, "")
    agency = b.clean(report.meta.agency, "单位名称").replace(LINE_BREAK, "")  # file properties, signature: XML
    b.blocks.append(Title(title))
    b.text_field("preamble")
    for section in schema.SECTIONS[1:]:
        b.blocks.append(Heading(section.heading, 1, keep_with_table=bool(section.table)))
        if section.table:
            b.blocks.append(b.table(FORMS[section.table]()))
        elif section.key == "overview":
            intro = schema.TEXT_FIELD_BY_KEY["overview.intro"]
            b.text_field(intro.key)
            b.numbered_fields(tuple(f for f in section.fields if f is not intro))
        else:
            b.numbered_fields(section.fields)
    if signature or sign_off:  # the sign-off lines stand under the unit and date
        when = signature_date or report.meta.publish_date or date.today()
        b.blocks.append(Signature(agency, f"{when.year}年{when.month}月{when.day}日", sign_off))
    is_draft = draft if draft is not None else has_errors(run_rules(report, previous))
    return Outline(title, agency, report.meta.year, is_draft, creation_time(), b.blocks, b.notices)


def column_weights(form: Form, *, text_mm: float = 156, char_mm: float = 3.7, pad_mm: float = 2.0) -> list[float]:
    """Column shares (adding up to 1) that let each single-column header fit in two lines.

    The form's own weights are the start; a column narrower than half its longest header (in
    characters of ``char_mm``, plus ``pad_mm`` of cell padding) is widened and the others shrink.
    """
    total = sum(form.col_weights)
    wanted = [w / total for w in form.col_weights]
    for cell in form.cells:
        if cell.kind == "header" and cell.colspan == 1 and cell.text:
            chars = -(-len(cell.text) // 2)
            wanted[cell.col] = max(wanted[cell.col], (chars * char_mm + pad_mm) / text_mm)
    scale = sum(wanted)
    return [w / scale for w in wanted]
