"""The working-day calendar: the built-in holidays, arrangements read from the State Council's notice, and years
nobody knows (estimated)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from chinese_calendar import constants  # type: ignore[import-untyped]  # the built-in table, as the package holds it
from hypothesis import given
from hypothesis import strategies as st

from disclosure_gui.core.format.holidays import (
    HolidayError,
    entered_path,
    load_entered,
    parse_notice,
    save_entered,
)
from disclosure_gui.core.format.workdays import NATIONAL, WorkCalendar, YearArrangement, missing_next_year

# The two notices as published (国务院办公厅关于2025年、2026年部分节假日安排的通知), with their signature lines.
NOTICE_2025 = """国务院办公厅关于2025年部分节假日安排的通知
经党中央、国务院批准，现将2025年元旦、春节、清明节、劳动节、端午节、中秋节和国庆节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。
国务院办公厅
2024年11月12日"""

NOTICE_2026 = """一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。
三、清明节：4月4日（周六）至6日（周一）放假，共3天。
四、劳动节：5月1日（周五）至5日（周二）放假调休，共5天。5月9日（周六）上班。
五、端午节：6月19日（周五）至21日（周日）放假，共3天。
六、中秋节：9月25日（周五）至27日（周日）放假，共3天。
七、国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、10月10日（周六）上班。"""


@pytest.mark.parametrize(("year", "notice"), [(2025, NOTICE_2025), (2026, NOTICE_2026)])
def test_the_notice_as_published_gives_the_same_days_as_the_built_in_table(year, notice):
    parsed = parse_notice(notice, year)
    assert parsed.arrangement.holidays == {d for d in constants.holidays if d.year == year}
    assert parsed.arrangement.workdays == {d for d in constants.workdays if d.year == year}
    if year == 2025:
        assert parsed.ignored == ["2024年11月12日"]  # the signature's date is neither 放假 nor 上班


def test_an_entered_year_counts_exactly_like_the_built_in_one():
    entered = WorkCalendar([parse_notice(NOTICE_2026, 2026).arrangement])
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert entered.day(day) == NATIONAL.day(day)
        day += timedelta(days=1)


def test_last_years_notice_pasted_under_next_years_number_is_caught():
    with pytest.raises(HolidayError, match="1月1日标注为周四，但2027年的这一天是周五"):
        parse_notice(NOTICE_2026, 2027)


def test_an_officers_own_lines():
    parsed = parse_notice("放假：2027-01-01至2027-01-03\n上班：2027-02-07、2027-02-20\n12月31日至1月2日放假", 2027)
    a = parsed.arrangement
    assert a.holidays == {date(2027, 1, 1), date(2027, 1, 2), date(2027, 1, 3), date(2027, 12, 31)}
    assert a.workdays == {date(2027, 2, 7), date(2027, 2, 20)}
    assert parsed.ignored == ["12月31日至1月2日放假（2028-01-01 不在2027年内）"]
    with pytest.raises(HolidayError, match="没有找到2027年的放假或上班日期"):
        parse_notice("元旦放假", 2027)
    with pytest.raises(HolidayError, match="既写了放假又写了上班"):
        parse_notice("放假：2027-02-07\n上班：2027-02-07", 2027)


def test_an_entered_day_wins_over_the_built_in_table():
    # Suppose Mon 5 Jan 2026 were made a day off: only that day changes.
    fix = YearArrangement(2026, frozenset({date(2026, 1, 5)}), frozenset(), "某区")
    cal = WorkCalendar([fix])
    assert not cal.is_workday(date(2026, 1, 5)) and NATIONAL.is_workday(date(2026, 1, 5))
    assert cal.is_workday(date(2026, 1, 4))  # the built-in 调休 Sunday still stands
    assert cal.source(2026) == "某区" and NATIONAL.source(2026) == "程序内置"


def test_a_year_nobody_knows_is_counted_monday_to_friday_and_marked():
    assert not NATIONAL.knows(2099) and NATIONAL.source(2099) == ""
    # Thu 1 Jan 2099 … 20 weekdays later: 2 Jan (1), 5–9 (6), 12–16 (11), 19–23 (16), 26–29 Jan (20).
    assert NATIONAL.add_workdays(date(2099, 1, 1), 20) == (date(2099, 1, 29), True)
    assert NATIONAL.add_workdays(date(2026, 3, 2), 20)[1] is False


@pytest.mark.parametrize(
    ("today", "missing"),
    [(date(2026, 10, 31), None), (date(2026, 11, 1), 2027), (date(2027, 1, 5), 2027), (date(2025, 11, 20), None)],
)
def test_the_start_page_asks_for_next_years_holidays_from_november(today, missing):
    assert missing_next_year(today, NATIONAL) == missing
    known = WorkCalendar([YearArrangement(2027, frozenset({date(2027, 1, 1)}))])
    assert missing_next_year(today, known) is None


@given(st.dates(date(2024, 1, 1), date(2028, 12, 31)), st.integers(0, 800))
def test_working_days_between_agrees_with_counting_day_by_day(start, span):
    for cal in (NATIONAL, WorkCalendar([parse_notice("放假：2027-01-01至2027-01-03", 2027).arrangement])):
        end = start + timedelta(days=span)
        by_day = sum(1 for i in range(1, span + 1) if cal.is_workday(start + timedelta(days=i)))
        assert cal.workdays_between(start, end) == by_day == -cal.workdays_between(end, start)
        if by_day:
            assert cal.add_workdays(start, by_day)[0] <= end


def test_entered_holidays_are_kept_in_the_data_folder_and_a_damaged_file_is_not_overwritten(tmp_path):
    assert load_entered(tmp_path) == []
    arrangement = parse_notice("放假：2027-01-01至2027-01-03\n上班：2027-02-07", 2027).arrangement
    save_entered(tmp_path, [arrangement])
    assert load_entered(tmp_path) == [arrangement]
    entered_path(tmp_path).write_text("{", encoding="utf-8")
    with pytest.raises(HolidayError, match="已损坏"):
        load_entered(tmp_path)
    assert entered_path(tmp_path).read_text(encoding="utf-8") == "{"
