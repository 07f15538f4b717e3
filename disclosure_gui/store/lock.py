"""One writer per data folder.

An OS file lock (``fcntl.flock`` / ``msvcrt.locking``) is released by the operating system when its
process ends in any way, crash and power cut included, so a lock left by a crashed process is
recovered automatically. The lock file also says who holds it, for the message the second
process shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import time
from pathlib import Path
from typing import IO, Any

from ..core.filenames import native_path

_LOCK_OFFSET = 1 << 20  # Windows locks a byte range; lock one far past the readable owner info


class LockedError(RuntimeError):
    """Internal: the store turns it into a :class:`~.drafts.StoreLockedError` that names the other window."""

    def __init__(self, owner: dict[str, Any]) -> None:
        super().__init__("locked")
        self.owner = owner


def _try_lock(handle: IO[bytes]) -> bool:
    if os.name == "nt":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        with contextlib.suppress(OSError):
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class DataDirLock:
    def __init__(self, folder: Path) -> None:
        self.path = folder / "lock"
        self._handle: IO[bytes] | None = None

    def acquire(self) -> None:
        handle = open(native_path(self.path), "a+b")  # noqa: SIM115 - held open for the lifetime of the lock
        if not _try_lock(handle):
            handle.close()
            raise LockedError(self.owner())
        info = {"pid": os.getpid(), "host": platform.node(), "since": time.strftime("%Y-%m-%d %H:%M")}
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(info, ensure_ascii=False).encode("utf-8"))
        handle.flush()
        self._handle = handle

    def owner(self) -> dict[str, Any]:
        try:
            with open(native_path(self.path), "rb") as f:
                data = json.loads(f.read(4096).decode("utf-8") or "{}")
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def release(self) -> None:
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
