"""The printed report (ReportLab), Qt-free."""

from .builder import PdfOptions, PdfResult, build_pdf
from .page import MissingChar, PdfExportError

__all__ = ["MissingChar", "PdfExportError", "PdfOptions", "PdfResult", "build_pdf"]
