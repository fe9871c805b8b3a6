"""Shared helpers of the rule families: a report's figures and rounding-aware comparisons."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.rules.common import (
    narrative_items,
    parts_flag,
    rate_agrees,
    sum_tolerance,
    yuan_as_wan,
)
from schemas.facts import Basis, BudgetItem, ReportFacts, ReportMeta, Severity
from schemas.figures import Figure
from schemas.messages import render
from schemas.provenance import Provenance


def wan(text: str) -> Figure:
    """`2626.63` 万元 as written: yuan, half a unit of the last digit."""
    decimals = len(text.split(".")[1]) if "." in text else 0
    return Figure(Decimal(text) * 10000, f"{text}万元", Decimal(5) / Decimal(10) ** (decimals + 1) * 10000)


def item(code: str, figure: Figure, page: int = 1, **kw: object) -> BudgetItem:
    return BudgetItem(code, figure, Provenance(page=page), **kw)  # type: ignore[arg-type]


def facts(*items: BudgetItem) -> ReportFacts:
    return ReportFacts(ReportMeta(), items, (), (), (), ())


def test_narrative_items_leave_out_table_bases_and_scoped_parts() -> None:
    total = item("expenditure_total", wan("10.00"))
    chosen = narrative_items(facts(total, item("expenditure_total", wan("9.00"), basis=Basis.EXECUTED),
                                   item("funds_central", wan("1.00"), scope="evaluated")))
    assert chosen == {"expenditure_total": total}


def test_sum_tolerance_adds_the_half_units() -> None:
    assert sum_tolerance(wan("1.00"), wan("2.0"), wan("3")) == Decimal(50 + 500 + 5000)
    assert sum_tolerance() == 0


@pytest.mark.parametrize(("yuan", "text"), [(Decimal("26266300"), "2626.63万元"), (Decimal("-300"), "-0.03万元"),
                                            (Decimal(0), "0.00万元")])
def test_yuan_as_wan(yuan: Decimal, text: str) -> None:
    assert yuan_as_wan(yuan) == text


def test_parts_that_add_up_within_their_rounding_raise_no_flag() -> None:
    basic, project = item("expenditure_basic", wan("618.27")), item("expenditure_project", wan("658.18"))
    total = item("expenditure_total", wan("1276.46"), page=3)
    assert parts_flag("sums.parts", [basic, project], total, "basic + project") is None


def test_parts_that_miss_their_total_make_an_error_naming_them() -> None:
    basic, project = item("expenditure_basic", wan("618.27")), item("expenditure_project", wan("658.18"))
    total = item("expenditure_total", wan("1286.45"), page=3)
    flag = parts_flag("sums.parts", [basic, project], total, "basic + project")
    assert flag is not None
    assert (flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        Severity.ERROR, ("expenditure_basic", "expenditure_project", "expenditure_total"),
        Decimal("12764500"), Decimal("12864500"), 3)
    assert flag.text is not None  # rendered in English whatever the ambient language (--lang, JIXIAO_LANG)
    english = render(flag.text, "en")
    assert "difference -10.00万元" in english and "rounding allows 0.02万元" in english


def _percent(text: str, half_unit: str) -> Figure:
    return Figure(Decimal(text), f"{text}%", Decimal(half_unit))


def test_a_rate_cut_to_its_precision_agrees_and_one_beyond_it_does_not() -> None:
    spent, budget = wan("2595.6208"), wan("2596")  # 99.985…%
    assert rate_agrees(_percent("99", "0.5"), spent, budget)  # cut, not rounded: 99%
    assert rate_agrees(_percent("100", "0.5"), spent, budget)  # rounded
    assert not rate_agrees(_percent("98", "0.5"), spent, budget)  # a whole unit short
    assert not rate_agrees(_percent("101", "0.5"), spent, budget)  # above: no cutting explains it
    spent, budget = wan("1847.85"), wan("1987.08")  # 92.993…%
    assert rate_agrees(_percent("92.9", "0.05"), spent, budget)
    assert not rate_agrees(_percent("92.8", "0.05"), spent, budget)
    assert not rate_agrees(_percent("81.97", "0.005"), spent, budget)
    assert not rate_agrees(_percent("50", "0.5"), spent, wan("0"))  # nothing to divide by
