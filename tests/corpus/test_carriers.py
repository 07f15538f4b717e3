"""The same report from every carrier: each of the 57 corpus reports, as an officer has it — the crawler's copy of the
page, a browser's copy, the saved page, .mhtml, .docx, .doc, Markdown, the app's own PDF and its viewer copy — imports
to the ground truth's tables and texts, and every character of its body is accounted for.

Where a carrier itself loses what the report prints (the crawler's copy runs a row's figures together so that they
split more than one way; a PDF viewer's copy drops a blank cell's place), the cells stay blank and are listed — never
a wrong figure, never a 0 the report does not print.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from disclosure_gui.core.importers import import_published
from disclosure_gui.core.importers.legacy import find_office
from tests.corpus.measure import measure
from tests.corpus.tools import carriers
from tests.corpus.truth import entries, expected_report, previous_entry

# Carriers that keep every printed cell in its place: the import is exact, the tables and the texts.
EXACT = ("browser", "html", "mhtml", "docx", "markdown", "pdf")
# Carriers that can lose what a cell was: blanks allowed, and listed.
LOSSY = ("page", "pdf-copy")


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("carriers")


def _import(slug: str, carrier: str, work: Path):
    e = next(x for x in entries() if x["slug"] == slug)
    before = previous_entry(e)
    source = carriers.render(slug, carrier, work)
    start = time.perf_counter()
    result = import_published(source, previous=expected_report(before) if before else None)
    return result, measure(result, e, carrier, (time.perf_counter() - start) * 1000)


def _check_all(carrier: str, work: Path, slugs: list[str] | None = None) -> None:
    failures = []
    for e in entries():
        if slugs is not None and e["slug"] not in slugs:
            continue
        result, m = _import(e["slug"], carrier, work)
        if m.wrong or m.zero_unread or m.texts_wrong or m.accounted != m.body or m.extra:
            failures.append(f"{e['slug']}: {m.wrong[:2]} {m.zero_unread[:2]} {m.texts_wrong} {m.body - m.accounted}")
        if m.blank and carrier not in LOSSY:
            failures.append(f"{e['slug']}: left blank {m.blank[:3]}")
        if m.blank and not any("留空" in u for u in result.unplaced):
            failures.append(f"{e['slug']}: blanks not listed")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("carrier", ["page", "browser", "html", "mhtml", "markdown", "docx"])
def test_every_report_from_every_carrier_imports_as_printed(carrier, work):
    _check_all(carrier, work)


@pytest.mark.slow
@pytest.mark.parametrize("carrier", ["pdf", "pdf-copy"])
def test_every_report_from_the_apps_pdf_and_its_viewer_copy(carrier, work):
    _check_all(carrier, work)


@pytest.mark.slow
def test_the_word_97_files_made_by_libreoffice(work):
    if find_office() is None:
        pytest.skip("LibreOffice is not installed: a .doc cannot be read without it (the .docx carrier is tested)")
    # One report of each agency (LibreOffice takes seconds a file); benchmarks/precision.py reads all 57.
    agencies: dict[str, str] = {}
    for e in entries():
        agencies.setdefault(e["slug"].rsplit("-", 1)[0], e["slug"])
    _check_all("doc", work, sorted(agencies.values()))


def test_the_committed_word_files_are_there_for_every_report():
    for e in entries():
        for suffix in ("docx", "doc"):
            path = carriers.DOC_DIR / f"{e['slug']}.{suffix}"
            assert path.is_file() and path.stat().st_size > 10_000, path


def test_a_lossy_carrier_lists_every_cell_it_leaves_blank(work):
    # 经济发展局 2021 prints two blank 总计 cells: the crawler's copy keeps six 「0」 and no place for the blank, so
    # which cell is blank cannot be told — the rows stay blank and say why; the saved page, which keeps the columns,
    # reads them.
    result, m = _import("pt-jjf-2021", "page", work)
    assert {p.split("[")[0] for p in m.blank} == {"tables.t3.granted", "tables.t3.partially_granted"}
    assert any("予以公开" in u and "拆不成" in u for u in result.unplaced)
    result, m = _import("pt-jjf-2021", "html", work)
    assert m.exact and result.report.t3["granted"] == [0, 0, 0, 0, 0, 0, None]
