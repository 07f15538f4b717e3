"""Registers in and out of Excel and CSV, as officers keep them."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from disclosure_gui.core.register.columns import TEMPLATE_FIELDS, guess_mapping, load_memory, remember
from disclosure_gui.core.register.labels import match_applicant, match_result
from disclosure_gui.core.register.tables import compute
from disclosure_gui.core.register.tabular import (
    TabularError,
    export_fields,
    read_register,
    read_sheet,
    template_apps_equal,
    to_applications,
    write_table,
)

from .test_tables import EXPECTED_2024, REGISTER


def test_standard_template_has_exactly_the_five_headers(tmp_path: Path) -> None:
    out = tmp_path / "台账模板.xlsx"
    write_table(out, [], export_fields(personal=False, template=True))
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == ["编号", "收到日期", "申请人类型", "办理结果", "答复日期"]
    assert ws.max_row == 1


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_template_round_trips_and_gives_the_same_table_three(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"台账{suffix}"
    write_table(out, REGISTER, TEMPLATE_FIELDS)
    _, mapping, result = read_register(out)
    assert sorted(mapping.values()) == sorted(TEMPLATE_FIELDS)
    assert result.unplaced == []
    assert len(result.applications) == len(REGISTER)
    assert all(template_apps_equal(a, b) for a, b in zip(result.applications, REGISTER, strict=True))
    # The template carries everything table 三 needs.
    assert compute(result.applications, 2024).t3 == compute(REGISTER, 2024).t3
    assert compute(result.applications, 2024).t3["carried_over"] == EXPECTED_2024["carried_over"]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_full_export_round_trips_without_personal_data_unless_asked(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"full{suffix}"
    write_table(out, REGISTER, export_fields(personal=False))
    _, _, result = read_register(out)
    assert result.unplaced == []
    assert result.applications == [a.without_personal_data() for a in REGISTER]
    assert "某律师事务所" not in str(read_sheet(out).rows)
    write_table(out, REGISTER, export_fields(personal=True))
    assert read_register(out)[2].applications == REGISTER


def _exported_by_a_handling_system(path: Path) -> None:
    """What a 依申请公开办理系统 export looks like: a title row, its own headers, dates as text and as dates."""
    wb = Workbook()
    ws = wb.active
    ws.append(["某县自然资源局2024年政府信息公开申请登记台账"])
    ws.append(["序号", "申请时间", "申请人", "申请人类别", "申请内容", "答复结果", "办结日期", "备注"])
    ws.append([1, datetime(2024, 1, 8, 9, 30), "王某", "个人", "征地批复", "予以公开", "2024年1月20日", ""])
    ws.append([2, "2024/02/01", "某公司", "企业", "出让合同", "部分公开（涉及商业秘密部分不予公开）", "2024-02-20", ""])
    ws.append([3, "2024.03.05", "李某", "自然人", "1990年图纸", "不掌握", "2024-03-15", ""])
    ws.append([4, "2024-04-01", "李某", "自然人", "同上", "重复申请", "2024-04-03", ""])
    ws.append([5, "2024-05-06", "赵某", "自然人", "某事项", "不予公开", "2024-05-20", ""])  # no reason given
    ws.append([6, "2024-13-01", "孙某", "自然人", "某事项", "予以公开", "", ""])  # impossible date
    ws.append([7, "2024-06-01", "某协会", "法人", "某事项", "", "", ""])  # which kind of 法人?
    ws.append([None, None, None, None, None, None, None, None])  # an empty row is not an application
    ws.append([8, "2024-12-30", "某律所", "律师事务所", "某事项", "", "", "跨年办理"])
    wb.save(path)


def test_the_register_on_a_second_sheet_is_found(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.append(["填表说明：本表按收到日期登记"])
    ws = wb.create_sheet("2024年")
    ws.append([None])  # an empty first row: line numbers still follow Excel's
    ws.append(["编号", "收到日期", "申请人类型", "办理结果", "答复日期"])
    ws.append(["1", date(2024, 1, 2), "自然人", "不予公开", None])
    wb.save(tmp_path / "t.xlsx")
    sheet, _, result = read_register(tmp_path / "t.xlsx")
    assert sheet.first_line == 3 and [u.line for u in result.unplaced] == [3]


def test_a_handling_system_export_is_read_and_rows_it_cannot_place_are_listed(tmp_path: Path) -> None:
    path = tmp_path / "导出.xlsx"
    _exported_by_a_handling_system(path)
    sheet, mapping, result = read_register(path)
    assert sheet.first_line == 3  # the header is the second row
    assert set(mapping.values()) == {
        "no",
        "received",
        "applicant_name",
        "applicant",
        "summary",
        "result",
        "answered",
        "note",
    }
    got = {a.no: (a.received, a.applicant, a.result, a.answered) for a in result.applications}
    assert got == {
        "1": (date(2024, 1, 8), 0, "granted", date(2024, 1, 20)),
        "2": (date(2024, 2, 1), 1, "partially_granted", date(2024, 2, 20)),
        "3": (date(2024, 3, 5), 0, "unavailable_not_held", date(2024, 3, 15)),
        "4": (date(2024, 4, 1), 0, "not_processed_duplicate", date(2024, 4, 3)),
        "8": (date(2024, 12, 30), 4, None, None),
    }
    lines = {u.line: u for u in result.unplaced}
    assert sorted(lines) == [7, 8, 9]  # Excel row numbers of applications 5, 6 and 7
    assert "具体情形" in lines[7].describe()
    assert "收到日期" in lines[8].describe() and "2024-13-01" in lines[8].describe()
    assert "具体类别" in lines[9].describe()
    assert lines[9].values[2] == "某协会"  # the row is kept whole


def test_gbk_csv_from_chinese_excel(tmp_path: Path) -> None:
    path = tmp_path / "台账.csv"
    path.write_bytes(
        "编号,收到日期,申请人类型,办理结果,答复日期\r\nA1,2024-03-01,自然人,部分公开,2024-03-10\r\n".encode("gbk")
    )
    _, _, result = read_register(path)
    assert [(a.no, a.result) for a in result.applications] == [("A1", "partially_granted")]


def test_wrong_files_and_missing_columns_are_named(tmp_path: Path) -> None:
    with pytest.raises(TabularError, match="找不到文件"):
        read_sheet(tmp_path / "台账.xls")
    (tmp_path / "台账.docx").write_bytes(b"PK")
    with pytest.raises(TabularError, match="不是 Excel"):
        read_sheet(tmp_path / "台账.docx")
    broken = tmp_path / "台账.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(TabularError, match="已损坏"):
        read_sheet(broken)
    path = tmp_path / "x.csv"
    path.write_text("编号,办理结果\n1,予以公开\n", encoding="utf-8")
    sheet = read_sheet(path)
    with pytest.raises(TabularError, match="收到日期"):
        to_applications(sheet, guess_mapping(sheet.headers))


def test_a_confirmed_mapping_is_remembered(tmp_path: Path) -> None:
    memory = tmp_path / "columns.json"
    headers: list[object] = ["件号", "来件日", "身份", "办理结果"]
    assert guess_mapping(headers) == {3: "result"}
    remember(memory, headers, {0: "no", 1: "received", 2: "applicant", 3: "result"})
    assert guess_mapping(headers, load_memory(memory)) == {0: "no", 1: "received", 2: "applicant", 3: "result"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("部分公开", "partially_granted"),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partially_granted"),
        ("部分公开、部分属于国家秘密不予公开", "partially_granted"),
        ("不掌握", "unavailable_not_held"),
        ("1.本机关不掌握相关政府信息", "unavailable_not_held"),
        ("重复申请", "not_processed_duplicate"),
        ("不予处理·重复申请", "not_processed_duplicate"),
        ('危及"三安全一稳定"', "withheld_three_securities_one_stability"),
        ("申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请", "other_no_correction"),
        ("逾期未缴费", "other_unpaid_fee"),
        ("予以公开", "granted"),
        ("其他处理·其他", "other_other"),
        # answers worded after 条例第三十六条, as handling systems and answer letters put them
        ("所申请公开信息已经主动公开，告知获取方式", "granted"),
        ("经检索没有所申请公开信息，告知该政府信息不存在", "unavailable_not_held"),
        ("不属于本机关负责公开", "unavailable_not_held"),
        ("告知申请人不予重复处理", "not_processed_duplicate"),
        # 第三方 consulted, then disclosed: 予以公开, not 不予公开·第三方权益
        ("征求第三方意见后予以公开", "granted"),
        ("征求第三方意见后公开", "granted"),
        ("涉及第三方合法权益，不予公开", "withheld_third_party_rights"),
        ("征求第三方意见，第三方不同意公开", "withheld_third_party_rights"),
    ],
)
def test_result_texts_match_one_row(text: str, key: str) -> None:
    assert match_result(text) == (key, "")


@pytest.mark.parametrize("text", ["不予公开", "无法提供", "国家秘密和第三方权益", "已处理"])
def test_result_texts_that_are_not_guessed(text: str) -> None:
    key, why = match_result(text)
    assert key is None and why


def test_applicant_types() -> None:
    assert match_applicant("某某科技有限公司")[0] == 1
    assert match_applicant("法人或其他组织—科研机构")[0] == 2
    assert match_applicant("法人")[0] is None
    key, why = match_applicant("法人或其他组织")  # the group, not its 其他组织 column: the officer chooses
    assert key is None and "具体类别" in why
    assert match_applicant("其他组织")[0] == 5


def test_a_two_row_header_with_merged_cells(tmp_path: Path) -> None:
    """Hand-kept registers group columns: 「收费情况」 over 「收费金额」「是否缴费」, the others merged down."""
    wb = Workbook()
    ws = wb.active
    ws.append(["编号", "收到日期", "申请人类型", "办理结果", "答复日期", "收费情况", None])
    ws.append([None, None, None, None, None, "收费金额", "是否缴费"])
    for col in "ABCDE":
        ws.merge_cells(f"{col}1:{col}2")
    ws.merge_cells("F1:G1")
    ws.append(["1", date(2024, 3, 1), "企业", "予以公开", date(2024, 3, 9), 100, "是"])
    wb.save(tmp_path / "t.xlsx")
    sheet, mapping, result = read_register(tmp_path / "t.xlsx")
    assert sheet.first_line == 3
    assert set(mapping.values()) == {"no", "received", "applicant", "result", "answered", "fee_amount_yuan", "fee_paid"}
    assert result.unplaced == []
    (app,) = result.applications
    assert (app.fee_amount_yuan, app.fee_paid, app.applicant) == (100, True, 1)


FIXTURES = Path(__file__).parents[2] / "fixtures" / "register"


@pytest.mark.parametrize("name", ["register-2024.xls", "register-2024.ods", "register-2024.csv"])
def test_old_excel_ods_and_office_csv_files_read_alike(name: str) -> None:
    sheet, _, result = read_register(FIXTURES / name)
    assert sheet.first_line == 3  # below the title row and the header row
    got = [(a.no, a.received, a.applicant, a.result, a.answered, a.extended) for a in result.applications]
    assert got == [
        ("1", date(2024, 12, 18), 0, None, None, True),  # 公民, still open, extended
        ("2", date(2024, 11, 4), 1, "partially_granted", date(2024, 11, 28), False),  # 企业
        ("3", date(2024, 3, 15), 4, "withheld_law_enforcement_files", date(2024, 4, 2), False),  # 律师事务所
    ]
    assert [u.line for u in result.unplaced] == [6]  # 「不予公开」 without its reason
