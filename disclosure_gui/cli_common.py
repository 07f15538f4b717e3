"""What every subcommand of ``disclosure-gui`` shares: how a refusal is said and what may not be overwritten."""

from __future__ import annotations

import sys

from .argparse_zh import EXIT_BAD_INPUT
from .core.filenames import shown


def fail(message: str) -> int:
    print(f"错误：{shown(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def refuse_overwriting_inputs(outputs: list[str | None], inputs: list[str | None]) -> str | None:
    """A message when an output would overwrite an input file or another output of the same run."""
    from .core.outputs import refuse_overwriting, same_file

    named = [o for o in outputs if o]
    for i, out in enumerate(named):
        refused = refuse_overwriting(out, inputs)
        if refused:
            return refused
        if any(same_file(out, other) for other in named[:i]):
            return f"两个导出结果都写到了 {out}，后一个会覆盖前一个。请给每种导出指定不同的文件名。"
    return None
