"""The whole import: source → blocks → tables, texts, identity."""

from __future__ import annotations

from pathlib import Path

from ..format import schema
from ..format.labels import normalise
from ..format.report import Fees, Report
from .base import ImportResult, ReportImportError
from .html import html_blocks
from .identity import OLD_MARKERS, agency_and_year, read_identity
from .labels import section_of
from .sources import read_source
from .tables import read_tables
from .text import text_blocks
from .texts import read_texts


def import_published(
    source: Path | str | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    year: int | None = None,
    agency: str | None = None,
) -> ImportResult:
    """Read a published report. Give a file path, or pasted ``text`` (and the clipboard's ``html`` if any)."""
    if source is not None:
        blocks = read_source(source)
    elif html:
        blocks = html_blocks(html)
    elif text is not None:
        if not text.strip():
            raise ReportImportError("粘贴的内容是空的")
        blocks = text_blocks(text)
    else:
        raise ReportImportError("没有要导入的内容")
    found_agency, found_year = agency_and_year(blocks)
    agency = agency or found_agency
    year = year or found_year
    everything = normalise(" ".join(b.text if b.kind == "p" else " ".join(" ".join(r) for r in b.rows) for b in blocks))
    headings = {section_of(b.text) for b in blocks if b.kind == "p"} - {None}
    has_tables = any(b.kind == "table" for b in blocks)
    if "政府信息公开" not in everything or (not has_tables and not headings):
        raise ReportImportError("这不像是一份政府信息公开工作年度报告（没有找到报告的统计表和“一、总体情况”等标题）")
    if not agency or not year:
        raise ReportImportError("无法从内容中识别单位名称或报告年度，请指定（--agency、--year）")
    report = Report.new(agency, year)
    report.fees = Fees(None, None, None)  # unknown, not 0, unless the report states them (read with the texts)
    unplaced: list[str] = []
    notes: list[str] = []
    old_format = any(normalise(m) in everything for m in OLD_MARKERS)
    if old_format:
        notes.append(
            "这是2019年格式（国办公开办函〔2019〕60号）的报告：能对应到现行格式的数字已导入，其余列在未导入项中"
        )
    placed = read_tables(blocks, report, unplaced, notes, old_format)
    if placed == 0 and not headings:
        raise ReportImportError("没有在内容中找到年度报告的统计表（表二、表三、表四）")
    if placed == 0:  # only the texts were copied: they are worth having; the tables are typed in, not taken as 0
        for path in schema.all_cell_paths():
            if not path.startswith("fees.") and not schema.is_total_cell(path):
                report.set(path, None)
        unplaced.append("没有找到统计表（表二、表三、表四）：只导入了正文，表格请对照原文填写")
    if old_format:  # its 表二 columns mean other things (新制作/新公开/对外公开总数, 项目数量): unknown, typed in
        for key in schema.T2_CELL_KEYS:
            if key.startswith(schema.T2_DOC_ROWS) or key == schema.T2_MONEY_KEY:
                report.t2[key] = None
        unplaced.append(
            "2019年格式表二的“本年新制作数量/本年新公开数量/对外公开总数量”、收费的“项目数量”、第二十条第（九）项"
            "等与现行格式不对应，未导入"
        )
    if not read_texts(blocks, report, unplaced):
        unplaced.append("没有找到“一、总体情况”等标题，正文全部放在了开头，请手工整理")
    notes += read_identity(blocks, report.meta, report.texts.get("preamble", ""))
    return ImportResult(report, unplaced, notes, old_format, blocks)
