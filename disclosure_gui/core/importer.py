"""Reading last year's published report: a saved web page, a Word file, or pasted text.

Everything is first turned into blocks (paragraphs and tables of cell texts), then the tables are read
**by label** (with the variants real reports have: line breaks inside labels, half-width brackets, 「，」 for
「、」, ASCII quotes, a missing character) and the texts by heading. Printed totals are kept as printed,
never corrected, so ``check`` can report them. What could not be placed is listed, never dropped silently.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path
from typing import Any

from . import schema
from .agency import agency_kind_of
from .numbers import NumberError, parse_count, parse_money
from .report import Fees, Report

MAX_SOURCE_BYTES = 30 * 1024 * 1024


class ImportError_(ValueError):
    """The source is not a report (or cannot be read); ``message`` is Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass
class Block:
    kind: str  # "p" or "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class ImportResult:
    report: Report
    unplaced: list[str]  # what could not be placed, in Chinese
    notes: list[str]  # what was assumed (blank cells read as 0, a split of run-together digits…)
    old_format: bool = False


# ------------------------------------------------------------------------------ sources → blocks


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


def docx_blocks(path: Path) -> list[Block]:
    from docx import Document
    from docx.oxml.ns import qn

    try:
        document = Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ImportError_(f"{path.name} 不是有效的 Word（.docx）文件") from exc
    blocks: list[Block] = []
    for element in document.element.body.iterchildren():
        if element.tag == qn("w:p"):
            text = "".join(t.text or "" for t in element.iter(qn("w:t"))).strip()
            if text:
                blocks.append(Block("p", text=text))
        elif element.tag == qn("w:tbl"):
            grid: list[list[str]] = []
            for tr in element.iter(qn("w:tr")):
                row: list[str] = []
                for tc in tr.iterchildren(qn("w:tc")):
                    text = "\n".join(
                        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))
                    ).strip()
                    tcpr = tc.find(qn("w:tcPr"))
                    span = 1
                    merged_below = False
                    if tcpr is not None:
                        gs = tcpr.find(qn("w:gridSpan"))
                        span = int(gs.get(qn("w:val"))) if gs is not None else 1
                        vm = tcpr.find(qn("w:vMerge"))
                        merged_below = vm is not None and vm.get(qn("w:val")) in (None, "continue")
                    row.append("" if merged_below else text)
                    row.extend([""] * (span - 1))
                grid.append(row)
            blocks.append(Block("table", rows=grid))
    return blocks


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


def read_source(path: Path | str) -> list[Block]:
    p = Path(path)
    try:
        if p.stat().st_size > MAX_SOURCE_BYTES:
            raise ImportError_(f"{p.name} 太大，不像是一份年度报告")
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise ImportError_(f"找不到文件 {p}") from exc
    except OSError as exc:
        raise ImportError_(f"无法读取 {p}：{exc.strerror or exc}") from exc
    suffix = p.suffix.lower()
    if suffix == ".docx" or raw[:2] == b"PK":
        return docx_blocks(p)
    text = _decode(raw, p.name)
    if suffix in (".html", ".htm", ".mhtml", ".shtml") or re.search(r"<(html|body|table|p)\b", text[:5000], re.I):
        return html_blocks(text)
    return text_blocks(text)


def _decode(raw: bytes, name: str) -> str:
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportError_(f"{name} 是二进制文件，不是网页、Word 文件或文本")
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        m = re.search(rb"charset=[\"']?([\w-]+)", raw[:4096])
        if encoding == "utf-8-sig" or m is None:
            return text
        declared = m.group(1).decode("ascii", "replace").lower()
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            return text
    raise ImportError_(f"{name} 的文字编码无法识别")


# ------------------------------------------------------------------------------ labels


def norm(text: str) -> str:
    """Compare labels the way published reports vary them."""
    s = unicodedata.normalize("NFKC", text)
    s = re.sub(r"\s+", "", s)
    s = s.replace(",", "、").replace('"', "").replace("“", "").replace("”", "").replace("'", "")
    s = s.replace("(", "（").replace(")", "）")
    return s


def _core(label: str) -> str:
    """A label without its number prefix: 「（三）不予公开」→「不予公开」, 「1.属于国家秘密」→「属于国家秘密」."""
    s = norm(label)
    s = re.sub(r"^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、|^\d+[.．、]", "", s)
    return s


_T3_MATCH = [(_core(r.label), r.key) for r in schema.T3_ROWS]
_T2_LABELS = {_core(r.label): r.key for b in schema.T2_BLOCKS for r in b.rows}
_T2_LABELS[_core("规范性文件")] = "normative_documents"  # 2019 format's name


