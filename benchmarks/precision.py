"""Precision of the checks on real published reports (``tests/corpus/reports`` and ``tests/corpus/whole``).

    python benchmarks/precision.py          # the table, per rule
    python benchmarks/precision.py --json   # the same figures as JSON
    python benchmarks/precision.py -v       # and every false finding and miss

Every check runs over every report of the corpus. A finding is *true* when the corpus lists it as expected for
that report (same rule; the quoted text, when the expectation names one, inside the finding's span or message;
the expected severity), *false* otherwise; an expected finding no check raised is a *miss*. Two corpora:

- ``reports``: the openings and 一、总体情况 of published reports: a rule is scored on a report only where the
  report has what the rule reads (see ``scored_rules``). ``R8 读数`` scores the number reader behind R8: which
  figures the text states, for which verb (收到/受理 vs 办结 vs 结转…), against the figures listed by hand.
- ``whole``: whole published reports with their tables (PDF, saved page, page text), imported the way an officer
  imports them and checked with last year's report where the corpus holds it; every rule is scored. A blank-cell
  finding (R5) on a cell the import could not read is an *import gap*, counted apart: the check is right to ask
  for the figure, but the published report is not at fault.

Targets (issue #14; ``tests/core/checks/test_precision.py`` keeps them): no false error, warning precision ≥ 90 %,
every table break in the corpus found.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.checks.finding import Finding  # noqa: E402
from disclosure_gui.core.checks.registry import run_quality, run_rules  # noqa: E402
from disclosure_gui.core.checks.textnumbers import stated_numbers  # noqa: E402
from disclosure_gui.core.format import schema  # noqa: E402
from disclosure_gui.core.format.report import Report  # noqa: E402
from disclosure_gui.core.importers import import_published  # noqa: E402
from disclosure_gui.core.importers.text import text_blocks  # noqa: E402
from disclosure_gui.core.importers.texts import read_texts  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "reports"
WHOLE = ROOT / "tests" / "corpus" / "whole"
TABLE_RULES = ("R1", "R2", "R3", "R4", "R5", "R10", "R11")
# Rules that read only the texts of the opening and of 一、总体情况 (what the corpus holds).
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


def load_report(entry: dict[str, object]) -> Report:
    """The report as the importer reads the published text; tables are unknown (blank), not zero."""
    text = (CORPUS / str(entry["file"])).read_text(encoding="utf-8")
    report = Report.new(str(entry["agency"]), int(str(entry["year"])), str(entry["agency_kind"]))
    read_texts(text_blocks(text), report)
    for path in schema.all_cell_paths():
        report.set(path, None)
    if entry.get("publish_date"):
        report.meta.publish_date = date.fromisoformat(str(entry["publish_date"]))
    return report


def scored_rules(entry: dict[str, object]) -> tuple[str, ...]:
    rules = list(TEXT_RULES)
    if entry.get("opening_present", True):
        rules += OPENING_RULES
    if entry.get("publish_date"):
        rules += ["Q1", "Q2"]
    if entry.get("tables"):
        rules += [*TABLE_RULES, "R7", "R8", "R9"]
    return tuple(rules)


def _matches(finding: Finding, expected: dict[str, str], report: Report) -> bool:
    if finding.rule != expected["rule"] or finding.severity != expected.get("severity", "warning"):
        return False
    quote = expected.get("quote", "")
    if not quote:
        return True
    if finding.text_span is not None:
        key, start, end = finding.text_span
        text = report.texts.get(key, "")
        if quote in text[max(0, start - len(quote)) : end + len(quote)]:
            return True
    return quote in finding.message


def score(corpus: Path = CORPUS, whole: Path | None = WHOLE) -> dict[str, Tally]:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = {}
    for entry in manifest["reports"]:
        report = load_report(entry)
        scored = scored_rules(entry)
        findings = [f for f in run_rules(report) + run_quality(report) if f.rule in scored]
        _tally(str(entry["file"]), findings, [e for e in entry["expected"] if e["rule"] in scored], report, tallies)
        _score_reader(entry, report, tallies.setdefault(READER, Tally()))
    if whole is not None:
        score_whole(whole, tallies)
    return tallies


def imported(path: str, root: Path) -> Report:
    return import_published(root / path).report


def score_whole(whole: Path, tallies: dict[str, Tally]) -> None:
    """Whole reports: imported, checked with last year's report where the corpus has it, every rule scored."""
    manifest = json.loads((whole / "manifest.json").read_text(encoding="utf-8"))
    root = whole.parent
    for entry in manifest["reports"]:
        report = imported(entry["file"], root)
        previous = imported(entry["previous"], root) if entry.get("previous") else None
        scored = set(entry.get("scored") or ())
        findings = [
            f for f in run_rules(report, previous) + run_quality(report, previous) if not scored or f.rule in scored
        ]
        gaps = [f for f in findings if f.rule == "R5" and all(report.get(c) is None for c in f.cells)]
        tallies.setdefault(GAPS, Tally()).true += len(gaps)
        findings = [f for f in findings if f not in gaps]
        _tally(entry["file"], findings, list(entry["expected"]), report, tallies)


