"""`disclosure-gui smoke-test`: what CI and installed packages run."""

import os
import subprocess
import sys


def test_smoke_test_visits_every_tab_and_exports(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shots = tmp_path / "shots"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "disclosure_gui",
            "smoke-test",
            "--screenshot",
            str(shots),
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "冒烟测试通过" in result.stdout and "打印预览：7 页" in result.stdout
    # Both exports land in a folder whose name has Chinese characters and spaces, as officers' folders do.
    assert "PDF 已导出" in result.stdout and "Word 已导出" in result.stdout and "导出 文件" in result.stdout
    names = sorted(p.name for p in shots.iterdir())
    assert names == [
        "0-start.png",
        "1-basic.png",
        "2-overview.png",
        "3-t2.png",
        "4-t3.png",
        "5-t4.png",
        "6-problems.png",
        "7-other.png",
        "8-print-preview.png",
        "9-aggregate.png",
    ]
    assert all((shots / n).stat().st_size > 10_000 for n in names)
