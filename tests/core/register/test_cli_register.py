"""`disclosure-gui register` as a user runs it: a separate process, the printed table, exit codes, files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from disclosure_gui.core.format import exchange, schema
from disclosure_gui.core.register.tabular import export_fields, write_table
from tests.conftest import SAMPLE_JSON

from .test_tables import BIZ, EXPECTED_2024, LAW, NAT, REGISTER, row


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disclosure_gui", *args], capture_output=True, text=True, encoding="utf-8", timeout=60
    )


def _register(tmp_path: Path) -> Path:
    path = tmp_path / "台账.xlsx"
    write_table(path, REGISTER, export_fields(personal=True))
    return path


def test_prints_table_three_and_writes_an_exchange_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("register", str(_register(tmp_path)), "--year", "2024", "-o", str(out), "--agency", "某县科技局")
    assert result.returncode == 0, result.stderr
    printed = {line.split("\t")[1]: line.split("\t")[2:] for line in result.stdout.splitlines() if "\t" in line}
    assert printed["上年结转"] == [str(v) for v in EXPECTED_2024["carried_over"]]
    assert printed["结转下年度"] == [str(v) for v in EXPECTED_2024["carried_to_next_year"]]
    report = exchange.load(out)
    assert report.t3["partially_granted"] == EXPECTED_2024["partially_granted"]
    assert report.fees.notices_issued == 2
    assert "某律师事务所" not in out.read_text(encoding="utf-8")  # personal data never leaves the register


def test_into_writes_a_copy_and_leaves_the_draft_alone(tmp_path: Path) -> None:
    draft = tmp_path / "draft.json"
    sample = exchange.load(SAMPLE_JSON)
    draft.write_text(exchange.dumps(sample), encoding="utf-8")
    before = draft.read_bytes()
    out = tmp_path / "copy.json"
    year = str(sample.meta.year)
    assert run("register", str(_register(tmp_path)), "--year", year, "--into", str(draft)).returncode == 2
    result = run("register", str(_register(tmp_path)), "--year", year, "--into", str(draft), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert draft.read_bytes() == before
    copy = exchange.load(out)
    assert copy.texts == sample.texts  # the texts of the draft are kept
    assert sample.meta.year == 2023
    # 2023 in the register: A, B, C received (自然人, 企业, 律所); only B answered in 2023; A and C carried out.
    assert copy.t3["new_received"] == row({NAT: 1, BIZ: 1, LAW: 1})
    assert copy.t3[schema.T3_TOTAL_ROW] == row({BIZ: 1}) == copy.t3["unavailable_not_held"]
    assert copy.t3["carried_to_next_year"] == row({NAT: 1, LAW: 1})
    wrong = run("register", str(_register(tmp_path)), "--year", "2030", "--into", str(draft), "-o", str(out))
    assert wrong.returncode == 2 and "年的报告" in wrong.stderr


def test_a_new_exchange_file_needs_the_agency(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("register", str(_register(tmp_path)), "--year", "2024", "-o", str(out))
    assert result.returncode == 2 and "--agency" in result.stderr and not out.exists()


def test_unplaced_rows_are_listed_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_text(
        "编号,收到日期,申请人类型,办理结果,答复日期\n1,2024-01-02,自然人,予以公开,2024-01-10\n2,2024-01-03,自然人,不予公开,2024-01-11\n",
        encoding="utf-8",
    )
    result = run("register", str(path), "--year", "2024")
    assert result.returncode == 1
    assert "第 3 行" in result.stderr and "不予公开" in result.stderr


def test_unreadable_file_is_named_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "台账.xlsx"
    path.write_bytes(b"not a zip")
    result = run("register", str(path), "--year", "2024")
    assert result.returncode == 2 and "台账.xlsx" in result.stderr and "Traceback" not in result.stderr


def test_the_register_itself_is_never_the_output(tmp_path: Path) -> None:
    register = _register(tmp_path)
    before = register.read_bytes()
    result = run("register", str(register), "--year", "2024", "-o", str(register), "--agency", "某县科技局")
    assert result.returncode == 2 and "覆盖" in result.stderr, result.stderr
    assert register.read_bytes() == before


OWN_HEADERS = "登记号,来件日期,申请者,处理结果,回复时间\n"
OWN_ROWS = (
    "A-1,2024-03-04,个人,予以公开,2024-03-20\nA-2,2024-05-10,公司,申请人撤回申请,2024-05-15\nA-3,2024-12-27,个人,,\n"
)


def test_an_offices_own_headers_are_mapped_with_columns(tmp_path: Path) -> None:
    own = tmp_path / "本局台账.csv"
    own.write_text(OWN_HEADERS + OWN_ROWS, encoding="utf-8")
    data = tmp_path / "data"  # an empty data folder: nothing remembered
    plain = run("register", str(own), "--year", "2024", "--data-dir", str(data))
    assert plain.returncode == 2 and "收到日期" in plain.stderr  # 来件日期 is not a header the app knows
    mapped = run(
        "register", str(own), "--year", "2024", "--data-dir", str(data),
        "--columns", "编号=登记号,收到日期=来件日期,申请人类型=C,答复日期=5",
    )  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    printed = {line.split("\t")[1]: line.split("\t")[2:] for line in mapped.stdout.splitlines() if "\t" in line}
    assert printed["本年新收"][:2] == ["2", "1"]  # 个人; A-2 公司
    assert printed["予以公开"][0] == "1" and printed["其他处理·其他"][1] == "1"  # the withdrawal under （六）3.其他
    assert printed["结转下年度"][0] == "1"  # A-3 still open
    assert "收到日期←来件日期" in mapped.stderr


def test_the_mapping_the_window_remembered_is_used_when_none_is_given(tmp_path: Path) -> None:
    from disclosure_gui.core.register.columns import memory_path, remember
    from disclosure_gui.core.register.tabular import read_sheet

    own = tmp_path / "本局台账.csv"
    own.write_text(OWN_HEADERS + OWN_ROWS, encoding="utf-8")
    data = tmp_path / "data"
    # What the window's column dialog stores after the officer confirmed the mapping once.
    remember(memory_path(data), read_sheet(own).headers, {0: "no", 1: "received", 2: "applicant", 4: "answered"})
    result = run("register", str(own), "--year", "2024", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "申请人类型←申请者" in result.stderr


def test_a_wrong_column_mapping_is_explained(tmp_path: Path) -> None:
    own = tmp_path / "本局台账.csv"
    own.write_text(OWN_HEADERS + OWN_ROWS, encoding="utf-8")
    for spec, said in (
        ("经办人=来件日期", "不是台账的字段"),
        ("收到日期=受理日", "文件中没有“受理日”列"),
        ("收到日期", "字段=表头"),
    ):
        result = run("register", str(own), "--year", "2024", "--data-dir", str(tmp_path), "--columns", spec)
        assert result.returncode == 2 and said in result.stderr, result.stderr
