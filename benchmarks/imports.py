"""Import speed on the real published reports of tests/corpus/files. Prints one JSON object.

    python benchmarks/imports.py

Figures (target in issue #15: a real PDF imports in under 2 s):
  pdf_ms        median whole import (read, tables, texts, 基本信息) of hongze-2023.pdf, 5 pages
  pdf_cold_ms   the first import in this process (pypdfium2 loaded on the way)
  html_ms       median import of shanghai-office-2019.html
  docx_ms       median import of shanghai-office-2019.docx
  text_ms       median import of the text copied from the PDF viewer
  doc_ms        one import of shanghai-office-2019.doc through LibreOffice (null without LibreOffice)
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.importers import import_published  # noqa: E402
from disclosure_gui.core.importers.legacy import find_office  # noqa: E402

FILES = ROOT / "tests" / "corpus" / "files"


def _ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return round((time.perf_counter() - start) * 1000, 1)


def _median_ms(name: str, repeat: int = 7) -> float:
    return statistics.median(_ms(lambda: import_published(FILES / name)) for _ in range(repeat))


def main() -> None:
    figures: dict[str, float | None] = {"pdf_cold_ms": _ms(lambda: import_published(FILES / "hongze-2023.pdf"))}
    figures["pdf_ms"] = _median_ms("hongze-2023.pdf")
    figures["html_ms"] = _median_ms("shanghai-office-2019.html")
    figures["docx_ms"] = _median_ms("shanghai-office-2019.docx")
    figures["text_ms"] = _median_ms("hongze-2023-copied-from-pdf-viewer.txt")
    has_office = find_office() is not None
    figures["doc_ms"] = _ms(lambda: import_published(FILES / "shanghai-office-2019.doc")) if has_office else None
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
