"""汇总 as the district office sees it: one row per unit on its list whatever the files are called, an unreadable
file counted as its unit's file (not an extra unit beside one 未报送), and a copied report told apart from the
report it was copied from — the copier is marked, sent back and left out of the summary; the author is not."""

from __future__ import annotations

import os
from datetime import date

import pytest
from pypdf import PdfReader

from disclosure_gui.core.district.aggregate import collect
from disclosure_gui.core.district.review import copies, leave_out_copiers, passage_spans, review
from disclosure_gui.core.format import exchange
from disclosure_gui.core.publish.pdf.returns import build_returns
from tests.district_units import make_district

YEAR = 2025


@pytest.fixture
def folder(tmp_path):
    """Seven units expected; files under names that are not the units' names; the sixth unit's file cannot be read
    (named after the unit); the seventh sent nothing; the second wrote its own name short; the third copied the
    first a day later."""
    district = make_district(6, year=YEAR, seed=5, copies=0, last_year=0)
    names = sorted(district.reports)
    out = tmp_path / "units"
    out.mkdir()
    for i, name in enumerate(names[:5]):
        report = district.reports[name]
        if i == 1:
            report.meta.agency = name.removesuffix("人民政府").removesuffix("办事处")
        (out / f"报送材料{i + 1}.json").write_text(exchange.dumps(report), encoding="utf-8")
    copier, original = names[2], names[0]
    copied = district.reports[original].clone()
    copied.meta.agency = copier
    copied.texts = dict(district.reports[original].texts)
    path = out / "报送材料3.json"
    path.write_text(exchange.dumps(copied), encoding="utf-8")
    later = path.stat().st_mtime + 86400
    os.utime(path, (later, later))
    (out / f"{names[5]}年报.json").write_bytes(b"\xff\xfe not an exchange file")
    expected = [*names, "未报送的单位"]
    return out, expected, names, copier, original


def test_one_row_per_unit_of_the_list_whatever_its_file_is_called(folder):
    out, expected, names, _copier, _original = folder
    result = collect([out], YEAR, expected=expected)
    assert sorted(u.agency for u in result.units) == sorted(expected)  # 7 rows for 7 units, not 8
    states = {u.agency: u.state for u in result.units}
    assert states[names[5]] == "unreadable" and states["未报送的单位"] == "missing"
    unreadable = next(u for u in result.units if u.agency == names[5])
    assert unreadable.file is not None and unreadable.file.endswith(f"{names[5]}年报.json")
    short = next(u for u in result.units if u.agency == names[1])
    assert "报告中的单位名称为" in short.message


def test_the_copier_is_sent_back_and_left_out_the_author_is_not(folder, tmp_path):
    out, expected, _names, copier, original = folder
    result = collect([out], YEAR, expected=expected)
    found = leave_out_copiers(result, review(result))
    assert [(c.copier, c.original) for c in found.copies] == [(copier, original)]
    assert found.copied_units() == {copier}
    included = {u.agency for u in result.included()}
    assert original in included and copier not in included
    lines = {c.copier: [c.line()] for c in found.copies}
    pdf = build_returns(result, tmp_path / "退回.pdf", today=date(2026, 2, 1), official_fonts=False, copied=lines)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages).replace("\n", "")
    assert copier in text and f"与“{original}”的报告相同" in text
    assert f"{original}（" not in text  # the author is not told to rewrite


def test_reviewed_but_not_left_out_a_copier_stays_in_the_summary(folder):
    """What the command line does, and the window with 有错误的单位也纳入汇总 ticked."""
    out, expected, _names, copier, _original = folder
    result = collect([out], YEAR, expected=expected, include_errors=True)
    review(result)
    assert copier in {u.agency for u in result.included()}


