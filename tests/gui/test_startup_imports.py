"""Opening the window on a report loads what the window shows, not the parts used later: publishing (ReportLab,
python-docx, PDFium), the importers' readers, register file reading and writing, the district office's parts.
(How fast it starts is measured by benchmarks/run.py; this keeps the heavy parts from creeping back in.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from disclosure_gui.core.format import exchange
from disclosure_gui.store import Store
from tests.conftest import SAMPLE_JSON

CHILD = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from disclosure_gui.gui.app import make_application
from disclosure_gui.gui.main_window import MainWindow
from disclosure_gui.store import Store
app = make_application()
store = Store(sys.argv[1]); store.open()
window = MainWindow(store, QSettings(sys.argv[1] + "/s.ini", QSettings.Format.IniFormat))
window.show()
window.open_draft(store.list_drafts()[0].id)
QApplication.processEvents()
print(json.dumps(sorted(sys.modules)))
store.close()
"""
LATER = (
    "reportlab",
    "docx",
    "pypdfium2",
    "openpyxl",
    "disclosure_gui.core.publish",
    "disclosure_gui.core.importers.published",
    "disclosure_gui.core.importers.pdf",
    "disclosure_gui.core.district",
    "disclosure_gui.gui.district",
    "disclosure_gui.gui.dialogs.print_preview",
    "disclosure_gui.gui.dialogs.import_published",
    "disclosure_gui.core.importers.paste",  # the first paste
    "python_calamine",  # the first register workbook read
    "subprocess",  # LibreOffice, only to convert a file
    "PySide6.QtPrintSupport",  # printing and its preview
)


def test_opening_a_report_loads_none_of_the_parts_used_later(tmp_path):
    with Store(tmp_path) as store:
        store.create(exchange.load(SAMPLE_JSON))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    assert "disclosure_gui.gui.report.document" in loaded  # the window did open the report
    early = [m for m in loaded if any(m == name or m.startswith(name + ".") for name in LATER)]
    assert early == []
