"""The 汇总 board's model (one row per unit, with its state, figures and what looks copied) and the worker that
collects and reviews the units off the window's thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...core.district.aggregate import STATE_LABELS, Aggregation, Unit, collect
from ...core.district.review import Review, leave_out_copiers, review
from ...core.format.local_profile import LocalProfile
from ...core.format.report import Report
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..jobs import Progress
from .review_tabs import FLAG_COLOR

Index = QModelIndex | QPersistentModelIndex
# Translated when shown, not when imported.
# What the district office acts on first, in view on a 1024 screen: the state, 疑似抄袭 (at the end it was cut off
# even at 1366) and the file each unit's row was read from.
COLUMNS = (
    QT_TRANSLATE_NOOP("disclosure_gui", "单位"),
    QT_TRANSLATE_NOOP("disclosure_gui", "状态"),
    QT_TRANSLATE_NOOP("disclosure_gui", "疑似抄袭"),
    QT_TRANSLATE_NOOP("disclosure_gui", "文件"),
    QT_TRANSLATE_NOOP("disclosure_gui", "错误"),
    QT_TRANSLATE_NOOP("disclosure_gui", "提醒"),
    QT_TRANSLATE_NOOP("disclosure_gui", "纳入汇总"),
    QT_TRANSLATE_NOOP("disclosure_gui", "实质公开率"),
    QT_TRANSLATE_NOOP("disclosure_gui", "纠错率"),
    QT_TRANSLATE_NOOP("disclosure_gui", "最后修改"),
)
COPY_COLUMN = 2
COPY_WIDTH = 220  # px: the whole note is in the cell's tooltip
STATE_COLORS = {
    "errors": "#f8d0d0",
    "unreadable": "#f8d0d0",
    "duplicate": "#fff0c0",
    "wrong_year": "#fff0c0",
    "missing": "#e8ecf2",
    "warnings": "#fffbe6",
    "ok": "#e6f4ea",
}


COPIED = "copied"  # the filter choice 疑似抄袭


class UnitsFilter(QSortFilterProxyModel):
    """The board's rows whose name contains the search text AND whose state is the chosen one (either may be
    empty): the two filters narrow together instead of replacing each other."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.state = ""

    def set_filters(self, name: str, state: str) -> None:
        self.name, self.state = name.strip().casefold(), state
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, UnitsModel) or source_row >= len(model.units):
            return True
        unit = model.units[source_row]
        if self.name not in unit.agency.casefold():
            return False
        if self.state == COPIED:  # not a state of the checks: what the copying review found
            return bool(model.copy_notes(unit))
        return not self.state or unit.state == self.state


class UnitsModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.units: list[Unit] = []
        self.review: Review | None = None
        self._shown: dict[int, tuple[str, str, str]] = {}
        self._copies: dict[int, list[str]] = {}
        self._rates: dict[int, tuple[float, float]] = {}

    def set_units(self, units: list[Unit], result: Review | None = None) -> None:
        self.beginResetModel()
        self.units = list(units)
        self.review = result
        # Worked out once: painting and sorting ask for every row many times.
        self._copies = {id(u): self._copy_notes(u) for u in self.units}
        self._shown = {id(u): self._review_values(u) for u in self.units}
        self._rates = {id(u): self._sort_rates(u) for u in self.units}
        self.endResetModel()

    def _review_values(self, unit: Unit) -> tuple[str, str, str]:
        """实质公开率, 纠错率 and what looks copied, as the board shows them."""
        if self.review is None:
            return "", "", ""
        ratios = next((u for u in self.review.ratios.units if u.agency == unit.agency), None)
        if ratios is None:
            shown = (tr("未纳入汇总"), "") if unit.report is not None else ("", "")
        else:
            shown = (ratios.disclosure.text(), ratios.correction.text())
        return shown[0], shown[1], tr("；").join(self.copy_notes(unit))

    def copy_notes(self, unit: Unit) -> list[str]:
        """What looks copied in a unit's report (another unit, last year, another unit's name left in)."""
        return self._copies.get(id(unit), [])

    def _copy_notes(self, unit: Unit) -> list[str]:
        if self.review is None:
            return []
        # The copier is marked, not the unit it copied from (that one learns of it in the detail pane).
        copied = [tr("抄自{0} {1:.0f}%").format(c.original, c.share * 100) for c in self.review.copy_of(unit.agency)]
        last = self.review.last_year_share(unit.agency)
        if last is not None and last >= self.review.similarity.last_year_threshold:
            copied.append(tr("与上年相同 {0:.0f}%").format(last * 100))
        names = self.review.names_left(unit.agency)
        if names:
            copied.append(tr("文中有“{0}”").format(tr("、").join(names)))
        return copied

    def _sort_rates(self, unit: Unit) -> tuple[float, float]:
        ratios = self.review and next((u for u in self.review.ratios.units if u.agency == unit.agency), None)
        if not ratios:
            return -1.0, -1.0
        d, c = ratios.disclosure, ratios.correction
        return (d.value if not d.note and d.value is not None else -1.0), (
            c.value if not c.note and c.value is not None else -1.0
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        column = index.column()
        disclosure, correction, copied = self._shown[id(unit)]
        if role == Qt.ItemDataRole.DisplayRole:
            file_name = Path(unit.file).name if unit.file else ""
            values = (
                unit.agency,
                STATE_LABELS[unit.state],
                copied,
                file_name,
                unit.errors,
                unit.warnings,
                tr("是") if unit.included else tr("否"),
                disclosure,
                correction,
                unit.updated.replace("T", " "),
            )
            return values[column]
        if role == Qt.ItemDataRole.UserRole:  # sort key
            rates = self._rates[id(unit)]
            keys = (unit.agency, unit.state, copied, unit.file or "", unit.errors, unit.warnings, unit.included)
            return (*keys, *rates, unit.updated)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == 1:
            return QBrush(QColor(STATE_COLORS[unit.state]))
        if role == Qt.ItemDataRole.BackgroundRole and column == COPY_COLUMN and self._shown[id(unit)][2]:
            return QBrush(QColor(FLAG_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole and column == COPY_COLUMN and copied:
            return copied
        if role == Qt.ItemDataRole.ToolTipRole:
            return unit.message or "\n".join(f.message for f in unit.findings[:8])
        return None


@dataclass(frozen=True)
class SummaryRequest:
    """What the district summary reads and how it reviews it: the work of :func:`summarise`."""

    sources: list[str]
    year: int
    expected: list[str] | None
    include_errors: bool
    previous: dict[str, Report]
    min_cases: int
    threshold: float
    local: LocalProfile | None = None


def summarise(request: SummaryRequest, progress: Progress) -> tuple[Aggregation, Review]:
    """Read, check and review every unit's file (off the GUI thread); stops early when ``progress`` says so."""

    def report(done: int, total: int) -> bool:
        return progress(done, total, "")

    aggregation = collect(
        request.sources,
        request.year,
        expected=request.expected,
        include_errors=request.include_errors,
        progress=report,
        local=request.local,
    )
    result = review(aggregation, request.previous, min_cases=request.min_cases, threshold=request.threshold)
    if not request.include_errors:  # a copied report is sent back like one with errors
        result = leave_out_copiers(aggregation, result, min_cases=request.min_cases)
    return aggregation, result
