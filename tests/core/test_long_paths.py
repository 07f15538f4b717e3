"""Paths of 260 characters or more on Windows (issue #30): the extended-length form the system is given, and every
core reader and writer of a user's file reaching a folder only that form reaches (:mod:`tests.long_paths`), with
messages that show the path as the user knows it."""

from __future__ import annotations

import ntpath
import os
import stat
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_gui.core import filenames
from disclosure_gui.core.district.aggregate import collect, read_units_file, refuse_outputs
from disclosure_gui.core.district.review import profile_in
from disclosure_gui.core.district.status_export import export_status
from disclosure_gui.core.errors import UserError
from disclosure_gui.core.filenames import EXTENDED, LONG_PATH, extended_length, listed, native_path, normal_paths
from disclosure_gui.core.format import exchange
from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.core.format.holidays import load_entered, save_entered
from disclosure_gui.core.format.report import Report
from disclosure_gui.core.format.workdays import YearArrangement
from disclosure_gui.core.importers import import_published
from disclosure_gui.core.importers.sources import read_source
from disclosure_gui.core.outputs import (
    OutputError,
    read_json,
    write_bytes,
    write_json,
    write_rendered,
    write_text,
)
from disclosure_gui.core.publish.docx import build_docx
from disclosure_gui.core.publish.pdf import build_pdf
from disclosure_gui.core.publish.pdf.fontcache import ENV_CACHE_DIR
from disclosure_gui.core.publish.pdf.fonts import can_embed
from disclosure_gui.core.publish.pdf.sfnt import faces
from disclosure_gui.core.register.columns import load_memory, memory_path, remember
from disclosure_gui.core.register.model import Application, Register
from disclosure_gui.core.register.storage import (
    applied_mark,
    compared_tables,
    has_register,
    load_register,
    move_register,
    register_folder,
    save_register,
)
from disclosure_gui.core.register.tabular import read_register
from disclosure_gui.crash import write_crash_log
from disclosure_gui.resources import resource_path
from tests.conftest import SAMPLE_JSON, SAMPLE_TXT
from tests.long_paths import LongFolder, long_folder

LEVEL = "政府信息公开工作年度报告 第二层目录"  # 18 characters, as an office nests its folders
DEEP = "\\".join([LEVEL] * 15)  # 284 characters
REGISTERS = Path(__file__).parents[1] / "fixtures" / "register"


# ------------------------------------------------------------------------------ the form, on Windows-style paths


def test_a_long_path_on_a_drive_is_prefixed() -> None:
    path = f"C:\\Users\\干部\\{DEEP}\\2023年度报告.pdf"
    assert extended_length(path) == f"\\\\?\\C:\\Users\\干部\\{DEEP}\\2023年度报告.pdf"


def test_a_long_path_on_a_network_share_gets_the_unc_form() -> None:
    assert extended_length(f"\\\\档案室\\共享\\{DEEP}") == f"\\\\?\\UNC\\档案室\\共享\\{DEEP}"
    assert extended_length(f"//档案室/共享/{DEEP.replace(chr(92), '/')}") == f"\\\\?\\UNC\\档案室\\共享\\{DEEP}"


def test_slashes_dots_and_parent_folders_are_resolved_before_the_prefix_turns_that_off() -> None:
    mixed = f"C:/Users/干部/./旧文件夹\\..\\{DEEP.replace(chr(92), '/')}/报告.json"
    assert extended_length(mixed) == f"\\\\?\\C:\\Users\\干部\\{DEEP}\\报告.json"


def test_a_relative_path_is_made_absolute_against_the_current_folder() -> None:
    def current(path: str) -> str:
        return ntpath.normpath(ntpath.join("C:\\Users\\干部\\文档", path))

    assert extended_length(f"..\\{DEEP}", current) == f"\\\\?\\C:\\Users\\干部\\{DEEP}"
    assert extended_length("年报.json", current) == "年报.json"  # short: unchanged


