"""The first thing an officer sees: start this year's report, continue a recent one, or look at the example.

Also the 新建本年度报告 dialog, which offers last year's draft or a published report as the start, so
carry-overs and texts need not be typed again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core.checks.quality import run_quality
from ..core.checks.rules import run_rules
from ..core.format import schema
from ..core.format.report import Report
from ..store import DraftInfo, Store, StoreError
from .dialogs.reports import warn
from .i18n import tr


def reporting_year(today: date) -> int:
    """The year whose report is being written: this year from July, last year until June."""
    return today.year if today.month > 6 else today.year - 1


def deadline_line(year: int, today: date) -> str:
    department = date(year + 1, 1, 31)
    left = (department - today).days
    when = tr("还有 {0} 天").format(left) if left >= 0 else tr("部门已超过 {0} 天").format(-left)
    return tr("{0}年报告的发布截止：部门 {1}年1月31日，人民政府 {1}年3月31日（{2}）。").format(year, year + 1, when)


def draft_state(store: Store, info: DraftInfo) -> str:
    """One line: published, or how many errors and warnings the draft still has."""
    try:
        report = store.load(info.id)
    except StoreError as exc:
        return exc.message
    if report.meta.publish_date is not None:
        d = report.meta.publish_date
        return tr("已发布（{0}年{1}月{2}日）").format(d.year, d.month, d.day)
    findings = run_rules(report) + run_quality(report)
    errors = sum(f.severity == "error" for f in findings)
    if not findings:
        return tr("没有发现问题")
    return tr("{0} 个错误，{1} 个提醒").format(errors, len(findings) - errors)


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal(str)  # draft id
    reportsRequested = Signal()
    sampleRequested = Signal()
    importRequested = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("start-page")
        title = QLabel(f"<span style='font-size:18pt; font-weight:bold'>{APP_NAME}</span>")
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.new_button = QPushButton(tr("新建本年度报告…"))
        self.new_button.setToolTip(tr("可以从上年的草稿或已发布的上年报告开始，结转数和正文不必重打"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button = QPushButton(tr("打开其他报告…"))
        self.open_button.clicked.connect(self.reportsRequested)
        self.import_button = QPushButton(tr("导入已发布的报告…"))
        self.import_button.setToolTip(tr("把网站上已发布的报告（网页、Word、PDF）读进来核对或作为上年报告"))
        self.import_button.clicked.connect(self.importRequested)
        self.sample_button = QPushButton(tr("看看示例报告"))
        self.sample_button.setToolTip(tr("一份真实发布的区县部门年报，可以随意修改试用"))
        self.sample_button.clicked.connect(self.sampleRequested)
        for button in (self.new_button, self.open_button, self.import_button, self.sample_button):
            button.setMinimumHeight(36)
        if store.readonly:
            for button in (self.new_button, self.import_button, self.sample_button):
                button.setEnabled(False)
                button.setToolTip(tr("只读打开：另一个窗口正在编辑这些报告，这里不能新建"))

        self.recent = QListWidget()
        self.recent.setAccessibleName(tr("最近的报告"))
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemDoubleClicked.connect(self._open_item)
        self.open_recent = QPushButton(tr("打开所选报告"))
        self.open_recent.clicked.connect(lambda: self._open_item(self.recent.currentItem()))
        self.recent.currentItemChanged.connect(lambda *_a: self._update_open())

        buttons = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.import_button, self.sample_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        recent_box = QVBoxLayout()
        recent_box.addWidget(QLabel(tr("<b>最近的报告</b>")))
        recent_box.addWidget(self.recent, 1)
        recent_box.addWidget(self.open_recent, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(buttons, 1)
        body.addLayout(recent_box, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(title)
        layout.addWidget(self.deadline)
        layout.addLayout(body, 1)

    def refresh(self, recent_ids: list[str], today: date | None = None) -> None:
        today = today or date.today()
        self.deadline.setText(deadline_line(reporting_year(today), today))
        known = {d.id: d for d in self.store.list_drafts()}
        ordered = [known[i] for i in recent_ids if i in known]
        ordered += [d for d in known.values() if d.id not in recent_ids]  # newest first after the recent ones
        self.recent.clear()
        for info in ordered[:12]:
            item = QListWidgetItem(
                tr("{0}年  {1}  —  {2}").format(info.year, info.agency, draft_state(self.store, info))
            )
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.recent.addItem(item)
        if not ordered:
            empty = QListWidgetItem(tr("还没有报告。点“新建本年度报告”开始，或先看看示例报告。"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        else:
            self.recent.setCurrentRow(0)
        self._update_open()

    def _update_open(self) -> None:
        item = self.recent.currentItem()
        ok = item is not None and item.data(Qt.ItemDataRole.UserRole) is not None
        self.open_recent.setEnabled(ok)
        self.open_recent.setToolTip("" if ok else tr("请先在列表中选择一份报告"))

    def _open_item(self, item: QListWidgetItem | None) -> None:
        draft_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if draft_id:
            self.openRequested.emit(str(draft_id))


class NewYearDialog(QDialog):
    """新建本年度报告: the year, and where to start from (last year's draft, a published report, or blank)."""

    FROM_DRAFT, FROM_PUBLISHED, BLANK = "draft", "published", "blank"

    def __init__(self, store: Store, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(tr("新建本年度报告"))
        self.year = QSpinBox()
        self.year.setRange(2021, 2100)
        self.year.setValue(year)
        self.from_draft = QRadioButton(tr("从上年的草稿开始（结转数、现行有效件数、正文带入）"))
        self.drafts = QComboBox()
        self.from_published = QRadioButton(tr("从已发布的上年报告开始（网页、Word 或 PDF 文件）"))
        self.blank = QRadioButton(tr("空白报告"))
        self.choice = QButtonGroup(self)
        for button in (self.from_draft, self.from_published, self.blank):
            self.choice.addButton(button)
        self.agency = QLineEdit()
        self.agency.setPlaceholderText(tr("如：某某区科技局、某某镇人民政府"))
        self.kind = QComboBox()
        for key, label in schema.AGENCY_KINDS.items():
            self.kind.addItem(label, key)
        form = QFormLayout(self)
        form.addRow(tr("报告年度"), self.year)
        form.addRow(self.from_draft)
        form.addRow("", self.drafts)
        form.addRow(self.from_published)
        form.addRow(self.blank)
        form.addRow(tr("单位名称"), self.agency)
        form.addRow(tr("单位类型"), self.kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.year.valueChanged.connect(lambda _v: self._fill_drafts())
        self.choice.buttonToggled.connect(lambda *_a: self._update())
        self._fill_drafts()
        (self.from_draft if self.from_draft.isEnabled() else self.blank).setChecked(True)
        self._update()

    def _fill_drafts(self) -> None:
        last = self.year.value() - 1
        self.drafts.clear()
        for info in self.store.list_drafts():
            if info.year == last and self.store.find(info.agency, last + 1) is None:
                self.drafts.addItem(tr("{0} {1}年").format(info.agency, info.year), info.id)
        has = self.drafts.count() > 0
        self.from_draft.setEnabled(has)
        self.from_draft.setToolTip("" if has else tr("本机没有 {0} 年的草稿（或它已有下一年的报告）").format(last))
        if not has and self.from_draft.isChecked():
            self.blank.setChecked(True)
        self._update()

    def _update(self) -> None:
        self.drafts.setEnabled(self.from_draft.isChecked())
        blank = self.blank.isChecked()
        self.agency.setEnabled(blank)
        self.kind.setEnabled(blank)

    def start(self) -> str:
        if self.from_draft.isChecked():
            return self.FROM_DRAFT
        return self.FROM_PUBLISHED if self.from_published.isChecked() else self.BLANK

    def chosen_draft(self) -> str | None:
        data = self.drafts.currentData()
        return str(data) if data else None

    def _accept(self) -> None:
        if self.start() == self.BLANK and not self.agency.text().strip():
            warn(self, tr("请填写单位名称"))
            return
        self.accept()

    def blank_report(self) -> Report:
        return Report.new(self.agency.text().strip(), self.year.value(), str(self.kind.currentData()))
