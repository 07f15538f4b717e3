"""The official page (GB/T 9704-2012) and what every PDF of the app shares: geometry, the per-character
font fallback, and writing a simple document (checklist, returns list).

A4, margins 37/35/28/26 mm: a 156 × 225 mm text block holding 22 lines of 28 characters of 16 pt
仿宋 — a line pitch of 225 mm / 22 and a character pitch of 156 mm / 28.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from .... import APP_NAME, __version__
from ...outputs import OutputError, write_output
from ..outline import reproducible
from .fonts import FontSet

# Binary streams (deflate only): ASCII85 makes every font and page a quarter larger and slower to write.
rl_config.useA85 = 0

PAGE_W, PAGE_H = A4
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 225 mm
LINES, CHARS = 22, 28
LINE_PITCH = TEXT_H / LINES  # ≈ 28.95 pt
CHAR_PITCH = TEXT_W / CHARS  # ≈ 15.79 pt
BODY_PT, TITLE_PT, PAGE_NO_PT = 16, 22, 14


class PdfExportError(OutputError):
    pass


@dataclass(frozen=True)
class MissingChar:
    char: str
    where: str  # field or cell label

    @property
    def message(self) -> str:
        return f"「{self.where}」中的字符「{self.char}」（U+{ord(self.char):04X}）没有任何字体能显示，打印出来会是方框"


class Typesetter:
    """Assigns each character of user text the font that can draw it, and collects those none can."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        self.missing: list[MissingChar] = []
        self._seen: set[tuple[str, str]] = set()

    def runs(self, text: str, role: str, where: str) -> list[tuple[str, str]]:
        """``text`` as (text, ReportLab font name) runs."""
        primary = self.fonts.name(role)
        out: list[tuple[str, str]] = []
        run: list[str] = []
        run_font = primary
        for ch in text:
            if ch in "\t\r":
                ch = " "
            if ch == " " or ch == "\n":
                font = run_font
            else:
                found = self.fonts.font_for(primary, ch)
                font = found or self.fonts.fallback
                if found is None and (ch, where) not in self._seen:
                    self._seen.add((ch, where))
                    self.missing.append(MissingChar(ch, where))
            if font != run_font and run:
                out.append(("".join(run), run_font))
                run.clear()
            run_font = font
            run.append(ch)
        if run:
            out.append(("".join(run), run_font))
        return out

    def markup(self, text: str, role: str, where: str) -> str:
        """ReportLab paragraph markup (user text escaped) for the simple documents."""
        primary = self.fonts.name(role)
        return "".join(
            escape(chunk) if font == primary else f'<font name="{font}">{escape(chunk)}</font>'
            for chunk, font in self.runs(text, role, where)
        )


def doc_info() -> dict[str, Any]:
    """Creator and dates: the real time of writing, fixed only under SOURCE_DATE_EPOCH (which
    ReportLab reads itself); the document id is fixed in that case too."""
    return {
        "creator": f"{APP_NAME} {__version__}",
        "producer": f"{APP_NAME} {__version__}",
        "invariant": 1 if reproducible() else 0,
    }


def write_pdf(out: Path, write: Callable[[str], None]) -> None:
    write_output(out, write, PdfExportError)


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
            initialFontName=fonts.name("body"),
            **doc_info(),
        ).build(flow)

    write_pdf(out, write)
