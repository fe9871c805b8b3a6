"""Stated rates against the figures they are computed from; spending above budget."""
from __future__ import annotations

from decimal import Decimal

from pipeline.rules import rule
from pipeline.rules.common import HUNDRED, narrative_items, ratio_tolerance, yuan_as_wan
from schemas.facts import Flag, ReportFacts, Severity

Q2 = Decimal("0.01")


@rule("execution_rate.stated_vs_computed", doc="Stated 预算执行率 = spending ÷ adjusted budget "
                                                "(÷ initial budget, funds received or revenue accepted).")
def execution_rate(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    rate, spent = items.get("execution_rate"), items.get("expenditure_total")
    budgets = [items[c] for c in ("budget_adjusted", "budget_initial", "funds_received", "revenue_total") if c in items]
    if rate is None or spent is None or not budgets:
        return []
    for budget in budgets:
        if budget.value == 0:
            continue
        computed = spent.value / budget.value * HUNDRED
        if abs(computed - rate.value) <= ratio_tolerance(rate.figure, spent.figure, budget.figure):
            return []
    budget = budgets[0]
    if budget.value == 0:
        return []
    computed = (spent.value / budget.value * HUNDRED).quantize(Q2)
    return [Flag(
        rule="execution_rate.stated_vs_computed", severity=Severity.ERROR,
        items=("execution_rate", "expenditure_total", budget.item), expected=computed, stated=rate.value,
        message=(f"预算执行率 stated {rate.figure.stated}, but {spent.figure.stated} ÷ {budget.figure.stated} "
                 f"= {computed}%"),
        page=rate.provenance.page,
    )]


@rule("projects.rate_vs_computed", doc="A project's stated rate = its executed ÷ its budget.")
def project_rates(facts: ReportFacts) -> list[Flag]:
    flags = []
    for p in facts.projects:
        if p.budget is None or p.executed is None or p.execution_rate is None or p.budget.value == 0:
            continue
        computed = p.executed.value / p.budget.value * HUNDRED
        if abs(computed - p.execution_rate.value) <= ratio_tolerance(p.execution_rate, p.executed, p.budget):
            continue
        flags.append(Flag(
            rule="projects.rate_vs_computed", severity=Severity.ERROR,
            items=("projects.execution_rate", "projects.executed", "projects.budget"),
            expected=computed.quantize(Q2), stated=p.execution_rate.value,
            message=(f"project “{p.name}”: rate stated {p.execution_rate.stated}, but {p.executed.stated} ÷ "
                     f"{p.budget.stated} = {computed.quantize(Q2)}%"),
            page=p.provenance.page,
        ))
    return flags


@rule("expenditure.over_budget", doc="Spending above the adjusted budget (warning: carry-overs may explain it).")
def over_budget(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    spent, budget = items.get("expenditure_total"), items.get("budget_adjusted")
    flags = []
    if spent and budget and spent.value > budget.value + spent.figure.tolerance + budget.figure.tolerance:
        flags.append(Flag(
            rule="expenditure.over_budget", severity=Severity.WARNING,
            items=("expenditure_total", "budget_adjusted"), expected=budget.value, stated=spent.value,
            message=f"spending {spent.figure.stated} exceeds the adjusted budget {budget.figure.stated} "
                    f"by {yuan_as_wan(spent.value - budget.value)}",
            page=spent.provenance.page,
        ))
    for p in facts.projects:
        if p.budget and p.executed and p.executed.value > p.budget.value + p.executed.tolerance + p.budget.tolerance:
            flags.append(Flag(
                rule="expenditure.over_budget", severity=Severity.WARNING,
                items=("projects.executed", "projects.budget"), expected=p.budget.value, stated=p.executed.value,
                message=f"project “{p.name}” spent {p.executed.stated}, above its budget {p.budget.stated}",
                page=p.provenance.page,
            ))
    return flags


@rule("rates.unmatched", doc="A stated money rate (支付率, 到位率, 使用率, 发放率) equals the ratio of two "
                             "figures of the report.")
def unmatched_rates(facts: ReportFacts) -> list[Flag]:
    flags = []
    report_figures = [b.figure for b in facts.budget_items if b.item != "execution_rate" and b.scope is None]
    report_figures += [f for p in facts.projects for f in (p.budget, p.executed) if f is not None]
    for b in facts.breakdowns:
        if b.kind != "rate" or not b.parts:
            continue
        candidates = [f for _, f in b.parts] + report_figures
        if any(_ratio_matches(b.total, a, c) for a in candidates for c in candidates):
            continue
        flags.append(Flag(
            rule="rates.unmatched", severity=Severity.ERROR, items=("execution_rate",),
            stated=b.total.value,
            message=(f"{b.total_label} stated {b.total.stated}, but no two figures of the report give that ratio "
                     f"(figures beside it: {'、'.join(f.stated for _, f in b.parts)})"),
            page=b.provenance.page,
        ))
    return flags


def _ratio_matches(rate, numerator, denominator) -> bool:  # type: ignore[no-untyped-def]
    if denominator.value <= 0:
        return False
    computed = numerator.value / denominator.value * HUNDRED
    return abs(computed - rate.value) <= ratio_tolerance(rate, numerator, denominator)
