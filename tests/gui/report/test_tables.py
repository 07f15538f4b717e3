"""Tables that never lie: every edit path keeps totals and marks true, and no keystroke is silently lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from disclosure_gui.gui.report.table_model import ERROR_BG
from tests.gui.test_window import table, type_into


def shown(tab, path: str) -> str:
    return tab.model.data(tab.model.index_of(path))


def background(tab, path: str):
    brush = tab.model.data(tab.model.index_of(path), Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_delete_clears_the_totals_it_fed_and_undo_redo_bring_them_back(window, qtbot):
    tab = table(window, "t3")
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    tab.view.paste("4\t1")
    assert shown(tab, "tables.t3.granted[6]") == "5"
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    # The row and the column it fed no longer show the old sums.
    assert shown(tab, "tables.t3.granted[0]") == ""
    assert shown(tab, "tables.t3.granted[6]") == ""
    assert shown(tab, "tables.t3.total_handled[0]") == ""
    window.stack.undo()
    assert shown(tab, "tables.t3.granted[6]") == "5" and shown(tab, "tables.t3.total_handled[0]") == "4"
    window.stack.redo()
    assert shown(tab, "tables.t3.granted[6]") == ""
    window.stack.undo()
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    tab.view.paste("0")
    assert shown(tab, "tables.t3.granted[6]") == "1"


def test_down_from_the_last_row_of_a_block_skips_the_header_rows(window, qtbot):
    tab = table(window, "t2")
    view = tab.view
    view.setCurrentIndex(tab.model.index_of("tables.t2.administrative_enforcement"))
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert tab.model.path_at(view.currentIndex()) == "tables.t2.administrative_fees_10k_yuan"
    QTest.keyClicks(view, "7")
    QTest.keyClick(view.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert window.current_report().t2["administrative_fees_10k_yuan"] == 7
    view.setCurrentIndex(tab.model.index_of("tables.t2.administrative_fees_10k_yuan"))
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert tab.model.path_at(view.currentIndex()) == "tables.t2.administrative_enforcement"
    QTest.keyClick(view, Qt.Key.Key_Left)  # the label column takes no input either: stay on the value
    assert tab.model.path_at(view.currentIndex()) == "tables.t2.administrative_enforcement"


def test_typing_on_a_header_or_a_total_says_why_instead_of_losing_the_keys(window, qtbot):
    tab = table(window, "t3")
    messages = []
    tab.view.message.connect(lambda text, is_error: messages.append(text))
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.view.setFocus()
    QTest.keyClicks(tab.view, "3")
    assert messages and "表头" in messages[-1]
    assert tab.view.bubble.isVisible() and "表头" in tab.view.bubble.text()
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[6]"))
    QTest.keyClicks(tab.view, "3")
    assert "自动计算" in messages[-1]


def test_the_mark_is_on_the_cell_just_changed(window, qtbot):
    tab = table(window, "t3")
    assert background(tab, "tables.t3.granted[0]") != ERROR_BG
    type_into(qtbot, tab, "tables.t3.granted[0]", "5")
    assert background(tab, "tables.t3.granted[0]") == ERROR_BG
    tip = tab.model.data(tab.model.index_of("tables.t3.granted[0]"), Qt.ItemDataRole.ToolTipRole)
    assert "R1" in tip
    window.stack.undo()
    assert background(tab, "tables.t3.granted[0]") != ERROR_BG


def test_a_bad_value_stays_visible_at_the_cell_with_the_reason(window, qtbot):
    tab = table(window, "t3")
    type_into(qtbot, tab, "tables.t3.granted[1]", "1.5")
    path = "tables.t3.granted[1]"
    assert window.current_report().t3["granted"][1] == 0
    assert shown(tab, path) == "1.5"
    assert background(tab, path) == ERROR_BG
    tip = tab.model.data(tab.model.index_of(path), Qt.ItemDataRole.ToolTipRole)
    assert "未接受" in tip and "整数" in tip and "表中仍为 0" in tip
    type_into(qtbot, tab, path, "2")
    assert shown(tab, path) == "2" and "未接受" not in tab.model.data(
        tab.model.index_of(path), Qt.ItemDataRole.ToolTipRole
    )


def test_table_three_keeps_its_header_rows_on_top_while_scrolling(window, qtbot):
    tab = table(window, "t3")
    view = tab.view
    qtbot.wait(20)
    bottom = tab.model.index_of("tables.t3.carried_to_next_year[0]")
    view.scrollTo(bottom)
    assert view.verticalScrollBar().value() > 0  # the table is taller than the window
    frozen = view.frozen
    assert frozen is not None and frozen.isVisible() and frozen.geometry().top() <= view.frameWidth()
    assert frozen.height() == view.header_height() > 0
    assert "申请人情况" in [frozen.model().data(frozen.model().index(r, c)) for r in range(2) for c in range(10)]
    # Going back up by keyboard never leaves the current cell hidden under the header.
    view.setCurrentIndex(bottom)
    view.setFocus()
    for _ in range(25):
        QTest.keyClick(view, Qt.Key.Key_Up)
        assert view.visualRect(view.currentIndex()).top() >= view.header_height() - 1
    assert tab.model.path_at(view.currentIndex()) == "tables.t3.new_received[0]"


def test_a_blank_cell_shows_empty_with_a_mark_and_asks_for_its_figure(window, qtbot):
    from disclosure_gui.gui.report.table_model import BLANK_MARK

    tab = table(window, "t3")
    tab.view.setCurrentIndex(tab.model.index_of("tables.t3.granted[0]"))
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)  # blank, as an import leaves a figure it could not read
    index = tab.model.index_of("tables.t3.granted[0]")
    assert shown(tab, "tables.t3.granted[0]") == ""
    assert tab.model.data(index, Qt.ItemDataRole.DecorationRole) == BLANK_MARK
    assert "请对照原文填写" in tab.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert background(tab, "tables.t3.granted[0]") == ERROR_BG  # R5 asks for it, in the problems panel too
    tab.view.paste("3")
    assert tab.model.data(index, Qt.ItemDataRole.DecorationRole) is None
