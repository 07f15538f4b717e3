"""PDF export off the GUI thread, with progress, so the window never freezes."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..core.format.report import Report
from ..core.publish.pdf import PdfExportError, PdfOptions, PdfResult, build_pdf
from ..crash import crash_message, write_crash_log
from .i18n import tr


class ExportJob(QObject):
    progress = Signal(int)  # page number being laid out
    finished = Signal(object)  # PdfResult
    failed = Signal(str)

    def __init__(
        self,
        report: Report,
        target: Path,
        options: PdfOptions,
        previous: Report | None = None,
        data_dir: Path | None = None,  # where a crash log goes: the data folder the window works in
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.report = report.clone()  # the user may keep typing while this runs
        self.previous = previous
        self.target = target
        self.options = options
        self.worker = threading.Thread(target=self._run, name="pdf-export", daemon=True)

    def start(self) -> None:
        self.worker.start()

    def _run(self) -> None:
        try:
            result: PdfResult = build_pdf(
                self.report, self.target, self.options, previous=self.previous, progress=self.progress.emit
            )
        except PdfExportError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: the user gets a Chinese message and a crash log, not English
            log = write_crash_log(self.data_dir, exc, "export-pdf")
            self.failed.emit(tr("导出失败：{0}").format(crash_message(log)))
        else:
            self.finished.emit(result)
