"""Holiday arrangements an office enters (设置 → 节假日安排) or a district hands out (its local profile): read from
the text of the State Council's notice as published, stored as date lists.

The notice (国务院办公厅关于N年部分节假日安排的通知) says, holiday by holiday::

    二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、
    2月28日（周六）上班。

:func:`parse_notice` takes such text (or the officer's own lines, 「放假：2027-01-01至2027-01-03」,
「上班：2027-02-07」): every date of a sentence that says 放假 is a day off, every date of a sentence that says 上班
is a working day, 「A至B」 is every day from A to B. A weekday written beside a date (「（周六）」) must be that
date's weekday in the year given — pasting last year's notice under next year's number is caught here.
Sentences with dates but neither word are listed back, not guessed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..filenames import native_path
from ..outputs import OutputError, json_text, os_error_text, read_json, write_text
from .workdays import YearArrangement

FILE_FORMAT = "disclosure-holidays"
FILE_VERSION = 1
FILENAME = "holidays.json"  # in the data folder, beside the drafts: the window writes it, the command line reads it
ENTERED_SOURCE = "设置"
_MAX_RANGE_DAYS = 31  # no holiday is longer; a longer 「至」 is a typing error

_DATE = re.compile(
    r"(?:(?P<y>\d{4})\s*年\s*)?(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日"
    r"|(?P<iy>\d{4})[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})"
)
_PAREN = re.compile(r"^\s*[（(]([^）)]*)[）)]")
_WEEKDAY = re.compile(r"(?:周|星期)([一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"
_RANGE_WORDS = {"至", "到", "~", "～", "—", "－", "-", "–", "——"}
_SENTENCES = re.compile(r"[。；;\n]+")
_OFF_WORDS = ("放假", "休息", "休假")
_WORK_WORDS = ("上班", "补班")


class HolidayError(UserError):
    """Holiday text or a holiday file that cannot be read; the message says what and where."""


@dataclass
class ParsedNotice:
    arrangement: YearArrangement
    ignored: list[str] = field(default_factory=list)  # sentences with dates that say neither 放假 nor 上班

    def summary(self) -> str:
        a = self.arrangement
        return f"{a.year}年：放假 {len(a.holidays)} 天，调休上班 {len(a.workdays)} 天"


def _weekday_check(text: str, end: int, day: date) -> None:
    """A weekday written right after a date must be that date's weekday."""
    paren = _PAREN.match(text[end:])
    said = _WEEKDAY.search(paren.group(1)) if paren else None
    if said is None:
        return
    expected = _WEEKDAYS.index("日" if said.group(1) == "天" else said.group(1))
    if day.weekday() != expected:
        raise HolidayError(
            f"{day.month}月{day.day}日标注为周{said.group(1)}，但{day.year}年的这一天是周{_WEEKDAYS[day.weekday()]}："
            f"请核对通知的年份"
        )


def _dates_in(sentence: str, year: int) -> list[date]:
    """Every date a sentence names, a 「A至B」 range expanded; month and year carried over from the date before."""
    out: list[date] = []
    month: int | None = None
    y = year
    previous_end = 0
    previous: date | None = None
    for m in _DATE.finditer(sentence):
        if m.group("iy"):
            y, month, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            y = int(m.group("y")) if m.group("y") else y
            month = int(m.group("m")) if m.group("m") else month
            d = int(m.group("d"))
            if month is None:
                raise HolidayError(f"“{sentence.strip()}”中的“{m.group(0)}”没有写月份")
        between = re.sub(r"[（(][^）)]*[）)]|\s", "", sentence[previous_end : m.start()])
        if previous is not None and between in _RANGE_WORDS and not m.group("y") and month < previous.month:
            y = previous.year + 1  # 「12月31日至1月2日」
        try:
            day = date(y, month, d)
        except ValueError:
            raise HolidayError(f"“{m.group(0)}”不是有效的日期（{y}年）") from None
        _weekday_check(sentence, m.end(), day)
        if previous is not None and between in _RANGE_WORDS:
            span = (day - previous).days
            if not 0 < span <= _MAX_RANGE_DAYS:
                raise HolidayError(f"“{sentence.strip()}”中的日期范围不对（{previous} 至 {day}）")
            out += [previous + timedelta(days=i) for i in range(1, span + 1)]
        else:
            out.append(day)
        previous, previous_end = day, m.end()
    return out


