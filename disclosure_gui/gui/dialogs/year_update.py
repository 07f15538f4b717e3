"""更新年份: the step after a report is made from last year's. Every year, date and figure its texts copied is listed;
the years that describe the reporting year are ticked and become this year's with one confirmation (one undo
step); the rest stay marked for review in the problems panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.format import schema
from ...core.format.year_update import KIND_LABELS, Mention
from ..i18n import QT_TRANSLATE_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
CONTEXT = 12  # characters shown either side of a mention
HEADERS = (
    QT_TRANSLATE_NOOP("disclosure_gui", "处理"),
    QT_TRANSLATE_NOOP("disclosure_gui", "类别"),
    QT_TRANSLATE_NOOP("disclosure_gui", "位置"),
    QT_TRANSLATE_NOOP("disclosure_gui", "原文"),
    QT_TRANSLATE_NOOP("disclosure_gui", "说明"),
)
REPLACE_BG = QColor("#e6f4ea")


def context_of(text: str, start: int, end: int) -> str:
    before = text[max(0, start - CONTEXT) : start].replace("\n", " ")
    after = text[end : end + CONTEXT].replace("\n", " ")
    return f"…{before}【{text[start:end]}】{after}…"


class MentionsModel(QAbstractTableModel):
    """One row per mention; the first column of a replaceable one is a check box (ticked at first)."""

    def __init__(self, mentions: list[Mention], texts: dict[str, str], year: int) -> None:
        super().__init__()
        self.mentions = mentions
        self.texts = texts
        self.year = year
        self.ticked = [m.replacement is not None for m in mentions]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.mentions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self.mentions[index.row()].replacement is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.mentions[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0 and m.replacement is not None:
            return Qt.CheckState.Checked if self.ticked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and m.replacement is not None and self.ticked[index.row()]:
            return QBrush(REPLACE_BG)
        if role == Qt.ItemDataRole.ToolTipRole:
            return m.reason
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return tr("改为“{0}”").format(m.replacement) if m.replacement is not None else tr("留待核对")
        if column == 1:
            return tr(KIND_LABELS[m.kind])
        if column == 2:
            return schema.TEXT_FIELD_BY_KEY[m.field].label if m.field in schema.TEXT_FIELD_BY_KEY else m.field
        if column == 3:
            return context_of(self.texts.get(m.field, ""), m.start, m.end)
        return m.reason

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1))
        return True

    def chosen(self) -> list[Mention]:
        return [m for m, t in zip(self.mentions, self.ticked, strict=True) if t and m.replacement is not None]


class YearUpdateDialog(QDialog):
    """After ``accept``, :meth:`chosen` are the mentions to replace."""

    def __init__(
        self, mentions: list[Mention], texts: dict[str, str], last_year: int, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("更新从{0}年报告照搬的年份").format(last_year))
        self.resize(960, 600)
        self.model = MentionsModel(mentions, texts, year)
        replaceable = sum(m.replacement is not None for m in mentions)
        intro = QLabel(
            tr(
                "这份{0}年报告的正文照搬自{1}年报告，其中有 {2} 处年份、日期和数字。"
                "勾选的 {3} 处写的是报告年度（{1}年，改为{0}年）或“改进情况”中下一年的工作打算（{0}年，改为{4}年），"
                "确认后一次替换（可撤销）；"
                "文号〔…〕、书名号《…》中的标题和规划期限不改。"
                "其余各处留在“问题”面板中，请逐一核对：照搬的数字是上年的数字。"
            ).format(year, last_year, len(mentions), replaceable, year + 1)
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()
        buttons = QDialogButtonBox()
        self.replace_button = QPushButton()
        self.replace_button.setDefault(True)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        later = buttons.addButton(tr("暂不替换，全部留待核对"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(tr("所有年份、日期和数字都留在“问题”面板中；以后在那里逐一核对"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.model.dataChanged.connect(lambda *_a: self._update_button())
        # 说明 is cut off at 1024 px: the chosen row's whole text and context under the table.
        self.detail = QLabel(tr("选中一行，这里显示它的原文和说明。"))
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self._update_button()
        if mentions:
            self.table.selectRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.mentions):
            return
        m = self.model.mentions[row]
        place = self.model.data(self.model.index(row, 2))
        context = context_of(self.model.texts.get(m.field, ""), m.start, m.end)
        self.detail.setText(tr("{0}：{1}\n{2}").format(place, context, m.reason))

    def _update_button(self) -> None:
        count = len(self.model.chosen())
        self.replace_button.setText(tr("替换勾选的 {0} 处，其余留待核对").format(count) if count else tr("完成"))

    def chosen(self) -> list[Mention]:
        return self.model.chosen()
