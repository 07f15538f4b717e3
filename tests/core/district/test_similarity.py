"""Copied reports in a district: pairs copied with the names changed, reports copied from last year, names left in."""

import re

from disclosure_gui.core.district.similarity import compare, compare_reports, report_text, short_names, trie_pattern
from tests.district_units import make_district


def _pairs(pairs):
    return {frozenset((p.a, p.b)) for p in pairs}


def test_thirty_units_flag_exactly_the_copied_pairs():
    district = make_district(30)
    result = compare_reports(district.reports, district.previous)
    assert _pairs(result.flagged) == district.copied_pairs
    assert {p.a for p in result.flagged_last_year()} == district.copied_last_year
    assert {(n.agency, n.other) for n in result.names_left} == district.names_left
    # The ranked list starts with the copied pairs, then the independent ones well below the threshold.
    top = result.ranked[: len(district.copied_pairs)]
    assert _pairs(top) == district.copied_pairs
    assert result.ranked[len(top)].score < result.threshold


def test_the_sketch_for_many_units_agrees_with_exact_counting():
    district = make_district(30, sentences=8)
    texts = {a: report_text(r) for a, r in district.reports.items()}
    exact = compare(texts)
    sketched = compare(texts, exact_pairs=0)
    assert _pairs(sketched.flagged) == _pairs(exact.flagged) == district.copied_pairs
    n = len(exact.names)
    worst = max(abs(exact.matrix[i][j] - sketched.matrix[i][j]) for i in range(n) for j in range(n))
    assert worst < 0.25  # estimates only: every pair near the threshold is counted exactly


def test_flagged_pairs_show_the_shared_passages_side_by_side():
    district = make_district(30)
    result = compare_reports(district.reports, district.previous)
    for pair in result.flagged:
        assert pair.passages, pair
        # The same passages as each unit wrote them: its own name and figures on each side.
        a_side = "".join(p.a for p in pair.passages)
        b_side = "".join(p.b for p in pair.passages)
        assert short_names(pair.a)[-1] in a_side and short_names(pair.b)[-1] in b_side
        assert short_names(pair.b)[-1] not in a_side
        assert a_side != b_side


def test_a_name_is_masked_so_renaming_does_not_hide_a_copy():
    text = (
        "城关镇全年主动公开信息120条，城关镇政务公开专栏更新及时，群众满意。本镇开展培训3次，覆盖全部村居。"
        "城关镇党政办公室负责信息发布审核，严格执行三审三校制度，全年未发生泄密事件。"
        "城关镇便民服务中心设置政务公开专区，配备查阅终端2台，接待群众查阅45人次。"
    )
    copy = text.replace("城关镇", "山城镇").replace("120", "98")
    result = compare(
        {"城关镇人民政府": {"t": text}, "山城镇人民政府": {"t": copy}, "区教育局": {"t": "教育局的报告内容完全不同。"}}
    )
    assert _pairs(result.flagged) == {frozenset(("城关镇人民政府", "山城镇人民政府"))}
    assert result.matrix[0][1] == 1.0
    assert result.names_left == []  # each names only itself


def test_another_units_name_is_flagged_but_not_ones_own():
    result = compare(
        {
            "城关镇人民政府": {"overview.proactive": "城关镇人民政府认真做好公开工作。山城镇将继续努力。"},
            "山城镇人民政府": {"overview.proactive": "山城镇认真做好公开工作。"},
        }
    )
    assert [(n.agency, n.other, n.field) for n in result.names_left] == [
        ("城关镇人民政府", "山城镇", "overview.proactive")
    ]
    assert "主动公开" in result.names_left[0].message and "山城镇" in result.names_left[0].message


def test_name_pattern_prefers_the_full_name():
    pattern = re.compile(trie_pattern(["城关镇", "城关镇人民政府", "东城街道"]))
    assert pattern.findall("城关镇人民政府、城关镇和东城街道") == ["城关镇人民政府", "城关镇", "东城街道"]


def test_texts_too_short_to_say_are_not_flagged():
    result = compare({"甲": {"t": "无。"}, "乙": {"t": "无。"}, "丙": {"t": ""}})
    assert result.flagged == [] and result.matrix[0][1] == 0.0


def test_the_sample_repeats_its_published_report_of_last_year(sample):
    """The sample unit's 2023 report against its 2022 report as published on its website (imported from the page)."""
    from pathlib import Path

    from disclosure_gui.core.importers import import_published

    published = import_published(Path(__file__).parents[2] / "fixtures" / "published-2022.html")
    last_year = published.report
    assert last_year.meta.year == 2022
    result = compare_reports({sample.meta.agency: sample}, {sample.meta.agency: last_year})
    assert [p.a for p in result.flagged_last_year()] == [sample.meta.agency]
    # Shown side by side: the same sentences with only the year changed.
    assert any("2023年" in p.a and "2022年" in p.b for p in result.last_year[0].passages)
