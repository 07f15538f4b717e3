"""The reports dialog (open, new, new from last year, duplicate, rename, delete, import/export),
history and trash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.format import exchange, schema
from ...core.format.report import Report
from ...core.outputs import OutputError, write_text
from ...resources import sample_path
from ...store import Store, StoreError
from ..i18n import tr


def warn(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, tr("年报助手"), message)  # type: ignore[arg-type]  # None: no parent window


def load_exchange_file(parent: QWidget | None, path: str) -> Report | None:
    """Read an exchange file the user chose; on failure say why and where, and return None."""
    try:
        return exchange.load(path)
    except exchange.ExchangeError as exc:
        warn(parent, tr("无法读取 {0}：{1}").format(Path(path).name, exc))
        return None


BUTTON_PADDING = 12  # px either side of a button's label


class NewReportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        agency: str = "",
        year: int | None = None,
        ask_kind: bool = True,
        ask_year: bool = True,
    ) -> None:
        """``ask_kind``/``ask_year`` False: the caller does not use that value, so the field is not shown."""
        super().__init__(parent)
        self.setWindowTitle(tr("新建报告"))
        form = QFormLayout(self)
        self.agency = QLineEdit(agency)
        self.agency.setPlaceholderText(tr("如：某某区科技局、某某镇人民政府"))
        self.kind = QComboBox()
        for key, label in schema.AGENCY_KINDS.items():
            self.kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setRange(2021, 2100)
        self.year.setValue(year or date.today().year - (0 if date.today().month > 6 else 1))
        form.addRow(tr("单位名称"), self.agency)
        form.addRow(tr("单位类型"), self.kind)
        form.addRow(tr("报告年度"), self.year)
        form.setRowVisible(self.kind, ask_kind)
        form.setRowVisible(self.year, ask_year)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _accept(self) -> None:
        if not self.agency.text().strip():
            warn(self, tr("请填写单位名称"))
            return
        self.accept()

    def values(self) -> tuple[str, str, int]:
        return self.agency.text().strip(), str(self.kind.currentData()), self.year.value()


class _ListDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, headers: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 420)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.buttons = QVBoxLayout()
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(self.buttons)
        outer = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        outer.addWidget(self.note)
        outer.addLayout(body)

    def button(self, text: str, slot: object, *, needs_row: bool = True) -> QPushButton:
        b = QPushButton(text)
        b.setMinimumWidth(b.fontMetrics().horizontalAdvance(text) + 2 * BUTTON_PADDING)  # no label touching its edges
        b.clicked.connect(slot)
        b.setProperty("needs_row", needs_row)
        b.setProperty("allowed", True)  # False: disabled for good (read-only store)
        self.buttons.addWidget(b)
        return b

    def update_buttons(self) -> None:
        """Buttons that act on a row are disabled, saying why, while no row is selected."""
        has_row = bool(self.table.selectedItems())
        for i in range(self.buttons.count()):
            button = self.buttons.itemAt(i).widget()
            if isinstance(button, QPushButton) and button.property("needs_row") and button.property("allowed"):
                button.setEnabled(has_row)
                button.setToolTip("" if has_row else tr("请先在列表中选择一份报告"))

    def set_rows(self, rows: list[tuple[str, list[str]]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (key, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)
        self.update_buttons()

    def selected_key(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None


class ReportsDialog(_ListDialog):
    """Choose the report to work on; ``chosen`` is the draft id after ``accept``."""

    def __init__(self, store: Store, parent: QWidget | None = None, open_id: str | None = None) -> None:
        super().__init__(parent, tr("报告管理"), [tr("年度"), tr("单位"), tr("最后修改")])
        self.store = store
        self.open_id = open_id  # the report being edited in the window: not renamed or deleted under it
        self.chosen: str | None = None
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
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        agency, kind, year = dialog.values()
        try:
            self._finish(self.store.new_report(agency, year, kind).id)
        except StoreError as exc:
            warn(self, exc.message)

    def _next_year(self) -> None:
        key = self.selected_key()
        if not key:
            return
        try:
            info = self.store.new_from_last_year(self.store.load(key))
        except StoreError as exc:
            warn(self, exc.message)
            return
        QMessageBox.information(
            self,
            tr("以上年报告新建"),
            tr(
                "已新建 {0} 年报告：上年结转、现行有效件数已从上年报告带入；"
                "正文照搬了上年内容，其中的年份已标出，请逐一核对改写，避免内容雷同。"
            ).format(info.year),
        )
        self._finish(info.id)

    def _ask_name(self, title: str, agency: str, year: int) -> tuple[str, str, int] | None:
        dialog = NewReportDialog(self, agency=agency, year=year, ask_kind=False)  # the store keeps no kind apart
        dialog.setWindowTitle(title)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

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
                warn(self, exc.message)
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
                warn(self, exc.message)
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
        path, _ = QFileDialog.getOpenFileName(
            self, tr("导入年报交换文件"), "", tr("年报交换文件 (*.json);;所有文件 (*)")
        )
        if path:
            draft_id = import_exchange_file(self, self.store, path)
            if draft_id:
                self._finish(draft_id)

    def _import_published(self) -> None:
        from .import_published import ImportPublishedDialog

        dialog = ImportPublishedDialog(self.store, self)
        if dialog.exec() and dialog.chosen:
            self._finish(dialog.chosen)

    def _export(self) -> None:
        key = self.selected_key()
        if key:
            export_exchange_file(self, self.store.load(key))

    def _sample(self) -> None:
        report = exchange.load(sample_path())
        existing = self.store.find(report.meta.agency, report.meta.year)
        try:
            self._finish(existing.id if existing else self.store.create(report).id)
        except StoreError as exc:
            warn(self, exc.message)

    def _trash(self) -> None:
        TrashDialog(self.store, self).exec()
        self.refresh()


def import_exchange_file(parent: QWidget, store: Store, path: str) -> str | None:
    """Store the report of an exchange file as a draft (asking before replacing one); its id, or None."""
    report = load_exchange_file(parent, path)
    if report is None:
        return None
    existing = store.find(report.meta.agency, report.meta.year)
    if existing:
        sure = QMessageBox.question(
            parent,
            tr("导入"),
            tr("已有“{0}”{1}年的草稿。用导入的文件替换它吗？（原内容保留在历史版本中）").format(
                report.meta.agency, report.meta.year
            ),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return None
    try:
        return store.create(report, replace=existing is not None).id
    except StoreError as exc:
        warn(parent, exc.message)
        return None


def export_exchange_file(parent: QWidget, report: Report) -> None:
    name = exchange.suggested_filename(report)
    path, _ = QFileDialog.getSaveFileName(parent, tr("导出年报交换文件"), name, tr("年报交换文件 (*.json)"))
    if not path:
        return
    try:
        text = exchange.dumps(report)
    except exchange.BlankCellsError as exc:
        warn(parent, tr("还不能导出：{0}").format(exc.message))
        return
    try:
        write_text(path, text)
    except OutputError as exc:
        warn(parent, exc.message)


class HistoryDialog(_ListDialog):
    def __init__(self, store: Store, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, tr("历史版本"), [tr("保存时间"), tr("方式")])
        self.store = store
        self.draft_id = draft_id
        self.restored = False
        self.note.setText(
            tr("每次“保存”和自动保存时（至多每几分钟一次）都会留下一个版本。恢复前，当前内容也会先存为一个版本。")
        )
        restore = self.button(tr("恢复此版本"), self._restore)
        if store.readonly:
            restore.setProperty("allowed", False)
            restore.setEnabled(False)
            restore.setToolTip(tr("只读打开：另一个窗口正在编辑这些报告，这里不能修改"))
        self.buttons.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        versions = store.history(draft_id)
        self.set_rows(
            [(v.id, [v.saved.replace("T", " "), tr("手动保存") if v.explicit else tr("自动保存")]) for v in versions]
        )

    def _restore(self) -> None:
        key = self.selected_key()
        if not key:
            return
        try:
            self.store.restore_version(self.draft_id, key)
        except StoreError as exc:
            warn(self, exc.message)
            return
        self.restored = True
        self.accept()


class TrashDialog(_ListDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, tr("回收站"), [tr("年度"), tr("单位"), tr("删除时间")])
        self.store = store
        self.button(tr("恢复"), self._restore)
        self.button(tr("清空回收站"), self._empty, needs_row=False)
        self.buttons.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        items = self.store.list_trash()
        self.set_rows([(t.id, [str(t.year), t.agency, t.deleted.replace("T", " ")]) for t in items])

    def _restore(self) -> None:
        key = self.selected_key()
        if key:
            try:
                self.store.restore_from_trash(key)
            except StoreError as exc:
                warn(self, exc.message)
            self.refresh()

    def _empty(self) -> None:
        sure = QMessageBox.question(self, tr("清空回收站"), tr("永久删除回收站中的所有报告？此操作不能撤销。"))
        if sure == QMessageBox.StandardButton.Yes:
            self.store.empty_trash()
            self.refresh()
