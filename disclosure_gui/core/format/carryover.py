"""This year's draft from last year's report.

What carries over by law: 二、上年结转 is last year's 四、结转下年度继续办理, column by column, and
现行有效件数 starts from last year's. Meta and texts are copied so the officer edits rather than
retypes, but every year number in the copied text is marked for review: a report that still says
「2023年」 in 2025 is exactly what reviewers catch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import schema
from .report import Report

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


@dataclass(frozen=True)
class ReviewMark:
    """A place in a copied text the officer should look at (a year from last year's report)."""

    field: str  # text field key, e.g. "overview.proactive"
    start: int
    end: int
    text: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text, "reason": self.reason}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ReviewMark:
        return cls(
            str(data["field"]), int(str(data["start"])), int(str(data["end"])), str(data["text"]), str(data["reason"])
        )


def year_mentions(report: Report) -> list[ReviewMark]:
    marks = []
    for f in schema.TEXT_FIELDS:
        text = report.texts.get(f.key, "")
        for m in _YEAR.finditer(text):
            marks.append(
                ReviewMark(
                    f.key, m.start(), m.end(), m.group(), f"从上年报告复制的年份 {m.group()}，请确认是否需要改为本年"
                )
            )
    return marks


def next_year_report(last: Report) -> tuple[Report, list[ReviewMark]]:
    """A new draft for ``last.meta.year + 1`` and the places in its text to review."""
    new = Report.new(last.meta.agency, last.meta.year + 1, last.meta.agency_kind)
    new.meta.region = last.meta.region
    new.meta.website = last.meta.website
    new.meta.column = last.meta.column
    new.meta.contact = type(last.meta.contact)(**vars(last.meta.contact))
    new.meta.county_level = last.meta.county_level
    new.texts = dict(last.texts)

    carried = last.t3["carried_to_next_year"]
    new.t3["carried_over"] = [v if v is not None else 0 for v in carried]
    for row in schema.T2_DOC_ROWS:
        in_force = last.t2.get(f"{row}.in_force")
        new.t2[f"{row}.in_force"] = in_force if isinstance(in_force, int) else 0
    new.recompute_totals()
    # Carried-over applications must be handled this year or carried again: the officer fills
    # that in; the totals are computed so R1 shows what is still unaccounted for.
    return new, year_mentions(new)
