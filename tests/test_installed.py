"""What users install is what is tested.

The wheel that ``pip install .`` builds once lacked two subpackages while every test passed, because the tests
imported the source folder. These tests hold the installed package against the source tree, and run the installed
``disclosure-gui`` entry point from a folder outside the checkout, as a user does after installing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import disclosure_gui
from tests.conftest import CHECKOUT

INSTALLED = Path(disclosure_gui.__file__).resolve().parent
TESTING_SOURCE = os.environ.get("DISCLOSURE_GUI_TEST_SOURCE") == "1"
pytestmark = pytest.mark.skipif(
    TESTING_SOURCE, reason="DISCLOSURE_GUI_TEST_SOURCE=1: this run tests the source folder, not an installed package"
)


def _files(folder: Path, pattern: str) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob(pattern)
        if p.is_file() and "__pycache__" not in p.parts and not p.name.endswith((".pyc", ".pyo"))
    }


def test_the_suite_imports_the_installed_package_not_the_source_folder() -> None:
    assert INSTALLED != CHECKOUT / "disclosure_gui", (
        f"disclosure_gui was imported from the checkout ({INSTALLED}); install it first (pip install .) and run pytest"
    )


def test_a_subprocess_started_in_the_checkout_imports_the_installed_package_too() -> None:
    code = "import disclosure_gui, pathlib; print(pathlib.Path(disclosure_gui.__file__).resolve().parent)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=CHECKOUT, capture_output=True, text=True, timeout=60, check=True
    )
    assert Path(result.stdout.strip()) == INSTALLED


@pytest.mark.parametrize(
    ("source", "installed", "pattern"),
    [
        ("disclosure_gui", ".", "*.py"),
        ("resources", "resources_data", "*"),
        ("docs", "docs_data", "*"),
    ],
    ids=["modules", "resources", "docs"],
)
def test_every_module_and_data_file_of_the_source_tree_is_installed(source: str, installed: str, pattern: str) -> None:
    expected = _files(CHECKOUT / source, pattern)
    assert expected, f"nothing found in {CHECKOUT / source}"
    missing = expected - _files(INSTALLED / installed, pattern)
    assert not missing, f"missing from the installed package: {sorted(missing)}"


def _entry_point() -> str:
    beside = Path(sys.executable).with_name("disclosure-gui.exe" if os.name == "nt" else "disclosure-gui")
    found = str(beside) if beside.exists() else shutil.which("disclosure-gui")
    assert found, "the disclosure-gui command is not installed"
    return found


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [_entry_point(), *args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=180
    )


def test_the_installed_command_works_from_another_folder(tmp_path: Path) -> None:
    """check, export to all four outputs, import-published of the sample text and the smoke test: exit 0, files."""
    from disclosure_gui.resources import sample_path

    sample = sample_path()
    outputs = {
        "--pdf": tmp_path / "报告.pdf",
        "--docx": tmp_path / "报告.docx",
        "--html": tmp_path / "报告.html",
        "--checklist": tmp_path / "自查清单.pdf",
    }
    steps: list[tuple[list[str], list[Path]]] = [
        (["check", str(sample)], []),
        (["export", str(sample), *[a for flag, out in outputs.items() for a in (flag, str(out))]], [*outputs.values()]),
        (
            ["import-published", str(sample.with_suffix(".txt")), "-o", str(tmp_path / "导入.json")],
            [tmp_path / "导入.json"],
        ),
        (["smoke-test", "--data-dir", str(tmp_path / "data")], []),
    ]
    for args, files in steps:
        result = _run(args, cwd=tmp_path)
        assert result.returncode == 0, f"{args[0]}: {result.stdout}{result.stderr}"
        assert "Traceback" not in result.stderr
        for f in files:
            assert f.is_file() and f.stat().st_size > 0, f"{args[0]} left no {f.name}"
