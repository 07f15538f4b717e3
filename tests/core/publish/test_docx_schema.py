"""The Word file against the OOXML schema's element order, on the sample, the busy and the long report and 20
generated variants (drafts and signed copies among them); its heading styles, watermark and page number.

The sequences below are transcribed from ECMA-376 Part 1, WordprocessingML schema ``wml.xsd`` (complex types
CT_RPr/EG_RPrBase with CT_ParaRPr's EG_ParaRPrTrackChanges first, CT_PPrBase + CT_PPr, CT_TblPrBase + CT_TblPr,
CT_TcPrBase + EG_CellMarkupElements + CT_TcPr, EG_HdrFtrReferences + EG_SectPrContents + CT_SectPr, CT_Style,
CT_TblBorders, CT_TcBorders, CT_TblCellMar, CT_DocDefaults, CT_Tbl, CT_Font, CT_SdtPr, CT_SdtBlock). Word 2007
reads EG_RPrBase as a sequence (first edition); later editions allow any order but list the same one.
"""

import re
import zipfile
from itertools import pairwise

import pytest
from lxml import etree

from disclosure_gui.core.publish.docx import build_docx
from tests.core.publish.printed_reports import PRINTED, variants

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RPR = """ins del moveFrom moveTo rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint
noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign
rtl cs em lang eastAsianLayout specVanish oMath rPrChange"""
PPR = """pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs
suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd
snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment
textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange"""
TBLPR = """tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing
tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"""
TCPR = """cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark
headers cellIns cellDel cellMerge tcPrChange"""
SECTPR = """headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType
pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings sectPrChange"""
STYLE = """name aliases basedOn next link autoRedefine hidden uiPriority semiHidden unhideWhenUsed qFormat locked
personal personalCompose personalReply rsid pPr rPr tblPr trPr tcPr tblStylePr"""
SEQUENCES = {
    "rPr": RPR,
    "pPr": PPR,
    "tblPr": TBLPR,
    "tcPr": TCPR,
    "sectPr": SECTPR,
    "style": STYLE,
    "tblBorders": "top left|start bottom right|end insideH insideV",
    "tcBorders": "top left|start bottom right|end insideH insideV tl2br tr2bl",
    "tblCellMar": "top left|start bottom right|end",
    "docDefaults": "rPrDefault pPrDefault",
    "tbl": "tblPr tblGrid tr",
    "font": "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic",
    "sdtPr": "rPr alias tag id lock placeholder temporary showingPlcHdr dataBinding label tabIndex "
    "equation|comboBox|date|docPartObj|docPartList|dropDownList|picture|richText|text|citation|group|bibliography",
    "sdt": "sdtPr sdtEndPr sdtContent",
}
RANK = {tag: {n: k for k, names in enumerate(seq.split()) for n in names.split("|")} for tag, seq in SEQUENCES.items()}


def out_of_order(xml: bytes) -> list[str]:
    """Every block whose children break the schema's sequence, as 「tag: child after child」."""
    bad = []
    for element in etree.fromstring(xml).iter():
        tag = etree.QName(element).localname if isinstance(element.tag, str) else ""
        if not element.tag.startswith(W) if isinstance(element.tag, str) else True:
            continue
        rank = RANK.get(tag)
        if rank is None:
            continue
        children = [etree.QName(c).localname for c in element if isinstance(c.tag, str) and c.tag.startswith(W)]
        unknown = [c for c in children if c not in rank]
        assert not unknown, (tag, unknown)  # an element the schema does not allow there at all
        for a, b in pairwise(children):
            if rank[b] < rank[a]:
                bad.append(f"{tag}: {b} after {a}")
    return bad


def _documents(tmp_path):
    from disclosure_gui.core.format import exchange
    from tests.conftest import SAMPLE_JSON

    sample = exchange.load(SAMPLE_JSON)
    reports = [(make(sample), ("经办人：", "（盖章）")) for _n, make in sorted(PRINTED.items())] + variants(sample)
    for n, (report, sign_off) in enumerate(reports):
        if n % 4 == 1:
            report.t3["granted"][0] += 1  # a draft: the watermark in the headers
        path = tmp_path / f"r{n}.docx"
        build_docx(report, path, signature=n % 2 == 0, sign_off=sign_off, official_fonts=False)
        yield path


