"""What every check reports: a finding names its check, its severity, the cells (exchange-file paths, which the
window maps to table cells) or the span of text it is about, and a short Chinese message."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from ..format import schema

Severity = Literal["error", "warning"]
SEVERITY_LABEL = {"error": "错误", "warning": "提醒"}


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    cells: tuple[str, ...]
    message: str
    # For a finding about text: the field key and the character span of the quoted phrase.
    text_span: tuple[str, int, int] | None = field(default=None, compare=False)
    # Where the fix is certain: (field key, start, end, replacement text).
    fix: tuple[str, int, int, str] | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, object]:
        return {"rule": self.rule, "severity": self.severity, "cells": list(self.cells), "message": self.message}

    def line(self) -> str:
        where = "、".join(schema.cell_label(c) for c in self.cells[:3])
        more = " 等" if len(self.cells) > 3 else ""
        return f"{self.rule} {SEVERITY_LABEL[self.severity]}：{self.message}（{where}{more}）"


MAX_PER_FIELD = 3


def bounded(findings: list[Finding]) -> list[Finding]:
    """At most three findings of one rule in one text field, then one 「另有 N 处」 (a pasted text repeated a
    thousand times must not bury the panel). Findings about table cells are all kept: each marks its cell."""
    out: list[Finding | None] = []
    seen: dict[tuple[str, str], int] = {}
    extra: dict[tuple[str, str], tuple[int, Finding]] = {}
    for f in findings:
        if f.text_span is None:
            out.append(f)
            continue
        key = (f.rule, f.text_span[0])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_PER_FIELD:
            out.append(f)
        elif key not in extra:
            extra[key] = (len(out), f)
            out.append(None)  # the summary goes where the fourth one was
    for (rule, field_key), (index, first) in extra.items():
        label = schema.TEXT_FIELD_BY_KEY[field_key].label if field_key in schema.TEXT_FIELD_BY_KEY else field_key
        rest = seen[(rule, field_key)] - MAX_PER_FIELD
        out[index] = Finding(
            rule,
            first.severity,
            first.cells,
            f"「{label}」中另有 {rest} 处同类问题（{rule}），请逐一检查",
            text_span=first.text_span,
        )
    return [f for f in out if f is not None]


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
