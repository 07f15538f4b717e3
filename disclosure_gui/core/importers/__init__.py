"""Reading last year's published report from whatever the officer has.

One module per kind of source turns it into blocks (paragraphs and tables of cell texts): ``html`` (saved web
pages, .mht/.mhtml), ``docx`` (Word, WPS), ``legacy`` (.doc/.wps through LibreOffice), ``pdf`` (a PDF's text
layer), ``text`` (any copied or saved text). ``tables``, ``texts`` and ``identity`` then read the blocks;
``published`` ties it together. A new format is one new source module.
"""

from .base import Block, ImportResult, ReportImportError, preview
from .published import import_published
from .sources import read_source

__all__ = ["Block", "ImportResult", "ReportImportError", "import_published", "preview", "read_source"]
