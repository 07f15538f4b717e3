"""The year update walked through the window on a real published report (平潭综合实验区财政金融局 2023): last year's
「2024年，我局将…」 in 改进情况 plans the year after the new 2024 report, so it becomes 2025 — it is not left saying
2024, and 「已核对」 does not accept it as it stands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from disclosure_gui.gui.dialogs.import_published import ImportPublishedDialog
from disclosure_gui.gui.dialogs.new_year import NewYearDialog
from disclosure_gui.gui.dialogs.year_update import YearUpdateDialog

from .journeys.modals import click

PUBLISHED_2023 = Path(__file__).parents[1] / "corpus" / "whole" / "pt-czj-2023" / "page.txt"
PLAN = "年，我局将坚持以习近平新时代中国特色社会主义思想为指导"


def _new_2024_report(win, modals, chooser, answer_update) -> None:
    modals.on(NewYearDialog, lambda d: (d.year.setValue(2024), d.from_published.setChecked(True), d._accept()))
    modals.on(ImportPublishedDialog, lambda d: (d.choose_file(), d.next_year.click()))
    modals.on(YearUpdateDialog, answer_update)
    chooser.answers.append(str(PUBLISHED_2023))
    win.commands.new.trigger()


def test_last_years_plans_become_next_years_in_one_step(empty_window, modals, chooser):
    win = empty_window
    offered: dict[str, str] = {}

    def update(d) -> None:
        m = d.model
        for r in range(m.rowCount()):
            offered[m.data(m.index(r, 3))] = m.data(m.index(r, 0))
        d.replace_button.click()

    _new_2024_report(win, modals, chooser, update)
    plan_row = next(k for k in offered if "我局将坚持" in k)
    assert offered[plan_row] == "改为“2025”"
    improvements = win.current_report().text("problems.improvements")
    assert improvements.startswith("2025" + PLAN)
    assert win.current_report().text("problems.problems").startswith("(一)存在问题。2024年，我局")
    assert not [m for m in win.document.review_marks if m.field == "problems.improvements"]


def test_a_plan_still_saying_the_reporting_year_cannot_be_confirmed(empty_window, modals, chooser):
    win = empty_window
    _new_2024_report(win, modals, chooser, lambda d: d.reject())  # 暂不替换
    doc = win.document
    mark = next(m for m in doc.review_marks if m.field == "problems.improvements" and m.text == "2024")
    asked: list[str] = []

    def refuse(box) -> None:
        asked.append(box.text())
        click(box, "改为“2025”")

    modals.handlers.insert(0, (QMessageBox, refuse))
    win.problems.select_mark(mark)
    win.problems.confirm_button.click()
    assert asked and "不能确认为已核对" in asked[0] and "2025" in asked[0]
    assert doc.report.text("problems.improvements").startswith("2025" + PLAN)
