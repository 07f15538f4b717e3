"""Import → check over the whole corpus: how exactly each carrier's import brings back the tables and the texts, and
how precise the checks are on what it brought back.

    python benchmarks/precision.py          # the tables: per carrier, per rule
    python benchmarks/precision.py --json   # the same figures as JSON
    python benchmarks/precision.py -v       # and every false finding, miss and import difference
    python benchmarks/precision.py --carriers page,browser   # only these carriers

Three corpora:

- ``reports``: the openings and 一、总体情况 of published reports: a rule is scored on a report only where the report
  has what the rule reads (see ``scored_rules``). ``R8 读数`` scores the number reader behind R8.
- ``whole/manifest.json``: ten whole reports (PDF, saved page, page text) with the findings read in them.
- ``whole/corpus.json``: the 57 reports with their ground truth, each rendered into every carrier officers have
  (``tests/corpus/tools/carriers.py``), imported with last year's report where the corpus has it, measured against the
  ground truth (``tests/corpus/measure.py``) and checked; the findings are scored against ``whole/findings.json``.

A finding is *true* when the report's list has it (same rule and severity; the quote, where given, in the finding's
span or message), *false* otherwise; an expected finding nothing raised is a *miss*. A blank-cell finding (R5) on a
cell the import could not read but the report prints is an *import gap*, counted apart: the check is right to ask,
the report is not at fault.

Targets (issues #14 and #25; ``tests/core/checks/test_precision.py`` and ``tests/corpus/test_carriers.py`` keep them):
no false error, warning precision ≥ 90 %, every table break found; on every carrier the text accounted for 100 %, no
cell wrong and no 0 written where the report prints nothing.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.checks.finding import Finding  # noqa: E402
from disclosure_gui.core.checks.registry import run_all  # noqa: E402
from disclosure_gui.core.checks.textnumbers import stated_numbers  # noqa: E402
from disclosure_gui.core.format import schema  # noqa: E402
from disclosure_gui.core.format.report import Report  # noqa: E402
from disclosure_gui.core.importers import import_published  # noqa: E402
from tests.corpus.measure import Measure, measure  # noqa: E402
from tests.corpus.tools import carriers  # noqa: E402
from tests.corpus.truth import entries, expected_cells, expected_report, format_gaps, previous_entry  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "reports"
WHOLE = ROOT / "tests" / "corpus" / "whole"
TABLE_RULES = ("R1", "R2", "R3", "R4", "R5", "R10", "R11")
# Rules that read only the texts of the opening and of 一、总体情况 (what the openings corpus holds).
TEXT_RULES = ("Q3", "Q6", "Q8", "Q10", "Q12", "Q13", "Q14", "Q15", "Q18", "Q21")
OPENING_RULES = ("Q7", "Q16")
READER = "R8 读数"
GAPS = "导入缺口"


@dataclass
class Tally:
    true: int = 0
    false: int = 0
    missed: int = 0
    false_errors: int = 0
    errors: int = 0
    warnings: int = 0
    false_warnings: int = 0
    notes: list[str] = field(default_factory=list)


# ------------------------------------------------------------------------------ matching findings


def _matches(finding: Finding, expected: dict[str, Any], report: Report) -> bool:
    if finding.rule != expected["rule"] or finding.severity != expected.get("severity", "warning"):
        return False
    if expected.get("every_blank"):  # 「every blank cell of the page」: one expectation for many findings
        return all(report.get(c) is None for c in finding.cells)
    quote = expected.get("quote", "")
    if not quote:
        return True
    if finding.text_span is not None:
        key, start, end = finding.text_span
        text = report.texts.get(key, "")
        if quote in text[max(0, start - len(quote)) : end + len(quote)]:
            return True
    return quote in finding.message


def _tally(
    name: str, findings: list[Finding], expected: list[dict[str, Any]], report: Report, tallies: dict[str, Tally]
) -> None:
    expected = list(expected)
    for f in findings:
        t = tallies.setdefault(f.rule, Tally())
        hit = next((e for e in expected if _matches(f, e, report)), None)
        if f.severity == "error":
            t.errors += 1
        else:
            t.warnings += 1
        if hit is not None:
            if not hit.get("every_blank"):
                expected.remove(hit)
            t.true += 1
        else:
            t.false += 1
            t.false_errors += f.severity == "error"
            t.false_warnings += f.severity == "warning"
            t.notes.append(f"{name}: {f.message}")
    for e in expected:
        if e.get("every_blank"):
            continue
        t = tallies.setdefault(e["rule"], Tally())
        t.missed += 1
        t.notes.append(f"{name}: 漏报 {e['rule']} {e['why']}")


def _split_gaps(findings: list[Finding], report: Report, printed: dict[str, Any] | None) -> list[Finding]:
    """Findings without the import gaps: R5 on a cell the import left blank although the report prints it (known from
    the ground truth when there is one, else from the cell being blank)."""
    out = []
    for f in findings:
        blank = f.rule == "R5" and all(report.get(c) is None for c in f.cells)
        if blank and (printed is None or all(printed.get(c) is not None for c in f.cells)):
            continue
        out.append(f)
    return out


# ------------------------------------------------------------------------------ openings and the ten whole reports


# What the officer answers on 基本信息 when the name cannot tell a government's level (条例第四十九条: only a
# 县级以上地方人民政府 has until 3月31日): an import cannot know it, the manifest's ``level`` says it.
_COUNTY_LEVEL = {
    "county government": True,
    "district government": True,
    "city government": True,
    "region committee": True,
    "township": False,
    "street": False,
}


def chosen_level(report: Report, entry: dict[str, Any]) -> None:
    if report.meta.agency_kind == "government" and entry.get("level") in _COUNTY_LEVEL:
        report.meta.county_level = _COUNTY_LEVEL[str(entry["level"])]


def load_report(entry: dict[str, Any]) -> Report:
    """The opening as the importer reads the published text; tables are unknown (blank), not zero."""
    text = (CORPUS / str(entry["file"])).read_text(encoding="utf-8")
    report = import_published(text=text, agency=str(entry["agency"]), year=int(str(entry["year"]))).report
    report.meta.agency_kind = str(entry["agency_kind"])
    report.import_left_out = []
    for path in schema.all_cell_paths():
        report.set(path, None)
    report.meta.publish_date = date.fromisoformat(str(entry["publish_date"])) if entry.get("publish_date") else None
    chosen_level(report, entry)
    return report


def scored_rules(entry: dict[str, Any]) -> tuple[str, ...]:
    rules = list(TEXT_RULES)
    if entry.get("opening_present", True):
        rules += OPENING_RULES
    if entry.get("publish_date"):
        rules += ["Q1", "Q2"]
    if entry.get("tables"):
        rules += [*TABLE_RULES, "R7", "R8", "R9"]
    return tuple(rules)


def score(corpus: Path = CORPUS, whole: Path | None = WHOLE) -> dict[str, Tally]:
    """The openings corpus and the ten whole reports of ``whole/manifest.json``."""
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = {}
    for entry in manifest["reports"]:
        report = load_report(entry)
        scored = scored_rules(entry)
        findings = [f for f in run_all(report, groups="RQ") if f.rule in scored]
        _tally(str(entry["file"]), findings, [e for e in entry["expected"] if e["rule"] in scored], report, tallies)
        _score_reader(entry, report, tallies.setdefault(READER, Tally()))
    if whole is not None:
        score_whole(whole, tallies)
    return tallies


def imported(path: str, root: Path, previous: Report | None = None) -> Report:
    return import_published(root / path, previous=previous).report


def score_whole(whole: Path, tallies: dict[str, Tally]) -> None:
    """Whole reports: imported, checked with last year's report where the corpus has it, every rule scored."""
    manifest = json.loads((whole / "manifest.json").read_text(encoding="utf-8"))
    root = whole.parent
    for entry in manifest["reports"]:
        previous = imported(entry["previous"], root) if entry.get("previous") else None
        report = imported(entry["file"], root, previous)
        chosen_level(report, entry)
        scored = set(entry.get("scored") or ())
        findings = [f for f in run_all(report, previous, groups="RQ") if not scored or f.rule in scored]
        kept = (
            _split_gaps(findings, report, None)
            if not any(e.get("every_blank") for e in entry["expected"])
            else findings
        )
        tallies.setdefault(GAPS, Tally()).true += len(findings) - len(kept)
        _tally(entry["file"], kept, list(entry["expected"]), report, tallies)


