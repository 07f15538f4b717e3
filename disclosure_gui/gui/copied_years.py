"""The years, dates and figures a report copied from last year's: the year update step, 「已核对」, and the question
before the report goes out (export, print) while some are still unreviewed. What describes the reporting year is
decided in the core (:mod:`~disclosure_gui.core.format.year_update`)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ..core.format.carryover import ReviewMark
from ..core.format.year_update import KIND_LABELS, copied_mentions, mention_at
from ..store import StoreError
from .dialogs.modal import run_modal
from .i18n import tr
from .messages import warn
from .navigation import Navigator
from .report.commands import SetTextCommand, SetTextsCommand
from .shell import Shell

LISTED = 5  # unreviewed places named in the question before export


class CopiedYears:
    def __init__(self, shell: Shell, navigator: Navigator) -> None:
        self.shell = shell
        self.navigator = navigator

    def update(self) -> None:
        """The year update step: list what was copied, replace the reporting year's years in one undo step."""
        from .dialogs.year_update import YearUpdateDialog
        from .screen import remember_size

        document = self.shell.document
        if document is None or not document.review_marks or self.shell.stack.read_only:
            return
        year = document.report.meta.year
        marked = {(m.field, m.start, m.end) for m in document.review_marks}
        texts = dict(document.report.texts)
        mentions = [m for m in copied_mentions(texts, year - 1, year) if (m.field, m.start, m.end) in marked]
        if not mentions:
            return
        dialog = YearUpdateDialog(mentions, texts, year - 1, year, self.shell.window())
        remember_size(dialog, self.shell.settings)
        if not run_modal(dialog):
            return
        self.replace([(m.field, m.start, m.end) for m in dialog.chosen()], tr("更新照搬的年份"))

    def replace(self, spans: list[tuple[str, int, int]], label: str) -> None:
        """Replace the reporting year's years at ``spans`` (as the core decides them now), as one undo step; their
        marks go, the others stay."""
        document = self.shell.document
        if document is None:
            return
        year = document.report.meta.year
        texts = dict(document.report.texts)
        chosen = [m for m in copied_mentions(texts, year - 1, year) if (m.field, m.start, m.end) in set(spans)]
        changed: dict[str, str] = {}
        for m in chosen:
            if m.replacement is not None:
                text = changed.get(m.field, texts.get(m.field, ""))
                changed[m.field] = text[: m.start] + m.replacement + text[m.end :]
        if not changed:
            return
        done = {(m.field, m.start, m.end) for m in chosen}
        kept = [m for m in document.review_marks if (m.field, m.start, m.end) not in done]
        self.shell.stack.push(SetTextsCommand(document, changed, kept, label))
        self.shell.statusBar().showMessage(
            tr("已替换 {0} 处照搬的年份（可撤销）；其余 {1} 处请在“问题”面板中核对").format(len(done), len(kept)),
            10000,
        )

    def confirm(self, mark: ReviewMark) -> None:
        """The officer has checked a copied year: it leaves the list — unless it still names last year where the
        reporting year is meant, which is no year to confirm."""
        document = self.shell.document
        if document is None:
            return
        year = document.report.meta.year
        now = mention_at(mark.field, document.text(mark.field), mark.start, mark.end, year - 1, year)
        if now is not None and now.replacement is not None:
            box = QMessageBox(QMessageBox.Icon.Warning, tr("核对年份"), "", parent=self.shell.window())
            # The core says which year it must be: this year (last year's reporting year) or the year after
            # (last year's plans for its next year).
            box.setText(tr("“{0}”不能确认为已核对：{1}。").format(mark.text, now.reason))
            fix = box.addButton(tr("改为“{0}”").format(now.replacement), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
            run_modal(box)
            if box.clickedButton() is fix and not self.shell.stack.read_only:
                text = document.text(mark.field)
                fixed = text[: mark.start] + now.replacement + text[mark.end :]
                self.shell.stack.push(
                    SetTextCommand(
                        document,
                        mark.field,
                        fixed,
                        merge=False,
                        text=tr("把{0}改为{1}").format(mark.text, now.replacement),
                    )
                )
            return
        document.confirm_review_mark(mark)
        self.save_marks()

    def save_marks(self) -> None:
        document = self.shell.document
        if document is None or document.draft_id is None or self.shell.store.readonly:
            return
        try:
            if self.shell.store.review_marks(document.draft_id) != document.review_marks:
                self.shell.store.set_review_marks(document.draft_id, document.review_marks)
        except StoreError as exc:
            warn(self.shell.window(), str(exc))

    def ready_to_publish(self, what: str) -> bool:
        """Before the report goes out: say which copied years, dates and figures are still unreviewed and offer to go
        and review them. True: go ahead."""
        document = self.shell.document
        if document is None or not document.review_marks:
            return True
        marks = document.review_marks
        counts = {kind: sum(m.kind == kind for m in marks) for kind in KIND_LABELS}
        summary = tr("、").join(tr("{0} 处{1}").format(n, tr(KIND_LABELS[k])) for k, n in counts.items() if n)
        places = "\n".join(
            tr("· “{0}”（{1}）").format(m.text, self.navigator.field_label(m.field)) for m in marks[:LISTED]
        )
        more = tr("\n……共 {0} 处").format(len(marks)) if len(marks) > LISTED else ""
        box = QMessageBox(QMessageBox.Icon.Warning, what, "", parent=self.shell.window())
        box.setText(tr("正文中还有从上年报告照搬、尚未核对的{0}：").format(summary))
        box.setInformativeText(places + more)
        review = box.addButton(tr("去核对"), QMessageBox.ButtonRole.AcceptRole)
        go_on = box.addButton(tr("仍然{0}").format(what), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(review)
        run_modal(box)
        if box.clickedButton() is review:
            self.navigator.show_review_mark(marks[0])
            if self.shell.problems is not None:
                self.shell.problems.select_mark(marks[0])
            return False
        return box.clickedButton() is go_on
