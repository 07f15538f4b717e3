"""Every file and folder the window asks for goes through here: one seam between the window and the system's
file dialogs. Each kind of file (Word, PDF, exchange file, register, the district's folders…) remembers the
folder it was last taken from or put in, and the next dialog of that kind starts there.

Tests answer the dialogs by installing their own :class:`FileChooser` (:func:`use_chooser`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import settings as keys


class FileChooser:
    """The system's file dialogs. Each method returns what was chosen, empty when the user cancelled; ``kind`` is the
    kind of file asked for (:data:`~disclosure_gui.gui.settings.KIND_PDF`…), which the system's dialogs do not need."""

    def save(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, start, filters)[0]

    def open(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, start, filters)[0]

    def open_many(self, parent: QWidget | None, kind: str, title: str, start: str, filters: str) -> list[str]:
        return QFileDialog.getOpenFileNames(parent, title, start, filters)[0]

    def folder(self, parent: QWidget | None, kind: str, title: str, start: str) -> str:
        return QFileDialog.getExistingDirectory(parent, title, start)


_chooser = FileChooser()


def use_chooser(chooser: FileChooser) -> FileChooser:
    """Answer every file dialog with ``chooser`` from now on; returns the one it replaces."""
    global _chooser
    previous, _chooser = _chooser, chooser
    return previous


def start_folder(settings: QSettings | None, kind: str) -> str:
    return keys.folder(settings, kind) if settings is not None else str(Path.home())


def _remember(settings: QSettings | None, kind: str, chosen: str) -> None:
    if settings is not None:
        keys.remember_folder(settings, kind, chosen)


def ask_save(
    parent: QWidget | None,
    settings: QSettings | None,
    kind: str,
    title: str,
    name: str,
    filters: str,
    *,
    first_folder: Path | None = None,
) -> Path | None:
    """A save dialog opened in the folder last used for ``kind`` (``first_folder`` when none was yet), proposing
    ``name``."""
    remembered = settings is not None and bool(keys.get(settings, keys.FOLDER, kind))
    start = first_folder if first_folder is not None and not remembered else Path(start_folder(settings, kind))
    chosen = _chooser.save(parent, kind, title, str(start / name), filters)
    if not chosen:
        return None
    _remember(settings, kind, chosen)
    return Path(chosen)


def ask_open(parent: QWidget | None, settings: QSettings | None, kind: str, title: str, filters: str) -> Path | None:
    chosen = _chooser.open(parent, kind, title, start_folder(settings, kind), filters)
    if not chosen:
        return None
    _remember(settings, kind, chosen)
    return Path(chosen)


def ask_open_many(
    parent: QWidget | None, settings: QSettings | None, kind: str, title: str, filters: str
) -> list[Path]:
    chosen = _chooser.open_many(parent, kind, title, start_folder(settings, kind), filters)
    if chosen:
        _remember(settings, kind, chosen[0])
    return [Path(c) for c in chosen]


def ask_folder(parent: QWidget | None, settings: QSettings | None, kind: str, title: str) -> Path | None:
    """A folder; the next folder dialog of ``kind`` starts in it (not beside it)."""
    chosen = _chooser.folder(parent, kind, title, start_folder(settings, kind))
    if not chosen:
        return None
    if settings is not None:
        keys.put(settings, keys.FOLDER, str(Path(chosen)), kind)
    return Path(chosen)