def _score_reader(entry: dict[str, Any], report: Report, t: Tally) -> None:
    want = Counter((s["kind"], s["value"]) for s in entry.get("stated", []))
    got = Counter(
        (s.kind, s.value) for key in report.texts for s in stated_numbers(report.texts[key], report.meta.year)
    )
    t.true += sum((want & got).values())
    t.false += sum((got - want).values())
    t.warnings += sum(got.values())
    t.false_warnings += sum((got - want).values())
    t.missed += sum((want - got).values())
    for kind, value in (got - want).elements():
        t.notes.append(f"{entry['file']}: 读成了 {kind} {value}")
    for kind, value in (want - got).elements():
        t.notes.append(f"{entry['file']}: 没读到 {kind} {value}")


# ------------------------------------------------------------------------------ the corpus through every carrier


@dataclass
class CarrierFigures:
    carrier: str
    reports: int = 0
    exact: int = 0
    cells: int = 0
    wrong: int = 0
    blank: int = 0
    zero_unread: int = 0
    body: int = 0
    accounted: int = 0
    extra: int = 0
    texts: int = 0
    texts_wrong: int = 0
    ms: list[float] = field(default_factory=list)
    tallies: dict[str, Tally] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def add(self, m: Measure) -> None:
        self.reports += 1
        self.exact += m.exact
        self.cells += m.cells
        self.wrong += len(m.wrong)
        self.blank += len(m.blank)
        self.zero_unread += len(m.zero_unread)
        self.body += m.body
        self.accounted += m.accounted
        self.extra += m.extra
        self.texts += m.texts
        self.texts_wrong += len(m.texts_wrong)
        self.ms.append(m.ms)
        for what, items in (("错", m.wrong), ("0", m.zero_unread), ("文字", m.texts_wrong)):
            self.notes += [f"{m.slug}: {what} {item}" for item in items]