def _match_t3(labels: list[str]) -> str | None:
    for label in reversed(labels):
        core = _core(label)
        if not core or (core in ("总计",) and not label.strip().startswith(("（七）", "(七)"))):
            continue
        for name, key in _T3_MATCH:
            if core == name:
                return key
        close = difflib.get_close_matches(core, [n for n, _ in _T3_MATCH], n=1, cutoff=0.82)
        if close:
            return dict(_T3_MATCH)[close[0]]
    return None


# ------------------------------------------------------------------------------ numbers


def _number_token(text: str) -> bool:
    s = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    return bool(re.fullmatch(r"\d+(\.\d+)?|[-—–/]", s))


def _count(token: str) -> int | None:
    try:
        return parse_count(token, empty=None, placeholders=True)
    except NumberError:
        return None


def _split_digits(tokens: list[str], width: int) -> list[list[int]]:
    """Splits of run-together digit strings into ``width`` counts whose first ``width-1`` add up to the last."""
    digits = "".join(unicodedata.normalize("NFKC", t).strip() for t in tokens)
    if not digits.isdigit() or len(digits) < width or len(digits) > 24:
        return []
    solutions = []
    for cuts in combinations(range(1, len(digits)), width - 1):
        parts = [digits[a:b] for a, b in zip((0, *cuts), (*cuts, len(digits)), strict=True)]
        if any(len(p) > 1 and p[0] == "0" for p in parts):
            continue
        values = [int(p) for p in parts]
        if sum(values[:-1]) == values[-1]:
            solutions.append(values)
    return solutions


# ------------------------------------------------------------------------------ tables


@dataclass
class _Row:
    labels: list[str]
    values: list[str]
    table: int
    gap: int = 0  # empty cells between the last label and the first number (spanned labels or blank values)


def _rows(blocks: list[Block]) -> list[_Row]:
    out = []
    pending_labels: list[_Row] = []
    for t, block in enumerate(b for b in blocks if b.kind == "table"):
        for cells in block.rows:
            first_number = next((i for i, c in enumerate(cells) if c and _number_token(c)), None)
            if first_number is None:
                labels = [c for c in cells if c]
                if labels:
                    pending_labels.append(_Row(labels, [], t))
                continue
            labels = [c for c in cells[:first_number] if c]
            last_label = max((i for i, c in enumerate(cells[:first_number]) if c), default=-1)
            gap = first_number - last_label - 1
            values = cells[first_number:]
            while values and not values[-1]:
                values.pop()
            if not labels and pending_labels and len(values) <= 7 and pending_labels[-1].table == t:
                labels = pending_labels.pop().labels  # values that a page break separated from their label
            out.append(_Row(labels, values, t, gap))
            pending_labels.clear() if labels else None
    return out


def read_tables(blocks: list[Block], report: Report, unplaced: list[str], notes: list[str]) -> int:
    """Fill tables 二/三/四 from the blocks; return how many rows were placed."""
    placed = 0
    seen_t3: set[str] = set()
    t4_done = False
    for row in _rows(blocks):
        values = row.values
        label_text = " ".join(row.labels)
        key = _match_t3(row.labels) if row.labels else None
        if key is not None and key not in seen_t3:
            if len(values) < schema.T3_NCOLS <= len(values) + row.gap:
                values = [""] * (schema.T3_NCOLS - len(values)) + values  # blank leading values
            name = schema.T3_ROW_BY_KEY[key].short
            counts = [_count(v) for v in values]
            if len(values) != schema.T3_NCOLS or (None in counts and any(v and _count(v) is None for v in values)):
                splits = _split_digits([v for v in values if v], schema.T3_NCOLS)
                if len(splits) == 1:
                    counts = list(splits[0])
                    notes.append(f"表三“{name}”一行的数字连在一起，已按能与总计对上的方式拆分为 {counts}")
                elif len(splits) > 1:
                    digits = "".join(values)
                    unplaced.append(
                        f"表三“{name}”一行的数字连在一起（{digits}），有 {len(splits)} 种拆法都能与总计对上，请手工填写"
                    )
                    continue
                else:
                    unplaced.append(f"表三“{name}”一行应有 7 个数字，读到 {len(values)} 个：{' '.join(values)}")
                    continue
            blanks = [i for i, v in enumerate(values) if not v.strip() or _count(v) is None]
            if blanks:
                notes.append(f"表三“{schema.T3_ROW_BY_KEY[key].short}”有 {len(blanks)} 个空白单元格，按 0 读入")
            report.t3[key] = [c if c is not None else 0 for c in counts]
            seen_t3.add(key)
            placed += 1
            continue
        t2_key = next((k for name, k in _T2_LABELS.items() if row.labels and _core(row.labels[-1]) == name), None)
        if t2_key is not None:
            placed += _read_t2_row(t2_key, values, report, unplaced)
            continue
        numbers = [v for v in values if v]
        if not row.labels and len(values) == 3 * schema.T4_NCOLS and not t4_done:
            counts = [_count(v) or 0 for v in values]
            for g, group in enumerate(schema.T4_GROUP_KEYS):
                report.t4[group] = counts[g * 5 : g * 5 + 5]
            t4_done = True
            placed += 1
            continue
        if numbers:
            unplaced.append(f"未能识别的表格行：{label_text or '（无标签）'} {' '.join(numbers)}")
    missing = [schema.T3_ROW_BY_KEY[k].short for k in schema.T3_ROW_KEYS if k not in seen_t3]
    if seen_t3 and missing:
        unplaced.append(f"表三没有找到这些行：{'、'.join(missing)}（按 0 填入）")
    if not t4_done and placed:
        unplaced.append("没有找到表四（行政复议、行政诉讼）的数字（按 0 填入）")
    return placed


