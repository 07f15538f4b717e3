"""The always-visible list of findings; clicking one shows the cell or the sentence it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.rules import RULE_TITLES, SEVERITY_LABEL, Finding
from .document import ReportDocument

GROUPS = (("R", "数据校验"),)


class ProblemsPanel(QWidget):
    activated = Signal(object)  # Finding

    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName("问题列表")
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        document.findingsChanged.connect(self.refresh)
        self.refresh()

    def set_document(self, document: ReportDocument) -> None:
        self.document.findingsChanged.disconnect(self.refresh)
        self.document = document
        document.findingsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        findings = self.document.findings
        errors = sum(f.severity == "error" for f in findings)
        warnings = len(findings) - errors
        if findings:
            self.summary.setText(f"<b style='color:#b00000'>{errors} 个错误</b>，{warnings} 个提醒")
        else:
            self.summary.setText("<span style='color:#207020'>✓ 没有发现问题</span>")
        self.tree.clear()
        for prefix, title in GROUPS:
            group = [f for f in findings if f.rule.startswith(prefix)]
            parent = QTreeWidgetItem([f"{title}（{len(group)}）"])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for finding in group:
                item = QTreeWidgetItem([f"{finding.rule} {SEVERITY_LABEL[finding.severity]}：{finding.message}"])
                item.setToolTip(0, f"{finding.message}\n（{RULE_TITLES.get(finding.rule, '')}）")
                color = "#b00000" if finding.severity == "error" else "#8a5a00"
                item.setForeground(0, QBrush(QColor(color)))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                parent.addChild(item)
            parent.setExpanded(True)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.activated.emit(finding)

    def count(self) -> int:
        return len(self.document.findings)
