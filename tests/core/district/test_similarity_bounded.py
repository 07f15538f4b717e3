"""Copying detection of a big district (issue #29, case 4): a template every unit shares is not copying, the work and
the status file grow with the units and not with the pairs that are alike, and of a copied pair the copier is told
from the original (the earlier file, or the unit whose report of last year already had the text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from disclosure_gui.core.district import similarity
from disclosure_gui.core.district.aggregate import Aggregation, Unit
from disclosure_gui.core.district.review import PAIR_ROWS, review
from disclosure_gui.core.district.similarity import compare, compare_reports
from disclosure_gui.core.district.status_export import export_status
from tests.district_units import make_district


def _pairs(pairs) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in pairs}


def _copy_rings(district, rings: int) -> int:
    """Every unit's text replaced by one of ``rings`` texts (each ring under half the district, so no template):
    every pair within a ring alike. Returns how many pairs that makes."""
    texts = [r.texts for r in list(district.reports.values())[:rings]]
    for i, report in enumerate(district.reports.values()):
        report.texts = dict(texts[i % rings])
    sizes = [len(range(k, len(district.reports), rings)) for k in range(rings)]
    return sum(m * (m - 1) // 2 for m in sizes)


def _aggregation(district, times: dict[str, float] | None = None) -> Aggregation:
    units = [
        Unit(name, f"{i:04d}.json", "ok", report=report, included=True, mtime=(times or {}).get(name, 0.0))
        for i, (name, report) in enumerate(district.reports.items())
    ]
    return Aggregation(district.year, units)


@pytest.mark.parametrize("n", [60, 150])  # every pair counted exactly; sketched with PARTNERS counted
def test_a_shared_template_is_not_copying_only_the_copies_are_flagged(n: int) -> None:
    district = make_district(n, sentences=2, template=8, copies=6, last_year=6)
    result = compare_reports(district.reports, district.previous)
    assert _pairs(result.flagged) == district.copied_pairs
    assert {p.a for p in result.flagged_last_year()} == district.copied_last_year


def test_the_pairs_counted_exactly_grow_with_the_units_not_with_the_pairs() -> None:
    """Three rings of copies: 4,788 pairs alike, yet only each unit's PARTNERS are counted."""
    district = make_district(171, copies=0, last_year=0)
    assert _copy_rings(district, 3) == 4788
    result = compare_reports(district.reports)
    assert len(result.shares) <= 2 * 171 * similarity.PARTNERS
    assert len(result.flagged) <= 171 * similarity.PARTNERS
    assert len(result.flagged) >= 171 * similarity.PARTNERS // 2 and all(p.score == 1.0 for p in result.flagged)
    assert sum(bool(p.passages) for p in result.flagged) <= similarity.PASSAGE_PAIRS


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_the_status_file_lists_every_unit_and_a_capped_number_of_pairs(tmp_path: Path, suffix: str) -> None:
    district = make_district(120, copies=0, last_year=0)
    assert _copy_rings(district, 3) == 2340
    aggregation = _aggregation(district)
    out = export_status(tmp_path / f"状态{suffix}", aggregation, review(aggregation))
    if suffix == ".json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert len(data["units"]) == 120 and len(data["similarity"]["flagged"]) <= PAIR_ROWS
        assert data["similarity"]["flagged_total"] >= PAIR_ROWS
        return
    book = load_workbook(out, read_only=True)
    rows = {name: list(book[name].values) for name in ("状态", "相似度", "相似度矩阵")}
    assert len(rows["状态"]) == 121
    between = [r for r in rows["相似度"][1:] if r[0] == "单位之间"]
    assert len(between) == PAIR_ROWS + 1 and "未逐对列出" in between[-1][1]  # the pairs, a line saying how many more
    assert len(rows["相似度矩阵"]) == 121  # each unit's five most similar units, not a column per unit
    assert max(len(r) for r in rows["相似度矩阵"]) <= 11
    assert out.stat().st_size < 2_000_000


TEXT = (
    "城关镇全年主动公开信息120条，城关镇政务公开专栏更新及时，群众满意。本镇开展培训3次，覆盖全部村居。"
    "城关镇党政办公室负责信息发布审核，严格执行三审三校制度，全年未发生泄密事件。"
    "城关镇便民服务中心设置政务公开专区，配备查阅终端2台，接待群众查阅45人次。"
)
COPY = TEXT.replace("城关镇", "山城镇").replace("120", "98")
OTHER = "区教育局的报告内容完全不同，讲的是学校的招生、收费和食堂的公开情况，以及校务公开栏的更新和家长的评议。" * 2
UNITS = ["城关镇人民政府", "山城镇人民政府", "区教育局"]


def _compare(submitted=None, previous=None):
    texts = dict(zip(UNITS, ({"t": TEXT}, {"t": COPY}, {"t": OTHER}), strict=True))
    return compare(texts, previous, submitted=submitted).flagged


def test_the_earlier_file_is_the_original() -> None:
    [pair] = _compare(submitted={"城关镇人民政府": 1_700_000_000.0, "山城镇人民政府": 1_700_090_000.0})
    assert (pair.original, pair.copier) == ("城关镇人民政府", "山城镇人民政府")
    assert "城关镇人民政府的文件报送在先" in pair.why
    [pair] = _compare(submitted={"城关镇人民政府": 1_700_090_000.0, "山城镇人民政府": 1_700_000_000.0})
    assert (pair.original, pair.copier) == ("山城镇人民政府", "城关镇人民政府")


def test_last_years_text_outweighs_the_order_of_the_files() -> None:
    """城关镇 wrote it last year already; 山城镇 copied it this year, though its file came in first."""
    previous = {"城关镇人民政府": {"t": TEXT.replace("120", "101")}, "山城镇人民政府": {"t": OTHER}}
    times = {"城关镇人民政府": 1_700_090_000.0, "山城镇人民政府": 1_700_000_000.0}
    [pair] = _compare(submitted=times, previous=previous)
    assert (pair.original, pair.copier) == ("城关镇人民政府", "山城镇人民政府")
    assert "城关镇人民政府上年的报告中已有这些文字" in pair.why


def test_when_it_cannot_be_told_both_stay_suspects() -> None:
    [pair] = _compare()
    assert pair.original == "" and pair.copier == ""
    texts = dict(zip(UNITS, ({"t": TEXT}, {"t": COPY}, {"t": OTHER}), strict=True))
    assert compare(texts).copiers() == {"城关镇人民政府", "山城镇人民政府"}


def test_the_review_names_only_the_copier_and_the_status_row_says_who_copied_whom() -> None:
    district = make_district(30)
    times = {name: 1_700_000_000.0 + i * 3600 for i, name in enumerate(district.reports)}
    result = review(_aggregation(district, times))
    copiers = {max(pair, key=lambda u: times[u]) for pair in district.copied_pairs}  # handed in later
    originals = {min(pair, key=lambda u: times[u]) for pair in district.copied_pairs}
    assert result.similarity.copiers() == copiers
    assert copiers <= result.copied_units() and not originals & result.copied_units() - {
        u for u, _ in district.names_left
    }
    for pair in district.copied_pairs:
        copier, original = max(pair, key=lambda u: times[u]), min(pair, key=lambda u: times[u])
        assert result.copy_direction(copier) == f"疑似抄自{original}（{original}的文件报送在先）"
        assert result.copy_direction(original) == f"被{copier}抄袭"
