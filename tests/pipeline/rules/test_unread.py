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


# --- each condition on its own (mutation testing: docs/testing.md) --------------------------------
from decimal import Decimal  # noqa: E402

from schemas.facts import Flag, FlagParam, FlagText  # noqa: E402


def sum_error(**changes: object) -> Flag:
    """The levels error of FIGURES as the rule raises it (1,850,000 short)."""
    [flag] = [f for f in check(report(FIGURES, ())).flags if f.rule == "funds.levels_sum"]
    return replace(flag, **changes)  # type: ignore[arg-type]


def explain(flag: Flag, stated: tuple[StatedMoney, ...] = (loose("1850000.00元", 30),),
            figures: dict[str, tuple[str, int]] = FIGURES) -> Flag:
    [out] = explain_unread_parts([flag], report(figures, stated))
    return out


def test_the_warning_s_sentence_is_its_own() -> None:
    out = explain(sum_error())
    assert out.text is not None and out.message == render(out.text) and "1850000.00元" in out.message


@pytest.mark.parametrize("flag", [
    sum_error(severity=Severity.WARNING),  # a warning already: left as it is
    sum_error(text=FlagText("table.scores_sum", sum_error().text.params)),  # type: ignore[union-attr]
    sum_error(text=None),
    sum_error(expected=None),
    sum_error(stated=None),
])
def test_only_a_sum_error_with_both_figures_is_explained(flag: Flag) -> None:
    assert explain(flag) == flag


def test_the_gap_is_shown_in_the_total_s_unit_and_without_a_total_in_wan() -> None:
    figures = {"budget_adjusted": ("2800000.00元", 10), "funds_provincial": ("60.00万元", 60),
               "funds_local": ("35.00万元", 90)}
    flag = replace(sum_error(), items=("funds_provincial", "funds_local", "budget_adjusted"))
    out = explain(flag, figures=figures)
    assert out.text is not None and out.text.param("gap") == FlagParam.money("gap", Decimal(1850000), "2800000.00元")
    # a total the facts do not hold (read apart, with a basis): the gap in 万元
    lone = {k: v for k, v in figures.items() if k != "budget_adjusted"}
    out = explain(flag, figures=lone)
    assert out.text is not None and out.text.param("gap") == FlagParam.money("gap", Decimal(1850000), None)


def test_a_figure_without_a_page_is_named_without_one() -> None:
    figure = loose("1850000.00元", 30)
    out = explain(sum_error(), (replace(figure, provenance=replace(figure.provenance, page=None)),),
                  figures={k: v for k, v in FIGURES.items()})
    # without a page it is not on the sum's page, so it is no figure of the passage
    assert out.severity is Severity.ERROR


def test_a_figure_beyond_the_passage_before_the_matching_one_does_not_end_the_search() -> None:
    far = loose("1850000.00元", 900)
    assert explain(sum_error(), (far, loose("1850000.00元", 30))).severity is Severity.WARNING


@pytest.mark.parametrize("offset, explained", [
    (Decimal("0"), True), (Decimal("150"), True),  # 50 + 50 + 50 of the figures' rounding, 0 of the 元 figure
    (Decimal("150.01"), False),
])
def test_the_gap_and_the_figure_may_differ_by_the_rounding_of_all_of_them(offset: Decimal, explained: bool) -> None:
    figures = {"budget_adjusted": ("280.00万元", 10), "funds_provincial": ("60.00万元", 40),
               "funds_local": ("35.00万元", 70)}  # 1,850,000 short, each figure 50 yuan either way
    stated = loose(f"{Decimal('1850000.00') + offset}元", 100)
    flag = [f for f in check(report(figures, ())).flags if f.rule == "funds.levels_sum"][0]
    out = explain(flag, (stated,), figures=figures)
    assert (out.severity is Severity.WARNING) is explained


@pytest.mark.parametrize("stated, explained", [
    ("0.20元", False),  # ten times the allowance exactly (0.015 + 0.005): not above it
    ("0.21元", True),
])
def test_the_figure_must_exceed_ten_times_the_rounding(stated: str, explained: bool) -> None:
    # 5.00 + 5.00 against 10.20元: 0.20 short, each figure ±0.005
    figures = {"expenditure_total": ("10.20元", 10), "expenditure_basic": ("5.00元", 40),
               "expenditure_project": ("5.00元", 70)}
    [flag] = spending(figures, (loose(stated, 90),))
    assert (flag.severity is Severity.WARNING) is explained


