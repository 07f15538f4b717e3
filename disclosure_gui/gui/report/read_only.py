"""A window opened read-only (another window holds the data folder): nothing can be edited, visibly so.

Two layers: every input widget of the report tabs is made read-only (greyed where Qt has no read-only
state), and the undo stack refuses every command, so no path (paste, one-click fixes, buttons) can make an
edit that would silently be lost. The banner says why and offers 另存为副本 (an exchange file).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ..i18n import tr

READ_ONLY_STYLE = "background:#f2f2f2; color:#444"


class GuardedUndoStack(QUndoStack):
    """The window's undo stack; while ``read_only`` it drops every command and says so."""

    refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False

    def push(self, cmd: QUndoCommand) -> None:
        if self.read_only:
            self.refused.emit()
            return
        super().push(cmd)


def make_read_only(root: QWidget) -> None:
    """Every input under ``root`` refuses edits and looks it."""
    w: QWidget
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
            w.setReadOnly(True)
            w.setStyleSheet(READ_ONLY_STYLE)
        elif isinstance(w, QAbstractItemView):
            w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(w, (QComboBox, QAbstractButton)):
            w.setEnabled(False)


def read_only_bar(owner: QWidget, save_copy_text: str) -> tuple[QToolBar, QLabel]:
    """The banner across the top of a read-only window."""
    bar = QToolBar(tr("只读"), owner)
    bar.setObjectName("read-only-bar")
    bar.setMovable(False)
    bar.setStyleSheet("QToolBar { background:#fff3c4; border:1px solid #e0c060; }")
    label = QLabel(
        tr(
            "只读：另一个年报助手窗口正在使用这个数据文件夹，这里不能修改。如需保留修改，请用“{0}”导出一份交换文件。"
        ).format(save_copy_text)
    )
    label.setWordWrap(True)
    bar.addWidget(label)
    return bar, label
