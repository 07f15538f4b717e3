"""自查清单: a PDF listing every check of the registry that applies to the report (R, Q and a local profile's P)
with 通过 / 未通过 / 请核对 / 不适用 / 需人工确认, to go with the signed copy.

Set at 10.5 pt or more (on two pages when one does not hold it, the header row repeated): an error is
「未通过」 in red, a warning only 「请核对」 in brown, so the reader tells what must be fixed from what must
be looked at."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ...checks.finding import Finding
from ...checks.registry import CHECKS, Inputs, run_all
from ...format import schema
from ...format.local_profile import LocalProfile, signature_line
from ...format.report import Report
from .fonts import FontSet, resolve_fonts
from .page import MARGIN_BOTTOM, MARGIN_TOP, TEXT_W, Typesetter, write_simple_pdf

PASS, FAIL, CHECK, NOT_APPLICABLE, MANUAL = "通过", "未通过", "请核对", "不适用", "需人工确认"
_COLOURS = {FAIL: "#b00000", CHECK: "#8a5a00"}
_RESULT_PAD = 2  # points either side of a result
SIZES = (12, 11.5, 11, 10.5)  # the largest that keeps the list on one page; 10.5 pt on two pages at worst


def check_results(
    report: Report, previous: Report | None = None, profile: LocalProfile | None = None
) -> list[tuple[str, str, str, list[Finding]]]:
    """(check id, title, result, findings) for every check of the registry that applies to this report, in its
    order: the national ones, then what the local profile asks (its checks name the profile)."""
    inputs = Inputs(report, previous, profile)
    findings = run_all(report, previous, profile)
    rows = []
    for check in CHECKS:
        applies = check.applies(inputs)
        if applies == "absent":
            continue
        mine = [f for f in findings if f.rule == check.id]
        if check.function is None:
            result = MANUAL
        elif any(f.severity == "error" for f in mine):
            result = FAIL
        elif mine:
            result = CHECK
        elif applies == "not_applicable":
            result = NOT_APPLICABLE
        else:
            result = PASS
        rows.append((check.id, check.shown_title(inputs), result, mine))
    return rows


def _flow(
    report: Report,
    rows: list[tuple[str, str, str, list[Finding]]],
    previous: Report | None,
    today: date,
    fonts: FontSet,
    size: float,
    profile: LocalProfile | None = None,
) -> list[Flowable]:
    ts = Typesetter(fonts)
    body = ParagraphStyle("b", fontName=fonts.name("body"), fontSize=size, leading=size * 1.3, wordWrap="CJK")
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    title = ParagraphStyle(
        "t", fontName=fonts.name("title"), fontSize=size + 6, leading=(size + 6) * 1.4, alignment=TA_CENTER
    )
    failed = sum(1 for r in rows if r[2] == FAIL)
    to_check = sum(1 for r in rows if r[2] == CHECK)
    kind = schema.AGENCY_KINDS.get(report.meta.agency_kind, "")
    summary = (
        f"单位：{report.meta.agency}（{kind}）　报告年度：{report.meta.year}年"
        f"　检查日期：{today.year}年{today.month}月{today.day}日"
        f"　结果：{len(rows)} 项检查，{failed} 项未通过，{to_check} 项请核对"
        + ("　已与上年报告核对" if previous is not None else "　未提供上年报告")
        + (f"　另按{profile.name}的本地要求检查" if profile is not None else "")
    )
    flow: list[Flowable] = [
        Paragraph(ts.markup(f"{report.title}自查清单", "title", "标题"), title),
        Spacer(1, 4),
        Paragraph(ts.markup(summary, "body", "清单"), body),
        Spacer(1, 4),
    ]
    data = [[Paragraph(ts.markup(h, "body", "清单"), center) for h in ("编号", "检查内容", "结果", "说明")]]
    style: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), fonts.name("body")),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    marked = {r: ParagraphStyle(r, parent=center, textColor=HexColor(c)) for r, c in _COLOURS.items()}
    for rule, check_title, result, found in rows:
        note = "；".join(f.message for f in found[:2]) + (f"（另有 {len(found) - 2} 处）" if len(found) > 2 else "")
        data.append(
            [
                Paragraph(rule, center),
                Paragraph(ts.markup(check_title, "body", "清单"), body),
                Paragraph(ts.markup(result, "body", "清单"), marked.get(result, center)),
                Paragraph(ts.markup(note[:160], "body", "清单"), body),
            ]
        )
    # The result column holds its longest word (「需人工确认」 with a profile) on one line at this size.
    longest = max([len(FAIL), *(len(r[2]) for r in rows)])
    result_w = size * longest + 2 * _RESULT_PAD + 1
    widths = [TEXT_W * 0.08, TEXT_W * 0.50 - result_w, result_w, TEXT_W * 0.42]
    style += [("LEFTPADDING", (2, 0), (2, -1), _RESULT_PAD), ("RIGHTPADDING", (2, 0), (2, -1), _RESULT_PAD)]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    return [*flow, table, Spacer(1, 8), _signature(ts, body, profile)]


def _signature(ts: Typesetter, body: ParagraphStyle, profile: LocalProfile | None) -> Flowable:
    """The signature fields on one line, each with an equal share of it to sign in."""
    fields = signature_line(profile)
    cells = [[Paragraph(ts.markup(f, "body", "清单"), body) for f in fields]]
    line = Table(cells, colWidths=[TEXT_W / len(fields)] * len(fields))
    line.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return line


def build_checklist(
    report: Report,
    out: Path | str,
    *,
    previous: Report | None = None,
    today: date | None = None,
    official_fonts: bool = True,
    profile: LocalProfile | None = None,
) -> Path:
    out = Path(out)
    fonts = resolve_fonts(official=official_fonts)
    today = today or date.today()
    rows = check_results(report, previous, profile)
    available = A4[1] - (MARGIN_TOP + MARGIN_BOTTOM) * 0.6 - 12
    for size in SIZES:  # the largest type that keeps it on one page, else 10.5 pt over two
        flow = _flow(report, rows, previous, today, fonts, size, profile)
        height = sum(f.wrap(TEXT_W, available)[1] for f in flow)
        if height <= available:
            break

    write_simple_pdf(out, flow, title=f"{report.title}自查清单", fonts=fonts, margin_scale=0.6)
    return out
