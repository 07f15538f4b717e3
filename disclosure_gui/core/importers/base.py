"""What every source reader produces and the one error every reader raises.

A source (web page, Word file, PDF, text) is turned into **blocks**: paragraphs and tables of cell texts.
Everything after that — tables by label, texts by heading, 基本信息 — reads blocks and never the source.
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
    kind: str  # "p" or "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class ImportResult:
    report: Report
    unplaced: list[str]  # what could not be placed, in Chinese
    notes: list[str]  # what was assumed (blank cells read as 0, a split of run-together digits…)
    old_format: bool = False
    blocks: list[Block] = field(default_factory=list)  # what was read, to show beside what was recognised


def preview(blocks: list[Block]) -> str:
    """The blocks as plain text (tables tab-separated), to show beside what was recognised."""
    lines = []
    for block in blocks:
        if block.kind == "p":
            lines.append(block.text)
        else:
            lines += ["\t".join(row) for row in block.rows]
            lines.append("")
    return "\n".join(lines)
