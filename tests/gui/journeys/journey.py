"""A seeded random journey through the real window: the runner, what it waits for between steps, and the invariants
it asserts after every step and at the end."""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from disclosure_gui.core.checks.registry import run_all
from disclosure_gui.core.format import schema
from disclosure_gui.core.format.cells import format_value
from disclosure_gui.core.format.report import Report, computed_totals, totals_fed_by
from disclosure_gui.gui.app import start_window
from disclosure_gui.gui.dialogs.files import use_chooser
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.gui.report.document import ReportDocument
from disclosure_gui.gui.report.tabs.tables import TableTab
from disclosure_gui.store import Store

from .canned import Canned
from .modals import AnsweringChooser, Modals, answer_randomly

JOB_SECONDS = 120
FEEDERS: dict[str, set[str]] = {}  # total → the input cells it sums
for _path in schema.all_cell_paths():
    for _total in totals_fed_by(_path):
        FEEDERS.setdefault(_total, set()).add(_path)


class JourneyFailure(AssertionError):
    pass


@dataclass
class Step:
    name: str
    weight: float
    act: Callable[[Journey], str | None]  # what it did, said for the step list; None: it did not apply
    needs_report: bool = False
    without_report: bool = False  # only on the start page


class Journey:
    def __init__(
        self, seed: int, tmp: Path, canned: Canned, exceptions: list[Any], qt_messages: Callable[[], list[str]]
    ):
        self.seed = seed
        self.rng = random.Random(seed)
        self.tmp = tmp
        self.canned = canned
        self.exceptions = exceptions
        self.qt_messages = qt_messages
        self.out = tmp / "out"
        self.data_dir = tmp / "data"
        self.settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
        self.log: list[str] = []
        self.answers: list[str] = []  # how the dialogs of the current step were answered
        self.fillers: dict[str, Callable[[Journey, QWidget], str]] = {}
        self.modals = Modals(self._answer).start()
        self.chooser = AnsweringChooser(self._pick)
        self._previous_chooser = use_chooser(self.chooser)
        self.store = Store(self.data_dir)
        self.store.open()
        self.base: tuple[ReportDocument, Report] | None = None
        self.lost_on_close = False  # the officer chose to close although the last edits could not be saved
        self.window = self._new_window()

    # ------------------------------------------------------------------ the window

    def _new_window(self) -> MainWindow:
        window = start_window(self.store, self.settings)
        original = window.load_document

        def load_document(document: ReportDocument) -> None:  # the undo stack starts here: so does "the start"
            original(document)
            self.base = (document, document.report.clone())

        window.load_document = load_document  # type: ignore[method-assign]
        if window.document is not None:
            self.base = (window.document, window.document.report.clone())
        return window

    def restart(self) -> str:
        """Close the window as the officer does (unsaved edits and all), start it again, find the report as left."""
        window = self.window
        before = (window.document.draft_id, window.document.report.clone()) if window.document else None
        self.answers.clear()
        window.commands.quit.trigger()
        self.settle()
        if window.isVisible():
            return "退出 (the officer stayed)"
        lost = any("仍要关闭" in a for a in self.modals.seen[-3:])
        window.deleteLater()
        self.window = self._new_window()
        self.settle()
        again = self.window.document
        same = before is not None and again is not None and again.draft_id == before[0]
        if same and not lost and again.report != before[1]:  # type: ignore[union-attr,index]
            raise JourneyFailure("after closing and starting again the report is not what the window showed")
        return "退出 → start again"

    def close(self) -> None:
        """Close everything, still answering what the window asks on the way out."""
        self.window.autosave.stop()
        self.window.close()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QApplication.processEvents()
        self.modals.stop()
        use_chooser(self._previous_chooser)
        self.store.close()

    # ------------------------------------------------------------------ dialogs

    def _answer(self, modal: QWidget) -> None:
        filler = self.fillers.get(type(modal).__name__)
        done = filler(self, modal) if filler is not None else answer_randomly(modal, self.rng)
        self.answers.append(f"{type(modal).__name__}[{modal.windowTitle()}]: {done}")

    def _pick(self, dialog: str, kind: str, title: str, start: str, filters: str) -> str | list[str]:
        rng = self.rng
        if rng.random() < 0.1:
            self.answers.append(f"{dialog} {kind}: cancel")
            return ""
        if dialog == "save":
            folder = self.out / rng.choice(["甲", "乙"]) / kind
            folder.mkdir(parents=True, exist_ok=True)
            chosen = str(folder / Path(start).name)
        elif dialog == "folder":
            options = [self.canned.units_folder, self.canned.previous_folder, self.canned.empty_folder]
            chosen = str(rng.choice(options))
        elif dialog == "open_many":
            files = sorted(self.canned.units_folder.glob("*.json"))
            return [str(f) for f in rng.sample(files, rng.randint(1, len(files)))]
        else:
            chosen = str(rng.choice(self.canned.by_kind.get(kind, self.canned.by_kind["exchange"])))
        self.answers.append(f"{dialog} {kind}: {Path(chosen).name}")
        return chosen

    # ------------------------------------------------------------------ between steps

    def settle(self) -> None:
        """Let the window finish what the step started: events, background jobs, and the timers that wait for the
        officer to pause (autosave, the register's save and its following of the unit name)."""
        app = QApplication.instance()
        assert app is not None
        for _ in range(3):
            app.processEvents()
        deadline = time.monotonic() + JOB_SECONDS
        while any(job is not None and job.is_running() for job in self._jobs()):
            if time.monotonic() > deadline:
                raise JourneyFailure("a background job did not finish in time")
            app.processEvents()
            time.sleep(0.005)
        for _ in range(3):
            app.processEvents()
        window = self.window
        if window.isVisible() and QApplication.activeWindow() is None:
            window.activateWindow()  # a window closed: the desktop gives the keyboard back to the main window
            app.processEvents()
        if window.isVisible():
            register = window.register_tab
            if register is not None:
                if register.follow_timer.isActive():
                    register.follow_report()
                if register.doc.save_timer.isActive():
                    register.doc.save()
            if window.autosave.isActive():
                window.save_now()
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def _jobs(self) -> list[Any]:
        window = self.window
        aggregate = getattr(window, "aggregate_window", None)
        job = getattr(aggregate, "_job", None) if aggregate is not None and shiboken6.isValid(aggregate) else None
        return [window.exporter.job, job]

    # ------------------------------------------------------------------ invariants

    def check(self) -> None:
        problems = []
        if self.exceptions:
            problems += [f"uncaught exception: {e[1]!r}" for e in self.exceptions]
        crash_logs = sorted((self.data_dir / "crash-logs").glob("*.log"))
        if crash_logs:
            problems.append(f"crash log written: {crash_logs[0].read_text(encoding='utf-8')[-800:]}")
        problems += [f"internal-error dialog: {t}" for t in self.modals.internal_errors]
        problems += [f"a file dialog outside the window's seam: {t}" for t in self.modals.outside_seam]
        problems += self.chooser.wrong_start
        problems += [f"Qt warning: {m}" for m in self.qt_messages()]
        if self.window.isVisible() and self.window.document is not None:
            problems += self._report_problems()
        if problems:
            raise JourneyFailure("\n".join(problems))

    def _report_problems(self) -> list[str]:
        window = self.window
        document = window.document
        assert document is not None
        report = document.report
        out = []
        base = self.base[1] if self.base is not None and self.base[0] is document else None
        for path, value in computed_totals(report).items():
            if report.get(path) == value:
                continue
            # A total printed wrong in an imported report stays as printed until a cell feeding it is edited.
            as_opened = base is not None and base.get(path) == report.get(path)
            if not (as_opened and all(base.get(p) == report.get(p) for p in FEEDERS[path])):  # type: ignore[union-attr]
                out.append(f"total {path} is {report.get(path)!r}, its cells sum to {value!r}")
        register = document.register() if document.register is not None else None
        fresh = run_all(report, document.previous, document.profile, register)
        shown = window.problems.summary.text() if window.problems is not None else ""
        errors = sum(f.severity == "error" for f in fresh)
        if fresh and f"{errors} 个错误</b>，{len(fresh) - errors} 个提醒" not in shown:
            out.append(f"the problems panel says {re.sub('<[^>]+>', '', shown)!r}; run_all finds {len(fresh)}")
        if not fresh and "没有发现问题" not in shown:
            out.append(f"the problems panel says {re.sub('<[^>]+>', '', shown)!r}; run_all finds none")
        for tab in window.report_tabs:
            for key, editor in tab.editors().items():
                if editor.toPlainText() != report.text(key):
                    out.append(f"the editor of {key} shows other text than the report holds")
            if isinstance(tab, TableTab):
                model = tab.model
                for cell in model.form.value_cells():
                    if cell.path in model.rejected:
                        continue
                    if model.data(model.index(cell.row, cell.col)) != format_value(report.get(cell.path)):
                        out.append(f"cell {cell.path} shows {model.data(model.index(cell.row, cell.col))!r}")
        basic = window.report_tabs[0]
        for name, edit in getattr(basic, "inputs", {}).items():
            held = str(document.meta_value(name))
            shown = edit.text() if isinstance(edit, QLineEdit) else held
            refused = isinstance(edit, QLineEdit) and bool(edit.styleSheet())  # a name another report has: said so
            if shown and shown != held and not refused and not (name == "agency" and shown.strip() == held):
                out.append(f"the field {name} shows {shown!r}, the report holds {held!r}")
        return out

    def undo_to_start(self) -> str:
        """Undo everything: the report the window opened; redo everything: the report as it was."""
        window = self.window
        document = window.document
        if document is None or self.base is None or self.base[0] is not document or window.stack.read_only:
            return "undo all: no report"
        end = document.report.clone()
        steps = 0
        while window.stack.canUndo():
            window.stack.undo()
            steps += 1
        if document.report != self.base[1]:
            raise JourneyFailure(f"undoing all {steps} steps did not give the report as it was opened")
        for _ in range(steps):  # only what was undone here: the officer's own undos stay undone
            window.stack.redo()
        if document.report != end:
            raise JourneyFailure(f"redoing all {steps} steps did not give the report back")
        return f"undo all {steps} steps and redo them"

    def save_and_reopen(self) -> str:
        window = self.window
        document = window.document
        if document is None or document.draft_id is None or self.store.readonly:
            return "save and reopen: no report"
        window.commit_pending_edit()
        if not window.save_now(explicit=True):
            raise JourneyFailure("the window holds a report the store refuses to save")
        stored = self.store.load(document.draft_id)
        if stored != document.report:
            raise JourneyFailure("the report read back from the store is not the report in the window")
        return "save and reopen"
