"""The drafts store: many reports, history, trash, damage recovery, migrations, one writer.

Every draft is its own TinyDB file (``drafts/<id>/draft.json``), so a save costs in proportion to
one report, not to every report stored. Earlier versions are separate files under
``drafts/<id>/history/``; a version is written on every explicit save and, while typing, at most
every :data:`SNAPSHOT_INTERVAL` seconds, keeping at most :data:`HISTORY_CAP` (older autosaves go first).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.table import Document

from ..core.errors import UserError
from ..core.filenames import listed, native_path
from ..core.format import exchange
from ..core.format.carryover import ReviewMark, next_year_report
from ..core.format.report import Report
from ..core.outputs import os_error_text
from .atomic import AtomicJSONStorage, WriteError, atomic_write_bytes, dump_json, remove_stale_temporaries
from .history import Version, list_versions, number_versions, prune, stamp, version_path, write_version
from .lock import DataDirLock, LockedError
from .paths import default_data_dir
from .recovery import DAMAGE_ERRORS, describe, read_draft_file, read_version_file, shown_time

SCHEMA_VERSION = 2
SNAPSHOT_INTERVAL = 180.0  # seconds between history versions while autosaving
HISTORY_CAP = 100

# schema version N → function that upgrades a draft document from N to N + 1
MIGRATIONS: dict[int, Any] = {1: lambda doc: doc}  # 1 → 2 changed the history's file names, not the document
# schema version N → what changes in a draft's folder from N to N + 1 (after the backup, before the documents)
FOLDER_MIGRATIONS: dict[int, Callable[[Path], object]] = {1: number_versions}
# Beside the report: the officer's answer to 「县级以上地方人民政府?」 where the name cannot tell (条例第四十九条).
# Optional, absent = judged from the name, so every draft stays valid without a migration of its own.
COUNTY_LEVEL_KEY = "county_level"


class StoreError(UserError):
    """Anything about the drafts the user must be told."""


class StoreLockedError(StoreError):
    pass


class StoreTooNewError(StoreError):
    """The data folder was written by a newer version: not even to be viewed by this one."""


@dataclass(frozen=True)
class DraftInfo:
    id: str
    agency: str
    year: int
    agency_kind: str
    created: str  # ISO timestamps, local time
    updated: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "agency": self.agency,
            "year": self.year,
            "agency_kind": self.agency_kind,
            "created": self.created,
            "updated": self.updated,
        }


@dataclass(frozen=True)
class TrashItem:
    id: str
    agency: str
    year: int
    deleted: str


@dataclass
class _DraftState:
    last_snapshot: float = 0.0


def _subfolders(folder: Path) -> list[Path]:
    """The folders in ``folder`` (none when it is missing), named under it as given: messages show normal paths."""
    if not os.path.isdir(native_path(folder)):
        return []
    return sorted(p for p in listed(folder, "*") if os.path.isdir(native_path(p)))


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _storable(report: Report) -> dict[str, Any]:
    """The report as stored, checked against the same limits reading applies: a draft written must read back
    (a 200,000-character paste would otherwise be saved, then taken for damage on the next start)."""
    data = exchange.to_dict(report, allow_blank=True)
    try:
        exchange.from_dict(data, allow_blank=True)
    except exchange.ExchangeError as exc:
        raise StoreError(f"{exc}。请修改后再保存。") from exc
    return data


def _doc_to_report(doc: dict[str, Any]) -> Report:
    report = exchange.from_dict(doc["report"], allow_blank=True)
    level = doc.get(COUNTY_LEVEL_KEY)
    report.meta.county_level = level if isinstance(level, bool) else None
    return report


def _put_report(doc: dict[str, Any], report: Report) -> None:
    """The report into a draft document: the exchange shape, and beside it what that shape does not carry."""
    doc["report"] = _storable(report)
    if report.meta.county_level is None:
        doc.pop(COUNTY_LEVEL_KEY, None)
    else:
        doc[COUNTY_LEVEL_KEY] = report.meta.county_level


class Store:
    """Open with ``with Store(folder) as store:``; ``readonly=True`` never writes and takes no lock."""

    def __init__(self, data_dir: Path | str | None = None, *, readonly: bool = False) -> None:
        self.root = Path(data_dir) if data_dir is not None else default_data_dir()
        self.readonly = readonly
        self.notices: list[str] = []  # what happened that the user must hear about (damaged files…)
        self._lock = DataDirLock(self.root)
        self._mutex = threading.RLock()
        self._state: dict[str, _DraftState] = {}
        self._healed: set[str] = set()  # drafts restored from history by this process
        self._told: set[str] = set()  # damaged drafts a read-only store has told about
        self._open = False

    # ------------------------------------------------------------------ open / close

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        if self.readonly:
            if not os.path.isdir(native_path(self.root)):
                raise StoreError(f"数据文件夹 {self.root} 不存在")
            self._open = True
            return
        try:
            for sub in ("drafts", "trash", "damaged", "backups"):
                os.makedirs(native_path(self.root / sub), exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据文件夹 {self.root}：{os_error_text(exc)}") from exc
        try:
            self._lock.acquire()
        except LockedError as exc:
            owner = exc.owner
            who = (
                f"（进程 {owner.get('pid', '?')}，计算机 {owner.get('host', '?')}，自 {owner.get('since', '?')} 起）"
                if owner
                else ""
            )
            raise StoreLockedError(
                f"数据文件夹 {self.root} 正被另一个年报助手使用{who}。请先关闭另一个窗口；也可以只读方式查看。"
            ) from exc
        except OSError as exc:
            raise StoreError(f"无法锁定数据文件夹 {self.root}：{os_error_text(exc)}") from exc
        self._open = True
        try:
            self._check_schema()
            remove_stale_temporaries(self.root)
            remove_stale_temporaries(self._drafts_dir())
            for folder in self._draft_folders():
                remove_stale_temporaries(folder)
                if os.path.isdir(native_path(folder / "history")):
                    remove_stale_temporaries(folder / "history")
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        self._lock.release()
        self._open = False

    def _require_writable(self) -> None:
        if not self._open:
            raise StoreError("草稿库尚未打开")
        if self.readonly:
            raise StoreError("草稿库以只读方式打开，不能修改")

    # ------------------------------------------------------------------ schema and migrations

    def _meta_db(self) -> TinyDB:
        return TinyDB(self.root / "store.json", storage=AtomicJSONStorage)

    def _check_schema(self) -> None:
        meta_path = self.root / "store.json"
        try:
            db = self._meta_db()
            rows = db.table("store").all()
        except (ValueError, UnicodeDecodeError):
            self._move_aside(meta_path, "草稿库信息文件")
            db, rows = self._meta_db(), []
        version = int(rows[0]["schema_version"]) if rows else None
        if version is None:
            version = SCHEMA_VERSION
            db.table("store").upsert(Document({"schema_version": version}, doc_id=1))
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(
                f"数据文件夹 {self.root} 由较新版本的年报助手创建"
                f"（数据格式第 {version} 版，本程序支持到第 {SCHEMA_VERSION} 版）。"
                "为免损坏数据，本程序不会修改它；请升级年报助手。"
            )
        if version < SCHEMA_VERSION:
            self._migrate(db, version)

    def _migrate(self, db: TinyDB, version: int) -> None:
        backup = self.root / "backups" / f"before-v{version}-to-v{SCHEMA_VERSION}-{stamp()}"
        try:
            shutil.copytree(native_path(self._drafts_dir()), native_path(backup / "drafts"))
            shutil.copy2(native_path(self.root / "store.json"), native_path(backup / "store.json"))
        except OSError as exc:
            raise StoreError(f"升级数据格式前无法备份到 {backup}：{os_error_text(exc)}；数据未作任何修改。") from exc
        for folder in self._draft_folders():
            try:
                for step in range(version, SCHEMA_VERSION):
                    if step in FOLDER_MIGRATIONS:
                        FOLDER_MIGRATIONS[step](folder)
            except OSError as exc:
                raise StoreError(
                    f"升级数据格式时无法改动 {folder}：{os_error_text(exc)}；升级前的备份在 {backup}。"
                ) from exc
            try:
                doc = read_draft_file(folder / "draft.json", validate=False)
            except DAMAGE_ERRORS:
                continue  # damaged drafts are dealt with (moved aside) when opened
            for step in range(int(doc.get("schema_version", version)), SCHEMA_VERSION):
                doc = MIGRATIONS[step](doc)
                doc["schema_version"] = step + 1
            self._write_doc(folder, doc)
        db.table("store").upsert(Document({"schema_version": SCHEMA_VERSION}, doc_id=1))
        self.notices.append(f"数据格式已从第 {version} 版升级到第 {SCHEMA_VERSION} 版；升级前的备份在 {backup}")

    # ------------------------------------------------------------------ low-level draft files

    def _drafts_dir(self) -> Path:
        return self.root / "drafts"

    def _draft_folders(self) -> list[Path]:
        return _subfolders(self._drafts_dir())

    def _folder(self, draft_id: str) -> Path:
        folder = self._drafts_dir() / draft_id
        if not draft_id or "/" in draft_id or "\\" in draft_id or not self._is_draft_folder(folder):
            raise StoreError(f"找不到草稿 {draft_id}（可能已被删除）")
        return folder

    @staticmethod
    def _is_draft_folder(folder: Path) -> bool:
        """A draft file, or (when it went missing) history to restore it from."""
        history = folder / "history"
        return os.path.isfile(native_path(folder / "draft.json")) or bool(
            os.path.isdir(native_path(history)) and listed(history, "*.json")
        )

    def _read_doc(self, folder: Path) -> dict[str, Any]:
        return read_draft_file(folder / "draft.json")

    def _write_doc(self, folder: Path, doc: dict[str, Any]) -> None:
        # The TinyDB layout written in one atomic write: TinyDB's own upsert first writes an empty table
        # into a new file, and a crash between its two writes would leave a draft without its report.
        try:
            atomic_write_bytes(folder / "draft.json", dump_json({"draft": {"1": doc}}))
        except WriteError as exc:
            raise StoreError(exc.message) from exc

    def _damaged_target(self, path: Path) -> Path:
        return self.root / "damaged" / f"{path.parent.name}-{path.name}-{stamp()}"

    def _move_aside(self, path: Path, what: str) -> Path:
        target = self._damaged_target(path)
        os.makedirs(native_path(target.parent), exist_ok=True)
        shutil.move(native_path(path), native_path(target))
        self.notices.append(f"{what} {path} 已损坏，无法读取；已移到 {target}（没有删除）。")
        return target

    def _load_doc(self, folder: Path) -> dict[str, Any]:
        """Read a draft, healing it first if damaged (see :meth:`_heal`)."""
        doc = self._load_or_heal(folder)
        if doc is None:
            raise StoreError(f"找不到草稿 {folder.name}（已损坏，且没有可用的历史版本；已移到 damaged 文件夹）")
        return doc

    def _load_or_heal(self, folder: Path) -> dict[str, Any] | None:
        try:
            return self._upgrade(self._read_doc(folder))
        except DAMAGE_ERRORS:
            pass
        if not self._is_draft_folder(folder):
            return None
        return self._heal(folder)

    def _heal(self, folder: Path) -> dict[str, Any] | None:
        """A damaged draft: move its file to damaged/ and make the newest good history version current.

        With no good version the whole draft folder goes to damaged/. A read-only store moves nothing and
        shows the good version (it is not the writer); every case is told to the user once.
        """
        draft_file = folder / "draft.json"
        found = None
        for version in self._versions(folder):
            try:
                found = version, self._upgrade(read_version_file(version_path(folder, version.id)))
                break
            except DAMAGE_ERRORS:
                continue
        what = describe(found[1]) if found else f"（文件夹 {folder.name}）"
        state = "缺失" if not os.path.exists(native_path(draft_file)) else "已损坏"
        if self.readonly:
            if folder.name not in self._told:
                self._told.add(folder.name)
                restored = f"现显示 {shown_time(found[0].saved)} 保存的版本" if found else "没有可用的历史版本"
                self.notices.append(
                    f"草稿{what}的文件{state}；{restored}。数据文件夹以只读方式打开，"
                    "未作修复：关闭另一个窗口后再打开即可自动修复。"
                )
            return found[1] if found else None
        try:
            if not found:
                target = self._damaged_target(folder)
                shutil.move(native_path(folder), native_path(target))
                self.notices.append(f"草稿{what}的文件{state}，且没有可用的历史版本；已整个移到 {target}（没有删除）。")
                return None
            moved = ""
            if os.path.exists(native_path(draft_file)):
                target = self._damaged_target(draft_file)
                shutil.move(native_path(draft_file), native_path(target))
                moved = f"损坏的文件已移到 {target}（没有删除），"
            version, doc = found
            self._write_doc(folder, doc)
        except (OSError, StoreError) as exc:  # e.g. a data folder on a disk that just became read-only
            reason = exc.message if isinstance(exc, StoreError) else os_error_text(exc)
            if found is None:
                raise StoreError(f"草稿{what}的文件{state}，且没有可用的历史版本；无法移走它：{reason}") from exc
            if folder.name not in self._told:
                self._told.add(folder.name)
                self.notices.append(
                    f"草稿{what}的文件{state}，现显示 {shown_time(found[0].saved)} 保存的版本；"
                    f"但无法修复（{reason}），此版本暂时不能保存。"
                )
            return found[1]
        self._healed.add(folder.name)
        self.notices.append(
            f"草稿{what}的文件{state}：{moved}已恢复为 {shown_time(version.saved)} 保存的版本。"
            "此后的修改没能恢复，请核对。"
        )
        return doc

    def _upgrade(self, doc: dict[str, Any]) -> dict[str, Any]:
        version = int(doc.get("schema_version", SCHEMA_VERSION))
        if version > SCHEMA_VERSION:
            raise StoreError("该草稿由较新版本的年报助手保存，请升级年报助手后再打开")
        for step in range(version, SCHEMA_VERSION):
            doc = MIGRATIONS[step](doc)
            doc["schema_version"] = step + 1
        return doc

    # ------------------------------------------------------------------ listing

    def list_drafts(self) -> list[DraftInfo]:
        """Every draft, newest first; damaged drafts are healed first (see :meth:`_heal`)."""
        out = []
        with self._mutex:
            for folder in self._draft_folders():
                try:
                    doc = self._load_or_heal(folder)
                except StoreError as exc:
                    self.notices.append(exc.message)
                    continue
                if doc is None:
                    continue
                meta = doc["report"]["meta"]
                out.append(
                    DraftInfo(
                        folder.name,
                        meta["agency"],
                        int(meta["year"]),
                        meta["agency_kind"],
                        doc["created"],
                        doc["updated"],
                    )
                )
        return sorted(out, key=lambda d: d.updated, reverse=True)

    def find(self, agency: str, year: int) -> DraftInfo | None:
        agency = agency.strip()
        return next((d for d in self.list_drafts() if d.agency == agency and d.year == year), None)

    def info(self, draft_id: str) -> DraftInfo:
        for d in self.list_drafts():
            if d.id == draft_id:
                return d
        raise StoreError(f"找不到草稿 {draft_id}（可能已被删除）")

    # ------------------------------------------------------------------ create / load / save

    def create(
        self,
        report: Report,
        *,
        review_marks: list[ReviewMark] | None = None,
        replace: bool = False,
        replace_healed: bool = False,
    ) -> DraftInfo:
        """Store a new draft. A draft for the same agency and year is refused unless ``replace``.

        ``replace_healed``: a draft just restored from history after damage is replaced (importing a report
        again is how users repair a draft they saw broken).
        """
        self._require_writable()
        with self._mutex:
            existing = self.find(report.meta.agency, report.meta.year)
            if existing and replace_healed and existing.id in self._healed and not replace:
                self.notices.append(
                    f"已用导入的报告替换刚恢复的草稿“{existing.agency}”{existing.year}年（恢复的版本保留在历史版本中）。"
                )
                replace = True
            if existing and not replace:
                raise StoreError(
                    f"已有“{report.meta.agency}”{report.meta.year}年的草稿；如要覆盖，请先删除它或选择替换。"
                )
            if existing and replace:  # what is replaced stays in the history, as the window and CLI promise
                folder = self._folder(existing.id)
                self._snapshot(folder, self._load_doc(folder), explicit=True)
                self.save(existing.id, report, explicit=True)
                return self.info(existing.id)
            draft_id = f"{report.meta.year}-{secrets.token_hex(6)}"
            folder = self._drafts_dir() / draft_id
            try:
                os.makedirs(native_path(folder / "history"))
            except OSError as exc:
                raise StoreError(f"无法在 {self._drafts_dir()} 中创建草稿：{os_error_text(exc)}") from exc
            now = _now()
            doc = {
                "schema_version": SCHEMA_VERSION,
                "created": now,
                "updated": now,
                "review_marks": [m.to_json() for m in review_marks or []],
            }
            _put_report(doc, report)
            try:  # all or nothing: a draft the user was told failed must not appear later
                self._write_doc(folder, doc)
                self._snapshot(folder, doc, explicit=True)
            except StoreError:
                shutil.rmtree(native_path(folder), ignore_errors=True)
                raise
            return self.info(draft_id)

    def new_report(self, agency: str, year: int, agency_kind: str = "department") -> DraftInfo:
        agency = agency.strip()
        if not agency:
            raise StoreError("单位名称不能为空")
        return self.create(Report.new(agency, year, agency_kind))

    def new_from_last_year(self, last: Report, year: int | None = None) -> DraftInfo:
        """The draft of ``year`` (default: the year after ``last``'s) from ``last``: carry-overs set, texts copied
        with their years, dates and figures marked for review."""
        report, marks = next_year_report(last, year)
        return self.create(report, review_marks=marks)

    def load(self, draft_id: str) -> Report:
        with self._mutex:
            return _doc_to_report(self._load_doc(self._folder(draft_id)))

    def review_marks(self, draft_id: str) -> list[ReviewMark]:
        with self._mutex:
            doc = self._load_doc(self._folder(draft_id))
            return [ReviewMark.from_json(m) for m in doc.get("review_marks", [])]

    def set_review_marks(self, draft_id: str, marks: list[ReviewMark]) -> None:
        self._require_writable()
        with self._mutex:
            folder = self._folder(draft_id)
            doc = self._load_doc(folder)
            doc["review_marks"] = [m.to_json() for m in marks]
            self._write_doc(folder, doc)

    def save(self, draft_id: str, report: Report, *, explicit: bool = False) -> str:
        """Write the draft (durably, atomically) and return the time saved (ISO).

        ``explicit`` (the user pressed 保存) always records a history version; autosaves record one at
        most every :data:`SNAPSHOT_INTERVAL` seconds.
        """
        self._require_writable()
        with self._mutex:
            folder = self._folder(draft_id)
            doc = self._load_doc(folder)
            stored = doc["report"]["meta"]
            renamed = (stored["agency"], stored["year"]) != (report.meta.agency, report.meta.year)
            other = self.find(report.meta.agency, report.meta.year) if renamed else None
            if other is not None and other.id != draft_id:
                raise StoreError(
                    f"已有“{report.meta.agency}”{report.meta.year}年的另一份草稿，不能改成相同的单位和年度。"
                )
            _put_report(doc, report)
            doc["updated"] = _now()
            self._write_doc(folder, doc)
            state = self._state.setdefault(draft_id, _DraftState())
            if explicit or time.monotonic() - state.last_snapshot >= SNAPSHOT_INTERVAL:
                self._snapshot(folder, doc, explicit=explicit)
            return str(doc["updated"])

    # ------------------------------------------------------------------ history

    def _snapshot(self, folder: Path, doc: dict[str, Any], *, explicit: bool) -> None:
        try:
            write_version(folder, doc, explicit=explicit)
        except WriteError as exc:
            raise StoreError(exc.message) from exc
        self._state.setdefault(folder.name, _DraftState()).last_snapshot = time.monotonic()
        prune(folder, HISTORY_CAP)

    def _versions(self, folder: Path) -> list[Version]:
        return list_versions(folder)

    def history(self, draft_id: str) -> list[Version]:
        """Earlier versions, newest first."""
        with self._mutex:
            return self._versions(self._folder(draft_id))

    def load_version(self, draft_id: str, version_id: str) -> Report:
        with self._mutex:
            path = version_path(self._folder(draft_id), version_id)
            try:
                doc = json.loads(Path(native_path(path)).read_bytes().decode("utf-8"))
                return _doc_to_report(self._upgrade(doc))
            except FileNotFoundError as exc:
                raise StoreError(f"找不到历史版本 {version_id}") from exc
            except (ValueError, KeyError, TypeError, UnicodeDecodeError, exchange.ExchangeError) as exc:
                raise StoreError(f"历史版本 {version_id} 已损坏，无法恢复") from exc

    def restore_version(self, draft_id: str, version_id: str) -> Report:
        """Make an earlier version current; what was current is kept as a version first."""
        self._require_writable()
        with self._mutex:
            old = self.load_version(draft_id, version_id)
            folder = self._folder(draft_id)
            self._snapshot(folder, self._load_doc(folder), explicit=True)
            self.save(draft_id, old, explicit=False)
            return old

    # ------------------------------------------------------------------ duplicate / rename / trash

    def duplicate(self, draft_id: str, agency: str, year: int) -> DraftInfo:
        report = self.load(draft_id)
        report.meta.agency = agency.strip()
        report.meta.year = year
        return self.create(report)

    def rename(self, draft_id: str, agency: str, year: int | None = None) -> DraftInfo:
        self._require_writable()
        agency = agency.strip()
        if not agency:
            raise StoreError("单位名称不能为空")
        with self._mutex:
            report = self.load(draft_id)
            report.meta.agency = agency
            if year is not None:
                report.meta.year = year
            self.save(draft_id, report, explicit=True)
            return self.info(draft_id)

    def delete(self, draft_id: str) -> str:
        """Move a draft to the trash; returns the trash id."""
        self._require_writable()
        with self._mutex:
            folder = self._folder(draft_id)
            trash_id = f"{draft_id}-{stamp()}"
            try:
                os.rename(native_path(folder), native_path(self.root / "trash" / trash_id))
            except OSError as exc:
                raise StoreError(f"无法删除草稿：{os_error_text(exc)}") from exc
            return trash_id

    def list_trash(self) -> list[TrashItem]:
        out = []
        for folder in _subfolders(self.root / "trash"):
            try:
                doc = self._read_doc(folder)
                meta = doc["report"]["meta"]
            except DAMAGE_ERRORS:
                continue
            deleted = datetime.strptime(folder.name.rsplit("-", 1)[1], "%Y%m%dT%H%M%S%f").isoformat(timespec="seconds")
            out.append(TrashItem(folder.name, meta["agency"], int(meta["year"]), deleted))
        return sorted(out, key=lambda t: t.deleted, reverse=True)

    def restore_from_trash(self, trash_id: str) -> DraftInfo:
        self._require_writable()
        with self._mutex:
            source = self.root / "trash" / trash_id
            if not os.path.isfile(native_path(source / "draft.json")):
                raise StoreError(f"回收站中找不到 {trash_id}")
            try:
                meta = self._read_doc(source)["report"]["meta"]
            except DAMAGE_ERRORS as exc:
                raise StoreError(f"回收站中的 {trash_id} 已损坏，无法恢复（文件保留在回收站中）") from exc
            if self.find(meta["agency"], int(meta["year"])):
                raise StoreError(f"已有“{meta['agency']}”{meta['year']}年的草稿；请先改名或删除它，再从回收站恢复。")
            draft_id = trash_id.rsplit("-", 1)[0]
            target = self._drafts_dir() / draft_id
            if os.path.exists(native_path(target)):
                draft_id = f"{draft_id}-{secrets.token_hex(3)}"
                target = self._drafts_dir() / draft_id
            os.rename(native_path(source), native_path(target))
            return self.info(draft_id)

    def empty_trash(self) -> int:
        self._require_writable()
        items = _subfolders(self.root / "trash")
        for p in items:
            shutil.rmtree(native_path(p), ignore_errors=True)
        return len(items)

    # ------------------------------------------------------------------ exchange files

    def import_file(self, path: Path | str, *, replace: bool = False) -> DraftInfo:
        """Import an exchange file. A file that fails validation changes nothing."""
        try:
            report = exchange.load(path)
        except exchange.ExchangeError as exc:
            raise StoreError(f"{path}：{exc}") from exc
        return self.create(report, replace=replace, replace_healed=True)
