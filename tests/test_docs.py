"""The documents say only what is true (issue #29, case 15): what the README says of the commands is what the command
line has; no document states the version or the number of modules by hand (both were stale: "0.1.0", "all 52
modules"); the system packages named are the ones the app needs, and none it does not."""

from __future__ import annotations

import argparse
import re

from disclosure_gui import __version__
from disclosure_gui.cli import build_parser
from tests.conftest import CHECKOUT

DOCUMENTS = [
    "README.md",
    "CHANGELOG.md",
    "packaging/README.md",
    *(f"docs/{p.name}" for p in (CHECKOUT / "docs").glob("*.md")),
]


def _text(name: str) -> str:
    return (CHECKOUT / name).read_text(encoding="utf-8")


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_the_readme_lists_every_command_with_options_it_really_has() -> None:
    rows = re.findall(r"^\| `disclosure-gui ?([a-z-]*)([^`]*)` \|", _text("README.md"), flags=re.MULTILINE)
    commands = _subcommands()
    assert {name for name, _ in rows if name} == set(commands)
    for name, usage in rows:
        if not name:
            continue
        actions = [a.option_strings for a in commands[name]._actions if a.option_strings]
        written = set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", usage))
        options = {o for strings in actions for o in strings}
        assert written <= options, f"{name}: the README names options it does not have: {written - options}"
        # Every option but help and --data-dir (said once for every command), in one of its spellings (-o, --output).
        left_out = [s for s in actions if not set(s) & written and not set(s) & {"-h", "--data-dir"}]
        assert not left_out, f"{name}: options the README leaves out: {left_out}"


def test_no_document_states_the_version_or_the_module_count_by_hand() -> None:
    """The version lives in disclosure_gui/__init__.py; a document names it only as a CHANGELOG heading."""
    by_hand = re.compile(
        r"(?:disclosure-gui[-_ ]v?|AppVersion=|version |版本 ?)(\d+\.\d+\.\d+)|\b(\d+) (?:modules|个模块)",
        re.IGNORECASE,
    )
    found = []
    for name in DOCUMENTS:
        for number, line in enumerate(_text(name).splitlines(), start=1):
            if name == "CHANGELOG.md" and line.startswith("## "):
                continue
            found += [f"{name}:{number}: {m.group()}" for m in by_hand.finditer(line)]
    assert not found, found
    assert f"## {__version__}" in _text("CHANGELOG.md")


def test_the_readme_names_the_system_packages_the_app_uses_and_no_other() -> None:
    readme = _text("README.md")
    assert "libcups2" in readme  # printing (Qt's CUPS plugin)
    assert "LibreOffice" in readme and ".et" in readme  # .doc/.wps/.et import
    unused = [p for p in ("poppler-utils", "poppler") if p in readme or p in _text(".ci/run")]
    assert not unused, f"nothing uses {unused}"


def test_the_readme_says_what_exit_code_1_means_for_each_command_that_uses_it() -> None:
    from disclosure_gui import cli_register

    readme = _text("README.md")
    assert cli_register.EXIT_UNPLACED == 1
    exit_line = next(line for line in readme.splitlines() if line.startswith("Exit codes"))
    assert "`check`" in exit_line and "`register`" in exit_line
