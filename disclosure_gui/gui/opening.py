"""Which report the window works on: new (from last year's draft, a published report, or blank), the
example, a copy, an imported file, an earlier version; and last year's report for the cross-year checks."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QMessageBox

from ..core.format import exchange
from ..core.format.calendar import reporting_year
from ..core.format.report import Report
from ..resources import sample_path
from ..store import Store, StoreError
from . import settings as keys
from .dialogs.files import ask_open
from .dialogs.modal import run_modal
from .i18n import tr
from .messages import warn
from .screen import remember_size
from .shell import Shell

if TYPE_CHECKING:
    from .dialogs.import_published import ImportPublishedDialog

# The dialogs load when first opened, not when the window starts.


def stored_last_year(store: Store, report: Report) -> Report | None:
    """Last year's report of the same unit, when the store has it: what R7, R10, R11, Q11, Q22 and the year update
    compare with. A draft that cannot be read is no previous report (the store says so when it is opened)."""
    info = store.find(report.meta.agency, report.meta.year - 1)
    if info is None:
        return None
    try:
        return store.load(info.id)
    except StoreError:
        return None


class Opener:
    def __init__(self, shell: Shell) -> None:
        self.shell = shell

    def new_report(self) -> None:
        from .dialogs.new_year import NewYearDialog

        self.shell.flush()  # a draft replaced below must not be overwritten by the window's copy afterwards
        # A year remembered from an earlier season is never offered: this season's report is the usual new one.
        remembered = keys.get_int(self.shell.settings, keys.NEW_YEAR)
        dialog = NewYearDialog(self.shell.store, max(remembered, reporting_year(date.today())), self.shell.window())
        remember_size(dialog, self.shell.settings)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        year = dialog.year.value()
        keys.put(self.shell.settings, keys.NEW_YEAR, year)
        chosen = dialog.chosen_draft()
        if dialog.start() == NewYearDialog.FROM_DRAFT and chosen:
            try:
                last = self.shell.store.load(chosen)
            except StoreError as exc:
                warn(self.shell.window(), str(exc))
                return
            self.start_from_last_year(last, year, stored=True)
        elif dialog.start() == NewYearDialog.FROM_PUBLISHED:
            imported = self._ask_published(year)
            if imported is not None and imported.choice == imported.NEXT_YEAR and imported.result is not None:
                self.start_from_last_year(imported.result.report, year)
        elif not self._open_existing(dialog.blank_report().meta.agency, year):
            try:
                info = self.shell.store.create(dialog.blank_report())
            except StoreError as exc:
                warn(self.shell.window(), str(exc))
                return
            self.shell.open_draft(info.id)

    def _open_existing(self, agency: str, year: int) -> bool:
        """When the unit has a report of that year, offer to open it (a second one cannot be made). True: there is
        one (opened or not)."""
        existing = self.shell.store.find(agency, year)
        if existing is None:
            return False
        answer = QMessageBox.question(
            self.shell.window(), tr("新建本年度报告"), tr("已有“{0}”{1}年的报告。打开它吗？").format(agency, year)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.shell.open_draft(existing.id)
        return True

    def start_from_last_year(self, last: Report, year: int, *, stored: bool = False) -> None:
        """The one way a report is made from last year's: last year's report is kept (it is what the cross-year
        checks and the year update compare with), exactly one report is made, for ``year``, and the year update
        step follows. ``stored``: ``last`` is a draft already."""
        parent = self.shell.window()
        store = self.shell.store
        agency = last.meta.agency
        if last.meta.year != year - 1:
            warn(
                parent,
                tr("这是{0}年的报告，不能作为{1}年报告的上年报告：请选择{2}年的报告，或把报告年度改为{3}年。").format(
                    last.meta.year, year, year - 1, last.meta.year + 1
                ),
            )
            return
        if self._open_existing(agency, year):
            return
        try:
            base = last if stored else self._keep_last_year(last)
            if base is None:
                return
            info = store.new_from_last_year(base, year)
        except StoreError as exc:
            warn(parent, str(exc))
            return
        self.shell.open_draft(info.id)
        self.shell.update_copied_years()

    def _keep_last_year(self, imported: Report) -> Report | None:
        """Store an imported last year's report; when the store has a draft of that year, the officer says which
        of the two is last year's report. None: cancelled."""
        store = self.shell.store
        meta = imported.meta
        kept = store.find(meta.agency, meta.year)
        if kept is None:
            store.create(imported)
            return imported
        box = QMessageBox(QMessageBox.Icon.Question, tr("上年报告"), "", parent=self.shell.window())
        box.setText(tr("本机已有“{0}”{1}年的草稿。上年报告用哪一份？").format(meta.agency, meta.year))
        use_imported = box.addButton(tr("用刚导入的已发布报告"), QMessageBox.ButtonRole.AcceptRole)
        use_draft = box.addButton(tr("用本机的草稿"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText(tr("选“用刚导入的已发布报告”时，本机草稿的内容保留在它的历史版本中。"))
        run_modal(box)
        if box.clickedButton() is use_imported:
            store.create(imported, replace=True)
            return imported
        if box.clickedButton() is use_draft:
            return store.load(kept.id)
        return None

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
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
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

        self.shell.flush()
        document = self.shell.document
        dialog = ReportsDialog(
            self.shell.store,
            self.shell.window(),
            document.draft_id if document is not None else None,
            settings=self.shell.settings,
        )
        remember_size(dialog, self.shell.settings)
        if not run_modal(dialog):
            if self.shell.document is None:
                self.shell.refresh_start_page()
            return
        if dialog.next_year_from is not None:
            last, stored = dialog.next_year_from
            self.start_from_last_year(last, last.meta.year + 1, stored=stored)
        elif dialog.chosen:
            self.shell.open_draft(dialog.chosen)

    def _ask_published(self, year: int | None = None) -> ImportPublishedDialog | None:
        """The import dialog, answered (None: cancelled)."""
        from .dialogs.import_published import ImportPublishedDialog

        dialog = ImportPublishedDialog(self.shell.store, self.shell.window(), settings=self.shell.settings, year=year)
        remember_size(dialog, self.shell.settings)
        return dialog if run_modal(dialog) else None

    def import_published(self) -> None:
        self.shell.flush()
        dialog = self._ask_published()
        if dialog is None:
            return
        if dialog.choice == dialog.NEXT_YEAR and dialog.result is not None:
            last = dialog.result.report
            self.start_from_last_year(last, last.meta.year + 1)
        elif dialog.chosen:
            self.shell.open_draft(dialog.chosen)

    def import_exchange(self) -> None:
        from .dialogs.exchange_files import import_exchange_file

        self.shell.flush()
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
        if run_modal(dialog) and dialog.restored:
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
