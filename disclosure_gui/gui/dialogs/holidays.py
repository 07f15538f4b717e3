"""设置 → 节假日安排: enter a year's holidays from the State Council's notice before the program carries them.

The notice for the next year comes out in November or December; until the program is updated, a reply deadline that
runs into that year is counted Monday–Friday and marked （估）. Pasting the notice's text here fixes that for this
computer (the district can hand the same arrangement out in its local profile).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.format.holidays import HolidayError, ParsedNotice, parse_notice
from ...core.format.workdays import YearArrangement, current, missing_next_year
from ..i18n import tr
from ..messages import warn
from ..work_calendar import CalendarController


def year_states(today: date) -> str:
    """One line per year around today: where its holidays come from, or that it is estimated."""
    cal = current()
    lines = []
    for year in range(today.year - 1, today.year + 2):
        if year in cal.entered:
            lines.append(tr("{0}年：已录入（{1}）").format(year, cal.source(year)))
        elif cal.builtin_knows(year):
            lines.append(tr("{0}年：程序内置").format(year))
        else:
            lines.append(tr("{0}年：未收录，答复期限按周一至周五估算（标“估”）").format(year))
    return "\n".join(lines)


class HolidayDialog(QDialog):
    def __init__(self, calendar: CalendarController, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.today = today or date.today()
        self.parsed: ParsedNotice | None = None
        self.setWindowTitle(tr("节假日安排"))
        layout = QVBoxLayout(self)
        note = QLabel(
            tr(
                "依申请公开的答复期限按工作日计算（条例第三十三条）。国务院办公厅每年11—12月发布下一年的节假日安排；"
                "程序尚未收录时，可把通知正文粘贴到下面，保存后按通知计算。"
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.states = QLabel()
        layout.addWidget(self.states)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("年份")))
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(missing_next_year(self.today) or self.today.year + 1)
        self.year.setAccessibleName(tr("年份"))
        row.addWidget(self.year)
        row.addStretch(1)
        layout.addLayout(row)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(tr("节假日安排通知正文"))
        self.text.setPlaceholderText(
            tr("粘贴通知正文，如：一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。……；或逐行写“放假：…”“上班：…”")
        )
        layout.addWidget(self.text, 1)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(tr("保存该年的安排"))
        self.remove_button = QPushButton(tr("删除该年录入的安排"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.accept)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(buttons)
        self.text.textChanged.connect(self.read)
        self.year.valueChanged.connect(lambda _v: self.read())
        self.read()

    def read(self) -> None:
        """Read the pasted text as the chosen year's arrangement and say what was found."""
        self.parsed = None
        text = self.text.toPlainText()
        if text.strip():
            try:
                self.parsed = parse_notice(text, self.year.value())
            except HolidayError as exc:
                self.preview.setText(str(exc))
            else:
                shown = tr("识别到 {0}年：放假 {1} 天，调休上班 {2} 天").format(
                    self.year.value(), len(self.parsed.arrangement.holidays), len(self.parsed.arrangement.workdays)
                )
                if self.parsed.ignored:
                    shown += tr("；以下内容既非放假也非上班，未采用：{0}").format(tr("；").join(self.parsed.ignored))
                self.preview.setText(shown)
        else:
            self.preview.setText("")
        self.save_button.setEnabled(self.parsed is not None)
        self.states.setText(year_states(self.today))
        entered = {a.year for a in self.calendar_entered()}
        self.remove_button.setEnabled(self.year.value() in entered)

    def calendar_entered(self) -> list[YearArrangement]:
        """What the office entered; nothing when the file cannot be read (saving then says why)."""
        try:
            return self.calendar.entered()
        except HolidayError:
            return []

    def save(self) -> None:
        if self.parsed is None:
            return
        try:
            self.calendar.save_year(self.parsed.arrangement)
        except HolidayError as exc:
            warn(self, str(exc))
            return
        self.text.clear()
        self.preview.setText(tr("已保存{0}年的节假日安排").format(self.year.value()))

    def remove(self) -> None:
        try:
            self.calendar.remove_year(self.year.value())
        except HolidayError as exc:
            warn(self, str(exc))
            return
        self.read()
