"""`disclosure-gui import / list / dump` as district offices script them."""

import json

from tests.conftest import SAMPLE_JSON
from tests.test_cli_check import run


def test_import_list_dump_round_trip(tmp_path):
    data = str(tmp_path / "data")
    result = run("import", str(SAMPLE_JSON), "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert "已导入：山亭区科技局 2023年" in result.stdout

    again = run("import", str(SAMPLE_JSON), "--data-dir", data)
    assert again.returncode == 2 and "已有“山亭区科技局”2023年的草稿" in again.stderr
    assert run("import", str(SAMPLE_JSON), "--data-dir", data, "--replace").returncode == 0

    listed = run("--data-dir", data, "list", "--json")
    drafts = json.loads(listed.stdout)
    assert [(d["agency"], d["year"]) for d in drafts] == [("山亭区科技局", 2023)]
    assert {"agency", "year", "updated"} <= set(drafts[0])

    dumped = run("dump", "--agency", "山亭区科技局", "--year", "2023", "--data-dir", data)
    assert dumped.returncode == 0
    assert dumped.stdout == SAMPLE_JSON.read_text(encoding="utf-8")


def test_bad_file_among_good_ones_is_reported_and_changes_nothing(tmp_path):
    data = str(tmp_path / "data")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gov-disclosure-annual-report", "format_version": 9}', encoding="utf-8")
    result = run("import", str(bad), str(SAMPLE_JSON), "--data-dir", data)
    assert result.returncode == 2
    assert "未导入" in result.stderr and "较新版本" in result.stderr
    assert "已导入：山亭区科技局" in result.stdout
    assert len(json.loads(run("list", "--json", "--data-dir", data).stdout)) == 1


def test_list_of_an_empty_or_missing_folder(tmp_path):
    result = run("list", "--json", "--data-dir", str(tmp_path / "none"))
    assert result.returncode == 0 and json.loads(result.stdout) == []


def test_dump_of_a_missing_draft(tmp_path):
    result = run("dump", "--agency", "没有这个局", "--year", "2023", "--data-dir", str(tmp_path))
    assert result.returncode == 2 and "找不到“没有这个局”2023年的草稿" in result.stderr
