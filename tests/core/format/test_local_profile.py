"""A local profile: read and checked with Chinese messages; its checks, countdown and 自查清单 rows."""

import json
from datetime import date

import pytest
from pypdf import PdfReader

from disclosure_gui.core.checks.profile_checks import text_length
from disclosure_gui.core.checks.registry import run_all
from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.core.format.calendar import countdown, local_countdown
from disclosure_gui.core.format.local_profile import ProfileError
from disclosure_gui.core.publish.pdf.checklist import build_checklist, check_results

CITY = {
    "format": "gov-disclosure-local-profile",
    "version": 1,
    "name": "某市",
    "deadlines": {"department": {"submit": "01-26", "publish": "01-28"}, "government": {"submit": "02-20"}},
    "filing_before_publication": True,
    "signatures": ["经办人", "审核人", "单位负责人"],
    "seal": True,
    "length_caps": {"overview": 1000},
    "overview_must_contain": [{"label": "政策解读", "keywords": ["解读"]}, {"label": "回应关切", "keywords": ["回应"]}],
    "impossible": {"government": ["tables.t2.regulations"]},
}


@pytest.fixture
def city(tmp_path):
    path = tmp_path / profiles.FILENAME
    path.write_text(json.dumps(CITY, ensure_ascii=False), encoding="utf-8")
    return profiles.load(path)


def test_profile_round_trips_through_its_file(city, tmp_path):
    assert city.deadline("department", "submit", 2025) == date(2026, 1, 26)
    assert city.deadline("government", "publish", 2025) is None
    again = profiles.load(profiles.save(city, tmp_path / "copy.json"))
    assert again == city
    assert profiles.find_in(tmp_path) == tmp_path / profiles.FILENAME


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "other"}, "不是年报本地要求文件"),
        ({"deadlines": {"department": {"publish": "02-10"}}}, "晚于条例规定的 1月31日"),
        ({"deadlines": {"department": {"publish": "1月26日"}}}, "应写成“月-日”"),
        ({"deadlines": {"department": {"publish": "02-30"}}}, "不是有效的日期"),
        ({"length_caps": {"overview": -5}}, "应为正整数"),
        ({"length_caps": {"foreword": 500}}, "不是报告中的部分或段落"),
        ({"impossible": {"government": ["tables.t9.x"]}}, "不是报告中的表格单元格"),
        ({"name": ""}, "应写明发布要求的地区或机关"),
    ],
)
def test_a_bad_profile_is_explained_in_chinese(change, message):
    with pytest.raises(ProfileError, match=message):
        profiles.from_json({**CITY, **change})


def test_unreadable_profile_files(tmp_path):
    (tmp_path / "a.json").write_text("{", encoding="utf-8")
    with pytest.raises(ProfileError, match="不是有效的 JSON"):
        profiles.load(tmp_path / "a.json")
    with pytest.raises(ProfileError, match="无法读取本地要求文件"):
        profiles.load(tmp_path / "missing.json")


def test_countdown_follows_the_local_deadlines(sample, city):
    sample.meta.agency_kind = "department"
    sample.meta.publish_date = None
    today = date(sample.meta.year + 1, 1, 10)
    assert "1月31日" in countdown(sample, today)  # national
    line = local_countdown(sample, today, city)
    assert line.startswith(f"距报送截止（{sample.meta.year + 1}年1月26日）还有 16 天") and "发布截止 1月28日" in line
    after = local_countdown(sample, date(sample.meta.year + 1, 1, 27), city)  # submission is past
    head, rule = after.split("\n")
    assert head == f"距发布截止（{sample.meta.year + 1}年1月28日，某市要求）还有 1 天；须先备案后公布"
    assert rule.startswith("条例第四十九条第一款")  # the tooltip quotes the article the date comes from
    assert local_countdown(sample, today, None).split("\n")[0] == countdown(sample, today)
    city.filing_before_publication = False
    assert "须先备案后公布" not in local_countdown(sample, today, city)


def test_profile_checks(sample, city):
    sample.meta.agency_kind = "government"
    sample.texts["overview.proactive"] = "我局主动公开政府信息120条。" * 100
    sample.texts["overview.on_request"] = "全年开展政策解读5次。"
    sample.t2["regulations.issued"] = 1
    found = {f.rule: f for f in run_all(sample, profile=city, groups="P")}
    assert text_length(sample, "overview") > 1000
    assert "超过某市要求的 1000 字" in found["P2"].message
    assert "回应关切" in found["P3"].message and "政策解读" not in found["P3"].message
    assert "规章" in found["P4"].message and found["P4"].cells == ("tables.t2.regulations.issued",)
    assert run_all(sample, groups="P") == []


