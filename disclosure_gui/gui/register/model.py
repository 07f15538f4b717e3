"""The register as the window holds it: the applications, their undo commands, and the Qt table model.

Only the commands here change a :class:`RegisterDocument`; it recounts the year's tables lazily (a few
milliseconds for 10,000 applications) and saves the touched years of receipt shortly after an edit.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QUndoCommand

from ...core.format.workdays import WorkCalendar, current
from ...core.register.checked import checked_tables
from ...core.register.columns import FIELDS, TITLES
from ...core.register.deadlines import Deadline, deadline, timing_problems
from ...core.register.model import DATE_FIELDS, Application, problems
from ...core.register.storage import RegisterFileError, load_register, save_year
from ...core.register.tables import RegisterTables, compute
from ...core.register.tabular import display_value, parse_field
from ..i18n import tr

SAVE_DELAY_MS = 800
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BG = QColor("#f8d0d0")
DUE_SOON_BG = QColor("#fff0c0")
INCOMPLETE_BG = QColor("#e3ecfa")  # answered but not fully recorded: a gap in the register, not a late reply
STATE_BG = {
    "overdue": OVERDUE_BG,
    "due_soon": DUE_SOON_BG,
    "missing_result": INCOMPLETE_BG,
    "missing_answer_date": INCOMPLETE_BG,
}
Index = QModelIndex | QPersistentModelIndex

# Shown columns: every register field (personal ones last), plus the computed deadline and state.
COLUMNS: tuple[str, ...] = (*FIELDS[:7], "due", "state", *FIELDS[7:])
_DATES = DATE_FIELDS


def column_title(key: str) -> str:
    if key == "due":
        return tr("答复期限")
    if key == "state":
        return tr("办理状态")
    return tr(TITLES[key])


class RegisterDocument(QObject):
    changed = Signal()  # any change: tables and deadlines must be recounted
    rowsReplaced = Signal(int, int)  # first, last row whose content changed in place
    reset = Signal()  # the list itself changed (added, removed, imported)
    saveFailed = Signal(str)

    def __init__(self, folder: Path | None, agency: str, year: int, *, today: date | None = None) -> None:
        super().__init__()
        self.folder = folder  # None: read-only (nothing is saved)
        self.agency = agency
        self.year = year
        self.today = today or date.today()
        self.apps: list[Application] = []
        self._tables: RegisterTables | None = None
        self._checked: dict[bool, RegisterTables] = {}  # by whether the counts were applied to the report
        self._deadlines: dict[Application, Deadline] = {}  # by value: unchanged applications keep theirs
        self._calendar: WorkCalendar = current()  # the deadlines above were counted on it
        self._search: dict[Application, str] = {}  # the filter box's text of each application, by value
        self._dirty_years: set[int] = set()
        self.generation = 0  # changes when another unit's register is loaded: older undo steps no longer apply
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.save)

    def load(self, folder: Path) -> str:
        """Read the stored register; a Chinese message when a year file is damaged (nothing is overwritten)."""
        try:
            self.apps = load_register(folder, self.agency).applications
        except RegisterFileError as exc:
            self.folder = None  # never save over a file we could not read
            return str(exc)
        self._invalidate()
        self.reset.emit()
        self.changed.emit()
        return ""

    def switch(self, folder: Path, agency: str, year: int, *, other_register: bool, writable: bool) -> str:
        """The report's unit or year changed: count another year in the same (perhaps moved) register, or read
        the register kept under another name (``other_register``). Returns load()'s message."""
        self.save()
        self.agency, self.year = agency, year
        if not other_register:
            self.folder = folder if self.folder is not None else None
            self._invalidate()
            self.changed.emit()
            return ""
        self.generation += 1
        self.folder = folder if writable else None
        self.apps = []
        return self.load(folder)

    # ------------------------------------------------------------------ reading

    def tables(self) -> RegisterTables:
        if self._tables is None:
            self._tables = compute(self.apps, self.year)
        return self._tables

    def checked(self, applied: bool) -> RegisterTables:
        """The counts with the register's problems and its late applications, as the report's checks read them
        (worked out once per change: the checks ask on every keystroke)."""
        found = self._checked.get(applied)
        if found is None:
            found = self._checked[applied] = checked_tables(self.apps, self.year, self.today, applied=applied)
        return found

    def deadline_of(self, row: int) -> Deadline:
        app = self.apps[row]
        if self._calendar is not current():  # holidays entered or handed out since: count again
            self._deadlines.clear()
            self._calendar = current()
        found = self._deadlines.get(app)
        if found is None:
            if len(self._deadlines) > 2 * len(self.apps) + 100:
                self._deadlines.clear()  # edited-away versions pile up otherwise
            found = self._deadlines[app] = deadline(app, self.today, self._calendar)
        return found

    def calendar_changed(self) -> None:
        """The holidays changed (设置 or the local profile): every deadline is shown again, counted anew."""
        if self.apps:
            self.rowsReplaced.emit(0, len(self.apps) - 1)
        self.changed.emit()

    def open_states(self) -> tuple[int, int]:
        """(due soon, overdue) among open applications."""
        soon = overdue = 0
        for row, app in enumerate(self.apps):
            if app.is_open:
                state = self.deadline_of(row).state
                soon += state == "due_soon"
                overdue += state == "overdue"
        return soon, overdue

    def search_text(self, row: int) -> str:
        app = self.apps[row]
        found = self._search.get(app)
        if found is None:
            if len(self._search) > 2 * len(self.apps) + 100:
                self._search.clear()
            found = self._search[app] = "\t".join(display_value(app, f) for f in FIELDS)
        return found

    def problem_lines(self) -> list[str]:
        unnumbered = tr("（无编号）")
        found = problems(self.apps) + timing_problems(self.apps, current())
        return [f"{p.no or unnumbered}：{p.message}" for p in found]

    def next_number(self) -> str:
        taken = {a.no for a in self.apps}
        n = sum(1 for a in self.apps if a.received.year == self.year) + 1
        while f"{self.year}-{n:03d}" in taken:
            n += 1
        return f"{self.year}-{n:03d}"

    # ------------------------------------------------------------------ changing (commands only)

    def replace(self, row: int, app: Application) -> None:
        old = self.apps[row]
        self.apps[row] = app
        self._touch(old, app)
        self.rowsReplaced.emit(row, row)
        self.changed.emit()

    def set_all(self, apps: list[Application]) -> None:
        self._touch(*self.apps, *apps)
        self.apps = list(apps)
        self.reset.emit()
        self.changed.emit()

    def _touch(self, *apps: Application) -> None:
        self._dirty_years.update(a.received.year for a in apps)
        self._invalidate()
        if self.folder is not None:
            self.save_timer.start()

    def _invalidate(self) -> None:
        self._tables = None
        self._checked = {}

    def save(self) -> bool:
        self.save_timer.stop()
        if self.folder is None or not self._dirty_years:
            return True
        try:
            for year in sorted(self._dirty_years):
                save_year(self.folder, year, self.apps)
        except RegisterFileError as exc:
            self.saveFailed.emit(str(exc))
            return False
        self._dirty_years.clear()
        return True