@pytest.mark.parametrize(
    "path",
    [
        "C:/Users/干部/年报 2023.pdf",  # short, slashes and all
        "年报.json",
        f"\\\\?\\C:\\{DEEP}",  # already extended: left exactly as written
        f"\\\\?\\C:\\{DEEP}\\..\\a/b",
        f"\\\\?\\UNC\\档案室\\共享\\{DEEP}",
        "\\\\.\\COM1",  # a device
    ],
)
def test_paths_that_need_no_prefix_are_left_as_they_are(path: str) -> None:
    assert extended_length(path) == path


def test_a_path_that_cannot_be_made_absolute_is_left_for_the_system_to_refuse() -> None:
    drive_relative = f"C:{DEEP}"
    assert extended_length(drive_relative, lambda p: p) == drive_relative


def test_the_prefix_starts_at_the_length_windows_stops_making_folders() -> None:
    below = "C:\\" + "档" * (LONG_PATH - 4)
    assert len(below) == 247 and extended_length(below) == below
    assert extended_length(below + "案") == "\\\\?\\" + below + "案"


_PARTS = st.lists(
    st.one_of(st.just("."), st.just(".."), st.text("政府信息公开年报 abc123_-", min_size=1, max_size=30)),
    min_size=1,
    max_size=25,
)


@given(_PARTS, st.lists(st.sampled_from(["\\", "/"]), min_size=25, max_size=25), st.sampled_from(["C:", "\\\\srv\\s"]))
def test_the_extended_form_names_the_same_file_as_the_path(parts: list[str], seps: list[str], root: str) -> None:
    path = root + "".join(sep + part for sep, part in zip(seps, parts, strict=False))
    normal = ntpath.normpath(path)
    result = extended_length(path)
    if len(normal) < LONG_PATH:
        assert result == path
        return
    assert result.startswith(EXTENDED) and "/" not in result[4:]
    assert all(part not in (".", "..") for part in result[4:].split("\\"))
    assert normal_paths(result) == normal  # what the user reads is the path they gave, normalised as Windows would


def test_messages_never_show_the_extended_form() -> None:
    """Whatever slips into a message (a system error quoting the path it was given): the user reads the normal path."""
    failed = UserError("无法写入 \\\\?\\C:\\年报\\2023.pdf：磁盘空间已满", "\\\\?\\UNC\\档案室\\共享\\a.json")
    assert str(failed) == "\\\\档案室\\共享\\a.json：无法写入 C:\\年报\\2023.pdf：磁盘空间已满"
    assert failed.message == "无法写入 C:\\年报\\2023.pdf：磁盘空间已满"


@pytest.mark.skipif(os.name == "nt", reason="elsewhere than Windows the system takes any path as it is")
def test_elsewhere_the_path_is_handed_over_as_it_is(tmp_path: Path) -> None:
    assert native_path(tmp_path / ("年报" * 200)) == str(tmp_path / ("年报" * 200))


# ------------------------------------------------------------------------------ every reader and writer


@pytest.fixture
def long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LongFolder:
    return long_folder(tmp_path, monkeypatch)


