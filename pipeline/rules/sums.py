"""Parts that must add up to their total (beyond rounding only)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from pipeline.rules import register
from pipeline.rules.common import narrative_items, parts_flag, sum_of, sum_tolerance
from pipeline.rules.unread import unread_gap_figure
from schemas.facts import BudgetItem, Flag, FlagParam, FlagText, ReportFacts, Severity

REVENUE_SOURCES = ("revenue_general_budget", "revenue_gov_fund", "revenue_state_capital",
                   "revenue_special_account", "revenue_carryover", "revenue_other")
FUND_LEVELS = ("funds_central", "funds_provincial", "funds_local")
ECONOMIC_CLASSES = ("expenditure_wages", "expenditure_goods_services", "expenditure_household_subsidies",
                    "expenditure_capital")


def _present(items: dict, codes: tuple[str, ...]) -> list:
    return [items[c] for c in codes if c in items]


def _against_any(rule_id: str, parts: list, totals: list, label: str) -> list[Flag]:
    """Parts that add up to none of the totals they may describe: one flag, against the first."""
    if len(parts) < 2:
        return []
    missed = [f for f in (parts_flag(rule_id, parts, total, label) for total in totals) if f is not None]
    return missed[:1] if len(missed) == len(totals) else []


def revenue_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    totals = _present(items, ("revenue_total", "budget_adjusted", "funds_received", "budget_initial"))
    sources = _present(items, REVENUE_SOURCES)
    flags = _against_any("revenue.parts_sum", sources, totals, "revenue_by_source")
    # 本年收入合计 is the year's revenue: the carry-over from last year stands beside it, not in it
    # (收入总计 = 本年收入合计 + 上年结转), though some reports count it in
    this_year = [p for p in sources if p.item != "revenue_carryover"]
    if flags and "revenue_total" in items:
        total = items["revenue_total"]
        apart = _against_any("revenue.parts_sum", this_year, [total], "revenue_by_source")
        # the year's sources add up without it, or fall short by exactly a figure no item took
        if not apart or unread_gap_figure(total.value - sum_of(this_year), [*this_year, total], facts) is not None:
            return apart
    if flags and len(this_year) >= 2 and any(_adds_up(this_year, total) for total in totals):
        return []  # `收入决算数92.50万元，其构成为…64.53万元…27.97万元` beside `年初结转和结余19.77万元`: the year's own
    return flags


def _adds_up(parts: list[BudgetItem], total: BudgetItem) -> bool:
    return abs(sum_of(parts) - total.value) <= sum_tolerance(*(p.figure for p in parts), total.figure)


register("revenue.parts_sum", revenue_parts, doc="Revenue by source adds up to 收入合计, the adjusted or initial budget, "
                                                 "or the funds received (whichever it describes).")


def fund_levels(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    totals = _present(items, ("budget_adjusted", "funds_received", "revenue_total", "budget_initial",
                              "revenue_general_budget"))  # the year's appropriation, carry-overs apart
    return _against_any("funds.levels_sum", _present(items, FUND_LEVELS), totals,
                        "fund_levels")


register("funds.levels_sum", fund_levels, doc="中央 + 省级 + 市县 funds add up to the adjusted budget, the funds received "
                                              "or the revenue (whichever they describe).")


def expenditure_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    total = items.get("expenditure_total")
    parts = _present(items, ("expenditure_basic", "expenditure_project"))
    if "expenditure_basic" not in items:
        parts = _present(items, ("expenditure_personnel", "expenditure_public", "expenditure_project"))
        if len(parts) < 3:
            return []
    if total is None:
        return []
    # A form's 按支出性质分 splits the budget column (基本支出 + 项目支出 = 全年预算数): parts that add up
    # to a budget figure describe it, not the spending, unless they follow the spending as its parts
    # (`本年支出2.03万元，其中基本支出…项目支出…`)
    budgets = [] if _follows(total, parts) else _present(items, ("budget_adjusted", "budget_initial"))
    return _against_any("expenditure.parts_sum", parts, [total, *budgets], "basic_project_spending")


PARTS_REACH = 80  # characters after a total within which its 其中 parts stand


def _follows(total: BudgetItem, parts: list[BudgetItem]) -> bool:
    """The parts stand right after the total, on its page: its own 其中 list."""
    end = total.provenance.char_end
    return end is not None and all(
        p.provenance.page == total.provenance.page and p.provenance.char_start is not None
        and end <= p.provenance.char_start <= end + PARTS_REACH for p in parts)


register("expenditure.parts_sum", expenditure_parts, doc="基本支出 + 项目支出 = total spending, or the budget they split "
                                                         "(人员经费 + 公用经费 + 项目支出 where 基本支出 is not stated).")


def basic_parts(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ("expenditure_personnel", "expenditure_public"))
    total = items.get("expenditure_basic")
    if len(parts) < 2 or total is None:
        return []
    flag = parts_flag("expenditure.basic_parts_sum", parts, total, "personnel_public_spending")
    return [flag] if flag else []


register("expenditure.basic_parts_sum", basic_parts, doc="人员经费 + 公用经费 = 基本支出.")


def economic_classes(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ECONOMIC_CLASSES)
    if len(parts) < 3:
        return []
    total_parts = sum_of(parts)
    if "expenditure_total" not in items:
        # Classes may describe total or basic spending. Without the total, only classes that fall
        # short of 基本支出 by a sliver (under 1%) are read as its parts.
        basic = items.get("expenditure_basic")
        if basic is None:
            return []
        if not (basic.value * Decimal("0.99") <= total_parts <= basic.value):
            return []
        flag = parts_flag("expenditure.economic_sum", parts, basic, "economic_classes_of_basic")
        return [flag] if flag else []
    totals = [items[c] for c in ("expenditure_total", "expenditure_basic") if c in items]
    missed = [(abs(total_parts - t.value), f) for t in totals
              if (f := parts_flag("expenditure.economic_sum", parts, t, "economic_classes")) is not None]
    if len(missed) < len(totals):
        return []  # they add up to one of them
    return [min(missed, key=lambda m: m[0])[1]]  # against the total they come closest to


register("expenditure.economic_sum", economic_classes,
         doc="Economic classes add up to total spending (or, when so worded, to 基本支出).")


def adjustment(facts: ReportFacts) -> list[Flag]:
    items = narrative_items(facts)
    parts = _present(items, ("budget_initial", "budget_addition"))
    reductions = [replace(b, figure=b.figure.negated()) for b in facts.budget_items if b.scope == "budget_reduction"]
    total = items.get("budget_adjusted")
    if len(parts) < 2 or total is None:
        return []
    flag = parts_flag("budget.adjustment_sum", parts + reductions, total, "initial_plus_adjustment")
    return [flag] if flag else []


register("budget.adjustment_sum", adjustment, doc="年初预算 + 调整追加 − 调减 = 调整后预算.")


def evaluated_coverage(facts: ReportFacts) -> list[Flag]:
    scopes = [b for b in facts.budget_items if b.scope and b.scope.startswith("evaluated:")]
    total = narrative_items(facts).get("expenditure_project")
    if not scopes or total is None or any(b.scope != "evaluated:100" for b in scopes):
        return []
    covered = sum_of(scopes)
    tolerance = sum_tolerance(*(b.figure for b in scopes), total.figure)
    if abs(covered - total.value) <= tolerance:
        return []
    return [Flag(
        rule="projects.evaluated_coverage", severity=Severity.ERROR,
        items=("expenditure_project",), expected=covered, stated=total.value,
        text=FlagText("projects.evaluated_coverage", (
            FlagParam.money("covered", covered, total.figure), FlagParam.text("total", total.figure.stated))),
        page=scopes[0].provenance.page,
    )]


register("projects.evaluated_coverage", evaluated_coverage, doc="Funds the self-evaluation says cover 100% of 项目支出 add up to the stated 项目支出.")


# What a balance may be left of: the year's budget, the funds received, the revenue (each with or
# without the carry-over from last year added, which some reports count in and some do not).
BALANCE_BASES = ("budget_adjusted", "funds_received", "revenue_total", "budget_initial")


def balance(facts: ReportFacts) -> list[Flag]:
    """结余 = what was there to spend − what was spent, for one of the bases the report may mean."""
    items = narrative_items(facts)
    left, spent = items.get("balance_carryforward"), items.get("expenditure_total")
    bases = _present(items, BALANCE_BASES)
    if left is None or spent is None or not bases:
        return []
    spending = replace(spent, figure=spent.figure.negated())
    carryover = items.get("revenue_carryover")
    candidates = [[base, spending] for base in bases]
    candidates += [[base, carryover, spending] for base in bases if carryover is not None]
    missed = [f for f in (parts_flag("budget.balance", parts, left, "budget_less_spending") for parts in candidates)
              if f is not None]
    return missed[:1] if len(missed) == len(candidates) else []


register("budget.balance", balance, doc="结转结余 = the year's budget (or funds received, or revenue, with or "
                                        "without last year's carry-over) − spending.")
