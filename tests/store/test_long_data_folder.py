"""A data folder whose paths are longer than Windows opens as written (a ``--data-dir`` deep in an office's folders,
issue #30): every step of the store reaches it through its native form (:mod:`tests.long_paths`), and what the user
is told names it as given."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from disclosure_gui.core.filenames import EXTENDED
from disclosure_gui.core.format import exchange
from disclosure_gui.core.format.report import Report
from disclosure_gui.store import Store, StoreError, StoreLockedError, drafts
from disclosure_gui.store.atomic import WriteError
from disclosure_gui.store.history import list_versions
from tests.conftest import SAMPLE_JSON
from tests.long_paths import LongFolder, long_folder


@pytest.fixture
def long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LongFolder:
    return long_folder(tmp_path, monkeypatch)


def test_drafts_are_created_saved_versioned_and_restored_in_a_long_data_folder(
    long: LongFolder, sample: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(drafts, "HISTORY_CAP", 3)  # pruned as it goes
    root = long.normal / "草稿库"
    with Store(root) as store:
        info = store.create(sample)
        first = store.history(info.id)[0]
        for n in range(4):
            sample.texts["other.other"] = f"第{n + 2}次保存"
            store.save(info.id, sample, explicit=True)
        third = store.history(info.id)[-1]  # the oldest kept: the first two were pruned
        assert "第3次保存" in str(store.load_version(info.id, third.id).texts) and first not in store.history(info.id)
        store.restore_version(info.id, third.id)
        assert store.load(info.id).texts.get("other.other") == "第3次保存"
        assert len(store.history(info.id)) == 3
    assert long.real(root / "drafts" / info.id / "draft.json").is_file()
    assert len(list(long.real(root / "drafts" / info.id / "history").iterdir())) == 3


def test_a_draft_that_could_not_be_written_whole_leaves_nothing(
    long: LongFolder, sample: Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(folder: Path, doc: object, *, explicit: bool) -> None:
        raise WriteError(folder, "磁盘空间已满")

    monkeypatch.setattr(drafts, "write_version", full_disk)
    root = long.normal / "草稿库"
    with Store(root) as store, pytest.raises(StoreError, match="磁盘空间已满"):
        store.create(sample)
    assert list(long.real(root / "drafts").iterdir()) == []


def test_temporaries_a_killed_writer_left_are_cleared_when_the_store_opens(long: LongFolder, sample: Report) -> None:
    root = long.normal / "草稿库"
    with Store(root) as store:
        info = store.create(sample)
    folders = [root, root / "drafts", root / "drafts" / info.id, root / "drafts" / info.id / "history"]
    left = [long.put(str((folder / ".out-1-dead.tmp").relative_to(long.normal)), b"half") for folder in folders]
    with Store(root):
        assert not any(long.real(path).exists() for path in left)


def test_the_trash_works_in_a_long_data_folder(long: LongFolder, sample: Report) -> None:
    with Store(long.normal / "草稿库") as store:
        info = store.create(sample)
        trash_id = store.delete(info.id)
        assert store.list_drafts() == [] and [t.id for t in store.list_trash()] == [trash_id]
        long.real(long.normal / "草稿库" / "drafts" / info.id).mkdir()  # its old place taken meanwhile
        restored = store.restore_from_trash(trash_id)
        assert restored.id != info.id and restored.id in [d.id for d in store.list_drafts()]
        store.delete(restored.id)
        assert store.empty_trash() == 1 and store.list_trash() == []
        assert list(long.real(long.normal / "草稿库" / "trash").iterdir()) == []


def test_an_exchange_file_is_imported_and_read_back_read_only(long: LongFolder) -> None:
    root = long.normal / "草稿库"
    source = long.put("交换 文件.json", SAMPLE_JSON.read_bytes())
    with Store(root) as store:
        info = store.import_file(source)
        with pytest.raises(StoreLockedError) as locked:
            Store(root).open()
    assert str(root) in locked.value.message and EXTENDED not in locked.value.message
    assert f"进程 {os.getpid()}" in locked.value.message  # who holds it, read from the lock file
    with Store(root, readonly=True) as store:
        assert store.load(info.id).meta.agency == exchange.load(SAMPLE_JSON).meta.agency
    with pytest.raises(StoreError) as missing:
        Store(long.normal / "没有的库", readonly=True).open()
    assert str(long.normal / "没有的库") in missing.value.message


def test_a_damaged_draft_is_healed_and_the_notice_names_the_normal_path(long: LongFolder, sample: Report) -> None:
    root = long.normal / "草稿库"
    with Store(root) as store:
        info = store.create(sample)
    long.real(root / "drafts" / info.id / "draft.json").write_bytes(b"\x00\xff")
    with Store(root) as store:
        assert [d.id for d in store.list_drafts()] == [info.id]
        moved = [n for n in store.notices if "已移到" in n]
    assert moved and "已损坏" in moved[0] and str(root / "damaged") in moved[0] and EXTENDED not in moved[0]
    assert len(list(long.real(root / "damaged").iterdir())) == 1


@pytest.mark.parametrize("lost", ["draft", "history", "both"])
def test_a_draft_missing_its_file_or_history_is_found_in_a_long_data_folder(
    long: LongFolder, sample: Report, lost: str
) -> None:
    root = long.normal / "草稿库"
    with Store(root) as store:
        info = store.create(sample)
    folder = long.real(root / "drafts" / info.id)
    if lost in ("history", "both"):
        for version in (folder / "history").iterdir():
            version.unlink()
    if lost == "draft":
        (folder / "draft.json").unlink()
    if lost == "both":
        (folder / "draft.json").write_bytes(b"")  # damaged, with no history to restore it from
    with Store(root) as store:
        if lost == "both":  # nothing good left: the whole folder goes to damaged/, named as the user knows it
            assert store.list_drafts() == []
            notices = " ".join(store.notices)
            assert str(root / "damaged") in notices and EXTENDED not in notices and not folder.exists()
            return
        assert store.load(info.id).meta.agency == sample.meta.agency
        assert ("缺失" in " ".join(store.notices)) == (lost == "draft")


def test_a_damaged_store_file_is_moved_aside_in_a_long_data_folder(long: LongFolder) -> None:
    root = long.normal / "草稿库"
    with Store(root):
        pass
    long.real(root / "store.json").write_bytes(b"\x00")
    with Store(root) as store:
        moved = [n for n in store.notices if "已移到" in n]
    assert moved and str(root / "damaged") in moved[0] and EXTENDED not in moved[0]


def test_an_older_store_in_a_long_data_folder_is_backed_up_and_migrated(long: LongFolder, sample: Report) -> None:
    root = long.normal / "草稿库"
    with Store(root) as store:
        info = store.create(sample)
    history = long.real(root / "drafts" / info.id / "history")
    (version,) = history.iterdir()
    version.rename(history / version.name.split("-", 1)[1])  # named by time alone, as version 1 stores did
    long.real(root / "store.json").write_text(json.dumps({"store": {"1": {"schema_version": 1}}}), encoding="utf-8")
    with Store(root) as store:
        upgraded = [n for n in store.notices if "升级" in n]
        assert store.load(info.id).meta.agency == sample.meta.agency
    assert upgraded and str(root / "backups") in upgraded[0] and EXTENDED not in upgraded[0]
    assert [v.sequence for v in list_versions(root / "drafts" / info.id)] == [1]
    assert len(list(long.real(root / "backups").iterdir())) == 1
