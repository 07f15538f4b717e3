"""The district status board as a file: Excel (.xlsx, one sheet each for status, similarity and ratios), CSV or
JSON, chosen by the file's extension. Written through the one spreadsheet writer (:mod:`..spreadsheet`: no formula,
no refused character) and the one output writer, so a failure (the file open in Excel or WPS) never leaves half a
file and never destroys the previous one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..outputs import OutputError, write_json
from ..spreadsheet import Worksheet, write_csv, write_xlsx
from .aggregate import Aggregation, status_json
from .review import (
    PAIR_ROWS,
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
    if suffix == ".json":
        write_json(out, _json(aggregation, review), StatusExportError)
    elif suffix == ".csv":
        write_csv(out, _sheets(aggregation, review)[0].rows, StatusExportError)
    else:
        write_xlsx(out, _sheets(aggregation, review), StatusExportError)
    return out


def _sheets(aggregation: Aggregation, review: Review | None) -> list[Worksheet]:
    sheets = [Worksheet("状态", [list(STATUS_HEADERS), *status_rows(aggregation, review)])]
    if review is not None:
        sheets += [
            Worksheet("相似度", [list(SIMILARITY_HEADERS), *similarity_rows(review.similarity)]),
            Worksheet("相似度矩阵", matrix_rows(review.similarity)),
            Worksheet(
                f"比率（最少{review.ratios.min_cases}件）",
                [list(RATIO_HEADERS), *ratio_rows(review.ratios)],
                freeze="B2",
            ),
        ]
    return sheets


def _json(aggregation: Aggregation, review: Review | None) -> dict[str, Any]:
    data: dict[str, Any] = {"year": aggregation.year, "units": status_json(aggregation)}
    if review is not None:
        sim = review.similarity
        data["similarity"] = {
            "threshold": sim.threshold,
            "last_year_threshold": sim.last_year_threshold,
            "flagged_total": len(sim.flagged),
            "flagged": [p.to_json() for p in sim.flagged[:PAIR_ROWS]],  # each unit's own entry says the rest
            "ranked": [p.to_json() for p in sim.ranked],
            "last_year": [p.to_json() for p in sim.last_year],
            "names_left": [
                {"agency": n.agency, "other": n.other, "field": n.field, "message": n.message} for n in sim.names_left
            ],
        }
        data["ratios"] = review.ratios.to_json()
    return data
