"""What the text checks share: sentences of a field (cached per text), a finding about a span of text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..format import schema
from ..format.report import Report
from .finding import Finding, Severity

_ALL_KEYS = tuple(f.key for f in schema.TEXT_FIELDS)

_SENTENCE = re.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


@dataclass(frozen=True)
class Sentence:
    field: str
    start: int
    end: int
    text: str


# The checks run after every keystroke; a keystroke changes one field, so per-field work is cached by
# the field's text (strings hash once) and only the edited field is scanned again.
_cache = lru_cache(maxsize=1024)


@_cache
def _split(text: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    for m in _SENTENCE.finditer(text):
        s = m.group().strip()
        if s:
            start = m.start() + m.group().index(s[0])
            out.append((start, start + len(s), s))
    return tuple(out)


def sentences(report: Report, fields: tuple[str, ...] | None = None, min_len: int = 1) -> Iterator[Sentence]:
    for key in fields or _ALL_KEYS:
        for start, end, text in _split(report.texts.get(key, "")):
            if len(text) >= min_len:
                yield Sentence(key, start, end, text)


def _text_finding(
    rule: str, field: str, start: int, end: int, message: str, *, severity: Severity = "warning", fix: str | None = None
) -> Finding:
    return Finding(
        rule,
        severity,
        (f"sections.{field}",),
        message,
        text_span=(field, start, end),
        fix=(field, start, end, fix) if fix is not None else None,
    )


def _label(field: str) -> str:
    return schema.TEXT_FIELD_BY_KEY[field].label


# A text that says nothing: empty, 「无」, 「/」…
_EMPTY = re.compile(r"^[\s。.，,、；;：:]*(无|暂无|没有|/|—|-)?[\s。.]*$")
