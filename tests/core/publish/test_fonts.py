"""Fonts found by family name in a made-up font list (the machine's own fonts play no part): the names offices
have, TrueType only, the shipped 仿宋 and heavy Song without them, rare characters taken from any face that has
them, the Word file naming the same faces; and the system's list read from fontconfig or the font folders."""

import json
import os
import shutil
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from disclosure_gui.core.publish.docx import build_docx
from disclosure_gui.core.publish.pdf import PdfOptions, build_pdf
from disclosure_gui.core.publish.pdf import fontlist as fontlist_module
from disclosure_gui.core.publish.pdf.fontlist import ENV_FONT_DIRS, FontList, InstalledFace, system_fonts
from disclosure_gui.core.publish.pdf.fonts import resolve_fonts
from disclosure_gui.resources import resource_path
from tests.core.publish.made_fonts import make_font

RARE = "䶮𠮷𡈼"  # CJK extension A and B: in no shipped font


def _face(path, *families, truetype=True) -> InstalledFace:
    return InstalledFace(str(path), 0, families, truetype)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """An office PC as WPS leaves it: 方正仿宋_GBK and SimHei/黑体 installed, 仿宋_GB2312 only as a CFF font
    (not embeddable), no 小标宋, no 楷体, and a fallback font with the rare characters."""
    folder = tmp_path_factory.mktemp("office")
    fang = shutil.copy(resource_path("fonts", "GovReportFang-Regular.ttf"), folder / "FZFSK.TTF")
    hei = shutil.copy(resource_path("fonts", "GovReportSans-Medium.ttf"), folder / "simhei.ttf")
    cff = make_font(folder / "fs_gb2312.otf", {0x409: "FangSong_GB2312", 0x804: "仿宋_GB2312"}, "政府", cff=True)
    rare = make_font(folder / "rare.ttf", {0x409: "Rare Fallback"}, RARE)
    return FontList(
        [
            _face(cff, "仿宋_GB2312", "FangSong_GB2312", truetype=False),
            _face(fang, "FZFangSong-Z02", "方正仿宋_GBK"),
            _face(hei, "SimHei", "黑体"),
            _face(rare, "Rare Fallback"),
        ]
    )


def test_faces_are_found_by_family_name_truetype_only_and_the_shipped_ones_stand_in(office):
    fonts = resolve_fonts(fonts=office)
    body, h1, title, h2 = (fonts.faces[r] for r in ("body", "heading1", "title", "heading2"))
    assert (body.official, body.family, Path(body.path).name) == (True, "方正仿宋_GBK", "FZFSK.TTF")
    assert (h1.official, h1.family) == (True, "黑体")
    # none of the title's or 楷体's families: the shipped heavy Song and 楷体
    assert not title.official and Path(title.path).name == "GovReportSerif-Bold.ttf"
    assert not h2.official and Path(h2.path).name == "GovReportKai-Regular.ttf"
    shipped = resolve_fonts(official=False)
    assert Path(shipped.faces["body"].path).name == "GovReportFang-Regular.ttf"  # a 仿宋, not a Song face


def test_shipped_body_face_is_a_fangsong_with_all_of_gb2312_and_the_title_a_bold_song():
    from fontTools.ttLib import TTFont

    from disclosure_gui.core.publish.pdf import sfnt

    [body] = sfnt.faces(str(resource_path("fonts", "GovReportFang-Regular.ttf")))
    [title] = sfnt.faces(str(resource_path("fonts", "GovReportSerif-Bold.ttf")))
    assert body.truetype and title.truetype and "Fang" in body.families[0]
    assert TTFont(str(resource_path("fonts", "GovReportSerif-Bold.ttf")))["OS/2"].usWeightClass >= 700
    covered = {
        c for a, b in sfnt.coverage(str(resource_path("fonts", "GovReportFang-Regular.ttf"))) for c in range(a, b + 1)
    }
    gb2312 = [c for c in range(0x4E00, 0xA000) if _in(chr(c), "gb2312")]
    assert len(gb2312) == 6763 and all(c in covered for c in gb2312)


def _in(char: str, codec: str) -> bool:
    try:
        char.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def test_a_character_no_chosen_face_has_comes_from_any_installed_face_and_stays_in_the_text(office, sample, tmp_path):
    sample.texts["overview.management"] = f"地名：{RARE}，表情：😀。"
    result = build_pdf(sample, tmp_path / "r.pdf", PdfOptions(font_list=office))
    assert [(m.char, m.where) for m in result.missing] == [("😀", "政府信息管理")]  # only what no face has
    text = "".join(page.extract_text() for page in PdfReader(result.path).pages)
    assert f"地名：{RARE}" in text.replace(" ", "")
    import pdfplumber

    with pdfplumber.open(result.path) as pdf:
        drawn = {c["text"]: c["fontname"] for page in pdf.pages for c in page.chars if c["text"] in RARE}
    assert set(drawn) == set(RARE) and all(name.endswith(drawn["䶮"].split("+")[1]) for name in drawn.values())


