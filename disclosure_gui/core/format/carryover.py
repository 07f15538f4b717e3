"""This year's draft from last year's report.

What carries over by law: 二、上年结转 is last year's 四、结转下年度继续办理, column by column, and
现行有效件数 starts from last year's. Meta and texts are copied so the officer edits rather than
retypes, but every year, date and figure in the copied text is marked for review (:mod:`.year_update`):
a report that still says 「2023年」 in 2025 is exactly what reviewers catch.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import schema
from .report import Report
from .year_update import Kind, Mention, copied_mentions


@dataclass(frozen=True)
class ReviewMark:
    """A place in a copied text the officer should look at (a year, date or figure from last year's report)."""

    field: str  # text field key, e.g. "overview.proactive"
    start: int
    end: int
    text: str
    reason: str
    kind: Kind = "year"

    def to_json(self) -> dict[str, object]:
        return {
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "reason": self.reason,
            "kind": self.kind,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ReviewMark:
        kind = str(data.get("kind", "year"))
        return cls(
            str(data["field"]),
            int(str(data["start"])),
            int(str(data["end"])),
            str(data["text"]),
            str(data["reason"]),
            kind if kind in ("year", "date", "figure") else "year",  # type: ignore[arg-type]
        )

    @classmethod
    def of(cls, mention: Mention) -> ReviewMark:
        return cls(mention.field, mention.start, mention.end, mention.text, mention.reason, mention.kind)


def copied_marks(report: Report, last_year: int) -> list[ReviewMark]:
    """Every year, date and figure in the report's texts, copied from ``last_year``'s report, to review."""
    keys = [f.key for f in schema.TEXT_FIELDS]
    return [ReviewMark.of(m) for m in copied_mentions(report.texts, last_year, report.meta.year, keys)]


def next_year_report(last: Report, year: int | None = None) -> tuple[Report, list[ReviewMark]]:
    """A new draft for ``year`` (default: the year after ``last``'s) and the places in its text to review."""
    new = Report.new(last.meta.agency, year or last.meta.year + 1, last.meta.agency_kind)
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
    return new, copied_marks(new, last.meta.year)
