"""One import measured against the ground truth: its tables cell by cell, its texts by their edges, and how much of
its body it accounts for. Used by the carrier tests and by ``benchmarks/precision.py``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from disclosure_gui.core.format import schema
from disclosure_gui.core.importers import ImportResult
from disclosure_gui.core.importers.base import body_text
from disclosure_gui.core.importers.ledger import accounted
from tests.corpus.truth import GROUPS, expected_cells, expected_groups

_SUBHEADING = re.compile(r"第一部分“(.+)”的小标题")
_LABELS = {f.label: f.key for f in schema.OVERVIEW_FIELDS}


@dataclass
class Measure:
    slug: str
    carrier: str
    cells: int = 0
    wrong: list[str] = field(default_factory=list)  # a value other than the printed one
    blank: list[str] = field(default_factory=list)  # left blank where the report prints a figure
    zero_unread: list[str] = field(default_factory=list)  # 0 where the report prints nothing (blank, or no row)
    texts: int = 0
    texts_wrong: list[str] = field(default_factory=list)  # a field group without its printed first or last words
    body: int = 0
    accounted: int = 0
    extra: int = 0  # characters claimed that the body does not have
    ms: float = 0.0

    @property
    def exact(self) -> bool:
        return not (self.wrong or self.blank or self.zero_unread)


def measure(result: ImportResult, e: dict[str, Any], carrier: str, ms: float = 0.0) -> Measure:
    m = Measure(e["slug"], carrier, ms=ms)
    report = result.report
    for path, want in expected_cells(e).items():
        got = report.get(path)
        m.cells += 1
        if got == want:
            continue
        if got is None:
            m.blank.append(path)
        elif want is None and got == 0:
            m.zero_unread.append(path)
        else:
            m.wrong.append(f"{path}: {got}（应为 {want}）")
    for group, want in expected_groups(e).items():
        m.texts += 1
        got = _chars("".join(report.texts.get(k, "") for k in GROUPS[group]) + _headings(result, group))
        missing = sum((_chars(want) - got).values())
        if missing:
            m.texts_wrong.append(f"{group}（缺 {missing} 字）")
    m.body, m.accounted, m.extra = accounted(body_text(result.blocks), result.ledger, report.texts)
    return m


def _chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def _headings(result: ImportResult, group: str) -> str:
    """The subheadings the import took off a group's text (its own words stay in the field)."""
    out = []
    for entry in result.ledger:
        if entry.to != "structure":
            continue
        sub = _SUBHEADING.match(entry.what)
        owner = _LABELS.get(sub.group(1)) if sub else None
        owner = owner or (
            "problems" if entry.what == "第五部分的小标题" else "other" if entry.what == "第六部分的小标题" else None
        )
        if owner is not None and (owner == group or (group == "overview" and owner.startswith("overview."))):
            out.append(entry.text)
    return "".join(out)
