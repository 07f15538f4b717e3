"""设置 → 打印字体: choose the face for each role of the printed report (stored in the user's settings)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QPushButton, QWidget

from ...core.filenames import native_path
from ...core.publish.pdf.fonts import ROLE_LABELS, ROLES, can_embed, resolve_fonts
from .. import settings as keys
from ..i18n import tr
from ..messages import warn
from .files import ask_open


def font_overrides(settings: QSettings) -> dict[str, str]:
    """The faces the user chose, ignoring files that have since disappeared."""
    out = {}
    for role in ROLES:
        value = keys.get(settings, keys.FONT, role)
        if value and os.path.isfile(native_path(str(value))):
            out[role] = str(value)
    return out


class FontSettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("打印字体"))
        grid = QGridLayout(self)
        note = QLabel(
            tr(
                "默认使用本机安装的公文字体（方正小标宋、仿宋_GB2312、黑体、楷体_GB2312、宋体），没有时用程序自带字体。"
                "也可以为每一项指定 TrueType 字体文件（.ttf/.ttc）。"
            )
        )
        note.setWordWrap(True)
        self.note = note
        grid.addWidget(note, 0, 0, 1, 4)
        self.current: dict[str, QLabel] = {}
        for row, role in enumerate(ROLES, start=1):
            grid.addWidget(QLabel(ROLE_LABELS[role]), row, 0)
            label = QLabel()
            self.current[role] = label
            grid.addWidget(label, row, 1)
            choose = QPushButton(tr("选择字体文件…"))
            choose.clicked.connect(lambda _c=False, r=role: self.choose(r))
            reset = QPushButton(tr("默认"))
            reset.clicked.connect(lambda _c=False, r=role: self.reset(r))
            grid.addWidget(choose, row, 2)
            grid.addWidget(reset, row, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        grid.addWidget(buttons, len(ROLES) + 1, 0, 1, 4)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Never shorter than the layout needs at this width: Qt sizes a top-level dialog without asking the
        wrapped note how tall it gets, and cut it to two of its three lines."""
        super().resizeEvent(event)
        layout = self.layout()
        need = layout.totalHeightForWidth(self.width()) if layout is not None else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)

    def refresh(self) -> None:
        chosen = resolve_fonts(font_overrides(self.settings))
        for role, label in self.current.items():
            face = chosen.faces[role]
            kind = tr("已安装") if face.official else tr("程序自带")
            label.setText(tr("{0}（{1}）").format(Path(face.path).name, kind))
            label.setToolTip(face.path)

    def choose(self, role: str, path: str | None = None) -> None:
        if path is None:
            chosen = ask_open(
                self,
                self.settings,
                keys.KIND_FONT,
                tr("选择{0}字体").format(ROLE_LABELS[role]),
                tr("TrueType 字体 (*.ttf *.ttc)"),
            )
            if chosen is None:
                return
            path = str(chosen)
        if not can_embed(path):
            warn(
                self,
                tr("{0} 无法嵌入 PDF（可能是 CFF 轮廓的 OpenType 字体或已损坏），请选择 TrueType 字体。").format(
                    Path(path).name
                ),
            )
            return
        keys.put(self.settings, keys.FONT, path, role)
        self.refresh()

    def reset(self, role: str) -> None:
        keys.remove(self.settings, keys.FONT, role)
        self.refresh()
