"""Speed and memory figures for the product's targets. Prints one JSON object.

    python benchmarks/run.py            # every figure
    python benchmarks/run.py check_ms   # only some

Figures (targets in the issues):
  check_ms          median time of all checks (R rules and Q review) on the sample, as
                    re-run after each keystroke (per-field results cached)   (≤ 1 ms)
  check_cold_ms     the same with every cache cleared first (a freshly opened report)
  check_previous_ms all checks with last year's report (R10/R11, Q11 similarity) (≤ 5 ms)
  check_process_ms  median whole-process `disclosure-gui check` on the sample  (well under 500 ms)
  save_ms           p95 autosave of one report while 500 drafts are stored    (≤ 30 ms)
  export_ms         median in-process PDF export of the sample (fonts loaded)  (≤ 300 ms)
  export_process_ms median whole-process `disclosure-gui export --pdf`
  keystroke_ms      p95 of one edit in table 三 until the cell and its totals are repainted (≤ 16 ms)
  startup_ms        median process start until the main window is shown, offscreen (≤ 1500 ms)
  rss_mb            resident memory after opening the sample in the window
  aggregate_ms      median whole-process `disclosure-gui aggregate` of 500 unit files, all checks (< 2000 ms)
  libreoffice_ms    median `soffice --convert-to pdf` of the sample as Word, written by the app, with a
                    fresh profile each run (the peer baseline; null without soffice)
  pdf_vs_libreoffice  export_process_ms and LibreOffice (fresh and warm profile) measured in turns,
                    and the ratios (≤ 0.25)
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

from disclosure_gui.core.checks.registry import run_quality, run_rules  # noqa: E402
from disclosure_gui.core.format import exchange  # noqa: E402
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


def _all_checks(report: object, previous: object = None) -> None:
    run_rules(report, previous)  # type: ignore[arg-type]
    run_quality(report, previous)  # type: ignore[arg-type]


def check_ms() -> float:
    report = exchange.load(sample_path())
    return _median_ms(lambda: _all_checks(report), repeat=500)


def check_cold_ms() -> float:
    from disclosure_gui.core.checks import quality, repetition, textcheck, years

    report = exchange.load(sample_path())

    def cold() -> None:
        for cached in (
            textcheck._split,
            quality._doubled_in,
            quality._zero_claims_in,
            years._stale_years_in,
            repetition._repeated,
            repetition._copied,
            repetition._enumeration,
        ):
            cached.cache_clear()
        _all_checks(report)

    return _median_ms(cold, repeat=200)


def check_previous_ms() -> float:
    report = exchange.load(sample_path())
    last = report.clone()
    last.meta.year -= 1
    return _median_ms(lambda: _all_checks(report, last), repeat=300)


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

    from disclosure_gui.core.publish.pdf import build_pdf

    report = exchange.load(sample_path())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sample.pdf"
        return _median_ms(lambda: build_pdf(report, out), repeat=15, warmup=2)


def export_process_ms() -> float:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        cmd = [sys.executable, "-m", "disclosure_gui", "export", str(sample_path()), "--pdf", f"{folder}/s.pdf"]
        return round(_median_ms(lambda: _run(cmd), repeat=5, warmup=1), 1)


def _libreoffice_cmd(soffice: str, folder: str, docx: Path, profile: str = "profile") -> list[str]:
    return [
        soffice,
        f"-env:UserInstallation=file://{Path(folder) / profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        folder,
        str(docx),
    ]


def libreoffice_ms() -> float | None:
    """LibreOffice converting the sample, written as Word by the app itself, to PDF; a fresh profile
    each run, as on a first conversion (the method of the earlier figures)."""
    import shutil
    import tempfile

    from disclosure_gui.core.publish.docx import build_docx

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "sample.docx"
        build_docx(exchange.load(sample_path()), docx)
        runs = iter(range(100))
        return round(
            _median_ms(lambda: _run(_libreoffice_cmd(soffice, folder, docx, f"p{next(runs)}")), repeat=5, warmup=1), 1
        )


def pdf_vs_libreoffice() -> dict[str, float] | None:
    """Whole-process `export --pdf` against LibreOffice converting the same report as Word, run in turns
    (so both see the same machine load): LibreOffice with a fresh profile each run (the method of the
    earlier figures) and with a warm one; the ratios of the medians (target ≤ 0.25)."""
    import shutil
    import tempfile

    from disclosure_gui.core.publish.docx import build_docx

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    ours: list[float] = []
    fresh: list[float] = []
    warm: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        docx = Path(folder) / "sample.docx"
        build_docx(exchange.load(sample_path()), docx)
        export = [sys.executable, "-m", "disclosure_gui", "export", str(sample_path()), "--pdf", f"{folder}/s.pdf"]
        _run(_libreoffice_cmd(soffice, folder, docx))  # sets up the warm profile
        _run(export)
        for n in range(7):
            commands = (
                (export, ours),
                (_libreoffice_cmd(soffice, folder, docx, f"fresh{n}"), fresh),
                (_libreoffice_cmd(soffice, folder, docx), warm),
            )
            for cmd, times in commands:
                start = time.perf_counter()
                _run(cmd)
                times.append((time.perf_counter() - start) * 1000)
    a, b, c = statistics.median(ours), statistics.median(fresh), statistics.median(warm)
    return {
        "export_process_ms": round(a, 1),
        "libreoffice_fresh_ms": round(b, 1),
        "libreoffice_warm_ms": round(c, 1),
        "ratio_fresh": round(a / b, 3),
        "ratio_warm": round(a / c, 3),
    }


def keystroke_ms() -> float:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from disclosure_gui.gui.app import make_application
    from disclosure_gui.gui.main_window import MainWindow
    from disclosure_gui.gui.report.tabs.tables import TableTab
    from disclosure_gui.store import Store

    app = make_application()
    with tempfile.TemporaryDirectory() as folder, Store(folder) as store:
        draft = store.create(exchange.load(sample_path()))
        window = MainWindow(store, QSettings(f"{folder}/s.ini", QSettings.Format.IniFormat))
        window.show()
        window.open_draft(draft.id)
        tab = window.tab("t3")
        assert isinstance(tab, TableTab)
        window.tabs.setCurrentWidget(tab)
        QApplication.processEvents()
        cells = [
            tab.model.index_of(f"tables.t3.{row}[{col}]") for row in ("granted", "carried_over") for col in range(6)
        ]
        times = []
        for n in range(300):
            index = cells[n % len(cells)]
            start = time.perf_counter()
            tab.model.setData(index, str(n % 50))
            QApplication.processEvents()  # delivers the update requests: the changed cells are painted
            times.append((time.perf_counter() - start) * 1000)
        window.autosave.stop()
        window.close()
        del app
    return _p95(times)


_STARTUP_CHILD = """
import os, sys, time
start = float(sys.argv[2])
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.store import Store
app = make_application()
store = Store(sys.argv[1]); store.open()
window = MainWindow(store, QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window.show()
window.open_draft(store.list_drafts()[0].id)
QApplication.processEvents()
shown = time.time()
rss = 0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(f"{(shown - start) * 1000:.1f} {rss:.1f}")
store.close()
"""


def _startup_runs(runs: int = 5) -> list[tuple[float, float]]:
    import tempfile

    from disclosure_gui.store import Store

    env = {**PROCESS_ENV, "QT_QPA_PLATFORM": "offscreen"}
    results = []
    with tempfile.TemporaryDirectory() as folder:
        with Store(folder) as store:
            store.create(exchange.load(sample_path()))
        for _ in range(runs + 1):
            out = subprocess.run(
                [sys.executable, "-c", _STARTUP_CHILD, folder, repr(time.time())],
                check=True,
                capture_output=True,
                text=True,
                env=env,
            ).stdout.split()
            results.append((float(out[0]), float(out[1])))
    return results[1:]  # the first run warms the disk cache


_startup_cache: list[tuple[float, float]] = []


def startup_ms() -> float:
    if not _startup_cache:
        _startup_cache.extend(_startup_runs())
    return round(statistics.median(t for t, _ in _startup_cache), 1)


def rss_mb() -> float:
    if not _startup_cache:
        _startup_cache.extend(_startup_runs())
    return round(statistics.median(r for _, r in _startup_cache), 1)


def aggregate_ms() -> float:
    import tempfile

    sample = exchange.load(sample_path())
    with tempfile.TemporaryDirectory() as folder:
        units = Path(folder) / "units"
        units.mkdir()
        for n in range(500):
            report = sample.clone()
            report.meta.agency = f"第{n:03d}号单位"
            report.t3["granted"][n % 6] = n % 7
            report.texts["overview.proactive"] = (
                f"本单位全年主动公开政府信息{n}条。" + report.texts["overview.proactive"]
            )
            (units / f"{n:03d}.json").write_text(exchange.dumps(report), encoding="utf-8")
        cmd = [
            sys.executable,
            "-m",
            "disclosure_gui",
            "aggregate",
            str(units),
            "-o",
            f"{folder}/s.json",
            "--agency",
            "某某区人民政府",
            "--year",
            str(sample.meta.year),
            "--include-errors",
        ]
        return round(_median_ms(lambda: _run(cmd), repeat=3, warmup=1), 1)


FIGURES: dict[str, Callable[[], object]] = {
    "check_ms": check_ms,
    "check_cold_ms": check_cold_ms,
    "check_previous_ms": check_previous_ms,
    "check_process_ms": check_process_ms,
    "save_ms": save_ms,
    "export_ms": export_ms,
    "export_process_ms": export_process_ms,
    "keystroke_ms": keystroke_ms,
    "startup_ms": startup_ms,
    "rss_mb": rss_mb,
    "aggregate_ms": aggregate_ms,
    "libreoffice_ms": libreoffice_ms,
    "pdf_vs_libreoffice": pdf_vs_libreoffice,
}


def main(names: list[str]) -> None:
    unknown = [n for n in names if n not in FIGURES]
    if unknown:
        sys.exit(f"unknown figure(s): {', '.join(unknown)}; known: {', '.join(FIGURES)}")
    print(json.dumps({name: FIGURES[name]() for name in names or FIGURES}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
