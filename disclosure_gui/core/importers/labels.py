"""Labels of the published tables matched to the format's rows (compared by :mod:`..format.labels`, a missing
character forgiven), and the headings of the report's parts."""

from __future__ import annotations

import difflib
import re

from ..format import schema
from ..format.labels import NUMBERING, normalise


def _core(label: str) -> str:
    """A label without its number prefix: 「（三）不予公开」→「不予公开」, 「1.属于国家秘密」→「属于国家秘密」."""
    return normalise(label, strip_numbering=True)


_T3_MATCH = [(_core(r.label), r.key) for r in schema.T3_ROWS]
_T2_LABELS = {_core(r.label): r.key for b in schema.T2_BLOCKS for r in b.rows}
_T2_LABELS[_core("规范性文件")] = "normative_documents"  # 2019 format's name


# 「三、本年度办理结果」「（三）不予公开」…: labels of a group of rows, not of a row.
GROUP_LABELS = frozenset(_core(lbl) for r in schema.T3_ROWS for lbl in r.levels[:2] if lbl and lbl != r.label)


_PREFIX_MIN = 6  # characters: a shorter start names a group or too little to be sure of one row


def _match_t3(labels: list[str], *, prefix: bool = False) -> str | None:
    """The table 三 row the labels name. ``prefix``: also a numbered label that is the start of exactly one row's
    label (for a row's final reading, not while pieces of a wrapped label are being joined)."""
    starts = [i for i, lbl in enumerate(labels) if NUMBERING.match(normalise(lbl))]
    if starts and starts[-1] < len(labels) - 1:  # a label wrapped over lines: 「1.申请人…行政机关不」「再处理其…」
        labels = [*labels, "".join(labels[starts[-1] :])]
    for label in reversed(labels):
        core = _core(label)
        if not core or (core in ("总计",) and not label.strip().startswith(("（七）", "(七)"))):
            continue
        for name, key in _T3_MATCH:
            if core == name:
                return key
        close = difflib.get_close_matches(core, [n for n, _ in _T3_MATCH], n=1, cutoff=0.82)
        if close:
            return dict(_T3_MATCH)[close[0]]
        # A numbered label cut where its cell wrapped (「（二）部分公开（区分处理的，只计这」, the rest on the next
        # line): the start of exactly one row's label.
        if prefix and NUMBERING.match(normalise(label)) and len(core) >= _PREFIX_MIN and core not in GROUP_LABELS:
            keys = {key for name, key in _T3_MATCH if name.startswith(core)}
            if len(keys) == 1:
                return keys.pop()
    return None


_HEADINGS = [
    ("overview", r"^[一1][、.．]\s*(?:总体情况|概述|总体工作情况|(?:政府信息公开)?(?:工作)?(?:的)?基本情况)[。:：]?$"),
    ("t2", r"^[一二三四2][、.．]\s*主动公开政府信息情况$"),
    ("t3", r"^[二三四3][、.．]\s*收到和处理政府信息公开申请情况$"),
    ("t4", r"^[三四五4][、.．]\s*(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议.{0,16}$"),
    ("problems", r"^[四五六5][、.．]\s*(?:政府信息公开工作)?存在的(?:主要)?问题.{0,12}$"),
    ("other", r"^[五六七6][、.．]\s*其他需要报告的事项.{0,4}$"),
]


def section_of(text: str) -> str | None:
    s = normalise(text)
    for key, pattern in _HEADINGS:
        if re.match(pattern, s):
            return key
    return None
