"""Which copied years describe the reporting year (and become this year's), and which keep their year: invariants
over generated texts, and the real published reports of the corpus."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_gui.core.format import exchange
from disclosure_gui.core.format.carryover import next_year_report
from disclosure_gui.core.format.year_update import copied_mentions, mention_at, mentions_in, replaced
from tests.conftest import SAMPLE_JSON

LAST, THIS = 2024, 2025
YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")

# Pieces of the sentences reports are made of; {y} is a year drawn for each piece.
PROTECTED = ("〔{y}〕", "[{y}]", "（{y}）", "《{y}年政务公开工作要点》", "“{y}年度报告”", "{y}—2030年", "到{y}年")
DESCRIBING = ("{y}年，我局", "{y}年1月1日至{y}年12月31日", "截至{y}年底", "{y}年度", "{y} 年")
OTHER = ("共收到申请12件", "办结95%", "我局", "。", "，", "第1次", "0632-8811963", "{y}版", "{y}-03-05")
years = st.sampled_from([LAST - 1, LAST, LAST + 1, 2019])
pieces = st.tuples(st.sampled_from(PROTECTED + DESCRIBING + OTHER), years).map(lambda p: p[0].format(y=p[1]))
texts = st.lists(pieces, max_size=12).map("".join)


def _spans(text: str, pattern: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


@given(texts)
@settings(max_examples=300, deadline=None)
def test_only_last_years_reporting_year_changes_and_nothing_else_moves(text):
    mentions = mentions_in("f", text, LAST, THIS)
    new = replaced({"f": text}, mentions).get("f", text)
    assert len(new) == len(text)  # four digits for four: no other mention moves
    for i, (a, b) in enumerate(zip(text, new, strict=True)):
        if a != b:  # a changed character is a digit of last year's year, now this year's
            m = next(m for m in mentions if m.start <= i < m.end)
            assert m.replacement is not None and m.text[:4] == str(LAST) and new[m.start : m.start + 4] == str(THIS)
    protected = _spans(text, r"〔\d{4}〕|\[\d{4}\]|（\d{4}）|《[^》]*》|“[^”]*”|\d{4}—\d{4}年|到\d{4}年")
    for start, end in protected:
        assert new[start:end] == text[start:end]  # document numbers, titles, quotations, horizons, targets


@given(texts)
@settings(max_examples=200, deadline=None)
def test_the_update_is_done_once(text):
    new = replaced({"f": text}, mentions_in("f", text, LAST, THIS)).get("f", text)
    assert all(m.replacement is None for m in mentions_in("f", new, LAST, THIS))


@given(texts)
@settings(max_examples=200, deadline=None)
def test_every_year_in_a_copied_text_is_listed(text):
    listed = [(m.start, m.end) for m in mentions_in("f", text, LAST, THIS) if m.kind != "figure"]
    for found in YEAR.finditer(text):
        assert any(s <= found.start() and found.end() <= e for s, e in listed), found.group()


def test_the_reporting_year_is_replaced_where_it_describes_it():
    text = (
        "本报告统计期限为2024年1月1日至2024年12月31日。2024年，我局按照《2024年政务公开工作要点》和鲁政办发〔2024〕3号"
        "要求，围绕“十四五”规划（2021—2025年），到2025年完成。共收到申请18件。2023年收到12件。"
    )
    new = replaced({"f": text}, mentions_in("f", text, LAST, THIS))["f"]
    assert new.startswith("本报告统计期限为2025年1月1日至2025年12月31日。2025年，我局按照《2024年政务公开工作要点》")
    assert "鲁政办发〔2024〕3号" in new and "（2021—2025年），到2025年" in new and "2023年收到12件" in new
    kept = {m.text: m.kind for m in mentions_in("f", text, LAST, THIS) if m.replacement is None}
    assert kept["18件"] == "figure" and kept["2023"] == "year"


def test_a_mention_at_a_span_is_what_the_text_says_now():
    text = "2024年，我局收到申请3件。"
    assert mention_at("f", text, 0, 4, LAST, THIS).replacement == "2025"
    assert mention_at("f", "2025年，我局收到申请3件。", 0, 4, LAST, THIS).replacement is None
    assert mention_at("f", text, 1, 4, LAST, THIS) is None


def test_next_years_report_marks_every_year_date_and_figure_it_copied():
    last = exchange.load(SAMPLE_JSON)
    report, marks = next_year_report(last, 2024)
    assert report.meta.year == 2024
    listed = {(m.field, m.start, m.end) for m in marks}
    for m in copied_mentions(report.texts, 2023, 2024):
        assert (m.field, m.start, m.end) in listed
    assert {m.kind for m in marks} == {"year", "date", "figure"}


def test_on_real_published_reports_no_document_number_or_title_is_ever_replaced():
    """Every published report text of the corpus, as if copied into the next year's report: document numbers and
    titles keep their years, and the statistics period becomes the new year's."""
    corpus = Path(__file__).parents[2] / "corpus"
    files = sorted([*(corpus / "whole").glob("*-20??.txt"), *(corpus / "reports").glob("*-20??.txt")])
    assert len(files) >= 30
    periods = 0
    for path in files:
        year = int(path.stem[-4:])
        text = path.read_text(encoding="utf-8")
        new = replaced({"f": text}, mentions_in("f", text, year, year + 1)).get("f", text)
        for start, end in _spans(text, r"〔\d{4}〕|《[^》\n]{0,80}》"):
            assert new[start:end] == text[start:end], (path.name, text[start:end])
        periods += f"{year + 1}年1月1日" in new and f"{year}年1月1日" not in new
    assert periods >= len(files) // 2  # most reports state the period in a form the update recognises


