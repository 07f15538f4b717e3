"""Q7 on the period sentences of published reports: every ordinary wording passes, garbled ones are caught.

The first group is copied from the openings in ``tests/corpus/reports`` (and the pages listed there); the second
are the further wordings in use listed in issue #14, written out for a report of the year given.
"""

import pytest

from disclosure_gui.core.checks.years import check_period
from disclosure_gui.core.format.report import Report

PUBLISHED = [
    (2023, "本报告所列数据统计时限为2023年1月1日至12月31日, 如对本报告有疑问,请联系子长市政府政务服务中心"),
    (2023, "本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"),
    (2023, "所列数据统计期限自2023年1月1日起到2023年12月31日止。"),
    (2023, "本报告中所列数据的统计时间自2023年1月1日起至2023年12月31日止,如对本年度报告有疑问"),
    (2022, "本年度报告所列数据统计期限为2022年1月1日至2022年12月31日。"),
    (2022, "本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。"),
    (2022, "本年度报告中所列数据的统计期限是2022年1月1日至2022年12月31日。"),
    (2022, "本报告数据统计期限为2022年1月1日至2022年12月31日止。"),
    (2024, "报告中所列数据统计时间:2024年1月1日—12月31日,现将公开工作情况报告如下:"),
    (2024, "本报告所列数据的统计期限自2024年1月1日至2024年12月31日。"),
    (2024, "报告中所列数据的统计时限为2024年1月1日起至2024年12月31日止。"),
    (2021, "本报告数据统计期限为2021年1月1日至12月31日。"),
    (2021, "本年报中所列数据的统计期限从2021年1月1日起至2021年12月31日止。"),
    (2024, "本年度报告中所列数据统计期限从2024年1月1日到12月31日止。"),
    (2023, "本报告数据统计时限为2023年1月1日至2023年12月31日。"),
    (2023, "本报告统计数据的时限自2023年1月1日起至2023年12月31日止。"),
    (2022, "本年度报告中所列数据统计期限为2022年1月1日至12月31日。"),
    (2023, "本年度报告中所列数据统计期限从2023年1月1日到2023年12月31日止。"),
    (2024, "本年度报告中所列数据的统计期限从2024年1月1日到12月31日为止。"),
]

ISSUE_WORDINGS = [
    "统计期限自{N}年1月1日起至{N}年12月31日止",
    "统计期限为{N}年1月1日至12月31日",
    "统计期限为{N}年1月1日至{N}年12月31日",
    "统计期限自{N}年1月1日起到{N}年12月31日止",
    "统计期限自{N}年1月1日至{N}年12月31日",
    "统计期限为{N}年1月1日起至{N}年12月31日",
    "统计期限为{N}年1月1日到12月31日",
    "统计期限是{N}年1月1日至{N}年12月31日",
    "统计期限从{N}年1月1日起至{N}年12月31日止",
    "统计期限从{N}年1月1日到{N}年12月31日止",
    "统计期限从{N}年1月1日—{N}年12月31日",
    "统计期限自{N}年1月1日-{N}年12月31日",
    "统计期限{N}年1月1日至{N}年12月31日",
    "本报告统计期为{N}年1月1日至{N}年12月31日",
    "本报告统计时限为{N}年1月1日至{N}年12月31日",
    "统计时间自{N}年1月1日到{N}年12月31日",
    "统计时间段自{N}年1月1日至{N}年12月31日止",
    "统计数据时间范围为{N}年1月1日至{N}年12月31日",
    "所列数据从{N}年1月1日至{N}年12月31日",
    "除特别说明外，本报告所列数据统计时段为{N}年1月1日至{N}年12月31日",
    "统计期限自{N}年1月1日起，至{N}年12月31日止",
    "统计期限自 {N}年 1 月 1 日起至{N}年 12 月 31 日止",
    "统计时限从{N}年1月1日至{N}年12月31日止",
    "统计周期为{N}年1月1日至12月31日",
    "统计期限为{N}年1月1日--{N}年12月31日",  # issue #25: a run of dashes
    "统计期限为{N}年1月1日——{N}年12月31日",
    "统计期限为{N}年1月1日～{N}年12月31日",
]


def _report(year: int, preamble: str) -> Report:
    r = Report.new("某县某局", year)
    r.texts["preamble"] = "根据《中华人民共和国政府信息公开条例》编制本报告。" + preamble
    return r


@pytest.mark.parametrize(("year", "sentence"), PUBLISHED)
def test_published_wordings_pass(year, sentence):
    assert check_period(_report(year, sentence)) == []


@pytest.mark.parametrize("wording", ISSUE_WORDINGS)
@pytest.mark.parametrize("year", [2021, 2025])
def test_wordings_in_use_pass(wording, year):
    assert check_period(_report(year, wording.format(N=year) + "。")) == []


def test_full_width_digits_pass():
    assert check_period(_report(2023, "统计期限自２０２３年１月１日至２０２３年１２月３１日。")) == []


def test_period_written_at_the_start_of_section_one_counts():
    r = _report(2021, "")
    r.texts["overview.intro"] = "本报告数据统计期限为2021年1月1日至12月31日。2021年，区统计局坚持…"
    assert check_period(r) == []


@pytest.mark.parametrize(
    ("year", "sentence", "quote"),
    [
        (2024, "统计期限自20241月1日至2024年12月31日。", "20241月"),
        (2021, "本报告所列数据统计期限为202111日至20211231日。", "202111日"),
    ],
)
def test_garbled_dates_are_errors(year, sentence, quote):
    [finding] = check_period(_report(year, sentence))
    assert finding.severity == "error" and quote in finding.message


@pytest.mark.parametrize(
    "sentence",
    ["统计期限自2022年1月1日至2022年12月31日。", "统计期限自2023年1月1日至2022年12月31日。"],
)
def test_a_period_naming_another_year_is_an_error_with_the_fix(sentence):
    [finding] = check_period(_report(2023, sentence))
    assert finding.severity == "error" and "2022年" in finding.message
    assert finding.fix is not None and finding.fix[3] == "2023年1月1日至2023年12月31日"


@pytest.mark.parametrize(
    "sentence",
    ["报告中所涉及的数据核定时间点为2022年12月31日。", "现将我局2022年政务公开工作情况报告如下。", ""],
)
def test_no_period_or_only_a_cut_off_date_is_a_warning(sentence):
    [finding] = check_period(_report(2022, sentence))
    assert finding.severity == "warning" and "没有写统计期限" in finding.message


def test_a_date_range_in_the_body_is_not_taken_for_the_period():
    r = _report(2023, "")
    r.texts["overview.proactive"] = "对比2022年1月1日至2022年12月31日期间发布的信息，今年有所增加。"
    [finding] = check_period(r)
    assert finding.severity == "warning"  # the period is missing; the body's range names no error
