"""Message boxes the window shows: a warning that says what went wrong and where, the same for every error a user
can see (:class:`~disclosure_gui.core.errors.UserError`), and the crash dialog for a bug."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..core.errors import UserError
from ..core.filenames import shown
from ..crash import crash_message, write_crash_log
from .i18n import tr


def warn(parent: QWidget | None, message: str) -> None:
    """A file name in the message that is not UTF-8 is shown with its bytes as ``\\xNN`` (the file-name policy)."""
    QMessageBox.warning(parent, tr("年报助手"), shown(message))  # type: ignore[arg-type]  # None: no parent window


def show_error(parent: QWidget | None, error: UserError) -> None:
    """What went wrong and where, as the command line says it."""
    warn(parent, str(error))


def install_crash_dialog(data_dir: str | Path | None) -> None:
    """A bug inside a slot would only print to stderr, where no window user looks: show it in a dialog instead,
    with the crash log written into the data folder. The window keeps running; drafts are autosaved. An error the
    user can act on (a :class:`UserError` no caller caught) is shown as such, without a crash log."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if isinstance(exc, UserError):
            show_error(QApplication.activeWindow(), exc)
            return
        log = write_crash_log(data_dir, exc.with_traceback(tb), "window")
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, shown(crash_message(log)))

    sys.excepthook = hook
