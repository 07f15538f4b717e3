"""The report as an HTML fragment for government website editors (UEditor, KindEditor, CKEditor, TinyMCE),
and as plain text; both render the outline.

Only ``p strong br table tbody tr td``; table borders carried both as attributes
(``border="1" cellspacing="0" cellpadding="4"``, which CKEditor 4, TinyMCE and server-side filters keep)
and as an inline style on every cell (which UEditor keeps); ``colspan``/``rowspan``; ``align``/``valign``
attributes and the matching styles; no classes, no style blocks, no images, no fonts; paragraph indent as
two ideographic spaces (filter-proof) or CSS ``text-indent``. No title unless asked for: the website's
article page shows it above the pasted text already. All user text is escaped. While the report
has errors the fragment opens with a red draft notice: this is the file pasted onto the website.
"""

from __future__ import annotations

from html import escape
from typing import Literal

from ..format.forms import Form
from ..format.report import Report
from .outline import (
    DRAFT_NOTICE,
    LINE_BREAK,
    Heading,
    Outline,
    Paragraph,
    Signature,
    TableBlock,
    Title,
    build_outline,
)

Indent = Literal["spaces", "css"]
_CELL_STYLE = "border:1px solid #000000;padding:4px;vertical-align:middle"


def _escape(text: str) -> str:
    return escape(text).replace(LINE_BREAK, "<br>")


def percent_widths(form: Form) -> list[int]:
    """Whole-percent column widths adding up to exactly 100 (largest remainders get the spare points)."""
    total = sum(form.col_weights)
    exact = [w / total * 100 for w in form.col_weights]
    whole = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: exact[i] - whole[i], reverse=True)
    for i in order[: 100 - sum(whole)]:
        whole[i] += 1
    return whole


class _Writer:
    def __init__(self, indent: Indent) -> None:
        self.indent = indent
        self.parts: list[str] = []

    def para(self, body: str, *, center: bool = False, indent: bool = True, style: str = "") -> None:
        if indent and self.indent == "spaces":
            body = "\u3000\u3000" + body
        styles = [style] if style else []
        if center:
            styles.append("text-align:center")
        if indent and self.indent == "css":
            styles.append("text-indent:2em")
        attr = f' style="{";".join(styles)}"' if styles else ""
        self.parts.append(f"<p{attr}>{body}</p>")

    def table(self, block: TableBlock) -> None:
        form = block.form
        widths = percent_widths(form)
        at = form.at()
        rows = []
        for r in range(form.nrows):
            cells = []
            for c in range(form.ncols):
                cell = at.get((r, c))
                if cell is None:
                    continue  # covered by a span
                align = "left" if cell.align == "left" else "center"
                attrs = []
                if cell.colspan > 1:
                    attrs.append(f'colspan="{cell.colspan}"')
                if cell.rowspan > 1:
                    attrs.append(f'rowspan="{cell.rowspan}"')
                if cell.colspan == 1:
                    attrs.append(f'width="{widths[c]}%"')
                attrs += [f'align="{align}"', 'valign="middle"', f'style="{_CELL_STYLE};text-align:{align}"']
                # Never an empty cell: editors fill them with <br> and some collapse their borders.
                cells.append(f"<td {' '.join(attrs)}>{escape(block.text(r, c)) or '&nbsp;'}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        self.parts.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" align="center" '
            'style="border-collapse:collapse;width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
        )


def render_html(outline: Outline, *, indent: Indent = "spaces", title: bool = False) -> str:
    w = _Writer(indent)
    if outline.draft:
        w.para(
            f"<strong>{escape(DRAFT_NOTICE)}</strong>",
            center=True,
            indent=False,
            style="color:#c00000;border:2px solid #c00000;padding:4px",
        )
    for block in outline.blocks:
        if isinstance(block, Title):
            if title:
                w.para(f"<strong>{_escape(block.text)}</strong>", center=True, indent=False)
        elif isinstance(block, Heading):
            w.para(f"<strong>{_escape(block.text)}</strong>")
        elif isinstance(block, Paragraph):
            lead = f"<strong>{_escape(block.lead_text)}</strong>" if block.lead else ""
            w.para(lead + _escape(block.rest))
        elif isinstance(block, TableBlock):
            w.table(block)
        elif isinstance(block, Signature):
            w.para(_escape(block.agency), indent=False, style="text-align:right")
            w.para(_escape(block.date_text), indent=False, style="text-align:right")
    return "\n".join(w.parts) + "\n"


def report_fragment(
    report: Report,
    *,
    indent: Indent = "spaces",
    previous: Report | None = None,
    draft: bool | None = None,
    title: bool = False,
) -> str:
    """The body of the report as one self-contained HTML fragment (``title``: with the title on top)."""
    return render_html(build_outline(report, previous=previous, draft=draft), indent=indent, title=title)


def clipboard_document(fragment: str) -> str:
    """A whole document with our own fragment markers, so the clipboard's HTML Format keeps <head> out of
    the pasted part, and the charset meta older browsers on domestic Linux desktops look for."""
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>'
        "<!--StartFragment-->" + fragment + "<!--EndFragment--></body></html>"
    )
