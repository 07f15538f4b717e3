"""Settings are declared once, with defaults; the window reads and writes them only through that module."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

import disclosure_gui.gui
from disclosure_gui.gui import settings as keys

GUI = Path(disclosure_gui.gui.__file__).parent


def test_no_settings_key_is_a_literal_outside_the_settings_module():
    offenders = []
    for path in GUI.rglob("*.py"):
        if path.name == "settings.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "setValue", "remove")
                and "settings" in ast.unparse(node.func.value)
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_defaults_and_a_folder_per_kind_of_file(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert keys.get_int(settings, keys.WINDOW_TAB) == 0 and keys.get_list(settings, keys.RECENT) == []
    assert keys.folder(settings, keys.KIND_WORD) == str(Path.home())
    (tmp_path / "w").mkdir()
    keys.remember_folder(settings, keys.KIND_WORD, str(tmp_path / "w" / "a.docx"))
    assert keys.folder(settings, keys.KIND_WORD) == str(tmp_path / "w")
    assert keys.folder(settings, keys.KIND_PDF) == str(Path.home())
    keys.put(settings, keys.RECENT, ["only-one"])
    assert keys.get_list(settings, keys.RECENT) == ["only-one"]


def test_generating_the_opening_asks_before_replacing_the_officers_text(window, monkeypatch):
    tab = window.tab("basic")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    own = window.current_report().texts["preamble"]
    tab._generate_clicked()
    assert asked and window.current_report().texts["preamble"] == own
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    tab._generate_clicked()
    assert "国办公开办函〔2021〕30号" in window.current_report().texts["preamble"]


def test_a_long_folder_and_a_font_chosen_in_one_are_remembered(tmp_path, monkeypatch):
    """Paths Windows opens only in their extended-length form (issue #30): the next file dialog still starts in the
    folder last used, and a 仿宋 chosen there is still used."""
    from disclosure_gui.gui.dialogs.fonts import font_overrides
    from disclosure_gui.resources import resource_path
    from tests.long_paths import long_folder

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    long = long_folder(tmp_path, monkeypatch)
    font = long.put("办公 仿宋.ttf", resource_path("fonts", "GovReportFang-Regular.ttf").read_bytes())
    keys.remember_folder(settings, "fonts", str(font))
    keys.put(settings, keys.FONT, str(font), "body")
    assert keys.folder(settings, "fonts") == str(long.normal)
    assert font_overrides(settings) == {"body": str(font)}
