"""An internal error (a bug, not bad input): its details go into a crash log in the data folder.

The user sees a Chinese message saying where the log is; the command exits with :data:`EXIT_INTERNAL`,
distinct from 1 (the report has errors) and 2 (bad input), so scripts can tell a bug from a finding.

The officer is asked to send the log to support, so it must never carry what the report or the register holds:
an exception's message often quotes the value that broke it (an applicant's name, a line of the report, a file
name). The log therefore keeps types and places only — each frame's file (relative to the package or library, not
the user's home folder), line and function, and each exception's type (and errno) — and the command's subcommand
and option names, never their values.
"""

from __future__ import annotations

import os
import platform
import sys
import tempfile
import traceback
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from . import __version__

EXIT_INTERNAL = 3
HIDDEN = "…"  # stands for a value left out of the log


def command_outline(argv: Iterable[str], commands: Iterable[str] = ()) -> str:
    """The command as the log records it: known subcommand names and option names, every value replaced."""
    known = set(commands)
    words = []
    for word in argv:
        if word.startswith("-") and len(word) > 1 and not word[1:2].isdigit():
            name, eq, _ = word.partition("=")
            words.append(name + (f"={HIDDEN}" if eq else ""))
        else:
            words.append(word if word in known else HIDDEN)
    return " ".join(words)


def _place(filename: str) -> str:
    """A source file relative to the folder it was imported from: no user or install folder in the log."""
    path = os.path.abspath(filename)
    roots = sorted((os.path.abspath(p) for p in sys.path if p), key=len, reverse=True)
    for root in roots:
        if path.startswith(root + os.sep):
            return Path(path[len(root) + 1 :]).as_posix()
    return Path(filename).name


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """The exception and those it was raised from or during, oldest first (as Python prints them)."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return reversed(chain)


def _type_line(exc: BaseException) -> str:
    kind = type(exc)
    name = kind.__qualname__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__qualname__}"
    errno = getattr(exc, "errno", None) if isinstance(exc, OSError) else None
    return f"{name}（错误码 {errno}）" if isinstance(errno, int) else name


def sanitised_traceback(exc: BaseException) -> list[str]:
    """The traceback with types and places only: no exception message, no source line, no value."""
    lines: list[str] = []
    for i, link in enumerate(_chain(exc)):
        if i:
            lines.append("（上面的异常引起了下面的异常）")
        lines.append("Traceback (most recent call last):")
        for frame, lineno in traceback.walk_tb(link.__traceback__):
            lines.append(f"  {_place(frame.f_code.co_filename)}:{lineno} in {frame.f_code.co_name}")
        lines.append(_type_line(link))
    return lines


def crash_text(exc: BaseException, context: str) -> str:
    return "\n".join(
        [
            f"年报助手 {__version__}，Python {platform.python_version()}，{platform.platform()}",
            f"时间：{datetime.now().isoformat(timespec='seconds')}",
            f"命令：{context}",
            "（日志只记录出错的位置和异常的类型，不含报告、台账的内容和文件名。）",
            "",
            *sanitised_traceback(exc),
            "",
        ]
    )


def write_crash_log(data_dir: Path | str | None, exc: BaseException, context: str = "") -> Path | None:
    """Write the log to ``<data folder>/crash-logs/crash-<time>.log`` (the temp folder if that fails).

    ``context`` names what was running (``window``, ``export-pdf``, :func:`command_outline`); it must hold no value.
    """
    from .core.filenames import native_path
    from .core.outputs import OutputError, write_text
    from .store.paths import default_data_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = crash_text(exc, context or command_outline(sys.argv[1:]))
    for folder in (Path(data_dir) if data_dir else default_data_dir(), Path(tempfile.gettempdir())):
        log = folder / "crash-logs" / f"crash-{stamp}.log"
        try:
            os.makedirs(native_path(log.parent), exist_ok=True)
            write_text(log, text)
        except (OSError, OutputError):
            continue
        return log
    return None


def crash_message(log: Path | None) -> str:
    where = f"详细信息已写入 {log}，请把该文件发给技术支持。" if log else "详细信息无法写入文件。"
    return f"程序内部出错（这不是您的操作造成的）。已保存的草稿和导出的文件没有改动。{where}"
