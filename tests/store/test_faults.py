"""Fault injection: full disk, read-only folder, damaged files of every kind, concurrent processes, hostile
files. Each case asserts the Chinese message the user gets and that nothing stored or written before changed.

CI runs as root, where folder permissions are ignored: faults are injected through ``os`` instead.
"""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_gui.cli import main
from disclosure_gui.core import outputs
from disclosure_gui.core.format import exchange
from disclosure_gui.store import Store, StoreError
from disclosure_gui.store import lock as lock_module
from tests.conftest import SAMPLE_JSON, write_report


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (the lock file's owner text aside), byte for byte."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "lock" and "crash-logs" not in p.parts
    }


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def stored(tmp_path, sample):
    """A data folder with one draft, saved twice."""
    root = tmp_path / "data"
    with Store(root) as store:
        info = store.create(sample)
        sample.texts["other.other"] = "已保存的内容"
        store.save(info.id, sample, explicit=True)
    return root, info.id


def _fail_writes(monkeypatch, error: OSError) -> None:
    real_open = os.open

    def failing(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise error
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(outputs.os, "open", failing)


# ------------------------------------------------------------------------------ full disk


def test_full_disk_when_creating_a_draft_leaves_no_half_draft(stored, sample, monkeypatch):
    root, _ = stored
    before = snapshot(root)
    real_open = os.open

    def history_fails(path, flags, *args, **kwargs):  # the draft file is written, its first version is not
        if flags & os.O_CREAT and "history" in str(path):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, *args, **kwargs)

    with Store(root) as store:
        monkeypatch.setattr(outputs.os, "open", history_fails)
        sample.meta.agency = "另一个局"
        with pytest.raises(StoreError, match="磁盘空间已满"):
            store.create(sample)
        monkeypatch.undo()
        assert [d.agency for d in store.list_drafts()] == ["山亭区科技局"]
    assert snapshot(root) == before


