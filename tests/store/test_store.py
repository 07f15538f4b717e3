import errno
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from disclosure_gui.core.format import exchange
from disclosure_gui.store import Store, StoreError, StoreLockedError, atomic, drafts
from tests.conftest import SAMPLE_JSON


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data") as s:
        yield s


def test_create_list_load_save(store, sample):
    info = store.create(sample)
    assert (info.agency, info.year) == ("山亭区科技局", 2023)
    assert [d.id for d in store.list_drafts()] == [info.id]
    sample.t3["granted"][0] = 3
    sample.t3["granted"][4] = None  # blank cells stay blank in a draft
    store.save(info.id, sample)
    again = store.load(info.id)
    assert again.t3["granted"][0] == 3 and again.t3["granted"][4] is None
    assert again.texts == sample.texts


def test_the_same_agency_and_year_is_refused(store, sample):
    store.create(sample)
    with pytest.raises(StoreError, match="已有“山亭区科技局”2023年的草稿"):
        store.create(sample)
    other = store.new_report("山亭区财政局", 2023)
    renamed = sample.clone()
    with pytest.raises(StoreError, match="另一份草稿"):
        store.save(other.id, renamed)


def test_duplicate_rename_delete_and_restore_from_trash(store, sample):
    info = store.create(sample)
    copy = store.duplicate(info.id, "山亭区教育局", 2023)
    assert store.load(copy.id).texts == sample.texts
    renamed = store.rename(copy.id, "山亭区教体局")
    assert renamed.agency == "山亭区教体局"
    trash_id = store.delete(info.id)
    assert [d.agency for d in store.list_drafts()] == ["山亭区教体局"]
    assert [t.agency for t in store.list_trash()] == ["山亭区科技局"]
    restored = store.restore_from_trash(trash_id)
    assert store.load(restored.id).meta.agency == "山亭区科技局"
    assert store.list_trash() == []
    store.delete(restored.id)
    assert store.empty_trash() == 1


def test_restore_from_trash_refuses_when_a_new_draft_took_the_name(store, sample):
    trash_id = store.delete(store.create(sample).id)
    store.create(sample)
    with pytest.raises(StoreError, match="请先改名或删除"):
        store.restore_from_trash(trash_id)


def test_history_on_explicit_saves_and_timed_autosaves(store, sample, monkeypatch):
    info = store.create(sample)  # creation is version 1
    clock = [1000.0]
    monkeypatch.setattr(drafts.time, "monotonic", lambda: clock[0])
    store._state[info.id].last_snapshot = clock[0]
    for n in range(5):  # quick typing: autosaves within the interval add no version
        sample.t3["granted"][0] = n
        store.save(info.id, sample)
    assert len(store.history(info.id)) == 1
    clock[0] += drafts.SNAPSHOT_INTERVAL + 1
    store.save(info.id, sample)
    sample.t3["granted"][0] = 42
    store.save(info.id, sample, explicit=True)
    versions = store.history(info.id)
    assert [v.explicit for v in versions] == [True, False, True]
    assert store.load_version(info.id, versions[1].id).t3["granted"][0] == 4


def test_restore_a_version_keeps_the_current_one(store, sample):
    info = store.create(sample)
    first = store.history(info.id)[0]
    sample.texts["overview.proactive"] = "改过的内容"
    store.save(info.id, sample, explicit=True)
    store.restore_version(info.id, first.id)
    assert store.load(info.id).texts["overview.proactive"].startswith("2023年以来")
    newest = store.history(info.id)[0]
    assert store.load_version(info.id, newest.id).texts["overview.proactive"] == "改过的内容"


def test_history_is_capped_dropping_old_autosaves_first(store, sample, monkeypatch):
    monkeypatch.setattr(drafts, "HISTORY_CAP", 5)
    monkeypatch.setattr(drafts, "SNAPSHOT_INTERVAL", 0.0)
    info = store.create(sample)  # explicit
    for _ in range(8):
        store.save(info.id, sample)  # autosaves, each a version now
    store.save(info.id, sample, explicit=True)
    versions = store.history(info.id)
    assert len(versions) == 5
    assert sum(v.explicit for v in versions) == 2  # both explicit versions survived


def test_new_from_last_year_carries_over_and_marks_years(store, busy_report):
    busy_report.t2["regulations.in_force"] = 7
    busy_report.t2["normative_documents.in_force"] = 12
    info = store.new_from_last_year(busy_report)
    assert info.year == 2024
    new = store.load(info.id)
    assert new.t3["carried_over"] == busy_report.t3["carried_to_next_year"]
    assert new.t3["new_received"] == [0] * 7
    assert new.t2["regulations.in_force"] == 7 and new.t2["normative_documents.in_force"] == 12
    assert new.t2["regulations.issued"] == 0
    assert new.texts["overview.proactive"] == busy_report.texts["overview.proactive"]
    assert new.meta.contact == busy_report.meta.contact and new.meta.publish_date is None
    marks = store.review_marks(info.id)
    years = [m for m in marks if m.kind == "year"]  # and the dates and figures copied, to review as well
    assert years and all(m.text.isdigit() and len(m.text) == 4 for m in years)
    assert {m.kind for m in marks} <= {"year", "date", "figure"}
    proactive = next(m for m in marks if m.field == "overview.proactive")
    assert new.texts["overview.proactive"][proactive.start : proactive.end] == "2023"
    assert "请确认" in proactive.reason


