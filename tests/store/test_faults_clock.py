"""A clock set back (issue #29, case 5): a PC after a flat CMOS battery says 2009. History is ordered by the order of
saving, kept in the store, never by the time in the file names: recovery restores the version saved last, pruning
never deletes it, and the history of a store made before the numbering is numbered once, after a backup."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from disclosure_gui.store import Store, drafts, history


def set_clock(monkeypatch: pytest.MonkeyPatch, when: datetime) -> None:
    class Clock(datetime):
        @classmethod
        def now(cls, tz: object = None) -> Clock:  # type: ignore[override]
            return cls.fromisoformat(when.isoformat())

    monkeypatch.setattr(history, "datetime", Clock)
    monkeypatch.setattr(drafts, "datetime", Clock)


def _saves_across_a_clock_set_back(root: Path, sample, monkeypatch) -> str:
    """Three explicit saves: 2026, 2026, then with the clock at 2009 — the last one is the newest work."""
    set_clock(monkeypatch, datetime(2026, 11, 28, 10, 0))
    with Store(root) as store:
        info = store.create(sample)
        sample.texts["other.other"] = "2026年的修改"
        store.save(info.id, sample, explicit=True)
        set_clock(monkeypatch, datetime(2009, 1, 1, 8, 0))
        sample.texts["other.other"] = "时钟回拨后的修改"
        store.save(info.id, sample, explicit=True)
    return info.id


def test_recovery_restores_the_version_saved_last_whatever_the_clock_said(tmp_path, sample, monkeypatch):
    draft_id = _saves_across_a_clock_set_back(tmp_path, sample, monkeypatch)
    (tmp_path / "drafts" / draft_id / "draft.json").write_bytes(b'{"draft": {"1": ')
    with Store(tmp_path) as store:
        assert store.load(draft_id).texts["other.other"] == "时钟回拨后的修改"
        assert any("已恢复为 2009-01-01 08:00:00 保存的版本" in n for n in store.notices)
        assert [v.saved[:4] for v in store.history(draft_id)] == ["2009", "2026", "2026"]


def test_pruning_never_deletes_the_newest_work(tmp_path, sample, monkeypatch):
    draft_id = _saves_across_a_clock_set_back(tmp_path, sample, monkeypatch)
    monkeypatch.setattr(drafts, "HISTORY_CAP", 2)
    set_clock(monkeypatch, datetime(2009, 1, 1, 9, 0))
    with Store(tmp_path) as store:
        sample.texts["other.other"] = "再改一次"
        store.save(draft_id, sample, explicit=True)
        kept = store.history(draft_id)
        assert [store.load_version(draft_id, v.id).texts["other.other"] for v in kept] == [
            "再改一次",
            "时钟回拨后的修改",
        ]


def test_the_history_of_an_older_store_is_numbered_in_its_order_after_a_backup(tmp_path, sample, monkeypatch):
    set_clock(monkeypatch, datetime(2025, 6, 1, 12, 0))
    with Store(tmp_path) as store:
        info = store.create(sample)
        for i in range(3):
            set_clock(monkeypatch, datetime(2025, 6, 1, 12, i + 1))
            sample.texts["other.other"] = f"第 {i + 1} 次修改"
            store.save(info.id, sample, explicit=True)
    # Make it the store an older version left: schema 1, versions named by time alone.
    folder = tmp_path / "drafts" / info.id
    for path in (folder / "history").iterdir():
        path.rename(path.with_name(path.name.split("-", 1)[1]))
    (tmp_path / "store.json").write_text(json.dumps({"store": {"1": {"schema_version": 1}}}), encoding="utf-8")
    old_names = sorted(p.name for p in (folder / "history").iterdir())
    with Store(tmp_path) as store:
        assert any("已从第 1 版升级到第 2 版" in n for n in store.notices)
        versions = store.history(info.id)
        assert [v.sequence for v in versions] == [4, 3, 2, 1]
        assert [store.load_version(info.id, v.id).texts["other.other"] for v in versions[:3]] == [
            "第 3 次修改",
            "第 2 次修改",
            "第 1 次修改",
        ]
        sample.texts["other.other"] = "升级后的修改"
        store.save(info.id, sample, explicit=True)
        assert store.history(info.id)[0].sequence == 5
    backup = next((tmp_path / "backups").iterdir())
    assert sorted(p.name for p in (backup / "drafts" / info.id / "history").iterdir()) == old_names
