"""The ``disclosure-gui`` command: the window with no arguments, headless work with a subcommand.

Headless commands never import Qt, so they start fast and run on servers without a display.
Exit codes: 0 success, 1 the report has errors (``check``), 2 unreadable input or bad arguments,
3 an internal error (a bug: a crash log is written into the data folder), 130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import APP_NAME, __version__
from . import cli_aggregate as aggregate_command
from . import cli_register as register_command
from .argparse_zh import EXIT_BAD_INPUT
from .argparse_zh import ChineseArgumentParser as _Parser
from .cli_common import fail, refuse_overwriting_inputs
from .core.errors import UserError
from .core.filenames import ERRORS, native_path
from .crash import EXIT_INTERNAL, command_outline, crash_message, write_crash_log

if TYPE_CHECKING:
    from .core.format.report import Report

EXIT_OK, EXIT_FINDINGS, EXIT_INTERRUPTED = 0, 1, 130
__all__ = ["EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_INTERNAL", "EXIT_OK", "build_parser", "main"]


def _load_inputs(args: argparse.Namespace) -> tuple[Report, Report | None] | int:
    """The exchange file ``args.file`` and, with ``--previous``, last year's; an exit code on failure."""
    from .core.format import exchange

    try:
        report = exchange.load(args.file)
    except exchange.ExchangeError as exc:
        return fail(f"{args.file}：{exc}")
    if not args.previous:
        return report, None
    try:
        previous = exchange.load(args.previous)
    except exchange.ExchangeError as exc:
        return fail(f"上年报告 {args.previous}：{exc}")
    if previous.meta.year != report.meta.year - 1:
        return fail(f"上年报告 {args.previous} 是 {previous.meta.year} 年的，应为 {report.meta.year - 1} 年的报告")
    return report, previous


