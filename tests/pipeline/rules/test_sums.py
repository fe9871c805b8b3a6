from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.rules import sums
from schemas.facts import BudgetItem, Flag, ReportFacts, Severity
from schemas.messages import render
from tests.pipeline.rules.facts_builder import P, facts, item


@pytest.mark.parametrize("figures, rule, flagged", [
    ({"expenditure_total": "2681.33万元", "expenditure_basic": "2134.84万元", "expenditure_project": "546.49万元"},
     sums.expenditure_parts, False),
    ({"expenditure_total": "2681.33万元", "expenditure_basic": "2134.84万元", "expenditure_project": "536.49万元"},
     sums.expenditure_parts, True),
    # right to its own rounding: 1 + 2 written in whole 万元 may miss 3.4 by up to 1.5万元
    ({"expenditure_total": "3.4万元", "expenditure_basic": "1万元", "expenditure_project": "2万元"},
     sums.expenditure_parts, False),
    ({"expenditure_basic": "1386.72万元", "expenditure_personnel": "1205.38万元", "expenditure_public": "181.34万元"},
     sums.basic_parts, False),
    ({"expenditure_basic": "1386.72万元", "expenditure_personnel": "1205.38万元", "expenditure_public": "181.30万元"},
     sums.basic_parts, True),
    ({"budget_adjusted": "6842.36万元", "revenue_general_budget": "6395.16万元", "revenue_gov_fund": "352.00万元",
      "revenue_carryover": "95.20万元"}, sums.revenue_parts, False),
    ({"budget_adjusted": "3286万元", "funds_central": "2150万元", "funds_provincial": "716万元", "funds_local": "415万元"},
     sums.fund_levels, True),
    ({"budget_adjusted": "3286万元", "funds_central": "2155万元", "funds_provincial": "716万元", "funds_local": "415万元"},
     sums.fund_levels, False),
    ({"budget_initial": "6215.80万元", "budget_addition": "626.56万元", "budget_adjusted": "6842.36万元"},
     sums.adjustment, False),
    ({"budget_initial": "6215.80万元", "budget_addition": "620.56万元", "budget_adjusted": "6842.36万元"},
     sums.adjustment, True),
    # economic classes of basic spending: a few hundredths of 万元 off with four addends is beyond rounding
    ({"expenditure_total": "500.00万元", "expenditure_basic": "400.00万元", "expenditure_wages": "300.00万元",
      "expenditure_goods_services": "80.00万元", "expenditure_household_subsidies": "15.00万元",
      "expenditure_capital": "4.97万元"}, sums.economic_classes, True),
    ({"expenditure_total": "500.00万元", "expenditure_basic": "400.00万元", "expenditure_wages": "300.00万元",
      "expenditure_goods_services": "80.00万元", "expenditure_household_subsidies": "15.00万元",
      "expenditure_capital": "5.00万元"}, sums.economic_classes, False),
    # 结余 = budget − spending, or left of the funds received, the revenue, or either with the carry-over
    ({"budget_adjusted": "150.00万元", "expenditure_total": "142.86万元", "balance_carryforward": "7.14万元"},
     sums.balance, False),
    ({"budget_adjusted": "150.00万元", "expenditure_total": "142.86万元", "balance_carryforward": "8.14万元"},
     sums.balance, True),
    ({"budget_adjusted": "160.00万元", "funds_received": "150.00万元", "expenditure_total": "142.86万元",
      "balance_carryforward": "7.14万元"}, sums.balance, False),
    ({"budget_adjusted": "11597.66万元", "revenue_carryover": "497.50万元", "expenditure_total": "11233.08万元",
      "balance_carryforward": "862.08万元"}, sums.balance, False),
    ({"revenue_total": "800.00万元", "budget_adjusted": "900.00万元", "expenditure_total": "750.00万元",
      "balance_carryforward": "50.00万元"}, sums.balance, False),
    ({"budget_initial": "100.00万元", "expenditure_total": "99.00万元", "balance_carryforward": "2.00万元"},
     sums.balance, True),
    ({"budget_adjusted": "150.00万元", "balance_carryforward": "8.14万元"}, sums.balance, False),  # no spending
    ({"expenditure_total": "142.86万元", "balance_carryforward": "8.14万元"}, sums.balance, False),  # no base
    ({"budget_adjusted": "150万元", "expenditure_total": "142.86万元", "balance_carryforward": "7.6万元"},
     sums.balance, False),  # whole 万元 allow half a 万元 off
])
def test_parts_against_totals(figures: dict[str, str], rule, flagged: bool) -> None:  # type: ignore[no-untyped-def]
    flags = rule(facts(figures))
    assert bool(flags) == flagged
    for flag in flags:
        assert flag.severity.value == "error" and flag.expected is not None and flag.stated is not None
        assert set(flag.items) <= set(figures)


