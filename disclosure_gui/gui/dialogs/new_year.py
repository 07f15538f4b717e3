"""新建本年度报告: the year, and where to start from — last year's draft or a published report, so carry-overs
and texts need not be typed again — or a blank report."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...core.format import schema
from ...core.format.report import Report
from ...store import Store
from ..i18n import tr
from ..messages import warn


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
