"""Speed figures of the request register (issue: 10,000 applications). Prints one JSON object.

    python benchmarks/register.py

Figures (targets):
  edit_tables_ms     p95 of one register edit in the window's document (undo command pushed, table 三/四 and
                     fees recounted from 10,000 applications)                                 (< 50 ms)
  edit_window_ms     p95 of the same edit in the register tab, everything it shows and the report's findings updated
  sort_ms, filter_ms  sorting the register tab by 收到日期, and filtering it by a typed text
  save_after_edit_ms writing the register files touched by those edits (atomically), after the typing pauses
  compute_ms         median of counting the year's tables from 10,000 applications alone
  import_xlsx_ms     median import of a 10,000-row .xlsx (all columns), read + mapped + parsed   (< 2000 ms)
  import_csv_ms      the same as CSV
  open_register_ms   reading the stored register (every year file) when a report is opened
  export_xlsx_ms     writing the 10,000 applications to .xlsx
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.format import schema  # noqa: E402
from disclosure_gui.core.register.model import Application, Register  # noqa: E402
from disclosure_gui.core.register.storage import load_register, save_register  # noqa: E402
from disclosure_gui.core.register.tables import compute  # noqa: E402
from disclosure_gui.core.register.tabular import export_fields, read_register, write_table  # noqa: E402

N = 10_000
YEAR = 2024


def register(n: int = N) -> list[Application]:
    rnd = random.Random(20)
    apps = []
    for i in range(n):
        received = date(YEAR - 1, 10, 1) + timedelta(days=rnd.randrange(0, 520))
        answered = received + timedelta(days=rnd.randrange(1, 40))
        open_ = answered > date(YEAR + 1, 2, 1)
        apps.append(
            Application(
                f"{received.year}-{i:05d}",
                received,
                rnd.randrange(6),
                rnd.choice(["网络", "信函", "当面"]),
                "申请公开某项目的批复文件",
                None if open_ else rnd.choice(schema.T3_RESULT_ROWS),
                None if open_ else answered,
                extended=rnd.random() < 0.1,
                fee_notice=rnd.random() < 0.02,
                fee_amount_yuan=Decimal(100),
                fee_paid=rnd.random() < 0.5,
                review=rnd.choice([None] * 20 + ["upheld", "pending"]),
            )
        )
    return apps


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return round(statistics.median(times), 2)


def edit_tables_ms(apps: list[Application]) -> float:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from disclosure_gui.gui.register.model import RegisterDocument, RegisterTableModel, SetApplicationCommand

    _app = QApplication.instance() or QApplication([])
    doc = RegisterDocument(None, "基准单位", YEAR)
    doc.apps = list(apps)
    stack = QUndoStack()
    RegisterTableModel(doc, stack)  # a model listening, as in the window
    doc.tables()
    times = []
    for i in range(200):
        row = (i * 37) % len(apps)
        new = doc.apps[row].with_changes(applicant=(doc.apps[row].applicant + 1) % 6)
        t = time.perf_counter()
        stack.push(SetApplicationCommand(doc, row, new, "edit"))
        doc.tables()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return round(times[int(len(times) * 0.95)], 2)


def edit_window_ms(apps: list[Application]) -> float:
    """The same edit in the window's register tab: table 三 view, problems, deadlines, status bar and the
    register-vs-report comparison on the open report all updated."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from disclosure_gui.core.format.report import Report
    from disclosure_gui.gui.register.model import COLUMNS, SetApplicationCommand, SetApplicationsCommand
    from disclosure_gui.gui.register.view import RegisterTab
    from disclosure_gui.gui.report.document import ReportDocument

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()
    with tempfile.TemporaryDirectory() as tmp:
        tab = RegisterTab(ReportDocument(Report.new("基准单位", YEAR)), stack, Path(tmp), readonly=False)
        stack.push(SetApplicationsCommand(tab.doc, list(apps), "import"))
        tab.apply_to_report()
        app.processEvents()
        times = []
        for i in range(50):
            row = (i * 37) % len(apps)
            new = tab.doc.apps[row].with_changes(applicant=(tab.doc.apps[row].applicant + 1) % 6)
            t = time.perf_counter()
            stack.push(SetApplicationCommand(tab.doc, row, new, "edit"))
            app.processEvents()
            times.append((time.perf_counter() - t) * 1000)
        tab.doc.save_timer.stop()
        t = time.perf_counter()
        tab.view.sortByColumn(COLUMNS.index("received"), Qt.SortOrder.DescendingOrder)
        EXTRA["sort_ms"] = round((time.perf_counter() - t) * 1000, 1)
        tab.proxy.set_filter("征收", 0)  # builds the per-application search text once
        t = time.perf_counter()
        tab.proxy.set_filter("2024-0012", 0)
        EXTRA["filter_ms"] = round((time.perf_counter() - t) * 1000, 1)
        t = time.perf_counter()
        tab.doc.save()  # what the save timer does 0.8 s after the last edit (the touched year of receipt)
        EXTRA["save_after_edit_ms"] = round((time.perf_counter() - t) * 1000, 1)
    times.sort()
    return round(times[int(len(times) * 0.95)], 2)


EXTRA: dict[str, float] = {}


def main() -> None:
    apps = register()
    out: dict[str, float] = {"applications": N}
    out["compute_ms"] = _median_ms(lambda: compute(apps, YEAR), 20)
    out["edit_tables_ms"] = edit_tables_ms(apps)
    out["edit_window_ms"] = edit_window_ms(apps)
    out.update(EXTRA)
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, csv = Path(tmp) / "r.xlsx", Path(tmp) / "r.csv"
        t = time.perf_counter()
        write_table(xlsx, apps, export_fields(personal=False))
        out["export_xlsx_ms"] = round((time.perf_counter() - t) * 1000, 1)
        write_table(csv, apps, export_fields(personal=False))
        counted = len(read_register(xlsx)[2].applications)
        assert counted == N, counted
        out["import_xlsx_ms"] = _median_ms(lambda: read_register(xlsx), 3)
        out["import_csv_ms"] = _median_ms(lambda: read_register(csv), 3)
        folder = Path(tmp) / "registers"
        save_register(folder, Register("基准单位", apps))
        out["open_register_ms"] = _median_ms(lambda: load_register(folder), 3)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
