"""Exchange files chosen in the window: read one (saying why and where it cannot be), store it as a draft (asking
before replacing one), write one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.format import exchange
from ...core.format.report import Report
from ...core.outputs import OutputError, write_text
from ...store import Store, StoreError
from .. import settings as keys
from ..i18n import tr
from ..messages import warn
from .files import ask_save


def load_exchange_file(parent: QWidget | None, path: str) -> Report | None:
    """Read an exchange file the user chose; on failure say why and where, and return None."""
    try:
        return exchange.load(path)
    except exchange.ExchangeError as exc:
        warn(parent, tr("无法读取 {0}：{1}").format(Path(path).name, exc))
        return None


def import_exchange_file(parent: QWidget, store: Store, path: str) -> str | None:
    """Store the report of an exchange file as a draft (asking before replacing one); its id, or None."""
    report = load_exchange_file(parent, path)
    return keep_as_draft(parent, store, report) if report is not None else None


def keep_as_draft(parent: QWidget, store: Store, report: Report) -> str | None:
    """Store a report read from a file as a draft (asking before replacing one); its id, or None."""
    existing = store.find(report.meta.agency, report.meta.year)
    if existing:
        sure = QMessageBox.question(
            parent,
            tr("导入"),
            tr("已有“{0}”{1}年的草稿。用导入的文件替换它吗？（原内容保留在历史版本中）").format(
                report.meta.agency, report.meta.year
            ),
        )
        if sure != QMessageBox.StandardButton.Yes:
            return None
    try:
        return store.create(report, replace=existing is not None).id
    except StoreError as exc:
        warn(parent, str(exc))
        return None


def export_exchange_file(parent: QWidget, report: Report, settings: QSettings | None = None) -> None:
    name = exchange.suggested_filename(report)
    path = ask_save(parent, settings, keys.KIND_EXCHANGE, tr("导出年报交换文件"), name, tr("年报交换文件 (*.json)"))
    if path is None:
        return
    try:
        text = exchange.dumps(report)
    except exchange.BlankCellsError as exc:
        warn(parent, tr("还不能导出：{0}").format(exc))
        return
    try:
        write_text(path, text)
    except OutputError as exc:
        warn(parent, str(exc))
