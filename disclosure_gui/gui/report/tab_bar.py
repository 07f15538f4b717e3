"""Short tab titles with the error count as a badge, so all seven tabs fit a 1024-pixel-wide window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QTabBar, QTabWidget, QWidget

from ...core.format import schema
from ..i18n import QT_TRANSLATE_NOOP, tr
from .document import ReportDocument

SHORT_TITLES = {
    "basic": QT_TRANSLATE_NOOP("disclosure_gui", "基本信息"),
    "overview": QT_TRANSLATE_NOOP("disclosure_gui", "一、总体"),
    "t2": QT_TRANSLATE_NOOP("disclosure_gui", "二、主动公开"),
    "t3": QT_TRANSLATE_NOOP("disclosure_gui", "三、依申请"),
    "t4": QT_TRANSLATE_NOOP("disclosure_gui", "四、复议诉讼"),
    "problems": QT_TRANSLATE_NOOP("disclosure_gui", "五、问题改进"),
    "other": QT_TRANSLATE_NOOP("disclosure_gui", "六、其他"),
}


def _badge() -> QLabel:
    label = QLabel()
    label.setObjectName("error-badge")
    label.setStyleSheet(
        "QLabel { background: #c00000; color: white; border-radius: 8px; padding: 0 5px; font-weight: bold; }"
    )
    return label


def _show_count(label: QLabel, count: int) -> None:
    """One badge per tab, kept for the tab's life (replacing tab buttons crashes Qt); hidden at 0."""
    label.setText(str(count) if count else "")
    label.setToolTip(tr("{0} 个错误").format(count))
    if count:
        label.setMinimumSize(0, 0)
        label.setMaximumSize(16777215, 16777215)
        label.adjustSize()
    else:
        label.setFixedSize(0, 0)
    label.setVisible(bool(count))


def update_tab_titles(tabs: QTabWidget, report_tabs: Sequence[QWidget], document: ReportDocument) -> None:
    bar = tabs.tabBar()
    for i, tab in enumerate(report_tabs):
        key = getattr(tab, "key", "")
        tabs.setTabText(i, tr(SHORT_TITLES.get(key, key)))
        section = schema.SECTION_BY_KEY["preamble" if key == "basic" else key]
        tabs.setTabToolTip(i, section.heading or section.tab)
        # Kept on the tab: QTabBar.tabButton() crashes PySide 6.7 when called from Python.
        label = getattr(tab, "badge", None)
        if not isinstance(label, QLabel):
            label = _badge()
            bar.setTabButton(i, QTabBar.ButtonPosition.RightSide, label)  # the bar deletes it with the tab
            tab.badge = label  # type: ignore[attr-defined]
        _show_count(label, document.error_count(key))


def tab_errors(tabs: QTabWidget, index: int) -> int:
    """The count on a tab's badge (0 without one), as the user sees it."""
    button = getattr(tabs.widget(index), "badge", None)
    return int(button.text()) if isinstance(button, QLabel) and button.isVisibleTo(tabs) and button.text() else 0
