"""The one spreadsheet writer (issue #29, cases 2 and 3): whatever text a register or a status table holds, the
.xlsx and .csv written open in Excel and WPS with no live formula, no refused character, and every text as typed."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from disclosure_gui.core.register.model import Application
from disclosure_gui.core.register.tabular import export_fields, read_register, write_table
from disclosure_gui.core.spreadsheet import Worksheet, clean_text, csv_bytes, unescape_csv, write_csv, write_xlsx

HOSTILE = [
    '=HYPERLINK("http://example.com/x","附件")',
    "=1+1",
    "+86 0632 1234567",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTAB",
    "\r回车",
    "张三\x0b丰",  # Word's manual line break
    "李\x01四",
    "#N/A",
]


def _apps(texts: list[str]) -> list[Application]:
    return [
        Application(f"2024-{i:03d}", date(2024, 3, 1), 0, summary=t, applicant_name=t, contact=t, note=t)
        for i, t in enumerate(texts)
    ]


@pytest.mark.parametrize("personal", [True, False])
def test_the_register_export_has_no_formula_and_every_text_as_typed(tmp_path: Path, personal: bool) -> None:
    out = tmp_path / "台账.xlsx"
    write_table(out, _apps(HOSTILE), export_fields(personal=personal))  # case 2: this raised IllegalCharacterError
    sheet = load_workbook(out)["依申请公开台账"]
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    assert cells and all(c.data_type == "s" for c in cells)  # case 3: "=1+1" was a live formula
    summaries = [row[4].value for row in sheet.iter_rows(min_row=2)]
    assert summaries == [clean_text(t) for t in HOSTILE]
    assert summaries[7] == "张三\n丰" and summaries[8] == "李四"
    assert all(c.quotePrefix for c in cells if c.value[:1] in "=+-@\t\r")


def test_the_register_csv_escapes_formulas_and_reads_back_as_typed(tmp_path: Path) -> None:
    out = tmp_path / "台账.csv"
    write_table(out, _apps(HOSTILE), export_fields(personal=True))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert all(not field.startswith(("=", "+", "-", "@", "\t", "\r")) for row in rows[1:] for field in row if field)
    # The importer strips the spaces around a value (a tab, a carriage return) as it does for any register.
    assert [a.summary for a in read_register(out)[2].applications] == [clean_text(t).strip() for t in HOSTILE]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.none()), min_size=1, max_size=6))
def test_any_row_is_written_and_no_text_becomes_a_formula(tmp_path: Path, row: list[object]) -> None:
    out = tmp_path / "any.xlsx"
    write_xlsx(out, [Worksheet("表", [["甲"] * len(row), row])])
    for cell in load_workbook(out)["表"][2]:
        assert cell.data_type != "f"
        if isinstance(cell.value, str):
            assert cell.data_type == "s"
    text = csv_bytes([row]).decode("utf-8-sig")
    for field in next(csv.reader(io.StringIO(text))) if text.strip() else []:
        assert not field.startswith(("=", "+", "-", "@", "\t", "\r")) or _is_number(field)
        unescape_csv(field)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def test_csv_and_xlsx_refuse_nothing_a_file_name_can_hold(tmp_path: Path) -> None:
    raw = "科技局".encode("gbk")
    name, escaped = raw.decode("utf-8", "surrogateescape"), raw.decode("utf-8", "backslashreplace")
    write_xlsx(tmp_path / "a.xlsx", [Worksheet("状态", [["文件"], [name]])])
    write_csv(tmp_path / "a.csv", [["文件"], [name]])
    assert load_workbook(tmp_path / "a.xlsx")["状态"]["A2"].value == escaped
    assert escaped in (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
