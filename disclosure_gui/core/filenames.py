"""The one file-name policy: how a path (or any text that may hold one) becomes text a person reads or a file holds.

On Linux a file name is bytes. One made on Chinese Windows (GBK) and unpacked from a zip on 统信UOS or 麒麟 is not
UTF-8, and Python carries each byte it cannot decode as a lone surrogate (PEP 383): the path still opens the file,
but the text cannot be written as UTF-8 — printing it, or putting it into a JSON, CSV or Excel file, raised
``UnicodeEncodeError``. So every such text goes through :func:`shown` on its way out: each byte that is not UTF-8
becomes ``\\xNN`` (the officer sees which name it is, and nothing is lost or crashes); everything else is unchanged.

The same rule is registered as the codec error handler :data:`ERRORS`, used where text is encoded for a file or a
console (``text.encode("utf-8", ERRORS)``), so a caller that forgot :func:`shown` still cannot crash.

The other way out is to the system. On Windows with the default policy (``LongPathsEnabled`` off) a path of 260
characters or more cannot be opened, and a folder of 248 or more cannot be made, even by a long-path-aware program —
unless the path is written in its extended-length form (``\\\\?\\C:\\…``, ``\\\\?\\UNC\\server\\share\\…``). So
every place the app opens, creates, renames, lists or removes a file or folder the user chose (or its data folder)
hands the system :func:`native_path` of it; messages keep the normal path, and every message a user sees
(:class:`.errors.UserError`) has any extended-length form that slipped into it written back by :func:`normal_paths`.
"""

from __future__ import annotations

import codecs
import fnmatch
import ntpath
import os
import re
from collections.abc import Callable
from pathlib import Path

ERRORS = "disclosure-shown"
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
EXTENDED, EXTENDED_UNC = "\\\\?\\", "\\\\?\\UNC\\"
_EXTENDED_PREFIX = re.compile(r"\\\\\?\\(UNC\\)?")
_DEVICE = "\\\\.\\"
# MAX_PATH (260, its final NUL included) less the 12 characters Windows keeps free in a folder's path for an 8.3 file
# name: from 248 characters on, a folder cannot be made without the extended form, and a file a few characters later
# cannot be opened. Shorter paths are handed over unchanged, as they always were.
LONG_PATH = 248


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def shown(value: str | os.PathLike[str]) -> str:
    """The text with every undecodable byte of a file name (and any other lone surrogate) written as an escape."""
    text = os.fspath(value)
    if not _LONE_SURROGATE.search(text):  # nearly always: one scan, no copy
        return text
    return _LONE_SURROGATE.sub(lambda m: _escape(m.group()), text)


def shown_name(value: str | os.PathLike[str]) -> str:
    """The last part of a path, as :func:`shown` writes it."""
    return shown(os.path.basename(os.fspath(value)))


def normal_paths(text: str) -> str:
    """``text`` with every path in the extended-length form (:func:`native_path`) written as the normal one:
    ``\\\\?\\C:\\…`` as ``C:\\…``, ``\\\\?\\UNC\\srv\\…`` as ``\\\\srv\\…``. That form is for the system, never for
    a person (a system error quoting the path it was given, for one)."""
    if EXTENDED not in text:  # nearly always: one scan, no copy
        return text
    return _EXTENDED_PREFIX.sub(lambda m: "\\\\" if m.group(1) else "", text)


def extended_length(path: str, absolute: Callable[[str], str] = ntpath.abspath) -> str:
    """``path`` as Windows opens it whatever its length: a long one made absolute, normalised (``/`` → ``\\``,
    ``.`` and ``..`` resolved — the prefix turns the system's own normalising off) and prefixed; a short one, one
    already prefixed, a device (``\\\\.\\COM1``) or one that cannot be made absolute, unchanged.

    Pure (``ntpath`` rules on every system), so it is tested anywhere; ``absolute`` stands for the system's
    ``GetFullPathNameW`` (:func:`ntpath.abspath` on Windows), which resolves a relative path against the current
    folder of its drive."""
    if path.startswith((EXTENDED, _DEVICE)):
        return path
    full = absolute(path)
    if full.startswith((EXTENDED, _DEVICE)):  # ``//?/C:/…`` written with forward slashes, now normalised
        return full
    if len(full) < LONG_PATH:
        return path
    drive, rest = ntpath.splitdrive(full)
    if full.startswith("\\\\") and len(drive) > 2:  # \\server\share\…
        return EXTENDED_UNC + full[2:]
    if len(drive) == 2 and drive[1] == ":" and rest.startswith("\\"):
        return EXTENDED + full
    return path  # still relative (no current folder known for its drive): the system says why it cannot be opened


def _unchanged(path: str) -> str:
    return path


# What :func:`native_path` does on this system; the tests replace it to stand for Windows anywhere.
_to_native: Callable[[str], str] = extended_length if os.name == "nt" else _unchanged


def native_path(path: str | os.PathLike[str]) -> str:
    """The form of ``path`` to hand the system: on Windows, the extended-length form when the path is long (see
    :func:`extended_length`); elsewhere the path as it is. Never for a message: those show the path as given."""
    return _to_native(os.fspath(path))


def listed(folder: Path, pattern: str, *, recursive: bool = False) -> list[Path]:
    """What ``folder`` holds matching ``pattern`` (in every subfolder too when ``recursive``), named under ``folder``
    as given, so messages about them show the normal path. Each folder is opened in its own native form: a short
    folder the officer chose may hold subfolders (an unpacked archive) too deep to open as written. A folder that
    cannot be read adds nothing; links to folders are not followed."""
    try:
        with os.scandir(native_path(folder)) as entries:
            children = [(entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries]
    except OSError:
        return []
    found: list[Path] = []
    for name, is_folder in children:
        if fnmatch.fnmatch(name, pattern):
            found.append(folder / name)
        if recursive and is_folder:
            found += listed(folder / name, pattern, recursive=True)
    return found


def json_safe(dumped: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) whose strings hold no lone surrogate: each becomes the
    escape :func:`shown` writes, its backslash escaped for JSON, so the file reads back as the text shown."""
    if not _LONE_SURROGATE.search(dumped):
        return dumped
    return _LONE_SURROGATE.sub(lambda m: "\\" + _escape(m.group()), dumped)


def encode(text: str) -> bytes:
    """UTF-8 bytes of any text, undecodable file-name bytes written as escapes."""
    return text.encode("utf-8", ERRORS)


def _handler(exc: UnicodeError) -> tuple[str, int]:
    """Lone surrogates become escapes; anything else a stream's encoding lacks (a GBK console) becomes ``?``."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    part = exc.object[exc.start : exc.end]
    return "".join(_escape(c) if _LONE_SURROGATE.match(c) else "?" for c in part), exc.end


codecs.register_error(ERRORS, _handler)
