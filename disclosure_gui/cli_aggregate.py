"""``disclosure-gui aggregate FILE_OR_FOLDER… -o SUMMARY.json --agency NAME --year N``: the district office's summary.

Every unit's exchange file is read and checked as the window's 汇总 does; units with errors are left out unless
``--include-errors``; ``--status`` writes the same status table as the window's 导出状态表.
Exit codes: 0 summed, 2 unreadable input, bad arguments or nothing to sum.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .cli_common import fail, refuse_overwriting_inputs
from .core.filenames import native_path

EXIT_OK = 0


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    agg = sub.add_parser("aggregate", parents=parents, help="汇总多个单位的年报交换文件（区县政务公开办使用）")
    agg.add_argument("sources", metavar="FILE_OR_FOLDER", nargs="+", help="交换文件或存放交换文件的文件夹")
    agg.add_argument("-o", "--output", required=True, metavar="SUMMARY.json", help="汇总报告（交换文件）")
    agg.add_argument("--agency", required=True, metavar="NAME", help="汇总报告的单位名称")
    agg.add_argument("--year", required=True, type=int, metavar="N", help="报告年度")
    agg.add_argument("--units", metavar="UNITS.txt", help="应报送单位名单（每行一个），用于列出未报送的单位")
    agg.add_argument(
        "--status",
        metavar="STATUS",
        help="把各单位的状态写入文件：.json；.xlsx 或 .csv 另含实质公开率、纠错率和相似度",
    )
    agg.add_argument("--previous", metavar="FOLDER", help="各单位上年交换文件所在的文件夹（比较与上年的重复）")
    agg.add_argument("--include-errors", action="store_true", help="有错误或疑似抄袭的单位也纳入汇总")
    agg.set_defaults(func=cmd_aggregate)


def cmd_aggregate(args: argparse.Namespace) -> int:
    from .core.district.aggregate import (
        STATE_LABELS,
        cells_left_blank,
        collect,
        fees_not_stated,
        read_units_file,
        refuse_outputs,
        summed,
    )
    from .core.district.review import leave_out_copiers, profile_in, read_previous, review
    from .core.format import exchange
    from .core.outputs import os_error_text, write_text

    expected = None
    if args.units:
        try:
            expected = read_units_file(args.units)
        except OSError as exc:
            return fail(f"无法读取单位名单 {args.units}：{os_error_text(exc)}")
    missing_sources = [s for s in args.sources if not os.path.exists(native_path(s))]
    if missing_sources:
        return fail(f"找不到：{'、'.join(missing_sources)}")
    refused = refuse_overwriting_inputs([args.output, args.status], [args.units]) or refuse_outputs(
        args.sources, [args.output, args.status], args.agency
    )
    if refused:
        return fail(refused)
    local, profile_note = profile_in(args.sources)  # the district's own requirements, as the window applies them
    if profile_note:
        print(f"说明：{profile_note}", file=sys.stderr)
    result = collect(
        args.sources,
        args.year,
        expected=expected,
        include_errors=args.include_errors,
        exclude=[p for p in (args.output, args.status) if p],
        summary_agency=args.agency,
        local=local,
    )
    for path, why in result.skipped:
        print(f"跳过：{path}（{why}）", file=sys.stderr)
    checked = None
    # The copying review costs seconds for a big district: only when it decides something or is written out.
    if args.status or not args.include_errors:
        checked = review(result, read_previous([args.previous], args.year - 1)[0] if args.previous else None)
        if not args.include_errors:  # as in the window: a copied report goes back like one with errors, not summed
            checked = leave_out_copiers(result, checked)
    copied = {c.copier: c.line() for c in checked.copies} if checked is not None else {}
    for unit in result.units:
        detail = unit.message or "、".join(sorted({f.rule for f in unit.findings}))
        if unit.agency in copied:
            detail = "；".join(filter(None, (detail, f"疑似抄袭：{copied[unit.agency]}")))
        mark = "纳入汇总" if unit.included else "未纳入"
        print(f"{STATE_LABELS[unit.state]}\t{unit.agency}\t{mark}\t{detail}")
    if args.status:  # the same writer as the window's 导出状态表
        from .core.district.status_export import export_status

        assert checked is not None
        export_status(args.status, result, checked)
    included = result.included()
    if not included:
        return fail("没有可以汇总的单位（有错误或疑似抄袭的单位需加 --include-errors 才纳入）")
    summary = summed(result, args.agency, args.year)
    for line in fees_not_stated(result) + cells_left_blank(result):
        print(f"注意：{line}", file=sys.stderr)
    write_text(args.output, exchange.dumps(summary, allow_blank=True))  # a blank cell summed is unknown (v1.2)
    counts = result.counts()
    states = "，".join(f"{STATE_LABELS[k]} {v}" for k, v in counts.items() if v)
    print(f"已汇总 {len(included)} 个单位 → {args.output}（{states}）", file=sys.stderr)
    return EXIT_OK
