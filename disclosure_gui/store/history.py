"""Earlier versions of a draft: one JSON file each under ``drafts/<id>/history/``, named by time and kind.

``20261128T100501123456-manual.json`` was saved by the user (Ctrl+S), ``…-auto.json`` while typing. Pruning
drops the oldest autosaves first, so what the user saved on purpose is kept longest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from .atomic import atomic_write_bytes, dump_json

STAMP_FORMAT = "%Y%m%dT%H%M%S%f"


@dataclass(frozen=True)
class Version:
    id: str
    saved: str  # ISO local time
    explicit: bool  # saved by the user (Ctrl+S) rather than autosaved


def stamp() -> str:
    """Sortable, unique, safe in file names on every platform."""
    return datetime.now().strftime(STAMP_FORMAT)


def version_path(folder: Path, version_id: str) -> Path:
    return folder / "history" / f"{version_id}.json"


def write_version(folder: Path, doc: dict[str, Any], *, explicit: bool) -> None:
    """Add a version (atomically); raises :class:`~.atomic.WriteError` with the user's message."""
    (folder / "history").mkdir(exist_ok=True)
    atomic_write_bytes(version_path(folder, f"{stamp()}-{'manual' if explicit else 'auto'}"), dump_json(doc))


def list_versions(folder: Path) -> list[Version]:
    """Newest first; files whose names are not versions are ignored."""
    history = folder / "history"
    if not history.is_dir():
        return []
    out = []
    for path in history.glob("*.json"):
        when, _, kind = path.stem.partition("-")
        try:
            saved = datetime.strptime(when, STAMP_FORMAT).isoformat(timespec="seconds")
        except ValueError:
            continue
        out.append(Version(path.stem, saved, kind == "manual"))
    return sorted(out, key=lambda v: v.id, reverse=True)


def prune(folder: Path, cap: int) -> None:
    """Keep at most ``cap`` versions, dropping the oldest autosaves first."""
    versions = list_versions(folder)
    excess = len(versions) - cap
    if excess <= 0:
        return
    oldest_first = list(reversed(versions))
    doomed = [v for v in oldest_first if not v.explicit][:excess]
    if len(doomed) < excess:
        doomed += [v for v in oldest_first if v.explicit][: excess - len(doomed)]
    for v in doomed:
        version_path(folder, v.id).unlink(missing_ok=True)
