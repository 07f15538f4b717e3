"""The account of an import: every piece of the body and where it went, and what the officer must be told.

A piece goes to a text field, to the tables (a heading, a row's label, a header, a figure read into its cells) or to
the 未导入 list, where it is shown with where it was. Nothing is dropped without an entry, so
:func:`accounted` can say how much of the body is accounted for — the test holds every import to 100 %.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .base import Placed

_SHOWN = 60  # characters of a left-out piece shown in its message
_PAGE_SHOWN = 40
PAGE_WORDS = "网页或页面上的文字，不是报告正文"  # the page's own words: listed together, in one line


class Ledger:
    def __init__(self) -> None:
        self.entries: list[Placed] = []
        self.asks: list[str] = []  # what the officer must do that is not about one piece of text (blank cells…)

    def field(self, where: str, text: str, key: str) -> None:
        if text.strip():
            self.entries.append(Placed(where, text, key))

    def structure(self, where: str, text: str, what: str, cells: tuple[str, ...] = ()) -> None:
        if text.strip():
            self.entries.append(Placed(where, text, "structure", what, cells))

    def left_out(self, where: str, text: str, why: str) -> None:
        if text.strip():
            self.entries.append(Placed(where, text, "left_out", why))

    def page(self, where: str, text: str) -> None:
        """The page's own words (navigation, a crawler's header, page numbers, footers): listed, not the report."""
        self.left_out(where, text, PAGE_WORDS)

    def ask(self, message: str) -> None:
        if message not in self.asks:
            self.asks.append(message)

    def messages(self) -> list[str]:
        """The 未导入 list as the officer reads it: each left-out piece of the report with where it was and why; the
        page's own words (navigation, page numbers, footers) in one line; then the asks."""
        out: list[str] = []
        page: list[str] = []
        for entry in self.entries:
            if entry.to != "left_out":
                continue
            text = " ".join(entry.text.split())
            if entry.what == PAGE_WORDS:
                page.append(f"{entry.where}“{_short(text, _PAGE_SHOWN)}”")
            else:
                out.append(f"{entry.where}：“{_short(text, _SHOWN)}”——{entry.what}")
        if page:
            out.insert(0, f"{PAGE_WORDS}，未导入：{'、'.join(page)}")
        return out + self.asks


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}…（共 {len(text)} 字）"


def _chars(texts: Iterable[str]) -> Counter[str]:
    return Counter(c for t in texts for c in t if not c.isspace())


def accounted(body: str, entries: Iterable[Placed], fields: dict[str, str]) -> tuple[int, int, int]:
    """(characters of the body, of them accounted for, characters claimed that are not in the body). White space does
    not count. A field's text must hold what the entries say went into it, so the field texts themselves are counted
    for the fields and the entries for everything else."""
    have = _chars(fields.values()) + _chars(e.text for e in entries if e.to in ("structure", "left_out"))
    want = _chars([body])
    found = sum(min(n, have[c]) for c, n in want.items())
    extra = sum(max(0, n - want[c]) for c, n in have.items())
    return sum(want.values()), found, extra
