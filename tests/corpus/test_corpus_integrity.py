"""The whole-report corpus (tests/corpus/whole/corpus.json) is what the importers are measured against, so it is
checked on its own, without the importers: every file is there, every table has the printed shape, every quoted
edge of a part is really in the page, no held-out agency got in, and every place where a printed table does not
add up is listed in the entry (so a transcription slip cannot pass for a printed error).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

WHOLE = Path(__file__).resolve().parent / "whole"
MANIFEST = WHOLE / "corpus.json"

# Held out for an independent check: their reports must never enter the repository (README.md says why).
HELD_OUT_AGENCIES = ("公安局", "自然资源与生态环境局", "交通与建设局", "社会事业局", "市场监督管理局")
HELD_OUT_AREAS = ("海坛片区", "君山片区", "苏平片区", "金井片区")
HELD_OUT_PATHS = ("ptzhsyqgaj", "ptzhsyqzrz", "ptzhsyqjtj", "ptzhsyqshs", "ptzhsyqscj", "ptzhsyqpq")

T2_2021 = (
    "regulations.issued",
    "regulations.repealed",
    "regulations.in_force",
    "normative_documents.issued",
    "normative_documents.repealed",
    "normative_documents.in_force",
    "administrative_licensing",
    "administrative_penalty",
    "administrative_enforcement",
    "administrative_fees_10k_yuan",
)
T2_2019 = {  # row: printed cells (procurement: count and amount, kept as printed text or null)
    "regulations": 3,
    "normative_documents": 3,
    "administrative_licensing": 3,
    "other_services": 3,
    "administrative_penalty": 3,
    "administrative_enforcement": 3,
    "administrative_fees": 2,
}
T3_APPLICATIONS = ("new_received", "carried_over")
T3_RESULTS = (
    "granted",
    "partially_granted",
    "withheld_state_secret",
    "withheld_prohibited_by_law",
    "withheld_three_securities_one_stability",
    "withheld_third_party_rights",
    "withheld_internal_affairs",
    "withheld_process_information",
    "withheld_law_enforcement_files",
    "withheld_administrative_query",
    "unavailable_not_held",
    "unavailable_needs_creation",
    "unavailable_unclear_after_correction",
    "not_processed_petition",
    "not_processed_duplicate",
    "not_processed_publication",
    "not_processed_excessive",
    "not_processed_confirmation",
)
T3_OTHER_2021 = ("other_no_correction", "other_unpaid_fee", "other_other")
T3_TOTALS = ("total_handled", "carried_to_next_year")
T4_GROUPS = ("administrative_review", "litigation_direct", "litigation_after_review")
PARTS = ("opening", "overview", "t2", "t3", "t4", "problems", "other")
ASPECTS = ("intro", "proactive", "on_request", "management", "platforms", "oversight")


@cache
def reports() -> tuple[dict[str, Any], ...]:
    return tuple(json.loads(MANIFEST.read_text(encoding="utf-8"))["reports"])


def page(entry: dict[str, Any]) -> str:
    return (WHOLE / entry["files"]["page.txt"]).read_text(encoding="utf-8")


def t3_keys(fmt: str) -> tuple[str, ...]:
    other = ("other",) if fmt == "2019" else T3_OTHER_2021
    return T3_APPLICATIONS + T3_RESULTS + other + T3_TOTALS


def by_slug() -> list[Any]:
    return [pytest.param(e, id=e["slug"]) for e in reports()]


def test_slugs_are_unique_and_name_their_folders() -> None:
    slugs = [e["slug"] for e in reports()]
    assert len(slugs) == len(set(slugs))
    for entry in reports():
        for name in entry["files"].values():
            assert name.split("/")[0] == entry["slug"]


@pytest.mark.parametrize("entry", by_slug())
def test_files_exist_and_the_source_is_recorded(entry: dict[str, Any]) -> None:
    for name in entry["files"].values():
        assert (WHOLE / name).stat().st_size > 0
    source = entry["source"]
    assert source["repository"] and source["path"].endswith("/page.txt")
    assert re.fullmatch(r"[0-9a-f]{40}", source["commit"])
    assert source["url"].startswith("https://")
    text = page(entry)
    assert source["url"] in text  # the crawler's header names the page it saved
    assert entry["published"] in text.replace(" ", "")[:400] or entry["published"] is None
    assert str(entry["year"]) in text[:300]
    assert entry["format"] in ("2021", "2019")
    assert entry["notes"], "every entry says what is unusual, or that nothing is"


def _cell(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool) and value >= 0)


def _row(row: object, cells: int) -> bool:
    return row is None or (isinstance(row, list) and len(row) == cells and all(_cell(c) for c in row))


def _change_row(row: object, cells: int) -> bool:
    """A 2019 table 二 row with a 本年增/减 cell (its second): that one cell may be negative (「-1」, 「减12」)."""
    if not isinstance(row, list) or len(row) != cells or not isinstance(row[1], int):
        return _row(row, cells)
    return _row([row[0], abs(row[1]), *row[2:]], cells)


@pytest.mark.parametrize("entry", by_slug())
def test_table_two_has_the_printed_shape(entry: dict[str, Any]) -> None:
    t2 = entry["tables"]["t2"]
    not_printed = entry["tables"]["t2_not_printed"]
    if entry["format"] == "2021":
        assert tuple(t2) == T2_2021
        fee = t2.pop("administrative_fees_10k_yuan")
        assert fee is None or re.fullmatch(r"\d+(\.\d+)?", fee)  # as printed: 「5949.09」, 「0.00」
        assert all(_cell(v) for v in t2.values())
        for row in not_printed:
            assert all(v is None for k, v in t2.items() if k.startswith(row + ".")), row
    else:
        assert set(t2) == {*T2_2019, "procurement"}
        documents = ("regulations", "normative_documents")
        assert all(_row(t2[row], cells) for row, cells in T2_2019.items() if row in documents)
        assert all(_change_row(t2[row], cells) for row, cells in T2_2019.items() if row not in documents)
        for row in not_printed:
            assert t2[row] is None, row


@pytest.mark.parametrize("entry", by_slug())
def test_table_three_has_25_rows_of_7_cells(entry: dict[str, Any]) -> None:
    t3 = entry["tables"]["t3"]
    assert tuple(t3) == t3_keys(entry["format"])
    assert all(_row(row, 7) for row in t3.values())
    for key in entry["tables"].get("t3_not_printed", []):
        assert t3[key] is None, key
    for label, row in entry["tables"].get("t3_extra_rows", {}).items():
        assert label in page(entry) and _row(row, 7)


@pytest.mark.parametrize("entry", by_slug())
def test_table_four_has_three_groups_of_5_cells(entry: dict[str, Any]) -> None:
    t4 = entry["tables"]["t4"]
    assert tuple(t4) == T4_GROUPS
    assert all(_row(group, 5) for group in t4.values())


def _edges_in(text: str, value: dict[str, str] | None) -> None:
    if value is None:
        return
    for key in ("heading", "first", "last"):
        if key in value:
            assert value[key] in text, (key, value[key])
    assert 0 < len(value["first"]) <= 12 and 0 < len(value["last"]) <= 12


@pytest.mark.parametrize("entry", by_slug())
def test_every_quoted_part_is_in_the_page(entry: dict[str, Any]) -> None:
    text = page(entry)
    parts = entry["parts"]
    assert set(parts) >= {*PARTS, "signature", "aspects"}
    for key in PARTS:
        _edges_in(text, parts[key])
        if key != "opening" and parts[key] is not None:
            assert parts[key]["heading"]
    aspects = parts["aspects"]
    assert set(aspects) - {"unmapped"} == set(ASPECTS)
    for value in [*(aspects[k] for k in ASPECTS), *aspects.get("unmapped", [])]:
        _edges_in(text, value)
    if parts["signature"] is not None:
        unit, date = parts["signature"].rsplit(" ", 1)
        assert unit in text and date in text


def _disagreements(entry: dict[str, Any]) -> list[str]:
    """Where the printed table does not add up: R3 a row's 总计, R2 a column's （七）总计, R1 新收+结转 =
    办理+结转下年, R4 a table 四 group's 总计. Rows with a blank or unreadable cell are not checked."""
    t3 = entry["tables"]["t3"]
    full = {k: r for k, r in t3.items() if r is not None and None not in r}
    out = [f"R3:{k}" for k, r in full.items() if sum(r[:6]) != r[6]]
    results = [k for k in t3_keys(entry["format"]) if k not in T3_APPLICATIONS + T3_TOTALS]
    if all(k in full for k in (*results, "total_handled")):
        out += [f"R2:col{c}" for c in range(7) if sum(full[k][c] for k in results) != full["total_handled"][c]]
    for group, cells in entry["tables"]["t4"].items():
        if cells is not None and None not in cells and sum(cells[:4]) != cells[4]:
            out.append(f"R4:{group}")
    if all(k in full for k in (*T3_APPLICATIONS, *T3_TOTALS)):
        n, c, t, f = (full[k] for k in (*T3_APPLICATIONS, *T3_TOTALS))
        out += [f"R1:col{j}" for j in range(7) if n[j] + c[j] != t[j] + f[j]]
    return out