def test_last_years_plans_for_the_next_year_become_plans_for_the_year_after_this():
    """「改进情况」 of last year's report plans the year after it (「2025年，我局将…」 in the 2024 report): copied into
    the 2025 report it must plan 2026, not be left saying 2025 — which 「已核对」 would otherwise accept as this
    year's. The reporting year and titles there keep their rules."""
    text = f"{THIS}年，我局将加强培训；{LAST}年存在不足；按《{THIS}年政务公开工作要点》，到{THIS}年底完成。"
    mentions = mentions_in("problems.improvements", text, LAST, THIS)
    new_text = replaced({"problems.improvements": text}, mentions)["problems.improvements"]
    expected = f"{THIS + 1}年，我局将加强培训；{THIS}年存在不足；按《{THIS}年政务公开工作要点》，到{THIS}年底完成。"
    assert new_text == expected
    plan = next(m for m in mentions if m.start == 0)
    assert plan.replacement == str(THIS + 1) and f"{THIS + 1}年" in plan.reason
    # Elsewhere a year after last year's is not a plan by position alone: it stays for review.
    assert mention_at("overview.proactive", text, 0, 4, LAST, THIS).replacement is None
    # Once it says the year after this one, nothing is left to replace.
    assert mention_at("problems.improvements", new_text, 0, 4, LAST, THIS).replacement is None


def test_on_real_published_reports_the_plans_move_on_a_year():
    """The corpus's published reports whose 改进情况 plan 「下一年，…将」: copied into the next report, they plan the
    year after it."""
    corpus = Path(__file__).parents[2] / "corpus" / "whole"
    plans = 0
    for path in sorted(corpus.glob("pt-*-20??/page.txt")):
        year = int(path.parent.name[-4:])
        text = path.read_text(encoding="utf-8")
        at = text.find("改进")
        improvements = text[at:] if at >= 0 else ""
        plan = re.search(rf"{year + 1}年[，,]?[^。]{{0,6}}将", improvements)
        if not plan:
            continue
        found = mentions_in("problems.improvements", improvements, year, year + 1)
        new = replaced({"problems.improvements": improvements}, found)
        assert new["problems.improvements"][plan.start() : plan.start() + 4] == str(year + 2), path
        plans += 1
    assert plans >= 5
