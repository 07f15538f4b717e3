"""docs/checks.md (the window's 帮助) explains every check of the registry, and every code the checks emit is one."""

import re
from pathlib import Path

from disclosure_gui.core.checks import registry
from disclosure_gui.core.checks.finding import Finding
from disclosure_gui.core.checks.registry import CHECKS, Check, Inputs, run_all

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "checks.md"
CORE = ROOT / "disclosure_gui" / "core"
PARTS = ("**含义**", "**为何关注**", "**示例**", "**改法**")


def _emitted_codes() -> set[str]:
    """Check codes written as the first argument of a finding anywhere in the core."""
    pattern = re.compile(r"(?:Finding|_text_finding|_finding)\(\s*\"([RQTP]\d+)\"")
    return {code for path in CORE.rglob("*.py") for code in pattern.findall(path.read_text(encoding="utf-8"))}


def undocumented(doc: str, checks: list[Check]) -> list[str]:
    """The checks ``doc`` has no complete section for (含义, 为何关注, 示例, 改法), by id."""
    sections = dict(re.findall(r"^## ([RQTP]\d+) .*?\n(.*?)(?=^## |^# |\Z)", doc, re.MULTILINE | re.DOTALL))
    return [c.id for c in checks if c.id not in sections or not all(p in sections[c.id] for p in PARTS)]


def test_every_emitted_code_is_a_registered_check():
    emitted = _emitted_codes()
    assert emitted >= {"R1", "R8", "Q7", "Q18", "Q22", "T1", "P1"}  # the scan itself works
    assert emitted <= {c.id for c in CHECKS}


def test_every_check_has_a_section_that_says_what_why_example_and_fix():
    assert undocumented(DOC.read_text(encoding="utf-8"), CHECKS) == []


def test_ids_are_unique_and_grouped():
    ids = [c.id for c in CHECKS]
    assert len(ids) == len(set(ids))
    assert {c.id[0] for c in CHECKS} == set(registry.GROUPS)
    assert "R6" not in ids  # an id is never reused


def test_adding_a_check_is_one_function_and_one_row(sample, monkeypatch):
    def check_title_mentions_year(inputs: Inputs) -> list[Finding]:
        return [Finding("Q99", "warning", ("meta.title",), "演示用的检查")]

    row = Check("Q99", "演示：一项新检查", "warning", check_title_mentions_year)
    monkeypatch.setattr(registry, "CHECKS", [*CHECKS, row])
    assert [f.rule for f in run_all(sample)].count("Q99") == 1
    assert registry.title("Q99") == "演示：一项新检查"
    assert undocumented(DOC.read_text(encoding="utf-8"), registry.CHECKS) == ["Q99"]  # the doc test would fail
    doc = DOC.read_text(encoding="utf-8") + "\n## Q99 演示\n\n**含义**…**为何关注**…**示例**…**改法**…\n"
    assert undocumented(doc, registry.CHECKS) == []


def test_no_finding_is_worse_than_its_check_declares(sample, busy_report):
    declared = {c.id: c.severity for c in CHECKS}
    broken = busy_report.clone()
    broken.t3["granted"][0] += 1
    broken.texts["preamble"] = "20231月1日至12月31日"
    for report in (sample, busy_report, broken):
        for f in run_all(report, report):
            assert f.severity == "warning" or declared[f.rule] == "error", f
