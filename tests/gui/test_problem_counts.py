"""The start page, the problems panel, the tab badges and the command line count the same problems: all read the
checks' registry with the same inputs (before, the start page left out the local profile's and the register's)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.core.format import schema
from disclosure_gui.core.register.model import Register
from disclosure_gui.core.register.storage import applied_mark, register_folder, save_register
from disclosure_gui.gui.report.tab_bar import tab_errors
from tests.core.register.test_tables import REGISTER

PROFILE = {
    "format": "gov-disclosure-local-profile",
    "version": 1,
    "name": "某市政务公开办",
    "deadlines": {"department": {"submit": "01-20", "publish": "01-26"}},
    "length_caps": {"overview": 1000},  # the sample's 总体情况 has 1044 characters: P2
    "overview_must_contain": [{"label": "政策解读", "keywords": ["政策解读会"]}],  # P3
}


def _panel_counts(window) -> tuple[int, int]:
    findings = window.document.findings
    errors = sum(f.severity == "error" for f in findings)
    return errors, len(findings) - errors


def _shown(errors: int, warnings: int) -> str:
    return "没有发现问题" if not errors + warnings else f"{errors} 个错误，{warnings} 个提醒"


def _start_page_line(window) -> str:
    window.close_report()
    lines = [window.start_page.recent.item(i).text() for i in range(window.start_page.recent.count())]
    return next(line for line in lines if "山亭区科技局" in line)


def _badges(window) -> int:
    return sum(tab_errors(window.tabs, i) for i in range(len(window.report_tabs)))


def _cli_count(path, *args: str) -> int:
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_gui", "check", str(path), "--json", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode in (0, 1), result.stderr
    return len(json.loads(result.stdout))


def _with_errors(window) -> None:
    """An R1 and an R3 error, so the badges have something to count."""
    model = window.tab("t3").model
    model.setData(model.index_of(schema.t3_path("new_received", 0)), "7")


def test_the_sample_is_counted_the_same_everywhere(window):
    assert _badges(window) == _panel_counts(window)[0]
    _with_errors(window)
    errors, warnings = _panel_counts(window)
    assert errors > 0 and _badges(window) == errors
    assert _start_page_line(window).endswith(_shown(errors, warnings))


def test_local_profile_and_register_findings_are_counted_on_the_start_page_too(window, tmp_path):
    profile_path = tmp_path / profiles.FILENAME
    profile_path.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    window.profiles.load(profile_path)
    window._profile_changed()
    report = window.current_report()
    folder = register_folder(window.store.root, report.meta.agency)
    save_register(folder, Register(report.meta.agency, REGISTER), {a.received.year for a in REGISTER})
    applied_mark(folder, report.meta.year).parent.mkdir(parents=True, exist_ok=True)
    applied_mark(folder, report.meta.year).touch()
    window.open_draft(window.document.draft_id)  # the register tab finds the applied tables: T1 from now on
    _with_errors(window)
    rules = {f.rule for f in window.document.findings}
    assert {"P2", "P3", "T1", "R1"} <= rules
    errors, warnings = _panel_counts(window)
    assert _badges(window) == errors
    assert _start_page_line(window).endswith(_shown(errors, warnings))


@pytest.mark.slow
def test_the_command_line_counts_what_the_panel_counts(window, tmp_path):
    from disclosure_gui.core.format import exchange

    profile_path = tmp_path / profiles.FILENAME
    profile_path.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    window.profiles.load(profile_path)
    window._profile_changed()
    _with_errors(window)
    path = tmp_path / "r.json"
    report = window.current_report()
    report.recompute_totals()
    path.write_text(exchange.dumps(report), encoding="utf-8")
    assert _cli_count(path, "--profile", str(profile_path)) == len(window.document.findings)
