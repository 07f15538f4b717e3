"""The blocks as one sequence of items — text, table rows, furniture — each saying where it is in the source, and
pieces of text cut out of them (at a heading glued into a line, at the start of a table) keeping that place."""

from __future__ import annotations

from dataclasses import dataclass, field

from .base import Block

# A long line (a whole page the crawler kept on one line) is found by its characters: 「第 3 行第 2140 字起」.
_LONG = 200


@dataclass
class Item:
    kind: str  # "text", "row" (a table row's cells) or "furniture"
    text: str = ""
    cells: list[str] = field(default_factory=list)
    where: str = ""
    offset: int = 0  # where this piece starts in its line (pieces cut out of a long line)
    whole: int = 0  # the length of the line it was cut from
    block: int = -1  # the table a row belongs to

    def piece(self, start: int, end: int | None = None) -> Item:
        """The text ``[start:end]`` of this item, knowing where it was."""
        stop = len(self.text) if end is None else end
        return Item("text", self.text[start:stop], where=self.where, offset=self.offset + start, whole=self.whole)

    @property
    def place(self) -> str:
        """Where the piece was, as the officer finds it."""
        if self.kind == "text" and self.whole > _LONG and self.offset:
            return f"{self.where}第 {self.offset + 1} 字起"
        return self.where


def items_of(blocks: list[Block]) -> list[Item]:
    items: list[Item] = []
    tables = 0
    for n, block in enumerate(blocks, 1):
        where = block.where or f"第 {n} 段"
        if block.kind == "table":
            tables += 1
            where = f"{block.where}起的表格" if block.where else f"第 {tables} 个表格"
            items += [
                Item("row", cells=list(row), where=f"{where}第 {r} 行", block=n)
                for r, row in enumerate(block.rows, 1)
                if any(c.strip() for c in row)
            ]
        elif block.kind == "furniture":
            items.append(Item("furniture", block.text, where=where))
        elif block.text.strip():
            items.append(Item("text", block.text, where=where, whole=len(block.text)))
    return items
