"""历史版本: earlier versions of the open draft, and restoring one."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from ...store import Store, StoreError
from ..i18n import tr
from ..messages import warn
from .list_dialog import ListDialog


class HistoryDialog(ListDialog):
    def __init__(self, store: Store, draft_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, tr("历史版本"), [tr("保存时间"), tr("方式")])
        self.store = store
        self.draft_id = draft_id
        self.restored = False
        self.note.setText(
            tr("每次“保存”和自动保存时（至多每几分钟一次）都会留下一个版本。恢复前，当前内容也会先存为一个版本。")
        )
        restore = self.button(tr("恢复此版本"), self._restore)
        if store.readonly:
            restore.setProperty("allowed", False)
            restore.setEnabled(False)
            restore.setToolTip(tr("只读打开：另一个窗口正在编辑这些报告，这里不能修改"))
        self.buttons.addStretch(1)
        close = QPushButton(tr("关闭"))
        close.clicked.connect(self.reject)
        self.buttons.addWidget(close)
        versions = store.history(draft_id)
        self.set_rows(
            [(v.id, [v.saved.replace("T", " "), tr("手动保存") if v.explicit else tr("自动保存")]) for v in versions]
        )

    def _restore(self) -> None:
        key = self.selected_key()
        if not key:
            return
        try:
            self.store.restore_version(self.draft_id, key)
        except StoreError as exc:
            warn(self, str(exc))
            return
        self.restored = True
        self.accept()
