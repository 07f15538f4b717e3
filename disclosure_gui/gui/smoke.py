"""`disclosure-gui smoke-test`: open the window on the built-in sample as an officer would, check what it
shows, export it as PDF and Word into a folder whose name has Chinese characters and spaces (as officers' folders
do), and (with ``--screenshot``) save the start page, every tab, the print preview and the 汇总 workspace."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.format import exchange
from ..resources import sample_path
from ..store import Store
from .i18n import tr
from .jobs import Job
from .main_window import MainWindow
from .report.tabs.tables import TableTab

OFFICE_SCREEN = (1024, 768)


def office_screen(folder: Path, size: tuple[int, int] = OFFICE_SCREEN) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen of ``size`` (Qt's offscreen plugin reads a screen file)."""
    width, height = size
    config = folder / "screen.json"
    screen = {"name": "office", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def wait_for(app: QApplication, job: Job | None, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while job is not None and job.is_running() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()


def dismiss_messages(app: QApplication, failures: list[str]) -> QTimer:
    """Close any message box an export opens (nobody is there to click it) and count it as a failure."""

    def close_open_box() -> None:
        box = app.activeModalWidget()
        if isinstance(box, QMessageBox):
            failures.append(tr("出现了提示框：{0}").format(box.text()))
            box.reject()

    timer = QTimer(app)
    timer.timeout.connect(close_open_box)
    timer.start(200)
    return timer


def check_exports(app: QApplication, window: MainWindow, folder: Path, failures: list[str]) -> None:
    """Export PDF and Word through the window, as the menu does, into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    name = tr("年度报告 2023")
    pdf, docx = folder / f"{name}.pdf", folder / f"{name}.docx"
    wait_for(app, window.exporter.export_pdf(target=pdf, ask_open=False))
    if not pdf.exists() or not pdf.read_bytes().startswith(b"%PDF"):
        failures.append(tr("PDF 导出失败：{0}").format(pdf))
    else:
        print(tr("PDF 已导出（{0} KB）：{1}").format(pdf.stat().st_size // 1024, pdf))
    window.exporter.export_docx(target=docx)
    if not docx.exists() or not docx.read_bytes().startswith(b"PK"):
        failures.append(tr("Word 导出失败：{0}").format(docx))
    else:
        print(tr("Word 已导出（{0} KB）：{1}").format(docx.stat().st_size // 1024, docx))


def smoke(app: QApplication, store: Store, scratch: Path, screenshot_dir: str | None, started: float) -> int:
    sample = exchange.load(sample_path())
    existing = store.find(sample.meta.agency, sample.meta.year)
    draft_id = existing.id if existing else store.create(sample).id
    settings = QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.show()
    app.processEvents()
    failures: list[str] = []
    dismiss_messages(app, failures)
    out = Path(screenshot_dir) if screenshot_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)

    def shot(widget: QWidget, name: str) -> None:
        if out is None:
            return
        app.processEvents()
        path = out / f"{name}.png"
        if not widget.grab().save(str(path)):
            failures.append(tr("无法保存截图 {0}").format(path))
        print(tr("截图：{0}").format(path))

    if window.pages.currentWidget() is not window.start_page:
        failures.append(tr("启动后没有显示开始页"))
    shot(window, "0-start")
    window.open_draft(draft_id)
    app.processEvents()
    print(tr("窗口已打开：{0}（{1:.0f} ms）").format(window.windowTitle(), (time.perf_counter() - started) * 1000))
    for i, tab in enumerate(window.report_tabs):
        window.tabs.setCurrentIndex(i)
        shot(window, f"{i + 1}-{tab.key}")

    # Type into table 三 and see the totals and a finding follow; then undo.
    t3 = window.tab("t3")
    assert isinstance(t3, TableTab)
    model = t3.model
    model.setData(model.index_of("tables.t3.granted[0]"), "５")
    document = window.document
    assert document is not None
    report = document.report
    if report.t3["granted"][6] != 5 or report.t3["total_handled"][0] != 5:
        failures.append(tr("表三：输入后总计没有更新"))
    if not any(f.rule == "R1" for f in document.findings):
        failures.append(tr("表三：不平衡的数字没有报告 R1"))
    if window.problems is None or window.problems.count() == 0:
        failures.append(tr("问题面板没有显示问题"))
    window.stack.undo()
    if report.t3["granted"][0] != 0 or [f for f in document.findings if f.rule.startswith("R")]:
        failures.append(tr("撤销没有恢复原值"))
    print(tr("表三：输入、总计、校验、撤销 正常"))

    wait_for(app, window.exporter.print_preview())
    preview = window.exporter.preview
    if preview is None or not preview.pages:
        failures.append(tr("打印预览没有显示页面"))
    else:
        shot(preview, "8-print-preview")
        print(tr("打印预览：{0} 页").format(len(preview.pages)))
        preview.close()

    window.show_aggregate()
    shot(window.aggregate_window, "9-aggregate")
    window.aggregate_window.close()

    check_exports(app, window, scratch / tr("导出 文件") / tr("第 1 稿"), failures)
    window.close()
    app.processEvents()
    for failure in failures:
        print(tr("失败：{0}").format(failure), file=sys.stderr)
    print(tr("冒烟测试通过") if not failures else tr("冒烟测试失败"))
    return 0 if not failures else 1