def _read_t2_row(key: str, values: list[str], report: Report, unplaced: list[str]) -> int:
    values = [v for v in values if v]
    if key in schema.T2_DOC_ROWS:
        if len(values) < 3:
            unplaced.append(f"表二“{key}”应有 3 个数字，读到 {len(values)} 个")
            return 0
        for (col, _label), v in zip(schema.T2_DOC_COLUMNS, values[:3], strict=True):
            report.t2[f"{key}.{col}"] = _count(v) or 0
        return 1
    if not values:
        return 0
    if key == schema.T2_MONEY_KEY:
        try:
            report.t2[key] = parse_money(values[0], places=6) or Decimal(0)
        except NumberError:
            unplaced.append(f"表二行政事业性收费的金额“{values[0]}”无法识别")
            return 0
        return 1
    report.t2[key] = _count(values[-1]) or 0
    return 1


# ------------------------------------------------------------------------------ texts

_HEADINGS = [
    ("overview", r"^[一1][、.．]\s*总体情况"),
    ("t2", r"^[二2][、.．]\s*主动公开政府信息情况"),
    ("t3", r"^[三3][、.．]\s*收到和处理政府信息公开申请情况"),
    ("t4", r"^[四4][、.．]\s*(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议"),
    ("problems", r"^[五5][、.．]\s*(?:政府信息公开工作)?存在的主要问题"),
    ("other", r"^[六6][、.．]\s*其他需要报告的事项"),
]
_ASPECTS = [
    ("overview.proactive", r"主动公开"),
    ("overview.on_request", r"依申请公开"),
    ("overview.management", r"政府信息管理"),
    ("overview.platforms", r"(?:政府信息)?公开平台建设|平台建设"),
    ("overview.oversight", r"监督保障"),
]
# Heading marks (「一是」 is an enumeration inside a paragraph, not a heading).
_MARK = r"^(?:（[一二三四五六七八九十]+）|[(][一二三四五六七八九十]+[)]|[一二三四五六七八九十]+、|\d+[.．、])\s*"
_PROBLEM_PARTS = [
    ("problems.rectification", r"整改"),
    ("problems.improvements", r"改进"),
    ("problems.problems", r"存在的(?:主要)?问题|问题和不足|主要问题"),
]
_OTHER_PARTS = [
    ("other.fees", r"信息处理费|收费"),
    ("other.work_points", r"工作要点"),
    ("other.proposals", r"建议|提案"),
    ("other.innovation", r"创新"),
]


# Lines of a saved web page that are not the report: dates and hit counters, footers.
_PAGE_FURNITURE = re.compile(
    r"^\s*(发布时间|发布日期|来源|浏览次数|阅读次数|字号|【?打印|【?关闭|分享|主办|承办|版权所有|技术支持|网站标识码|[^。]{0,20}ICP备)"
)


def _section_of(text: str) -> str | None:
    s = norm(text)
    for key, pattern in _HEADINGS:
        if re.match(pattern, s):
            return key
    return None


def _strip_heading(paragraph: str, pattern: str) -> str | None:
    """If the paragraph starts with a heading naming ``pattern``, return the text after it ("" if none).

    Three shapes occur: a heading line on its own (「（四）本部门在…方面的创新实践情况。」), a numbered
    heading run into its text (「1.主动公开。2023年以来…」), and a label with a colon (「存在的主要问题：…」).
    """
    if len(paragraph) <= 60 and re.match(_MARK + rf".{{0,40}}?(?:{pattern}).{{0,20}}?[。：:.]?$", paragraph):
        return ""
    m = re.match(_MARK + rf"(?:\d{{4}}年度?)?[^。：:]{{0,8}}?(?:{pattern})[^。：:]{{0,12}}[。：:.]?", paragraph)
    if m is None:
        m = re.match(rf"^(?:\d{{4}}年度?)?[^。：:]{{0,6}}?(?:{pattern})[^。：:]{{0,6}}[：:]", paragraph)
    if m is None:
        return None
    return paragraph[m.end() :].strip()


