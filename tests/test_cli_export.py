"""`disclosure-gui export FILE --pdf OUT` in a separate process."""

import json
import subprocess
import sys

from pypdf import PdfReader

from tests.conftest import SAMPLE_JSON
from tests.test_cli_check import run


def test_export_the_sample(tmp_path):
    out = tmp_path / "报告.pdf"
    result = run("export", str(SAMPLE_JSON), "--pdf", str(out), "--shipped-fonts")
    assert result.returncode == 0, result.stderr
    assert "已导出" in result.stdout and "页）" in result.stdout
    assert len(PdfReader(out).pages) >= 5


def test_export_of_a_draft_and_unprintable_characters_says_so(tmp_path, sample_text):
    data = json.loads(sample_text)
    data["tables"]["t3"]["granted"][0] = 2
    data["sections"]["other"]["other"] = "见附件😀"
    src = tmp_path / "r.json"
    src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("export", str(src), "--pdf", str(tmp_path / "r.pdf"), "--shipped-fonts")
    assert result.returncode == 0
    assert "草稿" in result.stderr
    assert "😀" in result.stderr and "其他事项" in result.stderr


def test_unreadable_input_exits_2(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    result = run("export", str(bad), "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "不是年报交换文件" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_headless_export_does_not_import_qt(tmp_path):
    code = (
        "import sys\n"
        "from disclosure_gui.cli import main\n"
        f"rc = main(['export', {str(SAMPLE_JSON)!r}, '--pdf', {str(tmp_path / 'q.pdf')!r}])\n"
        "assert rc == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_the_profile_is_never_overwritten_by_an_export(tmp_path):
    from disclosure_gui.core.format import local_profile as profile

    prof = tmp_path / "prof.json"
    prof.write_text(
        json.dumps({"format": "gov-disclosure-local-profile", "version": 1, "name": "某市"}, ensure_ascii=False),
        encoding="utf-8",
    )
    profile.load(prof)  # a valid profile
    before = prof.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "export", str(SAMPLE_JSON), "--checklist", str(prof),
         "--profile", str(prof)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == 2 and "覆盖" in result.stderr, result.stderr
    assert prof.read_bytes() == before
