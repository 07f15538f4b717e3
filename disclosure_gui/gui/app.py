"""Starting the window: Qt application, Chinese translations and font, the store, the first report."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, ORGANIZATION
from ..core import exchange
from ..crash import crash_message, write_crash_log
from ..resources import resource_path, sample_path
from ..store import Store, StoreError, StoreTooNewError
from .i18n import tr
from .main_window import MainWindow

UI_FONT = "GovReportSans-Regular.ttf"


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _load_translations(app)
    _register_font(app)
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


def _has_system_cjk_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def open_store(data_dir: str | None, parent_for_questions: bool = True) -> Store:
    store = Store(data_dir)
    try:
        store.open()
    except StoreError as exc:  # another window holds it, or the folder cannot be written (CD, read-only share)
        if not parent_for_questions or not store.root.is_dir() or isinstance(exc, StoreTooNewError):
            raise
        answer = QMessageBox.question(None, APP_NAME, tr("{0}\n\n以只读方式打开查看吗？").format(exc.message))
        if answer != QMessageBox.StandardButton.Yes:
            raise
        store = Store(data_dir, readonly=True)
        store.open()
    return store


def start_window(store: Store, settings: QSettings) -> MainWindow:
    """The window on the most recent report (or the reports list); what the store found on the way is shown."""
    for notice in store.notices:
        QMessageBox.information(None, APP_NAME, notice)
    store.notices.clear()
    window = MainWindow(store, settings)
    window.show()
    drafts = {d.id for d in store.list_drafts()}  # heals damaged drafts before the first is opened
    window.show_notices()
    recent = [r for r in window._recent() if r in drafts]
    if recent:
        window.open_draft(recent[0])
    else:
        window.show_reports()
    return window


def install_crash_dialog(data_dir: str | Path | None) -> None:
    """A bug inside a slot would only print to stderr, where no window user looks: show it in a dialog instead,
    with the crash log written into the data folder. The window keeps running; drafts are autosaved."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log = write_crash_log(data_dir, exc.with_traceback(tb), "window")
        QMessageBox.critical(QApplication.activeWindow(), APP_NAME, crash_message(log))

    sys.excepthook = hook


def run_window(data_dir: str | None = None) -> int:
    app = make_application()
    install_crash_dialog(data_dir)
    try:
        store = open_store(data_dir)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, exc.message)
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
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    app = make_application()
    with tempfile.TemporaryDirectory() as scratch:
        store = Store(data_dir or Path(scratch) / "data")
        try:
            store.open()
        except StoreError as exc:
            print(tr("失败：{0}").format(exc.message), file=sys.stderr)
            return 1
        try:
            return _smoke(app, store, Path(scratch), screenshot_dir, started)
        finally:
            store.close()


def _smoke(app: QApplication, store: Store, scratch: Path, screenshot_dir: str | None, started: float) -> int:
    from .tabs.tables import TableTab

    sample = exchange.load(sample_path())
    existing = store.find(sample.meta.agency, sample.meta.year)
    draft_id = existing.id if existing else store.create(sample).id
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.show()
    window.open_draft(draft_id)
    app.processEvents()
    print(tr("窗口已打开：{0}（{1:.0f} ms）").format(window.windowTitle(), (time.perf_counter() - started) * 1000))
    failures: list[str] = []
    out = Path(screenshot_dir) if screenshot_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    for i, tab in enumerate(window.report_tabs):
        window.tabs.setCurrentIndex(i)
        app.processEvents()
        if out:
            path = out / f"{i + 1}-{tab.key}.png"
            if not window.grab().save(str(path)):
                failures.append(tr("无法保存截图 {0}").format(path))
            print(tr("截图：{0}").format(path))

    # Type into table 三 and see the totals and a finding follow; then undo.
    t3 = window.tab("t3")
    assert isinstance(t3, TableTab)
    model = t3.model
    cell = model.index_of("tables.t3.granted[0]")
    model.setData(cell, "５")
    report = window.current_report()
    assert report is not None
    if report.t3["granted"][6] != 5 or report.t3["total_handled"][0] != 5:
        failures.append(tr("表三：输入后总计没有更新"))
    if not any(f.rule == "R1" for f in window.document.findings):  # type: ignore[union-attr]
        failures.append(tr("表三：不平衡的数字没有报告 R1"))
    if window.problems is None or window.problems.count() == 0:
        failures.append(tr("问题面板没有显示问题"))
    window.stack.undo()
    data_errors = [f for f in window.document.findings if f.rule.startswith("R")]  # type: ignore[union-attr]
    if report.t3["granted"][0] != 0 or data_errors:
        failures.append(tr("撤销没有恢复原值"))
    print(tr("表三：输入、总计、校验、撤销 正常"))

    job = window.export_pdf(target=scratch / "smoke.pdf", ask_open=False)
    deadline = time.monotonic() + 60
    while job is not None and job.thread.is_alive() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    pdf = scratch / "smoke.pdf"
    if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
        failures.append(tr("PDF 导出失败"))
    else:
        print(tr("PDF 已导出（{0} KB）").format(pdf.stat().st_size // 1024))
    window.close()
    app.processEvents()
    for failure in failures:
        print(tr("失败：{0}").format(failure), file=sys.stderr)
    print(tr("冒烟测试通过") if not failures else tr("冒烟测试失败"))
    return 0 if not failures else 1
