"""帮助 → 校验规则说明: the catalogue of checks (``docs/checks.md``) shown offline in the window."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resources import doc_path
from ..i18n import tr
from ..screen import remember_size


class ChecksHelpDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("校验规则说明"))
        self.resize(760, 640)
        remember_size(self, settings)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a web page
        try:
            self.browser.setMarkdown(doc_path("checks.md").read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self.browser.setPlainText(tr("找不到校验规则说明（docs/checks.md）：{0}。安装可能不完整。").format(exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
