"""Numbers as reports write them: numerals, units, and the rounding the writing implies."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors.numbers import MONEY_UNIT, half_unit, money, percent, plain, to_decimal


@pytest.mark.parametrize(("text", "want"), [
    ("1,826.00", Decimal("1826.00")),
    (" 96.5 ", Decimal("96.5")),
    ("一千二百", Decimal(1200)),
    ("两万", Decimal(20000)),
    ("三点五", Decimal("3.5")),
    ("十", Decimal(10)),
    ("零", Decimal(0)),
    ("", None),
    ("约", None),
    ("12.5.3", None),
    ("5G", None),
])
def test_to_decimal(text: str, want: Decimal | None) -> None:
    assert to_decimal(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("2626.63", Decimal("0.005")), ("3286", Decimal("0.5")), ("0.5", Decimal("0.05")), ("1,000.0", Decimal("0.05")),
])
def test_half_a_unit_of_the_last_written_digit(text: str, want: Decimal) -> None:
    assert half_unit(text) == want


@pytest.mark.parametrize(("number", "unit", "value", "tolerance"), [
    ("2626.63", "万元", Decimal("26266300.00"), Decimal(50)),
    ("1,826", "元", Decimal("1826.00"), Decimal("0.5")),
    ("1.2", "亿", Decimal("120000000.00"), Decimal(5000000)),
    ("3.5", "千元", Decimal("3500.00"), Decimal(50)),
    ("一千", "万元", Decimal("10000000.00"), Decimal(0)),  # a Chinese numeral is exact
])
def test_money_is_yuan_with_the_stated_rounding(number: str, unit: str, value: Decimal, tolerance: Decimal) -> None:
    figure = money(number, unit)
    assert figure is not None
    assert (figure.value, figure.tolerance, figure.stated) == (value, tolerance, number + unit)


@pytest.mark.parametrize(("number", "unit"), [("5", "美元"), ("约", "万元"), ("", "元")])
def test_money_needs_a_known_unit_and_a_number(number: str, unit: str) -> None:
    assert money(number, unit) is None


def test_money_keeps_the_words_as_stated() -> None:
    figure = money("2,626.63", "万元", stated="2,626.63 万元")
    assert figure is not None and figure.stated == "2,626.63 万元"


def test_percent_and_plain_numbers() -> None:
    rate = percent("97.65")
    assert rate is not None and (rate.value, rate.stated, rate.tolerance) == (Decimal("97.65"), "97.65%",
                                                                             Decimal("0.005"))
    count = plain("三", stated="三个")
    assert count is not None and (count.value, count.stated) == (Decimal(3), "三个")
    assert percent("高") is None and plain("") is None


def test_money_units_longest_first_so_a_longer_unit_wins() -> None:
    assert MONEY_UNIT.split("|")[-1] == "元"
    assert MONEY_UNIT.index("万元") < MONEY_UNIT.index("|元")
