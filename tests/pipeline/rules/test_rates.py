from decimal import Decimal

import pytest

from extractors.numbers import money, percent
from pipeline.rules import rates
from schemas.facts import Project
from tests.pipeline.rules.facts_builder import P, facts


@pytest.mark.parametrize("figures, flagged", [
    ({"execution_rate": "98.15%", "expenditure_total": "2681.33万元", "budget_adjusted": "2731.93万元"}, False),
    ({"execution_rate": "96.5%", "expenditure_total": "6445.50万元", "budget_adjusted": "6842.36万元"}, True),
    ({"execution_rate": "97.5%", "expenditure_total": "2645.18万元", "budget_adjusted": "2712.9万元"}, False),
    ({"execution_rate": "102%", "expenditure_total": "102万元", "budget_adjusted": "130万元", "budget_initial": "100万元"},
     False),  # computed against the initial budget: accepted
    ({"execution_rate": "100%", "expenditure_total": "80.17万元", "budget_adjusted": "80.17万元"}, False),
])
def test_execution_rate(figures: dict[str, str], flagged: bool) -> None:
    flags = rates.execution_rate(facts(figures))
    assert bool(flags) == flagged
    if flags:
        assert "execution_rate" in flags[0].items and flags[0].expected is not None


def project(budget: str, executed: str, rate: str) -> Project:
    return Project("校舍修缮", P, money(budget, "万元"), money(executed, "万元"), percent(rate))


@pytest.mark.parametrize("budget, executed, rate, flagged", [
    ("2150.00", "2138.62", "99.47", False),
    ("680.00", "512.40", "75.35", False),
    ("680.00", "512.40", "85.35", True),
    ("12650.00", "12318.46", "97.38", False),
])
def test_project_rates(budget: str, executed: str, rate: str, flagged: bool) -> None:
    flags = rates.project_rates(facts({}, projects=(project(budget, executed, rate),)))
    assert bool(flags) == flagged


def test_spending_above_budget_is_a_warning() -> None:
    (flag,) = rates.over_budget(facts({"expenditure_total": "120万元", "budget_adjusted": "100万元"}))
    assert flag.severity.value == "warning" and flag.stated == Decimal("1200000.00")


@pytest.mark.parametrize("text, flagged", [
    ("全年预算数500万元。\n截至年底已支付资金450万元,支付率90%。", False),
    ("全年预算数500万元。\n截至年底已支付资金450万元,支付率95%。", True),
    ("实际到位资金3286.00万元,资金到位率100%。", False),  # 3286 ÷ 3286
    ("资金到位率100%。", False),  # nothing beside it to check against
])
def test_stated_money_rates_match_a_ratio(text: str, flagged: bool) -> None:
    from extractors import budget
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    facts = resolve(budget.extract(make_doc("2022年度某局部门整体支出绩效自评报告\n" + text)))
    assert bool(rates.unmatched_rates(facts)) == flagged
