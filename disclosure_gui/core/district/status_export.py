"""The district status board as a file: Excel (.xlsx, one sheet each for status, similarity and ratios), CSV or
JSON, chosen by the file's extension. Written through :func:`.outputs.write_output`, so a failure (the file open
in Excel or WPS) never leaves half a file and never destroys the previous one.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..outputs import OutputError, write_output
from .aggregate import Aggregation, status_json
from .review import (
    RATIO_HEADERS,
    SIMILARITY_HEADERS,
    STATUS_HEADERS,
    Review,
    matrix_rows,
    ratio_rows,
    similarity_rows,
    status_rows,
)

FORMATS = {".xlsx": "Excel", ".csv": "CSV", ".json": "JSON"}


class StatusExportError(OutputError):
    pass


def export_status(out: Path | str, aggregation: Aggregation, review: Review | None = None) -> Path:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise StatusExportError(f"无法导出为 {out.name}：状态表可导出为 .xlsx（Excel）、.csv 或 .json 文件")
    writer = {".xlsx": _write_xlsx, ".csv": _write_csv, ".json": _write_json}[suffix]
    write_output(out, lambda tmp: writer(Path(tmp), aggregation, review), StatusExportError)
    return out


def _sheets(aggregation: Aggregation, review: Review | None) -> list[tuple[str, list[list[Any]]]]:
    sheets = [("状态", [list(STATUS_HEADERS), *status_rows(aggregation, review)])]
    if review is not None:
        sheets += [
            ("相似度", [list(SIMILARITY_HEADERS), *similarity_rows(review.similarity)]),
            ("相似度矩阵", matrix_rows(review.similarity)),
            (f"比率（最少{review.ratios.min_cases}件）", [list(RATIO_HEADERS), *ratio_rows(review.ratios)]),
        ]
    return sheets


def _write_xlsx(path: Path, aggregation: Aggregation, review: Review | None) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]  # only the export needs it
    from openpyxl.styles import Alignment, Font  # type: ignore[import-untyped]

    book = Workbook()
    book.remove(book.active)
    for title, rows in _sheets(aggregation, review):
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([_cell(v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "B2"
        for column in sheet.columns:
            width = max((len(str(c.value or "")) for c in column[:200]), default=4)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width * 1.8, 6), 60)
            for c in column:
                if isinstance(c.value, str) and "\n" in c.value:
                    c.alignment = Alignment(wrap_text=True, vertical="top")
    book.save(path)


def _cell(value: Any) -> Any:
    # A text starting with = would be a formula in Excel: a unit name or passage must never become one.
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return value


def _write_csv(path: Path, aggregation: Aggregation, review: Review | None) -> None:
    # UTF-8 with BOM: Excel and WPS open it as Chinese text instead of guessing GBK.
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(STATUS_HEADERS)
        writer.writerows([_cell(v) for v in row] for row in status_rows(aggregation, review))


def _write_json(path: Path, aggregation: Aggregation, review: Review | None) -> None:
    data: dict[str, Any] = {"year": aggregation.year, "units": status_json(aggregation)}
    if review is not None:
        sim = review.similarity
        data["similarity"] = {
            "threshold": sim.threshold,
            "last_year_threshold": sim.last_year_threshold,
            "flagged": [p.to_json() for p in sim.flagged],
            "ranked": [p.to_json() for p in sim.ranked],
            "last_year": [p.to_json() for p in sim.last_year],
            "names_left": [
                {"agency": n.agency, "other": n.other, "field": n.field, "message": n.message} for n in sim.names_left
            ],
        }
        data["ratios"] = review.ratios.to_json()
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
