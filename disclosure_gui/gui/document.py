"""The open report, as the window sees it: the core report, its computed findings, and change signals.

Only undo commands change a document (see :mod:`.commands`); views and models listen to its signals.
Every change recomputes totals and findings in the core (a fraction of a millisecond), then says which
cells changed so only they repaint.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.carryover import ReviewMark
from ..core.profile import LocalProfile
from ..core.profile_checks import run_profile
from ..core.quality import run_quality
from ..core.report import CellValue, Report, totals_fed_by
from ..core.rules import Finding, run_rules


class ReportDocument(QObject):
    cellsChanged = Signal(list)  # paths whose value changed (inputs and the totals they feed)
    textChanged = Signal(str)  # text field key
    metaChanged = Signal()
    findingsChanged = Signal()

    def __init__(self, report: Report, *, draft_id: str | None = None, previous: Report | None = None) -> None:
        super().__init__()
        self.report = report
        self.draft_id = draft_id
        self.previous = previous
        self.review_marks: list[ReviewMark] = []
        self.profile: LocalProfile | None = None  # a local profile's checks (P1–P4) are added to the national ones
        self.findings: list[Finding] = []
        self.cell_findings: dict[str, list[Finding]] = {}
        self.text_findings: dict[str, list[Finding]] = {}
        self._refresh_findings()

    # ------------------------------------------------------------------ reading

    def value(self, path: str) -> CellValue:
        return self.report.get(path)

    def text(self, key: str) -> str:
        return self.report.text(key)

    def findings_for(self, path: str) -> list[Finding]:
        return self.cell_findings.get(path, [])

    def error_count(self, section: str) -> int:
        """Errors that concern a report section (tab), for the tab title."""
        return sum(1 for f in self.findings if f.severity == "error" and section_of(f) == section)

    # ------------------------------------------------------------------ changing (undo commands only)

    def apply_cells(self, values: dict[str, CellValue]) -> None:
        changed = set()
        for path, value in values.items():
            if self.report.get(path) != value:
                self.report.set(path, value)
                changed.add(path)
                changed.update(totals_fed_by(path))
        changed.update(self.report.recompute_totals())
        self._refresh_findings()
        self.cellsChanged.emit(sorted(changed))

    def apply_text(self, key: str, text: str) -> None:
        if self.report.texts.get(key, "") == text:
            return
        self.report.texts[key] = text
        self._refresh_findings()
        self.textChanged.emit(key)

    def apply_meta(self, name: str, value: Any) -> None:
        meta = self.report.meta
        if name.startswith("contact."):
            setattr(meta.contact, name.removeprefix("contact."), value)
        else:
            setattr(meta, name, value)
        self._refresh_findings()
        self.metaChanged.emit()

    def meta_value(self, name: str) -> Any:
        meta = self.report.meta
        if name.startswith("contact."):
            return getattr(meta.contact, name.removeprefix("contact."))
        return getattr(meta, name)

    def set_profile(self, profile: LocalProfile | None) -> None:
        self.profile = profile
        self._refresh_findings()

    def set_previous(self, previous: Report | None) -> None:
        self.previous = previous
        self._refresh_findings()

    # ------------------------------------------------------------------ findings

    def _refresh_findings(self) -> None:
        findings = run_rules(self.report, self.previous) + run_quality(self.report, self.previous)
        findings += run_profile(self.report, self.profile)
        cells: dict[str, list[Finding]] = defaultdict(list)
        texts: dict[str, list[Finding]] = defaultdict(list)
        for f in findings:
            for path in f.cells:
                if path.startswith("sections."):
                    texts[path.removeprefix("sections.")].append(f)
                else:
                    cells[path].append(f)
        changed = findings != self.findings
        self.findings, self.cell_findings, self.text_findings = findings, dict(cells), dict(texts)
        if changed:
            self.findingsChanged.emit()


def section_of(finding: Finding) -> str:
    """The tab a finding belongs to: its first cell decides."""
    first = finding.cells[0] if finding.cells else ""
    if first.startswith("tables."):
        return first.split(".")[1]
    if first.startswith("fees."):
        return "other"
    if first.startswith("sections."):
        section = first.split(".")[1]
        return "basic" if section == "preamble" else section
    return "basic"  # meta.*
