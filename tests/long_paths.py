"""A folder that stands for a long one on Windows, on any system.

On Windows with the default policy a path of 260 characters or more cannot be opened as it is written, only in its
extended-length form (``\\\\?\\C:\\…``, :func:`disclosure_gui.core.filenames.native_path`). Here the folder's normal
path runs through a regular file, so the system refuses every use of it (``NotADirectoryError``, even to root), while
its native form — the same text behind the prefix ``\\\\?\\``, a relative path on POSIX — leads to a real folder
below the current one. Code that hands the system a path without :func:`native_path` fails as it would on Windows;
a message that shows the native form is caught by looking for the prefix.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from disclosure_gui.core import filenames
from disclosure_gui.core.filenames import EXTENDED


@dataclass
class LongFolder:
    normal: Path  # what the user chose, as messages must show it
    calls: list[str] = field(default_factory=list)  # every path native_path was asked for inside it

    def real(self, path: Path) -> Path:
        """Where the test itself puts or finds ``path`` (below the current folder)."""
        return Path(EXTENDED + str(path))

    def put(self, name: str, data: bytes) -> Path:
        """A file the user has in the folder; returns its normal path."""
        path = self.normal / name
        self.real(path).parent.mkdir(parents=True, exist_ok=True)
        self.real(path).write_bytes(data)
        return path


def long_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LongFolder:
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"")
    folder = LongFolder(blocker / "政府信息公开 长路径")
    monkeypatch.chdir(tmp_path)
    folder.real(folder.normal).mkdir(parents=True)
    inside = str(folder.normal)

    def to_native(path: str) -> str:
        if path == inside or path.startswith(inside + os.sep):
            folder.calls.append(path)
            return EXTENDED + path
        return path

    monkeypatch.setattr(filenames, "_to_native", to_native)
    return folder
