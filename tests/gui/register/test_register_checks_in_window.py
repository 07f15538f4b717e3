"""The register as the report's checks see it, walked through the window: an answered request without a recorded
result is 缺办理结果 (not 已超期) and is a problem in the 问题 panel that leads to its row; 「均在法定期限内答复」 is
checked against the requests answered late; the export carries 答复期限 and 办理状态 and leaves names out unless
chosen."""

from __future__ import annotations

import csv
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from disclosure_gui.core.checks.registry import run_all
from disclosure_gui.core.register.model import Application
from disclosure_gui.gui.dialogs.files import FileChooser, use_chooser
from disclosure_gui.gui.register.model import COLUMNS, INCOMPLETE_BG, SetApplicationsCommand
from tests.gui.journeys.modals import Modals, click

YEAR = 2023  # the sample report's year
ANSWERED_NO_RESULT = Application("2023-001", date(YEAR, 3, 1), 0, answered=date(YEAR, 3, 10), applicant_name="张三")
LATE = Application("2023-002", date(YEAR, 3, 1), 0, result="granted", answered=date(YEAR, 6, 30), contact="13812341234")


def _set(window, apps):
    tab = window.register_tab
    window.stack.push(SetApplicationsCommand(tab.doc, apps, "台账"))
    return tab


def _lines(window):
    tree = window.problems.tree
    return [
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]


def test_an_answer_without_a_result_is_a_gap_in_the_register_shown_as_such(window):
    tab = _set(window, [ANSWERED_NO_RESULT])
    index = tab.model.index(0, COLUMNS.index("state"))
    assert index.data() == "缺办理结果" and "超期" not in index.data()
    assert index.data(Qt.ItemDataRole.BackgroundRole) == INCOMPLETE_BG
    assert "没有办理结果" in index.data(Qt.ItemDataRole.ToolTipRole)
    # In the problems panel, through run_all, and a click leads to the row.
    t2 = next(item for item in _lines(window) if "2023-001" in item.text(0))
    assert "T2" in t2.toolTip(0) and not t2.text(0).startswith("T2")
    window.problems.tree.itemClicked.emit(t2, 0)
    assert window.tabs.currentWidget() is tab and tab.filter_edit.text() == "2023-001"
    assert tab.proxy.rowCount() == 1
    document = window.document
    fresh = run_all(document.report, document.previous, document.profile, document.register())
    assert [f.rule for f in fresh] == [f.rule for f in document.findings]


def test_in_time_is_checked_against_the_requests_answered_late(window):
    document = window.document
    assert "均在法定期限内答复" in document.report.text("overview.on_request")  # the sample says so
    _set(window, [LATE])
    t3 = [f for f in document.findings if f.rule == "T3"]
    assert len(t3) == 1 and "2023-002" in t3[0].message and t3[0].text_span[0] == "overview.on_request"
    window.stack.undo()  # no late request any more: no finding
    assert not any(f.rule == "T3" for f in document.findings)


def test_the_export_has_deadline_and_state_and_no_personal_data_unless_chosen(window, tmp_path, qapp):
    tab = _set(window, [ANSWERED_NO_RESULT, LATE])
    answers = iter(["不含个人信息", "遮盖"])
    modals = Modals().on(QMessageBox, lambda box: click(box, next(answers))).start()
    try:
        for name in ("plain.csv", "masked.csv"):
            previous = use_chooser(_Chooser(tmp_path / name))
            try:
                tab.export_dialog()
            finally:
                use_chooser(previous)
    finally:
        modals.stop()
    plain = list(csv.reader((tmp_path / "plain.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert "答复期限" in plain[0] and "办理状态" in plain[0]
    assert "申请人姓名" not in plain[0] and "张三" not in str(plain)
    state = plain[0].index("办理状态")
    assert [r[state] for r in plain[1:]] == ["缺办理结果", "逾期答复"]
    masked = list(csv.reader((tmp_path / "masked.csv").read_text(encoding="utf-8-sig").splitlines()))
    text = str(masked)
    assert "张*" in text and "138****1234" in text and "张三" not in text and "13812341234" not in text


class _Chooser(FileChooser):
    def __init__(self, path):
        self.path = path

    def save(self, parent, kind, title, start, filters):
        return str(self.path)
