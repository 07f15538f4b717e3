"""A bug inside the window (an exception in a slot reaches sys.excepthook) is shown in a Chinese dialog with
a crash log in the data folder, not only printed on stderr where no window user looks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from disclosure_gui.gui.app import install_crash_dialog, make_application


def test_an_uncaught_exception_shows_a_chinese_dialog_and_writes_a_log(qtbot, tmp_path, monkeypatch):
    make_application()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_crash_dialog(tmp_path)
    try:
        {}["no such cell"]
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    logs = list((tmp_path / "crash-logs").glob("*.log"))
    assert len(logs) == 1 and len(shown) == 1
    assert "程序内部出错" in shown[0] and str(logs[0]) in shown[0] and "Traceback" not in shown[0]
    assert "KeyError" in logs[0].read_text(encoding="utf-8")
