"""How officers answer the dialogs a journey's steps open: the new-report and import dialogs filled in at random, the
year update ticked at random, a row chosen in the report lists, printing to a file; any other dialog gets a random
button (:func:`.modals.answer_randomly`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog, QWidget

from disclosure_gui.core.format.calendar import reporting_year

from .journey import Journey
from .modals import answer_randomly


def _ok_or_cancel(j: Journey, dialog: QDialog, p_ok: float = 0.85) -> str:
    if j.rng.random() < p_ok:
        dialog.accept() if not hasattr(dialog, "_accept") else dialog._accept()  # type: ignore[attr-defined]
        return "OK"
    dialog.reject()
    return "Cancel"


def new_year_dialog(j: Journey, dialog: QWidget) -> str:
    assert isinstance(dialog, QDialog)
    d = dialog
    d.year.setValue(reporting_year(date.today()) + j.rng.choice((-2, -1, 0, 0, 1)))  # type: ignore[attr-defined]
    starts = [b for b in (d.from_draft, d.from_published, d.blank) if b.isEnabled()]  # type: ignore[attr-defined]
    start = j.rng.choice(starts)
    start.setChecked(True)
    if d.drafts.count():  # type: ignore[attr-defined]
        d.drafts.setCurrentIndex(j.rng.randrange(d.drafts.count()))  # type: ignore[attr-defined]
    d.agency.setText(j.rng.choice(("", "某某区科技局", "山亭区科技局", "新单位")))  # type: ignore[attr-defined]
    return f"{d.year.value()} {start.text()[:8]} " + _ok_or_cancel(j, d)  # type: ignore[attr-defined]


def new_report_dialog(j: Journey, dialog: QWidget) -> str:
    assert isinstance(dialog, QDialog)
    dialog.agency.setText(j.rng.choice(("", "某某区科技局", "山亭区科技局", "新单位")))  # type: ignore[attr-defined]
    dialog.year.setValue(reporting_year(date.today()) + j.rng.choice((-1, 0, 1)))  # type: ignore[attr-defined]
    return f"{dialog.agency.text()!r} " + _ok_or_cancel(j, dialog)  # type: ignore[attr-defined]


def import_published_dialog(j: Journey, dialog: QWidget) -> str:
    assert isinstance(dialog, QDialog)
    done = []
    if j.rng.random() < 0.85:
        dialog.choose_file()  # type: ignore[attr-defined]
        done.append("选择文件")
    else:
        dialog.paste_clipboard()  # type: ignore[attr-defined]
        done.append("粘贴")
    if dialog.isVisible():
        choices = [b for b in (dialog.next_year, dialog.as_draft) if b.isEnabled() and b.isVisible()]  # type: ignore[attr-defined]
        if choices and j.rng.random() < 0.85:
            button = j.rng.choice(choices)
            done.append(button.text())
            button.click()
        else:
            dialog.reject()
            done.append("取消")
    return ", ".join(done)


def year_update_dialog(j: Journey, dialog: QWidget) -> str:
    assert isinstance(dialog, QDialog)
    model = dialog.model  # type: ignore[attr-defined]
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable and j.rng.random() < 0.2:
            state = model.data(index, Qt.ItemDataRole.CheckStateRole)
            flipped = Qt.CheckState.Unchecked if state == Qt.CheckState.Checked else Qt.CheckState.Checked
            model.setData(index, flipped.value, Qt.ItemDataRole.CheckStateRole)
    return f"{len(model.chosen())} ticked, " + _ok_or_cancel(j, dialog, 0.8)


def list_dialog(j: Journey, dialog: QWidget) -> str:
    table = dialog.table  # type: ignore[attr-defined]
    if table.rowCount():
        table.selectRow(j.rng.randrange(table.rowCount()))
    return answer_randomly(dialog, j.rng)


def print_dialog(j: Journey, dialog: QWidget) -> str:
    assert isinstance(dialog, QPrintDialog)
    if j.rng.random() < 0.5:
        dialog.reject()
        return "cancel"
    dialog.printer().setOutputFileName(str(j.out / "printed.pdf"))
    dialog.accept()
    return "print to a file"


FILLERS = {
    "NewYearDialog": new_year_dialog,
    "NewReportDialog": new_report_dialog,
    "ImportPublishedDialog": import_published_dialog,
    "YearUpdateDialog": year_update_dialog,
    "ReportsDialog": list_dialog,
    "HistoryDialog": list_dialog,
    "TrashDialog": list_dialog,
    "QPrintDialog": print_dialog,
}


def fill(j: Journey) -> None:
    """Answer the journey's dialogs as officers do."""
    j.fillers.update(FILLERS)