def read_texts(blocks: list[Block], report: Report) -> bool:
    """Texts by heading; return True if the report's section headings were found."""
    current = "preamble"
    buckets: dict[str, list[str]] = {}
    found = False
    for block in blocks:
        if block.kind != "p" or _PAGE_FURNITURE.match(block.text):
            continue
        section = _section_of(block.text)
        if section is not None:
            current, found = section, True
            continue
        buckets.setdefault(current, []).append(block.text)
    preamble = buckets.get("preamble", [])
    titles = [i for i, p in enumerate(preamble) if re.search(r"政府信息公开工作年度报告$", norm(p))]
    if titles:  # a saved web page: navigation and the title come before the opening paragraph
        preamble = preamble[titles[-1] + 1 :]
    report.texts["preamble"] = "\n".join(preamble)
    _distribute(buckets.get("overview", []), _ASPECTS, "overview.intro", report)
    _distribute(buckets.get("problems", []), _PROBLEM_PARTS, "problems.problems", report)
    _distribute(buckets.get("other", []), _OTHER_PARTS, "other.other", report)
    return found


def _distribute(paragraphs: list[str], parts: list[tuple[str, str]], default: str, report: Report) -> None:
    current = default
    collected: dict[str, list[str]] = {}
    for p in paragraphs:
        for key, pattern in parts:
            rest = _strip_heading(p, pattern)
            if rest is not None:
                current = key
                p = rest
                break
        if p:
            collected.setdefault(current, []).append(p)
    for key, texts in collected.items():
        report.texts[key] = "\n".join(texts)


# ------------------------------------------------------------------------------ identity and old format

_TITLE = re.compile(r"(.{2,40}?)(20\d{2})年(?:度)?政府信息公开(?:工作)?年度报告")
_CONTACT = re.compile(r"(?:可|请)?与([^，。（(：:]{2,30}?(?:局|委|办|院|厅|府|处|中心|委员会|办公室|街道|镇|乡))联系")
_PERIOD_YEAR = re.compile(r"(20\d{2})年1月1日(?:起)?至(20\d{2})年12月31日")
_OLD_MARKERS = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "第二十条第(九)项", "第二十条第（九）项")


def _identity(blocks: list[Block]) -> tuple[str | None, int | None]:
    agency, year = None, None
    for block in blocks[:40]:
        text = norm(block.text) if block.kind == "p" else ""
        m = _TITLE.search(text)
        if m:
            return m.group(1).strip("：:"), int(m.group(2))
        p = _PERIOD_YEAR.search(text)
        if p and year is None:
            year = int(p.group(1))
        c = _CONTACT.search(text)
        if c and agency is None:
            agency = c.group(1)
    return agency, year


def import_published(
    source: Path | str | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    year: int | None = None,
    agency: str | None = None,
) -> ImportResult:
    """Read a published report. Give a file path, or pasted ``text`` (and the clipboard's ``html`` if any)."""
    if source is not None:
        blocks = read_source(source)
    elif html:
        blocks = html_blocks(html)
    elif text is not None:
        if not text.strip():
            raise ImportError_("粘贴的内容是空的")
        blocks = text_blocks(text)
    else:
        raise ImportError_("没有要导入的内容")
    found_agency, found_year = _identity(blocks)
    agency = agency or found_agency
    year = year or found_year
    everything = norm(" ".join(b.text if b.kind == "p" else " ".join(" ".join(r) for r in b.rows) for b in blocks))
    if "政府信息公开" not in everything or not any(b.kind == "table" for b in blocks):
        raise ImportError_("这不像是一份政府信息公开工作年度报告（没有找到报告的统计表）")
    if not agency or not year:
        raise ImportError_("无法从内容中识别单位名称或报告年度，请指定（--agency、--year）")
    report = Report.new(agency, year)
    report.meta.agency_kind = agency_kind_of(agency, everything)
    report.fees = Fees(None, None, None)  # a published report rarely states them: unknown, not 0
    unplaced: list[str] = []
    notes: list[str] = []
    old_format = any(norm(m) in everything for m in _OLD_MARKERS)
    if old_format:
        notes.append(
            "这是2019年格式（国办公开办函〔2019〕60号）的报告：能对应到现行格式的数字已导入，其余列在未导入项中"
        )
    placed = read_tables(blocks, report, unplaced, notes)
    if placed == 0:
        raise ImportError_("没有在内容中找到年度报告的统计表（表二、表三、表四）")
    if old_format:
        unplaced.append(
            "2019年格式表二的“本年新制作数量/本年新公开数量/对外公开总数量”、第二十条第（九）项等与现行格式不对应，未导入"
        )
        if any("其他处理" in u for u in unplaced):
            pass
    if not read_texts(blocks, report):
        unplaced.append("没有找到“一、总体情况”等标题，正文全部放在了开头，请手工整理")
    return ImportResult(report, unplaced, notes, old_format)