@pytest.mark.parametrize("start, explained", [
    (10 - PASSAGE_REACH, True), (10 - PASSAGE_REACH - 1, False),  # from the first figure back
    (90 + len("350000.00元") + PASSAGE_REACH - len("1850000.00元"), True),  # to the last figure's end
    (90 + len("350000.00元") + PASSAGE_REACH - len("1850000.00元") + 1, False),
])
def test_the_passage_reaches_its_length_either_side_of_the_sum_s_figures(start: int, explained: bool) -> None:
    figures = {code: (text, at + 200) for code, (text, at) in FIGURES.items()}
    [flag] = [f for f in check(report(figures, (loose("1850000.00元", start + 200),))).flags
              if f.rule == "funds.levels_sum"]
    assert (flag.severity is Severity.WARNING) is explained


def test_a_figure_right_beside_a_part_is_not_that_part() -> None:
    # spans that touch do not overlap: `350000.00元1850000.00元` are two figures
    end = 90 + len("350000.00元")
    assert explain(sum_error(), (loose("1850000.00元", end),)).severity is Severity.WARNING


def test_a_span_is_a_start_and_an_end() -> None:
    figure = loose("1850000.00元", 30)
    half = replace(figure, provenance=replace(figure.provenance, char_end=None))
    assert explain(sum_error(), (half,)).severity is Severity.ERROR


def test_a_figure_ending_where_a_part_starts_is_not_that_part() -> None:
    start = 90 - len("1850000.00元")  # `1850000.00元350000.00元`
    assert explain(sum_error(), (loose("1850000.00元", start),)).severity is Severity.WARNING


def test_a_document_without_pages_names_the_figure_without_one() -> None:
    figures = report(FIGURES, (loose("1850000.00元", 30),))
    unpaged = replace(figures,
                      budget_items=tuple(replace(b, provenance=replace(b.provenance, page=None)) for b in figures.budget_items),
                      stated_money=tuple(replace(s, provenance=replace(s.provenance, page=None)) for s in figures.stated_money))
    [flag] = [f for f in check(unpaged).flags if f.rule == "funds.levels_sum"]
    assert flag.severity is Severity.WARNING and flag.text is not None
    assert flag.text.param("unread_page") == FlagParam.text("unread_page", "")


def revenue_flags(f: ReportFacts) -> list:
    return [flag for flag in check(f).flags if flag.rule == "revenue.parts_sum"]


# 本年收入合计 1246.58 = 一般公共预算 1036.48 + 上级补助收入 126.00 (no item) + 事业收入 84.10; the year's
# opening balance 68.42 stands beside it, outside 本年收入合计
YEAR_REVENUE = {"revenue_total": ("1246.58万元", 10), "revenue_general_budget": ("1036.48万元", 30),
                "revenue_other": ("84.10万元", 70), "revenue_carryover": ("68.42万元", 100)}


def test_the_carry_over_stands_beside_this_year_s_revenue() -> None:
    assert revenue_flags(report({**YEAR_REVENUE, "revenue_other": ("210.10万元", 70)}, ())) == []


def test_this_year_s_sources_short_by_an_unread_figure_are_a_warning_without_the_carry_over() -> None:
    [flag] = revenue_flags(report(YEAR_REVENUE, (loose("126.00万元", 50),)))
    assert flag.severity is Severity.WARNING and "revenue_carryover" not in flag.items
    # no figure explains it: the sum with the carry-over stands, as an error
    [error] = revenue_flags(report(YEAR_REVENUE, ()))
    assert error.severity is Severity.ERROR and "revenue_carryover" in error.items


def test_the_year_s_sources_flag_without_the_carry_over_reads_in_full() -> None:
    [flag] = revenue_flags(report(YEAR_REVENUE, (loose("126.00万元", 50),)))
    assert flag.message == render(flag.text)
    assert flag.message.startswith("各来源收入：一般公共预算拨款 1036.48万元 + 其他资金 84.10万元 = 1,120.58万元")
