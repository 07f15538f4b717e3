"""The 汇总 workspace's review tabs: copied texts (ranked pairs, shared passages side by side, the matrix, other
units' names left in a text) and the figures units are ranked on (实质公开率, 纠错率)."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.district.ratios import INSUFFICIENT
from ...core.district.review import RATIO_HEADERS, Review, matrix_rows, passage_spans, ratio_rows
from ...core.district.similarity import Pair, Similarity
from ..i18n import QT_TRANSLATE_NOOP, tr

Index = QModelIndex | QPersistentModelIndex
FLAG_COLOR = "#f8d0d0"
NOTE_COLOR = "#e8ecf2"


class RowsModel(QAbstractTableModel):
    """A read-only table of plain rows; ``marks[row]`` colours a row (flagged pair, 样本不足)."""

    def __init__(self, headers: list[str] | None = None) -> None:
        super().__init__()
        self.headers: list[str] = headers or []
        self.rows: list[list[Any]] = []
        self.marks: list[str] = []

    def set_rows(self, rows: list[list[Any]], marks: list[str] | None = None, headers: list[str] | None = None) -> None:
        self.beginResetModel()
        if headers is not None:
            self.headers = headers
        self.rows = rows
        self.marks = marks or [""] * len(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value * 100:.0f}%" if isinstance(value, float) else value
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return value if isinstance(value, int | float) else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and self.marks[index.row()]:
            return QBrush(QColor(self.marks[index.row()]))
        return None


def _table(model: QAbstractTableModel) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    return view, proxy


# Translated when shown, not when imported.
PAIR_HEADERS = [
    QT_TRANSLATE_NOOP("disclosure_gui", "比较"),
    QT_TRANSLATE_NOOP("disclosure_gui", "单位甲"),
    QT_TRANSLATE_NOOP("disclosure_gui", "单位乙"),
    QT_TRANSLATE_NOOP("disclosure_gui", "甲的文字见于乙"),
    QT_TRANSLATE_NOOP("disclosure_gui", "乙的文字见于甲"),
    QT_TRANSLATE_NOOP("disclosure_gui", "超过阈值"),
    QT_TRANSLATE_NOOP("disclosure_gui", "谁抄了谁"),
]
SHARED_BG = "#ffe08a"


def highlighted(name: str, text: str, passages: list[str]) -> str:
    """A unit's whole text as HTML, the passages it shares with the other text marked."""
    spans = passage_spans(text, passages)
    pieces, at = [], 0
    for start, end in spans:
        pieces.append(html.escape(text[at:start]))
        pieces.append(f"<span style='background:{SHARED_BG}'>{html.escape(text[start:end])}</span>")
        at = end
    pieces.append(html.escape(text[at:]))
    head = tr("<b>【{0}】</b> 与对方相同的文字标为黄色（{1} 处）").format(html.escape(name), len(spans))
    return head + "<br><br>" + "".join(pieces).replace("\n", "<br>")


class SimilarityPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []
        self.hits: list[bool] = []
        self.sim: Similarity | None = None
        self.texts: dict[str, str] = {}
        self.previous_texts: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.inner = QTabWidget()
        layout.addWidget(self.inner, 1)

        ranked = QSplitter(Qt.Orientation.Vertical)
        self.model = RowsModel([tr(h) for h in PAIR_HEADERS])
        self.view, self.proxy = _table(self.model)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_pair(cur))
        ranked.addWidget(self.view)
        sides = QWidget()
        side_layout = QHBoxLayout(sides)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_a, self.side_b = QTextBrowser(), QTextBrowser()
        for side in (self.side_a, self.side_b):
            side_layout.addWidget(side)
        ranked.addWidget(sides)
        self.inner.addTab(ranked, tr("相似的单位"))

        self.names = QListWidget()
        self.names.setWordWrap(True)
        self.inner.addTab(self.names, tr("文中出现其他单位名称"))

        self.matrix = RowsModel()
        self.matrix_view, _proxy = _table(self.matrix)
        self.matrix_view.setSortingEnabled(False)
        self.inner.addTab(self.matrix_view, tr("相似度矩阵"))

    def set_review(
        self, review: Review | None, texts: Mapping[str, str] | None = None, previous: Mapping[str, str] | None = None
    ) -> None:
        """``texts``: each unit's whole text, ``previous``: each unit's text of last year (to show them marked)."""
        self.texts, self.previous_texts = dict(texts or {}), dict(previous or {})
        self.side_a.clear()
        self.side_b.clear()
        self.names.clear()
        self.sim = review.similarity if review is not None else None
        if review is None:
            self.pairs, self.hits = [], []
            self.model.set_rows([])
            self.matrix.set_rows([], headers=[])
            self.summary.setText("")
            return
        sim = review.similarity
        flagged = {frozenset((p.a, p.b)) for p in sim.flagged}
        self.pairs = sim.flagged + [p for p in sim.ranked if frozenset((p.a, p.b)) not in flagged] + sim.last_year
        rows, marks, self.hits = [], [], []
        for p in self.pairs:
            hit = p.a_in_b >= sim.last_year_threshold if p.kind == "last_year" else frozenset((p.a, p.b)) in flagged
            self.hits.append(hit)
            kind = tr("与上年") if p.kind == "last_year" else tr("单位之间")
            b = tr("{0}（上年）").format(p.b) if p.kind == "last_year" else p.b
            rows.append([kind, p.a, b, p.a_in_b, p.b_in_a, tr("是") if hit else "", self._who(review, p)])
            marks.append(FLAG_COLOR if hit else "")
        self.model.set_rows(rows, marks)
        self.view.resizeColumnsToContents()
        self.names.addItems([n.message for n in sim.names_left] or [tr("没有发现其他单位的名称")])
        table = matrix_rows(sim)
        self.matrix.set_rows(table[1:], headers=[str(h) for h in table[0]])
        self.summary.setText(
            (
                tr("相似度超过 {0:.0f}% 的单位 {1} 对；与上年报告重复超过 {2:.0f}% 的 {3} 个；")
                + tr("文中出现其他单位名称 {4} 处")
            ).format(
                sim.threshold * 100,
                len(sim.flagged),
                sim.last_year_threshold * 100,
                len(sim.flagged_last_year()),
                len(sim.names_left),
            )
        )

    @staticmethod
    def _who(review: Review, pair: Pair) -> str:
        if pair.kind == "last_year":
            return tr("照搬上年") if pair.a_in_b >= review.similarity.last_year_threshold else ""
        found = [c for c in review.copies if {c.copier, c.original} == {pair.a, pair.b}]
        return tr("；").join(tr("{0}抄自{1}（{2}）").format(c.copier, c.original, c.why) for c in found)

    def _show_pair(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        row = self.proxy.mapToSource(index).row()
        pair = self.pairs[row]
        b_name = tr("{0}（上年）").format(pair.b) if pair.kind == "last_year" else pair.b
        # A big district's passages are worked out for the most alike pairs at once, for the others when shown.
        passages = self.sim.passages(pair) if self.hits[row] and self.sim is not None else pair.passages
        if not passages:
            note = tr("未超过阈值，不列出共同段落")
            self.side_a.setPlainText(note)
            self.side_b.setPlainText(note)
            return
        text_a = self.texts.get(pair.a)
        text_b = self.previous_texts.get(pair.a) if pair.kind == "last_year" else self.texts.get(pair.b)
        if text_a is None or text_b is None:
            self.side_a.setPlainText(tr("【{0}】\n\n").format(pair.a) + "\n\n".join(p.a for p in passages))
            self.side_b.setPlainText(tr("【{0}】\n\n").format(b_name) + "\n\n".join(p.b for p in passages))
            return
        self.side_a.setHtml(highlighted(pair.a, text_a, [p.a for p in passages]))
        self.side_b.setHtml(highlighted(b_name, text_b, [p.b for p in passages]))


class RatiosPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = RowsModel([tr(h) for h in RATIO_HEADERS])
        self.view, _proxy = _table(self.model)
        layout.addWidget(self.view, 1)

    def set_review(self, review: Review | None) -> None:
        if review is None:
            self.model.set_rows([])
            self.summary.setText("")
            return
        ratios = review.ratios
        rows = ratio_rows(ratios)
        marks = [NOTE_COLOR if not u.ranked else "" for u in ratios.units] + ["#e6f4ea"]
        self.model.set_rows(rows, marks)
        self.view.resizeColumnsToContents()
        unranked = ratios.unranked()
        self.summary.setText(
            tr("实质公开率 =（予以公开＋部分公开）÷ 办结；纠错率 = 结果纠正 ÷ 审结（行政复议和行政诉讼）。")
            + tr("办结或审结少于 {0} 件为“{1}”，不参加排名。").format(ratios.min_cases, INSUFFICIENT)
            + (tr("两项均未排名：{0}").format(tr("、").join(unranked)) if unranked else "")
        )
