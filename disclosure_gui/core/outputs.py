"""Writing an output file (PDF, Word, checklists) so a failure never leaves a half-written file behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path


class OutputError(Exception):
    """An output that could not be written; ``message`` says what and where, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def write_output(out: Path, write: Callable[[str], None], error: type[OutputError] = OutputError) -> None:
    """Call ``write(temporary_path)`` in the target's folder, then move the result over ``out`` atomically."""
    folder = out.parent if str(out.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=".out-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError as exc:
        raise error(f"无法在 {folder} 中写入文件：{exc.strerror or exc}") from exc
    try:
        write(tmp)
        os.replace(tmp, out)
    except PermissionError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise error(f"无法写入 {out}：文件可能正被其他程序（PDF 阅读器、Word、WPS）打开，请关闭后重试") from exc
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise error(f"无法写入 {out}：{exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