def test_import_refuses_an_existing_draft_unless_replace(store, tmp_path, sample):
    info = store.import_file(SAMPLE_JSON)
    with pytest.raises(StoreError, match="已有"):
        store.import_file(SAMPLE_JSON)
    changed = sample.clone()
    changed.t4["administrative_review"] = [1, 0, 0, 0, 1]
    path = tmp_path / "new.json"
    path.write_text(exchange.dumps(changed), encoding="utf-8")
    again = store.import_file(path, replace=True)
    assert again.id == info.id
    assert store.load(info.id).t4["administrative_review"][4] == 1
    assert len(store.history(info.id)) == 3  # imported, what was current before the replace, the replacement


def test_replacing_keeps_the_edits_made_since_the_last_version_in_the_history(store, tmp_path, sample):
    info = store.import_file(SAMPLE_JSON)
    edited = store.load(info.id)
    edited.texts["overview.proactive"] = "自动保存后还没有历史版本的修改。"
    store.save(info.id, edited)  # an autosave right after the import: no new version
    path = tmp_path / "new.json"
    path.write_text(exchange.dumps(sample), encoding="utf-8")
    store.import_file(path, replace=True)
    kept = [store.load_version(info.id, v.id).texts["overview.proactive"] for v in store.history(info.id)]
    assert "自动保存后还没有历史版本的修改。" in kept


def test_a_file_that_fails_validation_changes_nothing(store, tmp_path, sample_text):
    info = store.import_file(SAMPLE_JSON)
    before = sorted(p.relative_to(store.root) for p in store.root.rglob("*"))
    bad = tmp_path / "bad.json"
    bad.write_text(sample_text.replace('"year": 2023', '"year": -1'), encoding="utf-8")
    with pytest.raises(StoreError, match="报告年度应为四位数年份"):
        store.import_file(bad, replace=True)
    assert sorted(p.relative_to(store.root) for p in store.root.rglob("*")) == before
    assert store.load(info.id).meta.year == 2023


def test_full_disk_gives_a_clear_message_and_keeps_the_previous_save(store, sample, monkeypatch):
    info = store.create(sample)
    sample.t3["granted"][0] = 99

    def no_space(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "write", no_space)
    with pytest.raises(StoreError, match="磁盘空间已满") as caught:
        store.save(info.id, sample)
    assert "之前保存的内容完好" in caught.value.message
    monkeypatch.undo()
    assert store.load(info.id).t3["granted"][0] == 0
    assert not list(store.root.rglob(f"{atomic.TMP_PREFIX}*"))


def test_read_only_folder_gives_a_clear_message(store, sample, monkeypatch):
    info = store.create(sample)
    real_open = os.open

    def read_only(path, flags, *args):
        if flags & os.O_CREAT:
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    monkeypatch.setattr(atomic.os, "open", read_only)
    with pytest.raises(StoreError, match="只读"):
        store.save(info.id, sample)
    monkeypatch.undo()
    assert store.load(info.id).texts == sample.texts


def test_a_damaged_draft_is_moved_aside_and_the_newest_good_version_used(tmp_path, sample):
    with Store(tmp_path) as store:
        info = store.create(sample)
        sample.texts["other.other"] = "最后一次明确保存"
        store.save(info.id, sample, explicit=True)
    draft_file = tmp_path / "drafts" / info.id / "draft.json"
    draft_file.write_bytes(b'{"draft": {"1": {"report": {"format"')  # torn by something outside the app
    with Store(tmp_path) as store:
        report = store.load(info.id)
        assert report.texts["other.other"] == "最后一次明确保存"
        assert any("已损坏" in n and "damaged" in n for n in store.notices)
        assert any("保存的版本" in n for n in store.notices)
        assert [d.id for d in store.list_drafts()] == [info.id]
    moved = list((tmp_path / "damaged").iterdir())
    assert len(moved) == 1 and moved[0].read_bytes().startswith(b'{"draft"')


def test_a_damaged_store_file_is_moved_aside(tmp_path, sample):
    with Store(tmp_path) as store:
        store.create(sample)
    (tmp_path / "store.json").write_text("garbage", encoding="utf-8")
    with Store(tmp_path) as store:
        assert len(store.list_drafts()) == 1
        assert any("草稿库信息文件" in n for n in store.notices)


def test_second_writer_is_refused_with_a_clear_message_and_read_only_works(tmp_path, sample):
    with Store(tmp_path) as first:
        first.create(sample)
        with pytest.raises(StoreLockedError, match=r"正被另一个年报助手使用（进程 \d+"):
            Store(tmp_path).open()
        with Store(tmp_path, readonly=True) as viewer:
            assert len(viewer.list_drafts()) == 1
            with pytest.raises(StoreError, match="只读"):
                viewer.new_report("某某局", 2023)
    with Store(tmp_path) as again:  # released on close
        assert len(again.list_drafts()) == 1


