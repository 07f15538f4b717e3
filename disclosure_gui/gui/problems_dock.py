"""Where the problems panel sits: beside the tabs on a wide screen, under them on a narrow one. Under the tabs it
is one line when closed and the height the officer last gave it when open; on a screen 800 pixels high or less it
starts closed, so table 三 keeps its rows."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from . import settings as keys
from .i18n import tr
from .report.problems_panel import ProblemsPanel
from .screen import available

WIDE_SCREEN = 1440  # narrower: the panel goes under the tabs (beside them, table 三 squeezes it unreadable)
TALL_SCREEN = 800  # lower: the panel starts closed
OPEN_HEIGHT = 170  # under the tabs, open, until the officer drags it to another height
NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class ProblemsDock(QDockWidget):
    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(tr("问题"), window)
        self.main = window
        self.settings = settings
        self.panel: ProblemsPanel | None = None
        self.setObjectName("problems")
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setTitleBarWidget(QWidget())  # the panel's own header line says 问题 and carries its buttons
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)

    def set_panel(self, panel: ProblemsPanel) -> None:
        self.panel = panel
        self.setWidget(panel)
        remembered = keys.get(self.settings, keys.PROBLEMS_OPEN)
        tall = available(self.main).height() > TALL_SCREEN
        panel.set_open(tall if remembered in (None, "") else keys.get_bool(self.settings, keys.PROBLEMS_OPEN))
        panel.openChanged.connect(self._opened)

    def below(self) -> bool:
        return self.main.dockWidgetArea(self) == Qt.DockWidgetArea.BottomDockWidgetArea

    def place(self) -> None:
        """Under the tabs on a narrow screen (1024 or 1366 wide), at its open or closed height."""
        if self.main.dockWidgetArea(self) == Qt.DockWidgetArea.RightDockWidgetArea:
            if available(self.main).width() >= WIDE_SCREEN:
                return
            self.main.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self)
        self._fit()

    def _fit(self) -> None:
        if self.panel is None or not self.below():
            return
        if self.panel.is_open():
            self.setMaximumHeight(NO_LIMIT)
            height = keys.get_int(self.settings, keys.PROBLEMS_HEIGHT) or OPEN_HEIGHT
            self.main.resizeDocks([self], [height], Qt.Orientation.Vertical)
        else:
            self.setMaximumHeight(self.panel.header_height())

    def _opened(self, open_: bool) -> None:
        if not open_:
            self.remember_height(closing=True)  # the dock still has the height it had open
        keys.put(self.settings, keys.PROBLEMS_OPEN, open_)
        self._fit()

    def remember_height(self, *, closing: bool = False) -> None:
        """The height the officer gave the open panel (kept for the next time it opens)."""
        is_open = closing or (self.panel is not None and self.panel.is_open())
        if is_open and self.below() and self.isVisible():
            keys.put(self.settings, keys.PROBLEMS_HEIGHT, self.height())
