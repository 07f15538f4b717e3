"""Crash logs and the marker strings that must never reach them.

A test feeds :data:`MARKER` into the app as report text, an applicant's name, a file's content and a file's name,
makes the app fail, and then no file under any ``crash-logs/`` folder the run wrote may contain it (the session
fixture in ``tests/conftest.py`` checks every log of the whole run at its end).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

MARKER = "MARKER-机密-7f3a"
# What would betray the marker however it was written: as it is, with its Chinese escaped (\\u673a, repr, JSON),
# or only its ASCII part.
MARKERS = (MARKER, "MARKER-", "7f3a")
SCAN: dict[str, Any] = {}  # the session's result, for the terminal summary


def logs_under(root: Path, since: float | None = None) -> list[Path]:
    """Every file under every ``crash-logs`` folder below ``root`` (written at or after ``since``)."""
    if not root.is_dir():
        return []
    folders = [root] if root.name == "crash-logs" else [*root.glob("crash-logs"), *root.rglob("*/crash-logs")]
    # Resolved, and once each: pytest links "<test>current" to a test's latest folder.
    files = sorted({f.resolve() for folder in folders for f in folder.rglob("*") if f.is_file()})
    return [f for f in files if since is None or f.stat().st_mtime >= since]


def holding_markers(logs: list[Path]) -> list[str]:
    found = []
    for log in logs:
        data = log.read_bytes()
        found += [f"{log}: {m!r}" for m in MARKERS if m.encode("utf-8") in data]
    return found
