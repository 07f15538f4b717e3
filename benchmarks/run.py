"""Speed and memory figures for the product's targets. Prints one JSON object.

    python benchmarks/run.py            # every figure
    python benchmarks/run.py check_ms   # only some

Figures (targets in the issues):
  check_ms          median time of all rules on the sample, in-process        (≤ 1 ms)
  check_process_ms  median whole-process `disclosure-gui check` on the sample  (well under 500 ms)
  save_ms           p95 autosave of one report while 500 drafts are stored    (≤ 30 ms)
"""

from __future__ import annotations

import json
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
    return round(_median_ms(lambda: subprocess.run(cmd, check=True, capture_output=True), repeat=7, warmup=1), 1)


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


FIGURES: dict[str, Callable[[], float]] = {
    "check_ms": check_ms,
    "check_process_ms": check_process_ms,
    "save_ms": save_ms,
}


def main(names: list[str]) -> None:
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        sys.exit(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    print(json.dumps({name: FIGURES[name]() for name in names or FIGURES}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
