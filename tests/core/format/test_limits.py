"""Hostile and absurd exchange files: each gets a Chinese message naming the place in the user's words, quickly.

The limits (see ``exchange.LIMITS``): counts up to 10 亿, amounts up to 12 integer digits (and 6 decimals in
万元, 2 in 元), text up to 100,000 characters per field, nesting up to 10 levels, files up to 20 MB.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest

from disclosure_gui.cli import main
from disclosure_gui.core.format import exchange
from tests.conftest import SAMPLE_JSON


def _sample() -> dict:
    return json.loads(SAMPLE_JSON.read_text(encoding="utf-8"))


def _with_raw(tmp_path, old: str, new: str) -> str:
    text = SAMPLE_JSON.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "hostile.json"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return str(path)


def _check(capsys, path: str) -> tuple[int, str]:
    code = main(["check", path])
    return code, capsys.readouterr().err


T3_GRANTED = '"granted": [\n        0,'


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("1e999999999", "数字过大"),
        ("9" * 5000, "数字过大"),
        ("12345678901", "件数过大"),
        ("1.5", "应为整数件数"),
    ],
)
def test_absurd_counts_are_refused_with_table_row_and_column(tmp_path, capsys, value, words):
    path = _with_raw(tmp_path, T3_GRANTED, f'"granted": [\n        {value},')
    started = time.monotonic()
    code, err = _check(capsys, path)
    assert time.monotonic() - started < 5
    assert code == 2
    assert words in err and "表三" in err and "予以公开" in err and "自然人" in err
    assert "tables." not in err and "Traceback" not in err


def test_a_count_of_1e999999999_does_not_hang_check(tmp_path):
    """A separate process with a deadline: the old code spent over a minute building a 10^999999999 integer."""
    path = _with_raw(tmp_path, T3_GRANTED, '"granted": [\n        1e999999999,')
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "check", path],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=20,
    )
    assert result.returncode == 2 and "数字过大" in result.stderr


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("administrative_fees_10k_yuan", "1" * 41, "金额过大"),
        ("administrative_fees_10k_yuan", "1" + "0" * 12, "金额过大"),
        ("administrative_fees_10k_yuan", "1e40", "金额"),
        ("administrative_fees_10k_yuan", "0." + "1" * 40, "小数"),
    ],
)
def test_absurd_amounts_are_refused_in_words(tmp_path, capsys, key, value, words):
    data = _sample()
    data["tables"]["t2"][key] = value
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, err = _check(capsys, str(path))
    assert code == 2 and words in err and "表二" in err and "tables." not in err


def test_fee_amount_is_named_by_its_label(tmp_path, capsys):
    data = _sample()
    data["fees"]["collected_yuan"] = "9" * 41
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, err = _check(capsys, str(path))
    assert code == 2 and "金额过大" in err and "实际收取信息处理费" in err and "fees." not in err


def test_an_absurdly_long_text_is_refused_with_its_section(tmp_path, capsys):
    data = _sample()
    data["sections"]["overview"]["proactive"] = "很长" * 60_000
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, err = _check(capsys, str(path))
    assert code == 2 and "字数过多" in err and "主动公开" in err and "sections." not in err


def test_an_absurdly_long_agency_name_is_refused(tmp_path, capsys):
    data = _sample()
    data["meta"]["agency"] = "局" * 1000
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, err = _check(capsys, str(path))
    assert code == 2 and "单位名称" in err and "字数过多" in err


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_100000_nested_brackets_are_refused_quickly(tmp_path, capsys, opening):
    path = tmp_path / "nested.json"
    path.write_text(opening * 100_000, encoding="utf-8")
    started = time.monotonic()
    code, err = _check(capsys, str(path))
    assert time.monotonic() - started < 5
    assert code == 2 and "嵌套" in err and "Traceback" not in err


def test_brackets_inside_text_are_not_nesting(sample):
    sample.texts["preamble"] = "[[[[[[[[[[[[[[[[{{{{{{{{{{{{ 引用 ]]]]]"
    assert exchange.loads(exchange.dumps(sample)).texts["preamble"] == sample.texts["preamble"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "文件是空的"),
        ("{", "文件在此处意外结束"),
        ('{"format": }', "此处应有一个值"),
        ("{'format': 1}", "双引号"),
        ('{"a": 1 "b": 2}', "逗号"),
        ('{"a" 1}', "冒号"),
        ('{"a": "x\x01"}', "控制字符"),
        ('{"a": 1} x', "多余"),
    ],
)
def test_json_errors_are_explained_in_chinese(text, words):
    with pytest.raises(exchange.ExchangeError) as caught:
        exchange.loads(text)
    message = str(caught.value)
    assert words in message
    assert "Expecting" not in message and "Unterminated" not in message and "Extra data" not in message


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", 1000)
    code, err = _check(capsys, str(SAMPLE_JSON))
    assert code == 2 and "文件过大" in err


def test_limits_are_stated_for_the_user():
    stated = "\n".join(exchange.LIMITS)
    for words in ("件数", "金额", "小数", "字", "嵌套", "文件大小"):
        assert words in stated