def test_every_subfolder_of_a_folder_searched_is_opened_in_its_native_form(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A short folder the officer chose may hold folders too deep to open as written (an unpacked archive)."""
    opened: list[str] = []
    monkeypatch.setattr(filenames, "_to_native", lambda path: opened.append(path) or path)
    deep = tmp_path / "上报" / "第一批" / "解压" / "甲镇"
    deep.mkdir(parents=True)
    (deep / "甲镇.json").write_bytes(b"{}")
    (tmp_path / "上报" / "说明.txt").write_bytes(b"")
    assert listed(tmp_path / "上报", "*.json", recursive=True) == [deep / "甲镇.json"]
    assert {str(tmp_path / "上报"), str(deep.parent.parent), str(deep.parent), str(deep)} <= set(opened)


def test_the_stand_in_folder_is_reached_only_through_native_path(long: LongFolder) -> None:
    with pytest.raises(NotADirectoryError):
        (long.normal / "年报.json").write_bytes(b"{}")
    assert os.path.isdir(native_path(long.normal)) and long.calls == [str(long.normal)]


def test_every_output_writer_reaches_a_long_folder(long: LongFolder) -> None:
    folder = long.normal
    write_text(folder / "网页.html", "<p>年报</p>\n")
    write_bytes(folder / "数据.bin", b"\x00\x01")
    write_json(folder / "状态.json", {"年度": 2023})
    write_rendered(folder / "报告.docx", lambda stream: stream.write(b"PK"))
    assert long.real(folder / "网页.html").read_text(encoding="utf-8") == "<p>年报</p>\n"
    assert long.real(folder / "数据.bin").read_bytes() == b"\x00\x01"
    assert long.real(folder / "报告.docx").read_bytes() == b"PK"
    assert read_json(folder / "状态.json", "状态表", OutputError) == {"年度": 2023}
    assert sorted(p.name for p in long.real(folder).iterdir()) == ["报告.docx", "数据.bin", "状态.json", "网页.html"]


def test_the_writer_clears_old_temporaries_and_keeps_the_mode_in_a_long_folder(long: LongFolder) -> None:
    stale = long.put(".out-999999999-dead.tmp", b"half")
    hour_ago = time.time() - 7200
    os.utime(long.real(stale), (hour_ago, hour_ago))
    out = long.put("年报.html", b"old")
    if os.name != "nt":
        long.real(out).chmod(0o640)
    write_text(out, "new")
    assert not long.real(stale).exists() and long.real(out).read_text(encoding="utf-8") == "new"
    if os.name != "nt":
        assert stat.S_IMODE(long.real(out).stat().st_mode) == 0o640


@pytest.mark.skipif(os.name == "nt", reason="a symbolic link needs privileges on Windows")
def test_overwriting_an_input_reached_by_another_name_is_refused_with_the_normal_path(long: LongFolder) -> None:
    source = long.put("交换.json", b"{}")
    long.real(long.normal / "链接.json").symlink_to("交换.json")
    with pytest.raises(OutputError) as refused:
        write_text(long.normal / "链接.json", "{}", inputs=[source])
    assert str(long.normal / "链接.json") in refused.value.message and EXTENDED not in refused.value.message


def test_a_write_into_a_missing_folder_names_the_folder_as_given(long: LongFolder) -> None:
    with pytest.raises(OutputError) as failed:
        write_text(long.normal / "没有的文件夹" / "年报.html", "x")
    assert str(long.normal / "没有的文件夹") in failed.value.message and EXTENDED not in failed.value.message


def test_exchange_files_and_local_profiles_are_read_and_written_in_a_long_folder(long: LongFolder) -> None:
    path = long.put("交换 文件.json", SAMPLE_JSON.read_bytes())
    assert exchange.load(path).meta.agency == exchange.load(SAMPLE_JSON).meta.agency
    with pytest.raises(exchange.ExchangeError) as missing:
        exchange.load(long.normal / "没有.json")
    assert str(long.normal / "没有.json") in str(missing.value) and EXTENDED not in str(missing.value)
    saved = profiles.save(profiles.LocalProfile(name="某市本地要求"), long.normal / profiles.FILENAME)
    assert saved == long.normal / profiles.FILENAME
    assert profiles.find_in(long.normal) == saved and profiles.load(saved).name == "某市本地要求"


def test_published_reports_of_every_kind_are_read_from_a_long_folder(long: LongFolder, sample: Report) -> None:
    text = long.put("已发布 年报.txt", SAMPLE_TXT.read_bytes())
    assert import_published(text).report.meta.agency == sample.meta.agency
    build_docx(sample, long.normal / "年报.docx")
    build_pdf(sample, long.normal / "年报.pdf")
    for name in ("年报.docx", "年报.pdf"):
        blocks = read_source(long.normal / name)
        assert any(sample.meta.agency in (b.text or "") for b in blocks), name


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in for LibreOffice is a POSIX script")
def test_a_file_only_libreoffice_reads_is_converted_from_a_long_folder(
    long: LongFolder, sample: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = tmp_path / "made.docx"
    build_docx(sample, made)
    soffice = tmp_path / "soffice"  # writes what LibreOffice would: <outdir>/source.docx
    soffice.write_text(
        f"#!{sys.executable}\nimport shutil, sys\nargs = sys.argv\n"
        f"shutil.copyfile({str(made)!r}, args[args.index('--outdir') + 1] + '/source.docx')\n",
        encoding="utf-8",
    )
    soffice.chmod(0o755)
    monkeypatch.setenv("DISCLOSURE_GUI_SOFFICE", str(soffice))
    old = long.put("旧版 年报.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert any(sample.meta.agency in (b.text or "") for b in read_source(old))


@pytest.mark.parametrize("name", ["register-2024.csv", "register-2024.xls"])
def test_register_files_are_read_from_a_long_folder(long: LongFolder, name: str) -> None:
    path = long.put(f"台账 {name}", (REGISTERS / name).read_bytes())
    assert read_register(path)[2].applications == read_register(REGISTERS / name)[2].applications != []


def test_the_register_kept_in_a_long_data_folder(long: LongFolder) -> None:
    data = long.normal / "数据"
    folder = register_folder(data, "某县科技局")
    apps = [Application("2023-1", date(2023, 3, 1), 0, result="granted", answered=date(2023, 3, 9))]
    save_register(folder, Register("某县科技局", apps))
    assert load_register(folder).applications == apps and has_register(folder)
    long.real(applied_mark(folder, 2023)).touch()
    assert compared_tables(data, "某县科技局", 2023) is not None
    renamed = register_folder(data, "某县科学技术局")
    assert move_register(folder, renamed) and load_register(renamed).applications == apps
    remember(memory_path(data), ["编号"], {0: "no"})
    assert load_memory(memory_path(data)) == {"编号": "no"}
    save_entered(data, [YearArrangement(2026, frozenset({date(2026, 1, 5)}), frozenset(), "设置")])
    assert [a.year for a in load_entered(data)] == [2026]


def test_a_district_folder_deep_in_a_long_path_is_collected(long: LongFolder, sample: Report) -> None:
    units = long.normal / "各单位 报送"
    for i, agency in enumerate(("甲镇人民政府", "乙镇人民政府")):
        report = sample.clone()
        report.meta.agency = agency
        long.put(f"各单位 报送/第{i}批/{agency}.json", exchange.dumps(report).encode())
    profiles.save(profiles.LocalProfile(name="某区本地要求"), units / profiles.FILENAME)
    listed = long.put("名单.txt", "甲镇人民政府\n乙镇人民政府\n丙镇人民政府\n".encode("gb18030"))
    status = units / "状态表.json"
    export_status(status, collect([units], sample.meta.year))  # left in the folder by an earlier run
    result = collect([units], sample.meta.year, expected=read_units_file(listed))
    assert [(u.agency, u.state) for u in result.units][2] == ("丙镇人民政府", "missing")
    assert {u.state for u in result.units[:2]} <= {"ok", "warnings"} and all(u.updated for u in result.units[:2])
    assert all(u.file and u.file.startswith(str(units)) for u in result.units[:2])
    assert [path for path, _why in result.skipped] == [str(status)]
    assert profile_in([units])[0] is not None
    refused = refuse_outputs([units], [units / "第0批" / "甲镇人民政府.json"], "某区")
    assert refused and str(units / "第0批" / "甲镇人民政府.json") in refused and EXTENDED not in refused


def test_a_font_chosen_in_a_long_folder_is_read_and_embedded(
    long: LongFolder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path / "cache"))
    font = long.put("办公 仿宋.ttf", resource_path("fonts", "GovReportFang-Regular.ttf").read_bytes())
    assert faces(str(font)) and can_embed(str(font))
    assert len(list((tmp_path / "cache").glob("*.metrics"))) == 1  # its metrics kept for the next start


def test_a_crash_log_is_written_into_a_long_data_folder(long: LongFolder) -> None:
    log = write_crash_log(long.normal / "数据", RuntimeError("测试"))
    assert log is not None and log.parent == long.normal / "数据" / "crash-logs" and long.real(log).is_file()
