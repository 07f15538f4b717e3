"""汇总: the district office's workspace — a status board of every unit, the summary draft, the 退回修改清单."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.aggregate import STATE_LABELS, Aggregation, Unit, collect, read_units_file, status_json, summed
from ..core.outputs import OutputError, os_error_text, write_text
from ..core.publish.html import report_fragment
from ..core.publish.pdf import PdfExportError
from ..core.publish.pdf.returns import build_returns
from ..core.rules import SEVERITY_LABEL
from ..store import Store, StoreError
from .dialogs import NewReportDialog, warn
from .i18n import tr

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (tr("单位"), tr("状态"), tr("错误"), tr("提醒"), tr("纳入汇总"), tr("文件"), tr("最后修改"))
STATE_COLORS = {
    "errors": "#f8d0d0",
    "unreadable": "#f8d0d0",
    "duplicate": "#fff0c0",
    "wrong_year": "#fff0c0",
    "missing": "#e8ecf2",
    "warnings": "#fffbe6",
    "ok": "#e6f4ea",
}


class UnitsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.units: list[Unit] = []

    def set_units(self, units: list[Unit]) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                unit.agency,
                STATE_LABELS[unit.state],
                unit.errors,
                unit.warnings,
                tr("是") if unit.included else tr("否"),
                Path(unit.file).name if unit.file else "",
                unit.updated.replace("T", " "),
            )
            return values[column]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return (unit.agency, unit.state, unit.errors, unit.warnings, unit.included, unit.file or "", unit.updated)[
                column
            ]
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return QBrush(QColor(STATE_COLORS[unit.state]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return unit.message or "\n".join(f.message for f in unit.findings[:8])
        return None


class _Collector(QObject):
    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, sources: list[str], year: int, expected: list[str] | None, include_errors: bool) -> None:
        super().__init__()
        self.args = (sources, year, expected, include_errors)
        self.cancelled = False

    def run(self) -> None:
        sources, year, expected, include_errors = self.args

        def report(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self.cancelled

        self.finished.emit(collect(sources, year, expected=expected, include_errors=include_errors, progress=report))


class AggregateWindow(QDialog):
    draftCreated = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.aggregation: Aggregation | None = None
        self.sources: list[str] = []
        self.expected: list[str] | None = None
        self.setWindowTitle(tr("汇总 — 各单位年报收集与汇总"))
        self.resize(1100, 680)
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        folder = QPushButton(tr("选择文件夹…"))
        folder.clicked.connect(self.choose_folder)
        files = QPushButton(tr("选择文件…"))
        files.clicked.connect(self.choose_files)
        units = QPushButton(tr("应报送单位名单…"))
        units.clicked.connect(self.choose_units)
        self.year = QSpinBox()
        self.year.setRange(2021, 2100)
        self.year.setValue(date.today().year - 1)
        self.include_errors = QCheckBox(tr("有错误的单位也纳入汇总"))
        self.include_errors.toggled.connect(lambda _v: self.run())
        for w in (folder, files, units, QLabel(tr("报告年度")), self.year, self.include_errors):
            top.addWidget(w)
        top.addStretch(1)
        outer.addLayout(top)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("按单位名称筛选"))
        self.state_filter = QComboBox()
        self.state_filter.addItem(tr("全部状态"), "")
        for key, label in STATE_LABELS.items():
            self.state_filter.addItem(label, key)
        self.summary = QLabel()
        filters.addWidget(self.search)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.summary, 1)
        outer.addLayout(filters)

        self.model = UnitsModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.proxy.setFilterKeyColumn(0)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.state_filter.currentIndexChanged.connect(self._filter_state)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.open_unit)
        split = QSplitter()
        split.addWidget(self.table)
        self.detail = QListWidget()
        self.detail.setWordWrap(True)
        split.addWidget(self.detail)
        split.setSizes([700, 400])
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur))
        outer.addWidget(split, 1)

        actions = QHBoxLayout()
        self.make_draft = QPushButton(tr("生成汇总草稿…"))
        self.make_draft.clicked.connect(self.create_summary_draft)
        self.returns = QPushButton(tr("导出退回修改清单…"))
        self.returns.clicked.connect(lambda: self.export_returns())  # clicked(bool) must not become the target
        self.status_button = QPushButton(tr("导出状态表…"))
        self.status_button.clicked.connect(self.export_status)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        for b in (self.make_draft, self.returns, self.status_button):
            b.setEnabled(False)
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(close)
        outer.addLayout(actions)

    # ------------------------------------------------------------------ choosing

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("选择存放各单位交换文件的文件夹"))
        if folder:
            self.set_sources([folder])

    def choose_files(self) -> None:
        kind = tr("年报交换文件 (*.json *.JSON)")
        files, _ = QFileDialog.getOpenFileNames(self, tr("选择各单位的交换文件"), "", kind)
        if files:
            self.set_sources(files)

    def choose_units(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("选择应报送单位名单（每行一个单位）"), "", tr("文本文件 (*.txt)")
        )
        if not path:
            return
        try:
            self.expected = read_units_file(path)
        except OSError as exc:
            warn(self, tr("无法读取 {0}：{1}").format(path, os_error_text(exc)))
            return
        self.run()

    def set_sources(self, sources: list[str]) -> None:
        self.sources = sources
        self.run()

    # ------------------------------------------------------------------ running

    def run(self, *, wait: bool = False) -> None:
        if not self.sources:
            return
        job = _Collector(self.sources, self.year.value(), self.expected, self.include_errors.isChecked())
        progress = QProgressDialog(tr("正在读取和校验各单位的报告…"), tr("取消"), 0, 100, self)
        progress.setWindowTitle(tr("汇总"))
        progress.setMinimumDuration(400)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))
        job.progress.connect(lambda done, total: (progress.setMaximum(max(total, 1)), progress.setValue(done)))  # type: ignore[func-returns-value]
        job.finished.connect(lambda result: (progress.close(), self._done(result)))  # type: ignore[func-returns-value]
        self._job = job
        thread = threading.Thread(target=job.run, name="aggregate", daemon=True)
        thread.start()
        if wait:
            thread.join()

    def _done(self, aggregation: Aggregation) -> None:
        self.aggregation = aggregation
        self.model.set_units(aggregation.units)
        self.table.resizeColumnsToContents()
        counts = aggregation.counts()
        text = tr("，").join(f"{STATE_LABELS[k]} {v}" for k, v in counts.items() if v)
        self.summary.setText(
            tr("共 {0} 个单位：{1}；纳入汇总 {2} 个").format(len(aggregation.units), text, len(aggregation.included()))
        )
        for b in (self.make_draft, self.returns, self.status_button):
            b.setEnabled(True)
        self.make_draft.setEnabled(bool(aggregation.included()) and not self.store.readonly)

    def _filter_state(self) -> None:
        state = self.state_filter.currentData()
        self.proxy.setFilterKeyColumn(1 if state else 0)
        self.proxy.setFilterFixedString(STATE_LABELS[state] if state else self.search.text())

    def _unit_at(self, index: QModelIndex) -> Unit | None:
        if not index.isValid():
            return None
        return self.model.units[self.proxy.mapToSource(index).row()]

    def _show_detail(self, index: QModelIndex) -> None:
        unit = self._unit_at(index)
        self.detail.clear()
        if unit is None:
            return
        if unit.message:
            self.detail.addItem(unit.message)
        self.detail.addItems(
            [tr("{0} {1}：{2}").format(f.rule, SEVERITY_LABEL[f.severity], f.message) for f in unit.findings]
        )
        if not unit.message and not unit.findings:
            self.detail.addItem(tr("没有发现问题"))

    def open_unit(self, index: QModelIndex) -> None:
        """Show one unit's report read-only, with its findings."""
        unit = self._unit_at(index)
        if unit is None or unit.report is None:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("{0}（只读）").format(unit.agency))
        dialog.resize(900, 650)
        layout = QVBoxLayout(dialog)
        findings = QListWidget()
        findings.addItems(
            [tr("{0} {1}：{2}").format(f.rule, SEVERITY_LABEL[f.severity], f.message) for f in unit.findings]
            or [tr("没有发现问题")]
        )
        findings.setMaximumHeight(160)
        view = QTextBrowser()
        view.setHtml(report_fragment(unit.report))
        layout.addWidget(findings)
        layout.addWidget(view, 1)
        dialog.show()
        self._unit_dialog = dialog

    # ------------------------------------------------------------------ outputs

    def create_summary_draft(self, *, agency: str | None = None) -> str | None:
        if self.aggregation is None:
            return None
        if agency is None:
            ask = NewReportDialog(self, year=self.aggregation.year)
            ask.setWindowTitle(tr("汇总报告的单位"))
            if not ask.exec():
                return None
            agency, _kind, _year = ask.values()
        report = summed(self.aggregation, agency, self.aggregation.year)
        try:
            info = self.store.create(report)
        except StoreError as exc:
            warn(self, exc.message)
            return None
        names = tr("、").join(u.agency for u in self.aggregation.included())
        self.summary.setText(tr("已生成汇总草稿“{0}”：统计表为 {1} 之和，正文请另行撰写。").format(agency, names))
        self.draftCreated.emit(info.id)
        return info.id

    def export_returns(self, target: Path | None = None) -> None:
        if self.aggregation is None:
            return
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("导出退回修改清单"), tr("退回修改清单.pdf"), tr("PDF 文件 (*.pdf)")
            )
            if not chosen:
                return
            target = Path(chosen)
        try:
            build_returns(self.aggregation, target)
        except PdfExportError as exc:
            warn(self, exc.message)
            return
        self.summary.setText(tr("已导出退回修改清单 {0}").format(target))

    def export_status(self) -> None:
        if self.aggregation is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, tr("导出状态表"), tr("状态.json"), tr("JSON 文件 (*.json)"))
        if chosen:
            text = json.dumps(status_json(self.aggregation), ensure_ascii=False, indent=2) + "\n"
            try:
                write_text(chosen, text)
            except OutputError as exc:
                warn(self, exc.message)