def test_the_word_file_names_the_faces_found_per_role(office, sample, tmp_path):
    doc = Document(str(build_docx(sample, tmp_path / "r.docx", font_list=office).path))
    faces = {
        run.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) for run in doc.element.body.iter(qn("w:r"))
    }
    # found: 方正仿宋_GBK, 黑体; not found: the official names for a PC that has them
    assert {"方正仿宋_GBK", "黑体", "方正小标宋简体", "楷体_GB2312", "宋体"} <= faces
    assert "仿宋_GB2312" not in faces


def test_the_system_list_is_read_from_the_font_folders_by_name_table_and_kept_in_the_cache(tmp_path, monkeypatch):
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    make_font(fonts / "a1.ttf", {0x409: "FangSong", 0x804: "仿宋"}, "政府")  # the file name says nothing
    (fonts / "broken.ttf").write_bytes(b"not a font at all")
    monkeypatch.setenv(ENV_FONT_DIRS, str(fonts))
    monkeypatch.setenv("DISCLOSURE_GUI_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(fontlist_module, "font_dirs", lambda: [fonts])
    monkeypatch.setattr(fontlist_module.shutil, "which", lambda name: None)  # no fontconfig
    system_fonts.cache_clear()
    try:
        found = system_fonts().find(["仿宋_GB2312", "仿宋"])
        assert [(name, Path(face.path).name) for name, face in found] == [("仿宋", "a1.ttf")]
        assert (tmp_path / "cache" / "fontlist.json").is_file()
        system_fonts.cache_clear()
        monkeypatch.setattr(fontlist_module.sfnt, "faces", lambda path: pytest.fail(f"read again: {path}"))
        assert system_fonts().find(["FangSong"])  # from the cache, the file not read again
        assert Path(system_fonts().covering("政").path).name == "a1.ttf" and system_fonts().covering("䶮") is None
    finally:
        system_fonts.cache_clear()


def test_fonts_that_are_gone_leave_the_cache(tmp_path, monkeypatch):
    """A font folder that went away (a USB stick, a temporary folder) no longer weighs on every export: its entries,
    coverage and all, are dropped the next time the cache is read, and the file written without them."""
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    kept, gone = fonts / "kept.ttf", fonts / "gone.ttf"
    make_font(kept, {0x409: "FangSong"}, "政府")
    make_font(gone, {0x409: "KaiTi"}, "政府")
    monkeypatch.setenv("DISCLOSURE_GUI_CACHE_DIR", str(tmp_path / "cache"))
    assert [f.families for f in fontlist_module.scanned([str(kept), str(gone)])] == [("FangSong",), ("KaiTi",)]
    gone.unlink()
    assert list(fontlist_module._ScanCache().files) == [str(kept)]
    fontlist_module.scanned([str(kept)])  # saved: the next process reads one entry
    assert list(json.loads((tmp_path / "cache" / "fontlist.json").read_text(encoding="utf-8"))["files"]) == [str(kept)]


def test_fontconfig_list_is_parsed_with_every_family_name(tmp_path, monkeypatch):
    script = tmp_path / "fc-list"
    script.write_text(
        "#!/bin/sh\n"
        "case \"$*\" in *charset*) printf '/f/droid.ttf\\t0\\tTrueType\\n';; *)\n"
        "printf '/f/simfang.ttf\\t0\\tFangSong,仿宋\\tTrueType\\n"
        "/f/noto.ttc\\t2\\tNoto Serif CJK SC,Noto Serif CJK SC Bold\\tCFF\\n"
        "/f/odd.ttf\\t0\\tA\\\\,B\\tTrueType\\n';; esac\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    faces = fontlist_module._fontconfig_faces()
    assert faces == [
        InstalledFace("/f/simfang.ttf", 0, ("FangSong", "仿宋"), True),
        InstalledFace("/f/noto.ttc", 2, ("Noto Serif CJK SC", "Noto Serif CJK SC Bold"), False),
        InstalledFace("/f/odd.ttf", 0, ("A,B",), True),
    ]
    listed = FontList(faces, fontconfig=True)
    assert listed.find(["仿宋_GB2312", "仿宋"])[0][1].path == "/f/simfang.ttf"
    assert listed.covering("䶮") == InstalledFace("/f/droid.ttf", 0, (), True)