def _expected_findings() -> dict[str, list[dict[str, Any]]]:
    return json.loads((WHOLE / "findings.json").read_text(encoding="utf-8"))["reports"]  # type: ignore[no-any-return]


def score_carriers(names: tuple[str, ...] = carriers.CARRIERS, slugs: list[str] | None = None) -> list[CarrierFigures]:
    """Every corpus report (or those named) through every carrier named: import, measure, check."""
    expected = _expected_findings()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name in names:
            figures = CarrierFigures(name)
            for e in entries():
                if slugs is None or e["slug"] in slugs:
                    _score_one(e, name, work, expected[e["slug"]], figures)
            out.append(figures)
    return out


def _score_one(
    e: dict[str, Any], name: str, work: Path, expected: list[dict[str, Any]], figures: CarrierFigures
) -> None:
    source = carriers.render(e["slug"], name, work)
    before = previous_entry(e)
    previous = expected_report(before) if before is not None else None  # last year's, as the officer keeps it
    start = time.perf_counter()
    result = import_published(source, previous=previous)
    m = measure(result, e, name, (time.perf_counter() - start) * 1000)
    figures.add(m)
    report = result.report
    scored = TABLE_RULES if e["format"] == "2019" else None
    findings = [f for f in run_all(report, previous, groups="RQ") if scored is None or f.rule in scored]
    printed = {p: None if p in format_gaps(e) else v for p, v in expected_cells(e).items()}
    kept = [f for f in _split_gaps(findings, report, printed) if not set(f.cells) <= format_gaps(e) or f.rule != "R5"]
    if name != "page":  # only the page carries its publication date: Q1 and Q2 are scored there
        kept = [f for f in kept if f.rule not in ("Q1", "Q2")]
        expected = [x for x in expected if x["rule"] not in ("Q1", "Q2")]
    figures.tallies.setdefault(GAPS, Tally()).true += len(findings) - len(kept)
    _tally(
        f"{e['slug']}[{name}]",
        kept,
        [x for x in expected if scored is None or x["rule"] in scored],
        report,
        figures.tallies,
    )


# ------------------------------------------------------------------------------ figures


