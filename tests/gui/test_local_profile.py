"""A unit's app under the district's local profile: a 1月26日 deadline and a 1000-character cap on 总体情况 change
the countdown, the checks and the 自查清单; the profile is remembered; without it everything is national."""

import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from disclosure_gui.core.format import local_profile as profiles
from disclosure_gui.gui.district.profile_dialog import ProfileDialog
from disclosure_gui.gui.local_profile import ProfileController
from disclosure_gui.gui.report.tabs.basic import BasicTab

PROFILE = {
    "format": "gov-disclosure-local-profile",
    "version": 1,
    "name": "某市政务公开办",
    "deadlines": {"department": {"publish": "01-26"}},
    "length_caps": {"overview": 1000},
    "signatures": ["经办人", "审核人", "分管领导"],
    "seal": True,
}


@pytest.fixture
def profile_file(tmp_path):
    folder = tmp_path / "汇总文件夹"
    folder.mkdir()
    path = folder / profiles.FILENAME
    path.write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    return path


def _problems(window):
    tree = window.problems.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out += [top.text(0)] + [top.child(j).text(0) for j in range(top.childCount())]
    return "\n".join(out)


def _checklist(window, tmp_path, monkeypatch, name):
    out = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    window.commands.export_checklist.trigger()
    return "".join(p.extract_text() for p in PdfReader(out).pages).replace(" ", "").replace("\n", "")


def test_profile_changes_countdown_checks_and_checklist(window, profile_file, tmp_path, monkeypatch):
    basic = window.report_tabs[0]
    assert isinstance(basic, BasicTab)
    assert "全国统一要求" in basic.profile_label.text()
    year = window.document.report.meta.year
    window.document.report.meta.agency = "某某区科技局"  # a unit's own report: the example has no deadline
    window._update_deadline()
    assert f"{year + 1}年1月31日" in window.deadline_label.toolTip()  # a department, not yet published
    assert not any(f.rule.startswith("P") for f in window.document.findings)
    national = _checklist(window, tmp_path, monkeypatch, "national.pdf")
    assert "1000字" not in national and "分管领导" not in national

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(profile_file), ""))
    basic.profile_button.click()

    assert "某市政务公开办" in basic.profile_label.text()
    assert f"{year + 1}年1月26日，某市政务公开办要求" in window.deadline_label.toolTip()
    cap = [f for f in window.document.findings if f.rule == "P2"]
    assert len(cap) == 1 and "超过某市政务公开办要求的 1000 字" in cap[0].message  # the sample's 总体情况: 1044 字
    assert "超过某市政务公开办要求的 1000 字" in _problems(window)
    local = _checklist(window, tmp_path, monkeypatch, "local.pdf")
    assert "不超过1000字" in local and "分管领导" in local and "1月26日前" in local

    # Remembered by the next start; and back to national rules on request.
    again = ProfileController(window.settings)
    assert again.profile is not None and again.profile.name == "某市政务公开办"
    basic.profile_clear.click()
    assert f"{year + 1}年1月31日" in window.deadline_label.toolTip()
    assert not any(f.rule.startswith("P") for f in window.document.findings)
    assert ProfileController(window.settings).profile is None


def test_a_bad_profile_file_is_refused_with_a_message(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**PROFILE, "deadlines": {"department": {"publish": "02-15"}}}), encoding="utf-8")
    shown = []
    monkeypatch.setattr("disclosure_gui.gui.local_profile.warn", lambda _p, message: shown.append(message))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(bad), ""))
    window.report_tabs[0].profile_button.click()
    assert shown and "晚于条例规定的 1月31日" in shown[0]
    assert window.profiles.profile is None


def test_the_district_office_writes_the_profile(qtbot, tmp_path):
    dialog = ProfileDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("某县政务公开办")
    box, edit = dialog.deadlines["government", "submit"]
    box.setChecked(True)
    edit.setDate(edit.date().__class__(2026, 2, 20))
    dialog.cap.setValue(1000)
    dialog.figures.setText("政策解读、回应关切")
    dialog.signatures.setText("经办人，审核人")
    dialog.impossible["tables.t2.regulations"].setChecked(True)
    dialog.save(tmp_path / profiles.FILENAME)
    assert dialog.result() == QDialog.DialogCode.Accepted
    written = profiles.load(tmp_path / profiles.FILENAME)
    assert written.deadlines == {"government": {"submit": (2, 20)}}
    assert written.length_caps == {"overview": 1000}
    assert [r.label for r in written.overview_must_contain] == ["政策解读", "回应关切"]
    assert written.signatures == ["经办人", "审核人"]
    assert written.impossible == {"government": ["tables.t2.regulations"]}
    # Shown again as written.
    again = ProfileDialog(profile=written)
    qtbot.addWidget(again)
    assert again.profile() == written


def test_controller_ignores_a_stored_profile_it_cannot_read(tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("profile/json", "{broken")
    assert ProfileController(settings).profile is None
    assert settings.value("profile/json") is None


def test_a_profile_handed_out_in_the_data_folder_applies_from_the_start(qtbot, tmp_path):
    from disclosure_gui.core.format import exchange
    from disclosure_gui.gui.app import make_application
    from disclosure_gui.gui.main_window import MainWindow
    from disclosure_gui.store import Store
    from tests.conftest import SAMPLE_JSON

    make_application()
    data = tmp_path / "data"
    data.mkdir()
    (data / profiles.FILENAME).write_text(json.dumps(PROFILE, ensure_ascii=False), encoding="utf-8")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with Store(data) as store:
        draft = store.create(exchange.load(SAMPLE_JSON))
        win = MainWindow(store, settings)  # closed below while the store is open (closing saves)
        win.open_draft(draft.id)
        assert "某市政务公开办" in win.statusBar().currentMessage()
        assert any(f.rule == "P2" for f in win.document.findings)
        win.report_tabs[0].profile_clear.click()  # the officer's choice wins over the handed-out file…
        again = MainWindow(store, settings)
        assert again.profiles.profile is None  # …on the next start too
        for w in (win, again):
            w.autosave.stop()
            w.close()
            w.deleteLater()


def test_the_workspace_edits_the_profile_already_in_the_units_folder(qtbot, profile_file, monkeypatch):
    from disclosure_gui.gui.district.profile_dialog import edit_profile

    def officer(dialog):
        assert dialog.name.text() == "某市政务公开办" and dialog.cap.value() == 1000  # the file handed out
        dialog.cap.setValue(800)
        dialog.save(dialog.folder / profiles.FILENAME)
        return dialog.result()

    monkeypatch.setattr(ProfileDialog, "exec", officer)
    assert edit_profile(None, profile_file.parent) == profile_file
    assert profiles.load(profile_file).length_caps == {"overview": 800}
