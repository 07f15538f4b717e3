"""argparse speaking Chinese: its fixed English phrases (usage, option titles, error messages) replaced.

argparse has no translation catalogue for Chinese installed with Python, so its messages are matched and
rewritten here; a phrase not known yet is passed through unchanged rather than lost.
"""

from __future__ import annotations

import argparse
import re
import sys

EXIT_BAD_INPUT = 2  # also what argparse itself uses for bad arguments

# argparse's English phrases (Python 3.9–3.13) → Chinese; applied in order to the error message.
_ARGPARSE_PHRASES = (
    (r"the following arguments are required: (.*)", r"缺少必需的参数：\1"),
    (r"unrecognized arguments: (.*)", r"无法识别的参数：\1"),
    (r"argument (\S+): invalid int value: '(.*)'", r"参数 \1 应为整数，实际是“\2”"),
    (r"argument (\S+): invalid (\w+) value: '(.*)'", r"参数 \1 的值“\3”无效"),
    (r"argument 命令: invalid choice: '(.*)' \(choose from (.*)\)", r"没有“\1”这个命令，可用的命令：\2"),
    (r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)", r"参数 \1 不能是“\2”，可选：\3"),
    (r"invalid choice: '(.*)' \(choose from (.*)\)", r"没有“\1”这个命令，可用的命令：\2"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面缺少一个值"),
    (r"argument (\S+): expected at least one argument", r"参数 \1 后面至少要有一个值"),
    (r"argument (\S+): expected .*", r"参数 \1 后面的值个数不对"),
    (r"argument (\S+): not allowed with argument (\S+)", r"参数 \1 不能与 \2 同时使用"),
    (r"ambiguous option: (\S+) could match (.*)", r"参数 \1 不明确，可能是：\2"),
    (r"argument (\S+): ignored explicit argument '(.*)'", r"参数 \1 不接受值“\2”"),
)


def _argparse_in_chinese(message: str) -> str:
    for english, chinese in _ARGPARSE_PHRASES:
        if re.fullmatch(english, message):
            return re.sub(english, chinese, message)
    return message


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse with its fixed English phrases replaced where users see them."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"
        for action in self._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = "显示本帮助并退出"

    def format_usage(self) -> str:
        return super().format_usage().replace("usage: ", "用法：", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage: ", "用法：", 1)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}：参数有误：{_argparse_in_chinese(message)}\n")
