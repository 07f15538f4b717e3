"""A bug inside the window (an exception in a slot reaches sys.excepthook) is shown in a Chinese dialog with
a crash log in the data folder, not only printed on stderr where no window user looks."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from disclosure_gui.core.errors import UserError
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.messages import install_crash_dialog


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


def test_an_uncaught_user_error_is_shown_as_itself_without_a_crash_log(qtbot, tmp_path, monkeypatch):
    """An error the user can act on that no caller caught is not a bug report: its message, where, and no log."""
    make_application()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda *_a, **_k: pytest.fail("a crash dialog for a user error"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_dialog(tmp_path)
    try:
        raise UserError("文件已被其他程序打开，无法写入", "D:/报告/年报.pdf")
    except UserError as exc:
        sys.excepthook(UserError, exc, exc.__traceback__)
    assert warned == ["D:/报告/年报.pdf：文件已被其他程序打开，无法写入"]
    assert not (tmp_path / "crash-logs").exists()
