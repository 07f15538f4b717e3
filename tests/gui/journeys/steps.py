"""What officers do, as steps a journey picks at random: typing, cells, paste, Delete, undo and redo, 查找, tabs,
the problems panel, the register, menus and shortcuts, new reports, 汇总, closing and starting again; and how they
answer the dialogs the window opens."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from disclosure_gui.gui.report.tabs.other import OtherTab
from disclosure_gui.gui.report.tabs.tables import TableTab

from .journey import Journey, Step
from .keys import focused, press, press_sequence, type_text
from .modals import visible_buttons

WORDS = (
    "政府信息",
    "公开",
    "2024年",
    "2025年",
    "申请",
    "12件",
    "。",
    "，",
    "我局",
    "〔2024〕",
    "《2024年工作要点》",
    "a",
    "7",
)
CELLS = ("1", "12", "0", "３", "2.5", "-1", "十二", "1e5", "12345678901", " 7 ", "abc", "", "0.123456", "1,234")


def _rng(j: Journey):
    return j.rng


def _report_tabs(j: Journey) -> list[QWidget]:
    return list(j.window.report_tabs)


def _show(j: Journey, tab: QWidget) -> None:
    j.window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()


# ---------------------------------------------------------------------------- typing


def switch_tab(j: Journey) -> str:
    tabs = j.window.tabs
    if j.rng.random() < 0.5:
        press(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        return f"Ctrl+Tab → {tabs.tabText(tabs.currentIndex())}"
    index = j.rng.randrange(tabs.count())
    tabs.setCurrentIndex(index)
    return f"tab {tabs.tabText(index)}"


def type_text_field(j: Journey) -> str | None:
    editors = [(tab, key, editor) for tab in _report_tabs(j) for key, editor in tab.editors().items()]
    if not editors:
        return None
    tab, key, editor = j.rng.choice(editors)
    _show(j, tab)
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(j.rng.randint(0, len(editor.toPlainText())))
    editor.setTextCursor(cursor)
    roll = j.rng.random()
    if roll < 0.15:
        press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        press(editor, Qt.Key.Key_Delete)
        return f"{key}: select all, Delete"
    if roll < 0.3:
        n = j.rng.randint(1, 6)
        for _ in range(n):
            press(editor, Qt.Key.Key_Backspace)
        return f"{key}: Backspace ×{n}"
    text = "".join(j.rng.choice(WORDS) for _ in range(j.rng.randint(1, 4)))
    type_text(editor, text)
    return f"{key}: type {text!r}"


def type_line(j: Journey) -> str | None:
    basic = j.window.report_tabs[0]
    inputs = getattr(basic, "inputs", {})
    if not inputs:
        return None
    name = j.rng.choice(sorted(inputs))
    edit = inputs[name]
    _show(j, basic)
    edit.setFocus()
    if j.rng.random() < 0.3:
        edit.selectAll()
        press(edit, Qt.Key.Key_Delete)
        done = "select all, Delete"
    else:
        text = j.rng.choice(("局", "0632-8811963", "http://www.example.gov.cn/", "办公室", "x"))
        type_text(edit, text)
        done = f"type {text!r}"
    if j.rng.random() < 0.5:
        press(edit, Qt.Key.Key_Tab)
    return f"基本信息 {name}: {done}"


def change_particulars(j: Journey) -> str:
    basic = j.window.report_tabs[0]
    _show(j, basic)
    roll = j.rng.random()
    if roll < 0.4:
        spin = basic.year  # type: ignore[attr-defined]
        spin.setFocus()
        key = j.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down))
        press(spin, key)
        return f"报告年度 {'up' if key == Qt.Key.Key_Up else 'down'} → {spin.value()}"
    if roll < 0.7:
        kind = basic.kind  # type: ignore[attr-defined]
        kind.setCurrentIndex(j.rng.randrange(kind.count()))
        return f"单位类型 {kind.currentText()}"
    box = basic.published  # type: ignore[attr-defined]
    box.click()
    return f"已发布 {box.isChecked()}"


def type_fee(j: Journey) -> str | None:
    other = next((t for t in _report_tabs(j) if isinstance(t, OtherTab)), None)
    if other is None:
        return None
    _show(j, other)
    path = j.rng.choice(sorted(other.fields))
    edit = other.fields[path]
    edit.setFocus()
    edit.selectAll()
    value = j.rng.choice(CELLS)
    type_text(edit, value)
    press(edit, j.rng.choice((Qt.Key.Key_Return, Qt.Key.Key_Tab)))
    return f"{path}: {value!r}"


# ---------------------------------------------------------------------------- tables


def _table(j: Journey) -> TableTab | None:
    tables = [t for t in _report_tabs(j) if isinstance(t, TableTab)]
    if not tables:
        return None
    tab = j.rng.choice(tables)
    _show(j, tab)
    return tab


def _click_cell(j: Journey, tab: TableTab) -> str:
    cells = tab.model.form.value_cells()
    cell = j.rng.choice(cells)
    index = tab.model.index(cell.row, cell.col)
    tab.view.scrollTo(index)
    QTest.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.visualRect(index).center())
    tab.view.setFocus()
    return cell.path


def type_cell(j: Journey) -> str | None:
    tab = _table(j)
    if tab is None:
        return None
    path = _click_cell(j, tab)
    value = j.rng.choice(CELLS)
    type_text(tab.view, value)
    end = j.rng.choice((Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Escape, None))
    if end is not None:
        press(tab.view, end)
    return f"{path}: type {value!r}, {end.name if end is not None else 'no key'}"


def _select_block(j: Journey, tab: TableTab) -> str:
    model = tab.model
    r1, r2 = sorted(j.rng.randrange(model.rowCount()) for _ in range(2))
    c1, c2 = sorted(j.rng.randrange(model.columnCount()) for _ in range(2))
    selection = QItemSelection(model.index(r1, c1), model.index(r2, c2))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.view.setCurrentIndex(model.index(r1, c1))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.view.setFocus()
    return f"rows {r1}-{r2} cols {c1}-{c2}"


def delete_cells(j: Journey) -> str | None:
    tab = _table(j)
    if tab is None:
        return None
    where = _select_block(j, tab)
    key = j.rng.choice((Qt.Key.Key_Delete, Qt.Key.Key_Backspace))
    press(tab.view, key)
    return f"{tab.key} {where}: {key.name}"


def _block(j: Journey) -> str:
    rows = j.rng.randint(1, 6)
    cols = j.rng.randint(1, 8)
    lines = ["\t".join(j.rng.choice(CELLS[:8]) for _ in range(cols)) for _ in range(rows)]
    end = j.rng.choice(("\n", "\r\n", ""))
    return end.join(lines) + end


def paste(j: Journey, *, editing: bool = False) -> str | None:
    """A block from Excel pasted at a cell; ``editing``: into a cell being typed into, as Excel takes it too."""
    tab = _table(j)
    if tab is None:
        return None
    path = _click_cell(j, tab)
    if editing:
        type_text(tab.view, j.rng.choice("123"))
    block = _block(j)
    QGuiApplication.clipboard().setText(block)
    press(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    if editing and j.rng.random() < 0.5:
        press(tab.view, Qt.Key.Key_Return)
    return f"{path}: {'editing, ' if editing else ''}Ctrl+V {block!r}"


def paste_while_editing(j: Journey) -> str | None:
    return paste(j, editing=True)


def copy_cells(j: Journey) -> str | None:
    tab = _table(j)
    if tab is None:
        return None
    where = _select_block(j, tab)
    press(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return f"{tab.key} {where}: Ctrl+C"


# ---------------------------------------------------------------------------- undo, find, problems


def undo(j: Journey) -> str:
    n = j.rng.randint(1, 5)
    for _ in range(n):
        press(j.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    return f"Ctrl+Z ×{n}"


def redo(j: Journey) -> str:
    n = j.rng.randint(1, 3)
    shift = j.rng.random() < 0.3
    for _ in range(n):
        if shift:
            press(j.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        else:
            press(j.window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    return f"{'Ctrl+Shift+Z' if shift else 'Ctrl+Y'} ×{n}"


def find(j: Journey) -> str:
    before = getattr(j.window, "find_dialog", None)
    target = focused(j.window)
    press(j.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = getattr(j.window, "find_dialog", None)
    if dialog is None or dialog is before or not shiboken6.isValid(dialog) or not dialog.isVisible():
        return f"Ctrl+F in {type(target).__name__} (no find dialog)"
    query = j.rng.choice(("公开", "2024", "a", "申请", "不存在的词"))
    dialog.query.setFocus()
    dialog.query.selectAll()
    type_text(dialog.query, query)
    done = [f"查找 {query!r}"]
    if dialog.results.count() and j.rng.random() < 0.6:
        item = dialog.results.item(j.rng.randrange(dialog.results.count()))
        dialog.results.itemClicked.emit(item)
        done.append("click a result")
    roll = j.rng.random()
    if roll < 0.4:
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        done.append("Esc")
    elif roll < 0.8:
        dialog.close()
        done.append("✕")
    else:
        done.append("left open")
    return ", ".join(done)


def next_problem(j: Journey) -> str:
    press(j.window, Qt.Key.Key_F8)
    return "F8"


def problems_panel(j: Journey) -> str | None:
    panel = j.window.problems
    if panel is None or not panel.isVisible():
        return None
    roll = j.rng.random()
    if roll < 0.25:
        panel.toggle.click()
        return f"问题 {'open' if panel.is_open() else 'closed'}"
    items = [
        panel.tree.topLevelItem(g).child(c)
        for g in range(panel.tree.topLevelItemCount())
        for c in range(panel.tree.topLevelItem(g).childCount())
    ]
    if not items:
        return "问题: nothing listed"
    item = j.rng.choice(items)
    done = f"click {item.text(0)[:24]!r}"
    panel.tree.setCurrentItem(item)
    panel.tree.itemClicked.emit(item, 0)
    for button in (panel.fix_button, panel.confirm_button):
        if button.isEnabled() and button.isVisible() and j.rng.random() < 0.5:
            button.click()
            done += f", {button.text()}"
    return done


def generate_preamble(j: Journey) -> str:
    basic = j.window.report_tabs[0]
    _show(j, basic)
    basic._generate_clicked()  # type: ignore[attr-defined]
    return "根据以上信息生成开头"


# ---------------------------------------------------------------------------- register


def register(j: Journey) -> str | None:
    tab = j.window.register_tab
    if tab is None:
        return None
    j.window.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    roll = j.rng.random()
    view = tab.view
    if roll < 0.25:
        view.setFocus()
        press(view, Qt.Key.Key_Insert)
        return "台账: Insert"
    if roll < 0.5 and tab.proxy.rowCount():
        row = j.rng.randrange(tab.proxy.rowCount())
        column = j.rng.randrange(tab.proxy.columnCount())
        index = tab.proxy.index(row, column)
        view.setCurrentIndex(index)
        view.setFocus()
        value = j.rng.choice(("2024-03-05", "自然人", "予以公开", "是", "x", "12", "2023/2/30", "张三", ""))
        type_text(view, value or " ")
        press(view, Qt.Key.Key_Return)
        return f"台账 row {row} col {column}: type {value!r}"
    if roll < 0.6 and tab.proxy.rowCount():
        view.selectRow(j.rng.randrange(tab.proxy.rowCount()))
        view.setFocus()
        press(view, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
        return "台账: Ctrl+Delete"
    if roll < 0.7:
        tab.filter_edit.setText(j.rng.choice(("", "2024", "公开", "张")))
        tab.state_combo.setCurrentIndex(j.rng.randrange(tab.state_combo.count()))
        return f"台账 filter {tab.filter_edit.text()!r} / {tab.state_combo.currentText()}"
    buttons = [b for b in visible_buttons(tab) if b.isEnabled()]
    if not buttons:
        return None
    button = j.rng.choice(buttons)
    button.click()
    return f"台账: {button.text()}"


# ---------------------------------------------------------------------------- the window


def action(j: Journey) -> str | None:
    actions = [a for a in j.window.commands.all() if a.isEnabled() and a is not j.window.commands.quit]
    if not actions:
        return None
    chosen = j.rng.choice(actions)
    if not chosen.shortcut().isEmpty() and j.rng.random() < 0.5:
        press_sequence(j.window, chosen.shortcut())
        return f"shortcut {chosen.shortcut().toString()} ({chosen.text()})"
    chosen.trigger()
    return f"menu {chosen.text()}"


def new_report(j: Journey) -> str:
    j.window.commands.new.trigger()
    return "新建…"


def start_page(j: Journey) -> str | None:
    page = j.window.start_page
    if not page.isVisible():
        return None
    buttons = [page.new_button, page.open_button, page.import_button, page.sample_button, page.open_recent]
    button = j.rng.choice([b for b in buttons if b.isEnabled()])
    button.click()
    return f"开始页 {button.text()}"


def aggregate(j: Journey) -> str:
    window = getattr(j.window, "aggregate_window", None)
    if window is None or not shiboken6.isValid(window) or not window.isVisible():
        j.window.commands.aggregate.trigger()
        return "汇总 opened"
    roll = j.rng.random()
    if roll < 0.15 and window.table.model().rowCount():
        index = window.table.model().index(j.rng.randrange(window.table.model().rowCount()), 0)
        window.table.setCurrentIndex(index)
        window.open_unit(index)
        return "汇总: open a unit"
    if roll < 0.25:
        window.pages.setCurrentIndex(j.rng.randrange(window.pages.count()))
        sim = window.similarity
        if window.pages.currentWidget() is sim and sim.proxy.rowCount():
            sim.view.selectRow(j.rng.randrange(sim.proxy.rowCount()))
        return f"汇总 page {window.pages.tabText(window.pages.currentIndex())}"
    if roll < 0.3:
        window.year.setValue(window.year.value() + j.rng.choice((-1, 1)))
        return f"汇总 year {window.year.value()}"
    buttons = [b for b in visible_buttons(window) if b.isEnabled() and b.text() != "关闭"]
    if j.rng.random() < 0.1:
        window.close()
        return "汇总 closed"
    button = j.rng.choice(buttons)
    button.click()
    return f"汇总: {button.text()}"


def close_windows(j: Journey) -> str | None:
    others = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and not w.isModal() and w is not j.window
    ]
    if not others:
        return None
    chosen = j.rng.choice(others)
    chosen.close()
    return f"close {type(chosen).__name__}"


def restart(j: Journey) -> str:
    typed = j.window.document is not None and j.rng.random() < 0.7
    done = (type_text_field(j) or "") if typed else ""
    return (done + "; " if done else "") + j.restart()


def undo_all(j: Journey) -> str:
    return j.undo_to_start()


def save_and_reopen(j: Journey) -> str:
    return j.save_and_reopen()


STEPS = [
    Step("tab", 5, switch_tab, needs_report=True),
    Step("type text", 10, type_text_field, needs_report=True),
    Step("type line", 4, type_line, needs_report=True),
    Step("particulars", 2, change_particulars, needs_report=True),
    Step("fee", 2, type_fee, needs_report=True),
    Step("type cell", 10, type_cell, needs_report=True),
    Step("delete cells", 4, delete_cells, needs_report=True),
    Step("paste", 6, paste, needs_report=True),
    Step("paste while editing", 4, paste_while_editing, needs_report=True),
    Step("copy", 1, copy_cells, needs_report=True),
    Step("undo", 6, undo, needs_report=True),
    Step("redo", 3, redo, needs_report=True),
    Step("undo all", 1, undo_all, needs_report=True),
    Step("find", 3, find, needs_report=True),
    Step("F8", 2, next_problem, needs_report=True),
    Step("problems panel", 3, problems_panel, needs_report=True),
    Step("preamble", 1, generate_preamble, needs_report=True),
    Step("register", 6, register, needs_report=True),
    Step("save and reopen", 1, save_and_reopen, needs_report=True),
    Step("action", 6, action),
    Step("new report", 1.5, new_report),
    Step("start page", 6, start_page, without_report=True),
    Step("aggregate", 2, aggregate),
    Step("close windows", 2, close_windows),
    Step("restart", 1, restart),
]
