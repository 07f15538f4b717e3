"""Reading last year's published report from whatever the officer has.

One module per kind of source turns it into blocks (paragraphs and tables of cell texts): ``html`` (saved web
pages, .mht/.mhtml), ``docx`` (Word, WPS), ``legacy`` (.doc/.wps through LibreOffice), ``pdf`` (a PDF's text
layer), ``text`` (any copied or saved text). ``tables``, ``texts`` and ``identity`` then read the blocks;
``published`` ties it together. A new format is one new source module.
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
