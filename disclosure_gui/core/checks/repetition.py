"""Repetition and structure: text copied from last year (Q11), a sentence twice (Q12), broken enumeration
(Q14), and section 五 answering last year's problems point by point (Q22)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..format import schema
from ..format.labels import CN_NUMERALS
from ..format.report import Report
from .finding import Finding
from .textcheck import _ALL_KEYS, _EMPTY, Sentence, _cache, _label, _split, _text_finding
from .textnumbers import token_to_int

_PUNCTUATION = str.maketrans("", "", " \t\r\n\u3000，,。．.；;：:！!？?、“”\"'（）()")


def _norm(sentence: str) -> str:
    return sentence.translate(_PUNCTUATION)


def _texts(report: Report) -> tuple[str, ...]:
    return tuple(report.texts.get(k, "") for k in _ALL_KEYS)


def check_repeated_sentences(report: Report) -> list[Finding]:
    return list(_repeated(_texts(report)))


def _sentences_of(texts: tuple[str, ...], min_len: int) -> Iterator[Sentence]:
    for key, text in zip(_ALL_KEYS, texts, strict=True):
        for start, end, sentence in _split(text):
            if len(sentence) >= min_len:
                yield Sentence(key, start, end, sentence)


@_cache
def _repeated(texts: tuple[str, ...]) -> tuple[Finding, ...]:
    seen: dict[str, Sentence] = {}
    out = []
    for s in _sentences_of(texts, 20):
        key = _norm(s.text)
        if len(key) < 20:
            continue
        first = seen.get(key)
        if first is None:
            seen[key] = s
            continue
        where = "同一部分" if first.field == s.field else f"「{_label(first.field)}」"
        out.append(
            _text_finding(
                "Q12",
                s.field,
                s.start,
                s.end,
                f"「{_label(s.field)}」中这句与{where}中的一句完全相同：“{s.text[:24]}…”",
            )
        )
    return tuple(out)


def check_copied_from_last_year(report: Report, previous: Report | None) -> list[Finding]:
    if previous is None:
        return []
    return list(_copied(_texts(report), _texts(previous), previous.meta.year))


@_cache
def _copied(texts: tuple[str, ...], last_texts: tuple[str, ...], last_year: int) -> tuple[Finding, ...]:
    last = {_norm(s.text) for s in _sentences_of(last_texts, 10)}
    mine = list(_sentences_of(texts, 10))
    if not mine:
        return ()
    copied = [s for s in mine if _norm(s.text) in last]
    share = len(copied) / len(mine)
    if share <= 0.5:
        return ()
    fields = sorted({s.field for s in copied}, key=_ALL_KEYS.index)
    return (
        Finding(
            "Q11",
            "warning",
            tuple(f"sections.{k}" for k in fields),
            f"有 {share:.0%} 的句子（{len(copied)}/{len(mine)}）与{last_year}年报告完全相同，内容雷同会被通报",
            text_span=(copied[0].field, copied[0].start, copied[0].end),
        ),
    )


# ------------------------------------------------------------------------------ enumeration (Q14)

_CN = CN_NUMERALS
_MARKERS = (
    ("是", re.compile(rf"([{_CN}]{{1,2}})是(?=[^\d])")),
    ("（）", re.compile(rf"[（(]([{_CN}]{{1,2}})[）)]")),
    ("1.", re.compile(r"(?:^|(?<=[。；;：:\n]))\s*(\d{1,2})[.．、](?!\d)")),
)
_COUNT_WORD = re.compile(
    rf"(以上|上述|以下|下列|如下)([{_CN}两]|\d)(个|方面|项|条|点)(?:问题|方面|措施|不足|建议|工作)?"
)


@dataclass
class _Run:
    kind: str
    items: list[tuple[int, int, int]]  # (number, start, end) in the section text


def _runs(text: str) -> list[_Run]:
    runs: list[_Run] = []
    for kind, pattern in _MARKERS:
        current: _Run | None = None
        for m in pattern.finditer(text):
            n = token_to_int(m.group(1))
            if n is None:
                continue
            if kind == "是" and text[m.start() - 1 : m.start()] in _CN + "第统" and m.start() > 0:
                continue  # 「第一是」「统一是」 are not enumerations
            if current is None or n == 1 or n <= current.items[-1][0]:
                current = _Run(kind, [])
                runs.append(current)
            current.items.append((n, m.start(), m.end()))
    return runs


def check_enumeration(report: Report) -> list[Finding]:
    return list(_enumeration(_texts(report)))


@_cache
def _enumeration(texts: tuple[str, ...]) -> tuple[Finding, ...]:
    by_key = dict(zip(_ALL_KEYS, texts, strict=True))
    out = []
    for section in schema.SECTIONS:
        if not section.fields:
            continue
        # Count words refer across the fields of a section (「以上两个问题」 in 改进情况 after 存在的问题).
        offsets = []
        parts = []
        position = 0
        for f in section.fields:
            text = by_key[f.key]
            offsets.append((position, f.key))
            parts.append(text)
            position += len(text) + 1
        whole = "\n".join(parts)

        def locate(pos: int, offsets: list[tuple[int, str]] = offsets) -> tuple[str, int]:
            key, base = offsets[0][1], 0
            for start, k in offsets:
                if start <= pos:
                    key, base = k, start
            return key, pos - base

        runs = _runs(whole)
        # Gaps within one field only: an imported report may spread one list over several fields.
        for f in section.fields:
            for run in _runs(by_key[f.key]):
                for a, b in zip(run.items, run.items[1:], strict=False):
                    if b[0] != a[0] + 1:
                        out.append(
                            _text_finding(
                                "Q14",
                                f.key,
                                b[1],
                                b[2],
                                f"「{_label(f.key)}」中序号不连续："
                                f"{_show(run.kind, a[0])}之后是{_show(run.kind, b[0])}",
                            )
                        )
        for m in _COUNT_WORD.finditer(whole):
            said = token_to_int(m.group(2).replace("两", "二"))
            if said is None or said < 2:
                continue
            backwards = m.group(1) in ("以上", "上述")
            candidates = [r for r in runs if (r.items[-1][2] <= m.start() if backwards else r.items[0][1] >= m.end())]
            if not candidates:
                continue
            run = candidates[-1] if backwards else candidates[0]
            count = len(run.items)
            if count >= 2 and count != said:
                key, start = locate(m.start())
                out.append(
                    _text_finding(
                        "Q14",
                        key,
                        start,
                        start + len(m.group()),
                        f"「{_label(key)}」中“{m.group()}”与{'前' if backwards else '后'}文所列的 {count} 项不一致",
                    )
                )
    return tuple(out)


def _show(kind: str, n: int) -> str:
    cn = _CN[n - 1] if 1 <= n <= 10 else str(n)
    return {"是": f"“{cn}是”", "（）": f"“（{cn}）”"}.get(kind, f"“{n}.”")


# ------------------------------------------------------------------------------ last year's problems (Q22)


def _items(text: str) -> int:
    """How many points a text enumerates (一是…三是, 1./2./3., （一）（二）): the longest run; 0 if none."""
    return max((len(run.items) for run in _runs(text)), default=0)


def _listed(text: str) -> int:
    """How many problems last year's report listed: its enumeration (「一是…；三是…；三是…」 still lists three),
    else its clauses between 「；」; 0 when it cannot be told."""
    n = max(_items(text), len(re.findall(rf"[{CN_NUMERALS}]是", text)))
    if n == 0:
        clauses = [c for c in re.split(r"[；;]", text) if len(c.strip()) >= 6]
        n = len(clauses) if len(clauses) >= 2 else 0
    return n


def check_last_years_problems(report: Report, previous: Report | None) -> list[Finding]:
    """Q22: 五 answers the problems last year's report listed, point by point (needs last year's report)."""
    if previous is None:
        return []
    listed = previous.text("problems.problems").strip()
    if _EMPTY.match(listed):
        return []
    n = _listed(listed)
    answer = report.text("problems.rectification")
    where = ("sections.problems.rectification",)
    year = previous.meta.year
    if _EMPTY.match(answer):
        what = f" {n} 个问题" if n else "存在的问题"
        message = f"{year}年报告列了{what}，本年第五部分没有写上年度问题的整改情况"
        return [Finding("Q22", "warning", where, message)]
    answered = _items(answer)
    if n >= 2 and 0 < answered < n:
        message = f"{year}年报告列了 {n} 个问题，整改情况只逐条写了 {answered} 条，请逐一说明"
        return [Finding("Q22", "warning", where, message)]
    return []
