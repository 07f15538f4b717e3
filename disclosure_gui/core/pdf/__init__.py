"""The printed report (ReportLab), Qt-free."""

from .builder import MissingChar, PdfExportError, PdfOptions, PdfResult, build_pdf

__all__ = ["MissingChar", "PdfExportError", "PdfOptions", "PdfResult", "build_pdf"]
