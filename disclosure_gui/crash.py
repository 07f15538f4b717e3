"""An internal error (a bug, not bad input): its details go into a crash log in the data folder.

The user sees a Chinese message saying where the log is; the command exits with :data:`EXIT_INTERNAL`,
distinct from 1 (the report has errors) and 2 (bad input), so scripts can tell a bug from a finding.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import traceback
from datetime import datetime
from pathlib import Path

from . import __version__

EXIT_INTERNAL = 3


def write_crash_log(data_dir: Path | str | None, exc: BaseException, context: str = "") -> Path | None:
    """Write the traceback to ``<data folder>/crash-logs/crash-<time>.log`` (the temp folder if that fails)."""
    from .core.outputs import OutputError, write_text
    from .store.paths import default_data_dir

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(
        [
            f"年报助手 {__version__}，Python {platform.python_version()}，{platform.platform()}\n",
            f"时间：{datetime.now().isoformat(timespec='seconds')}\n",
            f"命令：{context or ' '.join(sys.argv)}\n\n",
            *traceback.format_exception(type(exc), exc, exc.__traceback__),
        ]
    )
    for folder in (Path(data_dir) if data_dir else default_data_dir(), Path(tempfile.gettempdir())):
        log = folder / "crash-logs" / f"crash-{stamp}.log"
        try:
            log.parent.mkdir(parents=True, exist_ok=True)
            write_text(log, text)
        except (OSError, OutputError):
            continue
        return log
    return None


def crash_message(log: Path | None) -> str:
    where = f"详细信息已写入 {log}，请把该文件发给技术支持。" if log else "详细信息无法写入文件。"
    return f"程序内部出错（这不是您的操作造成的）。已保存的草稿和导出的文件没有改动。{where}"
