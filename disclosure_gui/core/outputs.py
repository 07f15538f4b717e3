"""The one writer for every file the app writes: exports, exchange files, summaries, status files, drafts.

A file is written to a temporary file in the target's folder, flushed and fsynced, then renamed over the
target, and the folder is fsynced: a crash, a kill or a full disk leaves either the previous file or the
new one, never half of one. The temporary file is created with the normal permissions (0666 less the
umask, or the mode of the file it replaces), not the 0600 of :func:`tempfile.mkstemp`. Temporary files
left behind by a killed process are removed on the next write into the same folder. Writing over one
of the files the output is made from is refused. :func:`read_json` reads the app's own JSON files back.
Every path goes to the system in its native form (:func:`.filenames.native_path`: a long path on Windows) and into
messages as it was given.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import secrets
import stat
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from .errors import UserError
from .filenames import encode, json_safe, native_path

TMP_PREFIX, TMP_SUFFIX = ".out-", ".tmp"
STALE_AFTER = 3600.0  # seconds: no export takes an hour, so an older temporary file is an orphan


class OutputError(UserError):
    """An output that could not be written; the message says what and where."""


FORBIDDEN_IN_NAMES = '<>:"/\\|?*'
MAX_NAME = 120  # characters of a proposed file name before its suffix (Windows paths stay well under 260)


def file_name(text: str, fallback: str = "report") -> str:
    """``text`` (a unit's name, a report's title) as a file name on every system: characters Windows forbids and
    control characters become 「_」, no trailing dots or spaces, not too long."""
    safe = "".join("_" if ch in FORBIDDEN_IN_NAMES or ord(ch) < 32 else ch for ch in text)
    safe = safe.strip().rstrip(". ")[:MAX_NAME].strip()
    return safe or fallback


_ERRNO_TEXT = {
    errno.EACCES: "没有权限（文件或文件夹不允许写入，或文件正被其他程序打开）",
    errno.EPERM: "没有权限（操作不被允许）",
    errno.ENOSPC: "磁盘空间已满",
    errno.EROFS: "磁盘或文件夹是只读的",
    errno.ENOENT: "找不到该文件或文件夹",
    errno.ENOTDIR: "路径中的某一级不是文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.EEXIST: "文件已存在",
    errno.EBUSY: "文件正被其他程序使用",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EIO: "读写磁盘时出错（磁盘或U盘可能有故障，或已被拔出）",
    errno.EMFILE: "同时打开的文件太多",
    errno.EINVAL: "文件名无效（可能含有不允许的字符）",
    errno.EFBIG: "文件超过了磁盘允许的大小（FAT 格式的U盘每个文件最大 4 GB）或磁盘已满",
}
for _name, _text in (("EDQUOT", "磁盘配额已用完"), ("ETXTBSY", "文件正被其他程序使用")):
    if hasattr(errno, _name):
        _ERRNO_TEXT[getattr(errno, _name)] = _text


def os_error_text(exc: OSError) -> str:
    """Why a file operation failed, in Chinese (the system's own text is English on many machines)."""
    if exc.errno in _ERRNO_TEXT:
        return _ERRNO_TEXT[exc.errno]
    if isinstance(exc, PermissionError):
        return _ERRNO_TEXT[errno.EACCES]
    if isinstance(exc, FileNotFoundError):
        return _ERRNO_TEXT[errno.ENOENT]
    return f"系统错误（错误码 {exc.errno}）" if exc.errno else "系统错误"


def same_file(a: Path | str, b: Path | str) -> bool:
    """True when ``a`` and ``b`` name one file (also through links, ``..`` or letter case on Windows)."""
    try:
        return os.path.samefile(native_path(a), native_path(b))
    except OSError:
        return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def refuse_overwriting(out: Path | str, inputs: Iterable[Path | str | None]) -> str | None:
    """A message if ``out`` is one of ``inputs``, else None."""
    for source in inputs:
        if source is not None and same_file(out, source):
            return f"不能把结果写到 {out}：它就是要读取的文件，写入会覆盖它。请换一个文件名。"
    return None


def _pid_alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows; rely on age there
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_temporaries(folder: Path) -> None:
    """Temporary files of a writer that was killed: their process is gone, or they are over an hour old."""
    try:
        candidates = list(Path(native_path(folder)).glob(f"{TMP_PREFIX}*{TMP_SUFFIX}"))  # never shown: native paths
    except OSError:
        return
    for tmp in candidates:
        pid_text = tmp.name[len(TMP_PREFIX) :].split("-", 1)[0]
        with contextlib.suppress(OSError):
            old = time.time() - tmp.stat().st_mtime > STALE_AFTER
            if old or not pid_text.isdigit() or (int(pid_text) != os.getpid() and not _pid_alive(int(pid_text))):
                tmp.unlink()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Windows has no directory handles to fsync; it is a no-op there."""
    if os.name == "nt":
        return
    fd = os.open(native_path(folder), os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:  # some file systems (e.g. certain FUSE/FAT mounts) refuse; the data is still written
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def replace_atomically(out: Path, write: Callable[[str], None]) -> None:
    """Call ``write(temporary_path)`` in ``out``'s folder, then move the result over ``out``.

    ``write`` gets the temporary file's native path (:func:`.filenames.native_path`), for opening, never for a message.
    Raises the :class:`OSError` as it came (callers explain it); the temporary file never survives a failure.
    """
    folder = out.parent if str(out.parent) else Path(".")
    remove_stale_temporaries(folder)
    tmp = native_path(folder / f"{TMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}{TMP_SUFFIX}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        if os.name != "nt":
            with contextlib.suppress(OSError):  # keep the mode the user gave the file being replaced
                os.fchmod(fd, stat.S_IMODE(os.stat(native_path(out)).st_mode))
        os.close(fd)
        fd = -1
        write(tmp)
        fd = os.open(tmp, os.O_RDWR | getattr(os, "O_BINARY", 0))
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, native_path(out))
        fsync_dir(folder)
    except BaseException:
        if fd >= 0:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def bytes_writer(data: bytes) -> Callable[[str], None]:
    """A ``write`` for :func:`replace_atomically` that puts ``data`` into the temporary file."""

    def write(path: str) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_BINARY", 0))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
        finally:
            os.close(fd)

    return write


def write_output(
    out: Path | str,
    write: Callable[[str], None],
    error: type[OutputError] = OutputError,
    *,
    inputs: Iterable[Path | str | None] = (),
) -> None:
    """Write ``out`` atomically through ``write(temporary_path)``; failures become ``error`` with a Chinese message."""
    out = Path(out)
    refused = refuse_overwriting(out, inputs)
    if refused:
        raise error(refused)
    folder = out.parent if str(out.parent) else Path(".")
    if not os.path.isdir(native_path(folder)):
        raise error(f"无法在 {folder} 中写入文件：文件夹不存在")
    try:
        replace_atomically(out, write)
    except OSError as exc:
        reason = os_error_text(exc)
        if isinstance(exc, PermissionError) and os.path.exists(native_path(out)):
            reason += "。如果文件正在 PDF 阅读器、Word 或 WPS 中打开，请关闭后重试"
        raise error(f"无法写入 {out}：{reason}。原有的文件没有改动。") from exc


def write_rendered(
    out: Path | str,
    render: Callable[[BinaryIO], None],
    error: type[OutputError] = OutputError,
    *,
    inputs: Iterable[Path | str | None] = (),
) -> None:
    """Write what ``render(stream)`` makes (a Word or Excel file: a zip written by a library) into memory first,
    then to disk like any bytes: a disk that fills up or a FAT stick's size limit fails in this module's own
    write, with its Chinese message, and never inside the library — whose half-written zip would otherwise report
    the failure a second time when Python collects it (``Exception ignored in: ZipFile.__del__``)."""
    buffer = io.BytesIO()
    render(buffer)
    write_bytes(out, buffer.getvalue(), error, inputs=inputs)


def write_bytes(
    out: Path | str, data: bytes, error: type[OutputError] = OutputError, *, inputs: Iterable[Path | str | None] = ()
) -> None:
    write_output(out, bytes_writer(data), error, inputs=inputs)


def write_text(
    out: Path | str, text: str, error: type[OutputError] = OutputError, *, inputs: Iterable[Path | str | None] = ()
) -> None:
    """UTF-8 text with the platform's usual ``\\n`` line ends kept as given; file-name bytes that are not UTF-8 as
    escapes (:mod:`.filenames`)."""
    write_bytes(out, encode(text), error, inputs=inputs)


def json_text(data: object, *, indent: int | None = 2) -> str:
    """``data`` as the app writes JSON: Chinese as it is, a final newline, file-name bytes as escapes."""
    return json_safe(json.dumps(data, ensure_ascii=False, indent=indent)) + "\n"


def write_json(
    out: Path | str, data: object, error: type[OutputError] = OutputError, *, inputs: Iterable[Path | str | None] = ()
) -> None:
    write_text(out, json_text(data), error, inputs=inputs)


def read_json(path: Path, what: str, error: type[UserError]) -> Any:
    """One of the app's own JSON files (a register year, the entered holidays), read back; ``error`` with a Chinese
    message naming ``what`` (「台账文件」) when it cannot be read, is not JSON, or was cut off (a copy interrupted)."""
    from .format.limits import TRUNCATED, is_truncated, utf8_error_text  # the format's rules, imported when needed

    try:
        raw = Path(native_path(path)).read_bytes()
        return json.loads(raw.decode("utf-8"))
    except OSError as exc:
        raise error(f"无法读取{what} {path}：{os_error_text(exc)}") from exc
    except UnicodeDecodeError as exc:
        raise error(f"{what} {path} 已损坏（{utf8_error_text(raw, exc, what)}）") from exc
    except ValueError as exc:
        cut = isinstance(exc, json.JSONDecodeError) and is_truncated(exc)
        raise error(f"{what} {path} 已损坏（{TRUNCATED if cut else '不是有效的 JSON'}）") from exc
