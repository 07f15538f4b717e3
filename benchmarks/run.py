"""Speed and memory figures for the product's targets. Prints one JSON object.

    python benchmarks/run.py            # every figure
    python benchmarks/run.py check_ms   # only some

Figures (targets in the issues):
  check_ms          median time of all rules on the sample, in-process        (≤ 1 ms)
  check_process_ms  median whole-process `disclosure-gui check` on the sample  (well under 500 ms)
  save_ms           p95 autosave of one report while 500 drafts are stored    (≤ 30 ms)
  export_ms         median in-process PDF export of the sample (fonts loaded)  (≤ 300 ms)
  export_process_ms median whole-process `disclosure-gui export --pdf`
  libreoffice_ms    median `soffice --convert-to pdf` of the sample as Word (the peer baseline;
                    null unless soffice, python-docx and ../shared/tools/sample_to_docx.py exist)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure_gui.core import exchange  # noqa: E402
from disclosure_gui.core.rules import run_rules  # noqa: E402
from disclosure_gui.resources import sample_path  # noqa: E402

# An installed app runs from compiled bytecode; let the measured processes cache theirs too
# (some shells here set PYTHONDONTWRITEBYTECODE, which would recompile the app on every start).
PROCESS_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True, capture_output=True, env=PROCESS_ENV)


def _median_ms(fn: Callable[[], object], repeat: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 3)


def check_ms() -> float:
    report = exchange.load(sample_path())
    return _median_ms(lambda: run_rules(report), repeat=500)


def check_process_ms() -> float:
    cmd = [sys.executable, "-m", "disclosure_gui", "check", str(sample_path())]
    return round(_median_ms(lambda: _run(cmd), repeat=7, warmup=1), 1)


def _p95(times: list[float]) -> float:
    return round(sorted(times)[int(len(times) * 0.95) - 1], 2)


def save_ms() -> float:
    import tempfile

    from disclosure_gui.store import Store

    sample = exchange.load(sample_path())
    with tempfile.TemporaryDirectory() as folder, Store(folder) as store:
        for n in range(500):
            report = sample.clone()
            report.meta.agency = f"第{n:03d}号单位"
            store.create(report)
        target = store.find("第250号单位", sample.meta.year)
        assert target is not None
        times = []
        for n in range(200):
            report = sample.clone()
            report.meta.agency = "第250号单位"
            report.t3["granted"][0] = n
            start = time.perf_counter()
            store.save(target.id, report)
            times.append((time.perf_counter() - start) * 1000)
    return _p95(times)


def export_ms() -> float:
    import tempfile

    from disclosure_gui.core.pdf import build_pdf

    report = exchange.load(sample_path())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sample.pdf"
        return _median_ms(lambda: build_pdf(report, out), repeat=15, warmup=2)


def export_process_ms() -> float:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        cmd = [sys.executable, "-m", "disclosure_gui", "export", str(sample_path()), "--pdf", f"{folder}/s.pdf"]
        return round(_median_ms(lambda: _run(cmd), repeat=5, warmup=1), 1)


def libreoffice_ms() -> float | None:
    import shutil
    import tempfile

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    tool = ROOT.parent / "shared" / "tools" / "sample_to_docx.py"
    sample_txt = sample_path().with_suffix(".txt")
    if not soffice or not tool.exists():
        return None
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "sample.docx"
        made = subprocess.run([sys.executable, str(tool), str(sample_txt), str(docx)], capture_output=True)
        if made.returncode != 0:
            return None
        profile = Path(folder) / "profile"  # a fresh profile each run, as on a first conversion
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            str(docx),
        ]
        return round(_median_ms(lambda: _run(cmd), repeat=5, warmup=1), 1)


FIGURES: dict[str, Callable[[], float | None]] = {
    "check_ms": check_ms,
    "check_process_ms": check_process_ms,
    "save_ms": save_ms,
    "export_ms": export_ms,
    "export_process_ms": export_process_ms,
    "libreoffice_ms": libreoffice_ms,
}


def main(names: list[str]) -> None:
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        sys.exit(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    print(json.dumps({name: FIGURES[name]() for name in names or FIGURES}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
