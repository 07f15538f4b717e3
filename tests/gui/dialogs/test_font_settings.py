"""设置 → 打印字体."""

import shutil

from PySide6.QtCore import QSettings

from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.dialogs.fonts import FontSettingsDialog, font_overrides
from disclosure_gui.resources import resource_path


def test_choose_a_face_validate_it_and_reset(qtbot, tmp_path, monkeypatch):
    make_application()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = FontSettingsDialog(settings)
    qtbot.addWidget(dialog)
    good = tmp_path / "mykai.ttf"
    shutil.copy(resource_path("fonts", "GovReportKai-Regular.ttf"), good)
    dialog.choose("body", str(good))
    assert font_overrides(settings) == {"body": str(good)}
    assert "mykai.ttf（已安装）" in dialog.current["body"].text()
    bad = tmp_path / "broken.ttf"
    bad.write_bytes(b"not a font")
    warnings = []
    monkeypatch.setattr("disclosure_gui.gui.dialogs.fonts.warn", lambda _parent, text: warnings.append(text))
    dialog.choose("title", str(bad))
    assert warnings and "无法嵌入" in warnings[0] and "title" not in font_overrides(settings)
    dialog.reset("body")
    assert font_overrides(settings) == {}


def test_the_note_is_shown_whole(qtbot, tmp_path):
    from disclosure_gui.gui.screen import remember_size

    make_application()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = FontSettingsDialog(settings)
    qtbot.addWidget(dialog)
    remember_size(dialog, settings)  # as the window opens it
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)
    note = dialog.note
    assert note.height() >= note.heightForWidth(note.width())
    dialog.resize(dialog.width(), 100)  # the officer drags it shorter
    qtbot.wait(50)
    assert note.height() >= note.heightForWidth(note.width())
