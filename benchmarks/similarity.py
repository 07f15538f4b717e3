"""How long the district workspace takes to compare 500 units' texts with each other and with last year's.

    PYTHONPATH=. python benchmarks/similarity.py [units]

Target (issue #21): 500 units in under 10 s on the 2-core build machine. Prints one JSON object; the wall time
depends on what else runs, so the CPU time and the load average are printed with it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from disclosure_gui.core.district.aggregate import collect  # noqa: E402
from disclosure_gui.core.district.ratios import compute_ratios  # noqa: E402
from disclosure_gui.core.district.review import review  # noqa: E402
from disclosure_gui.core.district.similarity import compare_reports  # noqa: E402
from disclosure_gui.core.format import exchange  # noqa: E402
from tests.district_units import make_district  # noqa: E402


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    district = make_district(n, sentences=10, copies=20, last_year=20)
    chars = sum(len(r.all_text()) for r in district.reports.values()) // n
    start, cpu = time.perf_counter(), time.process_time()
    result = compare_reports(district.reports, district.previous)
    similarity_s, similarity_cpu_s = time.perf_counter() - start, time.process_time() - cpu
    start = time.perf_counter()
    compute_ratios(district.reports)
    ratios_s = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:  # the workspace's whole run: read, check, compare, rank
        for i, report in enumerate(district.reports.values()):
            (Path(folder) / f"{i:03d}.json").write_text(exchange.dumps(report), encoding="utf-8")
        start = time.perf_counter()
        review(collect([folder], district.year), district.previous)
        workspace_s = time.perf_counter() - start
    found = {frozenset((p.a, p.b)) for p in result.flagged}
    print(
        json.dumps(
            {
                "units": n,
                "chars_per_unit": chars,
                "similarity_s": round(similarity_s, 2),
                "similarity_cpu_s": round(similarity_cpu_s, 2),  # the figure that counts on a busy machine
                "load_average": round(os.getloadavg()[0], 1),
                "ratios_s": round(ratios_s, 3),
                "workspace_s": round(workspace_s, 2),  # collect + checks + similarity + ratios of 500 files
                "flagged_pairs": len(result.flagged),
                "copied_pairs_found": len(found & district.copied_pairs),
                "copied_pairs_made": len(district.copied_pairs),
                "last_year_flagged": len(result.flagged_last_year()),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
