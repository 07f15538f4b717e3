"""What the main window's helpers (actions, navigation, opening, exporting) may use of it, as a small Protocol:
they never import :mod:`.main_window`, so no import circle forms. :class:`.main_window.MainWindow` is one."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QStatusBar, QTabWidget, QWidget

from ..store import Store
from .local_profile import ProfileController
from .report.document import ReportDocument
from .report.problems_panel import ProblemsPanel
from .report.read_only import GuardedUndoStack
from .report.tabs.base import ReportTab


class Shell(Protocol):
    store: Store
    settings: QSettings
    stack: GuardedUndoStack
    document: ReportDocument | None
    profiles: ProfileController
    tabs: QTabWidget
    report_tabs: list[ReportTab]
    problems: ProblemsPanel | None

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs the helpers open (QWidget.window())."""
        ...

    def statusBar(self) -> QStatusBar: ...

    # Reports
    def open_draft(self, draft_id: str) -> None: ...
    def close_report(self) -> None: ...
    def refresh_start_page(self) -> None: ...
    def flush(self) -> None: ...
    def save_now(self, explicit: bool = False) -> bool: ...
    def commit_pending_edit(self) -> None: ...
    def close(self) -> bool: ...

    # Commands that open a part of the window
    def show_find(self) -> None: ...
    def next_problem(self) -> None: ...
    def show_aggregate(self) -> None: ...
    def show_font_settings(self) -> None: ...
    def show_checks_help(self) -> None: ...
    def about(self) -> None: ...
