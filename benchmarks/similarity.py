"""How long the district's copying detection takes, how much memory it needs and how big its status file gets, for
districts whose units share a template (every unit's report starts each section with the district's sentences).

    PYTHONPATH=. python benchmarks/similarity.py              # 500 and 2,000 units, each in a fresh process
    PYTHONPATH=. python benchmarks/similarity.py --units 800  # one size

Targets (issue #29): 2,000 template-sharing units in ≤ 60 s and ≤ 1 GB peak RSS, the whole of what
``aggregate --status`` does (read and check every file, compare, rank, write the status file), and a status file that
grows with the units, not with the pairs. Prints one JSON object per size; the wall time depends on what else runs,
so the CPU time and the load average are printed with it.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = (500, 2000)


def measure(n: int) -> dict[str, object]:
    from disclosure_gui.core.district.aggregate import collect
    from disclosure_gui.core.district.review import review
    from disclosure_gui.core.district.similarity import compare_reports
    from disclosure_gui.core.district.status_export import export_status
    from disclosure_gui.core.format import exchange
    from tests.district_units import make_district

    # Eight template sentences and two of its own in each of 15 sections; 20 units copied another's whole report,
    # 20 repeated their own of last year.
    district = make_district(n, sentences=2, template=8, copies=20, last_year=20)
    chars = sum(len(r.all_text()) for r in district.reports.values()) // n
    start, cpu = time.perf_counter(), time.process_time()
    result = compare_reports(district.reports, district.previous)
    similarity_s, similarity_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    found = {frozenset((p.a, p.b)) for p in result.flagged}
    figures: dict[str, object] = {
        "units": n,
        "chars_per_unit": chars,
        "similarity_s": round(similarity_s, 1),
        "similarity_cpu_s": round(similarity_cpu_s, 1),  # the figure that counts on a busy machine
        "flagged_pairs": len(result.flagged),
        "copied_pairs_found": len(found & district.copied_pairs),
        "copied_pairs_made": len(district.copied_pairs),
        "last_year_flagged": len(result.flagged_last_year()),
    }
    del result
    with tempfile.TemporaryDirectory() as folder:  # what `aggregate --status` does: read, check, compare, write
        for i, report in enumerate(district.reports.values()):
            (Path(folder) / f"{i:04d}.json").write_text(exchange.dumps(report), encoding="utf-8")
        start, cpu = time.perf_counter(), time.process_time()
        aggregation = collect([folder], district.year)
        collect_s = time.perf_counter() - start
        reviewed = review(aggregation, district.previous)
        review_s = time.perf_counter() - start - collect_s
        for suffix in (".xlsx", ".json"):
            started = time.perf_counter()
            out = export_status(Path(folder) / f"status{suffix}", aggregation, reviewed)
            figures[f"status{suffix}_s"] = round(time.perf_counter() - started, 1)
            figures[f"status{suffix}_kb"] = out.stat().st_size // 1024
        figures["collect_s"] = round(collect_s, 1)  # reading and checking every unit's file
        figures["review_s"] = round(review_s, 1)  # similarity and ratios, as the workspace runs them
        figures["aggregate_status_s"] = round(time.perf_counter() - start, 1)  # the whole, both files written
        figures["aggregate_status_cpu_s"] = round(time.process_time() - cpu, 1)
    figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # KB on Linux
    figures["load_average"] = round(os.getloadavg()[0], 1)
    return figures


def main() -> None:
    if "--units" in sys.argv:
        print(json.dumps(measure(int(sys.argv[sys.argv.index("--units") + 1])), ensure_ascii=False), flush=True)
        return
    for n in SIZES:  # a fresh process each: the peak RSS is that size's own
        subprocess.run([sys.executable, __file__, "--units", str(n)], check=True)


if __name__ == "__main__":
    main()
