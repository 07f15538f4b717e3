"""Taking the officer to what a finding, a search hit or a copied year is about: switch to its tab, scroll
it into view even when it is far down, select it, and flash it so the eye finds it."""

from __future__ import annotations

from ..core.checks.finding import Finding
from ..core.format import schema
from ..core.format.carryover import ReviewMark
from .report.document import section_of
from .shell import Shell


class Navigator:
    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.index = -1  # the finding F8 showed last

    def show_text(self, key: str, start: int, end: int) -> bool:
        for i, tab in enumerate(self.shell.report_tabs):
            if key in tab.editors():
                self.shell.tabs.setCurrentIndex(i)
                return tab.select_text(key, start, end)
        return False

    def show_cell(self, section: str, paths: tuple[str, ...]) -> bool:
        register = self.shell.register_tab
        if section == "register" and register is not None:
            self.shell.tabs.setCurrentWidget(register)
            return any(register.show_application(p.removeprefix("register.")) for p in paths)
        for i, tab in enumerate(self.shell.report_tabs):
            if tab.key == section:
                self.shell.tabs.setCurrentIndex(i)
                return any(tab.select_cell(path) for path in paths)
        return False

    def show_finding(self, finding: Finding) -> bool:
        if finding.text_span is not None:
            return self.show_text(*finding.text_span)
        return self.show_cell(section_of(finding), finding.cells)

    @staticmethod
    def field_label(key: str) -> str:
        return schema.TEXT_FIELD_BY_KEY[key].label if key in schema.TEXT_FIELD_BY_KEY else key

    def show_review_mark(self, mark: ReviewMark) -> bool:
        return self.show_text(mark.field, mark.start, mark.end)

    def next_problem(self) -> None:
        document = self.shell.document
        if document is None or not document.findings:
            self.shell.statusBar().showMessage("", 1)
            return
        findings = document.findings
        self.index = (self.index + 1) % len(findings)
        finding = findings[self.index]
        self.show_finding(finding)
        if self.shell.problems is not None:
            self.shell.problems.select(finding)
        self.shell.statusBar().showMessage(finding.message, 8000)