@pytest.mark.parametrize("entry", by_slug())
def test_every_printed_arithmetic_error_is_listed_and_explained(entry: dict[str, Any]) -> None:
    found = _disagreements(entry)
    assert found == entry.get("printed_errors", [])
    notes = " ".join(entry["notes"])
    for rule in sorted({f.split(":")[0] for f in found}):
        assert rule in notes, f"{rule} is listed but no note says which cell and why"


def test_no_held_out_agency_is_in_the_manifest() -> None:
    names = HELD_OUT_AGENCIES + HELD_OUT_AREAS + HELD_OUT_PATHS
    for entry in reports():
        described = json.dumps([entry["slug"], entry["agency"], entry["source"], entry["files"]], ensure_ascii=False)
        assert not [n for n in names if n in described], entry["slug"]


def test_no_held_out_report_is_in_any_corpus_file() -> None:
    """Region-wide reports mention the held-out agencies' work (「区社会事业局不断公开…」); what must never appear is
    one of their reports: their path codes, their full names, or a name followed by a report year (a title)."""
    full_names = [f"平潭综合实验区{n}" for n in HELD_OUT_AGENCIES + HELD_OUT_AREAS]
    titles = re.compile("(?:" + "|".join(HELD_OUT_AGENCIES + HELD_OUT_AREAS) + r")(?:管理局)?\s*20\d\d\s*年")
    listed = WHOLE / "README.md"  # names them on purpose, so that a collector keeps them out
    for path in sorted(p for p in WHOLE.rglob("*") if p.is_file() and p != listed):
        data = path.read_bytes()
        assert not [c for c in HELD_OUT_PATHS if c.encode() in data], path
        text = data.decode("utf-8", errors="ignore")
        assert not [n for n in (*full_names, *HELD_OUT_AREAS) if n in text], path
        assert not titles.search(text), path
