"""The project carries its own documentation and test data: nothing points outside the repository."""

from __future__ import annotations

import re

from tests.conftest import CHECKOUT

# A path into the team's notes kept beside the checkout (a parent folder named shared); docx.shared is a module.
OUTSIDE = re.compile(r"\.\./shared|(?<![\w.])shared/(spec|notes|tools|samples)\b")
SUFFIXES = {".py", ".md", ".sh", ".toml", ".spec", ".iss", ".in", ".txt", ".json", ".html"}


def test_nothing_in_the_repository_points_to_files_outside_it() -> None:
    offenders = []
    for top in ("README.md", "CHANGELOG.md", "docs", "disclosure_gui", "tests", "benchmarks", "packaging", ".ci"):
        root = CHECKOUT / top
        files = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in files:
            if (path.suffix not in SUFFIXES and path.name != "run") or "__pycache__" in path.parts:
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            offenders += [
                f"{path.relative_to(CHECKOUT)}:{text.count(chr(10), 0, m.start()) + 1}" for m in OUTSIDE.finditer(text)
            ]
    assert not offenders, f"these point outside the repository: {offenders}"


def test_the_licence_the_package_declares_is_in_the_repository() -> None:
    assert "MIT License" in (CHECKOUT / "LICENSE").read_text(encoding="utf-8")
    assert 'license = "MIT"' in (CHECKOUT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_changelog_has_an_entry_for_this_version() -> None:
    from disclosure_gui import __version__

    assert f"## {__version__}" in (CHECKOUT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_installer_bundles_every_qt_module_the_app_imports() -> None:
    """The bundle once left out QtPrintSupport, which printing had since come to need: the installed app did not
    start, while every test of the wheel passed."""
    spec = (CHECKOUT / "packaging" / "disclosure-gui.spec").read_text(encoding="utf-8")
    excluded = set(re.findall(r'"(PySide6\.Qt\w+)"', spec))
    used = {
        m
        for path in (CHECKOUT / "disclosure_gui").rglob("*.py")
        for m in re.findall(r"\b(PySide6\.Qt\w+)", path.read_text(encoding="utf-8"))
    }
    assert used, "the scan found no Qt import"
    assert not used & excluded, f"the installer leaves out Qt modules the app imports: {sorted(used & excluded)}"
