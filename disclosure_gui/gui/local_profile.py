"""The local profile a unit's window checks against: loaded with the button on 基本信息 (or found where the district
office handed it out) and kept until told otherwise. The district office writes one in
:mod:`.district.profile_dialog`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from ..core.format import local_profile as profiles
from ..core.format.local_profile import LocalProfile, ProfileError
from . import settings as keys
from .dialogs.files import ask_open
from .i18n import tr
from .messages import warn


def handed_out_folders(data_dir: Path) -> list[Path]:
    """Where a profile handed out with the app is looked for: beside the installed program, then the data folder."""
    folders = [Path(sys.executable).parent] if getattr(sys, "frozen", False) else []
    return [*folders, data_dir]


class ProfileController(QObject):
    """The profile a unit's app follows (None: national rules only), remembered in the settings."""

    profileChanged = Signal()

    def __init__(
        self, settings: QSettings, parent: QObject | None = None, handed_out: list[Path] | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.profile: LocalProfile | None = None
        self.notice = ""  # what happened at start, for the status bar
        text = keys.get(settings, keys.PROFILE_JSON)
        if isinstance(text, str) and text:
            try:
                self.profile = profiles.loads(text)
            except ProfileError:
                keys.remove(settings, keys.PROFILE_JSON)  # written by another version: back to national rules
        if self.profile is None and not keys.get_bool(settings, keys.PROFILE_CLEARED):
            self._load_handed_out(handed_out or [])

    def _load_handed_out(self, folders: list[Path]) -> None:
        """A profile handed out with the app (beside the program or in the data folder) applies from the start."""
        for folder in folders:
            found = profiles.find_in(folder)
            if found is None:
                continue
            try:
                loaded = self.load(found)
            except ProfileError as exc:
                self.notice = str(exc)
                return
            self.notice = tr("已按随年报助手下发的本地要求“{0}”检查（{1}）").format(loaded.name, found)
            return

    def load(self, path: Path | str) -> LocalProfile:
        """Follow the profile in a file; raises :class:`ProfileError` with a Chinese message."""
        loaded = profiles.load(path)
        self.profile = loaded
        keys.put(self.settings, keys.PROFILE_JSON, loaded.dumps())
        keys.remove(self.settings, keys.PROFILE_CLEARED)
        self.profileChanged.emit()
        return loaded

    def clear(self) -> None:
        self.profile = None
        keys.remove(self.settings, keys.PROFILE_JSON)
        keys.put(
            self.settings, keys.PROFILE_CLEARED, True
        )  # the user chose national rules: a handed-out file no longer applies
        self.profileChanged.emit()

    def choose(self, parent: QWidget) -> None:
        path = ask_open(
            parent,
            self.settings,
            keys.KIND_PROFILE,
            tr("加载本地要求（区县或市政务公开办下发的文件）"),
            tr("本地要求文件 (*.json)"),
        )
        if path is None:
            return
        try:
            self.load(path)
        except ProfileError as exc:
            warn(parent, str(exc))

    def describe(self) -> str:
        if self.profile is None:
            return tr("未加载本地要求：按全国统一要求检查")
        return tr("按“{0}”的本地要求检查（另加期限、篇幅、必备数字等）").format(self.profile.name)
