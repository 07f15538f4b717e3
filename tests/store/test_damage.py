"""A draft damaged by something outside the app (crash of the disk, a sync tool, a careless edit) is found on
every path that reads drafts, moved to damaged/, replaced by its newest good history version, and the user is
told which version and from when. Nothing is deleted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_gui.cli import main
from disclosure_gui.core.format import exchange
from disclosure_gui.store import Store, StoreError
from tests.conftest import SAMPLE_JSON

DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "garbage": lambda raw: b"\x00\xff" * 50,
    "empty": lambda raw: b"",
    "not a draft": lambda raw: b'{"draft": {"1": {"hello": 1}}}',
    "invalid report": lambda raw: raw.replace(b'"year":2023', b'"year":"two"'),
    "not utf-8": lambda raw: raw.replace("科技局".encode(), b"\xff\xfe"),
}


def _two_saves(root: Path, sample) -> tuple[str, Path]:
    """A draft saved twice explicitly: the last save holds a marker text."""
    with Store(root) as store:
        info = store.create(sample)
        sample.texts["other.other"] = "最后一次明确保存"
        store.save(info.id, sample, explicit=True)
    return info.id, root / "drafts" / info.id / "draft.json"


def _damage(path: Path, how: str) -> bytes:
    raw = path.read_bytes()
    broken = DAMAGE[how](raw)
    assert broken != raw
    path.write_bytes(broken)
    return broken


@pytest.mark.parametrize("how", list(DAMAGE))
def test_list_heals_every_kind_of_damage(tmp_path, sample, how):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    broken = _damage(draft_file, how)
    with Store(tmp_path) as store:
        assert [d.id for d in store.list_drafts()] == [draft_id]
        assert store.load(draft_id).texts["other.other"] == "最后一次明确保存"
        notice = " ".join(store.notices)
    assert "山亭区科技局" in notice and "damaged" in notice and "保存的版本" in notice
    moved = list((tmp_path / "damaged").iterdir())
    assert [p.read_bytes() for p in moved] == [broken]  # kept, byte for byte
    with Store(tmp_path) as store:  # healed for good: no notice the second time
        assert len(store.list_drafts()) == 1 and not store.notices


def test_a_missing_draft_file_with_history_is_restored(tmp_path, sample):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    draft_file.unlink()
    with Store(tmp_path) as store:
        assert [d.id for d in store.list_drafts()] == [draft_id]
        assert store.load(draft_id).texts["other.other"] == "最后一次明确保存"
        assert any("保存的版本" in n for n in store.notices)


def test_damaged_history_versions_are_skipped_for_the_newest_good_one(tmp_path, sample):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    newest = sorted((draft_file.parent / "history").iterdir())[-1]
    newest.write_bytes(b"{")
    _damage(draft_file, "truncated")
    with Store(tmp_path) as store:
        report = store.load(draft_id)
    assert report.texts["other.other"] != "最后一次明确保存"  # the first version: before the marker
    assert newest.read_bytes() == b"{"  # a damaged version is left as it is, not deleted


def test_without_any_good_version_the_draft_is_moved_aside_whole_and_the_user_told(tmp_path, sample):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    for p in (draft_file.parent / "history").iterdir():
        p.write_bytes(b"")
    _damage(draft_file, "garbage")
    with Store(tmp_path) as store:
        assert store.list_drafts() == []
        assert any("没有可用的历史版本" in n and "damaged" in n for n in store.notices)
        with pytest.raises(StoreError, match="找不到草稿"):
            store.load(draft_id)
    assert not (tmp_path / "drafts" / draft_id).exists()
    assert len(list((tmp_path / "damaged").rglob("*.json"))) == 3  # the draft and its two versions


def test_read_only_viewer_shows_the_good_version_and_moves_nothing(tmp_path, sample):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    broken = _damage(draft_file, "truncated")
    with Store(tmp_path) as writer, Store(tmp_path, readonly=True) as viewer:
        assert writer is not None
        assert [d.id for d in viewer.list_drafts()] == [draft_id]
        assert viewer.load(draft_id).texts["other.other"] == "最后一次明确保存"
        assert any("只读" in n and "保存的版本" in n for n in viewer.notices)
    assert draft_file.read_bytes() == broken  # the viewer must not move what the writer owns
    assert not list((tmp_path / "damaged").iterdir())


def test_importing_again_replaces_the_damaged_draft_instead_of_duplicating(tmp_path, sample):
    draft_id, draft_file = _two_saves(tmp_path, sample)
    _damage(draft_file, "garbage")
    with Store(tmp_path) as store:
        info = store.import_file(SAMPLE_JSON)
        assert [d.id for d in store.list_drafts()] == [draft_id] == [info.id]
        assert store.load(draft_id).texts == exchange.load(SAMPLE_JSON).texts
        assert any("替换" in n for n in store.notices)


# ---------------------------------------------------------------------------- the command line


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_list_shows_the_healed_draft_and_says_what_was_restored(tmp_path, sample, capsys):
    _, draft_file = _two_saves(tmp_path, sample)
    _damage(draft_file, "truncated")
    code, out, err = _cli(capsys, "list", "--data-dir", str(tmp_path))
    assert code == 0
    assert "山亭区科技局" in out
    assert "已损坏" in err and "保存的版本" in err and "（没有草稿）" not in err


def test_cli_list_json_heals_too(tmp_path, sample, capsys):
    _, draft_file = _two_saves(tmp_path, sample)
    _damage(draft_file, "empty")
    code, out, err = _cli(capsys, "list", "--json", "--data-dir", str(tmp_path))
    assert code == 0 and [d["agency"] for d in json.loads(out)] == ["山亭区科技局"]
    assert "保存的版本" in err


def test_cli_dump_of_a_damaged_draft_gives_the_restored_version(tmp_path, sample, capsys):
    _, draft_file = _two_saves(tmp_path, sample)
    _damage(draft_file, "garbage")
    code, out, err = _cli(capsys, "dump", "--agency", "山亭区科技局", "--year", "2023", "--data-dir", str(tmp_path))
    assert code == 0, err
    assert json.loads(out)["sections"]["other"]["other"] == "最后一次明确保存"
    assert "保存的版本" in err


def test_cli_import_over_a_damaged_draft_replaces_it(tmp_path, sample, capsys):
    _, draft_file = _two_saves(tmp_path, sample)
    _damage(draft_file, "garbage")
    code, out, err = _cli(capsys, "import", str(SAMPLE_JSON), "--data-dir", str(tmp_path))
    assert code == 0, err
    assert "已导入" in out and "替换" in err
    code, out, _ = _cli(capsys, "list", "--json", "--data-dir", str(tmp_path))
    assert len(json.loads(out)) == 1


def test_a_damaged_draft_on_a_disk_that_refuses_writes_is_still_shown(tmp_path, sample, monkeypatch):
    import errno
    import os

    from disclosure_gui.core import outputs

    draft_id, draft_file = _two_saves(tmp_path, sample)
    broken = _damage(draft_file, "truncated")
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args, **kwargs)

    with Store(tmp_path) as store:
        monkeypatch.setattr(outputs.os, "open", read_only)
        monkeypatch.setattr("shutil.move", lambda *a: (_ for _ in ()).throw(OSError(errno.EROFS, "Read-only")))
        assert [d.id for d in store.list_drafts()] == [draft_id]
        assert store.load(draft_id).texts["other.other"] == "最后一次明确保存"
        monkeypatch.undo()
        assert any("无法修复" in n and "只读" in n for n in store.notices)
    assert draft_file.read_bytes() == broken


def test_cli_list_while_the_window_holds_the_folder_shows_the_good_version_and_moves_nothing(tmp_path, sample, capsys):
    _, draft_file = _two_saves(tmp_path, sample)
    broken = _damage(draft_file, "garbage")
    with Store(tmp_path):  # the window is open on this data folder
        code, out, err = _cli(capsys, "list", "--data-dir", str(tmp_path))
        assert code == 0 and "山亭区科技局" in out
        assert "只读" in err and "保存的版本" in err
        code, out, err = _cli(capsys, "dump", "--agency", "山亭区科技局", "--year", "2023", "--data-dir", str(tmp_path))
        assert code == 0 and json.loads(out)["sections"]["other"]["other"] == "最后一次明确保存"
    assert draft_file.read_bytes() == broken
