"""Text the window shows is readable: hints and coloured messages meet normal contrast (WCAG 2, 4.5:1) on the
window's background and on white."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor, QPalette

import disclosure_gui.gui
from disclosure_gui.gui.app import make_application

GUI = Path(disclosure_gui.gui.__file__).parent
NORMAL = 4.5
TEXT_COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b|_FG = \"(#[0-9a-fA-F]{6})\"")


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    alpha = colour.alphaF()
    mix = [alpha * getattr(colour, c)() + (1 - alpha) * getattr(background, c)() for c in ("redF", "greenF", "blueF")]
    return QColor.fromRgbF(*mix)


def test_hint_text_in_empty_fields_meets_normal_contrast(qapp):
    palette = make_application().palette()
    base = palette.color(QPalette.ColorRole.Base)
    hint = over(palette.color(QPalette.ColorRole.PlaceholderText), base)
    assert contrast(hint, base) >= NORMAL


def test_every_text_colour_of_the_window_meets_normal_contrast(qapp):
    window = make_application().palette().color(QPalette.ColorRole.Window)
    found = {}
    for path in GUI.rglob("*.py"):
        for m in TEXT_COLOUR.finditer(path.read_text(encoding="utf-8")):
            found[m.group(1) or m.group(2)] = path.name
    assert len(found) >= 5
    weak = {
        colour: (name, round(min(contrast(QColor(colour), QColor("#ffffff")), contrast(QColor(colour), window)), 2))
        for colour, name in found.items()
        if min(contrast(QColor(colour), QColor("#ffffff")), contrast(QColor(colour), window)) < NORMAL
    }
    assert weak == {}
