"""Every file the app writes goes through one writer: a failure leaves the previous file as it was, no
temporary file survives, permissions follow the umask, and an output never overwrites its own input."""

from __future__ import annotations

import errno
import json
import os
import stat
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_gui.cli import main
from disclosure_gui.core import outputs
from disclosure_gui.core.outputs import OutputError, write_text
from tests.conftest import SAMPLE_JSON, write_report

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes and umask")


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _disk_full(monkeypatch):
    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "write", no_space)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
@pytest.mark.parametrize("kind", ["pdf", "docx", "checklist", "html"])
def test_exports_get_the_normal_permissions_of_the_umask(tmp_path, capsys, umask_022, kind):
    out = tmp_path / f"r.{kind}"
    code, _, err = _cli(capsys, "export", str(SAMPLE_JSON), f"--{kind}", str(out), "--shipped-fonts")
    assert code == 0, err
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@posix_only
def test_replacing_a_file_keeps_the_mode_the_user_gave_it(tmp_path, umask_022):
    out = tmp_path / "shared.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o664)
    write_text(out, "new")
    assert out.read_text(encoding="utf-8") == "new" and stat.S_IMODE(out.stat().st_mode) == 0o664


def test_a_temporary_file_left_by_a_killed_export_is_cleaned_up(tmp_path, capsys):
    leftover = tmp_path / ".out-k2j4h1.tmp"  # what a killed export of the previous version left
    leftover.write_bytes(b"%PDF-half")
    dead = tmp_path / f".out-{2**22 + 7}-ab12cd34.tmp"  # a process id that is not running
    dead.write_bytes(b"half")
    mine = tmp_path / f".out-{os.getppid()}-00000000.tmp"  # a running writer's file is left alone
    mine.write_bytes(b"busy")
    code, _, err = _cli(capsys, "export", str(SAMPLE_JSON), "--html", str(tmp_path / "r.html"))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["r.html", mine.name])


@pytest.mark.parametrize("option", ["--pdf", "--docx", "--html", "--checklist"])
def test_export_refuses_to_overwrite_its_own_input(tmp_path, sample, capsys, option):
    source = write_report(tmp_path, sample)
    before = source.read_bytes()
    code, _, err = _cli(capsys, "export", str(source), option, str(source))
    assert code == 2
    assert "就是要读取的文件" in err and "Traceback" not in err
    assert source.read_bytes() == before


def test_export_refuses_to_overwrite_last_years_report_and_two_outputs_on_one_file(tmp_path, sample, capsys):
    source = write_report(tmp_path, sample)
    last = write_report(tmp_path, sample, "last.json")
    code, _, err = _cli(capsys, "export", str(source), "--previous", str(last), "--html", str(last))
    assert code == 2 and "就是要读取的文件" in err
    out = tmp_path / "x.out"
    code, _, err = _cli(capsys, "export", str(source), "--pdf", str(out), "--html", str(out))
    assert code == 2 and "不同的文件名" in err and not out.exists()


def test_import_published_refuses_to_overwrite_its_source(tmp_path, capsys):
    from tests.conftest import SAMPLE_TXT

    source = tmp_path / "published.txt"
    source.write_bytes(SAMPLE_TXT.read_bytes())
    code, _, err = _cli(capsys, "import-published", str(source), "-o", str(source))
    assert code == 2 and "就是要读取的文件" in err
    assert source.read_bytes() == SAMPLE_TXT.read_bytes()


def test_full_disk_keeps_the_previous_html_and_leaves_no_temporary(tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.html"
    out.write_text("上次导出的网页", encoding="utf-8")
    _disk_full(monkeypatch)
    code, _, err = _cli(capsys, "export", str(SAMPLE_JSON), "--html", str(out))
    monkeypatch.undo()
    assert code == 2 and "磁盘空间已满" in err and "原有的文件没有改动" in err
    assert out.read_text(encoding="utf-8") == "上次导出的网页"
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]


def test_full_disk_keeps_the_previous_import_published_output(tmp_path, capsys, monkeypatch):
    from tests.conftest import SAMPLE_TXT

    out = tmp_path / "r.json"
    out.write_text("{}", encoding="utf-8")
    _disk_full(monkeypatch)
    code, _, err = _cli(capsys, "import-published", str(SAMPLE_TXT), "-o", str(out))
    monkeypatch.undo()
    assert code == 2 and "磁盘空间已满" in err
    assert out.read_text(encoding="utf-8") == "{}" and [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_full_disk_keeps_the_previous_summary_and_status(tmp_path, sample, capsys, monkeypatch):
    units = tmp_path / "units"
    units.mkdir()
    write_report(units, sample)
    summary, status = tmp_path / "summary.json", tmp_path / "status.json"
    args = [
        "aggregate",
        str(units),
        "-o",
        str(summary),
        "--status",
        str(status),
        "--agency",
        "山亭区",
        "--year",
        "2023",
    ]
    assert _cli(capsys, *args)[0] == 0
    before = summary.read_bytes(), status.read_bytes()
    _disk_full(monkeypatch)
    code, _, err = _cli(capsys, *args)
    monkeypatch.undo()
    assert code == 2 and "磁盘空间已满" in err
    assert (summary.read_bytes(), status.read_bytes()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.json", "summary.json", "units"]


def test_full_disk_while_a_pdf_is_written_keeps_the_previous_pdf(tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"%PDF-previous")
    real_fsync = os.fsync

    def no_space(fd):  # reportlab writes through Python's buffered file; the disk fills up at fsync
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", no_space)
    code, _, err = _cli(capsys, "export", str(SAMPLE_JSON), "--pdf", str(out), "--shipped-fonts")
    monkeypatch.setattr(outputs.os, "fsync", real_fsync)
    assert code == 2 and "磁盘空间已满" in err
    assert out.read_bytes() == b"%PDF-previous" and [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "没有权限"),
        (OSError(errno.EROFS, "Read-only file system"), "只读"),
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间已满"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), "找不到"),
        (OSError(errno.EIO, "Input/output error"), "磁盘"),
    ],
)
def test_system_errors_are_told_in_chinese(tmp_path, monkeypatch, error, said):
    real_open = os.open

    def failing(path, flags, *args):
        if flags & os.O_CREAT:
            raise error
        return real_open(path, flags, *args)

    monkeypatch.setattr(outputs.os, "open", failing)
    with pytest.raises(OutputError) as caught:
        write_text(tmp_path / "x.json", json.dumps({}))
    monkeypatch.undo()
    assert said in caught.value.message
    assert not any(
        ch.isascii() and ch.isalpha()
        for ch in caught.value.message.replace(str(tmp_path / "x.json"), "").replace("U盘", "")
    )
    assert list(tmp_path.iterdir()) == []


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_a_file_name_made_from_any_title_is_one_plain_name(title):
    """A unit's name may hold 「/」 or 「:」 (a web address typed into the wrong field): the proposed file name must
    still be one file in the chosen folder, on Windows too."""
    name = outputs.file_name(title)
    assert name and len(name) <= outputs.MAX_NAME
    assert not any(ch in outputs.FORBIDDEN_IN_NAMES or ord(ch) < 32 for ch in name)
    assert name == name.strip() and not name.endswith(".")
