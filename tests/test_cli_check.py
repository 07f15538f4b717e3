"""`disclosure-gui check` as a user runs it: a separate process, exit codes, messages."""

import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLE_JSON, write_report


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disclosure_gui", *args], capture_output=True, text=True, encoding="utf-8", timeout=60
    )


def test_sample_passes_with_exit_0_and_exactly_its_known_quality_findings():
    result = run("check", str(SAMPLE_JSON))
    assert result.returncode == 0, result.stderr
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["Q3", "Q8", "Q12", "Q14", "Q15"]
    assert "0 个错误" in result.stderr


def _break_r1(r):
    r.texts["overview.on_request"] = ""
    r.t3["new_received"][0] = 2
    r.t3["new_received"][6] = 2


def _break_r2(r):
    r.t3["total_handled"][0] = 1
    r.t3["total_handled"][6] = 1
    r.t3["carried_over"][0] = 1  # keeps R1 and R3 true: only the results column is off
    r.t3["carried_over"][6] = 1


def _break_r3(r):
    r.t3["granted"][6] = 1
    r.t3["total_handled"][6] = 1
    r.t3["carried_over"][6] = 1


def _break_r4(r):
    r.t4["administrative_review"][4] = 1


def _break_r8(r):
    r.texts["overview.on_request"] = "2023年，我局收到依申请公开事项3件。"


def _break_r9(r):
    from decimal import Decimal

    r.fees.collected_yuan = Decimal("200")


@pytest.mark.parametrize(
    ("breaker", "rule", "code", "cell"),
    [
        (_break_r1, "R1", 1, "tables.t3.new_received[0]"),
        (_break_r2, "R2", 1, "tables.t3.total_handled[0]"),
        (_break_r3, "R3", 1, "tables.t3.granted[6]"),
        (_break_r4, "R4", 1, "tables.t4.administrative_review[4]"),
        (_break_r8, "R8", 0, "sections.overview.on_request"),
        (_break_r9, "R9", 0, "fees.collected_yuan"),
    ],
)
def test_each_broken_rule_is_reported_on_its_cells_with_its_exit_code(tmp_path, sample, breaker, rule, code, cell):
    breaker(sample)
    result = run("check", str(write_report(tmp_path, sample)), "--json")
    assert result.returncode == code, result.stderr
    findings = [f for f in json.loads(result.stdout) if f["rule"].startswith("R")]
    assert {f["rule"] for f in findings} == {rule}
    assert any(cell in f["cells"] for f in findings)
    assert all(set(f) == {"rule", "severity", "cells", "message"} for f in findings)


@pytest.mark.parametrize(
    ("rule", "cells"),
    [
        ("R10", [["tables.t3.carried_over[0]"], ["tables.t3.carried_over[6]"]]),
        ("R11", [["tables.t2.regulations.in_force"]]),
    ],
)
def test_cross_year_rules_with_previous(tmp_path, sample, rule, cells):
    last = sample.clone()
    last.meta.year = 2022
    if rule == "R10":
        last.t3["carried_to_next_year"] = [1, 0, 0, 0, 0, 0, 1]
    else:
        last.t2["regulations.in_force"] = 4
    result = run(
        "check", str(write_report(tmp_path, sample)), "--previous", str(write_report(tmp_path, last, "last.json"))
    )
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("R")]
    assert len(lines) == len(cells) and all(line.startswith(f"{rule} 提醒：") for line in lines)
    as_json = run("check", str(write_report(tmp_path, sample)), "--previous", str(tmp_path / "last.json"), "--json")
    assert [f["cells"] for f in json.loads(as_json.stdout) if f["rule"].startswith("R")] == cells


def test_previous_of_the_wrong_year_is_refused(tmp_path, sample):
    result = run("check", str(SAMPLE_JSON), "--previous", str(SAMPLE_JSON))
    assert result.returncode == 2
    assert "应为 2022 年" in result.stderr


@pytest.mark.parametrize(
    ("edit", "place"),
    [
        (lambda d: d["tables"]["t3"]["granted"].__setitem__(0, -4), "表三 予以公开 · 自然人：件数不能为负数"),
        (lambda d: d["tables"]["t3"]["granted"].pop(), "表三 予以公开：应有 7 个数字"),
        (lambda d: d["tables"]["t3"].pop("granted"), "表三 予以公开：缺少此项"),
        (lambda d: d.__setitem__("format", "x"), "文件格式标记：不是年报交换文件"),
        (lambda d: d.__setitem__("format_version", 7), "格式版本号：文件是较新版本的格式"),
    ],
)
def test_broken_files_exit_2_naming_the_place(tmp_path, sample_text, edit, place):
    data = json.loads(sample_text)
    edit(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 2
    assert place in result.stderr  # in the words of the form, not the file's key path
    assert "tables." not in result.stderr and "format_version" not in result.stderr
    assert "Traceback" not in result.stderr


def test_not_json_and_missing_file_exit_2(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("这不是JSON", encoding="utf-8")
    result = run("check", str(path))
    assert result.returncode == 2 and "不是有效的 JSON" in result.stderr
    result = run("check", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "找不到文件" in result.stderr
    result = run("check")
    assert result.returncode == 2 and "参数有误" in result.stderr


def test_check_does_not_import_qt():
    code = (
        "import sys\n"
        "from disclosure_gui.cli import main\n"
        f"rc = main(['check', {str(SAMPLE_JSON)!r}])\n"
        "assert rc == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
