"""Every QSettings key the window uses, declared once with its default.

Code reads and writes settings only through :func:`get` / :func:`put` with these keys, so a typo is a
NameError rather than a setting that silently never sticks, and a test can list what the app stores.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ..core.filenames import native_path


@dataclass(frozen=True)
class Key:
    name: str
    default: Any


WINDOW_GEOMETRY = Key("window/geometry", None)
WINDOW_TAB = Key("window/tab", 0)
RECENT = Key("recent", [])  # draft ids, newest first
FONT = Key("fonts/{0}", "")  # per role of the printed report: a .ttf/.ttc path
DIALOG_SIZE = Key("dialogs/{0}/size", None)  # per dialog class
FOLDER = Key("folders/{0}", "")  # per kind of file: last folder chosen
NEW_YEAR = Key("new/year", 0)  # 0: the reporting year of today
AGGREGATE_YEAR = Key("aggregate/year", 0)  # 0: the reporting year of today
AGGREGATE_MIN_CASES = Key("aggregate/min_cases", 0)  # 0: the core's default minimum for ranking
AGGREGATE_THRESHOLD = Key("aggregate/threshold", 0)  # percent; 0: the core's default for copied texts
PROFILE_JSON = Key("profile/json", "")  # the local profile's own text: it survives the file being moved or deleted
PROFILE_CLEARED = Key("profile/cleared", False)  # the officer chose national rules over a handed-out profile
PROBLEMS_OPEN = Key("problems/open", None)  # None: open on a screen taller than 800 pixels, closed on a lower one
PROBLEMS_HEIGHT = Key("problems/height", 0)  # under the tabs, open; 0: the window's default
AGGREGATE_SOURCES = Key("aggregate/sources", [])  # 汇总: the folder or files of the units' reports last read
AGGREGATE_UNITS = Key("aggregate/units", "")  # 汇总: the list of units expected to report
AGGREGATE_PREVIOUS = Key("aggregate/previous", [])  # 汇总: the folder of last year's reports
ALL_KEYS = (
    WINDOW_GEOMETRY,
    WINDOW_TAB,
    RECENT,
    FONT,
    DIALOG_SIZE,
    FOLDER,
    NEW_YEAR,
    AGGREGATE_YEAR,
    AGGREGATE_MIN_CASES,
    AGGREGATE_THRESHOLD,
    PROFILE_JSON,
    PROFILE_CLEARED,
    PROBLEMS_OPEN,
    PROBLEMS_HEIGHT,
    AGGREGATE_SOURCES,
    AGGREGATE_UNITS,
    AGGREGATE_PREVIOUS,
)

# Kinds of file a dialog asks for; each remembers its own folder.
KIND_EXCHANGE = "exchange"
KIND_PDF = "pdf"
KIND_WORD = "word"
KIND_HTML = "html"
KIND_PUBLISHED = "published"
KIND_FONT = "font"
KIND_REGISTER = "register"  # request registers (Excel, WPS, CSV) read and written
KIND_PROFILE = "profile"  # local profiles
KIND_UNITS_FOLDER = "units-folder"  # 汇总: the folder of the units' exchange files
KIND_PREVIOUS_FOLDER = "previous-folder"  # 汇总: the folder of last year's exchange files
KIND_UNIT_LIST = "unit-list"  # 汇总: the list of units expected to report
KIND_STATUS = "status"  # 汇总: the status table


def _name(key: Key, arg: str | None) -> str:
    return key.name.format(arg) if arg is not None else key.name


def get(settings: QSettings, key: Key, arg: str | None = None) -> Any:
    return settings.value(_name(key, arg), key.default)


def put(settings: QSettings, key: Key, value: Any, arg: str | None = None) -> None:
    settings.setValue(_name(key, arg), value)


def remove(settings: QSettings, key: Key, arg: str | None = None) -> None:
    settings.remove(_name(key, arg))


def get_int(settings: QSettings, key: Key, arg: str | None = None) -> int:
    value = get(settings, key, arg)
    try:
        return int(value)
    except (TypeError, ValueError):
        return int(key.default or 0)


def get_bool(settings: QSettings, key: Key) -> bool:
    """A flag (INI files store booleans as the strings "true" and "false")."""
    value = get(settings, key)
    return value.lower() == "true" if isinstance(value, str) else bool(value)


def get_list(settings: QSettings, key: Key) -> list[str]:
    """A string list (INI files store a one-element list as a plain string)."""
    value = get(settings, key)
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)] if value else []


def get_bytes(settings: QSettings, key: Key, arg: str | None = None) -> QByteArray | None:
    value = get(settings, key, arg)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def folder(settings: QSettings, kind: str) -> str:
    """The folder last used for this kind of file, or the home folder."""
    value = str(get(settings, FOLDER, kind) or "")
    return value if value and os.path.isdir(native_path(value)) else str(Path.home())


def remember_folder(settings: QSettings, kind: str, chosen: str) -> None:
    if chosen:
        put(settings, FOLDER, str(Path(chosen).parent), kind)