def totals(tallies: dict[str, Tally]) -> dict[str, float | int]:
    checks = {k: v for k, v in tallies.items() if k not in (READER, GAPS)}
    warnings = sum(t.warnings for t in checks.values())
    false_warnings = sum(t.false_warnings for t in checks.values())
    table_missed = sum(t.missed for k, t in checks.items() if k in TABLE_RULES)
    table_found = sum(t.true for k, t in checks.items() if k in TABLE_RULES)
    return {
        "errors": sum(t.errors for t in checks.values()),
        "false_errors": sum(t.false_errors for t in checks.values()),
        "warnings": warnings,
        "false_warnings": false_warnings,
        "warning_precision": 1.0 if warnings == 0 else (warnings - false_warnings) / warnings,
        "missed": sum(t.missed for t in checks.values()),
        "table_breaks_found": table_found,
        "table_breaks_missed": table_missed,
        "import_gaps": tallies[GAPS].true if GAPS in tallies else 0,
    }


def carrier_row(f: CarrierFigures) -> dict[str, Any]:
    t = totals(f.tallies)
    ms = sorted(f.ms)
    return {
        "carrier": f.carrier,
        "reports": f.reports,
        "tables_exact": f.exact,
        "cells_wrong": f.wrong,
        "cells_left_blank": f.blank,
        "zero_not_read": f.zero_unread,
        "text_accounted": f.accounted / f.body if f.body else 1.0,
        "text_extra": f.extra,
        "texts_misplaced": f.texts_wrong,
        "false_errors": t["false_errors"],
        "warning_precision": t["warning_precision"],
        "warnings": t["warnings"],
        "missed": t["missed"],
        "import_gaps": t["import_gaps"],
        "median_ms": ms[len(ms) // 2] if ms else 0.0,
        "max_ms": ms[-1] if ms else 0.0,
    }


def corpus_row(figures: list[CarrierFigures]) -> dict[str, Any]:
    """Every carrier together."""
    merged = CarrierFigures("全部")
    for f in figures:
        for name in ("reports", "exact", "cells", "wrong", "blank", "zero_unread", "body", "accounted", "extra"):
            setattr(merged, name, getattr(merged, name) + getattr(f, name))
        merged.texts += f.texts
        merged.texts_wrong += f.texts_wrong
        merged.ms += f.ms
        for rule, t in f.tallies.items():
            m = merged.tallies.setdefault(rule, Tally())
            for attr in ("true", "false", "missed", "false_errors", "errors", "warnings", "false_warnings"):
                setattr(m, attr, getattr(m, attr) + getattr(t, attr))
    return carrier_row(merged)


def main() -> None:
    names = carriers.CARRIERS
    for arg in sys.argv[1:]:
        if arg.startswith("--carriers="):
            names = tuple(arg.split("=", 1)[1].split(","))
    figures = score_carriers(names)
    rows = [carrier_row(f) for f in figures]
    rows.append(corpus_row(figures))
    tallies = score()
    summary = totals(tallies)
    if "--json" in sys.argv:
        print(json.dumps({"carriers": rows, "checks": summary}, ensure_ascii=False, indent=1))
        return
    _print_carriers(rows)
    print(f"\nopenings and the ten whole reports of manifest.json: {json.dumps(summary, ensure_ascii=False)}")
    if "-v" in sys.argv:
        for f in figures:
            for note in f.notes:
                print(f"  {f.carrier} {note}")
            for rule, t in sorted(f.tallies.items()):
                for note in t.notes:
                    print(f"  {f.carrier} {rule} {note}")
        for rule, t in sorted(tallies.items()):
            for note in t.notes:
                print(f"  {rule} {note}")


def _print_carriers(rows: list[dict[str, Any]]) -> None:
    print(f"corpus: {len(entries())} whole reports (tests/corpus/whole/corpus.json), each through every carrier")
    head = ("carrier", "reports", "exact", "wrong", "blank", "0↛", "text", "false err", "warn prec", "missed", "ms")
    print("".join(f"{h:>11}" for h in head))
    for r in rows:
        cells = (
            r["carrier"],
            r["reports"],
            r["tables_exact"],
            r["cells_wrong"],
            r["cells_left_blank"],
            r["zero_not_read"],
            f"{r['text_accounted']:.1%}",
            r["false_errors"],
            f"{r['warning_precision']:.1%}",
            r["missed"],
            f"{r['median_ms']:.0f}",
        )
        print("".join(f"{c:>11}" for c in cells))


if __name__ == "__main__":
    main()
