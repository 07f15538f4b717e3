"""The exported PDF measured as a typesetter would (pdfplumber): on the sample, a busy and a long report,
22 lines on every full text page, no line starting with closing or ending with opening punctuation
(body and table cells), table text at 10.5 pt or more, titles broken only between words, nothing in
the margin."""

import itertools

import pytest

from disclosure_gui.core.publish.pdf import PdfOptions, build_pdf
from tests.core.publish.pdf_measure import BLOCK_RIGHT, measure
from tests.core.publish.printed_reports import PRINTED, TITLE_LINES


@pytest.fixture(scope="module", params=sorted(PRINTED))
def printed(request, tmp_path_factory):
    from disclosure_gui.core.format import exchange
    from tests.conftest import SAMPLE_JSON

    report = PRINTED[request.param](exchange.load(SAMPLE_JSON))
    out = tmp_path_factory.mktemp("grid") / f"{request.param}.pdf"
    build_pdf(report, out, PdfOptions(official_fonts=False))
    return request.param, measure(str(out))


def test_no_forbidden_line_starts_or_ends(printed):
    _name, measured = printed
    assert measured.forbidden() == []


def test_every_full_text_page_has_22_lines(printed):
    _name, measured = printed
    full = measured.full_text_pages()
    assert full, "no full text page found"
    for page in full:
        blank_after_title = 1 if page.number == 1 else 0
        assert len(page.lines) + blank_after_title == 22, (page.number, len(page.lines))


def test_lines_fill_the_block_and_never_run_into_the_margin(printed):
    _name, measured = printed
    edges = [x for page in measured.pages for x in page.right_edges]
    assert max(edges) <= BLOCK_RIGHT + 0.5
    # justified lines end at the block's edge (more than half of all lines are such lines)
    assert sum(1 for x in edges if abs(x - BLOCK_RIGHT) < 0.5) > len(edges) / 2


def test_table_text_is_at_least_10_5_pt(printed):
    _name, measured = printed
    sizes = [s for page in measured.pages for s in page.table_sizes]
    assert sizes and min(sizes) >= 10.5 - 0.01


def test_title_is_broken_between_words(printed):
    name, measured = printed
    assert measured.pages[0].lines[:2] == TITLE_LINES[name]


def test_a_long_table_continues_with_its_header_rows_and_leaves_no_half_empty_page(printed):
    name, measured = printed
    pages = measured.pages
    for page, following in itertools.pairwise(pages):
        if following.has_table and not page.has_table and page.number > 1:
            # the page before a table's page is not left with a third or more empty
            assert len(page.lines) >= 22 - 6, (name, page.number)
    continued = [p for p in pages if p.has_table and not p.lines]  # a page of table only
    for page in continued:
        assert any("申请人情况" in line for line in page.cell_lines)  # table 三's header repeated
