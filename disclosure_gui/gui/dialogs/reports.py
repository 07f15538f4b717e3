"""报告管理: choose the report to work on, and open, create, copy, rename, delete, import and export reports."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from ...core.format import exchange
from ...core.format.report import Report
from ...resources import sample_path
from ...store import Store, StoreError
from .. import settings as keys
from ..i18n import tr
from ..messages import warn
from .exchange_files import export_exchange_file, import_exchange_file
from .files import ask_open
from .list_dialog import ListDialog
from .modal import run_modal
from .new_report import NewReportDialog
from .trash import TrashDialog


class ReportsDialog(ListDialog):
    """Choose the report to work on. After ``accept``: ``chosen`` is the draft to open, or ``next_year_from`` is
    last year's report (and whether it is stored already) that the window makes this year's report from."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        open_id: str | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent, tr("报告管理"), [tr("年度"), tr("单位"), tr("最后修改")])
        self.store = store
        self.settings = settings
        self.open_id = open_id  # the report being edited in the window: not renamed or deleted under it
        self.chosen: str | None = None
        self.next_year_from: tuple[Report, bool] | None = None
        self.note.setText(tr("草稿自动保存在本机；可以从这里打开、新建或管理报告。"))
        self.button(tr("打开"), self._open)
        self.button(tr("新建报告…"), self._new, needs_row=False)
        self.button(tr("以上年报告新建本年报告"), self._next_year)
        self.button(tr("复制为…"), self._duplicate)
        self.button(tr("改名…"), self._rename)
        self.button(tr("删除（移到回收站）"), self._delete)
        self.button(tr("导入交换文件…"), self._import, needs_row=False)
        self.button(tr("从已发布的报告导入…"), self._import_published, needs_row=False)
        self.button(tr("导出交换文件…"), self._export)
        self.button(tr("打开示例报告"), self._sample, needs_row=False)
        self.button(tr("回收站…"), self._trash, needs_row=False)
        self.buttons.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        self.table.doubleClicked.connect(lambda _i: self._open())
        readonly = store.readonly
        for i in range(self.buttons.count()):
            w = self.buttons.itemAt(i).widget()
            if (
                isinstance(w, QPushButton)
                and w.text() not in (tr("打开"), tr("关闭"), tr("导出交换文件…"))
                and readonly
            ):
                w.setProperty("allowed", False)
                w.setEnabled(False)
                w.setToolTip(tr("只读打开：另一个窗口正在编辑这些报告，这里不能修改"))
        self.refresh()

    def refresh(self) -> None:
        drafts = self.store.list_drafts()
        for notice in self.store.notices:  # damaged drafts restored while listing
            warn(self, notice)
        self.store.notices.clear()
        self.set_rows([(d.id, [str(d.year), d.agency, d.updated.replace("T", " ")]) for d in drafts])

    def _finish(self, draft_id: str) -> None:
        self.chosen = draft_id
        self.accept()

    def _open(self) -> None:
        key = self.selected_key()
        if key:
            self._finish(key)

    def _new(self) -> None:
        dialog = NewReportDialog(self)
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return
        agency, kind, year = dialog.values()
        try:
            self._finish(self.store.new_report(agency, year, kind).id)
        except StoreError as exc:
            warn(self, str(exc))

    def _next_year(self) -> None:
        """The window makes the report (one way for every start from last year's report)."""
        key = self.selected_key()
        if not key:
            return
        try:
            self.next_year_from = (self.store.load(key), True)
        except StoreError as exc:
            warn(self, str(exc))
            return
        self.accept()

    def _ask_name(self, title: str, agency: str, year: int) -> tuple[str, str, int] | None:
        dialog = NewReportDialog(self, agency=agency, year=year, ask_kind=False)  # the store keeps no kind apart
        dialog.setWindowTitle(title)
        return dialog.values() if run_modal(dialog) == QDialog.DialogCode.Accepted else None

    def _duplicate(self) -> None:
        key = self.selected_key()
        if not key:
            return
        info = self.store.info(key)
        answer = self._ask_name(tr("复制为"), info.agency, info.year)
        if answer:
            try:
                self.store.duplicate(key, answer[0], answer[2])
            except StoreError as exc:
                warn(self, str(exc))
            self.refresh()

    def _refuse_open(self, key: str, what: str) -> bool:
        """True (and says why) when ``key`` is the report open in the window."""
        if key != self.open_id:
            return False
        warn(self, tr("这份报告正在窗口中编辑，不能{0}。请先用“文件 → 关闭报告”关闭它。").format(what))
        return True

    def _rename(self) -> None:
        key = self.selected_key()
        if not key or self._refuse_open(key, tr("改名")):
            return
        info = self.store.info(key)
        answer = self._ask_name(tr("改名"), info.agency, info.year)
        if answer:
            try:
                self.store.rename(key, answer[0], answer[2])
            except StoreError as exc:
                warn(self, str(exc))
            self.refresh()

    def _delete(self) -> None:
        key = self.selected_key()
        if not key or self._refuse_open(key, tr("删除")):
            return
        info = self.store.info(key)
        sure = QMessageBox.question(
            self,
            tr("删除报告"),
            tr("把“{0}”{1}年报告移到回收站？以后可以从回收站恢复。").format(info.agency, info.year),
        )
        if sure == QMessageBox.StandardButton.Yes:
            self.store.delete(key)
            self.refresh()

    def _import(self) -> None:
        path = ask_open(
            self,
            self.settings,
            keys.KIND_EXCHANGE,
            tr("导入年报交换文件"),
            tr("年报交换文件 (*.json);;所有文件 (*)"),
        )
        if path is not None:
            draft_id = import_exchange_file(self, self.store, str(path))
            if draft_id:
                self._finish(draft_id)

    def _import_published(self) -> None:
        from .import_published import ImportPublishedDialog

        dialog = ImportPublishedDialog(self.store, self, settings=self.settings)
        if not run_modal(dialog):
            return
        if dialog.choice == dialog.NEXT_YEAR and dialog.result is not None:
            self.next_year_from = (dialog.result.report, False)
            self.accept()
        elif dialog.chosen:
            self._finish(dialog.chosen)

    def _export(self) -> None:
        key = self.selected_key()
        if key:
            try:
                report = self.store.load(key)
            except StoreError as exc:
                warn(self, str(exc))
                return
            export_exchange_file(self, report, self.settings)

    def _sample(self) -> None:
        report = exchange.load(sample_path())
        existing = self.store.find(report.meta.agency, report.meta.year)
        try:
            self._finish(existing.id if existing else self.store.create(report).id)
        except StoreError as exc:
            warn(self, str(exc))

    def _trash(self) -> None:
        run_modal(TrashDialog(self.store, self))
        self.refresh()
