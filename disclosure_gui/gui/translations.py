"""Translation files of the window: ``resources/translations/disclosure_gui_<lang>.ts``, made from the sources.

Run ``python -m disclosure_gui.gui.translations`` after changing user-visible strings. It runs Qt's
``lupdate`` over ``gui/`` and puts every message into the one context :data:`.i18n.CONTEXT` (lupdate files
our free ``tr()`` calls under an empty context; ``QT_TRANSLATE_NOOP`` ones under the context they name).
A translator fills the ``.ts`` with Qt Linguist; ``lrelease`` makes the ``.qm`` that :func:`install` loads.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..resources import resource_path
from .i18n import CONTEXT

LANGUAGES = ("en",)  # the source language is Simplified Chinese
GUI_DIR = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    return resource_path("translations", f"{CONTEXT}_{language}.ts")


def _tool(name: str) -> str:
    import shutil  # the tools for the sources: not loaded when the window starts

    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    found = shutil.which(f"pyside6-{name}") or (str(beside) if beside.exists() else None)
    if found is None:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6)")
    return found


def _merge_contexts(ts: Path) -> None:
    """One context for every message, keeping the translations already made."""
    import xml.etree.ElementTree as ET  # a tool for the sources, not needed when the window starts

    tree = ET.parse(ts)
    root = tree.getroot()
    merged: dict[str, ET.Element] = {}
    for context in list(root.findall("context")):
        for message in context.findall("message"):
            source = message.findtext("source", "")
            kept = merged.get(source)
            if kept is None or (kept.find("translation") is not None and not (kept.findtext("translation") or "")):
                merged[source] = message
        root.remove(context)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(merged):
        context.append(merged[source])
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def update(language: str) -> Path:
    import shutil
    import subprocess
    import tempfile

    target = ts_path(language)
    target.parent.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p) for p in GUI_DIR.rglob("*.py"))
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch) / target.name
        if target.exists():
            shutil.copy(target, work)
        subprocess.run(
            [
                _tool("lupdate"),
                *sources,
                "-locations",
                "none",
                "-no-obsolete",
                "-target-language",
                language,
                "-ts",
                str(work),
            ],
            check=True,
            capture_output=True,
        )
        _merge_contexts(work)
        shutil.copy(work, target)
    return target


def install(app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None) -> QTranslator | None:
    """Load the compiled translation (``.qm``) for the user's language, if one was made (Chinese needs none)."""
    locale = locale or QLocale.system()
    translator = QTranslator(app)
    folder = folder or resource_path("translations")
    if translator.load(locale, CONTEXT, "_", str(folder)) and not translator.isEmpty():
        app.installTranslator(translator)
        return translator
    return None


def main() -> int:
    for language in LANGUAGES:
        print(update(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
