"""The always-visible list of findings; clicking one shows the cell or the sentence it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ..core.profile_checks import PROFILE_TITLES
from ..core.quality import QUALITY_TITLES
from ..core.rules import RULE_TITLES, SEVERITY_LABEL, Finding
from .document import ReportDocument
from .i18n import tr

GROUPS = (("R", tr("数据校验")), ("Q", tr("质量体检")))


TITLES = {**RULE_TITLES, **QUALITY_TITLES, **PROFILE_TITLES}


class ProblemsPanel(QWidget):
    activated = Signal(object)  # Finding
    fixRequested = Signal(object)  # Finding with a certain fix

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
        self.tree.setAccessibleName(tr("问题列表"))
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.fix_button = QPushButton(tr("一键修正"))
        self.fix_button.setToolTip(tr("对能确定改法的问题（统计期限写法、误重复的词）直接修正，可撤销"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._fix)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._update_fix_button(item))
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.fix_button)
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
            color = "#b00000" if errors else "#207020"
            self.summary.setText(tr("<b style='color:{0}'>{1} 个错误</b>，{2} 个提醒").format(color, errors, warnings))
        else:
            self.summary.setText(tr("<span style='color:#207020'>✓ 没有发现问题</span>"))
        self.tree.clear()
        local = [("P", tr("本地要求"))] if self.document.profile is not None else []  # only under a profile
        for prefix, title in [*GROUPS, *local]:
            group = [f for f in findings if f.rule.startswith(prefix)]
            parent = QTreeWidgetItem([tr("{0}（{1}）").format(title, len(group))])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for finding in group:
                item = QTreeWidgetItem(
                    [tr("{0} {1}：{2}").format(finding.rule, SEVERITY_LABEL[finding.severity], finding.message)]
                )
                fix = tr("\n可一键修正") if finding.fix else ""
                item.setToolTip(0, tr("{0}\n（{1}）{2}").format(finding.message, TITLES.get(finding.rule, ""), fix))
                color = "#b00000" if finding.severity == "error" else "#8a5a00"
                item.setForeground(0, QBrush(QColor(color)))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                parent.addChild(item)
            parent.setExpanded(True)
        self.fix_button.setEnabled(False)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.activated.emit(finding)

    def _selected(self) -> Finding | None:
        item = self.tree.currentItem()
        finding = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return finding if isinstance(finding, Finding) else None

    def _update_fix_button(self, _item: QTreeWidgetItem | None) -> None:
        finding = self._selected()
        self.fix_button.setEnabled(finding is not None and finding.fix is not None)

    def _fix(self) -> None:
        finding = self._selected()
        if finding is not None and finding.fix is not None:
            self.fixRequested.emit(finding)

    def count(self) -> int:
        return len(self.document.findings)
