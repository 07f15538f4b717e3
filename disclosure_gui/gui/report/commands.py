"""Undo commands: the only way the window changes a report.

Typing into one text field merges into one undo step until the user moves to another field; a pasted
block is one command however many cells it fills.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.format import schema
from ...core.format.carryover import ReviewMark
from ...core.format.report import CellValue, totals_fed_by
from ..i18n import tr
from .document import ReportDocument

_TEXT_IDS = {f.key: 1000 + i for i, f in enumerate(schema.TEXT_FIELDS)}
_META_ID_BASE = 2000


class SetCellsCommand(QUndoCommand):
    def __init__(self, document: ReportDocument, values: dict[str, CellValue], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new = dict(values)
        self.old = {path: document.value(path) for path in values}
        # The totals as they were, printed ones too: undo gives back the report as it was, not a recomputed one.
        self.old_totals = {t: document.value(t) for path in values for t in totals_fed_by(path)}

    def redo(self) -> None:
        self.document.apply_cells(self.new)

    def undo(self) -> None:
        self.document.apply_cells(self.old, totals=self.old_totals)


class _TypingCommand(QUndoCommand):
    """An edit of one field that merges with the next edit of the same field while the user keeps typing."""

    target = ""  # the field it edits; set by subclasses
    new: Any  # the value it sets

    def __init__(self, text: str, *, merge: bool = True) -> None:
        super().__init__(text)
        self.mergeable = merge  # typing merges into one step; a generated or fixed text is a step of its own

    def mergeWith(self, other: QUndoCommand) -> bool:
        if type(other) is not type(self) or not isinstance(other, _TypingCommand):
            return False
        if other.target != self.target or not (self.mergeable and other.mergeable):
            return False
        self.new = other.new
        return True


def end_typing(stack: QUndoStack) -> None:
    """The next edit starts a new undo step (the field lost focus or editing finished)."""
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, _TypingCommand):
        top.mergeable = False


class SetTextCommand(_TypingCommand):
    def __init__(
        self,
        document: ReportDocument,
        key: str,
        new: str,
        *,
        old: str | None = None,
        merge: bool = True,
        text: str = "",
    ) -> None:
        super().__init__(text or tr("编辑“{0}”").format(schema.TEXT_FIELD_BY_KEY[key].label), merge=merge)
        self.document = document
        self.key = self.target = key
        self.old = document.text(key) if old is None else old
        self.new = new

    def id(self) -> int:
        return _TEXT_IDS[self.key]

    def redo(self) -> None:
        self.document.apply_text(self.key, self.new)

    def undo(self) -> None:
        self.document.apply_text(self.key, self.old)


class SetMetaCommand(_TypingCommand):
    def __init__(self, document: ReportDocument, name: str, new: Any, label: str) -> None:
        super().__init__(tr("修改“{0}”").format(label))
        self.document = document
        self.name = self.target = name
        self.old = document.meta_value(name)
        self.new = new

    def id(self) -> int:
        return _META_ID_BASE

    def redo(self) -> None:
        self.document.apply_meta(self.name, self.new)

    def undo(self) -> None:
        self.document.apply_meta(self.name, self.old)


class SetTextsCommand(QUndoCommand):
    """Several texts and the marks of copied years at once (the year update): one undo step that also brings the
    marks back."""

    def __init__(self, document: ReportDocument, texts: dict[str, str], marks: list[ReviewMark], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new, self.old = dict(texts), {key: document.text(key) for key in texts}
        self.new_marks, self.old_marks = list(marks), list(document.review_marks)

    def redo(self) -> None:
        for key, value in self.new.items():
            self.document.apply_text(key, value)
        self.document.set_review_marks(self.new_marks)

    def undo(self) -> None:
        for key, value in self.old.items():
            self.document.apply_text(key, value)
        self.document.set_review_marks(self.old_marks)
