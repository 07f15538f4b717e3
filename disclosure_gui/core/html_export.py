"""The report as an HTML fragment for government website editors (UEditor, KindEditor, CKEditor, TinyMCE).

What website editors keep: only ``p strong table tbody tr td``; table borders carried both as
attributes (``border="1" cellspacing="0" cellpadding="4"``, which CKEditor 4, TinyMCE and server-side
filters keep) and as an inline style on every cell (which UEditor keeps); ``colspan``/``rowspan``;
``align``/``valign`` attributes and the matching styles; no classes, no style blocks, no images, no
fonts; paragraph indent as two ideographic spaces (filter-proof) or CSS ``text-indent``. All user text is
escaped.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape
from typing import Literal

from . import schema
from .forms import FORMS, Form
from .numbers import format_decimal
from .report import Report

Indent = Literal["spaces", "css"]
_CN = "一二三四五六七八九十"
_CELL_STYLE = "border:1px solid #000000;padding:4px;vertical-align:middle"
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _value(value: object) -> str:
    if value is None:
        return ""
    return format_decimal(value) if isinstance(value, Decimal) else str(value)


class _Writer:
    def __init__(self, indent: Indent) -> None:
        self.indent = indent
        self.parts: list[str] = []

    def para(self, text: str, *, strong: bool = False, center: bool = False, indent: bool = True) -> None:
        body = escape(text)
        if indent and self.indent == "spaces":
            body = "\u3000\u3000" + body
        if strong:
            body = f"<strong>{body}</strong>"
        styles = []
        if center:
            styles.append("text-align:center")
        if indent and self.indent == "css":
            styles.append("text-indent:2em")
        attr = f' style="{";".join(styles)}"' if styles else ""
        self.parts.append(f"<p{attr}>{body}</p>")

    def text(self, text: str) -> None:
        for line in (t.strip() for t in text.replace("\r\n", "\n").split("\n")):
            if line:
                self.para(line, strong=bool(_HEADING.match(line)))

    def table(self, form: Form, report: Report) -> None:
        total = sum(form.col_weights)
        at = form.at()
        rows = []
        for r in range(form.nrows):
            cells = []
            for c in range(form.ncols):
                cell = at.get((r, c))
                if cell is None:
                    continue  # covered by a span
                text = _value(report.get(cell.path)) if cell.kind == "value" else cell.text
                align = "left" if cell.align == "left" else "center"
                attrs = []
                if cell.colspan > 1:
                    attrs.append(f'colspan="{cell.colspan}"')
                if cell.rowspan > 1:
                    attrs.append(f'rowspan="{cell.rowspan}"')
                if r == 0 or cell.colspan == 1:
                    width = sum(form.col_weights[c : c + cell.colspan]) / total * 100
                    attrs.append(f'width="{width:.0f}%"')
                attrs += [f'align="{align}"', 'valign="middle"', f'style="{_CELL_STYLE};text-align:{align}"']
                # Never an empty cell: editors fill them with <br> and some collapse their borders.
                cells.append(f"<td {' '.join(attrs)}>{escape(text) or '&nbsp;'}</td>")
            rows.append("<tr>" + "".join(cells) + "</tr>")
        self.parts.append(
            '<table border="1" cellspacing="0" cellpadding="4" width="100%" align="center" '
            'style="border-collapse:collapse;width:100%"><tbody>' + "".join(rows) + "</tbody></table>"
        )


def report_fragment(report: Report, *, indent: Indent = "spaces") -> str:
    """The body of the report as one self-contained HTML fragment."""
    w = _Writer(indent)
    w.para(report.title, strong=True, center=True, indent=False)
    w.text(report.text("preamble"))
    for section in schema.SECTIONS[1:]:
        w.para(section.heading, strong=True)
        if section.table:
            w.table(FORMS[section.table](), report)
            continue
        fields = section.fields
        if section.key == "overview":
            w.text(report.text("overview.intro"))
            fields = tuple(f for f in fields if f.key != "overview.intro")
        n = 0
        for f in fields:
            if not report.text(f.key).strip() and not f.required:
                continue
            w.para(f"（{_CN[n]}）{f.label}", strong=True)
            n += 1
            w.text(report.text(f.key))
    return "\n".join(w.parts) + "\n"


def clipboard_document(fragment: str) -> str:
    """A whole document with our own fragment markers, so the clipboard's HTML Format keeps <head> out of
    the pasted part, and the charset meta older browsers on domestic Linux desktops look for."""
    return (
        '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>'
        "<!--StartFragment-->" + fragment + "<!--EndFragment--></body></html>"
    )


def plain_text(report: Report) -> str:
    """The report as plain text, tables tab-separated: the clipboard's fallback for plain-text paste modes."""
    lines = [report.title, ""]
    lines += [line for line in report.text("preamble").split("\n") if line.strip()]
    for section in schema.SECTIONS[1:]:
        lines.append(section.heading)
        if section.table:
            form = FORMS[section.table]()
            at = form.at()
            for r in range(form.nrows):
                row = []
                for c in range(form.ncols):
                    cell = at.get((r, c))
                    if cell is None:
                        row.append("")
                    else:
                        row.append(_value(report.get(cell.path)) if cell.kind == "value" else cell.text)
                lines.append("\t".join(row))
            continue
        for f in section.fields:
            text = report.text(f.key).strip()
            if text:
                lines.append(f.label)
                lines += [line for line in text.split("\n") if line.strip()]
    return "\n".join(lines) + "\n"
