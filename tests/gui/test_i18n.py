"""User-visible strings go through Qt's translation functions."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

import disclosure_gui.gui
from disclosure_gui.gui.i18n import CONTEXT

GUI = Path(disclosure_gui.gui.__file__).parent


def _cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_chinese_literal_in_the_window_code_goes_through_tr():
    offenders = []
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        wrapped = {
            id(a)
            for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") in ("tr", "QT_TRANSLATE_NOOP")
            for a in n.args
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr) and any(
                isinstance(v, ast.Constant) and _cjk(v.value) for v in node.values
            ):
                offenders.append(f"{path.name}:{node.lineno} f-string")
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and _cjk(node.value)
                and id(node) not in wrapped
                and id(node) not in docstrings
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_no_string_is_translated_when_its_module_is_imported():
    """Module-level text is marked with QT_TRANSLATE_NOOP and translated where shown: a tr() run at import
    time would keep the language of the moment the module was first imported."""
    offenders = []
    for path in GUI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside = {
            id(n)
            for f in ast.walk(tree)
            if isinstance(f, (ast.FunctionDef, ast.Lambda, ast.AsyncFunctionDef))
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr" and id(node) not in inside:
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


_beside = Path(sys.executable).with_name("pyside6-lrelease")
LRELEASE = shutil.which("pyside6-lrelease") or (str(_beside) if _beside.exists() else None)


@pytest.mark.skipif(LRELEASE is None, reason="Qt's lrelease is not installed")
def test_an_installed_translation_changes_the_window(qtbot, qapp, tmp_path):
    ts = tmp_path / "en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"<context><name>{CONTEXT}</name>"
        "<message><source>保存</source><translation>Save</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    subprocess.run([str(LRELEASE), str(ts), "-qm", str(tmp_path / "en.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "en.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        from disclosure_gui.gui.main_window import MainWindow
        from disclosure_gui.store import Store

        with Store(tmp_path / "d") as store:
            window = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
            qtbot.addWidget(window)
            assert window.commands.save.text() == "Save"
            assert window.commands.open.text() == "打开…"  # untranslated strings stay Chinese
    finally:
        QCoreApplication.removeTranslator(translator)


def _marked_strings() -> set[str]:
    found = set()
    for path in GUI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("tr", "QT_TRANSLATE_NOOP"):
                text = node.args[-1]
                if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
                    found.add(text.value)
    return found


def test_the_translation_file_is_up_to_date_with_the_sources():
    """Run `python -m disclosure_gui.gui.translations` when this fails."""
    import xml.etree.ElementTree as ET

    from disclosure_gui.gui.translations import LANGUAGES, ts_path

    for language in LANGUAGES:
        root = ET.parse(ts_path(language)).getroot()
        assert [c.findtext("name") for c in root.findall("context")] == [CONTEXT]
        sources = {m.findtext("source") for m in root.iter("message")}
        missing = _marked_strings() - sources
        assert not missing, sorted(missing)[:5]


@pytest.mark.skipif(LRELEASE is None, reason="Qt's lrelease is not installed")
def test_a_compiled_translation_is_loaded_for_the_users_language(qapp, tmp_path):
    from PySide6.QtCore import QLocale

    from disclosure_gui.gui.report.problems_panel import GROUPS
    from disclosure_gui.gui.translations import install

    (tmp_path / "t.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"<context><name>{CONTEXT}</name>"
        "<message><source>数据校验</source><translation>Data checks</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / f"{CONTEXT}_en.qm"
    subprocess.run([str(LRELEASE), str(tmp_path / "t.ts"), "-qm", str(qm)], check=True, capture_output=True)
    assert install(qapp, QLocale(QLocale.Language.Chinese, QLocale.Country.China), tmp_path) is None
    translator = install(qapp, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), tmp_path)
    assert translator is not None
    try:
        from disclosure_gui.gui.i18n import tr

        assert tr(GROUPS[0][1]) == "Data checks"  # a module-level string, translated where it is shown
    finally:
        QCoreApplication.removeTranslator(translator)
