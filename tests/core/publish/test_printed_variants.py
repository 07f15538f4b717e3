"""The printed report as an office judges the paper, measured with pdfplumber on the sample, the busy and the
long report and 20 generated variants (other units, figures, text lengths, sign-offs), all signed: the 落款 and
signature lines on the grid with room to sign and never alone on the last page, no heading at a page foot, no
table begun with fewer than three rows of figures, no line spread into visible holes; and table 三's text layer
read row by row, label then figures."""

import re
import shutil
import subprocess
from collections import defaultdict
from datetime import date
from itertools import pairwise

import pdfplumber
import pytest

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.forms import FORMS
from disclosure_gui.core.publish.outline import Heading, build_outline
from disclosure_gui.core.publish.pdf import PdfOptions, build_pdf
from tests.core.publish.pdf_measure import BLOCK_RIGHT, BLOCK_TOP, MM
from tests.core.publish.printed_reports import PRINTED, variants

LINE = 225 * MM / 22  # the grid's line pitch
CELL = 156 * MM / 28  # a character of the grid
MAX_GAP = 1.6  # points between two characters of a line: pdftotext reads more (0.1 em of 16 pt) as a space
LOCAL = ("经办人：", "审核人：", "单位负责人：", "（盖章）")


def _reports():
    from disclosure_gui.core.format import exchange
    from tests.conftest import SAMPLE_JSON

    sample = exchange.load(SAMPLE_JSON)
    named = [(name, make(sample), LOCAL) for name, make in sorted(PRINTED.items())]
    return named + [(f"variant{n}", r, sign) for n, (r, sign) in enumerate(variants(sample))]


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("variants")
    out = []
    for name, report, sign_off in _reports():
        path = folder / f"{name}.pdf"
        options = PdfOptions(official_fonts=False, signature=True, signature_date=date(2024, 1, 20), sign_off=sign_off)
        build_pdf(report, path, options)
        headings = {b.text for b in build_outline(report).blocks if isinstance(b, Heading)}
        with pdfplumber.open(path) as pdf:
            pages = [(_lines(page), page.find_tables(), page) for page in pdf.pages]
            out.append((name, report, sign_off, headings, [(lines, tables) for lines, tables, _p in pages], path))
    assert len(out) == 23
    return out


def _lines(page) -> list[list[dict]]:
    """Body-size lines of the text block, top to bottom, each its characters left to right (spaces included)."""
    chars = [c for c in page.chars if c["size"] >= 15.5 and BLOCK_TOP - 2 <= c["top"] <= 262 * MM]
    rows: dict[int, list[dict]] = defaultdict(list)
    for c in chars:
        rows[round(c["top"])].append(c)
    return [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]


def _text(line) -> str:
    return "".join(c["text"] for c in line)


def test_no_line_is_spread_into_holes(printed):
    widest = []
    for name, _r, _s, _h, pages, _p in printed:
        for n, (lines, _tables) in enumerate(pages, start=1):
            for line in lines:
                gaps = [
                    (b["x0"] - a["x1"], _text(line))
                    for a, b in pairwise(line)
                    if a["text"].strip() and b["text"].strip()
                ]
                if gaps:
                    widest.append((max(gaps)[0], name, n, max(gaps)[1]))
    assert max(widest)[0] <= MAX_GAP, max(widest)


def test_no_heading_ends_a_page(printed):
    for name, _r, _s, headings, pages, _p in printed:
        for n, (lines, tables) in enumerate(pages[:-1], start=1):
            if lines and not any(t.bbox[1] > lines[-1][0]["top"] for t in tables):  # nothing under its last line
                assert _text(lines[-1]).strip() not in headings, (name, n, _text(lines[-1]))


def _value_rows(form) -> int:
    return len({c.row for c in form.cells if c.kind == "value"})


