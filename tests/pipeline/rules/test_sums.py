import pytest

from pipeline.rules import sums
from tests.pipeline.rules.facts_builder import facts


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
