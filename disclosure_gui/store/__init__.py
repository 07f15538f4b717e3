"""Drafts that are never lost: crash-safe TinyDB files in one data folder per user.

Layout of a data folder (see :mod:`.drafts`)::

    store.json                 TinyDB: store schema version
    lock                       held (OS lock) by the one process that may write
    drafts/<id>/draft.json     TinyDB: one report and its bookkeeping
    drafts/<id>/history/*.json earlier versions, one file each
    trash/<id>/                deleted drafts, restorable
    damaged/                   files that could not be read, moved aside, never deleted
    backups/                   copies made before each migration
"""

from .drafts import DraftInfo, Store, StoreError, StoreLockedError, StoreTooNewError
from .history import Version

__all__ = ["DraftInfo", "Store", "StoreError", "StoreLockedError", "StoreTooNewError", "Version"]
