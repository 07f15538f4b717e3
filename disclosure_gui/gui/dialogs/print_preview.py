"""Print preview and printing of the official PDF, so paper, preview and file are the same pages.

The report is laid out once, by the PDF builder; preview and printer show images of its pages rendered
by PDFium (``pypdfium2``), never a second layout that could drift from the file sent to the website.
"""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
from PySide6.QtCore import QRect, QSettings, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.filenames import native_path
from ..i18n import tr
from ..screen import remember_size

PREVIEW_DPI = 96
PRINT_DPI_MAX = 300  # enough for text on paper; more only makes the spool file huge


def page_count(pdf_path: Path) -> int:
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(document)
    finally:
        document.close()


def render_pages(pdf_path: Path, dpi: float, pages: range | None = None) -> list[QImage]:
    """Images of the PDF's pages at ``dpi`` (all pages, or the 0-based ``pages``)."""
    document = pdfium.PdfDocument(str(pdf_path))
    images = []
    try:
        for index in pages if pages is not None else range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, force_bitmap_format=pdfium_c.FPDFBitmap_BGRA, rev_byteorder=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBA8888)
            images.append(image.copy())  # the bitmap's memory goes with the page
            page.close()
    finally:
        document.close()
    return images


def print_pdf(pdf_path: Path, printer: QPrinter) -> int:
    """Send the PDF's pages (the range chosen in the print dialog, if any) to the printer; returns pages printed."""
    total = page_count(pdf_path)
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, total)) if first > 0 and last > 0 else range(total)
    dpi = min(printer.resolution(), PRINT_DPI_MAX)
    if not printer.isValid():  # no printer to send to (none installed, or the one chosen went away)
        return 0
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:  # 打印到文件: a file it can write
        out = Path(printer.outputFileName())
        if (
            not printer.outputFileName()
            or os.path.isdir(native_path(out))
            or not os.path.isdir(native_path(out.parent))
        ):
            return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        for n, index in enumerate(pages):
            if n:
                printer.newPage()
            image = render_pages(pdf_path, dpi, range(index, index + 1))[0]
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), scaled.width(), scaled.height())
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PrintPreviewDialog(QDialog):
    """The pages of the exported PDF, one under the other, with 打印."""

    printRequested = Signal()

    def __init__(self, pdf_path: Path, settings: QSettings, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.pdf_path = pdf_path
        self.setWindowTitle(tr("打印预览"))
        self.resize(760, 900)
        remember_size(self, settings)
        self.pages = render_pages(pdf_path, PREVIEW_DPI)
        self.summary = QLabel(tr("共 {0} 页，与导出的 PDF 完全相同。").format(len(self.pages)) + note)
        self.summary.setWordWrap(True)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(12)
        self.page_labels: list[QLabel] = []
        for _page in self.pages:
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #999")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.scroller = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setStyleSheet("QScrollArea { background: #808080 }")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(tr("打印…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.printRequested)
        buttons.rejected.connect(self.reject)
        self._shown_width = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Pages as wide as the window allows (never wider than the page at screen size)."""
        super().resizeEvent(event)
        width = max(200, self.scroller.viewport().width() - 40)
        if width == self._shown_width:
            return
        self._shown_width = width
        for label, image in zip(self.page_labels, self.pages, strict=True):
            shown = (
                image
                if image.width() <= width
                else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            label.setPixmap(QPixmap.fromImage(shown))
