"""What every source reader produces, what the import hands back, and the one error every reader raises.

A source (web page, Word file, PDF, text) is turned into **blocks**: paragraphs, tables of cell texts, and the
page's furniture (page numbers, a crawler's header) the reader recognised. Everything after that — the parts by
alignment, tables by label, texts, 基本信息 — reads blocks and never the source.

The **body** of a report is the text of its blocks. Every character of it ends up somewhere the officer can see:
in a text field, in a table (a cell, a row's label, a heading), or in the 未导入 list with where it was
(:attr:`ImportResult.left_out`); :mod:`.ledger` keeps that account.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import UserError
from ..format.report import Report

# Limits checked before anything is read or unpacked: a published report is a few MB at most.
MAX_SOURCE_BYTES = 30 * 1024 * 1024
MAX_UNPACKED_BYTES = 60 * 1024 * 1024  # total of a Word file's parts once unzipped (zip bombs)
MAX_ZIP_RATIO = 200  # a part that expands more than this is not a document
MAX_PDF_PAGES = 200


class ReportImportError(UserError, ValueError):
    """The source is not a report (or cannot be read); the message says what to do."""


@dataclass
class Block:
    kind: str  # "p" (a paragraph), "table" (rows of cells) or "furniture" (page numbers and the like)
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)
    where: str = ""  # where it is in the source, as the officer finds it: 「第 3 页」「第 12 行」「第 2 个表格」


@dataclass(frozen=True)
class Placed:
    """A piece of the body and what became of it. ``to`` is a text field's key (``overview.proactive``), or
    ``structure`` (a heading, a table's label or header, a figure read into a cell), or ``left_out``."""

    where: str
    text: str
    to: str
    what: str = ""  # for structure: 「表三“予以公开”一行的标签」「第二部分的标题」; for left_out: why
    cells: tuple[str, ...] = ()  # the cells a printed figure was read into (exchange-file paths)


@dataclass
class ImportResult:
    report: Report
    unplaced: list[str]  # what the officer must look at, in Chinese: text not imported, cells left blank…
    notes: list[str]  # what was done on the way (a split of run-together digits, the 2019 format…)
    old_format: bool = False
    blocks: list[Block] = field(default_factory=list)  # what was read, to show beside what was recognised
    ledger: list[Placed] = field(default_factory=list)  # every piece of the body and where it went

    @property
    def left_out(self) -> list[Placed]:
        """The 未导入 list: the body's text that is in no field and no table, with where it was."""
        return [p for p in self.ledger if p.to == "left_out"]


def body_text(blocks: list[Block]) -> str:
    """The report's body as the readers give it: every paragraph, cell and piece of furniture."""
    parts: list[str] = []
    for block in blocks:
        if block.kind == "table":
            parts += [cell for row in block.rows for cell in row]
        else:
            parts.append(block.text)
    return "\n".join(parts)


def preview(blocks: list[Block]) -> str:
    """The blocks as plain text (tables tab-separated), to show beside what was recognised."""
    lines = []
    for block in blocks:
        if block.kind == "table":
            lines += ["\t".join(row) for row in block.rows]
            lines.append("")
        else:
            lines.append(block.text)
    return "\n".join(lines)
