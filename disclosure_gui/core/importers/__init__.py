"""Reading a published report from whatever the officer has.

One module per kind of source turns it into blocks (paragraphs, tables of cell texts, the page's furniture):
``html`` (saved web pages, .mht/.mhtml), ``docx`` (Word, WPS), ``legacy`` (.doc/.wps through LibreOffice), ``pdf``
(a PDF's text layer), ``text`` (any copied or saved text, Markdown). ``structure`` then finds the six parts by aligning
the report's headings with the national sequence (``align``), ``opening`` separates the page's words, the title and the
signature, ``tables``/``table_two`` read the statistics (``rows`` cuts the printed rows, ``digits`` splits figures
run together — a cell is read only where nothing else is possible, else left blank and listed), ``texts`` fills the
text fields, ``identity`` 基本信息; ``ledger`` accounts for every piece of the body; ``published`` ties it together.
A new format is one new source module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .base import Block, ImportResult, ReportImportError, preview

if TYPE_CHECKING:
    from .published import import_published
    from .sources import read_source

# The readers (web pages, Word, PDF, text) load on first use: pasting into a table (``paste``) needs none of them.
_LAZY = {"import_published": "published", "read_source": "sources"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Block", "ImportResult", "ReportImportError", "import_published", "preview", "read_source"]
