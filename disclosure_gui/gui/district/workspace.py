"""汇总: the district office's workspace — a status board of every unit, the summary draft, the 退回修改清单."""

from __future__ import annotations

import os
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.district.aggregate import STATE_LABELS, Aggregation, Unit, read_units_file, summed
from ...core.district.ratios import MIN_CASES
from ...core.district.review import Review, profile_in, read_previous
from ...core.district.similarity import UNIT_THRESHOLD
from ...core.district.status_export import StatusExportError, export_status
from ...core.filenames import native_path
from ...core.format.calendar import reporting_year
from ...core.format.report import Report
from ...core.outputs import os_error_text
from ...core.publish.pdf import PdfExportError
from ...core.publish.pdf.returns import build_returns
from ...store import Store, StoreError
from .. import settings as keys
from ..dialogs.files import ask_folder, ask_open, ask_open_many, ask_save
from ..dialogs.modal import run_modal
from ..dialogs.new_report import NewReportDialog
from ..i18n import tr
from ..jobs import start_job
from ..messages import warn
from .board_model import COPIED, COPY_COLUMN, COPY_WIDTH, SummaryRequest, UnitsFilter, UnitsModel, summarise
from .profile_dialog import edit_profile
from .review_tabs import RatiosPanel, SimilarityPanel
from .unit_detail import fill_detail, show_unit