def test_every_part_of_every_word_file_follows_the_schemas_element_order(tmp_path):
    checked = 0
    for path in _documents(tmp_path):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    assert out_of_order(z.read(name)) == [], (path.name, name, out_of_order(z.read(name))[:5])
                    checked += 1
    assert checked >= 23 * 6


def test_the_order_check_catches_a_run_property_out_of_place():
    xml = f'<w:r xmlns:w="{W[1:-1]}"><w:rPr><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/><w:rFonts/></w:rPr></w:r>'
    assert out_of_order(xml.encode()) == ["rPr: rFonts after lang"]


@pytest.fixture
def draft_docx(tmp_path, sample):
    sample.t3["granted"][0] = 5
    path = build_docx(sample, tmp_path / "d.docx", signature=True, official_fonts=False).path
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name).decode() for name in z.namelist()}


def test_section_headings_carry_heading_styles_with_outline_levels(draft_docx):
    document, styles = draft_docx["word/document.xml"], draft_docx["word/styles.xml"]
    used = re.findall(r'<w:pStyle w:val="(Heading[12])"/>.*?<w:t[^>]*>([^<]*)</w:t>', document)
    assert ("Heading1", "一、总体情况") in used and ("Heading2", "（一）主动公开") in used
    assert len([u for u in used if u[0] == "Heading1"]) == 6
    for style, level, face in (("Heading1", 0, "黑体"), ("Heading2", 1, "楷体_GB2312")):
        block = re.search(rf'<w:style [^>]*w:styleId="{style}".*?</w:style>', styles, re.S).group(0)
        assert f'<w:outlineLvl w:val="{level}"/>' in block and f'w:eastAsia="{face}"' in block
        assert "<w:color" not in block and "<w:b/>" not in block  # black, not bold: as the PDF sets it


def test_the_draft_watermark_is_words_own_with_unique_shape_ids(draft_docx):
    headers = [xml for name, xml in draft_docx.items() if re.fullmatch(r"word/header\d+\.xml", name)]
    shapes = [s for xml in headers for s in re.findall(r'<v:shape id="([^"]+)" o:spid="([^"]+)"', xml)]
    assert len(shapes) == 2  # odd and even pages' headers
    assert all(shape_id.startswith("PowerPlusWaterMarkObject") for shape_id, _spid in shapes)
    assert len({s for s, _ in shapes}) == len({p for _, p in shapes}) == 2
    assert all('<w:docPartGallery w:val="Watermarks"/>' in xml for xml in headers if "PowerPlus" in xml)


def test_the_signature_block_is_on_the_grid_and_kept_with_the_text(draft_docx):
    document = draft_docx["word/document.xml"]
    paragraphs = re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", document, re.S)
    at = next(k for k, p in enumerate(paragraphs) if "山亭区科技局</w:t>" in p and '<w:jc w:val="right"/>' in p)
    for p in paragraphs[at - 2 : at + 2]:  # the blank line before the unit, and the text before that
        assert '<w:spacing w:line="579" w:lineRule="exact"' in p or 'w:lineRule="exact" w:line="579"' in re.sub(
            r'w:before="0" w:after="0" ', "", p
        ), p[:200]
    assert all("<w:keepNext/>" in p for p in paragraphs[at - 2 : at + 1])


def test_word_names_the_same_faces_in_east_asian_attributes_per_role(tmp_path, sample):
    path = build_docx(sample, tmp_path / "f.docx", official_fonts=False).path
    with zipfile.ZipFile(path) as z:
        document = z.read("word/document.xml").decode()
    faces = set(re.findall(r'w:eastAsia="([^"]+)"', document))
    assert {"方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"} <= faces


def test_page_number_paragraph_is_one_exact_line(tmp_path):
    from docx import Document

    from disclosure_gui.core.format import exchange
    from tests.conftest import SAMPLE_JSON

    path = build_docx(exchange.load(SAMPLE_JSON), tmp_path / "p.docx", official_fonts=False).path
    section = Document(str(path)).sections[0]
    footer = section.footer.paragraphs[0]
    # one exact line, so its place does not depend on the face's line height; where the dash lands is
    # measured on LibreOffice's PDF of the file (benchmarks/word_grid.py)
    assert footer.paragraph_format.line_spacing.pt == 16
