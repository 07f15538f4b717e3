"""Answering what the window asks while a test drives it: every modal dialog (scripted, or at random from a seeded
generator) and every file dialog (through the window's one seam, :mod:`disclosure_gui.gui.dialogs.files`)."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from disclosure_gui.gui.dialogs.files import FileChooser

INTERNAL_ERROR = "程序内部出错"
Handler = Callable[[QWidget], None]


def visible_buttons(dialog: QWidget) -> list[QAbstractButton]:
    """The buttons an officer can press in a dialog or a part of a window (enabled and shown, not a nested
    dialog's)."""
    out = []
    for button in dialog.findChildren(QAbstractButton):
        own = button.isEnabled() and button.isVisibleTo(dialog) and button.window() is dialog.window()
        if own and (isinstance(button, QPushButton) or type(button).__name__ == "QToolButton"):
            out.append(button)
    return out


class Modals(QObject):
    """Watches for modal dialogs and answers each one: by the first handler registered for its class (scripted
    tests), else by ``fallback`` (the random journeys). A dialog that stays open after its answer is answered again
    on the next tick; after ``patience`` answers it is rejected."""

    def __init__(self, fallback: Handler | None = None, *, patience: int = 4) -> None:
        super().__init__()
        self.handlers: list[tuple[type[QWidget] | str, Handler]] = []
        self.fallback = fallback
        self.patience = patience
        self.seen: list[str] = []  # "Class: title — text" of every dialog answered, in order
        self.internal_errors: list[str] = []
        self.outside_seam: list[str] = []  # file dialogs that did not come through the window's seam
        self.busy: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.poll)

    def on(self, kind: type[QWidget] | str, handler: Handler) -> Modals:
        """Answer dialogs of this class (or class name) with ``handler`` (first registered first)."""
        self.handlers.append((kind, handler))
        return self

    def start(self) -> Modals:
        self.timer.start()
        return self

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """Schedule the answer rather than give it here: Qt does not fire this timer again while its slot runs, so
        a dialog opened by the answer (a warning after OK) would wait for ever."""
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        key = hash(modal)
        if key in self.busy:
            return  # being answered (a nested dialog it opened is the active one, or the answer is on its way)
        self.busy.add(key)
        QTimer.singleShot(0, lambda: self._answer_now(modal, key))

    def _answer_now(self, modal: QWidget, key: int) -> None:
        try:
            if shiboken6.isValid(modal) and modal.isVisible():
                answers = int(modal.property("answers") or 0)
                modal.setProperty("answers", answers + 1)
                self._answer(modal, answers)
        finally:
            self.busy.discard(key)

    def _answer(self, modal: QWidget, answers: int) -> None:
        text = modal.text() if isinstance(modal, QMessageBox) else ""
        if answers == 0:
            self.seen.append(f"{type(modal).__name__}: {modal.windowTitle()} — {text[:60]}")
        if INTERNAL_ERROR in text:
            self.internal_errors.append(text)
        if isinstance(modal, QProgressDialog):
            return  # the job behind it closes it
        if isinstance(modal, QFileDialog):
            self.outside_seam.append(modal.windowTitle())
            modal.reject()
            return
        if answers >= self.patience and isinstance(modal, QDialog):
            modal.reject()
            return
        for kind, handler in self.handlers:
            if (isinstance(kind, str) and type(modal).__name__ == kind) or (
                isinstance(kind, type) and isinstance(modal, kind)
            ):
                handler(modal)
                return
        if self.fallback is not None:
            self.fallback(modal)
        elif isinstance(modal, QDialog):
            modal.reject()


def click(modal: QWidget, label: str) -> None:
    """Press the button whose text starts with ``label`` (scripted answers)."""
    for button in visible_buttons(modal):
        if button.text().replace("&", "").startswith(label):
            button.click()
            return
    raise AssertionError(f"no button “{label}” in {type(modal).__name__}: {[b.text() for b in visible_buttons(modal)]}")


def answer_randomly(modal: QWidget, rng: random.Random) -> str:
    """Any answer an officer could give: a random button, or Esc. Returns what was done."""
    if isinstance(modal, QPrintDialog):
        if rng.random() < 0.5:
            modal.reject()
            return "print: cancel"
        return "print: accept"  # the caller sets where the pages go
    buttons = visible_buttons(modal)
    if not buttons or rng.random() < 0.15:
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
        return "Esc"
    button = rng.choice(buttons)
    label = button.text()
    button.click()
    return f"“{label}”"


class AnsweringChooser(FileChooser):
    """Answers the window's file dialogs: ``pick(dialog, kind, title, start, filters)`` returns the path (a list for
    ``open_many``) or "" (cancel); ``dialog`` is save, open, open_many or folder. Records every request, and whether
    each dialog started where the last file of its kind went."""

    def __init__(self, pick: Callable[[str, str, str, str, str], str | list[str]]) -> None:
        self.pick = pick
        self.asked: list[tuple[str, str, str]] = []  # (kind, title, start)
        self.last_folder: dict[str, str] = {}  # by kind of file: where the last one was taken from or went
        self.wrong_start: list[str] = []

    def _note(self, dialog: str, kind: str, title: str, start: str, chosen: str) -> None:
        self.asked.append((kind, title, start))
        folder = str(Path(start).parent) if dialog == "save" else start
        expected = self.last_folder.get(kind)
        if expected is not None and Path(folder) != Path(expected):
            self.wrong_start.append(f"{title}: started in {folder}, the last {kind} file went to {expected}")
        if chosen:
            self.last_folder[kind] = chosen if dialog == "folder" else str(Path(chosen).parent)

    def save(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> str:
        chosen = str(self.pick("save", kind, title, start, filters) or "")
        self._note("save", kind, title, start, chosen)
        return chosen

    def open(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> str:
        chosen = str(self.pick("open", kind, title, start, filters) or "")
        self._note("open", kind, title, start, chosen)
        return chosen

    def open_many(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> list[str]:
        chosen = self.pick("open_many", kind, title, start, filters)
        files = list(chosen) if isinstance(chosen, list) else [chosen] if chosen else []
        self._note("open_many", kind, title, start, files[0] if files else "")
        return files

    def folder(self, parent: QWidget | None, kind: str, title: str, start: str) -> str:
        chosen = str(self.pick("folder", kind, title, start, "") or "")
        self._note("folder", kind, title, start, chosen)
        return chosen
