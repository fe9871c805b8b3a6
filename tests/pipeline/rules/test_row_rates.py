"""A funds table's 其中 rows that state their own 执行率."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from extractors.numbers import money, percent
from pipeline.rules import row_rates
from schemas.facts import ROW_RATE, Breakdown, Severity
from tests.pipeline.rules.facts_builder import P, facts


def row(rate: str, budget: str, spent: str, item: str | None = "revenue_gov_fund", kind: str = ROW_RATE) -> Breakdown:
    r, b, s = percent(rate.rstrip("%"), rate), money(budget, "万元", budget), money(spent, "万元", spent)
    assert r is not None and b is not None and s is not None
    return Breakdown(kind=kind, total=r, total_label="政府性基金", parts=(("budget", b), ("executed", s)),
                     exhaustive=True, provenance=P, unit="%", item=item)


def check(b: Breakdown) -> list:  # type: ignore[type-arg]
    return row_rates.row_rates(replace(facts({}), breakdowns=(b,)))


@pytest.mark.parametrize("rate, budget, spent", [
    ("93.93%", "160.00", "150.28"),  # 93.925: rounded either way
    ("93.9%", "160.00", "150.28"),
    ("94%", "160.00", "150.28"),
    ("100.00%", "40.00", "40.00"),
])
def test_a_row_whose_rate_is_its_own_ratio_passes(rate: str, budget: str, spent: str) -> None:
    assert check(row(rate, budget, spent)) == []


def test_a_row_whose_rate_no_ratio_of_its_own_figures_gives_is_an_error() -> None:
    (flag,) = check(row("95.93%", "160.00", "150.28"))
    assert (flag.rule, flag.severity, flag.items) == ("table.row_rate", Severity.ERROR, ("revenue_gov_fund", "execution_rate"))
    assert flag.stated == Decimal("95.93") and flag.expected == Decimal("93.93")
    assert check(row("95.93%", "160.00", "150.28", item=None))[0].items == ("execution_rate",)


def test_only_row_rates_with_a_budget_are_checked() -> None:
    assert check(row("95.93%", "160.00", "150.28", kind="rate")) == []
    assert check(row("95.93%", "0", "150.28")) == []


def test_every_row_is_checked_and_the_flag_says_where_and_what() -> None:
    from schemas.messages import render
    from schemas.provenance import Provenance

    other = row("95.93%", "160.00", "150.28", kind="rate")  # another kind first: skipped, not the end
    agreeing = row("100.00%", "40.00", "40.00")
    wrong = replace(row("95.93%", "160.00", "150.28"), provenance=Provenance(page=3, extractor="tables"))
    (flag,) = row_rates.row_rates(replace(facts({}), breakdowns=(other, agreeing, wrong)))
    assert flag.page == 3
    assert flag.message == render(flag.text) == "资金表中政府性基金的执行率为 95.93%，但其 150.28 ÷ 160.00 = 93.93%"
