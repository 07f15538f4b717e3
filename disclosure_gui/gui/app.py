"""Starting the window: Qt application, Chinese translations and font, the store, the first report."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORGANIZATION
from ..core.filenames import native_path
from ..resources import resource_path
from ..store import Store, StoreError, StoreTooNewError
from . import settings as keys
from . import translations
from .i18n import tr
from .main_window import MainWindow
from .messages import install_crash_dialog

UI_FONT = "GovReportSans-Regular.ttf"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _load_translations(app)
    translations.install(app)
    _register_font(app)
    _readable_hints(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "disclosure-gui.png"))))
    return app


def _load_translations(app: QApplication) -> None:
    """Qt's own dialogs (file chooser, message boxes) in Chinese."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN", "qt_zh_CN"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)


def _register_font(app: QApplication) -> None:
    """Register the shipped Chinese font so a machine without one shows Chinese, not boxes."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", UI_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return
    font = QFont(app.font())
    font.setFamilies([font.family(), *families] if _has_system_cjk_font() else [*families, font.family()])
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)


PLACEHOLDER = "#6b6b6b"  # 5.3:1 on white; Qt's default (half-transparent black) is 4:1, below normal contrast


def _readable_hints(app: QApplication) -> None:
    """Hint text in empty fields (「如：某某区科技局」) as readable as normal text must be (4.5:1)."""
    palette = app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor(PLACEHOLDER))
    app.setPalette(palette)


def _has_system_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def open_store(data_dir: str | None, parent_for_questions: bool = True) -> Store:
    store = Store(data_dir)
    try:
        store.open()
    except StoreError as exc:  # another window holds it, or the folder cannot be written (CD, read-only share)
        if not parent_for_questions or not os.path.isdir(native_path(store.root)) or isinstance(exc, StoreTooNewError):
            raise
        answer = QMessageBox.question(None, APP_NAME, tr("{0}\n\n以只读方式打开查看吗？").format(exc))  # type: ignore[call-overload]
        if answer != QMessageBox.StandardButton.Yes:
            raise
        store = Store(data_dir, readonly=True)
        store.open()
    return store


def start_window(store: Store, settings: QSettings) -> MainWindow:
    """The window on the most recent report (or the reports list); what the store found on the way is shown."""
    for notice in store.notices:
        QMessageBox.information(None, APP_NAME, notice)  # type: ignore[call-overload]
    store.notices.clear()
    window = MainWindow(store, settings)
    window.show()
    drafts = {d.id for d in store.list_drafts()}  # heals damaged drafts before the first is opened
    window.show_notices()
    recent = [r for r in keys.get_list(settings, keys.RECENT) if r in drafts]
    if recent:  # carry on where the officer stopped; 文件 → 关闭报告 leads to the start page
        window.open_draft(recent[0])
    return window


def run_window(data_dir: str | None = None) -> int:
    app = make_application()
    install_crash_dialog(data_dir)
    try:
        store = open_store(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))  # type: ignore[call-overload]
        return 2
    window = start_window(store, QSettings())  # noqa: F841 - the window must live while the app runs
    try:
        return app.exec()
    finally:
        store.close()


# ---------------------------------------------------------------------------- smoke test


def run_smoke_test(data_dir: str | None = None, screenshot_dir: str | None = None) -> int:
    """Open the window on the built-in sample, visit every tab, check totals and findings, export a PDF.

    Exit 0 when everything worked; prints what it did. Used by CI and by installed packages.
    """
    from .smoke import office_screen, smoke

    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        if screenshot_dir and os.environ.get("QT_QPA_PLATFORM") == "offscreen" and QApplication.instance() is None:
            # Screenshots show what an officer sees on the smallest office screen.
            os.environ["QT_QPA_PLATFORM"] = office_screen(Path(scratch))
        app = make_application()
        store = Store(data_dir or Path(scratch) / "data")
        try:
            store.open()
        except StoreError as exc:
            print(tr("失败：{0}").format(exc), file=sys.stderr)
            return 1
        try:
            return smoke(app, store, Path(scratch), screenshot_dir, started)
        finally:
            store.close()
