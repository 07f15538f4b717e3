"""Message boxes the window shows: a warning that says what went wrong and where, and the crash dialog for a bug."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import tr


def warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, tr("年报助手"), message)  # type: ignore[arg-type]  # None: no parent window
