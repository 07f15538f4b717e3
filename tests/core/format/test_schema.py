import re

from disclosure_gui.core.format import schema
from tests.conftest import SAMPLE_TXT


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_table_three_has_the_25_rows_and_keys_of_the_exchange_spec():
    assert [r.no for r in schema.T3_ROWS] == list(range(1, 26))
    assert schema.T3_ROW_KEYS[0] == "new_received"
    assert schema.T3_ROW_KEYS[23] == "total_handled"
    assert schema.T3_ROW_KEYS[24] == "carried_to_next_year"
    assert len(schema.T3_RESULT_ROWS) == 21
    # rows 1–23 and 25 by six applicant columns (the spec text says 6 × 23 = 138, miscounting row 25)
    assert len(schema.T3_INPUT_ROWS) * len(schema.T3_INPUT_COLS) == 144


def test_every_official_label_appears_in_the_published_sample():
    published = _squash(SAMPLE_TXT.read_text(encoding="utf-8"))
    labels = [schema.T3_NOTE, schema.T3_APPLICANT_HEADER, schema.T3_LEGAL_PERSON_HEADER, schema.T2_CONTENT_HEADER]
    labels += list(schema.T3_COLUMNS)
    labels += [lbl for r in schema.T3_ROWS for lbl in r.levels if lbl]
    labels += [b.article for b in schema.T2_BLOCKS] + [h for b in schema.T2_BLOCKS for h in b.value_header]
    labels += [r.label for b in schema.T2_BLOCKS for r in b.rows]
    labels += list(schema.T4_RESULT_COLUMNS) + [g.label for g in schema.T4_GROUPS] + [schema.T4_LITIGATION_HEADER]
    labels += [schema.SECTION_BY_KEY[k].heading for k in ("overview", "t2", "other")]
    missing = [lbl for lbl in labels if _squash(lbl) not in published]
    assert missing == []


def test_labels_use_full_width_punctuation():
    for row in schema.T3_ROWS:
        for label in row.levels:
            assert "(" not in label and ")" not in label and '"' not in label


def test_label_cells_reproduce_the_merged_layout_of_the_official_form():
    cells = {(c.row, c.level): (c.rowspan, c.colspan, c.text) for c in schema.t3_label_cells()}
    assert cells[(0, 0)] == (1, 3, "一、本年新收政府信息公开申请数量")
    assert cells[(2, 0)] == (22, 1, "三、本年度办理结果")
    assert cells[(2, 1)] == (1, 2, "（一）予以公开")
    assert cells[(4, 1)] == (8, 1, "（三）不予公开")
    assert cells[(12, 1)][:2] == (3, 1)
    assert cells[(15, 1)][:2] == (5, 1)
    assert cells[(20, 1)][:2] == (3, 1)
    assert cells[(23, 1)] == (1, 2, "（七）总计")
    assert cells[(24, 0)][:2] == (1, 3)
    # every grid position of the 25×3 label area is covered exactly once
    covered = [
        (c.row + dr, c.level + dc)
        for c in schema.t3_label_cells()
        for dr in range(c.rowspan)
        for dc in range(c.colspan)
    ]
    assert sorted(covered) == [(r, lv) for r in range(25) for lv in range(3)]


def test_cell_paths_cover_every_number_once():
    paths = schema.all_cell_paths()
    assert len(paths) == len(set(paths)) == 3 + 10 + 25 * 7 + 15
    totals = [p for p in paths if schema.is_total_cell(p)]
    assert len(totals) == 7 + 24 + 3  # row 24 (7 cells) + 总计 column of the other rows + t4 groups


def test_cell_labels_are_readable_chinese():
    assert schema.cell_label("tables.t3.granted[0]") == "表三 予以公开 · 自然人"
    assert schema.cell_label("tables.t2.regulations.repealed") == "表二 规章 · 本年废止件数"
    assert schema.cell_label("tables.t4.litigation_direct[4]") == "表四 未经复议直接起诉 · 总计"
    assert (
        schema.cell_label("tables.t2.administrative_fees_10k_yuan")
        == "表二 行政事业性收费 · 本年收费金额（单位：万元）"
    )
    assert schema.cell_label("sections.overview.proactive") == "主动公开"


def test_report_title():
    assert schema.report_title("山亭区科技局", 2023) == "山亭区科技局2023年政府信息公开工作年度报告"
