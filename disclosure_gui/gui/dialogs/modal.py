"""Running a modal dialog: a dialog made with the window as its parent lives as long as the window unless it is let
go, so every modal dialog is freed once answered (hundreds of hidden dialogs piled up in a day's work)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``; the dialog is deleted once control is back in the event loop, so what the caller reads
    from it right after the answer is still there."""
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
