"""The report as plain text, tables tab-separated: the clipboard's fallback for plain-text paste modes."""

from __future__ import annotations

from ..format.report import Report
from .outline import Heading, Outline, Paragraph, Signature, TableBlock, Title, build_outline


def render_text(outline: Outline) -> str:
    lines: list[str] = []
    for block in outline.blocks:
        if isinstance(block, Title):
            lines += [block.text, ""]
        elif isinstance(block, (Heading, Paragraph)):
            lines.append(block.text)
        elif isinstance(block, TableBlock):
            form = block.form
            at = form.at()
            for r in range(form.nrows):
                lines.append("\t".join(block.text(r, c) if (r, c) in at else "" for c in range(form.ncols)))
        elif isinstance(block, Signature):
            lines += ["", block.agency, block.date_text]
    return "\n".join(lines) + "\n"


def plain_text(report: Report, *, previous: Report | None = None) -> str:
    """The report as plain text, tables tab-separated: the clipboard's fallback for plain-text paste modes."""
    return render_text(build_outline(report, previous=previous, draft=False))
