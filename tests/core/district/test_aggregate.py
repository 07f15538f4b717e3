"""The district office: many unit files, each unit's state, and the summed tables cell by cell."""

import json
import random
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from disclosure_gui.core.district.aggregate import collect, summed
from disclosure_gui.core.format import exchange, schema
from disclosure_gui.core.publish.pdf.returns import build_returns
from tests.conftest import write_report
from tests.district_units import write_texts


@pytest.fixture
def units(tmp_path, busy_report):
    """Consistent and broken units, a duplicate, another year, an unreadable file, and a missing one."""
    folder = tmp_path / "received"
    folder.mkdir()
    made = {}
    for n, name in enumerate(["城关镇人民政府", "山城街道办事处", "区教育局"]):
        r = busy_report.clone()
        r.meta.agency = name
        write_texts(r, random.Random(n))  # each unit writes its own report: none is taken for a copy
        r.t3["granted"][0] += n  # different numbers per unit…
        r.t3["new_received"][0] += n  # …still consistent
        r.t2["administrative_fees_10k_yuan"] = Decimal("1.000001") * (n + 1)
        r.texts["overview.on_request"] = ""
        r.recompute_totals()
        write_report(folder, r, f"{n}.json")
        made[name] = r
    broken = busy_report.clone()
    broken.meta.agency = "区财政局"
    write_texts(broken, random.Random(9))
    broken.texts["overview.on_request"] = ""
    broken.t3["granted"][1] = 9  # R1/R3 errors
    write_report(folder, broken, "broken.json")
    made["区财政局"] = broken
    write_report(folder, made["区教育局"], "dup.json")
    old = busy_report.clone()
    old.meta.agency = "区卫健局"
    old.meta.year = 2022
    write_report(folder, old, "old.json")
    (folder / "bad.json").write_text("{ not json", encoding="utf-8")
    return folder, made


def test_every_unit_gets_its_state(units):
    folder, _made = units
    result = collect([folder], 2023, expected=["城关镇人民政府", "区教育局", "区财政局", "区农业农村局"])
    states = {(u.agency, u.state) for u in result.units}
    assert ("城关镇人民政府", "warnings") in states or ("城关镇人民政府", "ok") in states
    assert ("区财政局", "errors") in states
    assert ("区教育局", "duplicate") in states
    assert ("区卫健局", "wrong_year") in states
    assert ("bad", "unreadable") in states
    assert ("区农业农村局", "missing") in states
    assert {u.agency for u in result.included()} == {"城关镇人民政府", "山城街道办事处", "区教育局"}
    unreadable = next(u for u in result.units if u.state == "unreadable")
    assert "不是有效的 JSON" in unreadable.message


def test_summed_tables_cell_by_cell(units):
    folder, made = units
    result = collect([folder], 2023)
    summary = summed(result, "某某区人民政府", 2023)
    chosen = [made[n] for n in ("城关镇人民政府", "山城街道办事处", "区教育局")]
    for path in schema.all_cell_paths():
        expected = sum((r.get(path) for r in chosen), Decimal(0) if schema.is_money_cell(path) else 0)
        assert summary.get(path) == expected, path
    assert summary.t2["administrative_fees_10k_yuan"] == Decimal("6.000006")
    assert summary.meta.agency == "某某区人民政府" and all(t == "" for t in summary.texts.values())
    with_errors = summed(collect([folder], 2023, include_errors=True), "某某区人民政府", 2023)
    assert with_errors.t3["granted"][1] == summary.t3["granted"][1] + 9


def test_returns_list_pdf(units, tmp_path):
    folder, _made = units
    result = collect([folder], 2023, expected=["区农业农村局"])
    out = build_returns(
        result, tmp_path / "returns.pdf", office="某某区政务公开办", today=date(2024, 2, 1), official_fonts=False
    )
    text = "".join(p.extract_text() for p in PdfReader(out).pages).replace("\n", "")
    for name in ("区财政局", "区卫健局", "区教育局", "bad", "区农业农村局"):
        assert name in text
    assert "R3" in text and "2024年2月1日" in text


def test_progress_can_cancel(units):
    folder, _made = units
    seen = []
    result = collect([folder], 2023, progress=lambda done, total: seen.append(done) or done < 2)
    assert len(result.units) == 2 and seen[:3] == [0, 1, 2]


def test_aggregate_command(units, tmp_path):
    folder, _made = units
    names = tmp_path / "units.txt"
    names.write_text("城关镇人民政府\n区农业农村局\n# 注释\n", encoding="utf-8")
    out, status = tmp_path / "summary.json", tmp_path / "status.json"
    cmd = [
        sys.executable,
        "-m",
        "disclosure_gui",
        "aggregate",
        str(folder),
        "-o",
        str(out),
        "--agency",
        "某某区人民政府",
        "--year",
        "2023",
        "--units",
        str(names),
        "--status",
        str(status),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    summary = exchange.load(out)
    assert summary.meta.agency == "某某区人民政府"
    rows = json.loads(status.read_text(encoding="utf-8"))["units"]  # the shape the window's 导出状态表 writes
    states = {r["state"] for r in rows}
    assert (
        {"errors", "unreadable", "duplicate", "wrong_year", "missing"}
        <= states
        <= {"ok", "warnings", "errors", "unreadable", "duplicate", "wrong_year", "missing"}
    )
    assert all({"agency", "file", "state", "rules"} <= set(r) for r in rows)
    errors = next(r for r in rows if r["state"] == "errors")
    assert "R3" in errors["rules"] and errors["included"] is False


def test_a_unit_with_blank_cells_is_listed_like_one_with_errors_and_not_summed_unless_asked(units):
    from disclosure_gui.core.district.aggregate import cells_left_blank

    folder, made = units
    blank = made["城关镇人民政府"].clone()
    blank.meta.agency = "东城镇人民政府"
    blank.t3["granted"][0] = None  # imported from a published report whose cell could not be read (v1.2)
    (folder / "blank.json").write_text(exchange.dumps(blank, allow_blank=True), encoding="utf-8")
    result = collect([folder], 2023)
    unit = next(u for u in result.units if u.agency == "东城镇人民政府")
    assert unit.state == "errors" and not unit.included
    assert any(f.rule == "R5" and f.cells == ("tables.t3.granted[0]",) for f in unit.findings)
    assert cells_left_blank(result) == []
    asked = collect([folder], 2023, include_errors=True)
    summary = summed(asked, "某某区人民政府", 2023)
    # Unknown in one unit: the sum is unknown too, never the others' sum as if the blank were 0.
    assert summary.t3["granted"][0] is None and summary.t3["granted"][6] is None
    assert summary.t3["granted"][1] is not None
    [line] = cells_left_blank(asked)
    assert "东城镇人民政府" in line and "表三 予以公开 · 自然人" in line
