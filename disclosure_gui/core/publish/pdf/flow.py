"""Flowables that draw lines broken by :mod:`.lines`: body text on the page grid, table cell text."""

from __future__ import annotations

from typing import Any, Literal

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .lines import MAX_SPREAD, Line

Align = Literal["justify", "left", "center", "right"]


class TextLines(Flowable):
    """Lines of text, each ``pitch`` high, split between pages at any line.

    ``baseline`` is the distance from a line's top to its baseline. Justified lines spread their
    glyphs to the full width (by at most ``MAX_SPREAD`` a gap); the others are placed by ``align``.
    """

    def __init__(
        self,
        lines: list[Line],
        *,
        size: float,
        pitch: float,
        baseline: float,
        align: Align = "justify",
        right_indent: float = 0.0,
        min_width: float = 0.0,
    ) -> None:
        super().__init__()
        self.lines = lines
        self.size = size
        self.pitch = pitch
        self.baseline = baseline
        self.align = align
        self.right_indent = right_indent
        self.min_width = min_width
        self.width = 0.0
        self.height = pitch * len(lines)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = max(avail_width, self.min_width)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit = int(avail_height / self.pitch + 1e-6)
        if fit <= 0 or fit >= len(self.lines):
            return [] if fit <= 0 else [self]
        return [self.part(self.lines[:fit]), self.part(self.lines[fit:])]

    def part(self, lines: list[Line]) -> TextLines:
        """The same text setting for some of the lines."""
        return TextLines(
            lines,
            size=self.size,
            pitch=self.pitch,
            baseline=self.baseline,
            align=self.align,
            right_indent=self.right_indent,
        )

    def draw(self) -> None:
        # The operators are written directly: one text matrix per unit, not character spacing (Tc),
        # which readers that copy text (pdfminer among them) ignore after a string's last glyph; and
        # ReportLab's text object would measure every string again.
        canvas: Any = self.canv  # ReportLab's internals: the document and the page's operators
        doc = canvas._doc
        escape = canvas._escape
        width = self.width - self.right_indent
        code = ["BT"]
        current = ""
        size = fp_str(self.size)
        for k, line in enumerate(self.lines):
            if not line.units:
                continue
            y = fp_str(self.height - k * self.pitch - self.baseline)
            room = width - line.indent
            spread = 0.0
            x = line.indent
            if line.justify and self.align == "justify" and len(line.units) > 1:
                # Spread between units, never inside a Latin word or a number, and never into visible holes.
                spread = min(MAX_SPREAD, max(0.0, (room - line.natural) / (len(line.units) - 1)))
            elif self.align == "center":
                x += (room - line.natural) / 2
            elif self.align == "right":
                x += room - line.natural
            for unit in line.units:
                if unit.text:
                    code.append(f"1 0 0 1 {fp_str(x)} {y} Tm")
                    font: Any = getFont(unit.font)
                    for subset, data in font.splitString(unit.text, doc):
                        name = font.getSubsetInternalName(subset, doc)
                        if name != current:
                            code.append(f"{name} {size} Tf")
                            current = name
                        code.append(f"({escape(data)}) Tj")
                x += unit.width + spread
        code.append("ET")
        canvas._code.append("\n".join(code))
