"""A web page — saved as .html, or as the browser's 「网页，单个文件」 (.mht/.mhtml) — as blocks.

Tables are laid out on a grid with their rowspan/colspan, so a label spanning rows stays beside each of its
rows' numbers; nested tables (layout tables around the report) join the enclosing cell.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message
from html.parser import HTMLParser
from typing import Any

from .base import Block, ReportImportError
from .textcodec import decode


class _HtmlBlocks(HTMLParser):
    """Paragraph text and tables (with rowspan/colspan laid out on a grid) from a web page."""

    BLOCK_TAGS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr"})
    SKIP = frozenset({"script", "style", "head", "title", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.text: list[str] = []
        self.skip = 0
        self.tables: list[dict[str, Any]] = []  # stack for nested tables

    def _flush(self) -> None:
        text = "".join(self.text).strip()
        if text:
            self.blocks.append(Block("p", text=text))
        self.text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "table":
            if not self.tables:
                self._flush()
            self.tables.append({"rows": [], "row": None, "cell": None})
        elif self.tables and tag == "tr":
            self.tables[-1]["row"] = []
        elif self.tables and tag in ("td", "th"):
            t = self.tables[-1]
            if t["row"] is None:
                t["row"] = []
            t["cell"] = {"text": [], "rowspan": _int(a.get("rowspan")), "colspan": _int(a.get("colspan"))}
        elif tag in self.BLOCK_TAGS and not self.tables:
            self._flush()
        elif tag == "br" and self.tables and self.tables[-1]["cell"] is not None:
            self.tables[-1]["cell"]["text"].append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "table" and self.tables:
            t = self.tables.pop()
            grid = _layout(t["rows"])
            if self.tables:  # a nested table: its text joins the enclosing cell
                outer = self.tables[-1]["cell"]
                if outer is not None:
                    outer["text"].append(" ".join(" ".join(r) for r in grid))
            else:
                self.blocks.append(Block("table", rows=grid))
        elif self.tables and tag in ("td", "th"):
            t = self.tables[-1]
            if t["cell"] is not None and t["row"] is not None:
                c = t["cell"]
                t["row"].append(("".join(c["text"]).strip(), c["rowspan"], c["colspan"]))
            t["cell"] = None
        elif self.tables and tag == "tr":
            t = self.tables[-1]
            if t["row"] is not None:
                t["rows"].append(t["row"])
            t["row"] = None
        elif tag in self.BLOCK_TAGS and not self.tables:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.tables and self.tables[-1]["cell"] is not None:
            self.tables[-1]["cell"]["text"].append(data)
        elif not self.tables:
            self.text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _int(value: str | None) -> int:
    try:
        return max(1, min(100, int(str(value).strip())))
    except (TypeError, ValueError):
        return 1


def _layout(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """HTML table layout: cells placed on a grid; a spanned position repeats nothing (empty string)."""
    occupied: dict[tuple[int, int], str] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in occupied:
                c += 1
            for dr in range(rowspan):
                for dc in range(colspan):
                    occupied[(r + dr, c + dc)] = text if (dr, dc) == (0, 0) else ""
            c += colspan
    if not occupied:
        return []
    nrows = max(r for r, _ in occupied) + 1
    ncols = max(c for _, c in occupied) + 1
    return [[occupied.get((r, c), "") for c in range(ncols)] for r in range(nrows)]


def html_blocks(html: str) -> list[Block]:
    parser = _HtmlBlocks()
    parser.feed(html)
    parser.close()
    return parser.blocks


def mht_html(raw: bytes, name: str) -> str:
    """The page inside a MIME archive (.mht/.mhtml): its first text/html part, decoded."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        return _part_text(part, payload, name)
    raise ReportImportError(f"{name} 是“网页，单个文件”格式，但里面没有网页内容；请在浏览器中重新打开原网页另存")


def _part_text(part: Message, payload: bytes, name: str) -> str:
    charset = part.get_content_charset()
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload, name)
