"""The first thing an officer sees: start this year's report, continue a recent one, or look at the example.

Each recent report says how many problems it has: the same checks, with the same local profile and register, as
the problems panel shows once it is open.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..core.checks.registry import run_all
from ..core.format.agency import PUBLICATION_CLASSES
from ..core.format.calendar import month_day, reporting_year, statutory_deadline
from ..core.format.local_profile import LocalProfile
from ..core.format.workdays import missing_next_year
from ..core.register.storage import compared_tables
from ..store import DraftInfo, Store, StoreError
from .i18n import tr


def deadline_line(year: int, today: date, profile: LocalProfile | None = None) -> str:
    """The law's two dates (条例第四十九条), the local profile's when it sets any, and a note when next year's
    holidays are not known yet (from November on, when the State Council's notice is due)."""
    january = statutory_deadline("department", year)
    march = statutory_deadline("government", year)
    left = (january - today).days
    when = tr("还有 {0} 天").format(left) if left >= 0 else tr("1月31日已过 {0} 天").format(-left)
    line = tr(
        "{0}年报告的发布截止（条例第四十九条）：部门、乡镇、街道 {1}年{2}（{3}），县级以上地方人民政府 {4}年{5}。"
    ).format(year, january.year, month_day(january), when, march.year, month_day(march))
    if profile is not None:
        local = [
            tr("{0}{1}前{2}").format(
                PUBLICATION_CLASSES[cls], month_day(day), tr("报送") if which == "submit" else tr("发布")
            )
            for cls in PUBLICATION_CLASSES
            for which in ("submit", "publish")
            if (day := profile.deadline(cls, which, year)) is not None
        ]
        if local:
            line += tr("{0}要求：{1}。").format(profile.name, tr("，").join(local))
    missing = missing_next_year(today)
    if missing is not None:
        line += tr(
            "程序尚未收录{0}年的法定节假日安排（国务院办公厅一般在11—12月发布通知），跨入该年的答复期限按周一至周五"
            "估算；请在“设置 → 节假日安排”中录入通知。"
        ).format(missing)
    return line


def draft_state(store: Store, info: DraftInfo, profile: LocalProfile | None = None) -> str:
    """One line: published, or how many errors and warnings the draft still has (every check that the problems
    panel runs on it: the local profile's, and the register's once its tables were applied to the report)."""
    try:
        report = store.load(info.id)
    except StoreError as exc:
        return str(exc)
    if report.meta.publish_date is not None:
        d = report.meta.publish_date
        return tr("已发布（{0}年{1}月{2}日）").format(d.year, d.month, d.day)
    register = compared_tables(store.root, report.meta.agency, report.meta.year)
    findings = run_all(report, profile=profile, register=register)
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

    def refresh(self, recent_ids: list[str], today: date | None = None, profile: LocalProfile | None = None) -> None:
        today = today or date.today()
        self.deadline.setText(deadline_line(reporting_year(today), today, profile))
        known = {d.id: d for d in self.store.list_drafts()}
        ordered = [known[i] for i in recent_ids if i in known]
        ordered += [d for d in known.values() if d.id not in recent_ids]  # newest first after the recent ones
        self.recent.clear()
        for info in ordered[:12]:
            item = QListWidgetItem(
                tr("{0}年  {1}  —  {2}").format(info.year, info.agency, draft_state(self.store, info, profile))
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
