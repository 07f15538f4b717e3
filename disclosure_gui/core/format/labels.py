"""Labels as real files write them, compared one way: the normaliser every reader uses (published reports, pasted
blocks, registers), and the numbering that starts a label or a heading — （一）, 一、 or 1. — written once.

Published reports, spreadsheets and registers vary a label by line breaks and spaces inside it, half-width
brackets and commas, ASCII or curly quotes, full-width letters and digits; :func:`normalise` folds all of them, so
two spellings of one label compare equal.
"""

from __future__ import annotations

import re
import unicodedata

CN_NUMERALS = "一二三四五六七八九十"
# The three ways a report numbers a label or a heading, as alternatives to build patterns from:
# （一） or (一), 一、, and 1. / 1． / 1、
BRACKETED = rf"[（(][{CN_NUMERALS}]+[）)]"
ENUMERATED = rf"[{CN_NUMERALS}]+、"
DIGITS = r"\d+[.．、]"
MARK = rf"{BRACKETED}|{ENUMERATED}|{DIGITS}"
NUMBERING = re.compile(rf"^(?:{MARK})")

_SPACE = re.compile(r"\s+")
_FOLD = str.maketrans({",": "、", "，": "、", "(": "（", ")": "）", '"': None, "“": None, "”": None, "'": None})


def normalise(text: str, *, strip_numbering: bool = False) -> str:
    """A label as labels are compared: widths folded (NFKC), no spaces or line breaks, 「、」 for commas, full-width
    brackets, no quotes; with ``strip_numbering`` also without its leading （一）/一、/1. (all of them)."""
    s = _SPACE.sub("", unicodedata.normalize("NFKC", text)).translate(_FOLD)
    while strip_numbering:
        stripped = NUMBERING.sub("", s, count=1)
        if stripped == s:
            break
        s = stripped
    return s
