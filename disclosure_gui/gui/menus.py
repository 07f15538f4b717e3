"""Where each action lives: the menu bar (everything) and the toolbar (what an officer uses daily)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from .actions import WindowActions
from .i18n import tr


def _fill(menu: QMenu, items: list[QAction | QMenu | None]) -> None:
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


def build_menus(window: QMainWindow, a: WindowActions) -> QMenu:
    """Fill the menu bar; returns the 最近的报告 submenu (filled each time it opens)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("文件(&F)"))
    recent = QMenu(tr("最近的报告"), file_menu)
    import_menu = QMenu(tr("导入"), file_menu)
    _fill(import_menu, [a.import_exchange, a.import_published])
    export_menu = QMenu(tr("导出"), file_menu)
    _fill(export_menu, [a.export_pdf, a.export_docx, a.export_html, a.export_exchange, None, a.export_checklist])
    _fill(
        file_menu,
        [
            a.new,
            a.open,
            recent,
            a.close_report,
            None,
            a.save,
            a.duplicate,
            a.history,
            None,
            import_menu,
            export_menu,
            a.copy_web,
            a.copy_source,
            None,
            a.print_preview,
            a.print,
            None,
            a.quit,
        ],
    )
    _fill(bar.addMenu(tr("编辑(&E)")), [a.undo, a.redo, None, a.find])
    _fill(bar.addMenu(tr("校验(&C)")), [a.next_problem, a.previous])
    _fill(bar.addMenu(tr("汇总(&S)")), [a.aggregate])
    _fill(bar.addMenu(tr("设置(&T)")), [a.fonts, a.holidays])
    _fill(bar.addMenu(tr("帮助(&H)")), [a.checks_help, a.deadlines_help, a.district_help, None, a.about])
    return recent


def build_toolbar(window: QMainWindow, a: WindowActions) -> QToolBar:
    toolbar = window.addToolBar(tr("常用"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.setMovable(False)
    for action in (a.new, a.open, a.save, a.undo, a.redo, a.print_preview, a.export_pdf, a.next_problem):
        toolbar.addAction(action)
    return toolbar
