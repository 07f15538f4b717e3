"""Tab 基本信息: who reports, for which year, where it is published, and the opening paragraph."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ....core.format import schema
from ....core.format.calendar import publication_deadline
from ....core.format.preamble import generate_preamble
from ...i18n import QT_TRANSLATE_NOOP, tr
from ..commands import SetMetaCommand, SetTextCommand, end_typing
from ..document import ReportDocument
from ..text_editor import LabelledEditor, WindowUndoKeys
from .base import ScrollingTab, flash_widget

TEXT_META = ("agency", "region", "website", "column")
# 基本信息's choice of publication deadline for a government-level unit; None: judged from the unit's name.
_LEVEL_CHOICES: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("disclosure_gui", "按单位名称判断"), None),
    (QT_TRANSLATE_NOOP("disclosure_gui", "县级以上地方人民政府：3月31日前发布"), True),
    (QT_TRANSLATE_NOOP("disclosure_gui", "乡镇、街道等：1月31日前发布"), False),
)


REFUSED_STYLE = "QLineEdit { border: 1px solid #b00000; background: #fff0f0 }"


class BasicTab(ScrollingTab):
    key = "basic"
    title = schema.SECTION_BY_KEY["preamble"].tab
    message = Signal(str, bool)  # text, is error: for the status bar

    def __init__(self, document: ReportDocument, stack: QUndoStack) -> None:
        super().__init__()
        self.document = document
        self.stack = stack
        # Whether another report of the store has this unit and year (set by the window): a draft renamed onto
        # another could never be saved again.
        self.taken: Callable[[str, int], bool] | None = None
        self._syncing = False
        self.inputs: dict[str, QWidget] = {}
        self.undo_keys = WindowUndoKeys(self)

        unit = QGroupBox(tr("报告单位"))
        form = QFormLayout(unit)
        for name in ("agency",):
            form.addRow(schema.META_LABELS[name], self._line(name, schema.META_LABELS[name]))
        self.kind = QComboBox()
        for key, label in schema.AGENCY_KINDS.items():
            self.kind.addItem(label, key)
        self.kind.setAccessibleName(schema.META_LABELS["agency_kind"])
        self.kind.currentIndexChanged.connect(lambda _i: self._push("agency_kind", self.kind.currentData()))
        form.addRow(schema.META_LABELS["agency_kind"], self.kind)
        self.level = QComboBox()  # 条例第四十九条: which publication deadline applies to a government-level unit
        for text, value in _LEVEL_CHOICES:
            self.level.addItem(tr(text), value)
        self.level.setAccessibleName(tr("发布期限"))
        self.level.currentIndexChanged.connect(
            lambda i: self._push("county_level", _LEVEL_CHOICES[i][1], tr("发布期限"))
        )
        self.level_hint = QLabel()
        self.level_hint.setWordWrap(True)
        form.addRow(tr("发布期限"), self.level)
        form.addRow("", self.level_hint)
        self.year = QSpinBox()
        self.year.setRange(2021, 2100)
        self.year.setAccessibleName(schema.META_LABELS["year"])
        self.year.valueChanged.connect(lambda v: self._push("year", int(v)))
        form.addRow(schema.META_LABELS["year"], self.year)
        form.addRow(schema.META_LABELS["region"], self._line("region", schema.META_LABELS["region"]))
        self.body_layout.addWidget(unit)

        publish = QGroupBox(tr("发布"))
        form = QFormLayout(publish)
        for name in ("website", "column"):
            form.addRow(schema.META_LABELS[name], self._line(name, schema.META_LABELS[name]))
        row = QHBoxLayout()
        self.published = QCheckBox(tr("已发布"))
        self.publish_date = QDateEdit()
        self.publish_date.setCalendarPopup(True)
        self.publish_date.setDisplayFormat(tr("yyyy年M月d日"))
        self.published.toggled.connect(self._publish_changed)
        self.publish_date.dateChanged.connect(lambda _d: self._publish_changed())
        row.addWidget(self.published)
        row.addWidget(self.publish_date)
        row.addStretch(1)
        form.addRow(schema.META_LABELS["publish_date"], row)
        self.body_layout.addWidget(publish)

        contact = QGroupBox(tr("联系方式"))
        form = QFormLayout(contact)
        for key, label in schema.CONTACT_LABELS.items():
            form.addRow(label, self._line(f"contact.{key}", label))
        self.body_layout.addWidget(contact)

        local = QGroupBox(tr("本地要求"))
        row = QHBoxLayout(local)
        self.profile_label = QLabel()
        self.profile_label.setWordWrap(True)
        self.profile_button = QPushButton(tr("加载本地要求…"))
        self.profile_button.setToolTip(tr("加载区县或市政务公开办下发的本地要求文件：期限、篇幅、必备数字等"))
        self.profile_clear = QPushButton(tr("恢复全国统一要求"))
        row.addWidget(self.profile_label, 1)
        row.addWidget(self.profile_button)
        row.addWidget(self.profile_clear)
        self.body_layout.addWidget(local)

        preamble = LabelledEditor(document, stack, "preamble")
        self.add_editor(preamble)
        generate = QPushButton(tr("根据以上信息生成开头"))
        generate.setToolTip(tr("按国办公开办函〔2021〕30号的要求生成编制依据、统计期限、发布渠道和联系方式，可再修改"))
        generate.clicked.connect(self._generate_clicked)
        self.body_layout.addWidget(generate)
        self.body_layout.addStretch(1)

        document.metaChanged.connect(self._refresh)
        self._refresh()

    def _line(self, name: str, label: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.textEdited.connect(
            lambda text, n=name, lb=label: self._push(n, text.strip() if n == "agency" else text, lb)
        )
        edit.editingFinished.connect(lambda: end_typing(self.stack))
        edit.installEventFilter(self.undo_keys)
        self.inputs[name] = edit
        return edit

    def _push(self, name: str, value: Any, label: str | None = None) -> None:
        if self._syncing or self.document.meta_value(name) == value:
            return
        if name == "agency" and not value:
            return  # an agency name is required; keep the last one until something is typed
        if name in ("agency", "year") and self._refused(name, value):
            return
        self.inputs["agency"].setStyleSheet("")
        self.stack.push(SetMetaCommand(self.document, name, value, label or schema.META_LABELS.get(name, name)))

    def _refused(self, name: str, value: Any) -> bool:
        """A unit and year another report already has: the year goes back; a name being typed stays in its field,
        marked, and the report keeps its last name until the officer types one that is free."""
        meta = self.document.report.meta
        agency, year = (str(value), meta.year) if name == "agency" else (meta.agency, int(value))
        if self.taken is None or not self.taken(agency, year):
            return False
        text = tr("已有“{0}”{1}年的另一份报告，这份报告不能改成相同的单位和年度").format(agency, year)
        if name == "agency":
            field = self.inputs["agency"]
            field.setStyleSheet(REFUSED_STYLE)
            field.setToolTip(text)
        else:
            self._refresh()
        self.message.emit(text, True)
        return True

    def _publish_changed(self) -> None:
        self.publish_date.setEnabled(self.published.isChecked())
        value = self.publish_date.date().toPython() if self.published.isChecked() else None
        self._push("publish_date", value)

    def _refresh(self) -> None:
        self._syncing = True
        try:
            meta = self.document.report.meta
            self.inputs["agency"].setStyleSheet("")
            self.inputs["agency"].setToolTip("")
            for name, edit in self.inputs.items():
                assert isinstance(edit, QLineEdit)
                value = str(self.document.meta_value(name))
                if edit.text() != value:
                    edit.setText(value)
            self.kind.setCurrentIndex(max(0, self.kind.findData(meta.agency_kind)))
            self.level.setCurrentIndex([v for _t, v in _LEVEL_CHOICES].index(meta.county_level))
            self.level.setEnabled(meta.agency_kind == "government")
            self.level_hint.setText(self._level_hint())
            self.year.setValue(meta.year)
            self.published.setChecked(meta.publish_date is not None)
            self.publish_date.setEnabled(meta.publish_date is not None)
            shown: date = meta.publish_date or date(meta.year + 1, 1, 20)
            self.publish_date.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            self._syncing = False

    def _level_hint(self) -> str:
        """What the deadline is and why: 「县级以上地方人民政府：2026年3月31日前发布（条例第四十九条第二款…）」."""
        d = publication_deadline(self.document.report.meta)
        day = d.statutory
        if not d.decided:
            return tr("单位名称看不出是否县级以上地方人民政府，暂按{0}年{1}月{2}日前发布；如是，请在上面选择。").format(
                day.year, day.month, day.day
            )
        return tr("{0}：{1}年{2}月{3}日前发布（{4}）").format(d.class_label, day.year, day.month, day.day, d.rule)

    def select_cell(self, path: str) -> bool:
        """Findings about the report's particulars name ``meta.*`` fields."""
        name = path.removeprefix("meta.")
        widgets: dict[str, QWidget] = {
            **self.inputs,
            "agency_kind": self.kind,
            "county_level": self.level,
            "year": self.year,
            "publish_date": self.publish_date,
        }
        widget = widgets.get(name)
        if widget is None or not path.startswith("meta."):
            return False
        self.reveal(widget)
        widget.setFocus()
        flash_widget(widget)
        return True

    def _generate_clicked(self) -> None:
        """Ask before a generated opening replaces one the officer wrote."""
        current = self.document.text("preamble").strip()
        if current and current != generate_preamble(self.document.report).strip():
            answer = QMessageBox.question(
                self,
                tr("生成开头"),
                tr("“开头”已有内容。用按以上信息生成的开头替换它吗？（替换后可以撤销）"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.generate_preamble()

    def generate_preamble(self) -> None:
        text = generate_preamble(self.document.report)
        if text != self.document.text("preamble"):
            self.stack.push(SetTextCommand(self.document, "preamble", text, merge=False, text=tr("生成开头")))
