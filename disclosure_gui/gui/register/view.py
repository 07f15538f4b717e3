"""The 依申请公开台账 tab: the register of the report's year, its deadlines, and the tables counted from it.

Keyboard-first like the report tables: type into a cell (choice columns open a list), Insert adds an
application, Ctrl+Delete removes the selected ones, Ctrl+F filters. Every change is one undo step on the
window's stack; 「应用到报告」 writes table 三, table 四 and the fee figures into the report as one step,
after which any cell where report and register differ is a finding (rule T1) on that cell.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.filenames import native_path
from ...core.format import schema
from ...core.format.workdays import current
from ...core.outputs import os_error_text
from ...core.register.model import Application, merge
from ...core.register.storage import RegisterFileError, applied_mark, move_register, register_folder
from ...core.register.tables import apply_to
from .. import settings as keys
from ..dialogs.files import ask_open, ask_save
from ..dialogs.modal import run_modal
from ..i18n import tr
from ..report.commands import SetCellsCommand
from ..report.document import ReportDocument
from ..status_bar import spaced_label
from .model import COLUMNS, RegisterDocument, RegisterTableModel, SetApplicationsCommand
from .parts import ChoiceDelegate, FilterProxy, T3Model

if TYPE_CHECKING:
    from ...core.register.export import Personal
    from ...core.register.tabular import ImportResult

# Reading and writing register files (spreadsheets) is imported on first use, not when a report opens.

LIST_SHARE = 62  # percent of the tab's height for the application list at first
FOLLOW_DELAY_MS = 700  # after the last keystroke in 单位名称 (a folder is not renamed on every character)


class RegisterTab(QWidget):
    statusText = Signal(str)  # due soon / overdue summary for the status bar
    message = Signal(str, bool)  # text, is error

    def __init__(
        self,
        report_doc: ReportDocument,
        stack: QUndoStack,
        data_dir: Path,
        *,
        readonly: bool,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.report_doc, self.stack, self.data_dir, self.readonly = report_doc, stack, data_dir, readonly
        self.settings = settings  # where register files were last read and written
        meta = report_doc.report.meta
        self.folder = register_folder(data_dir, meta.agency)
        self.adopted = False
        self.doc = RegisterDocument(None if readonly else self.folder, meta.agency, meta.year)
        self.load_error = self.doc.load(self.folder)
        self.model = RegisterTableModel(self.doc, stack)
        self.proxy = FilterProxy()
        self.proxy.setSourceModel(self.model)
        self._build()
        self.model.inputRejected.connect(self._rejected)
        self.doc.changed.connect(self._refresh)
        self.doc.saveFailed.connect(lambda text: self.message.emit(text, True))
        self._compare()
        self._refresh()
        # The register follows the report's 单位名称 and 报告年度 once the officer stops typing.
        self.follow_timer = QTimer(self)
        self.follow_timer.setSingleShot(True)
        self.follow_timer.setInterval(FOLLOW_DELAY_MS)
        self.follow_timer.timeout.connect(self.follow_report)
        report_doc.metaChanged.connect(self.follow_timer.start)

    def follow_report(self) -> None:
        """Count the report's year and keep the register under the report's unit name: a renamed unit takes its
        register folder along; when the new name already has a register, that one is shown and the officer is
        told where the old one stayed."""
        self.follow_timer.stop()
        meta = self.report_doc.report.meta
        if (meta.agency, meta.year) == (self.doc.agency, self.doc.year):
            return
        self.doc.save()
        folder = register_folder(self.data_dir, meta.agency)
        other = False  # True: the register under the new name is read (nothing was moved)
        refused = ""
        if folder != self.folder:
            other = True
            try:
                if not self.readonly and self.doc.folder is not None and not self.adopted:
                    other = not move_register(self.folder, folder)
            except RegisterFileError as exc:
                refused = str(exc)
            self.adopted = bool(refused)  # showing the register kept under that name: it does not move with us
        self.folder = folder
        error = self.doc.switch(folder, meta.agency, meta.year, other_register=other, writable=not self.readonly)
        self.notice.setText(error)
        if refused:
            self._error(refused)
        self.heading.setText(self._heading_text())
        self._compare()
        self._refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.follow_report()
        super().showEvent(event)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel(self._heading_text())
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        layout.addLayout(bar)
        for text, slot in (
            (tr("新增申请（Insert）"), self.add_application),
            (tr("删除所选（Ctrl+Delete）"), self.remove_selected),
            (tr("导入Excel/CSV…"), self.import_dialog),
            (tr("导出台账…"), self.export_dialog),
            (tr("下载标准模板…"), self.template_dialog),
            (tr("应用到报告"), self.apply_to_report),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(self.doc.folder is not None or text.startswith(tr("导出")))
            bar.addWidget(button)
        bar.addStretch()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(tr("筛选（Ctrl+F）：编号、内容、结果…"))
        self.state_combo = QComboBox()
        self.state_combo.addItems([tr("全部"), tr("办理中"), tr("即将到期和已超期"), tr("已超期")])
        self.filter_edit.textChanged.connect(self._filter)
        self.state_combo.currentIndexChanged.connect(self._filter)
        # The filters get a row of their own: beside the six buttons they made the tab ~900 px wide at minimum,
        # wider than a 1024 screen leaves once the window frame is counted.
        filters = QHBoxLayout()
        layout.addLayout(filters)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.state_combo)
        self.cell_button = QPushButton()
        self.cell_button.setVisible(False)
        self.cell_button.clicked.connect(lambda: self.show_cell(None))
        filters.addWidget(self.cell_button)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # order of entry at first
        self.view.setSortingEnabled(True)
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.t3_view = QTableView()
        self.t3_view.setModel(T3Model(self.doc))
        self.t3_view.verticalHeader().setDefaultSectionSize(22)
        self.t3_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.t3_view.setToolTip(tr("双击（或按回车）一个单元格，上方只列出计入该单元格的申请"))
        self.t3_view.activated.connect(self.show_cell)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary_area = QScrollArea()  # 表四, fees and the register's problems scroll rather than being cut off
        summary_area.setWidgetResizable(True)
        summary_area.setFrameShape(QFrame.Shape.NoFrame)
        summary_area.setWidget(self.summary)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.t3_view, 5)
        lower_layout.addWidget(summary_area, 2)
        # The applications are what the officer works in: on a 768-high screen they get most of the height
        # (table 三 scrolls, and double-clicking a cell lists its applications above anyway).
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(self.view)
        self.split.addWidget(lower)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        self.split.setSizes([LIST_SHARE, 100 - LIST_SHARE])
        layout.addWidget(self.split)
        self.notice = QLabel(self.load_error)
        self.notice.setStyleSheet("color:#b00000")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        for sequence, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_application),
            (QKeySequence("Ctrl+Del"), self.remove_selected),
        ):
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _heading_text(self) -> str:
        year = self.doc.year
        head = tr(
            "依申请公开台账：下方统计{0}年的表三、表四和信息处理费。上年结转按台账中{1}年及以前收到、"
            "年底尚未答复的申请统计，请把这些申请也登记进来。"
        ).format(year, year - 1)
        if not current().knows(year):
            head += tr(
                "　注意：程序尚未收录{0}年的法定节假日安排，答复期限按周一至周五估算并标“（估）”；"
                "可在“设置 → 节假日安排”中录入"
            ).format(year)
        return head

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:  # the window closes: write what the save timer still holds
            self.finish()
        return False

    def finish(self) -> None:
        """The report closes: follow a rename not yet followed, write what the save timer still holds."""
        self.follow_report()
        self.doc.save()

    def _filter(self) -> None:
        self.proxy.set_filter(self.filter_edit.text(), self.state_combo.currentIndex())

    def show_cell(self, index: QModelIndex | None) -> None:
        """List only the applications counted in a cell of table 三 (None: all again)."""
        if index is None or not index.isValid():
            self.proxy.set_cell(None)
            self.cell_button.setVisible(False)
            return
        row = schema.T3_ROWS[index.row()]
        self.proxy.set_cell((row.key, index.column()))
        label = tr("只列出：{0} · {1}（{2} 件）— 点此显示全部").format(
            row.short, schema.T3_COLUMNS[index.column()], self.proxy.rowCount()
        )
        self.cell_button.setText(label)
        self.cell_button.setVisible(True)

    def _rejected(self, text: str) -> None:
        self.notice.setText(text)
        self.message.emit(text, True)

    def _refresh(self) -> None:
        t = self.doc.tables()
        t4 = "；".join(
            tr("{0}：{1}").format(
                g.label, "、".join(f"{c} {v}" for c, v in zip(schema.T4_RESULT_COLUMNS, t.t4[g.key], strict=True))
            )
            for g in schema.T4_GROUPS
        )
        fees = tr("信息处理费：发出收费通知 {0} 件，金额 {1} 元，实际收取 {2} 元").format(
            t.notices_issued, t.notice_amount_yuan, t.collected_yuan
        )
        problems = self.doc.problem_lines()
        shown = "\n".join(problems[:8]) + (tr("\n…共 {0} 处").format(len(problems)) if len(problems) > 8 else "")
        self.summary.setText(
            "\n\n".join(x for x in (tr("表四　") + t4, fees, tr("台账问题：\n") + shown if problems else "") if x)
        )
        soon, overdue = self.doc.open_states()
        self.statusText.emit(tr("台账：{0} 件即将到期，{1} 件已超期").format(soon, overdue) if soon or overdue else "")
        self._compare()

    # ------------------------------------------------------------------ editing

    def add_application(self) -> None:
        self.follow_report()
        if self.doc.folder is None:
            return
        today = date.today()
        received = today if today.year == self.doc.year else date(self.doc.year, 12, 31)
        app = Application(self.doc.next_number(), received, 0)
        self.stack.push(SetApplicationsCommand(self.doc, [*self.doc.apps, app], tr("新增申请 {0}").format(app.no)))
        source = self.model.index(self.model.shown_row(len(self.doc.apps) - 1), COLUMNS.index("applicant"))
        index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus()

    def selected_rows(self) -> list[int]:
        indexes = self.view.selectionModel().selectedIndexes()
        return sorted({self.model.doc_row(self.proxy.mapToSource(i).row()) for i in indexes})

    def remove_selected(self) -> None:
        rows = set(self.selected_rows())
        if not rows or self.doc.folder is None:
            return
        kept = [a for i, a in enumerate(self.doc.apps) if i not in rows]
        self.stack.push(SetApplicationsCommand(self.doc, kept, tr("删除 {0} 件申请").format(len(rows))))

    # ------------------------------------------------------------------ files

    def _memory_path(self) -> Path:
        from ...core.register.columns import memory_path

        return memory_path(self.data_dir)

    def import_dialog(self) -> None:
        kinds = tr("Excel、WPS 或 CSV 表格 (*.xlsx *.xlsm *.xls *.et *.ods *.csv *.txt)")
        chosen = ask_open(self, self.settings, keys.KIND_REGISTER, tr("导入依申请公开台账"), kinds)
        if chosen:
            self.import_path(chosen, ask=True)

    def import_path(self, path: Path, *, ask: bool) -> ImportResult | None:
        """Read a register file (asking for the column mapping when ``ask``), merge it in as one undo step."""
        from ...core.register.columns import guess_mapping, load_memory, remember
        from ...core.register.tabular import read_sheet, to_applications
        from .import_columns import ColumnMappingDialog

        self.follow_report()
        try:
            sheet = read_sheet(path)
            mapping = guess_mapping(sheet.headers, load_memory(self._memory_path()))
            if ask:
                dialog = ColumnMappingDialog(sheet.headers, sheet.rows[0] if sheet.rows else [], mapping, self)
                if run_modal(dialog) != ColumnMappingDialog.DialogCode.Accepted:
                    return None
                mapping = dialog.mapping()
                remember(self._memory_path(), sheet.headers, mapping)
            result = to_applications(sheet, mapping)
        except UserError as exc:
            self._error(str(exc))
            return None
        merged, added, updated = merge(self.doc.apps, result.applications)
        if added or updated:
            text = tr("从 {0} 导入台账").format(path.name)
            self.stack.push(SetApplicationsCommand(self.doc, merged, text))
        summary = tr("新增 {0} 件，更新 {1} 件").format(added, updated)
        if sheet.note:  # read from a hidden sheet: the officer should know where the rows came from
            summary = f"{sheet.note}；{summary}"
        if result.unplaced:
            lines = "\n".join(u.describe() for u in result.unplaced)
            summary += tr("；{0} 行无法归类，未导入，请在文件中改正后再导入").format(len(result.unplaced))
            if ask:
                box = QMessageBox(QMessageBox.Icon.Warning, tr("导入台账"), summary, parent=self)
                box.setDetailedText(lines)
                run_modal(box)
            first = "\n".join(u.describe() for u in result.unplaced[:8])
            more = tr("\n…（共 {0} 行，见导入时的详细信息）").format(len(result.unplaced))
            more = more if len(result.unplaced) > 8 else ""
            self.notice.setText(summary + "\n" + first + more)
        self.message.emit(summary, bool(result.unplaced))
        return result

    def _error(self, text: str) -> None:
        self.notice.setText(text)
        if self.isVisible():
            QMessageBox.warning(self, tr("年报助手"), text)
        self.message.emit(text, True)

    def export_dialog(self) -> None:
        chosen = ask_save(
            self,
            self.settings,
            keys.KIND_REGISTER,
            tr("导出台账"),
            tr("依申请公开台账.xlsx"),
            tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if chosen is None:
            return
        personal = self._ask_personal()
        if personal is not None:
            self.export_register(chosen, personal=personal)

    def _ask_personal(self) -> Personal | None:
        """Applicants' names and contacts are personal information: left out unless the officer chooses them."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("导出台账"), "", parent=self)
        box.setText(tr("导出的台账是否包含申请人姓名和联系方式？"))
        box.setInformativeText(tr("这是个人信息。交给他人（如汇总、检查）时请选“不含个人信息”或“遮盖”。"))
        left_out = box.addButton(tr("不含个人信息"), QMessageBox.ButtonRole.AcceptRole)
        masked = box.addButton(tr("遮盖（张*、138****1234）"), QMessageBox.ButtonRole.AcceptRole)
        full = box.addButton(tr("完整（仅供本单位使用）"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(left_out)
        run_modal(box)
        choices: dict[object, Personal] = {left_out: "none", masked: "masked", full: "full"}
        return choices.get(box.clickedButton())

    def export_register(self, path: Path, *, personal: Personal) -> bool:
        """The register with its 答复期限 and 办理状态, personal data as chosen."""
        from ...core.register.export import export_register

        try:
            export_register(path, self.doc.apps, personal=personal, today=self.doc.today)
        except UserError as exc:
            self._error(str(exc))
            return False
        self.message.emit(tr("已导出 {0}").format(path), False)
        return True

    def export_path(self, path: Path, *, personal: bool, template: bool = False) -> bool:
        from ...core.register.tabular import export_fields, write_table

        try:
            write_table(path, [] if template else self.doc.apps, export_fields(personal=personal, template=template))
        except UserError as exc:
            self._error(str(exc))
            return False
        self.message.emit(tr("已导出 {0}").format(path), False)
        return True

    def template_dialog(self) -> None:
        chosen = ask_save(
            self,
            self.settings,
            keys.KIND_REGISTER,
            tr("下载标准模板"),
            tr("依申请公开台账模板.xlsx"),
            tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if chosen is not None:
            self.export_path(chosen, personal=False, template=True)

    # ------------------------------------------------------------------ the report

    def _applied_mark(self) -> Path:
        return applied_mark(self.folder, self.doc.year)

    def _compare(self) -> None:
        """The report's checks read the register from now on: its problems and late applications always, its counts
        once they were applied to the report."""
        applied = os.path.exists(native_path(self._applied_mark()))
        self.report_doc.set_register(lambda: self.doc.checked(applied))

    def show_application(self, no: str) -> bool:
        """Show one application (a register problem clicked in the problems panel): the list filtered to it."""
        self.state_combo.setCurrentIndex(0)
        self.filter_edit.setText(no)
        if self.proxy.rowCount() == 0:
            return False
        self.view.setCurrentIndex(self.proxy.index(0, COLUMNS.index("no")))
        self.view.setFocus()
        return True

    def apply_to_report(self) -> None:
        """Table 三, table 四 and the fee figures of the year into the report: one undo step."""
        self.follow_report()
        if not self.doc.save():
            return
        tables = self.doc.tables()
        if not any(tables.t3["new_received"]) and not any(tables.t3["carried_over"]):
            self._error(tr("台账中没有{0}年收到或从上年结转的申请，报告未作改动").format(self.doc.year))
            return
        values = apply_to(self.report_doc.report, tables)
        try:
            os.makedirs(native_path(self.folder), exist_ok=True)
            with open(native_path(self._applied_mark()), "a"):
                pass  # the mark is the file itself
        except OSError as exc:
            self._error(tr("无法写入 {0}：{1}").format(self.folder, os_error_text(exc)))
        self._compare()
        if not values:
            self.message.emit(tr("报告与台账一致，无需修改"), False)
            return
        self.stack.push(SetCellsCommand(self.report_doc, values, tr("从台账应用表三、表四和信息处理费")))
        self.message.emit(tr("已从台账填入 {0} 个单元格（可撤销）").format(len(values)), False)


def add_register_tab(
    window: QMainWindow, tabs: QTabWidget, report_doc: ReportDocument, stack: QUndoStack, store: Any
) -> RegisterTab:
    """Put the register tab into the main window: the tab, its status-bar label, messages, save on close.

    Called for every report opened: the previous report's register is saved and let go first."""
    old: RegisterTab
    for old in window.findChildren(RegisterTab):
        old.finish()
        window.removeEventFilter(old)
        old.setParent(None)
        old.deleteLater()
    settings = getattr(window, "settings", None)
    tab = RegisterTab(report_doc, stack, Path(store.root), readonly=bool(store.readonly), settings=settings)
    tabs.addTab(tab, tr("依申请公开台账"))
    label = window.findChild(QLabel, "register-status")
    if label is None:
        label = spaced_label("register-status")
        window.statusBar().addPermanentWidget(label)
    tab.statusText.connect(label.setText)
    tab.message.connect(lambda text, error: window.statusBar().showMessage(text, 10000 if error else 5000))
    window.installEventFilter(tab)
    tab._refresh()
    return tab
