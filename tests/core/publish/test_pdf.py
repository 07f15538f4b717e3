"""The exported PDF, read back as a reviewer would: text, numbers, page numbers, fonts, page size."""

import re
import shutil

import pytest
from pypdf import PdfReader

from disclosure_gui.core.format import schema
from disclosure_gui.core.publish.pdf import PdfExportError, PdfOptions, build_pdf
from disclosure_gui.core.publish.pdf.fontlist import FontList, InstalledFace
from disclosure_gui.core.publish.pdf.fonts import resolve_fonts
from disclosure_gui.resources import resource_path

SHIPPED = PdfOptions(official_fonts=False)


def _text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory):
    from disclosure_gui.core.format import exchange
    from tests.conftest import SAMPLE_JSON

    report = exchange.load(SAMPLE_JSON)
    report.t2["administrative_fees_10k_yuan"] = __import__("decimal").Decimal("24252.311082")
    report.t3["granted"] = [3, 1, 0, 0, 0, 0, 4]
    report.t3["new_received"] = [3, 1, 0, 0, 0, 0, 4]
    report.t3["total_handled"] = [3, 1, 0, 0, 0, 0, 4]
    report.t4["litigation_direct"] = [1, 0, 0, 0, 1]
    report.texts["overview.on_request"] = "2023年，我局收到政府信息公开申请4件。"
    report.texts["overview.oversight"] = "被提起行政诉讼1件。"
    out = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    result = build_pdf(report, out, SHIPPED)
    return report, result, _text(out)


def test_every_official_label_and_number_is_printed(sample_pdf):
    report, result, pages = sample_pdf
    text = re.sub(r"—\d+—", "", _squash("".join(pages)))  # paragraphs run on across page numbers
    labels = [report.title, schema.T3_NOTE, schema.T3_APPLICANT_HEADER, schema.T3_LEGAL_PERSON_HEADER]
    labels += [s.heading for s in schema.SECTIONS if s.heading]
    labels += list(schema.T3_COLUMNS) + [lbl for r in schema.T3_ROWS for lbl in r.levels if lbl]
    labels += [b.article for b in schema.T2_BLOCKS] + [h for b in schema.T2_BLOCKS for h in b.value_header]
    labels += [r.label for b in schema.T2_BLOCKS for r in b.rows] + [schema.T2_CONTENT_HEADER]
    labels += list(schema.T4_RESULT_COLUMNS) + [g.label for g in schema.T4_GROUPS] + [schema.T4_LITIGATION_HEADER]
    missing = [lbl for lbl in labels if _squash(lbl) not in text]
    assert missing == []
    assert "24252.311082" in text
    assert _squash(report.texts["overview.platforms"]) in text  # whole paragraphs, in order
    assert result.missing == [] and result.draft is False


def test_table_three_prints_its_rows_in_order_with_their_numbers(sample_pdf):
    _report, _result, pages = sample_pdf
    text = _squash("".join(pages))
    assert re.search(r"一、本年新收政府信息公开申请数量3100004", text)
    assert re.search(r"（一）予以公开3100004", text)
    positions = [text.index(_squash(r.label)) for r in schema.T3_ROWS]
    assert positions == sorted(positions)


def test_page_numbers_size_and_embedded_fonts(sample_pdf):
    _report, result, pages = sample_pdf
    assert result.pages == len(pages) >= 5
    for n, page in enumerate(pages, start=1):
        assert f"— {n} —" in page
    reader = PdfReader(result.path)
    for page in reader.pages:
        assert round(float(page.mediabox.width)) == 595 and round(float(page.mediabox.height)) == 842
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert fonts and all(fonts.values()), fonts  # every font embedded (no base-14 Helvetica either)
    assert all(re.match(r"/[A-Z]{6}\+", name) for name in fonts)  # subsets only


def test_a_report_with_errors_is_marked_draft_on_every_page(tmp_path, sample):
    sample.t3["granted"][0] = 5  # breaks R1 and R3
    result = build_pdf(sample, tmp_path / "d.pdf", SHIPPED)
    assert result.draft
    # the red notice above the text block is text; the big diagonal 「草稿」 is a picture, not copied text
    assert all(page.count("草稿") == 1 for page in _text(result.path))
    assert all(page.images for page in PdfReader(result.path).pages)
    clean = build_pdf(sample, tmp_path / "c.pdf", PdfOptions(official_fonts=False, draft=False))
    assert not any("草稿" in page for page in _text(clean.path))


def test_markup_long_paragraphs_and_unprintable_characters(tmp_path, sample):
    sample.texts["overview.intro"] = '<b>加粗？</b> & <script>alert("x")</script> </para> &amp; <font name="x">'
    sample.texts["other.other"] = "长" * 20000
    sample.texts["overview.management"] = "地名：堃喆燊，扩展B区：𠀀，表情：😀。"
    result = build_pdf(sample, tmp_path / "m.pdf", SHIPPED)
    text = "".join(_text(result.path))
    assert _squash('<b>加粗？</b> & <script>alert("x")</script> </para> &amp; <font name="x">') in _squash(text)
    assert _squash(text).count("长") >= 20000
    assert "堃喆燊" in text  # outside GB2312, inside the shipped serif
    missing = {(m.char, m.where) for m in result.missing}
    assert missing == {("𠀀", "政府信息管理"), ("😀", "政府信息管理")}
    assert "U+20000" in result.missing[0].message or "U+20000" in result.missing[1].message


