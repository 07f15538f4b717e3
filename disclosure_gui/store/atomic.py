"""Crash-safe file writes, and a TinyDB storage that uses them.

TinyDB's stock JSONStorage truncates and rewrites its file in place: a crash or power cut in the
middle leaves a broken file. Here every write goes to a temporary file in the same folder, is
flushed and fsynced, atomically replaces the old file, and the folder is fsynced so the rename
itself survives a power cut. A reader therefore sees either the old or the new file, never half.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os  # tests simulate disk faults through atomic.os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from ..core.errors import UserError
from ..core.filenames import json_safe, native_path
from ..core.outputs import TMP_PREFIX, TMP_SUFFIX, bytes_writer, os_error_text, replace_atomically

OLD_TMP_PREFIX = ".tmp-"  # what versions before the shared writer left behind


class WriteError(UserError, OSError):
    """A write that failed and left the previous file intact (still an OSError to code that catches those)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


def explain_os_error(exc: OSError, path: Path) -> str:
    """A Chinese explanation of why writing ``path`` in the data folder failed."""
    folder = path.parent
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"磁盘空间已满，无法保存到 {folder}。之前保存的内容完好；请清理磁盘空间后再保存。"
    if exc.errno in (errno.EROFS,) or isinstance(exc, PermissionError):
        return f"数据文件夹 {folder} 是只读的或没有写入权限。之前保存的内容完好；请换一个可写的文件夹（--data-dir）。"
    return f"无法写入 {path}：{os_error_text(exc)}。之前保存的内容完好。"


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new content."""
    try:
        replace_atomically(path, bytes_writer(data))
    except OSError as exc:
        raise WriteError(path, explain_os_error(exc, path)) from exc


def dump_json(data: Any) -> bytes:
    """Compact JSON; a text holding undecodable file-name bytes is stored with them as escapes (never a failed save)."""
    return json_safe(json.dumps(data, ensure_ascii=False, separators=(",", ":"))).encode("utf-8")


def remove_stale_temporaries(folder: Path) -> None:
    """In the data folder (whose lock this process holds) every temporary file is a crash's leftover."""
    for pattern in (f"{OLD_TMP_PREFIX}*", f"{TMP_PREFIX}*{TMP_SUFFIX}"):
        for tmp in Path(native_path(folder)).glob(pattern):  # never shown: native paths
            with contextlib.suppress(OSError):
                tmp.unlink()


class AtomicJSONStorage(Storage):
    """TinyDB storage: JSON in one file, written atomically; reading a damaged file raises."""

    def __init__(self, path: str | Path, create_dirs: bool = False) -> None:
        self.path = Path(path)
        if create_dirs:
            os.makedirs(native_path(self.path.parent), exist_ok=True)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = Path(native_path(self.path)).read_bytes()
        except FileNotFoundError:
            return None
        if not raw:
            return None
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a TinyDB document")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_bytes(self.path, dump_json(data))

    def close(self) -> None:
        pass
