"""A sum short of its total by exactly a figure of its passage that nothing read: a warning, not an error."""
from __future__ import annotations

from dataclasses import replace

import pytest

from extractors.numbers import money
from pipeline.rules.check import check
from pipeline.rules.unread import PASSAGE_REACH, explain_unread_parts
from schemas.facts import BudgetItem, ReportFacts, Severity, StatedMoney
from schemas.messages import render
from schemas.provenance import Provenance
from tests.pipeline.rules.facts_builder import item

# 省级 600,000 + 市级 350,000 against a budget of 2,800,000: 1,850,000 short.
FIGURES = {"budget_adjusted": ("2800000.00元", 10), "funds_provincial": ("600000.00元", 60),
           "funds_local": ("350000.00元", 90)}


def placed(code: str, stated: str, start: int, page: int = 1) -> BudgetItem:
    b = item(code, stated)
    return replace(b, provenance=Provenance(page=page, char_start=start, char_end=start + len(stated)))


def loose(stated: str, start: int, page: int = 1) -> StatedMoney:
    number, unit = (stated[:-2], "万元") if stated.endswith("万元") else (stated[:-1], "元")
    figure = money(number, unit, stated)
    assert figure is not None
    return StatedMoney(figure, Provenance(page=page, char_start=start, char_end=start + len(stated)))


def report(figures: dict[str, tuple[str, int]], stated: tuple[StatedMoney, ...]) -> ReportFacts:
    from tests.pipeline.rules.facts_builder import facts

    base = facts({})
    items = tuple(placed(code, text, start) for code, (text, start) in figures.items())
    # Every figure an item took is stated money too.
    taken = tuple(loose(text, start) for text, start in figures.values())
    return replace(base, budget_items=items, stated_money=taken + stated)


def level_flags(f: ReportFacts) -> list:
    return [flag for flag in check(f).flags if flag.rule == "funds.levels_sum"]


def test_gap_equal_to_an_unread_figure_of_the_passage_is_a_warning_naming_it() -> None:
    [flag] = level_flags(report(FIGURES, (loose("1850000.00元", 30),)))
    assert flag.severity is Severity.WARNING
    assert flag.text is not None and flag.text.key == "sum.parts.unread"
    sentence = render(flag.text, "en")
    assert "1850000.00元 (page 1)" in sentence and "1,850,000.00元 short of" in sentence
    assert "未计入的组成部分" in render(flag.text, "zh")


@pytest.mark.parametrize("stated, why", [
    ((), "no figure of the passage is the gap"),
    ((loose("1840000.00元", 30),), "the figure differs from the gap"),
    ((loose("1850000.00元", 90 + len("350000.00元") + PASSAGE_REACH + 1),), "the figure is beyond the passage"),
    ((loose("1850000.00元", 30, page=2),), "the figure is on another page"),
])
def test_the_error_stands_without_an_unread_figure_equal_to_the_gap(stated: tuple[StatedMoney, ...], why: str) -> None:
    [flag] = level_flags(report(FIGURES, stated))
    assert flag.severity is Severity.ERROR, why
    assert flag.text is not None and flag.text.key == "sum.parts"


def test_a_figure_read_as_another_item_may_be_the_missed_part() -> None:
    # `年初数180.00万元，全部由县级财政安排`: the initial budget is the 县级 part as well.
    figures = {**FIGURES, "budget_initial": ("1850000.00元", 30)}
    [flag] = level_flags(report(figures, ()))
    assert flag.severity is Severity.WARNING


def test_one_of_the_sum_s_own_figures_is_never_the_missed_part() -> None:
    # 省级 600,000 + 市级 600,000 against 1,800,000: short by 600,000, which is the 省级 figure itself.
    figures = {"budget_adjusted": ("1800000.00元", 10), "funds_provincial": ("600000.00元", 60),
               "funds_local": ("600000.00元", 90)}
    [flag] = level_flags(report(figures, ()))
    assert flag.severity is Severity.ERROR


def test_parts_above_their_total_are_never_a_missed_part() -> None:
    # 2,000,000 + 1,650,000 = 3,650,000 against 1,800,000: 1,850,000 over, and 1,850,000 is stated nearby.
    figures = {"budget_adjusted": ("1800000.00元", 10), "funds_provincial": ("2000000.00元", 60),
               "funds_local": ("1650000.00元", 90)}
    [flag] = level_flags(report(figures, (loose("1850000.00元", 30),)))
    assert flag.severity is Severity.ERROR


def test_the_gap_may_miss_the_figure_by_the_rounding_of_them_all() -> None:
    # 280.00万元, 60.00万元 and 185.00万元 may each be 50 yuan off, 34.9960万元 0.5 yuan: the gap
    # of 1,850,040 is 185.00万元 within 150.5 yuan.
    figures = {"budget_adjusted": ("280.00万元", 10), "funds_provincial": ("60.00万元", 40),
               "funds_local": ("34.9960万元", 70)}
    [flag] = level_flags(report(figures, (loose("185.00万元", 30),)))
    assert flag.severity is Severity.WARNING
    # ... but a gap of 1,850,200 is not.
    figures["funds_local"] = ("34.9800万元", 70)
    [flag] = level_flags(report(figures, (loose("185.00万元", 30),)))
    assert flag.severity is Severity.ERROR


def test_other_flags_pass_through_unchanged() -> None:
    f = report(FIGURES, (loose("1850000.00元", 30),))
    errors = [flag for flag in check(replace(f, stated_money=())).flags]
    assert explain_unread_parts(errors, replace(f, stated_money=())) == errors


def spending(figures: dict[str, tuple[str, int]], stated: tuple[StatedMoney, ...] = ()) -> list:
    return [flag for flag in check(report(figures, stated)).flags if flag.rule == "expenditure.parts_sum"]


# 基本 100.00 + 项目 50.00 against a total of 180.00: 30.00万元 short.
SPENDING = {"expenditure_total": ("180.00万元", 10), "expenditure_basic": ("100.00万元", 40),
            "expenditure_project": ("50.00万元", 70)}


def test_a_part_of_one_of_the_parts_is_never_the_missed_part() -> None:
    # 人员经费 30.00 is inside 基本支出: it cannot be what 基本 + 项目 left out
    [flag] = spending({**SPENDING, "expenditure_personnel": ("30.00万元", 55)})
    assert flag.severity is Severity.ERROR


def test_a_figure_of_the_other_kind_is_never_the_missed_part() -> None:
    # a budget figure (the mid-year addition) cannot be what a spending sum left out ...
    [flag] = spending({**SPENDING, "budget_addition": ("30.00万元", 100)})
    assert flag.severity is Severity.ERROR
    # ... but a figure nothing read may be
    [flag] = spending(SPENDING, (loose("30.00万元", 100),))
    assert flag.severity is Severity.WARNING


def test_a_gap_of_a_few_roundings_is_no_missed_part_even_where_a_small_figure_matches() -> None:
    # 1.00 + 1.00 against 2.03: 0.03万元 short, and 0.01万元 is stated nearby; the figures' rounding
    # (four times 50 yuan) allows 0.01 for 0.03, but a gap of a few roundings is no missed part.
    figures = {"expenditure_total": ("2.03万元", 10), "expenditure_basic": ("1.00万元", 40),
               "expenditure_project": ("1.00万元", 70)}
    [flag] = spending(figures, (loose("0.01万元", 90),))
    assert flag.severity is Severity.ERROR