def test_flag_names_the_figures() -> None:
    (flag,) = sums.expenditure_parts(facts({"expenditure_total": "100.00万元", "expenditure_basic": "60.00万元",
                                            "expenditure_project": "30.00万元"}))
    assert "60.00万元" in flag.message and "100.00万元" in flag.message and flag.page == 1


@pytest.mark.parametrize("capital, flagged", [("4.97万元", True), ("5.00万元", False)])
def test_economic_classes_of_basic_spending_without_a_total(capital: str, flagged: bool) -> None:
    figures = {"expenditure_basic": "400.00万元", "expenditure_wages": "300.00万元",
               "expenditure_goods_services": "80.00万元", "expenditure_household_subsidies": "15.00万元",
               "expenditure_capital": capital}
    assert bool(sums.economic_classes(facts(figures))) == flagged


# --- each rule's totals, thresholds and flag in full (mutation testing: docs/testing.md) ---------

def english(flag: Flag) -> str:
    assert flag.text is not None
    return render(flag.text, "en")


def scoped(code: str, stated: str, scope: str, page: int = 2) -> BudgetItem:
    return replace(item(code, stated), scope=scope, provenance=replace(P, page=page))


def with_items(figures: dict[str, str], *extra: BudgetItem) -> ReportFacts:
    plain = facts(figures)
    return replace(plain, budget_items=plain.budget_items + extra)


