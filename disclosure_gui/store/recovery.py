"""Telling a good draft file from a damaged one, and finding the newest good history version.

A draft file is damaged when it cannot be read as UTF-8 JSON, lacks the draft document, or holds a
report that no longer validates (someone edited it by hand, a sync tool merged it, a disk lost a block).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from ..core.filenames import native_path
from ..core.format import exchange

# Everything reading a damaged file may raise; an OSError means the file could not be read at all.
DAMAGE_ERRORS = (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError, exchange.ExchangeError)


def check_doc(doc: Any) -> dict[str, Any]:
    """``doc`` if it is a usable draft document; raises one of :data:`DAMAGE_ERRORS` otherwise."""
    if not isinstance(doc, dict) or not isinstance(doc.get("report"), dict):
        raise ValueError("draft document without a report")
    exchange.from_dict(doc["report"], allow_blank=True)
    for key in ("created", "updated"):
        if not isinstance(doc.get(key), str):
            raise ValueError(f"draft document without {key}")
    return doc


def read_draft_file(path: Path, *, validate: bool = True) -> dict[str, Any]:
    """The draft document in a TinyDB draft file; raises one of :data:`DAMAGE_ERRORS` if damaged or missing.

    ``validate=False`` (migrations) only checks the layout: an older report format is what is being upgraded.
    """
    data = json.loads(Path(native_path(path)).read_bytes().decode("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("draft"), dict):
        raise ValueError("not a draft file")
    doc = data["draft"]["1"]
    if not validate:
        if not isinstance(doc, dict) or "report" not in doc:
            raise ValueError("draft document without a report")
        return doc
    return check_doc(doc)


def read_version_file(path: Path) -> dict[str, Any]:
    return check_doc(json.loads(Path(native_path(path)).read_bytes().decode("utf-8")))


def shown_time(iso: str) -> str:
    """「2026-11-28 10:05:01」 from an ISO time, as the user reads it."""
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso


def describe(doc: dict[str, Any]) -> str:
    """「“山亭区科技局”2023年」 for the messages."""
    meta = doc["report"]["meta"]
    return f"“{meta['agency']}”{meta['year']}年"