def _tally(
    name: str, findings: list[Finding], expected: list[dict[str, str]], report: Report, tallies: dict[str, Tally]
) -> None:
    for f in findings:
        t = tallies.setdefault(f.rule, Tally())
        hit = next((e for e in expected if _matches(f, e, report)), None)
        if f.severity == "error":
            t.errors += 1
        else:
            t.warnings += 1
        if hit is not None:
            expected.remove(hit)
            t.true += 1
        else:
            t.false += 1
            t.false_errors += f.severity == "error"
            t.false_warnings += f.severity == "warning"
            t.notes.append(f"{name}: {f.message}")
    for e in expected:
        t = tallies.setdefault(e["rule"], Tally())
        t.missed += 1
        t.notes.append(f"{name}: 漏报 {e['rule']} {e['why']}")


def _score_reader(entry: dict[str, object], report: Report, t: Tally) -> None:
    want = Counter((s["kind"], s["value"]) for s in entry.get("stated", []))  # type: ignore[attr-defined]
    got = Counter((s.kind, s.value) for key in report.texts for s in stated_numbers(report.texts[key]))
    t.true += sum((want & got).values())
    t.false += sum((got - want).values())
    t.warnings += sum(got.values())
    t.false_warnings += sum((got - want).values())
    t.missed += sum((want - got).values())
    for kind, value in (got - want).elements():
        t.notes.append(f"{entry['file']}: 读成了 {kind} {value}")
    for kind, value in (want - got).elements():
        t.notes.append(f"{entry['file']}: 没读到 {kind} {value}")


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


def main() -> None:
    tallies = score()
    summary = totals(tallies)
    if "--json" in sys.argv:
        out = {k: {"true": t.true, "false": t.false, "missed": t.missed} for k, t in sorted(tallies.items())}
        print(json.dumps({"rules": out, "totals": summary}, ensure_ascii=False, indent=1))
        return
    openings = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))["reports"]
    whole = json.loads((WHOLE / "manifest.json").read_text(encoding="utf-8"))["reports"]
    print(f"corpus: {len(openings)} openings + {len(whole)} whole reports with tables")
    print(f"{'rule':<10}{'true':>6}{'false':>7}{'missed':>8}")
    for rule, t in sorted(tallies.items(), key=_order):
        if rule != GAPS:
            print(f"{rule:<10}{t.true:>6}{t.false:>7}{t.missed:>8}")
    print()
    for key, value in summary.items():
        print(f"{key}: {value:.1%}" if isinstance(value, float) else f"{key}: {value}")
    if "-v" in sys.argv:
        for rule, t in sorted(tallies.items()):
            for note in t.notes:
                print(f"  {rule} {note}")


def _order(item: tuple[str, Tally]) -> tuple[str, int]:
    digits = "".join(c for c in item[0] if c.isdigit())
    return item[0][0], int(digits or 0)


if __name__ == "__main__":
    main()
