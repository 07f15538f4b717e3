"""Word and website outputs, checked from their markup (no office suite needed)."""

import re
import sys
from collections import Counter
from html.parser import HTMLParser

import pytest
from docx import Document
from docx.oxml.ns import qn

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.forms import FORMS
from disclosure_gui.core.publish.docx import DocxExportError, build_docx
from disclosure_gui.core.publish.html import clipboard_document, report_fragment
from disclosure_gui.core.publish.text import plain_text


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _labels(report) -> list[str]:
    labels = [report.title, schema.T3_NOTE, schema.T3_APPLICANT_HEADER, schema.T3_LEGAL_PERSON_HEADER]
    labels += [s.heading for s in schema.SECTIONS if s.heading]
    labels += list(schema.T3_COLUMNS) + [lbl for r in schema.T3_ROWS for lbl in r.levels if lbl]
    labels += [b.article for b in schema.T2_BLOCKS] + [h for b in schema.T2_BLOCKS for h in b.value_header]
    labels += [r.label for b in schema.T2_BLOCKS for r in b.rows] + list(schema.T4_RESULT_COLUMNS)
    labels += [g.label for g in schema.T4_GROUPS] + [schema.T4_LITIGATION_HEADER]
    return labels


@pytest.fixture
def numbered(sample):
    sample.t3["granted"] = [3, 1, 0, 0, 0, 0, 4]
    sample.t2["administrative_fees_10k_yuan"] = __import__("decimal").Decimal("24252.311082")
    return sample


@pytest.fixture
def docx(tmp_path, numbered):
    path = build_docx(numbered, tmp_path / "r.docx", official_fonts=False).path
    return numbered, Document(str(path))


