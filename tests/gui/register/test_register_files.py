"""The register tab's files (issue #29, cases 2, 9 and 11 in the window): the file chooser offers every format the
import reads, a register found on a hidden sheet is said, and a name Excel would refuse is exported, not a crash."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from disclosure_gui.core.register.model import Application


def test_the_file_chooser_offers_wps_tables_and_text_files(window, monkeypatch):
    offered: list[str] = []

    def chooser(_parent, _title, _folder, kinds):
        offered.append(kinds)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    window.register_tab.import_dialog()
    assert offered and all(f"*{s}" in offered[0] for s in (".xlsx", ".xls", ".et", ".ods", ".csv", ".txt"))


def test_a_register_on_a_hidden_sheet_is_imported_and_said(window, tmp_path: Path):
    book = Workbook()
    book.active.title = "说明"
    hidden = book.create_sheet("台账")
    hidden.sheet_state = "hidden"
    hidden.append(["编号", "收到日期", "申请人类型", "办理结果", "答复日期"])
    hidden.append(["2023-001", "2023-03-01", "自然人", "予以公开", "2023-03-10"])
    book.save(tmp_path / "台账.xlsx")
    said: list[tuple[str, bool]] = []
    window.register_tab.message.connect(lambda text, bad: said.append((text, bad)))
    result = window.register_tab.import_path(tmp_path / "台账.xlsx", ask=False)
    assert result is not None and len(result.applications) == 1
    assert said and "隐藏的工作表“台账”" in said[-1][0]


def test_a_name_with_a_manual_line_break_is_exported(window, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    tab = window.register_tab
    tab.doc.apps = [Application("2023-001", date(2023, 3, 1), 0, applicant_name="张三\x0b丰", summary="=1+1")]
    out = tmp_path / "台账.xlsx"
    assert tab.export_path(out, personal=True)
    row = [c for c in load_workbook(out)["依申请公开台账"][2]]
    assert "张三\n丰" in [c.value for c in row]
    assert all(c.data_type != "f" for c in row)
