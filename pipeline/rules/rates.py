"""Stated rates against the figures they are computed from; spending above budget."""
from __future__ import annotations

from decimal import Decimal

from pipeline.rules import register
from pipeline.rules.common import HUNDRED, narrative_items, other_bases_agree, rate_agrees
from schemas.facts import Flag, FlagParam, FlagText, ReportFacts, Severity

Q2 = Decimal("0.01")
# What 执行率 is stated against: the budget; some reports divide by the funds received or revenue.
BUDGETS = ("budget_adjusted", "budget_initial")
OTHER_BASES = ("funds_received", "revenue_total")


def execution_rate(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    rate, spent = items.get("execution_rate"), items.get("expenditure_total")
    bases = BUDGETS + OTHER_BASES if other_bases_agree() else BUDGETS
    budgets = [items[c] for c in bases if c in items]
    if rate is None or spent is None or not budgets:
        return []
    for budget in budgets:
        if budget.value == 0:
            continue
        if rate_agrees(rate.figure, spent.figure, budget.figure):
            return []
    budget = budgets[0]
    if budget.value == 0:
        return []
    computed = (spent.value / budget.value * HUNDRED).quantize(Q2)
    return [Flag(
        rule="execution_rate.stated_vs_computed", severity=Severity.ERROR,
        items=("execution_rate", "expenditure_total", budget.item), expected=computed, stated=rate.value,
        text=FlagText("execution_rate.stated_vs_computed", (
            FlagParam.text("rate", rate.figure.stated), FlagParam.text("spent", spent.figure.stated),
            FlagParam.item("budget_item", budget.item), FlagParam.text("budget", budget.figure.stated),
            FlagParam.percent("computed", computed))),
        page=rate.provenance.page,
    )]


register("execution_rate.stated_vs_computed", execution_rate, doc="Stated 预算执行率 = spending ÷ adjusted budget "
                                                                  "(÷ initial budget, funds received or revenue accepted).")


def project_rates(facts: ReportFacts) -> list[Flag]:
    flags = []
    for p in facts.projects:
        if p.budget is None or p.executed is None or p.execution_rate is None or p.budget.value == 0:
            continue
        if rate_agrees(p.execution_rate, p.executed, p.budget):
            continue
        computed = p.executed.value / p.budget.value * HUNDRED
        flags.append(Flag(
            rule="projects.rate_vs_computed", severity=Severity.ERROR,
            items=("projects.execution_rate", "projects.executed", "projects.budget"),
            expected=computed.quantize(Q2), stated=p.execution_rate.value,
            text=FlagText("projects.rate_vs_computed", (
                FlagParam.text("subject", p.name), FlagParam.text("rate", p.execution_rate.stated),
                FlagParam.text("executed", p.executed.stated), FlagParam.text("budget", p.budget.stated),
                FlagParam.percent("computed", computed.quantize(Q2)))),
            page=p.provenance.page,
        ))
    return flags


register("projects.rate_vs_computed", project_rates, doc="A project's stated rate = its executed ÷ its budget.")


def over_budget(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    spent, budget = items.get("expenditure_total"), items.get("budget_adjusted")
    flags = []
    if spent and budget and spent.value > budget.value + spent.figure.tolerance + budget.figure.tolerance:
        flags.append(Flag(
            rule="expenditure.over_budget", severity=Severity.WARNING,
            items=("expenditure_total", "budget_adjusted"), expected=budget.value, stated=spent.value,
            text=FlagText("expenditure.over_budget", (
                FlagParam.text("spent", spent.figure.stated), FlagParam.text("budget", budget.figure.stated),
                FlagParam.money("excess", spent.value - budget.value, budget.figure))),
            page=spent.provenance.page,
        ))
    for p in facts.projects:
        if p.budget and p.executed and p.executed.value > p.budget.value + p.executed.tolerance + p.budget.tolerance:
            flags.append(Flag(
                rule="expenditure.over_budget", severity=Severity.WARNING,
                items=("projects.executed", "projects.budget"), expected=p.budget.value, stated=p.executed.value,
                text=FlagText("expenditure.over_budget.project", (
                    FlagParam.text("subject", p.name), FlagParam.text("executed", p.executed.stated),
                    FlagParam.text("budget", p.budget.stated))),
                page=p.provenance.page,
            ))
    return flags


register("expenditure.over_budget", over_budget, doc="Spending above the adjusted budget (warning: carry-overs may explain it).")


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
            text=FlagText("rates.unmatched", (
                FlagParam.text("subject", b.total_label), FlagParam.text("rate", b.total.stated),
                FlagParam.names("figures", [f.stated for _, f in b.parts]))),
            page=b.provenance.page,
        ))
    return flags


register("rates.unmatched", unmatched_rates, doc="A stated money rate (支付率, 到位率, 使用率, 发放率) equals the ratio of two "
                                                 "figures of the report.")


def _ratio_matches(rate, numerator, denominator) -> bool:  # type: ignore[no-untyped-def]
    return denominator.value > 0 and rate_agrees(rate, numerator, denominator)
