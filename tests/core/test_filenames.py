"""The file-name policy (issue #29, case 1): a file name that is not UTF-8 (a zip made on Chinese Windows, unpacked on
统信UOS or 麒麟) is read like any other and shown with its undecodable bytes as ``\\xNN``; no output written for it
fails to encode."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from disclosure_gui.cli import main
from disclosure_gui.core.filenames import encode, json_safe, shown, shown_name
from tests.conftest import SAMPLE_JSON

needs_byte_names = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="only POSIX file systems keep names that are not UTF-8"
)
GBK_NAME = "科技局".encode("gbk") + b".json"  # b"\xbf\xc6\xbc\xbc\xbe\xd6.json"
# What the officer should read: Python's own codec writes each byte that is not UTF-8 as \xNN (b"\xc6\xbc" happens
# to be UTF-8 for 「Ƽ」 and stays a letter).
ESCAPED = GBK_NAME.decode("utf-8", "backslashreplace")


def gbk_named_copy(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = os.path.join(os.fsencode(folder), GBK_NAME)
    shutil.copyfile(SAMPLE_JSON, target)
    return Path(os.fsdecode(target))


def test_undecodable_bytes_are_shown_as_escapes_and_the_rest_as_it_is() -> None:
    name = os.fsdecode(GBK_NAME)
    assert shown(name) == ESCAPED == r"\xbfƼ\xbc\xbe\xd6.json"
    assert shown_name(Path("/单位") / name) == ESCAPED
    assert shown("山亭区科技局.json") == "山亭区科技局.json"
    assert encode(name) == ESCAPED.encode("utf-8")


# Any character, lone surrogates (what an undecodable file-name byte becomes) included.
SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
ANY_TEXT = st.text(st.one_of(st.characters(), SURROGATES))


@given(ANY_TEXT)
def test_any_text_can_be_written_and_json_safe_text_reads_back_as_shown(text: str) -> None:
    encode(text).decode("utf-8")  # never raises
    dumped = json_safe(json.dumps({"file": text}, ensure_ascii=False))
    assert json.loads(dumped.encode("utf-8").decode("utf-8")) == {"file": shown(text)}


@needs_byte_names
@pytest.mark.parametrize("suffix", [".json", ".csv", ".xlsx"])
def test_aggregate_status_of_a_unit_with_a_gbk_file_name(tmp_path: Path, capsys, suffix: str) -> None:
    gbk_named_copy(tmp_path / "units")
    status, summary = tmp_path / f"状态{suffix}", tmp_path / "汇总.json"
    args = ["aggregate", str(tmp_path / "units"), "-o", str(summary), "--agency", "某区", "--year", "2023"]
    code = main([*args, "--status", str(status), "--data-dir", str(tmp_path / "data")])
    _, err = capsys.readouterr()
    assert code == 0, err
    assert summary.is_file() and status.is_file()
    escaped = ESCAPED
    if suffix == ".json":
        assert [Path(u["file"]).name for u in json.loads(status.read_text(encoding="utf-8"))["units"]] == [escaped]
    elif suffix == ".csv":
        assert escaped in status.read_text(encoding="utf-8-sig")
    else:
        assert escaped in [c.value for c in load_workbook(status)["状态"][2]]
    assert not (tmp_path / "data" / "crash-logs").exists()


@needs_byte_names
def test_a_message_naming_a_gbk_file_shows_its_escapes(tmp_path: Path, capsys) -> None:
    path = gbk_named_copy(tmp_path)
    Path(path).write_bytes(b"{")
    code = main(["check", str(path)])
    _, err = capsys.readouterr()
    assert code == 2 and ESCAPED in err


@needs_byte_names
def test_a_font_file_whose_name_is_not_utf8_is_found_and_kept_in_the_font_cache(tmp_path: Path, monkeypatch) -> None:
    """The PDF export looks fonts up in a cache of every font file: a GBK-named font (copied from Windows) made
    writing that cache fail; its path must come back exactly, or the font cannot be opened again."""
    from disclosure_gui.core.publish.pdf import fontlist

    monkeypatch.setattr(fontlist, "cache_dir", lambda: tmp_path / "cache")
    name = os.fsdecode("仿宋".encode("gbk") + b".ttf")
    (tmp_path / name).write_bytes(b"not a font")  # the cache forgets fonts that are gone
    cache = fontlist._ScanCache()
    cache.files[str(tmp_path / name)] = {"stamp": [1, 2], "faces": [], "coverage": {}}
    cache.changed = True
    cache.save()
    assert list(fontlist._ScanCache().files) == [str(tmp_path / name)]
