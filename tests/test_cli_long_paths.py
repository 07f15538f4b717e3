"""The command line in a folder whose paths Windows opens only in their extended-length form (issue #30): the
commands the Wine test runs there (check, import, list, dump, import-published, export, aggregate, register) all work,
and what they print names the files as the user typed them (:mod:`tests.long_paths`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_gui.cli import main
from disclosure_gui.core.filenames import EXTENDED
from disclosure_gui.core.format import exchange
from tests.conftest import SAMPLE_JSON, SAMPLE_TXT
from tests.long_paths import LongFolder, long_folder

REGISTER = Path(__file__).parent / "fixtures" / "register" / "register-2024.csv"


@pytest.fixture
def long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LongFolder:
    return long_folder(tmp_path, monkeypatch)


def test_every_command_works_in_a_long_folder(long: LongFolder, capsys: pytest.CaptureFixture[str]) -> None:
    folder = long.normal
    source = str(long.put("原始 交换文件.json", SAMPLE_JSON.read_bytes()))
    published = str(long.put("已发布 年报.txt", SAMPLE_TXT.read_bytes()))
    data = ["--data-dir", str(folder / "草稿库")]
    agency = exchange.load(SAMPLE_JSON).meta.agency
    assert main(["check", source]) in (0, 1)
    assert main(["import", *data, source]) == 0
    assert main(["list", *data]) == 0 and agency in capsys.readouterr().out
    (draft,) = long.real(folder / "草稿库" / "drafts").iterdir()
    (draft / "draft.json").write_bytes(b"\x00")  # healed by list, which opens the store to write when it can
    assert main(["list", *data]) == 0 and "已恢复为" in capsys.readouterr().err
    assert main(["dump", *data, "--agency", agency, "--year", "2023"]) == 0
    assert exchange.loads(capsys.readouterr().out).meta.agency == agency
    assert main(["import-published", published, "-o", str(folder / "导入 交换文件.json")]) in (0, 1)
    outputs = {"--pdf": "年报.pdf", "--docx": "年报.docx", "--html": "年报.html", "--checklist": "自查清单.pdf"}
    assert main(["export", source, *(a for flag, name in outputs.items() for a in (flag, str(folder / name)))]) == 0
    for name in ["导入 交换文件.json", *outputs.values()]:
        assert long.real(folder / name).stat().st_size > 0, name
    summary = ["-o", str(folder / "汇总.json"), "--status", str(folder / "状态表.xlsx")]
    assert main(["aggregate", source, *summary, "--agency", "某区", "--year", "2023"]) == 0
    assert exchange.load(folder / "汇总.json").meta.agency == "某区"
    register = str(long.put("台账.csv", REGISTER.read_bytes()))
    made = str(folder / "台账 统计.json")
    assert main(["register", register, "--year", "2024", "--agency", "某县科技局", "-o", made]) in (0, 1)
    assert long.real(folder / "台账 统计.json").is_file()
    printed = capsys.readouterr()
    assert str(folder) in printed.out + printed.err and EXTENDED not in printed.out + printed.err


def test_what_cannot_be_found_in_a_long_folder_is_named_as_typed(
    long: LongFolder, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(long.normal / "没有的 交换文件.json")
    assert main(["check", missing]) != 0
    assert main(["aggregate", missing, "-o", str(long.normal / "汇总.json"), "--agency", "某区", "--year", "2023"]) != 0
    printed = capsys.readouterr().err.splitlines()
    assert len(printed) == 2 and all(missing in line and EXTENDED not in line for line in printed)
