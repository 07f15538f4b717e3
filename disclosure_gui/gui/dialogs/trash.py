"""回收站: deleted reports, restored or removed for good."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...store import Store, StoreError
from ..i18n import tr
from ..messages import warn
from .list_dialog import ListDialog


class TrashDialog(ListDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, tr("回收站"), [tr("年度"), tr("单位"), tr("删除时间")])
        self.store = store
        self.button(tr("恢复"), self._restore)
        self.button(tr("清空回收站"), self._empty, needs_row=False)
        self.buttons.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        items = self.store.list_trash()
        self.set_rows([(t.id, [str(t.year), t.agency, t.deleted.replace("T", " ")]) for t in items])

    def _restore(self) -> None:
        key = self.selected_key()
        if key:
            try:
                self.store.restore_from_trash(key)
            except StoreError as exc:
                warn(self, str(exc))
            self.refresh()

    def _empty(self) -> None:
        sure = QMessageBox.question(self, tr("清空回收站"), tr("永久删除回收站中的所有报告？此操作不能撤销。"))
        if sure == QMessageBox.StandardButton.Yes:
            self.store.empty_trash()
            self.refresh()