def parse_notice(text: str, year: int, source: str = ENTERED_SOURCE) -> ParsedNotice:
    """The arrangement for ``year`` in a notice's text (or the officer's own 放假/上班 lines)."""
    holidays: set[date] = set()
    workdays: set[date] = set()
    ignored: list[str] = []
    for sentence in _SENTENCES.split(text):
        days = _dates_in(sentence, year)
        if not days:
            continue
        off = any(w in sentence for w in _OFF_WORDS)
        work = any(w in sentence for w in _WORK_WORDS)
        if off == work:  # neither word, or both in one sentence: not guessed
            ignored.append(sentence.strip())
            continue
        outside = [d for d in days if d.year != year]
        if outside:
            ignored.append(f"{sentence.strip()}（{outside[0].isoformat()} 不在{year}年内）")
            days = [d for d in days if d.year == year]
        (holidays if off else workdays).update(days)
    both = holidays & workdays
    if both:
        first = min(both)
        raise HolidayError(f"{first.month}月{first.day}日既写了放假又写了上班")
    if not holidays and not workdays:
        raise HolidayError(
            f"没有找到{year}年的放假或上班日期：请粘贴通知的正文，或按“放假：{year}-01-01至{year}-01-03”书写"
        )
    return ParsedNotice(YearArrangement(year, frozenset(holidays), frozenset(workdays), source), ignored)


# ------------------------------------------------------------------------------ as JSON (profile and file)


def to_json(arrangements: list[YearArrangement]) -> dict[str, Any]:
    """``{"2027": {"holidays": ["2027-01-01", …], "workdays": […]}}``, years and days in order."""
    return {
        str(a.year): {
            "holidays": [d.isoformat() for d in sorted(a.holidays)],
            "workdays": [d.isoformat() for d in sorted(a.workdays)],
        }
        for a in sorted(arrangements, key=lambda a: a.year)
    }


def _days(value: Any, year: int, where: str) -> frozenset[date]:
    if not isinstance(value, list):
        raise HolidayError(f'“{where}”应为日期列表，如 ["{year}-01-01"]')
    out = set()
    for item in value:
        try:
            day = date.fromisoformat(item) if isinstance(item, str) else None
        except ValueError:
            day = None
        if day is None or day.year != year:
            raise HolidayError(f"“{where}”中的 {item!r} 不是{year}年的日期（应写成 {year}-01-01）")
        out.add(day)
    return frozenset(out)


def from_json(data: Any, source: str, where: str = "holidays") -> list[YearArrangement]:
    if not isinstance(data, dict):
        raise HolidayError(f"“{where}”应为按年份列出的放假、上班日期")
    out = []
    for key, days in data.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4) or not isinstance(days, dict):
            raise HolidayError(f"“{where}.{key}”应为四位年份，内容为 holidays（放假）和 workdays（上班）")
        year = int(key)
        unknown = set(days) - {"holidays", "workdays"}
        if unknown:
            raise HolidayError(f"“{where}.{key}.{sorted(unknown)[0]}”应为 holidays（放假）或 workdays（上班）")
        holidays = _days(days.get("holidays", []), year, f"{where}.{key}.holidays")
        workdays = _days(days.get("workdays", []), year, f"{where}.{key}.workdays")
        out.append(YearArrangement(year, holidays, workdays, source))
    return out


# ------------------------------------------------------------------------------ the file in the data folder


def entered_path(data_dir: Path) -> Path:
    return data_dir / FILENAME


def load_entered(data_dir: Path) -> list[YearArrangement]:
    """What the office entered in 设置 (none when the file is missing). A damaged file raises :class:`HolidayError`
    and is left as it is: the officer is told, and nothing entered is overwritten unasked."""
    path = entered_path(data_dir)
    if not os.path.exists(native_path(path)):
        return []
    doc = read_json(path, "节假日安排文件", HolidayError)
    if not isinstance(doc, dict) or doc.get("format") != FILE_FORMAT:
        raise HolidayError(f"{path} 不是节假日安排文件")
    if not isinstance(doc.get("version"), int) or doc["version"] > FILE_VERSION:
        raise HolidayError(f"{path} 由较新版本的年报助手保存，请升级年报助手")
    try:
        return from_json(doc.get("years", {}), ENTERED_SOURCE, "years")
    except HolidayError as exc:
        raise HolidayError(f"{path}：{exc.message}") from exc


def save_entered(data_dir: Path, arrangements: list[YearArrangement]) -> Path:
    path = entered_path(data_dir)
    doc = {"format": FILE_FORMAT, "version": FILE_VERSION, "years": to_json(arrangements)}
    try:
        os.makedirs(native_path(data_dir), exist_ok=True)
        write_text(path, json_text(doc, indent=1))
    except OSError as exc:
        raise HolidayError(f"无法保存节假日安排 {path}：{os_error_text(exc)}") from exc
    except OutputError as exc:
        raise HolidayError(exc.message) from exc
    return path
