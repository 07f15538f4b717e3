"""A unit's broken file is explained in Chinese on the 汇总 board, never with the JSON parser's English."""

import re

import pytest

from disclosure_gui.core.district.aggregate import collect


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "文件是空的"),
        ('{"format": "gov-disclosure-annual-report"', "意外结束"),
        ("{ not json", "双引号"),
        ('{"a": 1} x', "多余的字符"),
        ('{"a": "unfinished', "引号"),
    ],
)
def test_broken_json_is_explained_in_chinese(tmp_path, content, reason):
    (tmp_path / "unit.json").write_text(content, encoding="utf-8")
    unit = collect([tmp_path], 2025).units[0]
    assert unit.state == "unreadable"
    assert reason in unit.message
    assert not re.search(r"[A-Za-z]{3,}", unit.message.replace("JSON", "")), unit.message
