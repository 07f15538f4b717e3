"""The list of findings; clicking one shows the cell or the sentence it is about.

One header line carries everything but the list: the counts, the button that opens and closes the list, and the
actions on the chosen line (一键修正, 已核对). Closed, the panel is that one line, so a 768-pixel screen keeps its
height for the tables. Messages are shown as the officer reads them; the check's code (R1, Q19) is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.checks import registry
from ...core.checks.finding import SEVERITY_LABEL, Finding
from ...core.format import schema
from ...core.format.carryover import ReviewMark
from ...core.format.year_update import KIND_LABELS
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
ERROR_FG = "#b00000"
WARNING_FG = "#7a4f00"  # 7:1 on white: a warning must be as readable as an error
OK_FG = "#1d6b1d"
MARK_FG = "#1f4e9c"


def finding_text(finding: Finding) -> str:
    """A finding as the officer reads it: severity and message, no code."""
    return tr("{0}：{1}").format(SEVERITY_LABEL[finding.severity], finding.message)


def finding_tip(finding: Finding) -> str:
    """Behind the message: the check's code and title, and whether it can be fixed in one click."""
    fix = tr("\n可一键修正") if finding.fix else ""
    return tr("{0}\n（{1} {2}）{3}").format(finding.message, finding.rule, registry.title(finding.rule), fix)


class ProblemsPanel(QWidget):
    activated = Signal(object)  # Finding
    fixRequested = Signal(object)  # Finding with a certain fix
    reviewActivated = Signal(object)  # ReviewMark: show the copied year
    reviewConfirmed = Signal(object)  # ReviewMark: the officer checked it
    openChanged = Signal(bool)  # the list was opened (True) or closed

    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self.set_open)
        self.summary = QLabel()
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fix_button = QToolButton()
        self.fix_button.setText(tr("一键修正"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self._fix)
        self.confirm_button = QToolButton()
        self.confirm_button.setText(tr("已核对"))
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self._confirm)
        header.addWidget(self.toggle)
        header.addWidget(self.summary, 1)
        header.addWidget(self.fix_button)
        header.addWidget(self.confirm_button)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setRootIsDecorated(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(tr("问题列表"))
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.currentItemChanged.connect(lambda item, _prev: self._update_buttons(item))
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        self._connect(document)
        self.refresh()

    # ------------------------------------------------------------------ open and closed

    def is_open(self) -> bool:
        return self.toggle.isChecked()

    def set_open(self, open_: bool) -> None:
        if self.toggle.isChecked() != open_:
            self.toggle.setChecked(open_)  # comes back here through toggled
            return
        self.tree.setVisible(open_)
        self._update_toggle()
        self.openChanged.emit(open_)

    def header_height(self) -> int:
        margins = self.layout().contentsMargins()
        return self.toggle.sizeHint().height() + margins.top() + margins.bottom()

    def _update_toggle(self) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if self.is_open() else Qt.ArrowType.RightArrow)
        self.toggle.setText(tr("问题"))
        self.toggle.setToolTip(tr("收起问题列表，给表格留出地方") if self.is_open() else tr("展开问题列表"))

    # ------------------------------------------------------------------ the list

    def _connect(self, document: ReportDocument) -> None:
        document.findingsChanged.connect(self.refresh)
        document.reviewMarksChanged.connect(self.refresh)

    def set_document(self, document: ReportDocument) -> None:
        self.document.findingsChanged.disconnect(self.refresh)
        self.document.reviewMarksChanged.disconnect(self.refresh)
        self.document = document
        self._connect(document)
        self.refresh()

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) as the header shows them."""
        errors = sum(f.severity == "error" for f in self.document.findings)
        return errors, len(self.document.findings) - errors

    def refresh(self) -> None:
        findings = self.document.findings
        errors, warnings = self.counts()
        marks = len(self.document.review_marks)
        copied = tr("，{0} 处照搬内容待核对").format(marks) if marks else ""
        if findings:
            color = ERROR_FG if errors else OK_FG
            self.summary.setText(
                tr("<b style='color:{0}'>{1} 个错误</b>，{2} 个提醒{3}").format(color, errors, warnings, copied)
            )
        else:
            self.summary.setText(tr("<span style='color:{0}'>✓ 没有发现问题</span>{1}").format(OK_FG, copied))
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
                item = QTreeWidgetItem([finding_text(finding)])
                item.setToolTip(0, finding_tip(finding))
                item.setForeground(0, QBrush(QColor(ERROR_FG if finding.severity == "error" else WARNING_FG)))
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                parent.addChild(item)
            parent.setExpanded(True)
        self._update_toggle()
        self._update_buttons(None)
        self.confirm_button.setVisible(bool(self.document.review_marks))  # only after 以上年报告新建

    def _add_review_marks(self) -> None:
        marks = self.document.review_marks
        if not marks:
            return
        parent = QTreeWidgetItem([tr("从上年报告照搬的年份、日期和数字，待核对（{0}）").format(len(marks))])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.addTopLevelItem(parent)
        for mark in marks:
            text = self.document.text(mark.field)
            around = text[max(0, mark.start - 8) : mark.end + 8].replace("\n", " ")
            label = schema.TEXT_FIELD_BY_KEY[mark.field].label
            kind = tr(KIND_LABELS.get(mark.kind, KIND_LABELS["year"]))
            item = QTreeWidgetItem([tr("{0}「{1}」{2}：…{3}…").format(kind, mark.text, label, around)])
            item.setToolTip(0, mark.reason)
            item.setForeground(0, QBrush(QColor(MARK_FG)))
            item.setData(0, Qt.ItemDataRole.UserRole, mark)
            parent.addChild(item)
        parent.setExpanded(True)

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(data, Finding):
            self.activated.emit(data)
        elif isinstance(data, ReviewMark):
            self.reviewActivated.emit(data)

    def _select_data(self, wanted: object) -> None:
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            for j in range(group.childCount()):
                item = group.child(j)
                if item.data(0, Qt.ItemDataRole.UserRole) == wanted:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    return

    def select(self, finding: Finding) -> None:
        """Highlight a finding's line (F8 walks through the list)."""
        self._select_data(finding)

    def select_mark(self, mark: ReviewMark) -> None:
        """Open the list at a copied year (「去核对」 before an export)."""
        self.set_open(True)
        self._select_data(mark)

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

    def _update_buttons(self, _item: QTreeWidgetItem | None) -> None:
        finding = self._selected()
        can_fix = finding is not None and finding.fix is not None
        self.fix_button.setEnabled(can_fix)
        self.fix_button.setToolTip(
            tr("对能确定改法的问题（统计期限写法、误重复的词）直接修正，可撤销")
            if can_fix
            else tr("先在列表中选中一条注有“可一键修正”的问题")
        )
        mark = self._selected_mark()
        self.confirm_button.setEnabled(mark is not None)
        self.confirm_button.setToolTip(
            tr("这一处照搬的内容已核对无误（或已改写），不再列出")
            if mark is not None
            else tr("先在列表中选中一处照搬的年份、日期或数字")
        )

    def _fix(self) -> None:
        finding = self._selected()
        if finding is not None and finding.fix is not None:
            self.fixRequested.emit(finding)

    def count(self) -> int:
        return len(self.document.findings)
