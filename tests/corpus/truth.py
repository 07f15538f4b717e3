"""The corpus's ground truth (``whole/corpus.json``) in the report model's terms, for the tests and the benchmark.

``corpus.json`` records each report as printed: the 2021 format's cells, or the 2019 format's own table 二 and its one
（六）其他处理 row. Here that becomes what an import into the current format must give — the cells the two formats
share carried over, the ones the 2019 format does not have blank (unknown, never 0) — and each text field's first and
last characters. Nothing here reads the importers: this is what they are measured against.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.report import Report

WHOLE = Path(__file__).resolve().parent / "whole"
Value = int | Decimal | None
_CARRIED_2019 = ("administrative_licensing", "administrative_penalty", "administrative_enforcement")
_BODY_START = "==================== 正文 ===================="


@cache
def entries() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads((WHOLE / "corpus.json").read_text(encoding="utf-8"))["reports"])


def entry(slug: str) -> dict[str, Any]:
    return next(e for e in entries() if e["slug"] == slug)


def page_path(e: dict[str, Any]) -> Path:
    return WHOLE / e["files"]["page.txt"]


def page_text(e: dict[str, Any]) -> str:
    return page_path(e).read_text(encoding="utf-8")


def page_body(e: dict[str, Any]) -> str:
    """The page's text after the crawler's header: where the report (and the site's words around it) is."""
    text = page_text(e)
    return text.split(_BODY_START, 1)[1] if _BODY_START in text else text


def previous_entry(e: dict[str, Any]) -> dict[str, Any] | None:
    """The same agency's report of the year before, when the corpus holds it."""
    agency = e["slug"].rsplit("-", 1)[0]
    return next((p for p in entries() if p["slug"] == f"{agency}-{e['year'] - 1}"), None)


# ------------------------------------------------------------------------------ tables


def expected_cells(e: dict[str, Any]) -> dict[str, Value]:
    """Every table cell an import into the current format must give (exchange-file paths → value; None = blank)."""
    tables = e["tables"]
    out: dict[str, Value] = {}
    t2 = tables["t2"]
    for key in schema.T2_CELL_KEYS:
        if e["format"] == "2019":
            row = t2.get(key)
            value = row[2] if key in _CARRIED_2019 and row is not None else None
        else:
            value = t2.get(key)
            if key == schema.T2_MONEY_KEY and value is not None:
                value = Decimal(str(value))
        out[schema.t2_path(key)] = value
    t3 = dict(tables["t3"])
    if e["format"] == "2019":  # its one （六）其他处理 row is 「3.其他」; the two rows it lacks are unknown
        t3["other_other"] = t3.pop("other")
    one_row = (tables.get("t3_extra_rows") or {}).get("（六）其他处理")
    if one_row is not None and t3.get("other_other") is None:
        t3["other_other"] = one_row  # 「（六）其他处理」 printed as one row in a 2021-format table
    if t3.get("other_other") == [0] * schema.T3_NCOLS:  # a group printed as 0: each of its three rows is 0
        t3["other_no_correction"] = t3["other_unpaid_fee"] = [0] * schema.T3_NCOLS
    for key in schema.T3_ROW_KEYS:
        row = t3.get(key) or [None] * schema.T3_NCOLS
        for c in range(schema.T3_NCOLS):
            out[schema.t3_path(key, c)] = row[c]
    for key in schema.T4_GROUP_KEYS:
        for c in range(schema.T4_NCOLS):
            out[schema.t4_path(key, c)] = tables["t4"][key][c]
    return out


def format_gaps(e: dict[str, Any]) -> set[str]:
    """The cells the report's format has no place for (the 2019 format's table 二, and the two rows of （六）其他处理 it
    lacks): blank after an import, through no fault of the report's."""
    if e["format"] != "2019":
        return set()
    gaps = {schema.t2_path(k) for k in schema.T2_CELL_KEYS if k not in _CARRIED_2019}
    return gaps | {schema.t3_path(k, c) for k in ("other_no_correction", "other_unpaid_fee") for c in range(7)}


def expected_report(e: dict[str, Any]) -> Report:
    """The report as its officer would have it in the app: the ground truth's tables and texts."""
    report = Report.new(e["agency"], e["year"], e["agency_kind"])
    report.fees.notices_issued = None
    report.fees.notice_amount_yuan = None
    report.fees.collected_yuan = None
    for path, value in expected_cells(e).items():
        report.set(path, value)
    report.texts.update(expected_texts(e))
    return report


# ------------------------------------------------------------------------------ texts

# Field groups compared by their edges: a field's text (or a group's, for 五 and 六, whose subparts the importer
# tells apart by its own rules) must hold the first and the last characters of what the report prints there.
GROUPS: dict[str, tuple[str, ...]] = {
    "preamble": ("preamble",),
    "overview": tuple(f.key for f in schema.OVERVIEW_FIELDS),  # the 2019 format's part 一, as one
    "overview.intro": ("overview.intro",),
    **{
        f"overview.{a}": (f"overview.{a}",) for a in ("proactive", "on_request", "management", "platforms", "oversight")
    },
    "problems": tuple(f.key for f in schema.PROBLEM_FIELDS),
    "other": tuple(f.key for f in schema.OTHER_FIELDS),
}


def expected_groups(e: dict[str, Any]) -> dict[str, str]:
    """Each field group's text as printed (its subheadings included). The 2019 format's part 一 has no five aspects:
    it is one group."""
    texts = expected_texts(e)
    out = {"preamble": texts.get("preamble", "")}
    overview = [k for k in GROUPS if k.startswith("overview.") and texts.get(k)]
    if e["format"] == "2019":
        out["overview"] = "".join(texts[k] for k in overview)
    else:
        out.update({k: texts[k] for k in overview})
    out["problems"] = texts.get("problems.problems", "")
    out["other"] = texts.get("other.other", "")
    return {k: v for k, v in out.items() if v}


def edges(e: dict[str, Any]) -> dict[str, tuple[str, str]]:
    """Each field group's (first, last) characters as printed; a group the report does not have is left out."""
    parts = e["parts"]
    out: dict[str, tuple[str, str]] = {}
    if parts.get("opening"):
        out["preamble"] = (parts["opening"]["first"], parts["opening"]["last"])
    aspects = parts.get("aspects") or {}
    for name, value in aspects.items():
        if name != "unmapped" and value:
            out[f"overview.{name}" if name != "intro" else "overview.intro"] = (value["first"], value["last"])
    for name in ("problems", "other"):
        if parts.get(name):
            out[name] = (parts[name]["first"], parts[name]["last"])
    return out


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def expected_texts(e: dict[str, Any]) -> dict[str, str]:
    """The text of each field as the report prints it, cut at the ground truth's headings and edges (used to render
    the report into the other carriers)."""
    body = page_body(e)
    parts = e["parts"]
    cut = _cut_parts(body, parts)
    texts: dict[str, str] = {}
    if parts.get("opening"):
        texts["preamble"] = _between(cut.get("opening", ""), parts["opening"])
    if "overview" in cut and parts.get("aspects"):
        texts.update(_aspects(cut["overview"], parts["aspects"]))
    for name, field in (("problems", "problems.problems"), ("other", "other.other")):
        if parts.get(name) and name in cut:
            texts[field] = _between(cut[name], parts[name])
    return texts


def _cut_parts(body: str, parts: dict[str, Any]) -> dict[str, str]:
    order = [k for k in ("overview", "t2", "t3", "t4", "problems", "other") if parts.get(k)]
    starts: list[tuple[str, int, int]] = []
    pos = 0
    for key in order:
        at = body.find(parts[key]["heading"], pos)
        starts.append((key, at, at + len(parts[key]["heading"])))
        pos = at + len(parts[key]["heading"])
    out = {"opening": body[: starts[0][1]] if starts else body}
    for (key, _, end), nxt in zip(starts, [*starts[1:], None], strict=True):
        out[key] = body[end : nxt[1] if nxt else len(body)]
    return out


def _between(text: str, edge: dict[str, str]) -> str:
    """The text from its first edge to the end of its last edge (the site's words and the signature cut off)."""
    start = text.find(edge["first"])
    end = text.rfind(edge["last"])
    return text[start : end + len(edge["last"])].strip()


def _aspects(text: str, aspects: dict[str, Any]) -> dict[str, str]:
    headings = [(k, v) for k, v in aspects.items() if k not in ("intro", "unmapped") and v]
    headings += [("", v) for v in aspects.get("unmapped", [])]
    found = []
    pos = 0
    while headings:  # in the order the report prints them: the nearest one next
        at, n = min((text.find(v["heading"], pos) % (len(text) + 1), n) for n, (_, v) in enumerate(headings))
        key, value = headings.pop(n)
        found.append((at, key, value))
        pos = at + len(value["heading"])
    out: dict[str, str] = {}
    if aspects.get("intro"):
        out["overview.intro"] = _between(text[: found[0][0]] if found else text, aspects["intro"])
    current = "overview.intro"
    for n, (at, key, value) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else len(text)
        if key:
            current = f"overview.{key}"
            out[current] = text[at + len(value["heading"]) : end].strip()
        else:  # a subheading that is none of the five: its text stays with the field before it, heading and all
            out[current] = out.get(current, "") + "\n" + text[at:end].strip()
    return out
