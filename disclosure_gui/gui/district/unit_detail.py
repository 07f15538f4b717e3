"""One unit of the 汇总 board up close: what is wrong with its report and what looks copied (the side list), and its
report itself, read-only. Findings are said as the officer reads them; the check's code is in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from ...core.checks import registry
from ...core.checks.finding import SEVERITY_LABEL, Finding
from ...core.district.aggregate import Unit
from ...core.district.review import Review
from ..i18n import tr


def finding_item(finding: Finding) -> QListWidgetItem:
    item = QListWidgetItem(tr("{0}：{1}").format(SEVERITY_LABEL[finding.severity], finding.message))
    item.setToolTip(tr("{0} {1}").format(finding.rule, registry.title(finding.rule)))
    return item


def fill_detail(detail: QListWidget, unit: Unit, copy_notes: list[str], review: Review | None) -> None:
    """The side list: the unit's file problem, its findings, what it copied and who copied it."""
    detail.clear()
    if unit.message:
        detail.addItem(unit.message)
    for finding in unit.findings:
        detail.addItem(finding_item(finding))
    detail.addItems([tr("疑似抄袭：{0}").format(note) for note in copy_notes])
    if review is not None:
        detail.addItems([copy.line() for copy in review.copy_of(unit.agency)])
        detail.addItems(
            [
                tr("“{0}”的报告抄用了本单位的文字（{1:.0f}%），本单位不必修改").format(c.copier, c.share * 100)
                for c in review.copied_from(unit.agency)
            ]
        )
    if detail.count() == 0:
        detail.addItem(tr("没有发现问题"))


def show_unit(parent: QWidget, unit: Unit) -> QDialog | None:
    """The unit's report, read-only, under its findings (a window of its own, gone once closed)."""
    from ...core.publish.html import report_fragment

    if unit.report is None:
        return None
    dialog = QDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(tr("{0}（只读）").format(unit.agency))
    dialog.resize(900, 650)
    layout = QVBoxLayout(dialog)
    findings = QListWidget()
    for finding in unit.findings:
        findings.addItem(finding_item(finding))
    if not unit.findings:
        findings.addItem(tr("没有发现问题"))
    findings.setMaximumHeight(160)
    view = QTextBrowser()
    view.setHtml(report_fragment(unit.report))
    layout.addWidget(findings)
    layout.addWidget(view, 1)
    dialog.show()
    return dialog
