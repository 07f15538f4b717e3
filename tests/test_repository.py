"""The project carries its own documentation and test data: nothing points outside the repository."""

from __future__ import annotations

import re
from typing import Any

import pytest

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


def _project() -> dict[str, Any]:
    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    return tomllib.loads((CHECKOUT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _spdx_id(text: str) -> str:
    """The SPDX expression a licence text stands for, read from the text itself."""
    if text.startswith("MIT License"):
        return "MIT"
    if "SIL OPEN FONT LICENSE Version 1.1" in text:
        return "OFL-1.1"
    gpl3 = "GNU GENERAL PUBLIC LICENSE\n                       Version 3, 29 June 2007" in text
    if gpl3 and "As a special exception, if you create a document which uses this font" in text:
        return "GPL-3.0-only WITH Font-exception-2.0"  # the text alone grants no later version
    raise AssertionError(f"a licence text the test does not know: {text[:80]!r}")


def test_the_licence_the_package_declares_is_every_licence_it_carries() -> None:
    """The wheel and the installers carry the MIT code and the fonts with their own licences: the declared SPDX
    expression names exactly the licences of the texts listed, and it is valid SPDX."""
    from packaging.licenses import canonicalize_license_expression

    project = _project()
    listed = sorted({p for pattern in project["license-files"] for p in CHECKOUT.glob(pattern)})
    carried = {_spdx_id(p.read_text(encoding="utf-8")) for p in listed}
    declared = project["license"]
    assert canonicalize_license_expression(declared) == declared
    assert set(declared.split(" AND ")) == carried == {"MIT", "OFL-1.1", "GPL-3.0-only WITH Font-exception-2.0"}


def test_every_shipped_font_has_its_licence_text_listed() -> None:
    """Each font's licence file, as the fonts' README names it in its table, is among the package's licence files."""
    fonts = CHECKOUT / "resources" / "fonts"
    rows = {
        m.group(1): re.findall(r"`([\w.-]+\.txt)`", m.group(0))
        for m in re.finditer(r"^\| ([\w-]+\.ttf) \|.*$", (fonts / "README.md").read_text(encoding="utf-8"), re.M)
    }
    listed = {p for pattern in _project()["license-files"] for p in CHECKOUT.glob(pattern)}
    shipped = sorted(p.name for p in fonts.glob("*.tt[fc]"))
    assert shipped and sorted(rows) == shipped, "every shipped font has its row in resources/fonts/README.md"
    for font, texts in rows.items():
        assert texts and all(fonts / t in listed for t in texts), f"{font}: licence {texts} not in license-files"


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
