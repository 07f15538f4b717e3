"""Real published reports, in the formats officers have them (tests/corpus/files, sources in MANIFEST.md).

Every expected number below was read off the published document (the PDF page, the web page), including the
misprints it contains: the importer must bring the tables over exactly as published and the texts into the
fields the report put them in.
"""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from disclosure_gui.core.format import schema
from disclosure_gui.core.importers import import_published

FILES = Path(__file__).parents[2] / "corpus" / "files"
Z7 = [0] * 7


def one(*values: int) -> list[int]:
    """A 表三 row where only 自然人 is non-zero (and 总计 repeats it), as in the 洪泽区 reports."""
    return [values[0], 0, 0, 0, 0, 0, values[-1]]


HONGZE_2023_T3 = {
    "new_received": one(21, 21),
    "carried_over": Z7,
    "granted": Z7,
    "partially_granted": one(4, 4),
    "withheld_state_secret": one(1, 1),
    "withheld_process_information": one(1, 1),
    "withheld_law_enforcement_files": one(1, 1),
    "unavailable_not_held": one(10, 10),
    "unavailable_needs_creation": one(3, 3),
    "not_processed_petition": one(1, 1),
    "total_handled": one(21, 21),
    "carried_to_next_year": Z7,
}
HONGZE_2024_T3 = {
    "new_received": one(95, 95),
    "granted": one(50, 50),
    "partially_granted": one(9, 9),
    "withheld_three_securities_one_stability": one(1, 1),
    "withheld_process_information": one(1, 1),
    "withheld_law_enforcement_files": one(1, 1),
    "unavailable_not_held": one(31, 31),
    "unavailable_needs_creation": one(1, 1),
    "not_processed_petition": one(1, 1),
    "total_handled": one(95, 95),
}


def full_t3(nonzero: dict[str, list[int]]) -> dict[str, list[int]]:
    return {key: nonzero.get(key, Z7) for key in schema.T3_ROW_KEYS}


def only_page_numbers_left_out(result) -> bool:
    """Nothing of the report left out: only the page numbers 「- 1 -」…, listed in one line as the page's words."""
    left = [p.text for p in result.left_out]
    return bool(left) and all(re.fullmatch(r"-\s*\d+\s*-", t.strip()) for t in left) and len(result.unplaced) == 1


@pytest.mark.parametrize("name", ["hongze-2023.pdf", "hongze-2023-copied-from-pdf-viewer.txt"])
def test_hongze_2023_pdf_and_its_copied_text(name):
    result = import_published(FILES / name)
    r = result.report
    assert only_page_numbers_left_out(result)
    assert (r.meta.agency, r.meta.year, r.meta.agency_kind) == ("洪泽区人民政府", 2023, "government")
    assert r.t2 == {
        "regulations.issued": 0,
        "regulations.repealed": 0,
        "regulations.in_force": 0,
        "normative_documents.issued": 0,
        "normative_documents.repealed": 5,
        "normative_documents.in_force": 5,
        "administrative_licensing": 550,
        "administrative_penalty": 4119,
        "administrative_enforcement": 195,
        "administrative_fees_10k_yuan": Decimal("7730.28"),
    }
    assert r.t3 == full_t3(HONGZE_2023_T3)
    # As printed: 维持 10, 纠正 1, 总计 0 under 行政复议 (the misprint is the check's job, not the importer's).
    assert r.t4 == {
        "administrative_review": [10, 1, 0, 0, 0],
        "litigation_direct": [0, 0, 0, 0, 0],
        "litigation_after_review": [5, 0, 0, 0, 0],
    }
    assert any("其他处理" in n and "一行" in n for n in result.notes)  # printed as one row of zeros
    t = r.texts
    assert t["preamble"].startswith("本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》")
    assert t["overview.intro"].startswith("2023年，洪泽区人民政府坚持以习近平新时代中国特色社会主义思想为指导")
    assert t["overview.proactive"].startswith("主要通过政府门户网站主动公开政府文件")
    assert t["overview.on_request"].endswith("均在法定期限答复。")
    assert t["overview.management"].startswith("加强区政府门户网站及政务新媒体日常管理")
    assert t["overview.platforms"].startswith("加强对区政府网站、政务新媒体动态全面监管")
    assert t["overview.oversight"].endswith("建立政府网站日常监测机制。")
    assert t["problems.problems"].startswith("2023年，洪泽区政府信息公开工作取得一定的成效")
    assert t["problems.problems"].endswith("政务公开队伍建设有待加强等。")
    assert t["problems.improvements"].startswith("针对存在问题，下一步，将切实抓好以下工作：一是扎实推进依申请公开工作")
    assert t["problems.improvements"].endswith("思想认识和业务工作水平。")
    assert "全年收取政府信息公开信息处理费0元" in t["other.fees"] and t["other.other"] == ""
    assert r.fees.collected_yuan == 0
    c = r.meta.contact
    assert (c.unit, c.address, c.postcode, c.phone) == (
        "淮安市洪泽区人民政府办公室",
        "淮安市洪泽区洪泽湖大道90号",
        "223100",
        "0517-87222589",
    )


def test_hongze_2024_pdf():
    result = import_published(FILES / "hongze-2024.pdf")
    r = result.report
    assert only_page_numbers_left_out(result)
    assert (r.meta.agency, r.meta.year, r.meta.region) == ("淮安市洪泽区人民政府", 2024, "淮安市洪泽区")
    assert (r.t2["normative_documents.issued"], r.t2["normative_documents.in_force"]) == (3, 8)
    assert (r.t2["administrative_licensing"], r.t2["administrative_penalty"], r.t2["administrative_enforcement"]) == (
        9487,
        2776,
        84,
    )
    assert r.t2["administrative_fees_10k_yuan"] == Decimal("7545")
    assert r.t3 == full_t3(HONGZE_2024_T3)
    assert r.t4 == {
        "administrative_review": [1, 1, 0, 0, 2],
        "litigation_direct": [1, 0, 0, 0, 1],
        "litigation_after_review": [2, 0, 1, 0, 3],
    }
    assert r.texts["problems.problems"].startswith("2024年，全区政府信息公开工作虽取得一定成绩")
    assert r.texts["problems.improvements"].startswith("针对存在问题，2025年我们将切实抓好以下工作")
    assert "全年收取政府信息公开信息处理费0元" in r.texts["other.fees"]


