"""docs/checks.md (the window's 帮助) explains every rule code the checks can emit."""

import re
from pathlib import Path

from disclosure_gui.core.checks.profile_checks import PROFILE_TITLES
from disclosure_gui.core.checks.quality import QUALITY_TITLES
from disclosure_gui.core.checks.rules import RULE_TITLES
from disclosure_gui.core.register.tables import REGISTER_TITLES

ROOT = Path(__file__).resolve().parents[3]
DOC = ROOT / "docs" / "checks.md"
CORE = ROOT / "disclosure_gui" / "core"


def _emitted_codes() -> set[str]:
    """Rule codes written as the first argument of a finding anywhere in the core."""
    pattern = re.compile(r"(?:Finding|_text_finding|_finding)\(\s*\"([RQ]\d+)\"")
    return {code for path in CORE.rglob("*.py") for code in pattern.findall(path.read_text(encoding="utf-8"))}


def test_every_emitted_code_has_a_title():
    emitted = _emitted_codes()
    assert emitted >= {"R1", "R8", "Q7", "Q18", "Q22"}  # the scan itself works
    assert emitted <= set(RULE_TITLES) | set(QUALITY_TITLES)


def test_every_code_has_a_section_that_says_what_why_example_and_fix():
    text = DOC.read_text(encoding="utf-8")
    sections = dict(re.findall(r"^## ([RQTP]\d+) .*?\n(.*?)(?=^## |\Z)", text, re.MULTILINE | re.DOTALL))
    for code in [*RULE_TITLES, *QUALITY_TITLES, *REGISTER_TITLES, *PROFILE_TITLES]:
        assert code in sections, f"docs/checks.md has no section for {code}"
        for part in ("**含义**", "**为何关注**", "**示例**", "**改法**"):
            assert part in sections[code], f"{code}: {part} missing"
