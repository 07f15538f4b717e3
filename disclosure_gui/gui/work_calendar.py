"""The working-day calendar the window counts reply deadlines on: the built-in holidays, the arrangements the district
hands out in its local profile, and those the office entered in 设置 → 节假日安排 (which win: the office's own entry is
the latest word). Rebuilt whenever the profile or the entries change; :mod:`...core.format.workdays` holds it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.format.holidays import HolidayError, load_entered, save_entered
from ..core.format.workdays import WorkCalendar, YearArrangement, use
from .local_profile import ProfileController


class CalendarController(QObject):
    calendarChanged = Signal()

    def __init__(self, data_dir: Path, profiles: ProfileController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.profiles = profiles
        self.notice = ""  # a damaged holiday file, for the status bar
        profiles.profileChanged.connect(self.refresh)
        self.refresh()

    def entered(self) -> list[YearArrangement]:
        """What the office entered; raises :class:`HolidayError` when the file cannot be read."""
        return load_entered(self.data_dir)

    def refresh(self) -> None:
        handed_out = self.profiles.profile.holidays if self.profiles.profile is not None else []
        try:
            entered = self.entered()
            self.notice = ""
        except HolidayError as exc:
            entered, self.notice = [], str(exc)
        use(WorkCalendar([*handed_out, *entered]))
        self.calendarChanged.emit()

    def save_year(self, arrangement: YearArrangement) -> None:
        """Enter (or replace) one year's arrangement. Raises :class:`HolidayError` (a damaged file stays as it is)."""
        kept = [a for a in self.entered() if a.year != arrangement.year]
        save_entered(self.data_dir, [*kept, arrangement])
        self.refresh()

    def remove_year(self, year: int) -> None:
        save_entered(self.data_dir, [a for a in self.entered() if a.year != year])
        self.refresh()
