"""The district office's form for a local profile (本地要求), saved as a file to hand out with the app."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...core.format import local_profile as profiles
from ...core.format import schema
from ...core.format.agency import PUBLICATION_CLASSES
from ...core.format.holidays import HolidayError, parse_notice
from ...core.format.holidays import to_json as holidays_json
from ...core.format.local_profile import LocalProfile, ProfileError, RequiredFigure
from ...core.format.workdays import YearArrangement
from .. import settings as keys
from ..dialogs.files import ask_save
from ..dialogs.modal import run_modal
from ..i18n import tr
from ..messages import warn

_SEPARATORS = "、,，;；"


def _split(text: str) -> list[str]:
    for sep in _SEPARATORS[1:]:
        text = text.replace(sep, _SEPARATORS[0])
    return [t.strip() for t in text.split(_SEPARATORS[0]) if t.strip()]


class ProfileDialog(QDialog):
    """The district office's form for a local profile, saved as a file to hand out with the app."""

    def __init__(
        self,
        parent: QWidget | None = None,
        profile: LocalProfile | None = None,
        folder: Path | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("编写本地要求"))
        self.folder = folder  # proposed for saving: the folder the units hand their files in to
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("如：某市政务公开办 2026年要求"))
        form.addRow(tr("发布要求的机关"), self.name)
        self.deadlines: dict[tuple[str, str], tuple[QCheckBox, QDateEdit]] = {}
        for kind, kind_label in PUBLICATION_CLASSES.items():  # 条例第四十九条's classes: 部门, 乡镇街道, 县级以上政府
            row = QHBoxLayout()
            for which, which_label in profiles.DEADLINE_KINDS.items():
                box = QCheckBox(tr("{0}截止").format(which_label))
                edit = QDateEdit(QDate(2026, 1, 31))
                edit.setDisplayFormat(tr("M月d日"))
                edit.setEnabled(False)
                box.toggled.connect(edit.setEnabled)
                row.addWidget(box)
                row.addWidget(edit)
                self.deadlines[kind, which] = (box, edit)
            form.addRow(kind_label, row)
        self.filing = QCheckBox(tr("先备案后公布"))
        self.seal = QCheckBox(tr("纸质稿加盖公章"))
        form.addRow(tr("程序"), self.filing)
        self.signatures = QLineEdit()
        self.signatures.setPlaceholderText(tr("用顿号分隔，如：经办人、审核人、单位负责人"))
        form.addRow(tr("签字栏"), self.signatures)
        form.addRow("", self.seal)
        self.cap = QSpinBox()
        self.cap.setRange(0, 100000)
        self.cap.setSpecialValueText(tr("不限"))
        self.cap.setSuffix(tr(" 字"))
        form.addRow(tr("总体情况字数上限"), self.cap)
        self.figures = QLineEdit()
        self.figures.setPlaceholderText(tr("用顿号分隔，如：主动公开、政策解读、回应关切、重点领域"))
        form.addRow(tr("总体情况须写明数字"), self.figures)
        self.impossible: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        for block in schema.T2_BLOCKS:
            for t2row in block.rows:
                box = QCheckBox(t2row.label)
                self.impossible[schema.t2_path(t2row.key)] = box
                row.addWidget(box)
        form.addRow(tr("乡镇、街道不应有（表二）"), row)
        self.holidays: list[YearArrangement] = []  # handed out with the profile (kept unless replaced below)
        self.holiday_year = QSpinBox()
        self.holiday_year.setRange(2004, 2100)
        self.holiday_year.setValue(date.today().year + 1)
        self.holiday_text = QPlainTextEdit()
        self.holiday_text.setPlaceholderText(
            tr("程序尚未收录下一年的节假日时，可粘贴国务院办公厅的节假日安排通知正文随本地要求下发")
        )
        self.holiday_text.setMaximumHeight(80)
        self.holiday_state = QLabel()
        holiday_row = QHBoxLayout()
        holiday_row.addWidget(self.holiday_year)
        holiday_row.addWidget(self.holiday_text, 1)
        form.addRow(tr("下发节假日安排"), holiday_row)
        form.addRow("", self.holiday_state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.saved_to: Path | None = None
        if profile is not None:
            self.show_profile(profile)

    def show_profile(self, p: LocalProfile) -> None:
        self.name.setText(p.name)
        for (kind, which), (box, edit) in self.deadlines.items():
            month_day = p.deadlines.get(kind, {}).get(which)
            box.setChecked(month_day is not None)
            if month_day:
                edit.setDate(QDate(2026, *month_day))
        self.filing.setChecked(p.filing_before_publication)
        self.seal.setChecked(p.seal)
        self.signatures.setText(tr("、").join(p.signatures))
        self.cap.setValue(p.length_caps.get("overview", 0))
        self.figures.setText(tr("、").join(r.label for r in p.overview_must_contain))
        for path, box in self.impossible.items():
            box.setChecked(path in p.impossible.get("government", []))
        self.holidays = list(p.holidays)
        years = "、".join(str(a.year) for a in sorted(p.holidays, key=lambda a: a.year))
        self.holiday_state.setText(tr("已含 {0} 年的节假日安排").format(years) if years else "")

    def profile(self) -> LocalProfile:
        """The profile as filled in, checked as a unit's app will check it when loading the file."""
        deadlines: dict[str, dict[str, str]] = {}
        for (kind, which), (box, edit) in self.deadlines.items():
            if box.isChecked():
                day = edit.date()
                deadlines.setdefault(kind, {})[which] = f"{day.month():02d}-{day.day():02d}"
        name = self.name.text().strip()
        handed_out = list(self.holidays)
        if self.holiday_text.toPlainText().strip():
            try:
                year = self.holiday_year.value()
                parsed = parse_notice(self.holiday_text.toPlainText(), year, name).arrangement
            except HolidayError as exc:
                raise ProfileError(tr("节假日安排：{0}").format(exc.message)) from None
            handed_out = [*(a for a in handed_out if a.year != year), parsed]
        data = LocalProfile(name).to_json()
        data.update(
            deadlines=deadlines,
            filing_before_publication=self.filing.isChecked(),
            signatures=_split(self.signatures.text()),
            seal=self.seal.isChecked(),
            length_caps={"overview": self.cap.value()} if self.cap.value() else {},
            overview_must_contain=[
                {"label": r.label, "keywords": list(r.keywords)}
                for r in (RequiredFigure(label, (label,)) for label in _split(self.figures.text()))
            ],
            impossible={"government": [p for p, box in self.impossible.items() if box.isChecked()]},
            holidays=holidays_json(handed_out),
        )
        return profiles.from_json(data)

    def save(self, target: Path | None = None) -> None:
        try:
            made = self.profile()
        except ProfileError as exc:
            warn(self, str(exc))
            return
        if target is None:
            chosen = ask_save(
                self,
                self.settings,
                keys.KIND_PROFILE,
                tr("保存本地要求"),
                profiles.FILENAME,
                tr("本地要求文件 (*.json)"),
                first_folder=self.folder,
            )
            if chosen is None:
                return
            target = chosen
        try:
            self.saved_to = profiles.save(made, target)
        except ProfileError as exc:
            warn(self, str(exc))
            return
        self.accept()


def edit_profile(parent: QWidget | None, folder: Path | None, settings: QSettings | None = None) -> Path | None:
    """Write (or edit the one already in the units' folder) a local profile; the file saved, if any."""
    existing = profiles.find_in(folder) if folder else None
    current = None
    if existing is not None:
        try:
            current = profiles.load(existing)
        except ProfileError as exc:
            warn(parent, str(exc))
    dialog = ProfileDialog(parent, current, folder, settings)
    return dialog.saved_to if run_modal(dialog) else None
