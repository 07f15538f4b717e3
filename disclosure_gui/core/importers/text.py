"""Text — pasted, copied from a browser or a PDF viewer, or a page saved as text — as blocks."""

from __future__ import annotations

from .base import Block


def text_blocks(text: str) -> list[Block]:
    """Pasted or saved text. Lines starting with a tab are cells (one per line, as copied from a web page);
    a blank line ends a table row; a line with tabs inside holds a whole row; other lines are paragraphs."""
    blocks: list[Block] = []
    table: list[list[str]] | None = None
    row: list[str] | None = None
    previous_cell = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # A line that is just a tab is an empty cell (a spanned label's placeholder, or a blank value).
        line = raw if raw.startswith("\t") and not raw.strip() else raw.rstrip()
        if line.startswith("\t") and "\t" not in line[1:]:
            if table is None:
                table = []
                blocks.append(Block("table", rows=table))
            if row is None:
                row = []
                table.append(row)
            row.append(line[1:].strip())
            previous_cell = True
        elif "\t" in line.strip():
            if table is None:
                table = []
                blocks.append(Block("table", rows=table))
            table.append([c.strip() for c in line.split("\t")])
            row, previous_cell = None, False
        elif not line.strip():
            row, previous_cell = None, False
        elif table is not None and previous_cell and row is not None:
            row[-1] += line.strip()  # a label wrapped onto the next line of the page
        else:
            table, row, previous_cell = None, None, False
            blocks.append(Block("p", text=line.strip()))
    return blocks