@pytest.mark.parametrize("rule, figures, rule_id, sentence", [
    (sums.revenue_parts, {"revenue_total": "100万元", "revenue_general_budget": "60万元", "revenue_gov_fund": "30万元"},
     "revenue.parts_sum", "revenue by source: general budget appropriation 60万元 + government fund appropriation "
     "30万元 = 90.00万元, but total revenue is stated as 100万元 (difference -10.00万元, rounding allows 1.50万元)"),
    (sums.fund_levels, {"budget_adjusted": "100万元", "funds_central": "60万元", "funds_local": "30万元"},
     "funds.levels_sum", "funds by level of government: central funds 60万元 + local funds 30万元 = 90.00万元, but "
     "adjusted budget is stated as 100万元 (difference -10.00万元, rounding allows 1.50万元)"),
    (sums.expenditure_parts, {"expenditure_total": "100万元", "expenditure_personnel": "50万元",
                              "expenditure_public": "10万元", "expenditure_project": "30万元"},
     "expenditure.parts_sum", "basic + project spending: personnel spending 50万元 + public spending 10万元 + "
     "project spending 30万元 = 90.00万元, but total spending is stated as 100万元 (difference -10.00万元, "
     "rounding allows 2.00万元)"),
    (sums.basic_parts, {"expenditure_basic": "100万元", "expenditure_personnel": "50万元", "expenditure_public": "10万元"},
     "expenditure.basic_parts_sum", "personnel + public spending: personnel spending 50万元 + public spending 10万元 "
     "= 60.00万元, but basic spending is stated as 100万元 (difference -40.00万元, rounding allows 1.50万元)"),
    (sums.economic_classes, {"expenditure_total": "500万元", "expenditure_basic": "400万元",
                             "expenditure_wages": "300万元", "expenditure_goods_services": "150万元",
                             "expenditure_capital": "30万元"},
     "expenditure.economic_sum", "economic classes: wages and benefits 300万元 + goods and services 150万元 + "
     "capital spending 30万元 = 480.00万元, but total spending is stated as 500万元 (difference -20.00万元, "
     "rounding allows 2.00万元)"),  # against the total they come closest to
    (sums.economic_classes, {"expenditure_basic": "400.00万元", "expenditure_wages": "300.00万元",
                             "expenditure_goods_services": "80.00万元", "expenditure_capital": "16.00万元"},
     "expenditure.economic_sum", "economic classes of basic spending: wages and benefits 300.00万元 + goods and "
     "services 80.00万元 + capital spending 16.00万元 = 396.00万元, but basic spending is stated as 400.00万元 "
     "(difference -4.00万元, rounding allows 0.02万元)"),  # exactly 99% of 基本支出: still read as its parts
    (sums.adjustment, {"budget_initial": "100万元", "budget_addition": "10万元", "budget_adjusted": "120万元"},
     "budget.adjustment_sum", "initial budget + adjustment: initial budget 100万元 + budget adjustment 10万元 = "
     "110.00万元, but adjusted budget is stated as 120万元 (difference -10.00万元, rounding allows 1.50万元)"),
])
def test_each_sum_flag_in_full(rule, figures: dict[str, str], rule_id: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    (flag,) = rule(facts(figures))
    assert (flag.rule, flag.severity, flag.page) == (rule_id, Severity.ERROR, 1)
    assert english(flag) == sentence


@pytest.mark.parametrize("total", ["revenue_total", "budget_adjusted", "funds_received", "budget_initial"])
def test_revenue_by_source_is_checked_against_each_total_it_may_describe(total: str) -> None:
    (flag,) = sums.revenue_parts(facts({total: "100万元", "revenue_general_budget": "60万元",
                                        "revenue_gov_fund": "30万元"}))
    assert flag.items == ("revenue_general_budget", "revenue_gov_fund", total)
    assert sums.revenue_parts(facts({total: "90万元", "revenue_general_budget": "60万元", "revenue_gov_fund": "30万元"})) == []


@pytest.mark.parametrize("total", ["budget_adjusted", "funds_received", "revenue_total", "budget_initial",
                                   "revenue_general_budget"])
def test_fund_levels_are_checked_against_each_total_they_may_describe(total: str) -> None:
    (flag,) = sums.fund_levels(facts({total: "100万元", "funds_central": "60万元", "funds_local": "30万元"}))
    assert flag.items == ("funds_central", "funds_local", total)


def test_parts_that_miss_every_total_give_one_flag_against_the_first() -> None:
    figures = {"revenue_total": "100万元", "budget_adjusted": "95万元", "revenue_general_budget": "60万元",
               "revenue_gov_fund": "30万元"}
    (flag,) = sums.revenue_parts(facts(figures))
    assert flag.items[-1] == "revenue_total"
    assert sums.revenue_parts(facts({**figures, "budget_adjusted": "90万元"})) == []  # they are the budget's


def test_one_source_is_no_sum() -> None:
    assert sums.revenue_parts(facts({"revenue_total": "100万元", "revenue_general_budget": "60万元"})) == []
    assert sums.fund_levels(facts({"budget_adjusted": "100万元", "funds_central": "60万元"})) == []


@pytest.mark.parametrize("figures", [
    {"expenditure_total": "100万元", "expenditure_personnel": "50万元", "expenditure_project": "30万元"},
    {"expenditure_basic": "50万元", "expenditure_project": "30万元"},  # no total
    {"expenditure_total": "100万元", "expenditure_project": "30万元"},  # one part
])
def test_spending_parts_need_their_total_and_every_part(figures: dict[str, str]) -> None:
    # without 基本支出, personnel + public + project (all three) stand for it
    assert sums.expenditure_parts(facts(figures)) == []


def test_basic_spending_parts_need_both_parts_and_the_total() -> None:
    assert sums.basic_parts(facts({"expenditure_basic": "100万元", "expenditure_personnel": "50万元"})) == []
    assert sums.basic_parts(facts({"expenditure_personnel": "50万元", "expenditure_public": "10万元"})) == []


ECONOMIC = {"expenditure_wages": "300万元", "expenditure_goods_services": "150万元", "expenditure_capital": "30万元"}


@pytest.mark.parametrize("totals, flagged", [
    ({"expenditure_total": "480万元", "expenditure_basic": "400万元"}, False),  # the total's classes
    ({"expenditure_total": "500万元", "expenditure_basic": "480万元"}, False),  # 基本支出's classes
    ({"expenditure_total": "500万元"}, True),
])
def test_economic_classes_may_describe_total_or_basic_spending(totals: dict[str, str], flagged: bool) -> None:
    assert bool(sums.economic_classes(facts({**totals, **ECONOMIC}))) == flagged


def test_economic_classes_are_three_at_least() -> None:
    two = {"expenditure_wages": "300万元", "expenditure_goods_services": "150万元"}
    assert sums.economic_classes(facts({"expenditure_total": "500万元", **two})) == []


def test_economic_classes_short_of_basic_spending_by_more_than_1_percent_are_not_its_parts() -> None:
    figures = {"expenditure_basic": "400.00万元", "expenditure_wages": "300.00万元",
               "expenditure_goods_services": "80.00万元", "expenditure_capital": "15.99万元"}
    assert sums.economic_classes(facts(figures)) == []  # 395.99 < 99% of 400
    assert sums.economic_classes(facts({**figures, "expenditure_basic": "395.00万元"})) == []  # above it


def test_a_reduction_is_subtracted_from_the_adjusted_budget() -> None:
    figures = {"budget_initial": "1000万元", "budget_addition": "200万元", "budget_adjusted": "1150万元"}
    assert sums.adjustment(with_items(figures, scoped("budget_reduction", "50万元", "budget_reduction"))) == []
    (flag,) = sums.adjustment(facts(figures))  # without the 调减 the budget does not add up
    (flag,) = sums.adjustment(with_items({**figures, "budget_adjusted": "1250万元"},
                                         scoped("budget_reduction", "50万元", "budget_reduction")))
    assert flag.items == ("budget_initial", "budget_addition", "budget_reduction", "budget_adjusted")
    assert english(flag) == ("initial budget + adjustment: initial budget 1000万元 + budget adjustment 200万元 + "
                             "budget reduction −50万元 = 1,150.00万元, but adjusted budget is stated as 1250万元 "
                             "(difference -100.00万元, rounding allows 2.00万元)")


def evaluated(*stated: str, share: str = "100") -> tuple[BudgetItem, ...]:
    return tuple(scoped("expenditure_project", s, f"evaluated:{share}", page=4 + i) for i, s in enumerate(stated))


def test_funds_evaluated_that_cover_all_project_spending_add_up_to_it() -> None:
    assert sums.evaluated_coverage(with_items({"expenditure_project": "1000000.00元"},
                                              *evaluated("600000.00元", "400000.00元"))) == []
    # to the yuan: 1 yuan short is beyond the rounding of figures written to the fen
    (flag,) = sums.evaluated_coverage(with_items({"expenditure_project": "1000000.00元"},
                                                 *evaluated("600000.00元", "399999.00元")))
    assert (flag.rule, flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        "projects.evaluated_coverage", Severity.ERROR, ("expenditure_project",), Decimal("999999.00"),
        Decimal("1000000.00"), 4)
    assert english(flag) == ("the evaluated projects are said to cover all 项目支出 but add up to 999,999.00元 "
                             "while 项目支出 is 1000000.00元")


def test_evaluated_funds_within_their_rounding_of_project_spending_raise_no_flag() -> None:
    assert sums.evaluated_coverage(with_items({"expenditure_project": "100万元"}, *evaluated("60万元", "41万元"))) == []


@pytest.mark.parametrize("figures, scopes", [
    ({"expenditure_project": "100万元"}, evaluated("60万元", "30万元", share="80")),  # a share, not all of it
    ({}, evaluated("60万元", "30万元")),  # no 项目支出 to compare with
    ({"expenditure_project": "100万元"}, ()),  # nothing said to be evaluated
    ({"expenditure_project": "100万元"}, (*evaluated("60万元"), *evaluated("30万元", share="80"))),
])
def test_evaluated_coverage_needs_all_of_project_spending_said_covered(figures: dict[str, str],
                                                                      scopes: tuple[BudgetItem, ...]) -> None:
    assert sums.evaluated_coverage(with_items(figures, *scopes)) == []


def test_economic_classes_as_far_from_both_totals_are_flagged_against_the_total() -> None:
    (flag,) = sums.economic_classes(facts({"expenditure_total": "500万元", "expenditure_basic": "400万元",
                                           "expenditure_wages": "300万元", "expenditure_goods_services": "120万元",
                                           "expenditure_capital": "30万元"}))  # 450: 50 from each
    assert flag.items[-1] == "expenditure_total"


def test_evaluated_funds_at_the_limit_of_the_rounding_raise_no_flag() -> None:
    # 60 and 40.6 and 100.0 (万元) allow 0.5 + 0.05 + 0.05: 100.6 is exactly 0.6 from 100.0
    assert sums.evaluated_coverage(with_items({"expenditure_project": "100.0万元"}, *evaluated("60万元", "40.6万元"))) == []
    assert sums.evaluated_coverage(with_items({"expenditure_project": "100.0万元"}, *evaluated("60万元", "40.7万元")))


def test_the_rounding_of_project_spending_counts_too() -> None:
    # funds to the fen against 项目支出 in whole 万元: the 5,000 yuan 100万元 allows cover a 3,000 yuan gap
    assert sums.evaluated_coverage(with_items({"expenditure_project": "100万元"},
                                              *evaluated("603000.00元", "400000.00元"))) == []


def test_a_balance_flag_names_the_base_and_the_spending() -> None:
    (flag,) = sums.balance(facts({"budget_adjusted": "150.00万元", "expenditure_total": "142.86万元",
                                  "balance_carryforward": "8.14万元"}))
    assert flag.rule == "budget.balance"
    assert flag.items == ("budget_adjusted", "expenditure_total", "balance_carryforward")
    assert (flag.expected, flag.stated) == (Decimal("71400.00"), Decimal("81400.00"))
    assert "−142.86" in render(flag.text, "zh") and "预算 − 支出" in render(flag.text, "zh")


def test_a_balance_missed_by_every_base_is_one_flag_against_the_first() -> None:
    flags = sums.balance(facts({"budget_adjusted": "150.00万元", "funds_received": "160.00万元",
                                "revenue_carryover": "5.00万元", "expenditure_total": "142.86万元",
                                "balance_carryforward": "8.14万元"}))
    assert len(flags) == 1 and flags[0].items[0] == "budget_adjusted"


@pytest.mark.parametrize("budget_item", ["budget_adjusted", "budget_initial"])
def test_basic_and_project_that_split_the_budget_are_no_spending_error(budget_item: str) -> None:
    # a form's 按支出性质分 row splits the 全年预算数 column: 1768.16 + 2985.50 = 4753.66, not the 3824.26 spent
    figures = {budget_item: "4753.66万元", "expenditure_total": "3824.26万元", "expenditure_basic": "1768.16万元",
               "expenditure_project": "2985.5万元"}
    assert sums.expenditure_parts(facts(figures)) == []


def test_basic_and_project_that_add_up_to_nothing_are_flagged_against_the_spending() -> None:
    (flag,) = sums.expenditure_parts(facts({
        "budget_adjusted": "4753.66万元", "budget_initial": "4700.00万元", "expenditure_total": "3824.26万元",
        "expenditure_basic": "1768.16万元", "expenditure_project": "2900.00万元"}))
    assert flag.items == ("expenditure_basic", "expenditure_project", "expenditure_total")
    assert flag.stated == Decimal("38242600.00") and flag.expected == Decimal("46681600.00")


def test_basic_and_project_without_a_spending_total_are_not_checked_against_the_budget() -> None:
    figures = {"budget_adjusted": "4753.66万元", "expenditure_basic": "1768.16万元", "expenditure_project": "2900.00万元"}
    assert sums.expenditure_parts(facts(figures)) == []


def test_basic_and_project_stated_as_the_spending_s_parts_are_checked_against_it_even_if_they_make_the_budget() -> None:
    from dataclasses import replace as with_

    from schemas.provenance import Provenance
    base = facts({"budget_adjusted": "2.00万元", "expenditure_total": "2.03万元", "expenditure_basic": "1.00万元",
                  "expenditure_project": "1.00万元"})
    spots = {"expenditure_total": (40, 48), "expenditure_basic": (54, 60), "expenditure_project": (66, 72),
             "budget_adjusted": (10, 16)}
    placed = with_(base, budget_items=tuple(
        with_(b, provenance=Provenance(page=1, char_start=spots[b.item][0], char_end=spots[b.item][1], extractor="budget"))
        for b in base.budget_items))
    (flag,) = sums.expenditure_parts(placed)  # `本年支出2.03万元，其中基本支出1.00万元…项目支出1.00万元`
    assert flag.stated == Decimal("20300.00")
    far = with_(placed, budget_items=tuple(
        with_(b, provenance=with_(b.provenance, char_start=b.provenance.char_start + 500, char_end=b.provenance.char_end + 500))
        if b.item.startswith("expenditure_") and b.item != "expenditure_total" else b for b in placed.budget_items))
    assert sums.expenditure_parts(far) == []  # elsewhere, they may split the budget


def test_the_year_s_sources_that_make_the_budget_without_last_year_s_carry_over_are_no_error() -> None:
    figures = {"budget_adjusted": "92.50万元", "revenue_general_budget": "64.53万元", "revenue_other": "27.97万元",
               "revenue_carryover": "19.77万元"}
    assert sums.revenue_parts(facts(figures)) == []
    off = {**figures, "revenue_other": "26.97万元"}  # nor with it, nor without: the carry-over changes nothing
    (flag,) = sums.revenue_parts(facts(off))
    assert flag.rule == "revenue.parts_sum"


@pytest.mark.parametrize("gap, follows", [(0, True), (80, True), (81, False)])
def test_parts_follow_their_total_within_reach(gap: int, follows: bool) -> None:
    from schemas.provenance import Provenance
    total = replace(item("expenditure_total", "2.03万元"), provenance=Provenance(page=1, char_start=10, char_end=20, extractor="budget"))
    part = replace(item("expenditure_basic", "1.00万元"),
                   provenance=Provenance(page=1, char_start=20 + gap, char_end=26 + gap, extractor="budget"))
    assert sums._follows(total, [part]) == follows
    assert not sums._follows(total, [replace(part, provenance=replace(part.provenance, page=2))])


def test_without_the_carry_over_a_sum_at_the_edge_of_its_rounding_still_adds_up() -> None:
    # 64.53 + 27.91 = 92.44 against a 92.5 written to one decimal: 600 yuan off, exactly 500 + 50 + 50 of rounding
    figures = {"budget_adjusted": "92.5万元", "revenue_general_budget": "64.53万元", "revenue_other": "27.91万元",
               "revenue_carryover": "19.77万元"}
    assert sums.revenue_parts(facts(figures)) == []
    assert sums.revenue_parts(facts({**figures, "revenue_other": "27.90万元"}))  # a yuan further: no longer rounding
