"""Print preview and printing show the PDF's own pages; navigation reaches fields that are off-screen."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtPrintSupport import QPrinter

from disclosure_gui.gui.dialogs.print_preview import PREVIEW_DPI, render_pages
from disclosure_gui.gui.report.table_model import FLASH_BG


def wait(qtbot, job) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: not job.worker.is_alive(), timeout=60_000)
    qtbot.wait(50)  # the finished signal crosses threads through the event loop


def test_print_preview_shows_exactly_the_pdf_pages(window, qtbot, tmp_path):
    wait(qtbot, window.exporter.print_preview())
    preview = window.exporter.preview
    assert preview is not None and preview.isVisible()
    pdf = tmp_path / "same.pdf"
    wait(qtbot, window.exporter.export_pdf(target=pdf, ask_open=False))
    assert len(preview.pages) == len(PdfReader(pdf).pages) == 7
    assert preview.pages[2] == render_pages(pdf, PREVIEW_DPI, range(2, 3))[0]  # pixel for pixel
    assert preview.width() <= 1024 and preview.height() <= 768
    preview.close()


def test_printing_sends_every_page_or_the_chosen_range(window, qtbot, tmp_path):
    wait(qtbot, window.exporter.print_preview())
    source = window.exporter.preview.pdf_path
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    assert window.exporter.print_file(source, printer) == 7
    assert len(PdfReader(tmp_path / "paper.pdf").pages) == 7
    printer.setOutputFileName(str(tmp_path / "two.pdf"))
    printer.setFromTo(2, 3)
    assert window.exporter.print_file(source, printer) == 2
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2


def on_screen(widget, rect: QRect | None = None) -> bool:
    region = widget.visibleRegion()
    return not region.isEmpty() and (rect is None or region.intersects(rect))


def test_a_problem_far_down_a_long_tab_is_scrolled_into_view_and_flashed(window, qtbot):
    tab = window.tab("overview")
    last = list(tab.editors())[-1]
    editor = tab.editors()[last]
    editor.setPlainText("2023年，我局收到政府信息公开申请7件。" * 3)
    window.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    finding = next(f for f in window.document.findings if f.text_span and f.text_span[0] == last)
    window.problems.activated.emit(finding)
    assert window.tabs.currentWidget() is tab
    qtbot.wait(20)
    assert tab.scroller.verticalScrollBar().value() > 0
    assert on_screen(editor.viewport(), editor.cursorRect())
    assert editor.textCursor().hasSelection() and editor.flashing is not None


def test_f8_walks_the_problems_and_reaches_a_cell_at_the_bottom_of_table_three(window, qtbot):
    t3 = window.tab("t3")
    path = "tables.t3.carried_to_next_year[0]"
    t3.model.set_values({path: 3}, "test")
    window.tabs.setCurrentIndex(0)
    qtbot.wait(20)
    for _ in range(len(window.document.findings)):
        window.commands.next_problem.trigger()
        if window.tabs.currentWidget() is t3:
            break
    assert window.tabs.currentWidget() is t3
    current = t3.view.currentIndex()
    assert t3.model.path_at(current) in window.problems._selected().cells
    assert t3.view.viewport().rect().intersects(t3.view.visualRect(current))
    assert t3.model.data(current, Qt.ItemDataRole.BackgroundRole).color() == FLASH_BG


def test_copied_years_are_listed_until_each_is_confirmed(window, qtbot, data_dir):
    info = window.store.new_from_last_year(window.current_report())
    window.open_draft(info.id)
    panel = window.problems
    count = panel.review_count()
    assert count > 0
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == f"从上年报告照搬的年份、日期和数字，待核对（{count}）"
    first = group.child(0)
    mark = first.data(0, Qt.ItemDataRole.UserRole)
    panel.tree.setCurrentItem(first)
    panel.tree.itemClicked.emit(first, 0)
    editor = window.tabs.currentWidget().editors()[mark.field]
    assert editor.textCursor().selectedText() == mark.text
    assert panel.confirm_button.isEnabled()
    panel.confirm_button.click()
    assert panel.review_count() == count - 1
    assert len(window.store.review_marks(info.id)) == count - 1  # stays confirmed after a restart
    # Rewriting a copied year also takes it off the list.
    second = window.document.review_marks[0]
    text = window.document.text(second.field)
    editor = next(t.editors()[second.field] for t in window.report_tabs if second.field in t.editors())
    editor.setPlainText(text[: second.start] + "2024" + text[second.end :])
    assert second not in window.document.review_marks
    assert all(window.document.text(m.field)[m.start : m.end] == m.text for m in window.document.review_marks)


def test_the_window_and_its_dialogs_fit_a_1024_by_768_screen(window, qtbot):
    room = window.screen().availableGeometry()
    assert room.width() == 1024 and room.height() == 768
    assert window.frameGeometry().width() <= 1024 and window.frameGeometry().height() <= 768
    bar = window.tabs.tabBar()
    assert bar.sizeHint().width() <= window.tabs.width()  # every tab title whole, no scroll arrows
    window.show_aggregate()
    from disclosure_gui.gui.dialogs.import_published import ImportPublishedDialog
    from disclosure_gui.gui.screen import remember_size

    dialog = remember_size(ImportPublishedDialog(window.store, window), window.settings)
    for widget in (window.aggregate_window, dialog):
        assert widget.width() <= 1024 and widget.height() <= 768
    window.aggregate_window.close()


def test_dialogs_remember_their_size_and_file_dialogs_their_folder(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from disclosure_gui.gui.dialogs.reports import ReportsDialog
    from disclosure_gui.gui.screen import remember_size

    dialog = remember_size(ReportsDialog(window.store, window), window.settings)
    dialog.resize(600, 380)
    dialog.reject()
    again = remember_size(ReportsDialog(window.store, window), window.settings)
    assert (again.width(), again.height()) == (600, 380)

    asked = []
    words = tmp_path / "word"
    words.mkdir()

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return str(words / "r.docx") if "docx" in filters else ""  # the PDF dialog is cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (fake_save(*a), ""))
    window.exporter.export_docx()
    window.exporter.export_docx()
    window.exporter.export_pdf()
    assert (words / "r.docx").exists()
    assert asked[1].startswith(str(words)) and not asked[2].startswith(str(words))  # Word's folder, not PDF's
