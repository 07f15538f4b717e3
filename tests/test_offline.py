"""The app never opens a network connection: offices are offline, and nothing may phone home."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import disclosure_gui

PACKAGE = Path(disclosure_gui.__file__).parent
NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "requests", "httpx", "ftplib", "smtplib", "xmlrpc", "asyncio"}
QT_NETWORK = {"PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_of_the_app_imports_a_network_library():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        bad = {n for n in _imports(path) if n.split(".")[0] in NETWORK_MODULES or n in QT_NETWORK}
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = bad
    assert offenders == {}


GUARD = r"""
import sys
attempts = []
def guard(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request"):
        attempts.append((event, repr(args)[:200]))
        raise OSError("network access attempted: " + event)
sys.addaudithook(guard)
from disclosure_gui.cli import main
code = main(sys.argv[1:])
if attempts:
    print("NETWORK", attempts, file=sys.stderr)
    sys.exit(3)
sys.exit(code)
"""


def test_a_whole_session_makes_no_network_call(tmp_path):
    """Window, typing, undo and PDF export (the smoke test), and the commands, under a hook that
    refuses any socket use."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    from tests.conftest import SAMPLE_JSON

    runs = [
        ["smoke-test", "--data-dir", str(tmp_path / "d")],
        ["check", str(SAMPLE_JSON)],
        ["export", str(SAMPLE_JSON), "--pdf", str(tmp_path / "x.pdf")],
        ["import", str(SAMPLE_JSON), "--data-dir", str(tmp_path / "d2")],
    ]
    for args in runs:
        result = subprocess.run(
            [sys.executable, "-c", GUARD, *args], capture_output=True, text=True, env=env, timeout=180
        )
        assert result.returncode == 0, (args, result.stderr[-2000:])
