"""Unit names in report texts: the forms a name is written in, one pattern for thousands of names, and another unit's
name left in a text (usually a copy whose names were not all replaced)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..format import schema

# A township or street's name is usually written without its suffix (城关镇人民政府 → 城关镇).
_SUFFIXES = ("人民政府", "办事处", "管理委员会")


@dataclass(frozen=True)
class NameLeft:
    """Another unit's name in a unit's text: usually a copy whose names were not all replaced."""

    agency: str
    other: str
    field: str
    excerpt: str

    @property
    def message(self) -> str:
        label = schema.TEXT_FIELD_BY_KEY[self.field].label if self.field in schema.TEXT_FIELD_BY_KEY else self.field
        return f"{self.agency}的“{label}”中出现了其他单位的名称“{self.other}”：……{self.excerpt}……"


def short_names(agency: str) -> list[str]:
    """The unit's name and the way it is usually written in running text."""
    out = [agency]
    for suffix in _SUFFIXES:
        if agency.endswith(suffix) and len(agency) - len(suffix) >= 3:
            out.append(agency.removesuffix(suffix))
    return out


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression for many names, as a trie: matching costs the length of a name, not their number.

    At each branch the longer continuation is tried first, so a full name wins over a shorter name inside it.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def names_left(texts: Mapping[str, Mapping[str, str]], names: Iterable[str]) -> list[NameLeft]:
    """Every place where a unit's text names another unit of the summary (once per name and field)."""
    owners: dict[str, set[str]] = {}
    for n in dict.fromkeys(names):
        for form in short_names(n):
            owners.setdefault(form, set()).add(n)
    if not owners:
        return []
    # The trie tries the longer name first, so a unit's full name is matched whole, not as a shorter name inside it.
    pattern = re.compile(trie_pattern(owners))
    out: list[NameLeft] = []
    for agency, fields in texts.items():
        own = short_names(agency)
        for key, text in fields.items():
            seen: set[str] = set()
            for m in pattern.finditer(text):
                form = m.group()
                if form in seen or agency in owners[form] or any(form in o for o in own):
                    continue
                seen.add(form)
                excerpt = text[max(0, m.start() - 12) : m.end() + 12].replace("\n", " ")
                out.append(NameLeft(agency, form, key, excerpt))
    return out
