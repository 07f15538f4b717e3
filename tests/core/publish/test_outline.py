"""The outline every output renders: what is a heading, the lead-in words of a point, manual line breaks,
characters no file can hold, column widths, title lines."""

import pytest

from disclosure_gui.core.format.forms import FORMS
from disclosure_gui.core.publish.html import percent_widths
from disclosure_gui.core.publish.outline import Heading, Paragraph, build_outline, column_weights, lead_of
from disclosure_gui.core.publish.titles import balanced_title, rough_width


@pytest.mark.parametrize(
    ("text", "lead", "level"),
    [
        ("（一）健全制度。制定保密审查办法。", "（一）健全制度。", 2),
        ("一、加强组织领导：成立领导小组。", "一、加强组织领导：", 1),
        ("（二）" + "很长的一句话没有句号" * 5, "（二）", 2),  # no end of the lead-in words nearby: the number only
        ("一是完善考核机制。在严格执行……", "", 0),  # 一是 is not a heading
        ("2023年，我局收到申请4件。", "", 0),
    ],
)
def test_lead_in_words_of_a_numbered_point(text, lead, level):
    n, got_level = lead_of(text)
    assert (text[:n], got_level) == (lead, level)


def test_a_short_numbered_line_is_a_heading_and_a_long_one_a_paragraph(sample):
    sample.texts["overview.management"] = "（一）制度建设\n（二）机制建设。建立“一事一审”原则，全年审查1250条。"
    blocks = [b for b in build_outline(sample, draft=False).blocks if getattr(b, "where", "") == "政府信息管理"]
    headings = [b for b in build_outline(sample, draft=False).blocks if isinstance(b, Heading)]
    assert any(h.text == "（一）制度建设" and h.level == 2 for h in headings)
    assert blocks == [Paragraph("（二）机制建设。建立“一事一审”原则，全年审查1250条。", "政府信息管理", 8, 2)]


def test_word_line_breaks_kept_and_unprintable_characters_dropped_with_a_notice(sample):
    sample.texts["other.other"] = "甲\u000b乙\x00丙\r\n丁\ufffe"
    outline = build_outline(sample, draft=False)
    texts = [b.text for b in outline.blocks if isinstance(b, Paragraph) and b.where == "其他事项"]
    assert texts == ["甲\n乙丙", "丁"]
    assert outline.notices == ["「其他事项」中有无法打印的控制字符（U+0000、U+FFFE），已删除"]


@pytest.mark.parametrize("key", sorted(FORMS))
def test_column_widths_add_up_and_leave_room_for_two_header_characters(key):
    form = FORMS[key]()
    shares = column_weights(form)
    assert abs(sum(shares) - 1) < 1e-9
    assert min(shares) * 156 >= 2 * 3.7 + 2.0 - 1e-9 or key == "t3"  # t3's first column holds vertical text
    assert sum(percent_widths(form)) == 100


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("山亭区科技局2023年政府信息公开工作年度报告", ["山亭区科技局2023年", "政府信息公开工作年度报告"]),
        ("山亭区发展和改革局2023年政府信息公开工作年度报告", ["山亭区发展和改革局2023年", "政府信息公开工作年度报告"]),
        (
            "枣庄市山亭区人民政府2023年政府信息公开工作年度报告",
            ["枣庄市山亭区人民政府2023年", "政府信息公开工作年度报告"],
        ),
        ("山亭区水务局2023年报告", ["山亭区水务局2023年报告"]),
    ],
)
def test_titles_break_between_words_into_a_trapezoid(title, lines):
    assert balanced_title(title, lambda s: rough_width(s, 22), 22, 442.2) == lines


def test_a_long_unit_name_keeps_its_words_whole():
    title = "山东省枣庄市山亭区城乡建设综合服务中心2023年政府信息公开工作年度报告"
    lines = balanced_title(title, lambda s: rough_width(s, 22), 22, 442.2)
    assert lines == ["山东省枣庄市山亭区城乡建设综合服务中心", "2023年政府信息公开工作年度报告"]  # the only 2-line cut
    longer = "中共山东省枣庄市山亭区委员会办公室山亭区人民政府办公室" + title[title.index("2023") :]
    lines = balanced_title(longer, lambda s: rough_width(s, 22), 22, 442.2)
    assert "".join(lines) == longer and len(lines) == 3
    assert all(rough_width(line, 22) <= 442.2 for line in lines)
    joined = "|".join(lines)
    for word in ("委员会办公室", "人民政府办公室", "2023年", "政府信息公开", "年度报告"):
        assert word in joined
