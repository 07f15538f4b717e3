"""Files that are broken, disguised or built to hurt: a Chinese message naming the file and what to do — never a
traceback, never gigabytes of memory."""

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from disclosure_gui.core.importers import ReportImportError, import_published

FILES = Path(__file__).parents[2] / "corpus" / "files"


def _message(path: Path) -> str:
    with pytest.raises(ReportImportError) as caught:
        import_published(path)
    return caught.value.message


def test_garbage_zipped_and_named_docx(tmp_path):
    path = tmp_path / "报告.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00junk" * 100)
    message = _message(path)
    assert "报告.docx" in message and "损坏" in message and "另存为" in message


def test_a_docx_whose_xml_is_broken(tmp_path):
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types")
        z.writestr("word/document.xml", "<w:document><w:body><w:p>")
    message = _message(path)
    assert "broken.docx" in message and "另存为" in message


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z, z.open("word/document.xml", "w") as member:
        chunk = b"\0" * (1024 * 1024)
        for _ in range(80):  # 80 MB of zeros: about 80 KB on disk
            member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    message = _message(path)
    assert "bomb.docx" in message and "解压后" in message and "未读取" in message


def test_a_file_too_large_to_be_a_report_is_not_read(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as f:
        f.truncate(40 * 1024 * 1024)  # sparse: nothing is written
    assert "太大" in _message(path)


@pytest.mark.parametrize(("name", "content"), [("x.pdf", b"<html>not a pdf</html>"), ("x.doc", b"hello")])
def test_a_wrong_extension_is_named(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    message = _message(path)
    assert name in message and "扩展名" in message


def test_a_broken_pdf(tmp_path):
    path = tmp_path / "cut.pdf"
    path.write_bytes((FILES / "hongze-2023.pdf").read_bytes()[:2000])
    message = _message(path)
    assert "cut.pdf" in message and ("损坏" in message or "下载" in message)


def test_a_real_pdf_saved_under_a_web_page_name_is_read_as_a_pdf(tmp_path):
    path = tmp_path / "report.html"
    path.write_bytes((FILES / "hongze-2023.pdf").read_bytes())
    assert import_published(path).report.t3["new_received"] == [21, 0, 0, 0, 0, 0, 21]


def test_a_scanned_pdf_says_it_is_a_scan_and_what_to_do(tmp_path):
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(picture, "PNG")
    picture.seek(0)
    path = tmp_path / "扫描件.pdf"
    c = canvas.Canvas(str(path))
    c.drawImage(ImageReader(picture), 50, 50, 400, 560)
    c.showPage()
    c.save()
    message = _message(path)
    assert "扫描件.pdf" in message and "扫描件" in message and ("网页版" in message or "文字" in message)


def test_old_word_without_libreoffice_says_save_as_docx(tmp_path, monkeypatch):
    monkeypatch.setenv("DISCLOSURE_GUI_SOFFICE", "")
    path = tmp_path / "旧报告.doc"
    path.write_bytes((FILES / "shanghai-office-2019.doc").read_bytes())
    message = _message(path)
    assert "旧报告.doc" in message and "LibreOffice" in message and "另存为" in message and ".docx" in message


def test_a_folder_is_not_a_file(tmp_path):
    assert "文件夹" in _message(tmp_path)