def _load_profile(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The local profile named by --profile (None without one), or an exit code after a Chinese message."""
    from .core.format import local_profile as profile

    if not getattr(args, "profile", None):
        return None
    try:
        return profile.load(args.profile)
    except profile.ProfileError as exc:
        return fail(exc.message)


def cmd_check(args: argparse.Namespace) -> int:
    from .core.checks.registry import has_errors, run_all

    loaded = _load_inputs(args)
    if isinstance(loaded, int):
        return loaded
    report, previous = loaded
    local = _load_profile(args)
    if isinstance(local, int):
        return local
    findings = run_all(report, previous, local)
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(f.line())
        errors = sum(f.severity == "error" for f in findings)
        print(f"{report.title}：{errors} 个错误，{len(findings) - errors} 个提醒", file=sys.stderr)
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def _open_store(args: argparse.Namespace, *, readonly: bool = False):  # type: ignore[no-untyped-def]
    from .store import Store

    return Store(getattr(args, "data_dir", None), readonly=readonly)


def _open_store_to_read(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The store for list and dump: writable when free, so damaged drafts get healed; read-only when another
    window holds it or the folder cannot be written; a folder that does not exist is not created."""
    from pathlib import Path

    from .store import Store, StoreError, StoreTooNewError
    from .store.paths import default_data_dir

    root = Path(getattr(args, "data_dir", None) or default_data_dir())
    if os.path.isdir(native_path(root)):
        store = Store(root)
        try:
            store.open()
            return store
        except StoreTooNewError:
            raise  # written by a newer version: not to be read by this one either
        except StoreError:
            pass
    store = Store(root, readonly=True)
    store.open()
    return store


def _print_notices(store: object) -> None:
    notices = getattr(store, "notices", [])
    for notice in notices:
        print(f"注意：{notice}", file=sys.stderr)
    notices.clear()


def cmd_import(args: argparse.Namespace) -> int:
    from .store import StoreError

    failures = 0
    with _open_store(args) as store:
        _print_notices(store)
        for path in args.files:
            try:
                info = store.import_file(path, replace=args.replace)
            except StoreError as exc:
                failures += 1
                print(f"未导入：{exc}", file=sys.stderr)
                continue
            print(f"已导入：{info.agency} {info.year}年（{path}）")
            _print_notices(store)
    return EXIT_BAD_INPUT if failures else EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from .store import StoreError, StoreTooNewError

    try:
        store = _open_store_to_read(args)
        try:
            drafts = store.list_drafts()
            _print_notices(store)
        finally:
            store.close()
    except StoreTooNewError as exc:  # drafts are there, this version may not read them: not "no drafts"
        return fail(exc.message)
    except StoreError as exc:
        if args.json:
            print("[]")
            return EXIT_OK
        print(f"（没有草稿：{exc.message}）", file=sys.stderr)
        return EXIT_OK
    if args.json:
        print(json.dumps([d.to_json() for d in drafts], ensure_ascii=False, indent=2))
    else:
        for d in drafts:
            print(f"{d.year}\t{d.agency}\t最后修改 {d.updated.replace('T', ' ')}")
        if not drafts:
            print("（没有草稿）", file=sys.stderr)
    return EXIT_OK


def cmd_dump(args: argparse.Namespace) -> int:
    from .core.format import exchange

    try:
        store = _open_store_to_read(args)
        try:
            info = store.find(args.agency, args.year)
            _print_notices(store)
            if info is None:
                return fail(f"找不到“{args.agency}”{args.year}年的草稿")
            report = store.load(info.id)
        finally:
            store.close()
        sys.stdout.write(exchange.dumps(report))
    except exchange.BlankCellsError as exc:
        return fail(f"草稿还不能导出为交换文件：{exc.message}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from .core.publish.pdf import PdfOptions, build_pdf

    if not (args.pdf or args.checklist or args.docx or args.html):
        return fail("请用 --pdf、--docx、--html 或 --checklist 指定要导出的文件")
    refused = refuse_overwriting_inputs(
        [args.pdf, args.docx, args.html, args.checklist], [args.file, args.previous, args.profile]
    )
    if refused:
        return fail(refused)
    loaded = _load_inputs(args)
    if isinstance(loaded, int):
        return loaded
    report, previous = loaded
    from .core.format.local_profile import paper_sign_off

    local = _load_profile(args)
    if isinstance(local, int):
        return local
    options = PdfOptions(
        page_numbers="center" if args.center_page_numbers else "alternate",
        signature=args.signature,
        official_fonts=not args.shipped_fonts,
        sign_off=paper_sign_off(local),
    )
    if args.checklist:
        from .core.publish.pdf.checklist import build_checklist

        build_checklist(report, args.checklist, previous=previous, official_fonts=not args.shipped_fonts, profile=local)
        print(f"已导出自查清单 {args.checklist}")
    if args.docx:
        from .core.publish.docx import build_docx

        docx = build_docx(
            report,
            args.docx,
            center_page_numbers=args.center_page_numbers,
            previous=previous,
            signature=args.signature,
            sign_off=options.sign_off,
            official_fonts=not args.shipped_fonts,
        )
        for notice in docx.notices:
            print(f"注意：{notice}", file=sys.stderr)
        print(f"已导出 Word 文件 {args.docx}")
    if args.html:
        from .core.outputs import write_text
        from .core.publish.html import report_fragment

        write_text(
            args.html,
            report_fragment(
                report, indent="css" if args.css_indent else "spaces", previous=previous, title=args.html_title
            ),
        )
        print(f"已导出网页片段 {args.html}")
    if not args.pdf:
        return EXIT_OK
    result = build_pdf(report, args.pdf, options, previous=previous)
    for missing in result.missing:
        print(f"注意：{missing.message}", file=sys.stderr)
    for notice in [] if args.docx else result.notices:  # said once when both files are written
        print(f"注意：{notice}", file=sys.stderr)
    stand_ins = [f.role for f in result.fonts.faces.values() if not f.official]
    if stand_ins and not args.shipped_fonts:
        from .core.publish.pdf.fonts import ROLE_LABELS

        names = "、".join(ROLE_LABELS[r] for r in stand_ins)
        print(f"注意：本机没有安装以下公文字体，已用程序自带字体代替：{names}", file=sys.stderr)
    if result.draft:
        print("注意：报告有数据错误，已在每页标注“草稿”", file=sys.stderr)
    print(f"已导出 {result.path}（{result.pages} 页）")
    return EXIT_OK


def cmd_smoke_test(args: argparse.Namespace) -> int:
    try:
        from .gui.app import run_smoke_test
    except ImportError as exc:
        return fail(f"无法加载窗口组件：{exc}")
    return run_smoke_test(getattr(args, "data_dir", None), args.screenshot)


def cmd_import_published(args: argparse.Namespace) -> int:
    from .core.format import exchange, schema
    from .core.importers import import_published
    from .core.outputs import write_text

    refused = refuse_overwriting_inputs([args.output], [args.source, args.previous])
    if refused:
        return fail(refused)
    previous = exchange.load(args.previous) if args.previous else None
    result = import_published(args.source, year=args.year, agency=args.agency, previous=previous)
    for note in result.notes:
        print(f"说明：{note}", file=sys.stderr)
    for item in result.unplaced:
        print(f"未导入：{item}", file=sys.stderr)
    r = result.report
    # Figures the original does not let us read, and cells printed blank, stay blank (null, exchange v1.2): never 0.
    write_text(args.output, exchange.dumps(r, allow_blank=True))
    blanks = r.blank_cells()
    if blanks:
        tables = {"t2": "表二", "t3": "表三", "t4": "表四"}
        count = {name: sum(p.startswith(f"tables.{t}.") for p in blanks) for t, name in tables.items()}
        where = "、".join(f"{name} {n} 格" for name, n in count.items() if n)
        first = "、".join(schema.cell_label(p) for p in blanks[:5]) + (" 等" if len(blanks) > 5 else "")
        print(f"留空：{where}（{first}；原文空白或无法读出，请对照原文补填）", file=sys.stderr)
    counts = f"{len(result.unplaced)} 项未导入，{len(blanks)} 格留空"
    print(f"已导入 {r.meta.agency} {r.meta.year}年报告 → {args.output}（{counts}）")
    return EXIT_FINDINGS if blanks else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="disclosure-gui", description=f"{APP_NAME}：编写、校验和发布政府信息公开工作年度报告。不带参数时打开窗口。"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}", help="显示版本号并退出")
    data_dir_help = "草稿数据文件夹（默认为用户数据目录，可放在U盘上便携使用）"
    parser.add_argument("--data-dir", metavar="DIR", help=data_dir_help)
    # --data-dir is accepted after every subcommand as well, where people put it: crash logs go there too.
    with_data_dir = _Parser(add_help=False)
    with_data_dir.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help=data_dir_help)
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    from .core.format.limits import LIMITS

    epilog = (
        "交换文件的限制：" + "；".join(LIMITS) + "。"
        f"退出码：0 成功，1 报告有错误，2 输入或参数有误，"
        f"{EXIT_INTERNAL} 程序内部出错（日志写入数据文件夹的 crash-logs）。"
    )
    check = sub.add_parser(
        "check", parents=[with_data_dir], help="校验一份年报交换文件（勾稽关系、跨年度一致性、质量体检）", epilog=epilog
    )
    check.add_argument("file", metavar="FILE", help="年报交换文件（.json）")
    check.add_argument(
        "--previous", metavar="LAST_YEAR_FILE", help="上年的年报交换文件，用于跨年度核对（R7、R10、R11）"
    )
    check.add_argument("--json", action="store_true", help="以 JSON 输出发现的问题")
    check.add_argument("--profile", metavar="PROFILE.json", help="本地要求文件：另按其期限、篇幅等检查（P1–P4）")
    check.set_defaults(func=cmd_check)

    export = sub.add_parser(
        "export", parents=[with_data_dir], help="把年报交换文件导出为 PDF、Word、网页片段或自查清单", epilog=epilog
    )
    export.add_argument("file", metavar="FILE", help="年报交换文件（.json）")
    export.add_argument("--pdf", metavar="OUT", help="导出的 PDF 文件")
    export.add_argument("--docx", metavar="OUT", help="导出 Word 文件（Word、WPS 均可打开）")
    export.add_argument("--html", metavar="OUT", help="导出网页片段（粘贴到网站内容管理系统的编辑器）")
    export.add_argument("--css-indent", action="store_true", help="网页片段的段首缩进用 CSS（默认用两个全角空格）")
    export.add_argument(
        "--html-title", action="store_true", help="网页片段以报告标题开头（默认不带：网站的文章页已显示标题）"
    )
    export.add_argument("--checklist", metavar="OUT", help="导出“自查清单”PDF（每项检查的结果，供签字存档）")
    export.add_argument(
        "--profile",
        metavar="PROFILE.json",
        help="本地要求文件：自查清单另列其要求；报告（PDF、Word）末尾加其签字盖章栏",
    )
    export.add_argument("--previous", metavar="LAST_YEAR_FILE", help="上年的年报交换文件（用于跨年度核对）")
    export.add_argument("--center-page-numbers", action="store_true", help="页码居中（单面打印）")
    export.add_argument("--signature", action="store_true", help="文末加落款（单位和日期）")
    export.add_argument("--shipped-fonts", action="store_true", help="只用程序自带字体（不找本机安装的公文字体）")
    export.set_defaults(func=cmd_export)

    pub = sub.add_parser(
        "import-published",
        parents=[with_data_dir],
        help="读取已发布的年报（网页、Word/WPS 文件、PDF 或文本），生成交换文件",
    )
    pub.add_argument(
        "source", metavar="SOURCE", help="保存的网页（.html/.mhtml）、Word/WPS 文件（.docx/.doc/.wps）、PDF 或文本文件"
    )
    pub.add_argument("-o", "--output", required=True, metavar="OUT.json", help="生成的年报交换文件")
    pub.add_argument("--year", type=int, metavar="N", help="报告年度（无法从内容识别时指定）")
    pub.add_argument("--agency", metavar="NAME", help="单位名称（无法从内容识别时指定）")
    pub.add_argument(
        "--previous",
        metavar="LAST.json",
        help="上一年的年报交换文件：帮助拆开原文中连在一起的数字（现行有效件数、上年结转）",
    )
    pub.set_defaults(func=cmd_import_published)

    aggregate_command.add_parser(sub, [with_data_dir])
    register_command.add_parser(sub, [with_data_dir])

    imp = sub.add_parser("import", parents=[with_data_dir], help="把年报交换文件导入草稿库")
    imp.add_argument("files", metavar="FILE", nargs="+", help="年报交换文件（.json），可多个")
    imp.add_argument("--replace", action="store_true", help="同一单位同一年度已有草稿时覆盖（旧内容保留在历史版本中）")
    imp.set_defaults(func=cmd_import)

    lst = sub.add_parser("list", parents=[with_data_dir], help="列出草稿库中的报告")
    lst.add_argument("--json", action="store_true", help="以 JSON 输出")
    lst.set_defaults(func=cmd_list)

    dump = sub.add_parser("dump", parents=[with_data_dir], help="把一份草稿输出为年报交换文件")
    dump.add_argument("--agency", required=True, metavar="NAME", help="单位名称")
    dump.add_argument("--year", required=True, type=int, metavar="N", help="报告年度")
    dump.set_defaults(func=cmd_dump)

    smoke = sub.add_parser("smoke-test", parents=[with_data_dir], help="打开窗口走一遍（用于检查安装是否完好）")
    smoke.add_argument("--screenshot", metavar="DIR", help="把每个标签页截图保存到此文件夹")
    smoke.set_defaults(func=cmd_smoke_test)
    return parser


def _utf8_safe_streams() -> None:
    """Printing never fails: file-name bytes that are not UTF-8 as escapes, what the console lacks as ``?``."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=ERRORS)


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_safe_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            try:
                from .gui.app import run_window
            except ImportError as exc:
                return fail(f"无法启动窗口：{exc}")
            return run_window(data_dir=args.data_dir)
        result: int = args.func(args)
        return result
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return EXIT_INTERRUPTED
    except UserError as exc:  # bad input or a file that cannot be written: said in Chinese, where and what
        return fail(str(exc))
    except Exception as exc:  # a bug: never a bare traceback, always a log the user can send
        outline = command_outline(sys.argv[1:] if argv is None else argv, [args.command or ""])
        log = write_crash_log(getattr(args, "data_dir", None), exc, outline)
        print(f"错误：{crash_message(log)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