class SetApplicationCommand(QUndoCommand):
    def __init__(self, doc: RegisterDocument, row: int, new: Application, text: str) -> None:
        super().__init__(text)
        self.doc, self.row, self.old, self.new = doc, row, doc.apps[row], new
        self.generation = doc.generation

    def redo(self) -> None:
        if _applies(self):
            self.doc.replace(self.row, self.new)

    def undo(self) -> None:
        if _applies(self):
            self.doc.replace(self.row, self.old)


class SetApplicationsCommand(QUndoCommand):
    """Add, remove or import many applications as one step (the whole list before and after)."""

    def __init__(self, doc: RegisterDocument, new: list[Application], text: str) -> None:
        super().__init__(text)
        self.doc, self.old, self.new = doc, list(doc.apps), list(new)
        self.generation = doc.generation

    def redo(self) -> None:
        if _applies(self):
            self.doc.set_all(self.new)

    def undo(self) -> None:
        if _applies(self):
            self.doc.set_all(self.old)


def _applies(command: SetApplicationCommand | SetApplicationsCommand) -> bool:
    """A step made in another unit's register (before the unit name changed) must not touch this one."""
    if command.generation == command.doc.generation:
        return True
    command.setObsolete(True)
    return False


class RegisterTableModel(QAbstractTableModel):
    """One row per application. Sorting happens here (a permutation sorted by Python in milliseconds, where a
    proxy comparing through Qt would take seconds for 10,000 rows); the view's proxy only filters.
    Rows are addressed as shown; :meth:`doc_row` gives the application's place in the register."""

    inputRejected = Signal(str)

    def __init__(self, doc: RegisterDocument, stack: Any) -> None:
        super().__init__()
        self.doc = doc
        self.stack = stack
        self.readonly = doc.folder is None
        doc.rowsReplaced.connect(self._rows_replaced)
        doc.reset.connect(self._reset)
        self._count = len(doc.apps)
        self._order: list[int] = list(range(self._count))  # shown row → register index
        self._pos: list[int] = list(self._order)  # register index → shown row
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def doc_row(self, row: int) -> int:
        return self._order[row]

    def shown_row(self, doc_row: int) -> int:
        return self._pos[doc_row]

    def _rows_replaced(self, first: int, last: int) -> None:
        for r in range(first, last + 1):  # rows keep their place while being edited (no jumping under the cursor)
            row = self._pos[r]
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _reset(self) -> None:
        self.beginResetModel()
        self._count = len(self.doc.apps)
        self._order = self._sorted_order() if self._sort else list(range(self._count))
        self._pos = _inverse(self._order)
        self.endResetModel()

    def sort_key(self, doc_row: int, key: str) -> Any:
        app = self.doc.apps[doc_row]
        if key == "due":
            due = self.doc.deadline_of(doc_row).due
            return due.isoformat() if due else "9999"  # no deadline yet (待补正): after every date
        if key in _DATES:
            v = getattr(app, key)
            return v.isoformat() if v else ""
        if key == "fee_amount_yuan":
            return float(app.fee_amount_yuan)
        return self._text(doc_row, app, key)

    def _sorted_order(self) -> list[int]:
        assert self._sort is not None
        column, order = self._sort
        key = COLUMNS[column]
        keys = [self.sort_key(i, key) for i in range(self._count)]
        return sorted(range(self._count), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._sort = (column, order) if column >= 0 else None  # -1: back to the order of entry
        self._order = self._sorted_order() if self._sort else list(range(self._count))
        self._pos = _inverse(self._order)
        persistent = self.persistentIndexList()
        moved = [self.index(self._pos[old_order[i.row()]], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def row_text(self, row: int) -> str:
        """Everything shown in a row, for the filter box."""
        return self.doc.search_text(self._order[row])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_title(COLUMNS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root: no item (its column, -1, named the last column's flags)
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.readonly or COLUMNS[index.column()] in ("due", "state"):
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._count:
            return None
        row = self._order[index.row()]
        app = self.doc.apps[row]
        key = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, app, key)
        if role == STATE_ROLE:
            return self.doc.deadline_of(row).state
        if role == Qt.ItemDataRole.BackgroundRole and key in ("due", "state", "no"):
            return STATE_BG.get(self.doc.deadline_of(row).state)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("due", "state"):
            # The articles that produced the deadline, quoted; and what is wrong with the row, as the core says it.
            lines = [self.doc.deadline_of(row).explanation(current())]
            lines += [p.message for p in problems([app])]
            return "\n".join(line for line in lines if line)
        return None

    def _text(self, row: int, app: Application, key: str) -> str:
        if key == "due":
            return self.doc.deadline_of(row).shown_due
        if key == "state":
            d = self.doc.deadline_of(row)
            if d.state in ("open", "due_soon") and d.workdays_left is not None:
                return tr("{0}（剩 {1} 个工作日）").format(tr(d.label), d.workdays_left)
            return tr(d.label)
        return display_value(app, key)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.readonly:
            return False
        key = COLUMNS[index.column()]
        row = self._order[index.row()]
        app = self.doc.apps[row]
        if str(value).strip() == display_value(app, key):
            return False
        parsed, why = parse_field(key, value)
        if why:
            self.inputRejected.emit(tr("编号 {0} 的“{1}”：{2}").format(app.no, column_title(key), why))
            return False
        if parsed == getattr(app, key):
            return False  # 「办理中」 chosen for an open application, 「是」 for a flag already set…
        new = app.with_changes(**{key: parsed})
        label = tr("修改申请 {0} 的“{1}”").format(app.no, column_title(key))
        self.stack.push(SetApplicationCommand(self.doc, row, new, label))
        return True


def _inverse(order: list[int]) -> list[int]:
    pos = [0] * len(order)
    for shown, doc_row in enumerate(order):
        pos[doc_row] = shown
    return pos