def test_a_table_starts_on_a_page_only_with_three_rows_of_figures(printed):
    tables_by_heading = {s.heading: FORMS[s.table]() for s in schema.SECTIONS if s.table}
    starts = 0
    for name, _r, _s, _h, pages, _p in printed:
        for n, (lines, tables) in enumerate(pages, start=1):
            for line in lines:
                form = tables_by_heading.get(_text(line).strip())
                if form is None:
                    continue
                below = [t for t in tables if t.bbox[1] > line[0]["top"]]
                assert below and below[0].bbox[1] - line[0]["bottom"] < LINE, (name, n, "heading away from its table")
                figures = sum(
                    1 for row in below[0].extract() if any(re.fullmatch(r"\d+(\.\d+)?", c or "") for c in row)
                )
                assert figures >= min(3, _value_rows(form)), (name, n, _text(line), figures)
                starts += 1
    assert starts == 3 * len(printed)


def test_signature_lines_on_the_grid_with_room_to_sign_and_never_alone(printed):
    for name, report, sign_off, _h, pages, _p in printed:
        lines = pages[-1][0]
        texts = [_text(line).replace("\u3000", "").strip() for line in lines]
        at = texts.index(report.meta.agency)
        assert texts[at + 1] == "2024年1月20日"
        assert at >= 2, (name, "the 落款 alone on its page")  # two lines of the text before it on the page
        body_offset = (lines[0][0]["top"] - BLOCK_TOP) % LINE
        signed = [line for line in lines[at:] if any(c["text"] == "：" for c in line)]
        for line in lines[at:]:
            assert abs((line[0]["top"] - BLOCK_TOP) % LINE - body_offset) < 0.5, (name, "off the grid", _text(line))
        fields = [f for f in sign_off if f.endswith("：")]
        assert "".join(_text(line).replace("\u3000", "") for line in signed) == "".join(fields)
        for line in signed:
            ink = [c for c in line if c["text"].strip()]
            colons = [k for k, c in enumerate(ink) if c["text"] == "："]
            for k in colons:
                room = (ink[k + 1]["x0"] if k + 1 < len(ink) else BLOCK_RIGHT) - ink[k]["x1"]
                assert room >= 4 * CELL - 0.5, (name, _text(line), room / CELL)
        marks = [f for f in sign_off if not f.endswith("：")]
        assert [t for t in texts[at + 2 :] if t and "：" not in t] == marks


def test_the_opening_url_line_reads_without_spaces_between_characters(printed):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for name, _r, _s, _h, _pages, path in printed[:3]:
        text = subprocess.run(
            ["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True
        ).stdout
        line = next(line for line in text.splitlines() if "本报告全文" in line)
        assert not re.search(r"\S \S", line), (name, line)
        assert "http://www.shanting.gov.cn/" in re.sub(r"\s", "", text)


def _t3_rows(report) -> list[str]:
    rows = []
    for row in schema.T3_ROWS:
        values = "".join(str(v) for v in report.t3[row.key])
        rows.append(re.escape(re.sub(r"\s", "", row.levels[-1] or row.label)) + r"\s*" + values)
    return rows


def test_table_three_text_layer_reads_row_by_row_label_then_figures(printed):
    import pypdfium2

    for name, report, _s, _h, _pages, path in printed[:3]:
        pdf = pypdfium2.PdfDocument(str(path))
        layer = re.sub(r"\s", "", "".join(page.get_textpage().get_text_range() for page in pdf))
        pdf.close()
        raw = ""
        if shutil.which("pdftotext"):
            raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True).stdout
        for text in filter(None, (layer, re.sub(r"\s", "", raw))):
            text = re.sub(r"—\d+—", "", text)
            missing = [p for p in _t3_rows(report) if not re.search(p, text)]
            assert missing == [], (name, missing[:3])


def test_long_titles_break_between_words(printed):
    words = (
        "城乡居民",
        "城乡",
        "居民",
        "社会",
        "养老",
        "保险",
        "服务中心",
        "市场",
        "监督管理",
        "退役军人",
        "开发区",
        "委员会",
        "人民政府",
    )
    for name, report, _s, _h, _pages, path in printed:
        with pdfplumber.open(path) as pdf:
            rows: dict[int, list[dict]] = defaultdict(list)
            for c in pdf.pages[0].chars:
                if c["size"] > 20:
                    rows[round(c["top"])].append(c)
        lines = ["".join(c["text"] for c in sorted(rows[top], key=lambda c: c["x0"])) for top in sorted(rows)]
        assert "".join(lines) == report.title
        cut = "|".join(lines)
        assert [w for w in words if w in report.title and w not in cut] == [], (name, lines)
