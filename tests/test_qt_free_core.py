"""The core must never import Qt: the command line and the district office's batch runs need no display."""

import pkgutil
import subprocess
import sys

import disclosure_gui.core


def test_importing_every_core_module_loads_no_pyside6():
    modules = [m.name for m in pkgutil.walk_packages(disclosure_gui.core.__path__, "disclosure_gui.core.")]
    assert "disclosure_gui.core.checks.rules" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