def printed(text: str) -> list[int | None]:
    """A row as the page prints it: 「_」 for a blank cell (null: blank, not 0)."""
    return [None if c == "_" else int(c) for c in text.split()]


BLANK = printed("_ _ _ _ _ _ _")
SHANGHAI_2019_T3 = {  # the page prints only the figures that are not 0: every other cell is blank
    "new_received": printed("821 35 _ _ 2 1 859"),
    "carried_over": printed("18 _ _ _ _ _ 18"),
    "granted": printed("258 12 _ _ 1 1 _"),  # its 总计 blank too
    "partially_granted": printed("3 _ _ _ _ _ _"),
    "withheld_state_secret": printed("14 _ _ _ _ _ _"),
    "withheld_internal_affairs": printed("5 _ _ _ _ _ _"),
    "withheld_process_information": printed("3 1 _ _ _ _ _"),
    "withheld_administrative_query": printed("10 2 _ _ _ _ _"),
    "unavailable_not_held": printed("252 12 _ _ 1 _ _"),
    "unavailable_needs_creation": printed("44 3 _ _ _ _ _"),
    "unavailable_unclear_after_correction": printed("25 _ _ _ _ _ _"),
    "not_processed_petition": printed("148 1 _ _ _ _ _"),
    "not_processed_duplicate": printed("5 4 _ _ _ _ _"),
    "total_handled": printed("767 35 _ _ 2 1 805"),
    "carried_to_next_year": printed("72 _ _ _ _ _ 72"),
}


@pytest.mark.parametrize(
    "name",
    [
        "shanghai-office-2019.html",
        "shanghai-office-2019.mhtml",
        "shanghai-office-2019.docx",
        pytest.param("shanghai-office-2019.doc", marks=pytest.mark.slow),
    ],
)
def test_shanghai_2019_page_and_its_other_formats(name):
    if name.endswith(".doc"):
        from disclosure_gui.core.importers.legacy import find_office

        if find_office() is None:
            pytest.skip("LibreOffice is not installed")
    result = import_published(FILES / name)
    r = result.report
    assert (r.meta.agency, r.meta.year, r.meta.publish_date) == ("上海市人民政府办公厅", 2019, date(2020, 1, 31))
    assert result.old_format  # the 2019 format: 表二's columns are not carried over, and the user is told
    assert any("本年新制作数量" in u for u in result.unplaced)
    # The 2019 format's one （六）其他处理 row (blank) is 「3.其他」; the two rows it lacks are unknown, blank too.
    assert r.t3 == {key: SHANGHAI_2019_T3.get(key, BLANK) for key in schema.T3_ROW_KEYS}
    assert r.t4 == {
        "administrative_review": printed("5 _ _ 2 7"),
        "litigation_direct": printed("8 _ _ 1 9"),
        "litigation_after_review": printed("_ _ _ _ _"),
    }
    t = r.texts
    assert t["preamble"].startswith("本年度报告根据《中华人民共和国政府信息公开条例》")
    assert t["overview.proactive"].startswith("2019年，通过“中国上海”门户网站")
    assert t["overview.oversight"].endswith("不断提升全市政府信息公开工作人员的工作能力和水平。")
    assert t["problems.problems"].startswith("一是新《条例》实施后") and "改进" not in t["problems.problems"]
    assert t["problems.improvements"].startswith("一是深入做好《条例》的贯彻落实")
    assert t["other.other"] == "无。"


def test_a_markdown_conversion_places_what_is_certain_and_lists_the_rest():
    result = import_published(FILES / "stcsm-2024-converted.md")
    r = result.report
    assert (r.meta.agency, r.meta.year, r.meta.website) == ("上海市科委", 2024, "https://stcsm.sh.gov.cn")
    assert (r.t2["normative_documents.issued"], r.t2["normative_documents.in_force"]) == (13, 55)
    assert r.t2["administrative_licensing"] == 97
    assert r.t3["new_received"] == [32, 2, 0, 0, 0, 0, 34]
    assert r.t3["carried_over"] == [2, 0, 0, 0, 0, 0, 2]
    assert r.t3["granted"] == [9, 0, 0, 0, 0, 0, 9]
    assert r.t3["withheld_process_information"] == [1, 0, 0, 0, 0, 0, 1]
    assert r.t3["other_other"] == [4, 0, 0, 0, 0, 0, 4]
    assert r.t3["total_handled"] == [33, 2, 0, 0, 0, 0, 35]
    assert r.t3["carried_to_next_year"] == [1, 0, 0, 0, 0, 0, None]  # its 总计 is blank in the conversion
    assert r.t4["administrative_review"] == [1, 0, 0, 0, 1]
    # The converter cut these numbers off their labels: listed for the user, never guessed — and the rows they
    # may belong to are blank (unknown), not 0.
    blank = [None] * 7
    assert r.t3["unavailable_not_held"] == blank and r.t3["unavailable_needs_creation"] == blank
    assert any("6 0 0 0 0 0 6" in u and "无法确定" in u and "需另行制作" in u for u in result.unplaced)
    assert any("8 2 0 0 0 0 10" in u for u in result.unplaced)
