"""Earlier versions of a draft: one JSON file each under ``drafts/<id>/history/``, numbered in the order saved.

``00000042-20261128T100501123456-manual.json`` is the 42nd version of the draft, saved by the user (Ctrl+S) when the
computer's clock said 2026-11-28 10:05:01; ``…-auto.json`` was saved while typing. The order is the number, never
the time: a PC whose clock was set back (to 2009, after a flat CMOS battery) must not make recovery restore an older
version or pruning delete the newest. The next number is one more than the highest in the folder, so it is higher
than every version kept, whatever the clock says. Pruning never removes the newest version and drops the oldest
autosaves first, so what the user saved on purpose is kept longest.

Stores made before the numbering named versions ``<time>-<kind>.json``; :func:`number_versions` renames them (in the
order of their times, the only order they have) when the store's layout is migrated.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.filenames import native_path
from .atomic import atomic_write_bytes, dump_json

STAMP_FORMAT = "%Y%m%dT%H%M%S%f"
_NAME = re.compile(r"(?:(\d{8})-)?(\d{8}T\d{12})-(manual|auto)")


@dataclass(frozen=True)
class Version:
    id: str
    saved: str  # ISO local time, as the computer's clock said
    explicit: bool  # saved by the user (Ctrl+S) rather than autosaved
    sequence: int = 0  # the order of saving; 0 for a version of a store not yet migrated


def stamp() -> str:
    """Sortable, unique, safe in file names on every platform."""
    return datetime.now().strftime(STAMP_FORMAT)


def version_path(folder: Path, version_id: str) -> Path:
    return folder / "history" / f"{version_id}.json"


def _parse(stem: str) -> Version | None:
    match = _NAME.fullmatch(stem)
    if match is None:
        return None
    sequence, when, kind = match.groups()
    try:
        saved = datetime.strptime(when, STAMP_FORMAT).isoformat(timespec="seconds")
    except ValueError:
        return None
    return Version(stem, saved, kind == "manual", int(sequence or 0))


def write_version(folder: Path, doc: dict[str, Any], *, explicit: bool) -> Version:
    """Add a version (atomically), numbered after every version there; raises :class:`~.atomic.WriteError`."""
    Path(native_path(folder / "history")).mkdir(exist_ok=True)
    number_versions(folder)  # a draft back from the trash of an older store
    sequence = max((v.sequence for v in list_versions(folder)), default=0) + 1
    version_id = f"{sequence:08d}-{stamp()}-{'manual' if explicit else 'auto'}"
    atomic_write_bytes(version_path(folder, version_id), dump_json(doc))
    found = _parse(version_id)
    assert found is not None
    return found


def list_versions(folder: Path) -> list[Version]:
    """Newest (highest number) first; files whose names are not versions are ignored."""
    history = Path(native_path(folder / "history"))  # only the names are used
    if not history.is_dir():
        return []
    versions = [v for v in map(_parse, (p.stem for p in history.glob("*.json"))) if v is not None]
    return sorted(versions, key=lambda v: (v.sequence, v.id), reverse=True)


def number_versions(folder: Path) -> int:
    """Give the versions named by time alone (older stores) numbers, in the order of their times, after any numbered
    ones; returns how many were renamed."""
    versions = list_versions(folder)
    unnumbered = sorted((v for v in versions if v.sequence == 0), key=lambda v: v.id)
    start = max((v.sequence for v in versions), default=0)
    for i, version in enumerate(unnumbered, start=start + 1):
        path = version_path(folder, version.id)
        os.rename(native_path(path), native_path(path.with_name(f"{i:08d}-{path.name}")))
    return len(unnumbered)


def prune(folder: Path, cap: int) -> None:
    """Keep at most ``cap`` versions, dropping the oldest autosaves first."""
    versions = list_versions(folder)
    excess = len(versions) - cap
    if excess <= 0:
        return
    oldest_first = list(reversed(versions[1:]))  # the newest version is never pruned
    doomed = [v for v in oldest_first if not v.explicit][:excess]
    if len(doomed) < excess:
        doomed += [v for v in oldest_first if v.explicit][: excess - len(doomed)]
    for v in doomed:
        Path(native_path(version_path(folder, v.id))).unlink(missing_ok=True)
