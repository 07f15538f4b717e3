"""Breaking Chinese text into lines as official documents are set.

Every CJK character takes one cell of the grid (the body: 156 mm / 28 characters); a run of Latin
letters or digits is one unbreakable unit at its natural width. Lines never start with closing
punctuation nor end with opening punctuation (禁则): when the break would fall there, the last
character(s) of the line are pushed to the next one, and the line is then justified to the full
width by spreading its characters. A paragraph's last line and a line ended by a manual break are
set flush left, not spread.

A line is spread by at most :data:`MAX_SPREAD` between units (beyond that it stays a little short):
wider gaps read as spaces to a text extractor and as holes to a reader. So that little is needed, a web
address breaks after its ``/`` and ``.``, an e-mail address after its ``.`` and ``@``, a phone number
after its hyphen; a full-width space is a grid cell like any Chinese character (room to sign stays room).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

CANNOT_START = frozenset("，。、；：？！）》」』】〕〉”’…—·%‰,.;:?!)]}～｝％")
CANNOT_END = frozenset("（《「『【〔〈“‘([{｛")
_EPS = 0.01
IDEOGRAPHIC_SPACE = "\u3000"
# Points a justified line may add between two units: below what pdftotext (0.1 em of 16 pt) reads as a space.
MAX_SPREAD = 1.5


@lru_cache(maxsize=65536)
def char_width(ch: str, font: str, size: float) -> float:
    return stringWidth(ch, font, size)


def _is_wide(ch: str) -> bool:
    """Characters set on the grid: CJK, full-width forms and Chinese punctuation."""
    code = ord(ch)
    return code >= 0x2E80 or 0x2014 <= code <= 0x201F or code == 0x2026 or code == 0x00B7


def _is_word(ch: str) -> bool:
    """Characters that stick together into an unbreakable Latin word (letters, digits, URL marks)."""
    return ch.isascii() and not ch.isspace() and ch not in "([{"


@dataclass
class Unit:
    text: str
    font: str
    width: float  # advance on the line, grid adjustment included
    extra: float  # per-glyph spacing that puts the glyph on the grid
    space: bool = False  # a breakable space (dropped at line ends)
    hard_break: bool = False  # a manual line break after this unit


@dataclass
class Line:
    units: list[Unit]
    indent: float
    justify: bool
    natural: float = field(init=False)

    def __post_init__(self) -> None:
        self.natural = sum(u.width for u in self.units)

    @property
    def glyphs(self) -> int:
        return sum(len(u.text) for u in self.units)

    @property
    def text(self) -> str:
        return "".join(u.text for u in self.units)


def units_of(runs: list[tuple[str, str]], size: float, pitch: float) -> list[Unit]:
    """Units from (text, font) runs; ``pitch`` is the grid cell of a wide character ("\\n" = manual break)."""
    units: list[Unit] = []
    word: list[str] = []
    word_font = ""

    def flush() -> None:
        if word:
            for text in _url_parts("".join(word)):
                units.append(Unit(text, word_font, sum(char_width(c, word_font, size) for c in text), 0.0))
            word.clear()

    for text, font in runs:
        for ch in text:
            if ch == "\n":
                flush()
                if units:
                    units[-1].hard_break = True
                else:
                    units.append(Unit("", font, 0.0, 0.0, hard_break=True))
                continue
            if _is_word(ch) and (not word or word_font == font):
                word_font = font
                word.append(ch)
                continue
            flush()
            if _is_word(ch):
                word_font = font
                word.append(ch)
                continue
            advance = char_width(ch, font, size)
            if ch == IDEOGRAPHIC_SPACE:
                units.append(Unit(ch, font, pitch, pitch - advance))
            elif ch.isspace():
                units.append(Unit(" ", font, char_width(" ", font, size), 0.0, space=True))
            elif _is_wide(ch) and abs(advance - size) < size * 0.05:
                units.append(Unit(ch, font, pitch, pitch - advance))
            else:
                units.append(Unit(ch, font, advance, 0.0))
    flush()
    return units


_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\d{3,4}-\d{5,8}")


def _url_parts(word: str) -> list[str]:
    """Where an unbreakable word may break after all: a web address after each ``/`` and ``.`` (never
    inside ``://``), an e-mail address after its ``.`` and ``@``, a phone number after its hyphen."""
    if _URL.search(word):
        cuts = r"(?<=[.])|(?<=[^:/]/)(?!/)|(?<=//)"
    elif _EMAIL.search(word):
        cuts = r"(?<=[.@])"
    elif _PHONE.search(word):
        cuts = r"(?<=\d-)(?=\d)"
    else:
        return [word]
    return [p for p in re.split(cuts, word) if p]


def _can_break(units: list[Unit], at: int) -> bool:
    """Whether a line may end before ``units[at]`` (spaces at the break are dropped, so look past them)."""
    before = at - 1
    while before >= 0 and units[before].space:
        before -= 1
    after = at
    while after < len(units) and units[after].space:
        after += 1
    if before < 0 or after >= len(units):
        return True
    return units[after].text[:1] not in CANNOT_START and units[before].text[-1:] not in CANNOT_END


def _split_word(units: list[Unit], at: int, room: float, size: float) -> None:
    """A Latin word longer than a whole line (a long URL) is cut where the line ends."""
    unit = units[at]
    taken = 0.0
    for i, ch in enumerate(unit.text):
        w = char_width(ch, unit.font, size)
        if taken + w > room + _EPS and i > 0:
            head, tail = unit.text[:i], unit.text[i:]
            units[at : at + 1] = [
                Unit(head, unit.font, taken, 0.0),
                Unit(tail, unit.font, unit.width - taken, 0.0, hard_break=unit.hard_break),
            ]
            return
        taken += w


def break_lines(
    units: list[Unit], width: float, size: float, *, first_indent: float = 0.0, justify: bool = True
) -> list[Line]:
    lines: list[Line] = []
    i, n = 0, len(units)
    while i < n:
        indent = first_indent if not lines else 0.0
        room = width - indent
        j, used = i, 0.0
        while j < n and used + units[j].width <= room + _EPS:
            used += units[j].width
            j += 1
            if units[j - 1].hard_break:
                break
        if j == i:  # a single unit wider than the line
            _split_word(units, i, room, size)
            n = len(units)
            j = i + 1
        end = j
        if j < n and not units[j - 1].hard_break:
            b = j
            while b > i + 1 and not _can_break(units, b):
                b -= 1  # push characters to the next line until the break is allowed
            if _can_break(units, b):
                end = b
        line_units = units[i:end]
        ends_hard = bool(line_units) and line_units[-1].hard_break
        while line_units and line_units[-1].space:
            line_units = line_units[:-1]
        last = end >= n
        lines.append(Line(line_units, indent, justify and not last and not ends_hard))
        i = end
        while i < n and units[i].space:  # a line never starts with a space
            i += 1
    return lines


def no_lone_last_character(lines: list[Line]) -> list[Line]:
    """A label never ends with one character alone on its last line (「…申请数/量」): the previous line
    gives it one or two of its own, where the line-breaking rules allow."""
    if len(lines) < 2 or len(lines[-1].text) != 1 or not lines[-2].units or lines[-2].units[-1].hard_break:
        return lines
    before, last = lines[-2], lines[-1]
    for give in (1, 2):
        if len(before.units) <= give + 1:
            break
        units = before.units + last.units
        at = len(before.units) - give
        if _can_break(units, at):
            return [
                *lines[:-2],
                Line(units[:at], before.indent, before.justify),
                Line(units[at:], last.indent, last.justify),
            ]
    return lines
