"""Parts that must add up to their total (beyond rounding only)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pipeline.rules import rule
from pipeline.rules.common import narrative_items, parts_flag, sum_tolerance
from schemas.facts import Flag, FlagParam, FlagText, ReportFacts, Severity

REVENUE_SOURCES = ("revenue_general_budget", "revenue_gov_fund", "revenue_state_capital",
                   "revenue_special_account", "revenue_carryover", "revenue_other")
FUND_LEVELS = ("funds_central", "funds_provincial", "funds_local")
ECONOMIC_CLASSES = ("expenditure_wages", "expenditure_goods_services", "expenditure_household_subsidies",
                    "expenditure_capital")


def _present(items: dict, codes: tuple[str, ...]) -> list:
    return [items[c] for c in codes if c in items]


def _against_any(rule_id: str, facts: ReportFacts, parts: list, totals: list, label: str) -> list[Flag]:
    """Parts that add up to none of the totals they may describe: one flag, against the first."""
    if len(parts) < 2 or not totals:
        return []
    flags = [parts_flag(rule_id, facts, parts, total, label) for total in totals]
    if any(f is None for f in flags):
        return []
    return [flags[0]] if flags[0] else []


@rule("revenue.parts_sum", doc="Revenue by source adds up to 收入合计, the adjusted or initial budget, "
                               "or the funds received (whichever it describes).")
def revenue_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    totals = _present(items, ("revenue_total", "budget_adjusted", "funds_received", "budget_initial"))
    return _against_any("revenue.parts_sum", facts, _present(items, REVENUE_SOURCES), totals, "revenue_by_source")


@rule("funds.levels_sum", doc="中央 + 省级 + 市县 funds add up to the adjusted budget, the funds received "
                              "or the revenue (whichever they describe).")
def fund_levels(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    totals = _present(items, ("budget_adjusted", "funds_received", "revenue_total", "budget_initial",
                              "revenue_general_budget"))  # the year's appropriation, carry-overs apart
    return _against_any("funds.levels_sum", facts, _present(items, FUND_LEVELS), totals,
                        "fund_levels")


@rule("expenditure.parts_sum", doc="基本支出 + 项目支出 = total spending "
                                    "(人员经费 + 公用经费 + 项目支出 where 基本支出 is not stated).")
def expenditure_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    total = items.get("expenditure_total")
    parts = _present(items, ("expenditure_basic", "expenditure_project"))
    if "expenditure_basic" not in items:
        parts = _present(items, ("expenditure_personnel", "expenditure_public", "expenditure_project"))
        if len(parts) < 3:
            return []
    if len(parts) < 2 or total is None:
        return []
    flag = parts_flag("expenditure.parts_sum", facts, parts, total, "basic_project_spending")
    return [flag] if flag else []


@rule("expenditure.basic_parts_sum", doc="人员经费 + 公用经费 = 基本支出.")
def basic_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ("expenditure_personnel", "expenditure_public"))
    total = items.get("expenditure_basic")
    if len(parts) < 2 or total is None:
        return []
    flag = parts_flag("expenditure.basic_parts_sum", facts, parts, total, "personnel_public_spending")
    return [flag] if flag else []


@rule("expenditure.economic_sum", doc="Economic classes add up to total spending (or, when so worded, to 基本支出).")
def economic_classes(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ECONOMIC_CLASSES)
    if len(parts) < 3:
        return []
    if "expenditure_total" not in items:
        # Classes may describe total or basic spending. Without the total, only classes that fall
        # short of 基本支出 by a sliver (under 1%) are read as its parts.
        basic = items.get("expenditure_basic")
        if basic is None:
            return []
        total_parts = sum((p.value for p in parts), Decimal(0))
        if not (basic.value * Decimal("0.99") <= total_parts <= basic.value):
            return []
        flag = parts_flag("expenditure.economic_sum", facts, parts, basic, "economic_classes_of_basic")
        return [flag] if flag else []
    totals = [items[c] for c in ("expenditure_total", "expenditure_basic") if c in items]
    flags = [parts_flag("expenditure.economic_sum", facts, parts, t, "economic_classes") for t in totals]
    if not totals or any(f is None for f in flags):
        return []
    found = [f for f in flags if f is not None]
    closest = min(found, key=lambda f: abs((f.expected or Decimal(0)) - (f.stated or Decimal(0))))
    return [closest]


@rule("budget.adjustment_sum", doc="年初预算 + 调整追加 − 调减 = 调整后预算.")
def adjustment(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ("budget_initial", "budget_addition"))
    reductions = [replace(b, figure=b.figure.negated()) for b in facts.budget_items if b.scope == "budget_reduction"]
    total = items.get("budget_adjusted")
    if len(parts) < 2 or total is None:
        return []
    flag = parts_flag("budget.adjustment_sum", facts, parts + reductions, total, "initial_plus_adjustment")
    return [flag] if flag else []


@rule("projects.evaluated_coverage",
      doc="Funds the self-evaluation says cover 100% of 项目支出 add up to the stated 项目支出.")
def evaluated_coverage(facts: ReportFacts) -> list[Flag]:
    scopes = [b for b in facts.budget_items if b.scope and b.scope.startswith("evaluated:")]
    total = narrative_items(facts).get("expenditure_project")
    if not scopes or total is None or any(b.scope != "evaluated:100" for b in scopes):
        return []
    covered = sum((b.value for b in scopes), start=type(total.value)(0))
    tolerance = sum_tolerance(*(b.figure for b in scopes), total.figure)
    if abs(covered - total.value) <= tolerance:
        return []
    return [Flag(
        rule="projects.evaluated_coverage", severity=Severity.ERROR,
        items=("expenditure_project",), expected=covered, stated=total.value,
        text=FlagText("projects.evaluated_coverage", (
            FlagParam.money("covered", covered, total.figure.stated), FlagParam.text("total", total.figure.stated))),
        page=scopes[0].provenance.page,
    )]
