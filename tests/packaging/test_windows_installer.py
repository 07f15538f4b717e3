"""The Windows installer's inputs, checked without Wine or Windows (the build itself is
packaging/windows/build-on-linux.sh, the proof under Wine test-under-wine.sh)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import CHECKOUT

WINDOWS = CHECKOUT / "packaging" / "windows"
ISS = WINDOWS / "disclosure-gui.iss"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, WINDOWS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fake_distribution(site: Path, name: str, version: str, requires: list[str]) -> None:
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir(parents=True)
    lines = [f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"] + [f"Requires-Dist: {r}\n" for r in requires]
    (info / "METADATA").write_text("".join(lines), encoding="utf-8")


def test_requirements_are_checked_with_markers_evaluated_where_the_check_runs(tmp_path, monkeypatch) -> None:
    """The Linux pip leaves out Windows-only requirements; run under Wine, the check names each one missing."""
    check = load("check_requirements")
    site = tmp_path / "site"
    here = "win32" if sys.platform == "win32" else "linux"
    elsewhere = "linux" if here == "win32" else "win32"
    fake_distribution(
        site,
        "fake-app",
        "1.0",
        [
            f'needed-here>=2; sys_platform == "{here}"',
            f'needed-elsewhere; sys_platform == "{elsewhere}"',
            'only-for-tests; extra == "test"',
            "fake-lib!=1.5",
        ],
    )
    fake_distribution(site, "needed-here", "1.0", [])
    fake_distribution(site, "fake-lib", "1.5", ["fake-deep"])
    monkeypatch.syspath_prepend(str(site))
    assert sorted(check.missing_requirements(["fake-app"])) == [
        "fake-app needs fake-lib!=1.5, found 1.5",
        f'fake-app needs needed-here>=2; sys_platform == "{here}", found 1.0',
        "fake-lib needs fake-deep",
    ]
    assert check.missing_requirements(["not-a-distribution-here"]) == ["not-a-distribution-here is not installed"]


def run_check_iss(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(WINDOWS / "check_iss.py"), *args], capture_output=True, text=True, timeout=60
    )


def test_every_file_the_installer_script_names_exists() -> None:
    result = run_check_iss()
    assert result.returncode == 0, result.stderr


def test_the_bundle_check_names_what_a_bundle_lacks(tmp_path) -> None:
    empty = run_check_iss("--bundle", "--bundle-dir", str(tmp_path))
    assert empty.returncode == 1
    assert "disclosure-gui-window.exe" in empty.stderr and "docs/checks.md" in empty.stderr
    for name in ("disclosure-gui.exe", "disclosure-gui-window.exe", "_internal/docs/checks.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"MZ")
    (tmp_path / "_internal" / "resources" / "samples").mkdir(parents=True)
    assert run_check_iss("--bundle", "--bundle-dir", str(tmp_path)).returncode == 0


def test_the_installer_speaks_chinese_from_its_own_messages_file() -> None:
    iss = ISS.read_text(encoding="utf-8")
    files = re.findall(r'^Name:.*MessagesFile:\s*"([^"]+)"', iss, flags=re.MULTILINE)
    assert files == ["ChineseSimplified.isl"], "the messages must come from the repository, not the compiler's folder"
    raw = (WINDOWS / files[0]).read_bytes()
    # ISCC reads an .isl without a byte-order mark as ANSI: the Chinese would be garbled.
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert "LanguageID=$0804" in text and "LanguageName=简体中文" in text
    assert "ConfirmUninstall=" in text and "WelcomeLabel1=" in text


@pytest.mark.parametrize(
    ("setting", "why"),
    [
        ("PrivilegesRequired=lowest", "no administrator rights"),
        (r"DefaultDirName={localappdata}\Programs\{#AppName}", "per user; Wine 8 cannot resolve {autopf}"),
        ("LZMAUseSeparateProcess=yes", "the 32-bit compiler runs out of memory under Wine otherwise"),
        ("MinVersion=10.0.17763", "Qt 6 needs Windows 10 1809"),
    ],
)
def test_the_installer_script_keeps(setting: str, why: str) -> None:
    assert re.search(rf"^{re.escape(setting)}$", ISS.read_text(encoding="utf-8"), flags=re.MULTILINE), why


def test_uninstalling_never_touches_the_users_data() -> None:
    """Drafts live in %APPDATA%\\disclosure-gui: the uninstaller removes only what is under the program folder."""
    iss = ISS.read_text(encoding="utf-8")
    section = iss.split("[UninstallDelete]", 1)[1].split("\n[", 1)[0] if "[UninstallDelete]" in iss else ""
    targets = re.findall(r'Name:\s*"([^"]+)"', section)
    assert all(t.startswith("{app}\\") for t in targets), targets
    assert "{userappdata}" not in iss and "{localappdata}\\disclosure-gui" not in iss


def test_the_bundle_spec_collects_the_app_without_naming_its_modules() -> None:
    """Modules move between folders; the spec must find them wherever they are."""
    spec = (CHECKOUT / "packaging" / "disclosure-gui.spec").read_text(encoding="utf-8")
    assert 'collect_submodules("disclosure_gui")' in spec
    assert not re.findall(r"[\"']disclosure_gui\.\w+", spec), "a module path is written into the spec"


def test_the_version_resource_carries_the_package_version(tmp_path) -> None:
    from disclosure_gui import __version__

    out = tmp_path / "version.txt"
    subprocess.run(
        [sys.executable, str(WINDOWS / "make_version_file.py"), str(out)], check=True, timeout=60, capture_output=True
    )
    text = out.read_text(encoding="utf-8")
    numbers = tuple(int(p) for p in __version__.split("."))
    assert f"filevers={(numbers + (0,) * (4 - len(numbers)))[:4]}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text


def test_the_bundle_keeps_python_docx_modules_as_files() -> None:
    """python-docx opens docx/parts/../templates/…: on Linux that needs a real docx/parts folder in the bundle
    (the installed .deb's Word export failed without it, while Windows resolved the path by name)."""
    spec = (CHECKOUT / "packaging" / "disclosure-gui.spec").read_text(encoding="utf-8")
    assert re.search(r"module_collection_mode=\{[^}]*\"docx\": \"pyz\+py\"", spec)
