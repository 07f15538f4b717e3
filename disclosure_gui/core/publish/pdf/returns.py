"""退回修改清单: for each unit with errors, what to fix, as a PDF to send back with the files."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...district.aggregate import STATE_LABELS, Aggregation
from .fonts import resolve_fonts
from .page import Typesetter, write_simple_pdf


def build_returns(
    aggregation: Aggregation,
    out: Path | str,
    *,
    office: str = "",
    today: date | None = None,
    official_fonts: bool = True,
    copied: Mapping[str, list[str]] | None = None,
) -> Path:
    """``copied``: units whose text is a copy (the copier, never the unit copied from), with what to say to each;
    they go back too, whatever their state."""
    out = Path(out)
    copied = copied or {}
    fonts = resolve_fonts(official=official_fonts)
    ts = Typesetter(fonts)
    today = today or date.today()
    title = ParagraphStyle("t", fontName=fonts.name("title"), fontSize=18, leading=26, alignment=TA_CENTER)
    h = ParagraphStyle("h", fontName=fonts.name("heading1"), fontSize=13, leading=20, spaceBefore=8, wordWrap="CJK")
    body = ParagraphStyle("b", fontName=fonts.name("body"), fontSize=11, leading=16, leftIndent=12, wordWrap="CJK")
    back = [
        u
        for u in aggregation.units
        if u.state in ("errors", "unreadable", "wrong_year", "duplicate") or (u.agency in copied and u.report)
    ]
    missing = [u for u in aggregation.units if u.state == "missing"]
    flow: list[Flowable] = [
        Paragraph(ts.markup(f"{aggregation.year}年政府信息公开工作年度报告退回修改清单", "title", "标题"), title),
        Paragraph(
            ts.markup(
                f"{office}　{today.year}年{today.month}月{today.day}日　共 {len(back)} 个单位需要修改后重新报送",
                "body",
                "清单",
            ),
            ParagraphStyle("c", parent=body, alignment=TA_CENTER, leftIndent=0),
        ),
        Spacer(1, 8),
    ]
    for n, unit in enumerate(back, start=1):
        name = Path(unit.file).name if unit.file else ""
        flow.append(
            Paragraph(
                ts.markup(f"{n}. {unit.agency}（{STATE_LABELS[unit.state]}，{name}）", "heading1", unit.agency), h
            )
        )
        lines = [unit.message] if unit.message else []
        lines += [f"{f.rule}：{f.message}" for f in unit.findings if f.severity == "error"]
        lines += copied.get(unit.agency, [])
        for line in lines:
            flow.append(Paragraph(ts.markup(f"· {line}", "body", unit.agency), body))
    if missing:
        flow.append(Paragraph(ts.markup("未报送的单位", "heading1", "清单"), h))
        flow.append(Paragraph(ts.markup("、".join(u.agency for u in missing), "body", "清单"), body))
    if not back and not missing:
        flow.append(Paragraph(ts.markup("所有单位的报告均已通过校验，无需退回。", "body", "清单"), body))

    write_simple_pdf(out, flow, title=f"{aggregation.year}年年度报告退回修改清单", fonts=fonts, margin_scale=0.7)
    return out
