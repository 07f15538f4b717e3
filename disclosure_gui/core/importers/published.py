"""The whole import: source → blocks → parts by alignment → tables, texts, 基本信息 — and the account of every
piece of the body (:mod:`.ledger`)."""

from __future__ import annotations

import re
from pathlib import Path

from ..checks.consistency import OLD_HEADING, stated_t2_figures
from ..checks.textnumbers import stated_numbers
from ..format import schema
from ..format.labels import normalise
from ..format.report import Fees, Report
from . import texts
from .base import Block, ImportResult, Placed, ReportImportError
from .document import Item, items_of
from .html import html_blocks
from .identity import OLD_MARKERS, agency_and_year, read_identity
from .ledger import PAGE_WORDS, Ledger
from .opening import split_opening, split_signature
from .sources import read_source
from .structure import PART_KEYS, PART_NAMES, Layout, find_parts
from .table_rows import Context
from .table_two import read_t2
from .tables import read_t3, read_t4
from .text import text_blocks

_FIGURES = re.compile(r"[\d\s.,，]*")


def import_published(
    source: Path | str | None = None,
    *,
    text: str | None = None,
    html: str | None = None,
    year: int | None = None,
    agency: str | None = None,
    previous: Report | None = None,
) -> ImportResult:
    """Read a published report. Give a file path, or pasted ``text`` (and the clipboard's ``html`` if any).
    ``previous``: last year's report, when known — it helps split figures the page ran together."""
    blocks = _blocks(source, text, html)
    found_agency, found_year = agency_and_year(blocks)
    agency = agency or found_agency
    year = year or found_year
    items = items_of(blocks)
    layout = find_parts(items)
    everything = normalise(" ".join(it.text or " ".join(it.cells) for it in items))
    has_rows = any(it.kind == "row" for it in items)
    if "政府信息公开" not in everything or (not has_rows and not layout.found()):
        raise ReportImportError("这不像是一份政府信息公开工作年度报告（没有找到报告的统计表和“一、总体情况”等标题）")
    if not agency or not year:
        raise ReportImportError("无法从内容中识别单位名称或报告年度，请指定（--agency、--year）")
    report = Report.new(agency, year)
    report.fees = Fees(None, None, None)  # unknown, not 0, unless the report states them (read with the texts)
    ledger = Ledger()
    ledger.entries += layout.headings
    notes: list[str] = []
    old_format = any(normalise(m) in everything for m in OLD_MARKERS)
    if old_format:
        notes.append(
            "这是2019年格式（国办公开办函〔2019〕60号）的报告：能对应到现行格式的数字已导入，其余列在未导入项中"
        )
    _read_texts(layout, report, ledger, agency)
    context = Context(report, ledger, notes, previous, old_format=old_format)
    context.stated = [s for t in _texts_of(layout) for s in stated_numbers(t, year)]
    context.stated_t2 = [(key, value) for t in _texts_of(layout) for key, value, _ in stated_t2_figures(t)]
    if has_rows or any(layout.parts.get(k) for k in ("t2", "t3", "t4")):
        read_t2(layout.parts.get("t2"), context)
        read_t3(layout.parts.get("t3"), context)
        read_t4(layout.parts.get("t4"), context)
    else:  # only the texts were copied: they are worth having; the tables are typed in, not taken as 0
        for path in schema.all_cell_paths():
            if not path.startswith("fees."):
                report.set(path, None)
        ledger.ask("没有找到统计表（表二、表三、表四）：只导入了正文，表格已留空，请对照原文填写")
    if not layout.found():
        ledger.ask("没有找到“一、总体情况”等标题，正文全部放在了开头，请手工整理")
    notes += read_identity(blocks, report.meta, report.texts.get("preamble", ""))
    report.import_left_out = [(p.where, p.text) for p in ledger.entries if _report_text(p)]
    return ImportResult(report, ledger.messages(), notes, old_format, blocks, ledger.entries)


def _report_text(entry: Placed) -> bool:
    """A piece of the report's text left out (not the page's words, not a row of figures): a part that looks
    empty may be in it."""
    return entry.to == "left_out" and entry.what != PAGE_WORDS and not _FIGURES.fullmatch(entry.text)


def _blocks(source: Path | str | None, text: str | None, html: str | None) -> list[Block]:
    if source is not None:
        return read_source(source)
    if html:
        return html_blocks(html)
    if text is not None:
        if not text.strip():
            raise ReportImportError("粘贴的内容是空的")
        return text_blocks(text)
    raise ReportImportError("没有要导入的内容")


def _without_furniture(items: list[Item], ledger: Ledger) -> list[Item]:
    for item in items:
        if item.kind == "furniture":
            ledger.page(item.place, item.text)
    return [item for item in items if item.kind != "furniture"]


def _read_texts(layout: Layout, report: Report, ledger: Ledger, agency: str) -> None:
    parts = layout.parts
    found = layout.found()
    opening = split_opening(parts["opening"], ledger)
    if found:
        parts[found[-1]] = split_signature(parts[found[-1]], agency, ledger)
    else:
        opening = split_signature(opening, agency, ledger)
    for key in found:
        parts[key] = _without_furniture(parts[key], ledger)
    report.texts["preamble"] = "\n".join(texts.paragraphs(_without_furniture(opening, ledger)))
    _old_overview_heading(layout, ledger)
    places = {h.what: h.where for h in layout.headings}
    for key, reader in (("overview", texts.overview), ("problems", texts.problems), ("other", texts.other)):
        if key in parts:
            reader(parts[key], report, ledger, places.get(f"{PART_NAMES[key]}的标题", ""))


def _old_overview_heading(layout: Layout, ledger: Ledger) -> None:
    """「一、概述」「一、基本情况」: the old format's heading stays in the text of part 一, where Q21 shows it."""
    name = f"{PART_NAMES['overview']}的标题"
    for heading in layout.headings:
        if heading.what == name and OLD_HEADING.match(heading.text.strip()):
            ledger.entries.remove(heading)
            layout.parts["overview"].insert(0, Item("text", heading.text.strip(), where=heading.where))


def _texts_of(layout: Layout) -> list[str]:
    """Every text the report writes, where the figures it states are (the prose of the statistics parts too)."""
    return [it.text for key in ("opening", *PART_KEYS) for it in layout.parts.get(key, []) if it.kind == "text"]
