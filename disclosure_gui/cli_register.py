"""``disclosure-gui register FILE.xlsx|FILE.csv --year N``: table 三 counted from a request register.

Kept out of ``cli.py`` so the register's command line lives in one place; ``cli.py`` only adds it.
Prints table 三 (and table 四 and the fee figures) for the year; with ``-o`` writes them into a new
exchange file, with ``--into DRAFT.json -o OUT.json`` into a copy of an existing one (never over it).

Columns are recognised by their headers as the window recognises them, starting from the mappings the window
remembered (``registers/columns.json`` in the data folder: ``--data-dir``, or the default one); ``--columns
编号=登记号,收到日期=受理时间`` says the rest (a header, an Excel column letter, or a column number after 「=」).
Exit codes: 0 counted; 1 counted, but some rows could not be placed (the table may be short);
2 unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .cli_common import fail

EXIT_OK, EXIT_UNPLACED, EXIT_BAD_INPUT = 0, 1, 2


def add_parser(sub: Any, parents: list[argparse.ArgumentParser]) -> None:
    """``parents`` give it ``--data-dir`` as every command has it: where the window's column mappings are read."""
    reg = sub.add_parser(
        "register",
        parents=parents,
        help="从依申请公开台账（Excel、WPS 表格或 CSV）统计表三、表四和信息处理费",
        description="从依申请公开台账统计表三、表四和信息处理费。有无法归类的行时退出码为 1。",
    )
    reg.add_argument("file", metavar="FILE", help="台账文件（.xlsx、.xls、.et、.ods、.csv 或 .txt）")
    reg.add_argument("--year", required=True, type=int, metavar="N", help="报告年度")
    reg.add_argument("-o", "--output", metavar="OUT.json", help="把统计结果写入年报交换文件")
    into_help = "以这份年报交换文件为底稿（写入 -o 指定的副本，不改动原文件）"
    reg.add_argument("--into", metavar="DRAFT.json", help=into_help)
    reg.add_argument("--agency", metavar="NAME", default="", help="新建交换文件时的单位名称")
    reg.add_argument(
        "--columns",
        metavar="字段=表头,…",
        action="append",
        default=[],
        help="列对应，如 编号=登记号,收到日期=受理时间（表头也可写列字母 C 或列号 3）；"
        "未指定的列按表头识别，并沿用窗口中记住的列对应",
    )
    reg.set_defaults(func=cmd_register)


def _memory(args: argparse.Namespace) -> Path:
    """The column mappings the window remembered, in the data folder the window uses."""
    from .core.register.columns import memory_path
    from .store.paths import default_data_dir

    return memory_path(Path(getattr(args, "data_dir", None) or default_data_dir()))


def format_t3(t3: dict[str, list[int]]) -> str:
    from .core.format import schema

    lines = ["\t".join(["序号", "项目", *schema.T3_COLUMNS])]
    for row in schema.T3_ROWS:
        lines.append("\t".join([str(row.no), row.short, *(str(v) for v in t3[row.key])]))
    return "\n".join(lines)


def cmd_register(args: argparse.Namespace) -> int:
    from .core.format import exchange, schema
    from .core.format.report import Report
    from .core.outputs import OutputError, write_text
    from .core.register.columns import ColumnSpecError, describe_mapping, guess_mapping, load_memory, mapping_with
    from .core.register.model import problems
    from .core.register.tables import compute
    from .core.register.tabular import TabularError, read_sheet, to_applications

    if args.into and not args.output:
        return fail("使用 --into 时请用 -o 指定写入的副本（原文件不会被改动）")
    if args.output and not args.into and not args.agency.strip():
        return fail("新建交换文件需要单位名称：请用 --agency 指定（或用 --into 以已有的交换文件为底稿）")
    if args.into and args.output and Path(args.into).resolve() == Path(args.output).resolve():
        return fail("-o 不能与 --into 是同一个文件：请写入副本")
    try:
        sheet = read_sheet(Path(args.file))
        mapping = guess_mapping(sheet.headers, load_memory(_memory(args)))
        for spec in args.columns:
            mapping = mapping_with(spec, sheet.headers, mapping)
        result = to_applications(sheet, mapping)
    except (TabularError, ColumnSpecError) as exc:
        return fail(f"{args.file}：{exc.message}")
    print(f"列对应：{describe_mapping(sheet.headers, mapping)}", file=sys.stderr)
    if sheet.note:
        print(f"说明：{sheet.note}", file=sys.stderr)
    base = None
    if args.into:
        try:
            base = exchange.load(args.into)
        except exchange.ExchangeError as exc:
            return fail(f"{args.into}：{exc}")
        if base.meta.year != args.year:
            return fail(f"{args.into} 是 {base.meta.year} 年的报告，与 --year {args.year} 不符")
    tables = compute(result.applications, args.year)
    print(f"{args.year}年 表三 {schema.T3_TITLE}")
    print(format_t3(tables.t3))
    print(f"表四 {schema.T4_TITLE}")
    for group in schema.T4_GROUPS:
        cells = zip(schema.T4_RESULT_COLUMNS, tables.t4[group.key], strict=True)
        print("\t".join([group.label, *(f"{c} {v}" for c, v in cells)]))
    print(
        f"信息处理费：发出收费通知 {tables.notices_issued} 件，金额 {tables.notice_amount_yuan} 元，"
        f"实际收取 {tables.collected_yuan} 元"
    )
    for p in problems(result.applications):
        print(f"台账问题：编号 {p.no or '（空）'}：{p.message}", file=sys.stderr)
    for u in result.unplaced:
        print(f"未计入：{u.describe()}", file=sys.stderr)
    if args.output:
        report = base.clone() if base is not None else Report.new(args.agency, args.year)
        for path, value in tables.cells().items():
            report.set(path, value)
        text = exchange.dumps(report)
        try:  # read back by the same validators as ``check``: what check would refuse is never written
            exchange.loads(text)
        except exchange.ExchangeError as exc:
            return fail(f"台账统计的结果不能写入交换文件（{exc}），没有写入 {args.output}。请核对台账后再统计")
        try:
            write_text(args.output, text, inputs=[args.file, args.into])
        except OutputError as exc:
            return fail(exc.message)
        print(f"已写入 {args.output}", file=sys.stderr)
    counted = len(result.applications)
    if result.unplaced:
        print(f"共 {counted} 件计入统计，{len(result.unplaced)} 行无法归类未计入：表三可能偏少", file=sys.stderr)
        return EXIT_UNPLACED
    print(f"共 {counted} 件计入统计", file=sys.stderr)
    return EXIT_OK