def test_installed_official_faces_are_preferred_and_unusable_files_skipped(tmp_path):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(resource_path("fonts", "GovReportSans-Medium.ttf"), fonts / "hei.ttf")
    (fonts / "simfang.ttf").write_bytes(b"not a font at all")
    listed = FontList(
        [
            InstalledFace(str(fonts / "hei.ttf"), 0, ("SimHei",), True),
            InstalledFace(str(fonts / "simfang.ttf"), 0, ("仿宋",), True),
        ]
    )
    chosen = resolve_fonts(fonts=listed)
    assert chosen.faces["heading1"].official and chosen.faces["heading1"].path.endswith("hei.ttf")
    assert not chosen.faces["body"].official  # the broken simfang.ttf was skipped
    override = resolve_fonts({"body": str(fonts / "hei.ttf")}, official=False)
    assert override.faces["body"].official and override.faces["title"].official is False


def test_output_is_written_atomically_and_errors_are_explained(tmp_path, sample):
    with pytest.raises(PdfExportError, match="无法在"):
        build_pdf(sample, tmp_path / "no-such-folder" / "x.pdf", SHIPPED)
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    build_pdf(sample, target, SHIPPED)
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_real_creation_date_and_same_bytes_only_under_source_date_epoch(tmp_path, sample, monkeypatch):
    from datetime import datetime, timezone

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    made = PdfReader(build_pdf(sample, tmp_path / "now.pdf", SHIPPED).path).metadata
    assert made.creation_date.astimezone(timezone.utc).date() == datetime.now(timezone.utc).date()
    assert (tmp_path / "now.pdf").stat().st_mode & 0o044  # readable by others as any file the user makes
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1706745600")  # 2024-02-01
    a = build_pdf(sample, tmp_path / "a.pdf", SHIPPED).path.read_bytes()
    b = build_pdf(sample, tmp_path / "b.pdf", SHIPPED).path.read_bytes()
    assert a == b
    assert PdfReader(tmp_path / "a.pdf").metadata.creation_date.year == 2024


def test_signature_and_centred_page_numbers(tmp_path, sample):
    from datetime import date

    options = PdfOptions(official_fonts=False, signature=True, signature_date=date(2024, 1, 20), page_numbers="center")
    pages = _text(build_pdf(sample, tmp_path / "s.pdf", options).path)
    assert "2024年1月20日" in pages[-1] and "山亭区科技局" in pages[-1].splitlines()[-3:][0] + pages[-1]


def test_checklist_in_readable_type_with_every_check_errors_and_warnings_told_apart(tmp_path, sample):
    from datetime import date

    import pdfplumber

    from disclosure_gui.core.publish.pdf.checklist import build_checklist, check_results

    sample.t3["granted"][0] = 5  # breaks R2 and R3: errors
    out = build_checklist(sample, tmp_path / "c.pdf", today=date(2024, 1, 20), official_fonts=False)
    pages = _text(out)
    assert len(pages) <= 2
    text = _squash("".join(pages))
    rows = {rule: result for rule, _title, result, _f in check_results(sample)}
    assert len(rows) == 32 and all(rule in text for rule in rows)
    assert [r for r, v in rows.items() if v == "未通过"] == ["R2", "R3"]  # errors
    assert [r for r, v in rows.items() if v == "请核对"] == ["Q3", "Q8", "Q12", "Q14", "Q15"]  # warnings only
    assert rows["R10"] == rows["Q11"] == rows["Q22"] == rows["Q1"] == rows["Q5"] == "不适用"
    assert "2024年1月20日" in text and _squash(sample.title) in text and "2项未通过，5项请核对" in text
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
        words = {}
        for page in pdf.pages:
            for word in page.extract_words(extra_attrs=["non_stroking_color"]):
                words.setdefault(word["text"], set()).add(tuple(round(v, 2) for v in word["non_stroking_color"]))
    assert min(c["size"] for c in chars) >= 10.5 - 0.01
    red, brown = words["未通过"], words["请核对"]
    assert len(red) == len(brown) == 1 and red != brown and (0.0, 0.0, 0.0) not in red | brown


def test_font_metrics_come_from_the_cache_on_the_next_load_and_a_damaged_entry_is_parsed_again(tmp_path, monkeypatch):
    from disclosure_gui.core.publish.pdf.fontcache import ENV_CACHE_DIR, CachedTTFont

    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path / "cache"))
    path = str(resource_path("fonts", "GovReportKai-Regular.ttf"))
    parsed = CachedTTFont("KaiParsed", path)
    entries = list((tmp_path / "cache").iterdir())
    assert len(entries) == 1
    cached = CachedTTFont("KaiCached", path)
    assert not hasattr(cached.face, "parsed")  # nothing parsed: the metrics were read from the cache
    assert cached.face.charWidths == parsed.face.charWidths and cached.face.name == parsed.face.name
    assert cached.stringWidth("政府信息公开2023", 16) == parsed.stringWidth("政府信息公开2023", 16)
    entries[0].write_bytes(b"\x00garbage")
    again = CachedTTFont("KaiAgain", path)
    assert hasattr(again.face, "parsed") and again.face.charWidths == parsed.face.charWidths
