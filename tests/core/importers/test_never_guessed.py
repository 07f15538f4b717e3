"""No importer writes a figure it did not read: over generated tables — random counts, random blank cells, printed
totals that may not add up — rendered into the carriers officers have and roughened the way carriers roughen them
(separators lost, figures run together, a row's label lost, spaces for tabs), every cell comes back either as
printed or blank. Never another value, never a 0 where the report prints nothing. And every character of the body is
accounted for.

A copy that lost every separator is cut by the table's own arithmetic, which is all it has: it is tested with tables
that add up and have no blank cell (a blank lost inside a run of digits cannot be seen, and a row that does not add up
may add up another way by chance — then its cells are read as the sums allow)."""

from __future__ import annotations

import random
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import Report
from disclosure_gui.core.importers import import_published
from disclosure_gui.core.importers.base import body_text
from disclosure_gui.core.importers.ledger import accounted
from disclosure_gui.core.publish.html import report_fragment
from disclosure_gui.core.publish.text import plain_text
from tests.corpus.tools.carriers import markdown


def _table_cells() -> list[str]:
    return [p for p in schema.all_cell_paths() if not p.startswith("fees.")]


@st.composite
def printed_reports(draw: st.DrawFn, sample: Report, glued: bool = False) -> Report:
    """The sample's texts with random tables: small counts, some cells blank, totals mostly adding up (``glued``: no
    blank cell, totals adding up)."""
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    report = sample.clone()
    blank_share = 0.0 if glued else draw(st.sampled_from([0.0, 0.0, 0.05, 0.3]))
    for path in _table_cells():
        if schema.is_total_cell(path):
            continue
        if rng.random() < blank_share:
            report.set(path, None)
        elif schema.is_money_cell(path):
            report.set(path, schema_money(rng))
        else:
            report.set(path, rng.choice([0, 0, 0, 0, 1, 2, 3, 7, 12, 40, 105, 2024]))
    if glued or draw(st.booleans()):
        report.recompute_totals()  # a consistent table…
    else:
        for path in _table_cells():  # …or the totals as a careless officer printed them
            if schema.is_total_cell(path):
                report.set(path, rng.choice([None, 0, 1, 5, 30]))
    return report


def schema_money(rng: random.Random):
    from decimal import Decimal

    return Decimal(rng.choice(["0", "12.5", "24252.311082", "7730"]))


def _glued(text: str) -> str:
    """A crawler's copy: every line break and every space lost."""
    return "".join(re.sub(r"\s+", "", line) for line in text.split("\n"))


def _spaced(text: str) -> str:
    """A PDF viewer's copy: cells parted by runs of spaces."""
    return "\n".join(line.replace("\t", "   ") for line in text.split("\n"))


def _label_lost(text: str, rng: random.Random) -> str:
    """A conversion that lost one row's label (its figures stay)."""
    lines = text.split("\n")
    rows = [
        i
        for i, line in enumerate(lines)
        if "\t" in line and re.search(r"\d", line) and re.search(r"[\u4e00-\u9fff]", line)
    ]
    if rows:
        i = rng.choice(rows)
        lines[i] = "\t".join(c if re.fullmatch(r"\s*[\d.]*\s*", c) else "" for c in lines[i].split("\t"))
    return "\n".join(lines)


CARRIERS = {
    "browser": lambda r, rng: {"text": plain_text(r)},
    "spaced": lambda r, rng: {"text": _spaced(plain_text(r))},
    "glued": lambda r, rng: {"text": _glued(plain_text(r))},
    "label lost": lambda r, rng: {"text": _label_lost(plain_text(r), rng)},
    "markdown": lambda r, rng: {"text": markdown(r)},
    "html": lambda r, rng: {"html": report_fragment(r, draft=False)},
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), carrier=st.sampled_from(sorted(CARRIERS)))
def test_a_cell_comes_back_as_printed_or_blank_never_guessed(sample, data, carrier):
    printed = data.draw(printed_reports(sample, glued=carrier == "glued"))
    rng = random.Random(data.draw(st.integers(0, 1000)))
    result = import_published(**CARRIERS[carrier](printed, rng), agency=printed.meta.agency, year=printed.meta.year)
    for path in _table_cells():
        got, want = result.report.get(path), printed.get(path)
        assert got is None or got == want, f"{carrier}: {schema.cell_label(path)} read as {got}, printed {want}"
    total, found, extra = accounted(body_text(result.blocks), result.ledger, result.report.texts)
    assert found == total and extra == 0, carrier


def test_a_row_whose_label_is_lost_is_listed_and_its_cells_left_blank(busy_report):
    text = plain_text(busy_report).replace("4.保护第三方合法权益", "")
    busy_report.t3["withheld_third_party_rights"][:6] = [3, 0, 0, 0, 1, 0]
    busy_report.recompute_totals()
    text = plain_text(busy_report)
    line = next(line for line in text.split("\n") if "保护第三方合法权益" in line)
    result = import_published(text=text.replace(line, line.replace("4.保护第三方合法权益", "")))
    assert result.report.t3["withheld_third_party_rights"] == [None] * 7  # not the figures of another row, not 0
    assert any("3 0 0 0 1 0 4" in u for u in result.unplaced)