def test_checklist_follows_the_profile(sample, city, tmp_path):
    sample.texts["overview.proactive"] = "内容" * 600
    national = {r[0] for r in check_results(sample)}
    rows = {r[0]: r for r in check_results(sample, profile=city)}
    assert set(rows) - national == {"P2", "P3", "P5"} | ({"P1"} if sample.meta.agency_kind == "department" else set())
    # a local requirement is a warning: 「请核对」, as for the national warnings, never 「未通过」
    assert rows["P2"][2] == "请核对" and "不超过1000字" in rows["P2"][1]
    assert all(r[2] == "请核对" for r in rows.values() if r[0].startswith("P") and r[3])
    assert rows["P5"][2] == "需人工确认"
    out = build_checklist(sample, tmp_path / "c.pdf", profile=city, official_fonts=False)
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    assert "单位负责人" in text and "某市" in text and "P2" in text
    assert len(PdfReader(out).pages) <= 2  # 10.5 pt or more: two pages when one does not hold it
    assert _result_colours(out, "P2") == _result_colours(out, "Q3") != _result_colours(out, "R1")  # a warning, in brown
    import pdfplumber

    with pdfplumber.open(out) as pdf:
        last = pdf.pages[-1].extract_words()
    assert "需人工确认" in [w["text"] for w in last]  # one line in its column
    fields = [w for w in last if w["text"] in ("经办人：", "审核人：", "单位负责人：", "（盖章）")]
    assert len(fields) == 4 and len({round(w["top"]) for w in fields}) == 1  # the signature fields on one line


def _result_colours(pdf_path, check_id):
    """The colours of the result printed on the row of check_id (its id and result are both centred)."""
    import pdfplumber

    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            words = page.extract_words(extra_attrs=["non_stroking_color"])
            ids = [w for w in words if w["text"] == check_id]
            if ids:
                row = ids[0]["top"]
                return {
                    tuple(w["non_stroking_color"])
                    for w in words
                    if w["text"] in ("未通过", "请核对", "通过") and abs(w["top"] - row) < 3
                }
    raise AssertionError(f"{check_id} not in the checklist")


def test_command_line_checks_and_checklist_follow_the_profile(tmp_path):
    import subprocess
    import sys

    from tests.conftest import SAMPLE_JSON

    path = tmp_path / "p.json"
    path.write_text(json.dumps(CITY, ensure_ascii=False), encoding="utf-8")
    base = [sys.executable, "-m", "disclosure_gui"]
    national = subprocess.run([*base, "check", str(SAMPLE_JSON)], capture_output=True, text=True, check=False)
    local = subprocess.run(
        [*base, "check", str(SAMPLE_JSON), "--profile", str(path)], capture_output=True, text=True, check=False
    )
    assert "某市" not in national.stdout
    assert "超过某市要求的 1000 字" in local.stdout  # the sample's 总体情况 has 1044
    out = tmp_path / "c.pdf"
    cmd = [*base, "export", str(SAMPLE_JSON), "--checklist", str(out), "--profile", str(path), "--shipped-fonts"]
    assert subprocess.run(cmd, capture_output=True, text=True, check=False).returncode == 0
    assert "单位负责人" in "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "")
    bad = subprocess.run(
        [*base, "check", str(SAMPLE_JSON), "--profile", str(tmp_path / "none.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode != 0 and "无法读取本地要求文件" in bad.stderr


def test_a_missing_or_malformed_profile_is_refused_in_chinese_on_the_command_line(tmp_path):
    import subprocess
    import sys

    from tests.conftest import SAMPLE_JSON

    wrong_type = tmp_path / "wrong-type.json"
    wrong_type.write_text(json.dumps({**CITY, "overview_must_contain": 5}, ensure_ascii=False), encoding="utf-8")
    nested = tmp_path / "nested.json"
    nested.write_text('{"format": "gov-disclosure-local-profile", "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    cases = [(tmp_path / "none.json", "找不到"), (wrong_type, "overview_must_contain"), (nested, "本地要求文件")]
    for path, words in cases:
        run = subprocess.run(
            [sys.executable, "-m", "disclosure_gui", "check", str(SAMPLE_JSON), "--profile", str(path)],
            capture_output=True, text=True, encoding="utf-8", check=False,
        )  # fmt: skip
        assert run.returncode == 2 and words in run.stderr, (path.name, run.returncode, run.stderr)
        assert "No such file" not in run.stderr and "Error" not in run.stderr


def test_the_printed_report_carries_the_profiles_signature_and_seal_lines(sample, city, tmp_path):
    """A local rule asks for a paper copy signed and sealed: the PDF and the Word file end with those lines;
    without a profile the printed report has none (the website copy is never signed)."""
    from docx import Document

    from disclosure_gui.core.format.local_profile import paper_sign_off
    from disclosure_gui.core.publish.docx import build_docx
    from disclosure_gui.core.publish.pdf import PdfOptions, build_pdf

    sign_off = paper_sign_off(city)
    assert sign_off == ("经办人：", "审核人：", "单位负责人：", "（盖章）")
    pdf = build_pdf(sample, tmp_path / "r.pdf", PdfOptions(official_fonts=False, sign_off=sign_off)).path
    last = PdfReader(pdf).pages[-1].extract_text().replace(" ", "")
    assert "单位负责人：" in last and "（盖章）" in last and "山亭区科技局" in last
    word = Document(str(build_docx(sample, tmp_path / "r.docx", sign_off=sign_off).path))
    ending = "".join(p.text for p in word.paragraphs[-2:])
    assert "单位负责人：" in ending and ending.endswith("（盖章）")
    plain = build_pdf(sample, tmp_path / "n.pdf", PdfOptions(official_fonts=False)).path
    assert "单位负责人" not in PdfReader(plain).pages[-1].extract_text()
    assert paper_sign_off(None) == ()
