"""The column-mapping step of a register import: each column of the file → a register field (or none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.register.columns import FIELDS, REQUIRED, TITLES
from ..i18n import tr


class ColumnMappingDialog(QDialog):
    """Shows every header with a sample value; the guessed (or remembered) field is preselected."""

    def __init__(self, headers: list[Any], sample: list[Any], mapping: dict[int, str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("导入台账：核对列的对应关系"))
        layout = QVBoxLayout(self)
        hint = QLabel(tr("请核对文件中每一列对应台账的哪一项；“收到日期”和“申请人类型”必须有。选择会被记住。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        layout.addLayout(form)
        self.combos: list[QComboBox] = []
        for i, header in enumerate(headers):
            combo = QComboBox()
            combo.addItem(tr("（不导入）"), "")
            for f in FIELDS:
                combo.addItem(tr(TITLES[f]), f)
            combo.setCurrentIndex(max(combo.findData(mapping.get(i, "")), 0))
            value = sample[i] if i < len(sample) and sample[i] is not None else ""
            form.addRow(tr("{0}（如：{1}）").format(header or tr("第 {0} 列").format(i + 1), str(value)[:20]), combo)
            self.combos.append(combo)
        self.message = QLabel()
        self.message.setStyleSheet("color:#b00000")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        for i, combo in enumerate(self.combos):
            field = combo.currentData()
            if field and field not in out.values():
                out[i] = field
        return out

    def _accept(self) -> None:
        chosen = [str(c.currentData()) for c in self.combos if c.currentData()]
        twice = {f for f in chosen if chosen.count(f) > 1}
        missing = [TITLES[f] for f in REQUIRED if f not in chosen]
        if twice:
            self.message.setText(tr("“{0}”对应了不止一列").format("、".join(TITLES[f] for f in twice)))
        elif missing:
            self.message.setText(tr("请指定“{0}”所在的列").format("、".join(missing)))
        else:
            self.accept()
