"""A window on a real store in a temporary folder, offscreen on a 1024×768 screen (the smallest office screen)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from disclosure_gui.core.format import exchange
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.dialogs.files import use_chooser
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.gui.smoke import office_screen
from disclosure_gui.store import Store
from tests.conftest import SAMPLE_JSON

from .journeys.modals import AnsweringChooser, Modals

if os.environ.get("QT_QPA_PLATFORM") == "offscreen":  # not when a real display was asked for
    _screen_dir = tempfile.mkdtemp(prefix="qt-screen-")
    atexit.register(shutil.rmtree, _screen_dir, True)
    os.environ["QT_QPA_PLATFORM"] = office_screen(Path(_screen_dir))


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def window(qtbot, data_dir, tmp_path):
    make_application()
    store = Store(data_dir)
    store.open()
    draft = store.create(exchange.load(SAMPLE_JSON))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(store, settings)
    qtbot.addWidget(win)
    win.show()
    win.open_draft(draft.id)
    win.activateWindow()
    qtbot.waitActive(win)
    yield win
    win.autosave.stop()
    win.close()
    win.store.close()  # a test may have given the window another store: its lock file must not be left open
    store.close()


STUCK_MODAL_SECONDS = 20


@pytest.fixture(autouse=True)
def _no_modal_left_waiting(qapp):
    """A modal dialog nobody answers would hang the run for ever: after a while it is closed and the test fails."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    stuck: list[str] = []
    seen: dict[int, float] = {}

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            seen.clear()
            return
        first = seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - first > STUCK_MODAL_SECONDS:
            stuck.append(f"{type(modal).__name__} “{modal.windowTitle()}”")
            if isinstance(modal, QDialog):
                modal.reject()
            else:
                modal.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(500)
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left waiting for an answer: {stuck}"


@pytest.fixture
def empty_window(qtbot, tmp_path):
    """A window on an empty store: the start page."""
    make_application()
    store = Store(tmp_path / "data")
    store.open()
    win = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.autosave.stop()
    win.close()
    store.close()


@pytest.fixture(autouse=True)
def _empty_clipboard_after_each_test(qapp):
    """Clipboard data whose Python wrapper outlives the interpreter crashes the process at exit (Qt frees it
    in a static destructor); empty the clipboard while Python is still running."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()
    qapp.processEvents()


@pytest.fixture
def modals(qapp):
    """Dialogs answered by the test's handlers; any other dialog is a failure (recorded, then rejected)."""
    unexpected: list[str] = []

    def fail(modal) -> None:
        unexpected.append(f"{type(modal).__name__}: {modal.windowTitle()} {getattr(modal, 'text', lambda: '')()}")
        modal.reject() if isinstance(modal, QDialog) else modal.close()

    m = Modals(fail).start()
    yield m
    m.stop()
    assert unexpected == []


@pytest.fixture
def chooser(tmp_path):
    """File dialogs answered with ``chooser.answers`` (a list of paths, taken in turn)."""
    c = AnsweringChooser(lambda dialog, kind, title, start, filters: c.answers.pop(0))  # type: ignore[has-type]
    c.answers = []  # type: ignore[attr-defined]
    previous = use_chooser(c)
    yield c
    use_chooser(previous)
