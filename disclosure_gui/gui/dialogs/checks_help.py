"""帮助: the user documents of ``docs/`` (the catalogue of checks, how deadlines are counted, the district summary)
shown offline in the window; a link to another of them opens it in the same window."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...resources import doc_path
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..screen import remember_size

# The documents 帮助 offers, in menu order: file in docs/ → title.
DOCS = {
    "checks.md": QT_TRANSLATE_NOOP("disclosure_gui", "校验规则说明"),
    "deadlines.md": QT_TRANSLATE_NOOP("disclosure_gui", "期限是怎么算的"),
    "district.md": QT_TRANSLATE_NOOP("disclosure_gui", "区县汇总说明"),
    "exchange-format.md": QT_TRANSLATE_NOOP("disclosure_gui", "交换文件格式"),
}


class ChecksHelpDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None, doc: str = "checks.md") -> None:
        super().__init__(parent)
        self.resize(760, 640)
        remember_size(self, settings)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a web page
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.show_doc(doc)

    def show_doc(self, doc: str) -> None:
        self.doc = doc
        self.setWindowTitle(tr(DOCS.get(doc, doc)))
        try:
            self.browser.setMarkdown(doc_path(doc).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self.browser.setPlainText(tr("找不到帮助文档（docs/{0}）：{1}。安装可能不完整。").format(doc, exc))

    def _follow(self, url: QUrl) -> None:
        """Another of the documents (a relative link such as 「exchange-format.md」) opens here; anything else, such
        as a web address, is not followed."""
        name = url.path().rsplit("/", 1)[-1]
        if not url.scheme() and name in DOCS:
            self.show_doc(name)
