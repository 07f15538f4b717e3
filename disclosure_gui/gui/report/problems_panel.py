"""The always-visible list of findings; clicking one shows the cell or the sentence it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.checks import registry
from ...core.checks.finding import SEVERITY_LABEL, Finding
from ...core.format import schema
from ...core.format.carryover import ReviewMark
from ..i18n import QT_TRANSLATE_NOOP, tr
from .document import ReportDocument

# The registry's groups, in its order. Their names are marked here for the translation file and translated
# when shown, not when imported: a translator installed later still takes effect.
GROUPS = tuple(registry.GROUPS.items())
MARKED_GROUP_NAMES = (
    QT_TRANSLATE_NOOP("disclosure_gui", "数据校验"),
    QT_TRANSLATE_NOOP("disclosure_gui", "质量体检"),
    QT_TRANSLATE_NOOP("disclosure_gui", "台账核对"),
    QT_TRANSLATE_NOOP("disclosure_gui", "本地要求"),
)


class ProblemsPanel(QWidget):
    activated = Signal(object)  # Finding
    fixRequested = Signal(object)  # Finding with a certain fix
    reviewActivated = Signal(object)  # ReviewMark: show the copied year
    reviewConfirmed = Signal(object)  # ReviewMark: the officer checked it

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
        self.confirm_button = QPushButton(tr("已核对此年份"))
        self.confirm_button.setToolTip(tr("从上年报告复制的年份已核对无误（或已改写），不再列出"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self._confirm)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._update_fix_button(item))
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addWidget(self.fix_button)
        layout.addWidget(self.confirm_button)
        self._connect(document)
        self.refresh()

    def _connect(self, document: ReportDocument) -> None:
        document.findingsChanged.connect(self.refresh)
        document.reviewMarksChanged.connect(self.refresh)

    def set_document(self, document: ReportDocument) -> None:
        self.document.findingsChanged.disconnect(self.refresh)
        self.document.reviewMarksChanged.disconnect(self.refresh)
        self.document = document
        self._connect(document)
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
        self._add_review_marks()
        for prefix, title in GROUPS:
            group = [f for f in findings if f.rule.startswith(prefix)]
            if (prefix == "T" and not group) or (prefix == "P" and self.document.profile is None):
                continue  # the register's and the local profile's groups: only for units that have one
            parent = QTreeWidgetItem([tr("{0}（{1}）").format(tr(title), len(group))])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(parent)
            for finding in group:
                item = QTreeWidgetItem(
                    [tr("{0} {1}：{2}").format(finding.rule, SEVERITY_LABEL[finding.severity], finding.message)]
                )
                fix = tr("\n可一键修正") if finding.fix else ""
                item.setToolTip(0, tr("{0}\n（{1}）{2}").format(finding.message, registry.title(finding.rule), fix))
                color = "#b00000" if finding.severity == "error" else "#8a5a00"
                item.setForeground(0, QBrush(QColor(color)))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                parent.addChild(item)
            parent.setExpanded(True)
        self.fix_button.setEnabled(False)
        self.confirm_button.setEnabled(False)
        self.confirm_button.setVisible(bool(self.document.review_marks))  # only after 以上年报告新建

    def _add_review_marks(self) -> None:
        marks = self.document.review_marks
        if not marks:
            return
        parent = QTreeWidgetItem([tr("从上年复制的年份，待核对（{0}）").format(len(marks))])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(parent)
        for mark in marks:
            text = self.document.text(mark.field)
            around = text[max(0, mark.start - 8) : mark.end + 8].replace("\n", " ")
            label = schema.TEXT_FIELD_BY_KEY[mark.field].label
            item = QTreeWidgetItem([tr("「{0}」{1}：…{2}…").format(mark.text, label, around)])
            item.setToolTip(0, mark.reason)
            item.setForeground(0, QBrush(QColor("#1f4e9c")))
            item.setData(0, Qt.ItemDataRole.UserRole, mark)
            parent.addChild(item)
        parent.setExpanded(True)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, Finding):
            self.activated.emit(data)
        elif isinstance(data, ReviewMark):
            self.reviewActivated.emit(data)

    def select(self, finding: Finding) -> None:
        """Highlight a finding's line (F8 walks through the list)."""
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, Qt.ItemDataRole.UserRole) == finding:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return

    def _selected_mark(self) -> ReviewMark | None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return data if isinstance(data, ReviewMark) else None

    def _confirm(self) -> None:
        mark = self._selected_mark()
        if mark is not None:
            self.reviewConfirmed.emit(mark)

    def review_count(self) -> int:
        return len(self.document.review_marks)

    def _selected(self) -> Finding | None:
        item = self.tree.currentItem()
        finding = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return finding if isinstance(finding, Finding) else None

    def _update_fix_button(self, _item: QTreeWidgetItem | None) -> None:
        finding = self._selected()
        can_fix = finding is not None and finding.fix is not None
        self.fix_button.setEnabled(can_fix)
        self.fix_button.setToolTip(
            tr("对能确定改法的问题（统计期限写法、误重复的词）直接修正，可撤销")
            if can_fix
            else tr("先在上面选中一条注有“可一键修正”的问题")
        )
        self.confirm_button.setEnabled(self._selected_mark() is not None)

    def _fix(self) -> None:
        finding = self._selected()
        if finding is not None and finding.fix is not None:
            self.fixRequested.emit(finding)

    def count(self) -> int:
        return len(self.document.findings)
