"""The command line never shows a traceback or English: argument errors, system errors and bugs all get a
Chinese message; a bug exits with its own code (3) and leaves a crash log in the data folder."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from disclosure_gui import cli
from disclosure_gui.cli import main
from tests.conftest import SAMPLE_JSON

ENGLISH_WORD = re.compile(r"\b(argument|invalid|required|unrecognized|expected|usage|Permission|denied|Errno)\b")


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse ends the process itself
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["dump", "--agency", "局", "--year", "二〇二三"], "--year 应为整数"),
        (["aggregate", "folder"], "缺少必需的参数"),
        (["check", str(SAMPLE_JSON), "--frobnicate"], "无法识别的参数"),
        (["chekc", str(SAMPLE_JSON)], "没有“chekc”这个命令"),
        (["export", str(SAMPLE_JSON), "--pdf"], "--pdf 后面缺少一个值"),
    ],
)
def test_argument_errors_are_in_chinese(capsys, args, words):
    code, _, err = _cli(capsys, *args)
    assert code == 2
    assert words in err and "用法：" in err
    assert not ENGLISH_WORD.search(err), err


def test_help_is_in_chinese(capsys):
    code, out, _ = _cli(capsys, "check", "--help")
    assert code == 0 and "用法：" in out and "显示本帮助并退出" in out
    assert "show this help" not in out and "usage:" not in out
    assert "交换文件的限制" in out and "10 亿" in out and "嵌套" in out and "3 程序内部出错" in out


def test_an_internal_error_exits_3_with_a_crash_log_in_the_data_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_GUI_DATA_DIR", str(tmp_path / "data"))

    def bug(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr("disclosure_gui.core.checks.registry.run_all", bug)
    code, _, err = _cli(capsys, "check", str(SAMPLE_JSON))
    assert code == cli.EXIT_INTERNAL == 3
    assert code not in (cli.EXIT_FINDINGS, cli.EXIT_BAD_INPUT)
    assert "程序内部出错" in err and "Traceback" not in err
    logs = list((tmp_path / "data" / "crash-logs").glob("crash-*.log"))
    assert len(logs) == 1 and str(logs[0]) in err
    log = logs[0].read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "Traceback" in log and "check" in log


def test_an_internal_error_with_data_dir_given_logs_there(tmp_path, capsys, monkeypatch):
    def bug(self):
        raise RuntimeError("boom")

    monkeypatch.setattr("disclosure_gui.store.drafts.Store.list_drafts", bug)
    code, _, _ = _cli(capsys, "list", "--data-dir", str(tmp_path))
    assert code == 3 and len(list((tmp_path / "crash-logs").iterdir())) == 1


def test_a_real_process_bug_is_not_exit_1(tmp_path):
    """From outside: a crash is distinguishable from 'the report has errors'."""
    script = (
        "import sys, disclosure_gui.core.checks.registry as r\n"
        "r.run_all = lambda *a, **k: 1 / 0\n"
        "from disclosure_gui.cli import main\n"
        f"sys.exit(main(['check', {str(SAMPLE_JSON)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env={"DISCLOSURE_GUI_DATA_DIR": str(tmp_path), "PATH": "", "PYTHONPATH": ":".join(sys.path)},
    )
    assert result.returncode == 3 and "Traceback" not in result.stderr


def test_unreadable_input_file_is_explained_in_chinese(tmp_path, capsys, monkeypatch):
    path = tmp_path / "r.json"
    path.write_bytes(SAMPLE_JSON.read_bytes())

    real = type(path).read_bytes

    def denied(self):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(type(path), "read_bytes", denied)
    code, _, err = _cli(capsys, "check", str(path))
    assert code == 2 and "没有权限" in err and not ENGLISH_WORD.search(err)


def test_unreadable_units_list_is_explained_in_chinese(tmp_path, capsys):
    folder = tmp_path / "units"
    folder.mkdir()
    code, _, err = _cli(
        capsys,
        "aggregate",
        str(folder),
        "-o",
        str(tmp_path / "s.json"),
        "--agency",
        "区",
        "--year",
        "2023",
        "--units",
        str(tmp_path / "no-such-list.txt"),
    )
    assert code == 2 and "找不到" in err and not ENGLISH_WORD.search(err)


REQUIRED = {
    "check": ["r.json"],
    "export": ["r.json"],
    "import-published": ["page.html", "-o", "r.json"],
    "aggregate": ["units", "-o", "s.json", "--agency", "区", "--year", "2023"],
    "register": ["台账.xlsx", "--year", "2023"],
    "import": ["r.json"],
    "list": [],
    "dump": ["--agency", "局", "--year", "2023"],
    "smoke-test": [],
}


@pytest.mark.parametrize("command", sorted(REQUIRED))
def test_data_dir_is_taken_before_and_after_any_command(command):
    """Issue #29, case 14: `check FILE --data-dir E:\\` was an argument error, and the crash log went to the PC."""
    parser = cli.build_parser()
    assert set(REQUIRED) == {a for a in parser._subparsers._group_actions[0].choices}  # every command is here
    after = parser.parse_args([command, *REQUIRED[command], "--data-dir", "E:/年报"])
    before = parser.parse_args(["--data-dir", "E:/年报", command, *REQUIRED[command]])
    assert after.data_dir == before.data_dir == "E:/年报"
