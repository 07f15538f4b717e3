"""Undo commands: the only way the window changes a report.

Typing into one text field merges into one undo step until the user moves to another field; a pasted
block is one command however many cells it fills.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from ..core import schema
from ..core.report import CellValue
from .document import ReportDocument
from .i18n import tr

_TEXT_IDS = {f.key: 1000 + i for i, f in enumerate(schema.TEXT_FIELDS)}
_META_ID_BASE = 2000


class SetCellsCommand(QUndoCommand):
    def __init__(self, document: ReportDocument, values: dict[str, CellValue], text: str) -> None:
        super().__init__(text)
        self.document = document
        self.new = dict(values)
        self.old = {path: document.value(path) for path in values}

    def redo(self) -> None:
        self.document.apply_cells(self.new)

    def undo(self) -> None:
        self.document.apply_cells(self.old)


class SetTextCommand(QUndoCommand):
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
        super().__init__(text or tr("编辑“{0}”").format(schema.TEXT_FIELD_BY_KEY[key].label))
        self.document = document
        self.key = key
        self.old = document.text(key) if old is None else old
        self.new = new
        self.mergeable = merge  # typing merges into one step; a generated or fixed text is a step of its own

    def id(self) -> int:
        return _TEXT_IDS[self.key]

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetTextCommand) or other.key != self.key or not (self.mergeable and other.mergeable):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.apply_text(self.key, self.new)

    def undo(self) -> None:
        self.document.apply_text(self.key, self.old)


class SetMetaCommand(QUndoCommand):
    def __init__(self, document: ReportDocument, name: str, new: Any, label: str) -> None:
        super().__init__(tr("修改“{0}”").format(label))
        self.document = document
        self.name = name
        self.old = document.meta_value(name)
        self.new = new
        self.mergeable = True

    def id(self) -> int:
        return _META_ID_BASE + (abs(hash(self.name)) % 1000)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMetaCommand) or other.name != self.name or not self.mergeable:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.document.apply_meta(self.name, self.new)

    def undo(self) -> None:
        self.document.apply_meta(self.name, self.old)