def test_full_disk_on_cli_import_says_so_and_changes_nothing(stored, tmp_path, sample, capsys, monkeypatch):
    root, _ = stored
    sample.meta.agency = "新单位"
    source = write_report(tmp_path, sample)
    before = snapshot(root)
    monkeypatch.setattr(outputs.os, "write", lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    code, _, err = _cli(capsys, "import", str(source), "--data-dir", str(root))
    monkeypatch.undo()
    assert code == 2 and "磁盘空间已满" in err and "No space" not in err
    assert snapshot(root) == before


# ------------------------------------------------------------------------------ read-only folder


def test_read_only_data_folder_import_is_refused_in_chinese(stored, tmp_path, sample, capsys, monkeypatch):
    root, _ = stored
    sample.meta.agency = "新单位"
    source = write_report(tmp_path, sample)
    before = snapshot(root)
    _fail_writes(monkeypatch, OSError(errno.EROFS, "Read-only file system"))
    code, _, err = _cli(capsys, "import", str(source), "--data-dir", str(root))
    monkeypatch.undo()
    assert code == 2 and "只读" in err and "Read-only" not in err
    assert snapshot(root) == before


def test_read_only_data_folder_can_still_be_listed_and_dumped(stored, capsys, monkeypatch):
    """A data folder on a read-only share or CD: the lock cannot be taken, reading still works."""
    root, _ = stored

    def denied(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(lock_module.DataDirLock, "acquire", denied)
    code, out, err = _cli(capsys, "list", "--data-dir", str(root))
    assert code == 0 and "山亭区科技局" in out, err
    code, out, err = _cli(capsys, "dump", "--agency", "山亭区科技局", "--year", "2023", "--data-dir", str(root))
    assert code == 0 and json.loads(out)["sections"]["other"]["other"] == "已保存的内容"


def test_permission_denied_on_export_is_told_in_chinese_and_the_old_file_kept(tmp_path, capsys, monkeypatch):
    out = tmp_path / "r.html"
    out.write_text("上次的", encoding="utf-8")
    _fail_writes(monkeypatch, PermissionError(errno.EACCES, "Permission denied"))
    code, _, err = _cli(capsys, "export", str(SAMPLE_JSON), "--html", str(out))
    monkeypatch.undo()
    assert code == 2 and "没有权限" in err and "Permission" not in err
    assert out.read_text(encoding="utf-8") == "上次的"


# ------------------------------------------------------------------------------ damaged files of every kind


def test_damaged_store_info_file_lock_file_and_history_version(stored, capsys):
    root, draft_id = stored
    (root / "store.json").write_bytes(b"\x00\x00")
    (root / "lock").write_bytes(b"\xff{{{")
    versions = sorted((root / "drafts" / draft_id / "history").iterdir())
    versions[0].write_bytes(b"[")
    code, out, err = _cli(capsys, "list", "--data-dir", str(root))
    assert code == 0 and "山亭区科技局" in out and "草稿库信息文件" in err
    with Store(root) as store:
        with pytest.raises(StoreError, match="已损坏"):
            store.load_version(draft_id, versions[0].stem)
        assert store.load(draft_id).texts["other.other"] == "已保存的内容"
    assert list((root / "damaged").iterdir())  # the damaged store.json, kept


def test_a_damaged_draft_in_the_trash_is_left_alone(stored):
    root, draft_id = stored
    with Store(root) as store:
        trash_id = store.delete(draft_id)
    (root / "trash" / trash_id / "draft.json").write_bytes(b"{")
    with Store(root) as store:
        assert store.list_trash() == [] and store.list_drafts() == []
    assert (root / "trash" / trash_id / "draft.json").read_bytes() == b"{"


# ------------------------------------------------------------------------------ hostile files


HOSTILE = {
    "nested": b"[" * 100_000,
    "huge integer": SAMPLE_JSON.read_bytes().replace(b'"year": 2023', b'"year": ' + b"9" * 5000),
    "huge exponent": SAMPLE_JSON.read_bytes().replace(b'"granted": [\n        0', b'"granted": [\n        1e999999999'),
    "binary": bytes(range(256)) * 100,
    "gbk": SAMPLE_JSON.read_text(encoding="utf-8").encode("gb18030"),
    "not json": "\ufeff<html><body>2023年报</body></html>".encode(),
    "a list": b"[1, 2, 3]",
    "truncated": SAMPLE_JSON.read_bytes()[:500],
}  # fmt: skip


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_files_on_import_get_a_message_and_change_nothing(stored, tmp_path, capsys, kind):
    root, _ = stored
    path = tmp_path / "hostile.json"
    path.write_bytes(HOSTILE[kind])
    before = snapshot(root)
    code, _, err = _cli(capsys, "import", str(path), "--data-dir", str(root))
    assert code == 2 and "未导入" in err
    assert "Traceback" not in err and "Error" not in err and "Expecting" not in err
    assert snapshot(root) == before


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_files_on_check_and_export_write_nothing(tmp_path, capsys, kind):
    path = tmp_path / "hostile.json"
    path.write_bytes(HOSTILE[kind])
    assert _cli(capsys, "check", str(path))[0] == 2
    code, _, err = _cli(capsys, "export", str(path), "--pdf", str(tmp_path / "r.pdf"), "--html", str(tmp_path / "r.h"))
    assert code == 2 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.json"]


def test_a_folder_or_a_missing_file_given_as_input(tmp_path, capsys):
    code, _, err = _cli(capsys, "check", str(tmp_path))
    assert code == 2 and "是文件夹" in err
    code, _, err = _cli(capsys, "check", str(tmp_path / "none.json"))
    assert code == 2 and "找不到文件" in err


# ------------------------------------------------------------------------------ concurrent processes


def test_a_second_writer_is_refused_in_chinese_and_readers_still_work(stored, tmp_path, sample, capsys):
    root, _ = stored
    sample.meta.agency = "新单位"
    source = write_report(tmp_path, sample)
    with Store(root):  # the window is open
        before = snapshot(root)
        code, _, err = _cli(capsys, "import", str(source), "--data-dir", str(root))
        assert code == 2 and "正被另一个年报助手使用" in err
        code, out, _ = _cli(capsys, "list", "--data-dir", str(root))
        assert code == 0 and "山亭区科技局" in out
        assert snapshot(root) == before


@pytest.mark.skipif(sys.platform == "win32", reason="same locking, slower process start")
def test_simultaneous_imports_from_several_processes_lose_nothing(tmp_path):
    root = tmp_path / "data"
    root.mkdir()
    sources = []
    for n in range(4):
        r = exchange.load(SAMPLE_JSON)
        r.meta.agency = f"并发单位{n}"
        sources.append(write_report(tmp_path, r, f"{n}.json"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path.cwd()), *sys.path])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "disclosure_gui", "import", str(s), "--data-dir", str(root)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        for s in sources
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    imported = {line.split("：")[1].split()[0] for code, out, _ in results if code == 0 for line in out.splitlines()}
    for code, _, err in results:
        assert code in (0, 2) and "Traceback" not in err
        assert code == 0 or "正被另一个年报助手使用" in err
    assert imported  # at least one got the folder
    with Store(root) as store:
        assert {d.agency for d in store.list_drafts()} == imported
        assert not store.notices


def test_a_text_over_the_limit_is_not_saved_and_the_draft_stays_readable(stored, sample):
    """A huge paste is refused at save with the reason; it never becomes a draft that reads back as damaged."""
    root, draft_id = stored
    before = snapshot(root)
    sample.texts["overview.proactive"] = "粘" * 200_000
    with Store(root) as store:
        with pytest.raises(StoreError, match=r"主动公开.*字数过多"):
            store.save(draft_id, sample)
        assert store.load(draft_id).texts["other.other"] == "已保存的内容" and not store.notices
    assert snapshot(root) == before


def test_restoring_a_damaged_draft_from_the_trash_is_refused_in_chinese(stored):
    root, draft_id = stored
    with Store(root) as store:
        trash_id = store.delete(draft_id)
    (root / "trash" / trash_id / "draft.json").write_bytes(b"\xff")
    before = snapshot(root)
    with Store(root) as store, pytest.raises(StoreError, match="已损坏，无法恢复"):
        store.restore_from_trash(trash_id)
    assert snapshot(root) == before


def test_a_data_folder_from_a_newer_version_is_not_read_by_list(stored, capsys):
    root, _ = stored
    (root / "store.json").write_text('{"store": {"1": {"schema_version": 99}}}', encoding="utf-8")
    before = snapshot(root)
    for extra in ([], ["--json"]):  # not an empty list: a script would take the drafts for gone
        code, out, err = _cli(capsys, "list", "--data-dir", str(root), *extra)
        assert code == 2 and out == "" and "较新版本" in err
    assert snapshot(root) == before
