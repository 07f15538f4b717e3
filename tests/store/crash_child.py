"""Child process for the crash test: saves large drafts in a loop and acknowledges each save.

Usage: python crash_child.py DATA_DIR START
Prints ``ACK <seq> <draft id>`` after each save returns (i.e. after it is acknowledged to the user),
and ``NEW <agency> <draft id>`` after each new draft is created.
"""

import sys

from disclosure_gui.core.format.report import Report
from disclosure_gui.store import Store

FIELDS = ("preamble", "overview.proactive", "overview.on_request", "overview.oversight", "problems.problems")


def report_for(seq: int) -> Report:
    report = Report.new("压力测试局", 2025)
    for key in FIELDS:
        report.texts[key] = f"第{seq:06d}次保存。" * 2000  # ~50 KB of text per field
    report.t3["granted"][0] = seq
    report.recompute_totals()
    return report


def main() -> None:
    data_dir, seq = sys.argv[1], int(sys.argv[2])
    with Store(data_dir) as store:
        found = store.find("压力测试局", 2025)
        draft_id = found.id if found else store.create(report_for(seq)).id
        print("READY", flush=True)
        while True:
            seq += 1
            store.save(draft_id, report_for(seq), explicit=seq % 5 == 0)
            print(f"ACK {seq} {draft_id}", flush=True)
            if seq % 4 == 0:
                info = store.new_report(f"新建单位{seq}", 2025)
                print(f"NEW {info.agency} {info.id}", flush=True)


if __name__ == "__main__":
    main()
