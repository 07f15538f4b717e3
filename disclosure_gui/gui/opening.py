"""Which report the window works on: new (from last year's draft, a published report, or blank), the
example, a copy, an imported file, an earlier version; and last year's report for the cross-year checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from ..core.format import exchange
from ..core.format.calendar import reporting_year
from ..resources import sample_path
from ..store import StoreError
from . import settings as keys
from .dialogs.files import ask_open
from .i18n import tr
from .messages import warn
from .screen import remember_size
from .shell import Shell

# The dialogs load when first opened, not when the window starts.


class Opener:
    def __init__(self, shell: Shell) -> None:
        self.shell = shell

    def new_report(self) -> None:
        from .dialogs.new_year import NewYearDialog

        # A year remembered from an earlier season is never offered: this season's report is the usual new one.
        remembered = keys.get_int(self.shell.settings, keys.NEW_YEAR)
        dialog = NewYearDialog(self.shell.store, max(remembered, reporting_year(date.today())), self.shell.window())
        remember_size(dialog, self.shell.settings)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keys.put(self.shell.settings, keys.NEW_YEAR, dialog.year.value())
        try:
            if dialog.start() == NewYearDialog.FROM_DRAFT and dialog.chosen_draft():
                info = self.shell.store.new_from_last_year(self.shell.store.load(str(dialog.chosen_draft())))
            elif dialog.start() == NewYearDialog.FROM_PUBLISHED:
                last = self._import_published_draft()
                if last is None:
                    return
                info = self.shell.store.new_from_last_year(self.shell.store.load(last))
            else:
                info = self.shell.store.create(dialog.blank_report())
        except StoreError as exc:
            warn(self.shell.window(), str(exc))
            return
        self.shell.open_draft(info.id)

    def open_sample(self) -> None:
        report = exchange.load(sample_path())
        existing = self.shell.store.find(report.meta.agency, report.meta.year)
        try:
            self.shell.open_draft(existing.id if existing else self.shell.store.create(report).id)
        except StoreError as exc:
            warn(self.shell.window(), str(exc))

    def duplicate_report(self) -> None:
        from .dialogs.new_report import NewReportDialog

        if self.shell.document is None or self.shell.document.draft_id is None:
            return
        self.shell.flush()
        meta = self.shell.document.report.meta
        dialog = NewReportDialog(self.shell.window(), agency=meta.agency, year=meta.year, ask_kind=False)
        dialog.setWindowTitle(tr("复制为"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        agency, _kind, year = dialog.values()
        try:
            info = self.shell.store.duplicate(self.shell.document.draft_id, agency, year)
        except StoreError as exc:
            warn(self.shell.window(), str(exc))
            return
        self.shell.open_draft(info.id)

    def show_reports(self) -> None:
        from .dialogs.reports import ReportsDialog

        document = self.shell.document
        dialog = ReportsDialog(
            self.shell.store, self.shell.window(), document.draft_id if document is not None else None
        )
        remember_size(dialog, self.shell.settings)
        if dialog.exec() and dialog.chosen:
            self.shell.open_draft(dialog.chosen)
        elif self.shell.document is None:
            self.shell.refresh_start_page()

    def _import_published_draft(self) -> str | None:
        from .dialogs.import_published import ImportPublishedDialog

        dialog = ImportPublishedDialog(self.shell.store, self.shell.window())
        remember_size(dialog, self.shell.settings)
        return dialog.chosen if dialog.exec() and dialog.chosen else None

    def import_published(self) -> None:
        draft_id = self._import_published_draft()
        if draft_id:
            self.shell.open_draft(draft_id)

    def import_exchange(self) -> None:
        from .dialogs.exchange_files import import_exchange_file

        path = ask_open(
            self.shell.window(),
            self.shell.settings,
            keys.KIND_EXCHANGE,
            tr("导入年报交换文件"),
            tr("年报交换文件 (*.json);;所有文件 (*)"),
        )
        draft_id = import_exchange_file(self.shell.window(), self.shell.store, str(path)) if path else None
        if draft_id:
            self.shell.open_draft(draft_id)

    def show_history(self) -> None:
        from .dialogs.history import HistoryDialog

        if self.shell.document is None or self.shell.document.draft_id is None:
            return
        self.shell.flush()
        dialog = HistoryDialog(self.shell.store, self.shell.document.draft_id, self.shell.window())
        remember_size(dialog, self.shell.settings)
        if dialog.exec() and dialog.restored:
            self.shell.open_draft(self.shell.document.draft_id)

    def choose_previous(self) -> None:
        from .dialogs.exchange_files import load_exchange_file

        if self.shell.document is None:
            return
        path = ask_open(
            self.shell.window(),
            self.shell.settings,
            keys.KIND_EXCHANGE,
            tr("选择上年的年报交换文件"),
            tr("年报交换文件 (*.json)"),
        )
        previous = load_exchange_file(self.shell.window(), str(path)) if path else None
        if previous is None:
            return
        expected = self.shell.document.report.meta.year - 1
        if previous.meta.year != expected:
            warn(self.shell.window(), tr("这是 {0} 年的报告，应选择 {1} 年的报告").format(previous.meta.year, expected))
            return
        self.shell.document.set_previous(previous)
        self.shell.statusBar().showMessage(tr("已载入上年报告，跨年度核对（R7、R10、R11）已启用"), 6000)
