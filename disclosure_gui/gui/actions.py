"""Every command of the window as a QAction, and which of them can work right now.

An action that cannot work (no report open, read-only store, nothing to undo) is disabled and its
tooltip says why: no button in the window silently does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QAction, QKeySequence

from .exporting import Exporter
from .i18n import tr
from .opening import Opener
from .shell import Shell

Shortcut = QKeySequence | QKeySequence.StandardKey | str


def _reason_no_report() -> str:
    return tr("请先新建或打开一份报告（文件 → 新建 / 打开）")


def _reason_readonly() -> str:
    return tr("只读打开：另一个窗口正在编辑这些报告，这里不能修改")


class WindowActions:
    """The window's actions; ``needs_report`` and ``needs_writable`` say when each can work."""

    def __init__(self, shell: Shell, exporter: Exporter, opener: Opener) -> None:
        self.shell = shell
        self.needs_report: list[QAction] = []
        self.needs_writable: list[QAction] = []
        self.tips: dict[QAction, str] = {}
        self.others: list[QAction] = []  # actions made elsewhere (the read-only bar's 另存为副本…)
        w, ex, op = shell, exporter, opener
        std = QKeySequence.StandardKey
        # 文件
        self.new = self._make(tr("新建…"), op.new_report, std.New, writable=True)
        self.open = self._make(tr("打开…"), op.show_reports, std.Open)
        self.close_report = self._make(tr("关闭报告"), w.close_report, std.Close, report=True)
        self.save = self._make(tr("保存"), lambda: w.save_now(explicit=True), std.Save, report=True, writable=True)
        self.duplicate = self._make(tr("复制为…"), op.duplicate_report, report=True, writable=True)
        self.history = self._make(tr("历史版本…"), op.show_history, report=True)
        self.import_exchange = self._make(tr("交换文件…"), op.import_exchange, writable=True)
        self.import_published = self._make(tr("已发布的报告（网页、Word、PDF）…"), op.import_published, writable=True)
        self.export_pdf = self._make(tr("PDF…"), lambda: ex.export_pdf(), "Ctrl+E", report=True)
        self.export_pdf.setIconText(tr("导出PDF"))  # the toolbar button, outside the 导出 menu
        self.export_docx = self._make(tr("Word…"), lambda: ex.export_docx(), report=True)
        self.export_html = self._make(tr("网页…"), lambda: ex.export_html(), report=True)
        self.export_exchange = self._make(tr("交换文件…"), lambda: ex.export_exchange(), report=True)
        self.export_checklist = self._make(tr("自查清单…"), ex.export_checklist, report=True)
        self.copy_web = self._make(tr("复制到网站编辑器"), lambda: ex.copy_for_website(), "Ctrl+Shift+C", report=True)
        self.copy_source = self._make(tr("复制HTML源码"), lambda: ex.copy_for_website(source=True), report=True)
        self.print_preview = self._make(tr("打印预览…"), ex.print_preview, "Ctrl+Shift+P", report=True)
        self.print = self._make(tr("打印…"), ex.print_report, std.Print, report=True)
        self.quit = self._make(tr("退出"), w.close, std.Quit)
        # 编辑
        self.undo = self._make(tr("撤销"), w.stack.undo, std.Undo, report=True, writable=True)
        self.redo = self._make(tr("重做"), w.stack.redo, None, report=True, writable=True)
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])  # Word/WPS and the rest
        self.find = self._make(tr("查找…"), w.show_find, std.Find, report=True)
        # 校验
        self.next_problem = self._make(tr("下一个问题"), w.next_problem, "F8", report=True)
        self.previous = self._make(tr("选择上年报告（交换文件）…"), op.choose_previous, report=True)
        # 汇总, 设置, 帮助
        self.aggregate = self._make(tr("汇总各单位报告…"), w.show_aggregate)
        self.fonts = self._make(tr("打印字体…"), w.show_font_settings)
        self.holidays = self._make(tr("节假日安排…"), w.show_holiday_settings)
        self.checks_help = self._make(tr("校验规则说明"), w.show_checks_help, std.HelpContents)
        self.deadlines_help = self._make(tr("期限是怎么算的"), lambda: w.show_help("deadlines.md"))
        self.district_help = self._make(tr("区县汇总说明"), lambda: w.show_help("district.md"))
        self.about = self._make(tr("关于"), w.about)
        w.stack.undoTextChanged.connect(lambda text: self._describe(self.undo, tr("撤销"), text))
        w.stack.redoTextChanged.connect(lambda text: self._describe(self.redo, tr("重做"), text))
        w.stack.canUndoChanged.connect(lambda _can: self.refresh())
        w.stack.canRedoChanged.connect(lambda _can: self.refresh())

    def _make(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: Shortcut | None = None,
        *,
        report: bool = False,
        writable: bool = False,
    ) -> QAction:
        action = QAction(text, self.shell.window())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        if report:
            self.needs_report.append(action)
        if writable:
            self.needs_writable.append(action)
        return action

    def adopt(self, action: QAction, *, report: bool = False) -> None:
        """An action made elsewhere is enabled, disabled and explained like the window's own."""
        self.others.append(action)
        if report:
            self.needs_report.append(action)
        self.refresh()

    def all(self) -> list[QAction]:
        return [a for a in vars(self).values() if isinstance(a, QAction)] + self.others

    @staticmethod
    def _describe(action: QAction, verb: str, what: str) -> None:
        """The menu says 撤销; what it will undo goes to the tooltip (「撤销：修正 Q7」), not into the label."""
        action.setText(verb)
        action.setToolTip(tr("{0}：{1}").format(verb, what) if what else verb)
        action.setStatusTip(action.toolTip())

    def why_disabled(self, action: QAction) -> str | None:
        window = self.shell
        if action in self.needs_writable and window.store.readonly:
            return _reason_readonly()
        if action in self.needs_report and window.document is None:
            return _reason_no_report()
        if action is self.undo and not window.stack.canUndo():
            return tr("没有可以撤销的修改")
        if action is self.redo and not window.stack.canRedo():
            return tr("没有可以重做的修改")
        if action is self.history and window.document is not None and window.document.draft_id is None:
            return tr("这份报告没有保存在本机，没有历史版本")
        return None

    def refresh(self) -> None:
        if not shiboken6.isValid(self.shell.stack):  # the window is being destroyed
            return
        for action in self.all():
            reason = self.why_disabled(action)
            action.setEnabled(reason is None)
            if action not in self.tips:
                self.tips[action] = action.toolTip()
            if reason is not None:
                action.setToolTip(reason)
            elif action is self.undo:
                self._describe(action, tr("撤销"), self.shell.stack.undoText())
            elif action is self.redo:
                self._describe(action, tr("重做"), self.shell.stack.redoText())
            else:
                action.setToolTip(self.tips[action])
