"""The package's shape, read from its source: no circle of imports anywhere (imports under ``if TYPE_CHECKING:``
and inside functions count too), and the core imports neither the window, the store nor the command line."""

from __future__ import annotations

import ast
from pathlib import Path

import disclosure_gui

PACKAGE = Path(disclosure_gui.__file__).resolve().parent
NAME = "disclosure_gui"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = [NAME, *path.relative_to(PACKAGE).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imported(module: str, path: Path) -> set[str]:
    """The package's modules that ``module`` imports, anywhere in its text."""
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            names = [f"{prefix}.{a.name}" if f"{prefix}.{a.name}" in MODULES else prefix for a in node.names]
        for name in names:
            while name not in MODULES and "." in name:
                name = name.rsplit(".", 1)[0]  # an attribute of a module: the module
            if name in MODULES and name != module:
                found.add(name)
    return found


def import_graph() -> dict[str, set[str]]:
    return {module: _imported(module, path) for module, path in MODULES.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), and modules that import themselves."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_is_read_from_every_module():
    graph = import_graph()
    assert len(graph) > 100
    assert "disclosure_gui.core.format.schema" in graph["disclosure_gui.core.checks.rules"]
    assert "disclosure_gui.gui.main_window" in graph["disclosure_gui.gui.app"]


def test_a_circle_is_found():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_circle_anywhere():
    assert cycles(import_graph()) == []


def test_the_core_imports_neither_the_window_nor_the_store_nor_the_command_line():
    forbidden = ("disclosure_gui.gui", "disclosure_gui.store", "disclosure_gui.cli")
    wrong = {
        module: sorted(d for d in deps if d.startswith(forbidden))
        for module, deps in import_graph().items()
        if module.startswith("disclosure_gui.core")
    }
    assert {m: d for m, d in wrong.items() if d} == {}
