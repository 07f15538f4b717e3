"""Reading an exported PDF back as a typesetter checks it: lines, their first and last characters,
text sizes, the grid. Only pdfplumber's character boxes are used, nothing of the writer's."""

from __future__ import annotations

from dataclasses import dataclass, field

import pdfplumber

MM = 72 / 25.4
BLOCK_TOP, BLOCK_BOTTOM = 37 * MM, (297 - 35) * MM  # from the page top
BLOCK_LEFT, BLOCK_RIGHT = 28 * MM, (210 - 26) * MM
CLOSING = set("，。、；：？！）》」』】〕〉”’,.;:?!)]}％%")
OPENING = set("（《「『【〔〈“‘([{")


@dataclass
class Page:
    number: int
    lines: list[str]  # text lines in the block (body size and up), top to bottom
    line_fonts: list[str]  # font of each line's first character
    first_size: float  # size of the first character in the block
    table_sizes: list[float]  # sizes of characters in the block under body size
    cell_lines: list[str]  # text lines inside table cells
    right_edges: list[float]  # x1 of each body line's last character
    line_starts: list[float]  # x0 of each body line's first character
    has_table: bool = False


@dataclass
class Measured:
    pages: list[Page] = field(default_factory=list)

    def forbidden(self) -> list[str]:
        bad = []
        for page in self.pages:
            for line in page.lines + page.cell_lines:
                if line[:1] in CLOSING or line[-1:] in OPENING:
                    bad.append(f"p{page.number}: {line}")
        return bad

    def full_text_pages(self) -> list[Page]:
        """Text-only pages whose text runs on into the next page (not cut short before a heading)."""
        full = []
        for page, following in zip(self.pages, self.pages[1:], strict=False):
            if page.has_table or following.has_table or not following.line_fonts:
                continue
            if following.line_starts[0] < BLOCK_LEFT + 4:  # not indented: a paragraph runs on
                full.append(page)
        return full


def _group(chars: list[dict], tolerance: float = 2.0) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])):
        if rows and abs(rows[-1][0]["top"] - ch["top"]) <= tolerance:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    return [sorted(r, key=lambda c: c["x0"]) for r in rows]


def measure(path: str) -> Measured:
    out = Measured()
    with pdfplumber.open(path) as pdf:
        for n, page in enumerate(pdf.pages, start=1):
            inside = [
                c
                for c in page.chars
                if c["top"] >= BLOCK_TOP - 2 and c["bottom"] <= BLOCK_BOTTOM + 2 and c["text"].strip()
            ]
            body = [c for c in inside if c["size"] >= 15.5]
            small = [c for c in inside if c["size"] < 15.5]
            rows = _group(body)
            cells: list[str] = []
            for table in page.find_tables():
                for cell in table.cells:
                    x0, top, x1, bottom = cell
                    chars = [
                        c
                        for c in small
                        if x0 <= c["x0"] and c["x1"] <= x1 + 0.5 and top <= c["top"] and c["bottom"] <= bottom + 0.5
                    ]
                    lines = ["".join(c["text"] for c in row) for row in _group(chars, 1.0)]
                    if len(lines) > 1 and all(len(line) == 1 for line in lines):
                        continue  # vertical text (table 三's 「三、本年度办理结果」): no line breaking in it
                    cells += lines
            out.pages.append(
                Page(
                    n,
                    ["".join(c["text"] for c in row) for row in rows],
                    [row[0]["fontname"].split("+")[-1] for row in rows],
                    min(inside, key=lambda c: c["top"])["size"] if inside else 0.0,
                    [c["size"] for c in small],
                    cells,
                    [row[-1]["x1"] for row in rows],
                    [row[0]["x0"] for row in rows],
                    has_table=bool(small),
                )
            )
    return out