def test_the_earlier_file_is_the_original_whichever_name_sorts_first(folder):
    out, expected, _names, copier, original = folder
    result = collect([out], YEAR, expected=expected)
    for unit in result.units:  # the other one handed in first
        if unit.agency == copier:
            unit.mtime -= 2 * 86400
    assert [(c.copier, c.original) for c in review(result).copies] == [(original, copier)]


def test_a_pair_whose_direction_cannot_be_told_marks_both(folder):
    out, expected, _names, copier, original = folder
    result = collect([out], YEAR, expected=expected)
    for unit in result.units:
        unit.mtime = 0.0  # no file times
    found = copies(review(result).similarity)
    assert {(c.copier, c.original) for c in found} == {(copier, original), (original, copier)}


def test_shared_passages_are_found_in_the_whole_text():
    text = "第一句话在这里。第二句话是共同的。第三句也相同！最后一句不同。"
    spans = passage_spans(text, ["第二句话是共同的。第三句也相同！"])
    assert [text[s:e] for s, e in spans] == ["第二句话是共同的。第三句也相同！"]
    assert passage_spans(text, ["完全没有的句子。"]) == []


def test_the_command_line_leaves_the_copier_out_of_the_summary_as_the_window_does(folder, tmp_path):
    """`aggregate` on the same folder sums what the window sums: the copier's tables (the author's figures again)
    are not added to the district's, and its line says why."""
    import subprocess
    import sys

    out, expected, _names, copier, original = folder
    units = tmp_path / "units.txt"
    units.write_text("\n".join(expected) + "\n", encoding="utf-8")
    summary = tmp_path / "summary.json"
    cmd = [sys.executable, "-m", "disclosure_gui", "aggregate", str(out), "-o", str(summary)]
    cmd += ["--agency", "某某区人民政府", "--year", str(YEAR), "--units", str(units)]
    run = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    lines = {line.split("\t")[1]: line for line in run.stdout.splitlines() if line.count("\t") >= 3}
    assert "\t未纳入\t" in lines[copier] and f"与“{original}”的报告相同" in lines[copier]
    assert "\t纳入汇总" in lines[original]
    window = collect([out], YEAR, expected=expected)
    leave_out_copiers(window, review(window))
    assert exchange.load(summary).t3 == summed_t3(window)


def summed_t3(aggregation):
    from disclosure_gui.core.district.aggregate import summed

    return summed(aggregation, "某某区人民政府", YEAR).t3


def test_a_listed_name_with_a_character_or_two_left_out_is_the_units(tmp_path):
    """「平潭实验区经济发展局」 on the list for the report of 「平潭综合实验区经济发展局」: one row, not the report's
    unit beside a listed unit marked 未报送. A name that could be two listed units keeps its own."""
    district = make_district(3, year=YEAR, seed=7, copies=0, last_year=0)
    out = tmp_path / "units"
    out.mkdir()
    agencies = ["平潭综合实验区经济发展局", "平潭综合实验区旅游与文化体育局", "平潭综合实验区教育局"]
    for n, (agency, report) in enumerate(zip(agencies, district.reports.values(), strict=True)):
        report.meta.agency = agency
        (out / f"{n}.json").write_text(exchange.dumps(report), encoding="utf-8")
    expected = ["平潭实验区经济发展局", "平潭综合实验区旅游文化体育局", "平潭综合实验区教育局", "平潭综合实验区卫健局"]
    result = collect([out], YEAR, expected=expected)
    assert sorted(u.agency for u in result.units) == sorted(expected)
    states = {u.agency: u.state for u in result.units}
    assert states["平潭综合实验区卫健局"] == "missing" and list(states.values()).count("missing") == 1
    moved = next(u for u in result.units if u.agency == "平潭实验区经济发展局")
    assert "报告中的单位名称为“平潭综合实验区经济发展局”" in moved.message
    # Two listed units a name could be: neither is guessed.
    both = collect([out], YEAR, expected=["平潭实验区经济发展局", "平潭综合实验区经济局"])
    assert "平潭综合实验区经济发展局" in {u.agency for u in both.units}
