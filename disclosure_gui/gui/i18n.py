"""User-visible strings go through Qt's translation machinery.

The source language is Simplified Chinese; a translator (a ``.qm`` file for the context
``disclosure_gui``) installed on the application would replace them. Qt's own dialogs are translated by
``qtbase_zh_CN``, loaded at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "disclosure_gui"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark module-level text for translation; :func:`tr` translates it where it is shown."""
    return text
