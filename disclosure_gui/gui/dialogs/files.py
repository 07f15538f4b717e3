"""File choosers that start where the user last put this kind of file (Word, PDF, exchange file, …)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import settings as keys


def ask_save(
    parent: QWidget | None, settings: QSettings, kind: str, title: str, name: str, filters: str
) -> Path | None:
    """A save dialog opened in the folder last used for ``kind``, proposing ``name``."""
    start = str(Path(keys.folder(settings, kind)) / name)
    chosen, _ = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not chosen:
        return None
    keys.remember_folder(settings, kind, chosen)
    return Path(chosen)


def ask_open(parent: QWidget | None, settings: QSettings, kind: str, title: str, filters: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, title, keys.folder(settings, kind), filters)
    if not chosen:
        return None
    keys.remember_folder(settings, kind, chosen)
    return Path(chosen)
