"""The window fits the office screens: 1366×768 (most laptops) as well as 1024×768 (the other tests)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = r"""
import os, sys, tempfile
from pathlib import Path
from disclosure_gui.gui.smoke import office_screen
os.environ["QT_QPA_PLATFORM"] = office_screen(Path(tempfile.mkdtemp()), (1366, 768))
from PySide6.QtCore import QSettings
from disclosure_gui.core.format import exchange
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.resources import sample_path
from disclosure_gui.store import Store
app = make_application()
folder = Path(sys.argv[1])
store = Store(folder / "data"); store.open()
settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
# A window last closed on a big monitor must not open wider than this screen.
big = MainWindow(store, settings); big.resize(1900, 1150); big.close()
window = MainWindow(store, settings); window.show()
window.open_draft(store.create(exchange.load(sample_path())).id)
app.processEvents()
frame = window.frameGeometry()
print("screen", window.screen().availableGeometry().width(), window.screen().availableGeometry().height())
print("frame", frame.width(), frame.height())
print("tabs", window.tabs.tabBar().sizeHint().width() <= window.tabs.width())
window.show_aggregate(); app.processEvents()
print("aggregate", window.aggregate_window.width(), window.aggregate_window.height())
window.aggregate_window.close(); window.close(); store.close()
"""


def test_the_window_fits_a_1366_by_768_screen(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.getcwd()}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines())
    assert lines["screen"] == "1366 768"
    width, height = map(int, lines["frame"].split())
    assert width <= 1366 and height <= 768
    assert lines["tabs"] == "True"
    width, height = map(int, lines["aggregate"].split())
    assert width <= 1366 and height <= 768


def test_on_a_1024_screen_the_problems_panel_sits_under_the_tabs_and_its_findings_read_in_full(window):
    """Beside table 三 the panel was squeezed to ~110 px and every finding ended in 「…」."""
    from PySide6.QtCore import Qt

    assert window.dockWidgetArea(window.problems_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.problems_dock.width() > 900
    window.problems.set_open(True)  # on a 768 screen it starts as one line; opened, it has room to read
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    assert 120 <= window.problems_dock.height() <= 260
