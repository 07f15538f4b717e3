"""A Word or Excel file whose writing fails half-way (issue #29, case 12): a full disk, a FAT stick's size limit. The
officer gets the Chinese message and nothing else — Python once printed a ``ZipFile.__del__`` traceback after it,
from the half-written zip the library left open — and no file, whole or half, is left behind.

The fault is real: the command runs in a child process whose files may not grow past a few kilobytes
(``RLIMIT_FSIZE``), so the operating system refuses the write as a full disk would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_JSON

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "darwin", reason="needs RLIMIT_FSIZE")

CHILD = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead of killing us
resource.setrlimit(resource.RLIMIT_FSIZE, (4000, 4000))
from disclosure_gui.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("args", "out"),
    [
        (["export", str(SAMPLE_JSON), "--docx", "{out}"], "报告.docx"),
        (["aggregate", str(SAMPLE_JSON), "-o", "{folder}/汇总.json", "--agency", "区", "--year", "2023"], "汇总.json"),
        (
            [
                "aggregate",
                str(SAMPLE_JSON),
                "-o",
                "{folder}/s.json",
                "--agency",
                "区",
                "--year",
                "2023",
                "--status",
                "{out}",
            ],
            "状态.xlsx",
        ),
    ],
)
def test_a_write_that_fails_half_way_says_so_once_and_leaves_nothing(tmp_path: Path, args: list[str], out: str) -> None:
    target = tmp_path / out
    argv = [a.format(out=target, folder=tmp_path) for a in args] + ["--data-dir", str(tmp_path / "data")]
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert result.returncode == 2, result.stderr
    assert f"无法写入 {target}" in result.stderr and "磁盘" in result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert not target.exists() and not list(tmp_path.glob(".out-*"))
