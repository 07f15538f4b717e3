"""The open report, as the window sees it: the core report, its computed findings, and change signals.

Only undo commands change a document (see :mod:`.commands`); views and models listen to its signals.
Every change recomputes totals and findings in the core (a fraction of a millisecond), then says which
cells changed so only they repaint.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...core.checks.finding import Finding
from ...core.checks.registry import run_all
from ...core.format.carryover import ReviewMark
from ...core.format.local_profile import LocalProfile
from ...core.format.report import CellValue, Report, computed_totals, totals_fed_by
from ...core.register.tables import RegisterTables


class ReportDocument(QObject):
    cellsChanged = Signal(list)  # paths whose value changed (inputs and the totals they feed)
    textChanged = Signal(str)  # text field key
    metaChanged = Signal()
    findingsChanged = Signal()
    reviewMarksChanged = Signal()

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
        # Findings an edit caused, keyed by (rule, cells), and the input cells the user changed to cause
        # them: the mark belongs on the cell just typed, not only on the totals the rule compares.
        self._blame: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        # The request register's counts, when the report is compared with it (check T1); asked on every check.
        self.register: Callable[[], RegisterTables] | None = None
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

    def apply_cells(self, values: dict[str, CellValue], *, totals: dict[str, CellValue] | None = None) -> None:
        """Set input cells; the totals they feed follow (blank when one of their cells is blank). ``totals``: an
        undo gives them back exactly as they were — a wrong total printed in an imported report included, which the
        rules keep pointing at until a cell feeding it is edited."""
        changed = set()
        edited = set()
        for path, value in values.items():
            if self.report.get(path) != value:
                self.report.set(path, value)
                edited.add(path)
                changed.add(path)
                changed.update(totals_fed_by(path))
        if totals is not None:
            for path, value in totals.items():
                self.report.set(path, value)
        else:
            computed = computed_totals(self.report)
            for path in {t for p in edited for t in totals_fed_by(p)}:
                self.report.set(path, computed[path])
        self._refresh_findings(edited)
        self.cellsChanged.emit(sorted(changed))

    def apply_text(self, key: str, text: str) -> None:
        if self.report.texts.get(key, "") == text:
            return
        self.report.texts[key] = text
        self._relocate_review_marks(key)
        self._refresh_findings()
        self.textChanged.emit(key)

    # ------------------------------------------------------------------ years copied from last year

    def set_review_marks(self, marks: list[ReviewMark]) -> None:
        self.review_marks = [m for m in marks if self.text(m.field)[m.start : m.end] == m.text]
        self.reviewMarksChanged.emit()

    def confirm_review_mark(self, mark: ReviewMark) -> None:
        if mark in self.review_marks:
            self.review_marks.remove(mark)
            self.reviewMarksChanged.emit()

    def _relocate_review_marks(self, key: str) -> None:
        """Follow each copied year as the text around it changes; a year the officer rewrote is done."""
        text = self.text(key)
        taken = {m.start for m in self.review_marks if m.field == key and text[m.start : m.end] == m.text}
        kept = []
        for mark in self.review_marks:
            if mark.field != key or text[mark.start : mark.end] == mark.text:
                kept.append(mark)
                continue
            spots = [i for i in range(len(text)) if text.startswith(mark.text, i) and i not in taken]
            if spots:
                start = min(spots, key=lambda i: abs(i - mark.start))
                taken.add(start)
                kept.append(replace(mark, start=start, end=start + len(mark.text)))
        if kept != self.review_marks:
            self.review_marks = kept
            self.reviewMarksChanged.emit()

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

    def set_register(self, register: Callable[[], RegisterTables] | None) -> None:
        """Compare the report with the register's counts (T1) from now on; None: no longer."""
        self.register = register
        self._refresh_findings()

    def _refresh_findings(self, edited: set[str] | None = None) -> None:
        register = self.register() if self.register is not None else None
        findings = run_all(self.report, self.previous, self.profile, register)
        self._update_blame(findings, edited or set())
        cells: dict[str, list[Finding]] = defaultdict(list)
        texts: dict[str, list[Finding]] = defaultdict(list)
        for f in findings:
            blamed = self._blame.get((f.rule, f.cells), set())
            for path in (*f.cells, *sorted(blamed - set(f.cells))):
                if path.startswith("sections."):
                    texts[path.removeprefix("sections.")].append(f)
                else:
                    cells[path].append(f)
        changed = findings != self.findings
        self.findings, self.cell_findings, self.text_findings = findings, dict(cells), dict(texts)
        if changed:
            self.findingsChanged.emit()

    def _update_blame(self, findings: list[Finding], edited: set[str]) -> None:
        before = {(f.rule, f.cells, f.message) for f in self.findings}
        now = {(f.rule, f.cells): f for f in findings}
        self._blame = {k: v for k, v in self._blame.items() if k in now}
        for key, finding in now.items():
            if (*key, finding.message) in before or not edited:
                continue
            concerned = set(finding.cells)
            culprits = {p for p in edited if p in concerned or concerned & set(totals_fed_by(p))}
            if culprits:
                self._blame.setdefault(key, set()).update(culprits)


def section_of(finding: Finding) -> str:
    """The tab a finding belongs to: its first cell decides."""
    first = finding.cells[0] if finding.cells else ""
    if first.startswith("tables."):
        return first.split(".")[1]
    if first.startswith("fees."):
        return "other"
    if first.startswith("register."):
        return "register"  # a register problem (T2): shown in the 依申请公开台账 tab
    if first.startswith("sections."):
        section = first.split(".")[1]
        return "basic" if section == "preamble" else section
    return "basic"  # meta.*
