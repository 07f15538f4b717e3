"""Text from anywhere: the shapes a report's tables take when copied out of a browser, a PDF viewer, a Markdown
or OCR conversion — each built here from the same report so the tables must come back unchanged."""

import re

import pytest

from disclosure_gui.core.importers import import_published
from disclosure_gui.core.publish.text import plain_text


def _tab_rows(text: str) -> list[tuple[str, list[str] | None]]:
    return [(line, line.split("\t") if "\t" in line else None) for line in text.split("\n")]


def with_space_columns(text: str) -> str:
    """A PDF viewer's copy: columns separated by runs of spaces."""
    return "\n".join(line.replace("\t", "   ") for line in text.split("\n"))


def as_markdown(text: str) -> str:
    out, in_table = [], False
    for line, cells in _tab_rows(text):
        if cells is None:
            out.append(line)
            in_table = False
            continue
        out.append("| " + " | ".join(c.strip() for c in cells) + " |")
        if not in_table:
            out.append("|" + "---|" * len(cells))
            in_table = True
    return "\n".join(out)


def one_cell_per_line(text: str) -> str:
    """A copy that puts every non-empty cell on a line of its own (labels, then the row's numbers)."""
    out = []
    for line, cells in _tab_rows(text):
        out += [c.strip() for c in cells if c.strip()] if cells else [line]
    return "\n".join(out)


@pytest.mark.parametrize("shape", [with_space_columns, as_markdown, one_cell_per_line])
def test_tables_come_back_from_every_shape(busy_report, shape):
    result = import_published(text=shape(plain_text(busy_report)))
    assert result.report.t3 == busy_report.t3
    assert result.report.t4 == busy_report.t4
    assert result.report.t2 == busy_report.t2
    assert not [u for u in result.unplaced if "表三" in u or "表格行" in u]


def test_labels_wrapped_over_lines_keep_rows_21_and_22(busy_report):
    text = one_cell_per_line(plain_text(busy_report))
    for label in (
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    ):
        text = text.replace(label, label[:18] + "\n" + label[18:])  # the cell wraps on the page
    result = import_published(text=text)
    assert result.report.t3["other_no_correction"] == busy_report.t3["other_no_correction"]
    assert result.report.t3["other_unpaid_fee"] == [1, 0, 0, 0, 0, 0, 1]


def test_a_whole_page_on_one_line_is_split_by_each_rows_arithmetic(busy_report):
    lines = plain_text(busy_report).split("\n")
    flat = "".join(re.sub(r"\s+", "", line) for line in lines)  # every break and every space lost
    result = import_published(text=flat)
    t3 = result.report.t3
    assert t3["carried_over"] == [2, 0, 0, 0, 0, 0, 2] and t3["granted"] == [6, 1, 0, 1, 0, 1, 9]
    assert t3["partially_granted"] == [2, 1, 0, 0, 0, 0, 3] and t3["unavailable_not_held"] == [3, 0, 0, 0, 0, 0, 3]
    # 「123010218」 splits as 12+3+0+1+0+2 = 18 and as 1+2+3+0+10+2 = 18; only the first makes every column of
    # the table balance (新收 + 上年结转 = 办理结果总计 + 结转下年度): the table's own arithmetic decides.
    assert t3["new_received"] == [12, 3, 0, 1, 0, 2, 18]
    assert any("连在一起" in n and "新收加结转等于办结加结转下年" in n for n in result.notes)
    assert not result.left_out


def test_a_sentence_broken_at_a_number_is_not_a_table_row():
    from disclosure_gui.core.importers.text import row_cells

    assert row_cells("2024年，我区在政府网站平台主动发布各类政府信息 2428 条，公开政府常务会议 7") is None
    row = row_cells("一、本年新收政府信息公开申请数量 21 0 0 0 0 0 21")
    assert row == ["一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21"]
    assert row_cells("三、本年度办理结果    （一）予以公开    6    1") == [
        "三、本年度办理结果",
        "（一）予以公开",
        "6",
        "1",
    ]
    assert row_cells("|---|---|") == []


def test_label_variants_of_real_reports_find_their_rows(busy_report):
    # 「其他法律和行政法规禁止公开」 (an 和 more), 「规范性文件」 without 行政, no 规章 row: each row by its label,
    # the neighbours untouched, the row not printed blank (unknown), never 0.
    busy_report.t3["withheld_state_secret"][:6] = [2, 0, 0, 0, 0, 0]
    busy_report.t3["withheld_prohibited_by_law"][:6] = [0, 1, 0, 0, 0, 0]
    busy_report.t2["normative_documents.issued"] = 4
    busy_report.recompute_totals()
    lines = plain_text(busy_report).split("\n")
    lines = [line for line in lines if not line.startswith("规章\t")]
    text = "\n".join(lines).replace("2.其他法律行政法规禁止公开", "2.其他法律和行政法规禁止公开")
    text = text.replace("行政规范性文件\t", "规范性文件\t")
    result = import_published(text=text)
    t3, t2 = result.report.t3, result.report.t2
    assert t3["withheld_state_secret"] == busy_report.t3["withheld_state_secret"]
    assert t3["withheld_prohibited_by_law"] == busy_report.t3["withheld_prohibited_by_law"]
    assert t2["normative_documents.issued"] == 4
    assert [t2[f"regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [None, None, None]
    assert any("规章" in u and "留空" in u for u in result.unplaced)


def test_table_four_printed_as_three_small_tables(busy_report):
    text = plain_text(busy_report)
    start, end = text.index("四、政府信息公开行政复议"), text.index("五、存在的主要问题")
    t4 = busy_report.t4
    small = "".join(
        f"{name}\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n{chr(9).join(str(v) for v in t4[key])}\n"
        for name, key in (("行政复议", "administrative_review"), ("未经复议直接起诉", "litigation_direct"),
                          ("复议后起诉", "litigation_after_review"))
    )  # fmt: skip
    result = import_published(text=text[:start] + "四、政府信息公开行政复议、行政诉讼情况\n" + small + text[end:])
    assert result.report.t4 == busy_report.t4
    assert not result.left_out
