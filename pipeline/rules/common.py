"""Helpers shared by the rule families: figures of a report, rounding-aware comparisons."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from decimal import Decimal

from schemas.facts import BudgetItem, Flag, FlagParam, FlagText, ReportFacts, Severity
from schemas.figures import Figure, ratio_tolerance

HUNDRED = Decimal(100)


def narrative_items(facts: ReportFacts) -> dict[str, BudgetItem]:
    """The report's figure per item code (basis None: stated in the narrative or a table's total row)."""
    return {b.item: b for b in facts.budget_items if b.basis is None and b.scope is None}


def sum_of(items: Iterable[BudgetItem]) -> Decimal:
    """The items' values added up (exact yuan or percent)."""
    return sum((b.value for b in items), Decimal(0))


def sum_tolerance(*figures: Figure) -> Decimal:
    """What the written precision allows a sum to miss by: each figure's half-unit, added up."""
    return sum((f.tolerance for f in figures), Decimal(0))


def yuan_as_wan(value: Decimal) -> str:
    return f"{(value / Decimal(10000)).quantize(Decimal('0.01'))}万元"


# Whether a rate cut to its precision (not rounded) agrees, and 执行率 against funds received or
# revenue: both off while readings are compared.
_CUT_RATES_AGREE: ContextVar[bool] = ContextVar("cut_rates_agree", default=True)


@contextmanager
def rates_rounded_only() -> Iterator[None]:
    """Within: a stated rate agrees only when rounded, and 执行率 only against a budget, so that of
    two readings the exact one wins, and the budget's over one against 到位资金."""
    token = _CUT_RATES_AGREE.set(False)
    try:
        yield
    finally:
        _CUT_RATES_AGREE.reset(token)


def other_bases_agree() -> bool:
    """Whether 执行率 may be stated against funds received or revenue (off while readings are compared)."""
    return _CUT_RATES_AGREE.get()


def rate_agrees(rate: Figure, numerator: Figure, denominator: Figure) -> bool:
    """A stated percent agrees with numerator ÷ denominator, rounded or truncated to its precision.

    Reports often cut a rate rather than round it (99.99% written 99%, 92.99% written 92.9%), so
    the computed value may exceed the stated one by a further half unit of the stated precision.
    """
    if denominator.value == 0:
        return False
    difference = numerator.value / denominator.value * HUNDRED - rate.value
    tolerance = ratio_tolerance(rate, numerator, denominator)
    cut = rate.tolerance if _CUT_RATES_AGREE.get() else Decimal(0)
    return -tolerance <= difference <= tolerance + cut


def parts_flag(rule: str, parts: list[BudgetItem], total: BudgetItem, label: str) -> Flag | None:
    """An error when the parts miss their total by more than their rounding allows.

    `label` names the sum: a key of the message vocabulary's `terms` (`basic_project_spending`).
    """
    total_parts = sum_of(parts)
    tolerance = sum_tolerance(*(p.figure for p in parts), total.figure)
    if abs(total_parts - total.value) <= tolerance:
        return None
    unit_of = total.figure
    return Flag(
        rule=rule, severity=Severity.ERROR,
        items=tuple(p.item for p in parts) + (total.item,),
        expected=total_parts, stated=total.value,
        text=FlagText("sum.parts", (
            FlagParam.term("label", label), FlagParam.addends("addends", [(p.item, p.figure.stated) for p in parts]),
            FlagParam.money("sum", total_parts, unit_of), FlagParam.item("total_item", total.item),
            FlagParam.text("total", total.figure.stated),
            FlagParam.money("difference", total_parts - total.value, unit_of),
            FlagParam.money("tolerance", tolerance, unit_of),
        )),
        page=total.provenance.page,
    )
