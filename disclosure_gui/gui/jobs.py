"""Every piece of work the window runs off the GUI thread goes through :func:`start_job`: a progress dialog, a cancel
button when the work can stop, and a failure path. An error the user can act on
(:class:`~disclosure_gui.core.errors.UserError`) is said as it is; any other exception is a bug: a crash log is
written and the user gets the crash message. Whatever happens, the progress dialog goes.

The work is a plain function of a :data:`Progress` callback; it never touches a widget. Its result, or its
failure, comes back to the GUI thread through the job's signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..core.errors import UserError
from ..crash import crash_message, write_crash_log
from .i18n import tr
from .messages import warn

# (done, total, what is being done) → whether to go on; total 0: not known.
Progress = Callable[[int, int, str], bool]
PROGRESS_DELAY_MS = 300  # shorter work shows no dialog at all


class Job(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)  # the message for the user, in Chinese

    def __init__(self, work: Callable[[Progress], Any], context: str, data_dir: Path | str | None = None) -> None:
        super().__init__()
        self.work = work
        self.context = context  # names the job in a crash log
        self.data_dir = data_dir
        self.cancelled = False
        self.worker = threading.Thread(target=self.run, name=context, daemon=True)

    def start(self) -> None:
        self.worker.start()

    def wait(self, seconds: float | None = None) -> None:
        self.worker.join(seconds)

    def is_running(self) -> bool:
        return self.worker.is_alive()

    def cancel(self) -> None:
        self.cancelled = True

    def report(self, done: int, total: int, what: str = "") -> bool:
        self.progressed.emit(done, total, what)
        return not self.cancelled

    def run(self) -> None:
        """The thread's body: the work, and what becomes of its result or its exception."""
        try:
            result = self.work(self.report)
        except UserError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: a crash log and a Chinese message, never a dead thread and a stuck dialog
            self.failed.emit(crash_message(write_crash_log(self.data_dir, exc, self.context)))
        else:
            self.succeeded.emit(result)


def start_job(
    parent: QWidget,
    work: Callable[[Progress], Any],
    *,
    title: str,
    label: str,
    context: str,
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
    describe: Callable[[int, int, str], str] | None = None,
    cancellable: bool = False,
    data_dir: Path | str | None = None,
) -> Job:
    """Run ``work`` off the GUI thread behind a window-modal progress dialog. ``on_done`` gets the result on the
    GUI thread; a failure closes the dialog and is shown to the user (``on_failed``, else a warning with
    ``title``). ``describe`` turns the progress into the dialog's text."""
    job = Job(work, context, data_dir)
    progress = QProgressDialog(label, tr("取消"), 0, 0, parent)
    progress.setWindowTitle(title)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    if cancellable:
        progress.canceled.connect(job.cancel)
    else:
        progress.setCancelButton(None)  # type: ignore[arg-type]  # None removes the button

    # The window that asked may be closed while the work runs (汇总 closed mid-summary): the work is told to stop,
    # and what it still reports goes nowhere.
    progress.destroyed.connect(job.cancel)

    def gone() -> bool:
        return not (shiboken6.isValid(parent) and shiboken6.isValid(progress))

    def progressed(done: int, total: int, what: str) -> None:
        if gone():
            return
        progress.setMaximum(max(total, 0))
        progress.setValue(min(done, total) if total else 0)
        if describe is not None:
            progress.setLabelText(describe(done, total, what))

    def succeeded(result: object) -> None:
        if gone():
            return
        _close(progress)
        on_done(result)

    def failed(message: str) -> None:
        if gone():
            return
        _close(progress)
        if on_failed is not None:
            on_failed(message)
        else:
            warn(parent, tr("{0}失败：{1}").format(title, message))

    job.progressed.connect(progressed)
    job.succeeded.connect(succeeded)
    job.failed.connect(failed)
    job.start()
    return job


def _close(progress: QProgressDialog) -> None:
    progress.close()
    progress.deleteLater()
