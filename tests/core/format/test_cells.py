from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_gui.core.format import schema
from disclosure_gui.core.format.cells import (
    NumberError,
    format_decimal,
    format_value,
    parse_cell,
    parse_count,
    parse_money,
)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12", 12),
        ("１２", 12),
        (" 1 2 ", 12),
        ("1,234", 1234),
        ("1，234", 1234),
        ("12件", 12),
        ("１２　件", 12),
        ("3次", 3),
        ("0", 0),
        ("007", 7),
        ("5.0", 5),
        ("+4", 4),
        ("", 0),
        ("　", 0),
    ],
)
def test_counts_officers_type(typed, value):
    assert parse_count(typed) == value


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("-1", "负数"),
        ("－3", "负数"),
        ("1.5", "整数"),
        ("abc", "不是数字"),
        ("十二", "不是数字"),
        ("12万元", "不是数字"),
        ("1,23", "千位分隔符"),
        ("1,2345", "千位分隔符"),
        ("1e3", "不是数字"),
        ("99999999999", "过大"),
    ],
)
def test_counts_rejected_with_a_reason(typed, reason):
    with pytest.raises(NumberError) as info:
        parse_count(typed)
    assert reason in info.value.message


def test_blank_can_stay_blank_and_dashes_are_blank_only_when_asked():
    assert parse_count("", empty=None) is None
    assert parse_count("—", placeholders=True, empty=None) is None
    assert parse_count("/", placeholders=True) == 0
    with pytest.raises(NumberError):
        parse_count("—")


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("24252.311082", "24252.311082"),
        ("２４２５２．３１", "24252.31"),
        ("1,234.5万元", "1234.5"),
        ("0.000001", "0.000001"),
        ("1.50", "1.5"),
        ("100", "100"),
        ("", "0"),
    ],
)
def test_amounts_in_10k_yuan(typed, value):
    assert parse_money(typed) == Decimal(value)
    assert format_decimal(parse_money(typed)) == value


@pytest.mark.parametrize(
    ("typed", "places", "unit", "reason"),
    [
        ("0.0000001", 6, "万元", "6 位小数"),
        ("1.234", 2, "元", "2 位小数"),
        ("-0.5", 6, "万元", "负数"),
        ("500元", 6, "万元", "单位是万元"),
        ("1.2.3", 6, "万元", "不是数字"),
    ],
)
def test_amounts_rejected_with_a_reason(typed, places, unit, reason):
    with pytest.raises(NumberError) as info:
        parse_money(typed, places=places, unit=unit)
    assert reason in info.value.message


def test_yuan_amounts_accept_the_yuan_unit():
    assert parse_money("120.5元", places=2, unit="元") == Decimal("120.5")


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@given(
    st.integers(min_value=0, max_value=10**9), st.booleans(), st.booleans(), st.sampled_from(["", "件", " 件", "次"])
)
def test_any_count_survives_every_way_of_typing_it(n, fullwidth, grouped, unit):
    text = f"{n:,}" if grouped else str(n)
    if fullwidth:
        text = text.translate(FULLWIDTH).replace(",", "，")
    assert parse_count(f" {text}{unit} ") == n


@given(st.decimals(min_value=0, max_value=10**9, places=6, allow_nan=False, allow_infinity=False))
def test_any_amount_round_trips_through_its_printed_form(amount):
    printed = format_decimal(amount)
    assert "E" not in printed and "e" not in printed
    assert parse_money(printed) == amount


@given(st.text(max_size=12))
def test_parser_never_crashes_it_accepts_or_explains(text):
    for parse in (parse_count, parse_money):
        try:
            value = parse(text)
        except NumberError as exc:
            assert exc.message
        else:
            assert value is not None and value >= 0


def test_one_cell_parser_for_typed_and_pasted_values_with_the_cells_own_unit():
    t2_money = next(p for p in schema.all_cell_paths() if schema.is_money_cell(p) and p.startswith("tables."))
    count = schema.t3_path("granted", 0)
    assert parse_cell(t2_money, "1.5万元") == Decimal("1.5")
    assert parse_cell("fees.collected_yuan", "12元") == Decimal(12)
    with pytest.raises(NumberError, match="万元"):
        parse_cell(t2_money, "15000元")  # table 二's fees are in 万元, whatever language the window speaks
    assert parse_cell(count, "3件") == 3 and parse_cell(count, "") is None
    assert parse_cell(count, "—", placeholders=True) is None
    with pytest.raises(NumberError):
        parse_cell(count, "—")  # typed into one cell, a dash is not a number


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_a_shown_value_reads_back_as_itself(value):
    assert parse_cell("fees.collected_yuan", format_value(value)) == value
    assert format_value(None) == "" and parse_cell("fees.collected_yuan", format_value(None)) is None
