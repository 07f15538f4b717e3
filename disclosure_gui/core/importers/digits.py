"""A row's printed figures as its cells: figures run together (「142000016」 for seven cells) split every way the
row can be, then narrowed by what must hold — the row's own sum, the table's column sums, the figures the report's
text states, last year's report. A cell is read only where every split still possible agrees on it; the rest stay
blank (unknown, never 0) and are listed with the splits that remain.
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ..format.cells import PLACEHOLDER_EMPTY

Value = int | Decimal | None
Cells = tuple[Value, ...]
MAX_SPLITS = 5000  # more ways than this to split one row: not worth narrowing, the row stays blank
_MAX_STEPS = 200_000
_UNSUMMED_LIMIT = 64  # a row that adds up no way (a printed error): only split when there are few ways


@dataclass(frozen=True)
class _Token:
    digits: str  # a run of digits that may hold several cells; "" for a cell on its own
    value: Value  # the value of a cell on its own (a blank, a placeholder, a decimal, a grouped number)


def _token(text: str) -> _Token:
    s = unicodedata.normalize("NFKC", text).strip()
    for unit in ("万元", "元", "件", "次", "条", "个", "起"):
        s = s.removesuffix(unit)
    if not s or s in PLACEHOLDER_EMPTY:
        return _Token("", None)
    if s.isdigit():
        return _Token(s, None)
    try:
        value = Decimal(s.replace(",", "").replace("，", ""))
    except InvalidOperation:
        return _Token("", None)
    return _Token("", int(value) if value == value.to_integral_value() and "." not in s else value)


def splits(texts: Sequence[str], width: int, group: int = 0, *, glued: bool = True) -> list[Cells]:
    """Every way the printed figures make ``width`` cells (a run of digits cut into several, no cell with a leading
    zero). ``group``: cells come in groups of this size whose last cell is the sum of the others (table 三's rows:
    7; table 四: 5).

    A run is cut only where nothing else can tell the cells apart, and only as far as the arithmetic confirms:
    figures printed one to a cell are kept as they are (a printed error is the check's to report); a row with a blank
    cell of its own is a row of whole cells; a row without sums (table 二) is cut only when all of it ran together
    in text that lost every separator (``glued``: 「行政规范性文件34089」), never a figure set apart from its label or
    beside others (「行政规范性文件    105」「0 40」: a blank cell may be lost there). When no cut adds up, figures
    run together are not cut at all: a blank cell lost between them (「0071270」 for 0|0|7|空|12|7|0) and a printed
    error look alike."""
    tokens = [_token(t) for t in texts]
    while len(tokens) > width and not tokens[-1].digits and tokens[-1].value is None:
        tokens.pop()  # a laid-out table's cell spanning the columns after it (「行政许可 | 412 (spans 3)」)
    whole = any(not t.digits and t.value is None for t in tokens) or (not group and not glued)
    if whole:
        return [tuple(_whole(t) for t in tokens)] if len(tokens) == width else []
    room = sum(max(1, len(t.digits)) for t in tokens)
    if room < width:
        return []
    if len(tokens) > 1 and not glued:
        # Figures a reader found parted (a PDF viewer's copy) are whole numbers, unless one cannot be (「01」「00」): a
        # blank cell may be lost between them, and 「0 0 3 12 105 30」 must not become …10|5|30 because it adds up.
        # In a page that lost its structure the spaces fall anywhere (「20 0 0 0 02」 for 2|0|0|0|0|0|2).
        tokens = [t if t.digits.startswith("0") else _Token("", _whole(t)) for t in tokens]
        room = sum(max(1, len(t.digits)) for t in tokens)
        if room < width:
            return []
    budget = _Budget()
    if group:
        summed = list(itertools.islice(_split(tokens, width, group, budget), MAX_SPLITS + 1))
        if budget.spent:
            return []  # not every split was seen: none is taken
        if summed:
            return summed if len(summed) <= MAX_SPLITS else []
        if len(tokens) != width:
            return []
    found = list(itertools.islice(_split(tokens, width, 0, budget), _UNSUMMED_LIMIT + 1))
    if budget.spent:
        return []
    return found if len(found) <= (_UNSUMMED_LIMIT if group else MAX_SPLITS) else []


def _whole(token: _Token) -> Value:
    return int(token.digits) if token.digits else token.value


@dataclass
class _Budget:
    """More ways to try than is worth it: the row is not split (the splits found so far may miss the right one)."""

    steps: int = 0
    spent: bool = False


def _split(tokens: list[_Token], width: int, group: int, budget: _Budget) -> Iterator[Cells]:
    def walk(t: int, pos: int, cells: tuple[Value, ...]) -> Iterator[Cells]:
        budget.steps += 1
        if budget.steps > _MAX_STEPS:
            budget.spent = True
        if budget.spent:
            return
        if t == len(tokens):
            if len(cells) == width:
                yield cells
            return
        token = tokens[t]
        left = width - len(cells)
        room = (len(token.digits) - pos if token.digits else 1) + sum(max(1, len(tk.digits)) for tk in tokens[t + 1 :])
        if left < len(tokens) - t or left > room:  # every token gives at least one cell, a digit at most one
            return
        if not token.digits:
            yield from _next(walk, t + 1, 0, cells, token.value, group)
            return
        for end in _ends(token.digits, pos, cells, group):
            piece = token.digits[pos:end]
            nxt, npos = (t + 1, 0) if end == len(token.digits) else (t, end)
            yield from _next(walk, nxt, npos, cells, int(piece), group)

    yield from walk(0, 0, ())


def _ends(digits: str, pos: int, cells: tuple[Value, ...], group: int) -> Iterator[int]:
    """Where the next cell may end inside a run of digits: no leading zero; a group's sum cell is forced."""
    if group and len(cells) % group == group - 1:
        parts = cells[len(cells) - group + 1 :]
        if all(isinstance(v, int) for v in parts):
            total = str(sum(v for v in parts if isinstance(v, int)))
            if digits.startswith(total, pos):
                yield pos + len(total)
            return
    if digits[pos] == "0":
        yield pos + 1
        return
    yield from range(pos + 1, len(digits) + 1)


def _next(
    walk: Callable[[int, int, tuple[Value, ...]], Iterator[Cells]],
    t: int,
    pos: int,
    cells: tuple[Value, ...],
    value: Value,
    group: int,
) -> Iterator[Cells]:
    cells = (*cells, value)
    if group and len(cells) % group == 0 and not _adds_up(cells[-group:]):
        return
    yield from walk(t, pos, cells)


def _adds_up(cells: Sequence[Value]) -> bool:
    if any(not isinstance(v, int) for v in cells):
        return True  # a blank cell: the sum is not known, so it does not rule the split out
    return sum(v for v in cells[:-1] if isinstance(v, int)) == cells[-1]


# ------------------------------------------------------------------------------ narrowing

Check = Callable[[dict[str, Cells]], bool]


@dataclass(frozen=True)
class Rule:
    """Something that must hold across rows (a column's sum, a figure stated in the text, last year's report)."""

    rows: tuple[str, ...]
    holds: Check
    why: str  # 「各列合计」「正文所写的件数」「上年报告」: said in the note when it decided a split


MAX_COMBINATIONS = 20_000


def narrow(choices: dict[str, list[Cells]], rules: Sequence[Rule]) -> tuple[dict[str, list[Cells]], list[str]]:
    """Keep, for each row, the splits that some combination satisfying each rule uses. A rule no combination
    satisfies (a printed error, a figure stated wrongly) is passed over. Returns the narrowed choices and the
    reasons of the rules that decided something."""
    choices = {k: list(v) for k, v in choices.items()}
    used: list[str] = []
    for _ in range(2):
        for rule in rules:
            if _apply(rule, choices) and rule.why not in used:
                used.append(rule.why)
    return choices, used


def _apply(rule: Rule, choices: dict[str, list[Cells]]) -> bool:
    """Narrow ``choices`` by one rule; True when it ruled a split out."""
    if any(k not in choices or not choices[k] for k in rule.rows):
        return False
    options = [choices[k] for k in rule.rows]
    if all(len(o) == 1 for o in options) or _count(options) > MAX_COMBINATIONS:
        return False
    fits = [combo for combo in itertools.product(*options) if rule.holds(dict(zip(rule.rows, combo, strict=True)))]
    if not fits:
        return False
    narrowed = False
    for n, key in enumerate(rule.rows):
        kept = [c for c in choices[key] if any(f[n] == c for f in fits)]
        narrowed = narrowed or len(kept) < len(choices[key])
        choices[key] = kept
    return narrowed


def _count(options: list[list[Cells]]) -> int:
    n = 1
    for o in options:
        n *= len(o)
        if n > MAX_COMBINATIONS:
            break
    return n


def agreed(candidates: list[Cells], width: int) -> Cells:
    """Each cell's value where every candidate agrees on it, else blank."""
    if not candidates:
        return (None,) * width
    return tuple(c[0] if len(set(c)) == 1 else None for c in zip(*candidates, strict=True))


def shown(cells: Cells) -> str:
    return "|".join("空" if v is None else str(v) for v in cells)
