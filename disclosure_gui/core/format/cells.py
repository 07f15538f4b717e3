"""The value of a report cell: parsing the numbers officers really type, and showing a value as the window and
the pasted blocks write it. One parser for every way a number comes in (typed, pasted, imported).

Accepted: full-width digits (``１２``), thousands separators in groups of three (``1,234``,
``1，234``), spaces of any width, a trailing unit (件/次/条 for counts, 万元 or 元 for amounts).
Rejected with a Chinese reason: negatives, fractions of a count, more decimals than the unit allows,
anything else. Money is always :class:`decimal.Decimal`, never a binary float.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

from ..errors import UserError
from . import limits, schema

COUNT_UNITS = ("件", "次", "条", "个", "起")
MONEY_UNITS = ("万元", "元")

# Characters people use as "nothing here" in pasted tables.
PLACEHOLDER_EMPTY = frozenset({"-", "－", "—", "–", "―", "/", "／", "——", "--"})

_SPACES = re.compile(r"[\s\u3000\u00a0\u2002-\u200b\ufeff]+")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_PLAIN = re.compile(r"^\d+(\.\d+)?$")
# 1 分 = 0.000001 万元; more than that is a typo, not a precision.
MAX_COUNT = 10**9


class NumberError(UserError, ValueError):
    """A value that cannot be read; the message is a short reason (the caller names the cell)."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(reason)
        self.text = text


def _normalise(text: str, units: tuple[str, ...]) -> str:
    # NFKC maps full-width digits, comma, period and minus to ASCII.
    s = unicodedata.normalize("NFKC", text)
    s = _SPACES.sub("", s)
    for unit in units:
        if s.endswith(unit):
            s = s[: -len(unit)]
            break
    return s


def is_empty(text: str, *, placeholders: bool = False) -> bool:
    """True for blank input (and for 「-」「—」「/」 when ``placeholders``)."""
    s = _SPACES.sub("", text)
    return s == "" or (placeholders and s in PLACEHOLDER_EMPTY)


def _digits(s: str, original: str) -> str:
    if s.startswith("-") or s.startswith("−"):
        raise NumberError(original, "不能为负数")
    if s.startswith("+"):
        s = s[1:]
    if "," in s:
        if not _GROUPED.match(s):
            raise NumberError(original, "千位分隔符位置不对（应为 1,234 这样每三位一组）")
        s = s.replace(",", "")
    if not _PLAIN.match(s):
        raise NumberError(original, "不是数字")
    return s


def parse_count(text: str, *, empty: int | None = 0, placeholders: bool = False) -> int | None:
    """Parse a count of cases (件数): a whole number ≥ 0.

    ``empty`` is what blank input means (0 in table cells, ``None`` where blank must stay blank).
    """
    if is_empty(text, placeholders=placeholders):
        return empty
    s = _digits(_normalise(text, COUNT_UNITS), text)
    if "." in s:
        whole, _, frac = s.partition(".")
        if frac.strip("0"):
            raise NumberError(text, "件数必须是整数")
        s = whole
    value = int(s)
    if value > MAX_COUNT:
        raise NumberError(text, "数字过大，请检查")
    return value


def parse_money(
    text: str,
    *,
    places: int = 6,
    unit: str = "万元",
    empty: Decimal | None = Decimal(0),
    placeholders: bool = False,
) -> Decimal | None:
    """Parse an amount ≥ 0 with at most ``places`` decimals (万元: 6 = 1 分; 元: 2)."""
    if is_empty(text, placeholders=placeholders):
        return empty
    s = _normalise(text, (unit,) if unit else ())
    if unit == "万元" and s.endswith("元"):
        raise NumberError(text, "单位是万元，请换算后填写")
    s = _digits(s, text)
    frac = s.partition(".")[2]
    if len(frac.rstrip("0")) > places:
        raise NumberError(text, f"最多 {places} 位小数（{'1分' if places == 6 else '分'}）")
    try:
        value = Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - _PLAIN already guarantees a decimal
        raise NumberError(text, "不是数字") from exc
    problem = money_problem(value, places)  # the exchange file's limits: 12 integer digits
    if problem:
        raise NumberError(text, "数字过大，请检查" if problem.startswith("过大") else problem)
    return canonical_decimal(value)


def money_problem(value: Decimal, places: int) -> str:
    """Why ``value`` cannot be an amount of a report ("" when it can): the one rule the cell parser, the exchange
    file (what ``check`` reads) and the request register share, so what one accepts the others never refuse."""
    if not value.is_finite():
        return "不是数字"
    if value < 0:
        return "不能为负数"
    if value >= Decimal(10) ** limits.MAX_AMOUNT_DIGITS:  # before anything computes with a number like 1e999999
        return f"过大（超过 {limits.MAX_AMOUNT_DIGITS} 位整数），请检查"
    if decimal_places(value) > places:
        return f"最多 {places} 位小数"
    return ""


def money_unit(path: str) -> str:
    """The unit a money cell is given in: table 二's fees in 万元, the 信息处理费 figures in 元."""
    return "万元" if path.startswith("tables.") else "元"


def parse_cell(path: str, text: str, *, placeholders: bool = False) -> int | Decimal | None:
    """What the user typed (or pasted) into the cell at ``path``; blank stays blank (None). ``placeholders``: 「-」
    「—」「/」 are blank too (pasted tables use them). Raises :class:`NumberError` with the reason."""
    if schema.is_money_cell(path):
        return parse_money(
            text, places=schema.money_places(path), unit=money_unit(path), empty=None, placeholders=placeholders
        )
    return parse_count(text, empty=None, placeholders=placeholders)


def format_value(value: int | Decimal | None) -> str:
    """A cell's value as the window shows it: blank for None, decimals without exponent or trailing zeros."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format_decimal(value)
    return str(value)


def canonical_decimal(value: Decimal) -> Decimal:
    """Drop trailing zeros so equal amounts print the same (``1.50`` → ``1.5``, ``1E+2`` → ``100``)."""
    if value == 0:
        return Decimal(0)
    normal = value.normalize()
    return normal if normal.as_tuple().exponent <= 0 else normal.quantize(Decimal(1))  # type: ignore[operator]


def format_decimal(value: Decimal) -> str:
    """Plain decimal notation without exponent and without trailing zeros."""
    return format(canonical_decimal(value), "f")


def decimal_places(value: Decimal) -> int:
    exponent = canonical_decimal(value).as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
