"""新建报告 (and 复制为, 改名): the unit's name, its kind and the report year."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from ...core.format import schema
from ...core.format.calendar import reporting_year
from ..i18n import tr
from ..messages import warn


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
        self.year.setValue(year or reporting_year(date.today()))
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
