"""Registers as offices really have them (issue #29, cases 6–11): every format is read or refused with advice, and
the register's numbers go through the same validators as ``check`` before anything is written."""

from __future__ import annotations

import json
import os
import stat
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook

from disclosure_gui.cli import main
from disclosure_gui.core.format import exchange
from disclosure_gui.core.register.sheets import TabularError, read_sheet
from disclosure_gui.core.register.tabular import read_register

HEADER = ["编号", "收到日期", "申请人类型", "办理结果", "答复日期", "是否发出收费通知", "收费金额（元）"]
GOOD = ["2023-001", "2023-03-01", "自然人", "予以公开", "2023-03-10", "是", "12.5"]


def _row(fee: str, no: str = "2023-002") -> list[str]:
    return [no, "2023-04-01", "商业企业", "予以公开", "2023-04-10", "是", fee]


def _csv(path: Path, rows: list[list[str]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(delimiter.join(r) for r in rows).encode(encoding))
    return path


def _register(capsys, path: Path, out: Path, *extra: str) -> tuple[int, str]:
    code = main(["register", str(path), "--year", "2023", "-o", str(out), "--agency", "某局", *extra])
    return code, capsys.readouterr().err


# ------------------------------------------------------------------------------ case 6 and 10: numbers


@pytest.mark.parametrize("fee", ["370402198001011234", "3.70402E+17", "100.005", "1e999999", "-5", "inf", "NaN"])
def test_a_fee_check_would_refuse_is_never_counted_nor_written(tmp_path: Path, capsys, fee: str) -> None:
    register = _csv(tmp_path / "台账.csv", [HEADER, GOOD, _row(fee)])
    out = tmp_path / "out.json"
    code, err = _register(capsys, register, out)
    assert code == 1, err  # counted, one row not placed; never 3 (case 10 was an internal error)
    assert f"收费金额“{fee}”" in err and "第 3 行" in err
    written = out.read_text(encoding="utf-8")
    assert "370402" not in written.replace(" ", "")  # the ID number never reaches a file meant for the district
    assert str(exchange.loads(written).fees.notice_amount_yuan) == "12.5"  # only the good row's fee counted
    assert main(["check", str(out)]) in (0, 1)  # check reads what register wrote (2 would be a refusal)


def test_fees_that_add_up_beyond_what_check_reads_are_refused_before_writing(tmp_path: Path, capsys) -> None:
    rows = [HEADER, *(_row("999999999999", f"2023-{i:03d}") for i in range(3))]
    out = tmp_path / "out.json"
    code, err = _register(capsys, _csv(tmp_path / "台账.csv", rows), out)
    assert code == 2 and "金额过大" in err and "没有写入" in err
    assert not out.exists()


def test_a_register_file_edited_by_hand_with_a_huge_fee_is_named_not_a_crash(tmp_path: Path) -> None:
    from disclosure_gui.core.register.storage import RegisterFileError, load_year

    path = tmp_path / "2023.json"
    record = {"no": "1", "received": "2023-03-01", "applicant": 0, "fee_amount_yuan": "1e999999"}
    path.write_text(json.dumps({"format": "disclosure-register", "version": 1, "applications": [record]}), "utf-8")
    with pytest.raises(RegisterFileError, match="fee_amount_yuan"):
        load_year(path)


# ------------------------------------------------------------------------------ case 7 and 8: text files


@pytest.mark.parametrize(
    ("name", "delimiter", "encoding"),
    [
        ("Unicode文本.txt", "\t", "utf-16"),  # Excel's 「Unicode 文本」: UTF-16 LE with a BOM, tab-separated
        ("台账.csv", ",", "utf-16"),
        ("台账.csv", ",", "utf-16-le"),  # no BOM
        ("台账.csv", ",", "utf-16-be"),
        ("台账.csv", ",", "utf-32"),
        ("制表符.txt", "\t", "utf-8"),  # case 8: split on commas before
        ("制表符.txt", "\t", "gb18030"),
        ("制表符.tsv", "\t", "utf-8-sig"),
    ],
)
def test_text_registers_in_every_encoding_and_separator_offices_save(
    tmp_path: Path, name: str, delimiter: str, encoding: str
) -> None:
    path = _csv(
        tmp_path / name, [["某局依申请公开台账"], HEADER, GOOD, _row("200")], delimiter=delimiter, encoding=encoding
    )
    _, _, result = read_register(path)
    assert result.unplaced == []
    assert [a.no for a in result.applications] == ["2023-001", "2023-002"]
    assert [str(a.fee_amount_yuan) for a in result.applications] == ["12.5", "200"]


def test_a_text_in_no_known_encoding_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes(b"\x80\xff\xfe\x81" * 50)
    with pytest.raises(TabularError, match=r"编码.*另存为.*xlsx"):
        read_sheet(path)


def test_a_workbook_saved_under_a_text_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(GOOD)
    book.save(tmp_path / "台账.csv")
    assert [a.no for a in read_register(tmp_path / "台账.csv")[2].applications] == ["2023-001"]


# ------------------------------------------------------------------------------ case 9: WPS .et


def test_an_et_file_that_is_an_xls_inside_is_read(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "register" / "register-2024.xls"
    et = tmp_path / "台账.et"
    et.write_bytes(fixture.read_bytes())
    assert read_register(et)[2].applications


def test_an_et_file_without_libreoffice_is_refused_with_save_as_advice(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DISCLOSURE_GUI_SOFFICE", "")
    et = tmp_path / "台账.et"
    et.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(TabularError, match=r"WPS 表格.*LibreOffice.*另存为.*\.xlsx"):
        read_sheet(et)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in for LibreOffice is a POSIX script")
def test_an_et_file_is_converted_by_libreoffice_when_installed(tmp_path: Path, monkeypatch) -> None:
    converted = tmp_path / "converted.xlsx"
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(GOOD)
    book.save(converted)
    soffice = tmp_path / "soffice"  # writes what LibreOffice would: <outdir>/source.xlsx
    soffice.write_text(
        f"#!{sys.executable}\nimport shutil, sys\nargs = sys.argv\n"
        f"shutil.copyfile({str(converted)!r}, args[args.index('--outdir') + 1] + '/source.xlsx')\n",
        encoding="utf-8",
    )
    soffice.chmod(soffice.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("DISCLOSURE_GUI_SOFFICE", str(soffice))
    et = tmp_path / "台账.et"
    et.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(600))
    assert [a.no for a in read_register(et)[2].applications] == ["2023-001"]


# ------------------------------------------------------------------------------ case 11: where the register is


def test_a_register_on_a_hidden_sheet_is_read_and_said(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "说明"
    hidden = book.create_sheet("台账")
    hidden.sheet_state = "hidden"
    hidden.append(HEADER)
    hidden.append(GOOD)
    book.save(tmp_path / "台账.xlsx")
    sheet = read_sheet(tmp_path / "台账.xlsx")
    assert "隐藏" in sheet.note and "台账" in sheet.note
    assert [a.no for a in read_register(tmp_path / "台账.xlsx")[2].applications] == ["2023-001"]


def test_a_visible_register_wins_over_a_hidden_copy(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(HEADER)
    book.active.append(GOOD)
    old = book.create_sheet("去年备份")
    old.sheet_state = "hidden"
    old.append(HEADER)
    old.append(_row("1"))
    book.save(tmp_path / "台账.xlsx")
    assert read_sheet(tmp_path / "台账.xlsx").note == ""
    assert [a.no for a in read_register(tmp_path / "台账.xlsx")[2].applications] == ["2023-001"]


@pytest.mark.parametrize("notes", [10, 30, 49])
def test_the_header_is_found_below_a_long_preamble(tmp_path: Path, notes: int) -> None:
    book = Workbook()
    for i in range(notes):
        book.active.append([f"填表说明第 {i + 1} 条"])
    book.active.append(HEADER)
    book.active.append(GOOD)
    book.save(tmp_path / "台账.xlsx")
    sheet = read_sheet(tmp_path / "台账.xlsx")
    assert sheet.first_line == notes + 2
    assert [a.no for a in read_register(tmp_path / "台账.xlsx")[2].applications] == ["2023-001"]