class AggregateWindow(QDialog):
    draftCreated = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.aggregation: Aggregation | None = None
        self.review: Review | None = None
        self.sources: list[str] = []
        self.expected: list[str] | None = None
        self.previous: dict[str, Report] = {}
        self.previous_sources: list[str] = []
        self.profile_note = ""
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
        previous = QPushButton(tr("上年报告…"))
        previous.setToolTip(tr("选择存放各单位上年交换文件的文件夹，用于比较与上年报告的重复"))
        previous.clicked.connect(self.choose_previous)
        self.year = QSpinBox()
        self.year.setRange(2021, 2100)
        self.year.setValue(self._setting(keys.AGGREGATE_YEAR, reporting_year(date.today())))
        self.year.valueChanged.connect(self._year_changed)
        self.include_errors = QCheckBox(tr("有错误的单位也纳入汇总"))
        self.include_errors.toggled.connect(lambda _v: self.run())
        for w in (folder, files, units, previous, QLabel(tr("报告年度")), self.year, self.include_errors):
            top.addWidget(w)
        top.addStretch(1)
        outer.addLayout(top)
        limits = QHBoxLayout()
        self.min_cases = QSpinBox()
        self.min_cases.setRange(1, 1000)
        self.min_cases.setValue(self._setting(keys.AGGREGATE_MIN_CASES, MIN_CASES))
        self.min_cases.setToolTip(tr("办结或审结少于此数的单位为“样本不足”，不参加比率排名"))
        self.threshold = QSpinBox()
        self.threshold.setRange(30, 100)
        self.threshold.setSuffix("%")
        self.threshold.setValue(self._setting(keys.AGGREGATE_THRESHOLD, round(UNIT_THRESHOLD * 100)))
        self.threshold.setToolTip(tr("一个单位的文字有这么大比例见于另一单位的报告时，标为疑似抄袭"))
        for spin, setting in ((self.min_cases, keys.AGGREGATE_MIN_CASES), (self.threshold, keys.AGGREGATE_THRESHOLD)):
            spin.editingFinished.connect(lambda setting=setting, spin=spin: self._remember(setting, spin.value()))
            spin.editingFinished.connect(self.run)
        self.previous_label = QLabel(tr("未选择上年报告"))
        self.units_file = ""
        self.units_label = QLabel(tr("未选择应报送单位名单"))
        for w in (QLabel(tr("排名最少案件数")), self.min_cases, QLabel(tr("相似度阈值")), self.threshold):
            limits.addWidget(w)
        limits.addWidget(self.units_label)
        limits.addWidget(self.previous_label, 1)
        outer.addLayout(limits)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("按单位名称筛选"))
        self.state_filter = QComboBox()
        self.state_filter.addItem(tr("全部状态"), "")
        for key, label in STATE_LABELS.items():
            self.state_filter.addItem(label, key)
        self.state_filter.addItem(tr("疑似抄袭"), COPIED)
        self.summary = QLabel()
        filters.addWidget(self.search)
        filters.addWidget(self.state_filter)
        filters.addWidget(self.summary, 1)
        outer.addLayout(filters)

        self.model = UnitsModel()
        self.proxy = UnitsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.search.textChanged.connect(self._filter_state)
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
        split.setSizes([800, 200])
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_detail(cur))
        self.similarity = SimilarityPanel()
        self.ratios = RatiosPanel()
        self.pages = QTabWidget()
        self.pages.addTab(split, tr("各单位状态"))
        self.pages.addTab(self.similarity, tr("相似度"))
        self.pages.addTab(self.ratios, tr("实质公开率和纠错率"))
        outer.addWidget(self.pages, 1)

        actions = QHBoxLayout()
        self.make_draft = QPushButton(tr("生成汇总草稿…"))
        self.make_draft.clicked.connect(self.create_summary_draft)
        self.returns = QPushButton(tr("导出退回修改清单…"))
        self.returns.clicked.connect(lambda: self.export_returns())  # clicked(bool) must not become the target
        self.status_button = QPushButton(tr("导出状态表…"))
        # clicked(bool) must not become the target: False as a file name crashed the export before any dialog.
        self.status_button.clicked.connect(lambda: self.export_status())
        profile = QPushButton(tr("编写本地要求…"))
        profile.setToolTip(tr("把本地的期限、篇幅、必备数字等要求存成文件，随年报助手下发给各单位"))
        profile.clicked.connect(self.write_profile)
        actions.addWidget(profile)
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
        folder = ask_folder(self, self.settings, keys.KIND_UNITS_FOLDER, tr("选择存放各单位交换文件的文件夹"))
        if folder is not None:
            self.set_sources([str(folder)])

    def choose_files(self) -> None:
        kind = tr("年报交换文件 (*.json *.JSON)")
        files = ask_open_many(self, self.settings, keys.KIND_UNITS_FOLDER, tr("选择各单位的交换文件"), kind)
        if files:
            self.set_sources([str(f) for f in files])

    def choose_units(self) -> None:
        path = ask_open(
            self,
            self.settings,
            keys.KIND_UNIT_LIST,
            tr("选择应报送单位名单（每行一个单位）"),
            tr("文本文件 (*.txt)"),
        )
        if path is not None and self.set_units(str(path)):
            self.run()

    def set_units(self, path: str) -> bool:
        """Read the list of units expected to report (and remember it for the next time the window opens)."""
        try:
            self.expected = read_units_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            reason = os_error_text(exc) if isinstance(exc, OSError) else tr("不是文本文件")
            warn(self, tr("无法读取单位名单 {0}：{1}").format(path, reason))
            return False
        self.units_file = path
        self._remember(keys.AGGREGATE_UNITS, path)
        self.units_label.setText(tr("应报送单位 {0} 个（{1}）").format(len(self.expected), Path(path).name))
        return True

    def choose_previous(self) -> None:
        folder = ask_folder(self, self.settings, keys.KIND_PREVIOUS_FOLDER, tr("选择存放各单位上年交换文件的文件夹"))
        if folder is not None:
            self.set_previous([str(folder)])

    def set_previous(self, sources: list[str], *, run: bool = True) -> None:
        self.previous_sources = sources
        self._remember(keys.AGGREGATE_PREVIOUS, sources)
        year = self.year.value() - 1
        self.previous, notes = read_previous(sources, year)
        self.previous_label.setText(
            tr("上年（{0}年）报告 {1} 份").format(year, len(self.previous))
            + (tr("，另有 {0} 个文件未用：{1}").format(len(notes), notes[0]) if notes else "")
        )
        if run:
            self.run()

    def set_sources(self, sources: list[str]) -> None:
        self.sources = sources
        self._remember(keys.AGGREGATE_SOURCES, sources)
        self.run()

    def restore(self) -> None:
        """What the district office worked on last time: the units' folder, the unit list, last year's reports."""
        if self.settings is None:
            return
        units = str(keys.get(self.settings, keys.AGGREGATE_UNITS) or "")
        if units and os.path.isfile(native_path(units)):
            self.set_units(units)
        previous = [p for p in keys.get_list(self.settings, keys.AGGREGATE_PREVIOUS) if os.path.exists(native_path(p))]
        if previous:
            self.set_previous(previous, run=False)
        sources = [p for p in keys.get_list(self.settings, keys.AGGREGATE_SOURCES) if os.path.exists(native_path(p))]
        if sources:
            self.set_sources(sources)

    def _setting(self, key: keys.Key, default: int) -> int:
        """The remembered value, or ``default`` when none was (the key's own default, 0, means unset)."""
        value = keys.get_int(self.settings, key) if self.settings is not None else 0
        return value or default

    def _remember(self, key: keys.Key, value: object) -> None:
        if self.settings is not None:
            keys.put(self.settings, key, value)

    def _year_changed(self, year: int) -> None:
        self._remember(keys.AGGREGATE_YEAR, year)
        if self.previous_sources:  # last year has moved too
            self.set_previous(self.previous_sources, run=False)
        self.run()

    # ------------------------------------------------------------------ running

    def run(self, *, wait: bool = False) -> None:
        if not self.sources:
            return
        local, self.profile_note = profile_in(self.sources)
        request = SummaryRequest(
            self.sources,
            self.year.value(),
            self.expected,
            self.include_errors.isChecked(),
            self.previous,
            self.min_cases.value(),
            self.threshold.value() / 100,
            local,
        )
        self._job = start_job(
            self,
            partial(summarise, request),
            title=tr("汇总"),
            label=tr("正在读取和校验各单位的报告…"),
            context="aggregate",
            on_done=self._done,
            cancellable=True,
            data_dir=self.store.root,
        )
        if wait:
            self._job.wait()

    def _done(self, result: tuple[Aggregation, Review]) -> None:
        aggregation, self.review = result
        self.aggregation = aggregation
        self.model.set_units(aggregation.units, self.review)
        texts = {u.agency: "\n".join(u.report.texts.values()) for u in aggregation.units if u.report is not None}
        previous = {name: "\n".join(r.texts.values()) for name, r in self.previous.items()}
        self.similarity.set_review(self.review, texts, previous)
        self.ratios.set_review(self.review)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COPY_COLUMN, min(self.table.columnWidth(COPY_COLUMN), COPY_WIDTH))
        counts = aggregation.counts()
        text = tr("，").join(f"{STATE_LABELS[k]} {v}" for k, v in counts.items() if v)
        self.summary.setText(
            tr("共 {0} 个单位：{1}；纳入汇总 {2} 个").format(len(aggregation.units), text, len(aggregation.included()))
            + (tr("；{0}").format(self.profile_note) if self.profile_note else "")
        )
        for b in (self.make_draft, self.returns, self.status_button):
            b.setEnabled(True)
        self.make_draft.setEnabled(bool(aggregation.included()) and not self.store.readonly)

    def _filter_state(self) -> None:
        self.proxy.set_filters(self.search.text(), self.state_filter.currentData() or "")

    def _unit_at(self, index: QModelIndex) -> Unit | None:
        if not index.isValid():
            return None
        return self.model.units[self.proxy.mapToSource(index).row()]

    def _show_detail(self, index: QModelIndex) -> None:
        unit = self._unit_at(index)
        if unit is None:
            self.detail.clear()
            return
        fill_detail(self.detail, unit, self.model.copy_notes(unit), self.review)

    def open_unit(self, index: QModelIndex) -> None:
        """Show one unit's report read-only, with its findings."""
        unit = self._unit_at(index)
        if unit is not None:
            self._unit_dialog = show_unit(self, unit)

    # ------------------------------------------------------------------ outputs

    def create_summary_draft(self, *, agency: str | None = None, kind: str = "government") -> str | None:
        if self.aggregation is None:
            return None
        if agency is None:
            # The summary is of the year aggregated: the year is not asked, the unit type is used.
            ask = NewReportDialog(self, year=self.aggregation.year, ask_year=False)
            ask.setWindowTitle(tr("汇总报告的单位"))
            if not run_modal(ask):
                return None
            agency, kind, _year = ask.values()
        report = summed(self.aggregation, agency, self.aggregation.year, kind)
        try:
            info = self.store.create(report)
        except StoreError as exc:
            warn(self, str(exc))
            return None
        names = tr("、").join(u.agency for u in self.aggregation.included())
        self.summary.setText(tr("已生成汇总草稿“{0}”：统计表为 {1} 之和，正文请另行撰写。").format(agency, names))
        if self.ask_open_draft(agency):
            self.draftCreated.emit(info.id)
        return info.id

    def ask_open_draft(self, agency: str) -> bool:
        """The draft is stored either way; opening it closes the report open in the main window, so ask."""
        answer = QMessageBox.question(
            self,
            tr("汇总草稿"),
            tr("汇总草稿“{0}”已保存到草稿列表。\n现在打开它吗？主窗口中当前打开的报告会先保存再关闭。").format(agency),
        )
        return answer == QMessageBox.StandardButton.Yes

    def write_profile(self) -> None:
        folders = [Path(s) for s in self.sources if os.path.isdir(native_path(s))]
        saved = edit_profile(self, folders[0] if folders else None, self.settings)
        if saved is not None:
            self.summary.setText(tr("已保存本地要求 {0}，请随年报助手下发给各单位").format(saved))

    def export_returns(self, target: Path | None = None) -> None:
        if self.aggregation is None:
            return
        target = target or ask_save(
            self, self.settings, keys.KIND_PDF, tr("导出退回修改清单"), tr("退回修改清单.pdf"), tr("PDF 文件 (*.pdf)")
        )
        if target is None:
            return
        copied: dict[str, list[str]] = {}
        for copy in self.review.copies if self.review is not None else []:
            copied.setdefault(copy.copier, []).append(copy.line())
        try:
            build_returns(self.aggregation, target, copied=copied)
        except PdfExportError as exc:
            warn(self, str(exc))
            return
        self.summary.setText(tr("已导出退回修改清单 {0}").format(target))

    def export_status(self, target: Path | None = None) -> None:
        if self.aggregation is None:
            return
        target = target or ask_save(
            self,
            self.settings,
            keys.KIND_STATUS,
            tr("导出状态表"),
            tr("{0}年各单位年报状态.xlsx").format(self.aggregation.year),
            tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv);;JSON 文件 (*.json)"),
        )
        if target is None:
            return
        try:
            export_status(target, self.aggregation, self.review)
        except StatusExportError as exc:
            warn(self, str(exc))
            return
        self.summary.setText(tr("已导出状态表 {0}").format(target))
