"""The ``disclosure-gui`` command: the window with no arguments, headless work with a subcommand.

Headless commands never import Qt, so they start fast and run on servers without a display.
Exit codes: 0 success, 1 the report has errors (``check``), 2 unreadable input or bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from . import APP_NAME, __version__

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with its fixed English phrases replaced where users see them."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}：参数有误：{message}\n")


def _fail(message: str) -> int:
    print(f"错误：{message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def cmd_check(args: argparse.Namespace) -> int:
    from .core import exchange
    from .core.rules import has_errors, run_rules

    try:
        report = exchange.load(args.file)
    except exchange.ExchangeError as exc:
        return _fail(f"{args.file}：{exc}")
    previous = None
    if args.previous:
        try:
            previous = exchange.load(args.previous)
        except exchange.ExchangeError as exc:
            return _fail(f"上年报告 {args.previous}：{exc}")
        if previous.meta.year != report.meta.year - 1:
            return _fail(f"上年报告 {args.previous} 是 {previous.meta.year} 年的，应为 {report.meta.year - 1} 年的报告")
    findings = run_rules(report, previous)
    if args.json:
        print(json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(f.line())
        errors = sum(f.severity == "error" for f in findings)
        print(f"{report.title}：{errors} 个错误，{len(findings) - errors} 个提醒", file=sys.stderr)
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="disclosure-gui", description=f"{APP_NAME}：编写、校验和发布政府信息公开工作年度报告。不带参数时打开窗口。"
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="草稿数据文件夹（默认为用户数据目录，可放在U盘上便携使用）")
    sub = parser.add_subparsers(dest="command", metavar="命令", parser_class=_Parser)

    check = sub.add_parser("check", help="校验一份年报交换文件（勾稽关系、跨年度一致性等）")
    check.add_argument("file", metavar="FILE", help="年报交换文件（.json）")
    check.add_argument(
        "--previous", metavar="LAST_YEAR_FILE", help="上年的年报交换文件，用于跨年度核对（R7、R10、R11）"
    )
    check.add_argument("--json", action="store_true", help="以 JSON 输出发现的问题")
    check.set_defaults(func=cmd_check)
    return parser


def _utf8_safe_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_safe_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        try:
            from .gui.app import run_window
        except ImportError as exc:
            return _fail(f"无法启动窗口：{exc}")
        return run_window(data_dir=args.data_dir)
    result: int = args.func(args)
    return result


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