def test_lock_of_a_killed_process_is_taken_over(tmp_path):
    import signal
    import subprocess
    import sys

    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"from disclosure_gui.store import Store; s = Store({str(tmp_path)!r}); s.open(); "
            "print('locked', flush=True); import time; time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError):
            Store(tmp_path).open()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    with Store(tmp_path) as store:
        assert store.list_drafts() == []


def _write_store_version(root: Path, version: int) -> None:
    (root / "store.json").write_text(json.dumps({"store": {"1": {"schema_version": version}}}), encoding="utf-8")


def test_a_store_from_a_newer_version_is_refused_and_not_touched(tmp_path, sample):
    with Store(tmp_path) as store:
        info = store.create(sample)
    _write_store_version(tmp_path, drafts.SCHEMA_VERSION + 1)
    before = (tmp_path / "drafts" / info.id / "draft.json").read_bytes()
    with pytest.raises(StoreError, match="较新版本"):
        Store(tmp_path).open()
    assert (tmp_path / "drafts" / info.id / "draft.json").read_bytes() == before
    with pytest.raises(StoreError, match="较新版本"):  # still refused: the version was not rewritten
        Store(tmp_path).open()


def test_migration_backs_up_first_then_upgrades_every_draft(tmp_path, sample, monkeypatch):
    with Store(tmp_path) as store:
        info = store.create(sample)

    # Pretend the next release renames a field: version N → N + 1.
    def rename_marks(doc):
        doc = dict(doc)
        doc["marks_next"] = doc.pop("review_marks")
        return doc

    now = drafts.SCHEMA_VERSION
    monkeypatch.setattr(drafts, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(drafts.MIGRATIONS, now, rename_marks)
    with Store(tmp_path) as store:
        assert any(f"已从第 {now} 版升级到第 {now + 1} 版" in n for n in store.notices)
        assert store.load(info.id).meta.agency == "山亭区科技局"
    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1 and backups[0].name.startswith(f"before-v{now}-to-v{now + 1}-")
    old = json.loads((backups[0] / "drafts" / info.id / "draft.json").read_text(encoding="utf-8"))
    assert old["draft"]["1"]["schema_version"] == now and "review_marks" in old["draft"]["1"]
    new = json.loads((tmp_path / "drafts" / info.id / "draft.json").read_text(encoding="utf-8"))
    assert new["draft"]["1"]["schema_version"] == now + 1 and "marks_next" in new["draft"]["1"]
    assert json.loads((tmp_path / "store.json").read_text())["store"]["1"]["schema_version"] == now + 1


def test_half_created_drafts_and_temporaries_are_not_listed(tmp_path, sample):
    with Store(tmp_path) as store:
        store.create(sample)
    (tmp_path / "drafts" / "2024-deadbeef").mkdir()  # crash between mkdir and the first write
    (tmp_path / "drafts" / f"{atomic.OLD_TMP_PREFIX}draft.json.1.x").write_bytes(b"{")  # an older version's
    (tmp_path / "drafts" / f"{atomic.TMP_PREFIX}1-ab{atomic.TMP_SUFFIX}").write_bytes(b"{")
    with Store(tmp_path) as store:
        assert len(store.list_drafts()) == 1
    assert [p.name for p in (tmp_path / "drafts").iterdir() if p.is_file()] == []


def test_money_survives_the_store(store, sample):
    sample.t2["administrative_fees_10k_yuan"] = Decimal("24252.311082")
    info = store.create(sample)
    assert store.load(info.id).t2["administrative_fees_10k_yuan"] == Decimal("24252.311082")


def test_default_data_dir_honours_the_environment(monkeypatch, tmp_path):
    from disclosure_gui.store.paths import ENV_DATA_DIR, default_data_dir

    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "x"))
    assert default_data_dir() == tmp_path / "x"
    monkeypatch.delenv(ENV_DATA_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    if os.name != "nt":
        assert default_data_dir() == tmp_path / "share" / "disclosure-gui"


def test_the_officers_choice_of_deadline_is_kept_with_the_draft_not_in_the_exchange_file(store, sample):
    sample.meta.agency, sample.meta.agency_kind = "某经济开发区管理委员会", "government"
    sample.meta.county_level = True  # 条例第四十九条: the officer says it reports as a 县级以上地方人民政府
    info = store.create(sample)
    assert store.load(info.id).meta.county_level is True
    report = store.load(info.id)
    report.meta.county_level = None  # back to judging by the name
    store.save(info.id, report, explicit=True)
    assert store.load(info.id).meta.county_level is None
    report.meta.county_level = False
    store.save(info.id, report)
    assert store.load(info.id).meta.county_level is False
    assert "county_level" not in exchange.dumps(store.load(info.id))  # the exchange format is unchanged
    versions = store.history(info.id)
    assert store.load_version(info.id, versions[-1].id).meta.county_level is True  # the first version, as created
    next_year = store.load(store.new_from_last_year(store.load(info.id)).id)
    assert next_year.meta.county_level is False  # carried into next year's draft
