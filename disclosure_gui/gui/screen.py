"""Windows and dialogs that fit the office screens (1024×768 and 1366×768) and remember their size."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QWidget

from . import settings as keys

MARGIN = 16  # leave room for the window frame


def available(widget: QWidget | None = None) -> QSize:
    """The screen's usable area (without task bars) the widget is on."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def fitted(widget: QWidget, width: int, height: int) -> QSize:
    room = available(widget)
    return QSize(min(width, room.width() - MARGIN), min(height, room.height() - MARGIN))


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize to the preferred size, shrunk to the screen; a minimum size wider than the screen is lowered."""
    size = fitted(widget, width, height)
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), size.width()), min(minimum.height(), size.height()))
    widget.resize(size)


def fits_on_screen(widget: QWidget) -> bool:
    """Whether the widget with its frame fits (before it is shown, the frame is only estimated)."""
    room = available(widget)
    return widget.width() <= room.width() - MARGIN and widget.height() <= room.height() - MARGIN


class _SizeKeeper(QObject):
    """Saves a dialog's size when it closes, under the dialog's name."""

    def __init__(self, dialog: QDialog, settings: QSettings, name: str) -> None:
        super().__init__(dialog)
        self.dialog, self.settings, self.name = dialog, settings, name
        dialog.finished.connect(self.save)

    def save(self, _result: int = 0) -> None:
        keys.put(self.settings, keys.DIALOG_SIZE, self.dialog.size(), self.name)


def remember_size(dialog: QDialog, settings: QSettings, name: str | None = None) -> QDialog:
    """Give the dialog the size it had last time (shrunk to this screen), and keep the size it ends with."""
    name = name or type(dialog).__name__
    saved = keys.get(settings, keys.DIALOG_SIZE, name)
    size = saved if isinstance(saved, QSize) and saved.isValid() else dialog.size()
    fit(dialog, size.width(), size.height())
    _SizeKeeper(dialog, settings, name)
    return dialog