def test_docx_page_is_a4_with_the_official_margins(docx):
    _report, doc = docx
    s = doc.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    assert [round(x.mm) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [37, 35, 28, 26]


def test_docx_east_asian_fonts_on_styles_and_every_run_without_theme_fonts(docx):
    _report, doc = docx
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"
    defaults = (
        doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    )
    assert defaults.get(qn("w:eastAsia")) == "仿宋_GB2312" and defaults.get(qn("w:asciiTheme")) is None
    runs = doc.element.body.iter(qn("w:r"))
    faces = Counter()
    for run in runs:
        fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) and fonts.get(qn("w:ascii")) == fonts.get(qn("w:eastAsia"))
        assert fonts.get(qn("w:eastAsiaTheme")) is None
        faces[fonts.get(qn("w:eastAsia"))] += 1
    assert {"方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "宋体"} <= set(faces)


def test_docx_body_indent_and_exact_line_spacing(docx):
    _report, doc = docx
    body = next(p for p in doc.paragraphs if p.text.startswith("根据新修订的"))
    ind = body._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200" and ind.get(qn("w:firstLine")) == "640"
    spacing = body._p.pPr.find(qn("w:spacing"))
    assert (
        spacing.get(qn("w:line")) == "579" and spacing.get(qn("w:lineRule")) == "exact"
    )  # 22 × 579 twips fit the 225 mm block; 580 would not


def _spans(table):
    """(row, col, rowspan, colspan) of merged regions, read back from gridSpan/vMerge."""
    grid = []
    for tr in table._tbl.tr_lst:
        row, col = [], 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            vmerge = tc.tcPr.find(qn("w:vMerge")) if tc.tcPr is not None else None
            row.append((col, span, None if vmerge is None else (vmerge.get(qn("w:val")) or "continue")))
            col += span
        grid.append(row)
    spans = set()
    for r, row in enumerate(grid):
        for col, span, vm in row:
            if vm == "continue":
                continue
            height = 1
            if vm == "restart":
                while r + height < len(grid) and any(c == col and v == "continue" for c, _s, v in grid[r + height]):
                    height += 1
            if span > 1 or height > 1:
                spans.add((r, col, height, span))
    return spans


def test_docx_tables_have_the_merged_cells_of_the_official_form(docx):
    _report, doc = docx
    assert len(doc.tables) == 3
    for table, key in zip(doc.tables, ("t2", "t3", "t4"), strict=True):
        form = FORMS[key]()
        expected = {(c.row, c.col, c.rowspan, c.colspan) for c in form.cells if c.rowspan > 1 or c.colspan > 1}
        assert _spans(table) == expected, key


def test_docx_tables_fixed_widths_borders_header_rows_no_split(docx):
    _report, doc = docx
    for table, key in zip(doc.tables, ("t2", "t3", "t4"), strict=True):
        form = FORMS[key]()
        tblpr = table._tbl.tblPr
        assert tblpr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        assert tblpr.find(qn("w:tblW")).get(qn("w:type")) == "dxa"
        assert tblpr.find(qn("w:tblBorders")).find(qn("w:insideH")).get(qn("w:val")) == "single"
        widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(widths) == 8844 and all(w > 0 for w in widths)
        for i, tr in enumerate(table._tbl.tr_lst):
            trpr = tr.trPr
            assert trpr.find(qn("w:cantSplit")) is not None
            assert (trpr.find(qn("w:tblHeader")) is not None) == (i < form.header_rows)
            assert all(tc.tcPr.find(qn("w:tcW")) is not None for tc in tr.tc_lst)


def test_docx_page_number_field_odd_right_even_left(docx):
    _report, doc = docx
    assert doc.settings.odd_and_even_pages_header_footer
    section = doc.sections[0]
    for footer, align in ((section.footer, "right"), (section.even_page_footer, "left")):
        xml = footer._element.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml and "— " in xml
        assert f'w:val="{align}"' in xml


def test_docx_has_every_label_and_number(docx):
    report, doc = docx
    cells = []
    for table in doc.tables:
        for tr in table._tbl.tr_lst:
            for tc in tr.tc_lst:
                cells.append("".join(t.text for t in tc.iter(qn("w:t"))))
    text = _squash("\n".join(p.text for p in doc.paragraphs) + "\n".join(cells))
    assert [lbl for lbl in _labels(report) if _squash(lbl) not in text] == []
    assert "24252.311082" in text and _squash(report.texts["overview.oversight"]) in text


def test_docx_write_errors_are_explained(tmp_path, sample):
    with pytest.raises(DocxExportError, match="无法在"):
        build_docx(sample, tmp_path / "missing" / "x.docx", official_fonts=False)


class _Html(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = Counter()
        self.tables = []
        self.text = []
        self.attrs_seen = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        a = dict(attrs)
        self.attrs_seen.append((tag, a))
        if tag == "table":
            self.tables.append({"attrs": a, "cells": []})
        if tag == "td":
            self.tables[-1]["cells"].append(a)

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Html:
    parser = _Html()
    parser.feed(html)
    return parser


def test_html_tables_spans_and_layered_borders(numbered):
    page = _parse(report_fragment(numbered, title=True))
    assert set(page.tags) <= {"p", "strong", "table", "tbody", "tr", "td"}
    assert not any("class" in a for _t, a in page.attrs_seen)
    assert len(page.tables) == 3
    for table, key in zip(page.tables, ("t2", "t3", "t4"), strict=True):
        a = table["attrs"]
        assert (a["border"], a["cellspacing"], a["cellpadding"]) == ("1", "0", "4")
        assert all("border:1px solid #000000" in c["style"] for c in table["cells"])
        form = FORMS[key]()
        spans = Counter((int(c.get("rowspan", 1)), int(c.get("colspan", 1))) for c in table["cells"])
        expected = Counter((c.rowspan, c.colspan) for c in form.cells)
        assert spans == expected
    text = _squash("".join(page.text))
    assert [lbl for lbl in _labels(numbered) if _squash(lbl) not in text] == []
    assert "24252.311082" in text and "3100004" in text


def test_html_leaves_the_title_to_the_website_unless_asked(sample):
    assert sample.title not in report_fragment(sample)  # the article page shows it above the text
    assert report_fragment(sample, title=True).startswith(f'<p style="text-align:center"><strong>{sample.title}')


def test_html_escapes_user_text(sample):
    sample.texts["other.other"] = '<script>alert("x")</script> & <b>粗</b>'
    html = report_fragment(sample)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;粗&lt;/b&gt;" in html
    assert '<script>alert("x")</script> & <b>粗</b>' in "".join(_parse(html).text)


def test_html_indent_options(sample):
    assert "<p>\u3000\u3000根据" in report_fragment(sample)
    css = report_fragment(sample, indent="css")
    assert '<p style="text-indent:2em">根据' in css and "\u3000\u3000根据" not in css


def test_clipboard_document_and_plain_text(numbered):
    fragment = report_fragment(numbered)
    doc = clipboard_document(fragment)
    assert doc.index("<!--StartFragment-->") > doc.index("</head>") and 'charset=utf-8"' in doc
    plain = plain_text(numbered)
    assert "（一）予以公开\t\t3\t1\t0\t0\t0\t0\t4" in plain.replace("三、本年度办理结果\t", "")


# ------------------------------------------------------------------------------ one outline, every output


def test_a_text_pasted_from_word_keeps_its_manual_line_break_and_loses_other_control_characters(tmp_path, sample):
    sample.texts["other.other"] = "第一行\v第二行\x07响铃\x0c分页"
    result = build_docx(sample, tmp_path / "v.docx", official_fonts=False)
    body = Document(str(result.path)).element.body
    paragraph = next(p for p in body.iter(qn("w:p")) if "第一行" in "".join(t.text or "" for t in p.iter(qn("w:t"))))
    runs = [child.tag for r in paragraph.iter(qn("w:r")) for child in r if child.tag in (qn("w:t"), qn("w:br"))]
    assert runs == [qn("w:t"), qn("w:br"), qn("w:t")]
    texts = "".join(t.text for t in paragraph.iter(qn("w:t")))
    assert texts == "第一行第二行响铃分页"
    assert result.notices == ["「其他事项」中有无法打印的控制字符（U+0007、U+000C），已删除"]
    assert "第一行<br>第二行响铃分页" in report_fragment(sample)


def test_a_paragraph_numbering_its_own_point_has_only_its_lead_in_words_in_the_heading_face(tmp_path, sample):
    sample.texts["overview.management"] = "（一）健全制度。制定保密审查办法，全年审查信息1250条。"
    html = report_fragment(sample)
    assert "<strong>（一）健全制度。</strong>制定保密审查办法" in html
    doc = Document(str(build_docx(sample, tmp_path / "p.docx", official_fonts=False).path))
    para = next(p for p in doc.paragraphs if p.text.startswith("（一）健全制度"))
    faces = [(r.text, r._element.rPr.rFonts.get(qn("w:eastAsia"))) for r in para.runs]
    assert faces == [("（一）健全制度。", "楷体_GB2312"), ("制定保密审查办法，全年审查信息1250条。", "仿宋_GB2312")]


def test_html_draft_notice_only_while_there_are_errors_and_widths_add_up_to_100(sample):
    assert "草稿" not in report_fragment(sample)
    sample.t3["granted"][0] = 5  # breaks the sums
    html = report_fragment(sample)
    assert html.startswith("<p") and "草稿" in html.split("</p>")[0]
    page = _parse(html)
    t4 = page.tables[2]
    t4_widths = [int(c["width"].rstrip("%")) for c in t4["cells"] if "width" in c and "colspan" not in c][:15]
    assert len(t4_widths) == 15 and sum(t4_widths) == 100


def test_word_grid_watermark_metadata_and_fallback_faces(tmp_path, sample):
    from datetime import datetime, timezone

    clean = Document(str(build_docx(sample, tmp_path / "c.docx", official_fonts=False).path))
    grid = clean.sections[0]._sectPr.find(qn("w:docGrid"))
    assert (grid.get(qn("w:type")), grid.get(qn("w:linePitch"))) == ("lines", "579")  # 22 lines
    body = next(p for p in clean.paragraphs if p.text.startswith("根据"))
    pitch = 16 + int(body.runs[0]._element.rPr.find(qn("w:spacing")).get(qn("w:val"))) / 20
    assert 28 * pitch <= 442.2 < 29 * pitch  # 28 characters a line in the 156 mm block
    title = next(p for p in clean.paragraphs if "年度报告" in p.text)
    assert title.text == "山亭区科技局2023年\n政府信息公开工作年度报告"
    props = clean.core_properties
    assert props.title == sample.title and props.author == "山亭区科技局"
    assert props.created.date() == datetime.now(timezone.utc).date() and props.last_modified_by != "python-docx"
    assert "草稿" not in clean.sections[0].header._element.xml
    fonts = next(p for p in clean.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml").blob
    assert '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>' in fonts.decode()
    sample.t3["granted"][0] = 5
    draft = Document(str(build_docx(sample, tmp_path / "d.docx", official_fonts=False).path))
    assert 'string="草稿"' in draft.sections[0].header._element.xml


def test_word_table_four_columns_leave_room_for_two_characters(tmp_path, sample):
    doc = Document(str(build_docx(sample, tmp_path / "t.docx", official_fonts=False).path))
    t4 = doc.tables[2]._tbl
    widths = [int(c.get(qn("w:w"))) for c in t4.tblGrid.findall(qn("w:gridCol"))]
    margins = t4.tblPr.find(qn("w:tblCellMar"))
    pad = sum(int(margins.find(qn(f"w:{e}")).get(qn("w:w"))) for e in ("left", "right"))
    assert min(widths) - pad >= 2 * 210  # two characters of 10.5 pt (210 twips each)


def test_exporting_a_text_pasted_from_word_with_its_line_breaks_from_the_command_line(tmp_path, sample_text):
    """Reproduces the report from the field: `export --docx` stopped with 'All strings must be XML compatible'."""
    import json

    from tests.test_cli_check import run

    data = json.loads(sample_text)
    data["sections"]["other"]["other"] = "地址：府前西路\u000b邮编：277200\u0001"
    src = tmp_path / "r.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "r.docx"
    result = run("export", str(src), "--docx", str(out), "--html", str(tmp_path / "r.html"))
    assert result.returncode == 0, result.stderr
    assert "U+0001" in result.stderr and "其他事项" in result.stderr
    paragraph = next(p for p in Document(str(out)).paragraphs if p.text.startswith("地址"))
    assert paragraph.text == "地址：府前西路\n邮编：277200"  # python-docx reads <w:br/> as a line break


def test_word_file_honest_about_its_maker_and_reproducible_only_under_source_date_epoch(tmp_path, sample, monkeypatch):
    import zipfile

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    with zipfile.ZipFile(build_docx(sample, tmp_path / "now.docx", official_fonts=False).path) as z:
        assert "docProps/thumbnail.jpeg" not in z.namelist()
        assert b"Microsoft" not in z.read("docProps/app.xml")
    assert (tmp_path / "now.docx").stat().st_mode & 0o044
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1706745600")
    a = build_docx(sample, tmp_path / "a.docx", official_fonts=False).path.read_bytes()
    b = build_docx(sample, tmp_path / "b.docx", official_fonts=False).path.read_bytes()
    assert a == b
    assert Document(str(tmp_path / "a.docx")).core_properties.created.year == 2024


def test_a_control_character_in_the_unit_name_does_not_stop_the_word_export(tmp_path, sample):
    import json
    import subprocess
    import sys

    from disclosure_gui.core.format import exchange

    data = json.loads(exchange.dumps(sample))
    data["meta"]["agency"] = "科技局\x00"
    source = tmp_path / "r.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert exchange.load(source).meta.agency == "科技局\x00"  # the exchange file accepts it
    out = tmp_path / "r.docx"
    run = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "export", str(source), "--docx", str(out), "--signature"],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    document = Document(str(out))
    assert document.core_properties.author == "科技局"


def test_export_docx_with_signature_signs_the_word_file(tmp_path):
    import subprocess
    import sys

    from tests.conftest import SAMPLE_JSON

    texts = {}
    for signed in (False, True):
        out = tmp_path / f"{signed}.docx"
        args = ["export", str(SAMPLE_JSON), "--docx", str(out)] + (["--signature"] if signed else [])
        run = subprocess.run(
            [sys.executable, "-m", "disclosure_gui", *args], capture_output=True, text=True, timeout=120
        )
        assert run.returncode == 0, run.stderr
        texts[signed] = [p.text for p in Document(str(out)).paragraphs if p.text.strip()]
    assert texts[True][-2:] == ["山亭区科技局", texts[True][-1]] and texts[True][-1].endswith("日")
    assert "山亭区科技局" not in texts[False][-2:]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_exporting_over_a_file_keeps_the_mode_the_user_gave_it(tmp_path):
    import os
    import stat
    import subprocess

    from tests.conftest import SAMPLE_JSON

    for option, name in (("--docx", "r.docx"), ("--pdf", "r.pdf")):
        out = tmp_path / name
        out.write_bytes(b"old")
        out.chmod(0o600)  # private: kept so when the export replaces it
        args = ["export", str(SAMPLE_JSON), option, str(out), "--shipped-fonts"]
        command = [sys.executable, "-m", "disclosure_gui", *args]
        run = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600, option
