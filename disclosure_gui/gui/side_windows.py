"""The window's side windows: 查找, 校验规则说明, 打印字体, 汇总 and 关于. One of each at a time: asked again, the open
one comes to the front."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME
from ..store import Store
from .dialogs.modal import run_modal
from .i18n import tr
from .navigation import Navigator
from .report.document import ReportDocument
from .screen import remember_size
from .work_calendar import CalendarController

if TYPE_CHECKING:
    from .dialogs.checks_help import ChecksHelpDialog
    from .dialogs.find import FindDialog
    from .district.workspace import AggregateWindow
    from .register.view import RegisterTab


class SideWindows:
    """Mixed into the main window, which is the parent of each side window."""

    store: Store
    settings: QSettings
    document: ReportDocument | None
    navigator: Navigator
    register_tab: RegisterTab | None
    calendar: CalendarController
    find_dialog: FindDialog
    help_dialog: ChecksHelpDialog
    aggregate_window: AggregateWindow

    def open_draft(self, draft_id: str) -> None:
        raise NotImplementedError

    def _window(self) -> QWidget:
        return cast(QWidget, self)

    @staticmethod
    def _raise(window: QWidget | None) -> bool:
        """A window of the kind asked for that is already open comes to the front instead of a second one."""
        if window is None or not shiboken6.isValid(window) or not window.isVisible():
            return False
        window.raise_()
        window.activateWindow()
        return True

    def show_find(self) -> None:
        from .dialogs.find import FindDialog

        if self.document is None:
            return
        register = self.register_tab
        if register is not None and register.isVisible():  # Ctrl+F in the register: its own filter box
            register.filter_edit.setFocus()
            register.filter_edit.selectAll()
            return
        if self._raise(getattr(self, "find_dialog", None)):
            return
        dialog = FindDialog(self.document, self.settings, self._window())
        dialog.chosen.connect(self.navigator.show_text)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.find_dialog = dialog

    def show_checks_help(self) -> None:
        self.show_help("checks.md")

    def show_help(self, doc: str) -> None:
        """One help window: asked for another document, the open one shows it."""
        from .dialogs.checks_help import ChecksHelpDialog

        open_one = getattr(self, "help_dialog", None)
        if self._raise(open_one):
            assert open_one is not None
            open_one.show_doc(doc)
            return
        dialog = ChecksHelpDialog(self.settings, self._window(), doc)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.help_dialog = dialog

    def show_font_settings(self) -> None:
        from .dialogs.fonts import FontSettingsDialog

        dialog = FontSettingsDialog(self.settings, self._window())
        remember_size(dialog, self.settings)
        run_modal(dialog)

    def show_holiday_settings(self) -> None:
        from .dialogs.holidays import HolidayDialog

        dialog = HolidayDialog(self.calendar, self._window())
        remember_size(dialog, self.settings)
        run_modal(dialog)

    def show_aggregate(self) -> None:
        from .district.workspace import AggregateWindow

        if self._raise(getattr(self, "aggregate_window", None)):
            return
        window = AggregateWindow(self.store, self._window(), self.settings)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a closed workspace is not kept hidden
        remember_size(window, self.settings)
        window.draftCreated.connect(self.open_draft)
        window.show()
        self.aggregate_window = window
        window.restore()  # the folder, the unit list and last year's reports of last time

    def about(self) -> None:
        from .. import __version__

        QMessageBox.about(
            self._window(),
            tr("关于{0}").format(APP_NAME),
            tr(
                "<b>{0}</b> {1}<br>按国办公开办函〔2021〕30号格式编写、校验、发布政府信息公开工作年度报告。"
                "<br>完全离线运行，不联网。"
            ).format(APP_NAME, __version__),
        )
