"""Rules on 绩效自评表 figures: does each table agree with itself?

Budget items read from a table carry `provenance.extractor == "tables"` and the
table's (page, index); when a narrative figure equal to it won the resolution,
the table's provenance is among its corroborations. Indicators carry their
project (None for the department's own table). Tolerances come from the written
precision (`Figure.tolerance`); a sum may miss by the sum of its addends'.

Severities: a table contradicting its own stated figures is an error — a total
row that is not the sum of its 其中 rows (funds by source or level, and spending
by kind, each on its own), a stated 执行率 that is not 执行数 ÷ 预算数, a score
above its 分值, level-1 points (`产出指标(50分)`) that are not the sum of their
rows' 分值, row scores that do not add up to the stated total. Conventions that
differ by province, or readings that may be innocent, are warnings: 执行率得分 =
分值 × 执行率; weights adding up to 100; points for a missed target (or
deducted for a met one); a lone 其中 row below its total (it may list a part).
Two-level funds blocks (scope `nested:`) are not summed: which row splits which
is not written down. A stated total that equals the indicators' scores without
the 执行率 row is accepted (some tables score execution apart).
"""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from pipeline.rules import register
from pipeline.rules.common import HUNDRED, rate_agrees, sum_tolerance
from schemas.facts import (
    EXECUTION_LEVEL1,
    NESTED_SCOPE,
    PROJECT_SCOPE,
    Basis,
    BudgetItem,
    Flag,
    FlagParam,
    FlagText,
    Indicator,
    ReportFacts,
    ReportKind,
    Severity,
)
from schemas.figures import Figure

TABLE_EXTRACTOR = "tables"
EXECUTION_INDICATOR = "预算执行率"
TOTAL_BY_BASIS = {Basis.INITIAL: "budget_initial", Basis.ADJUSTED: "budget_adjusted",
                  Basis.EXECUTED: "expenditure_total"}
COLUMN_NAMES = {Basis.INITIAL: "年初预算数", Basis.ADJUSTED: "全年预算数", Basis.EXECUTED: "全年执行数"}
SPENDING_PARTS = frozenset({"expenditure_basic", "expenditure_project"})
NESTED_PARTS = frozenset({"expenditure_personnel", "expenditure_public"})
FULL_MARKS = Decimal(100)
Q2 = Decimal("0.01")

TableKey = tuple[int | None, int]


def _table_keys(item: BudgetItem) -> set[TableKey]:
    return {(p.page, p.table) for p in (item.provenance, *item.corroborations)
            if p.extractor == TABLE_EXTRACTOR and p.table is not None}


def table_items(facts: ReportFacts) -> dict[TableKey, list[BudgetItem]]:
    """Budget items per source table (an item the narrative also states belongs to its table too)."""
    groups: dict[TableKey, list[BudgetItem]] = defaultdict(list)
    for item in facts.budget_items:
        for key in _table_keys(item):
            groups[key].append(item)
    return dict(groups)


def _label(item: BudgetItem) -> str:
    if item.scope and item.scope.startswith("table_row:"):
        return item.scope.split(":", 1)[1] or item.item
    return item.item


def funds_total(facts: ReportFacts) -> list[Flag]:
    flags = []
    for (page, _), items in sorted(table_items(facts).items(), key=lambda kv: (kv[0][0] or 0, kv[0][1])):
        for basis, total_code in TOTAL_BY_BASIS.items():
            total = next((b for b in items if b.item == total_code and b.basis is None), None)
            if total is None:
                continue
            column = [b for b in items if b.basis == basis and not (b.scope or "").startswith(NESTED_SCOPE)]
            for family in _families(column):
                flags.extend(_sum_flag(total, family, basis, page))
    return flags


register("table.funds_total", funds_total, doc="A funds table's 年度资金总额 row = the sum of its 其中 rows, in every money column.")


def _families(parts: list[BudgetItem]) -> list[list[BudgetItem]]:
    """Rows that each add up to the total: the funds by source (or level), and spending by kind.

    人员经费/公用经费 split 基本支出, not the total, so they are no addends here.
    """
    spending = [p for p in parts if p.item in SPENDING_PARTS]
    sources = [p for p in parts if p.item not in SPENDING_PARTS and p.item not in NESTED_PARTS]
    return [f for f in (sources, spending) if f]


def _sum_flag(total: BudgetItem, parts: list[BudgetItem], basis: Basis, page: int | None) -> list[Flag]:
    stated_sum = sum((p.value for p in parts), Decimal(0))
    tolerance = sum_tolerance(total.figure, *(p.figure for p in parts))
    if abs(stated_sum - total.value) <= tolerance:
        return []
    # One 其中 row below its total may list a part only; a lone row above it, or several rows
    # that miss it, contradict the total.
    partial = len(parts) == 1 and stated_sum < total.value
    return [Flag(
        rule="table.funds_total", severity=Severity.WARNING if partial else Severity.ERROR,
        items=(total.item, *dict.fromkeys(p.item for p in parts)),
        expected=stated_sum, stated=total.value, page=page,
        text=FlagText("table.funds_total", (
            FlagParam.term("subject", f"basis.{basis.value}"),
            FlagParam.addends("addends", [(_label(p), p.figure.stated) for p in parts]),
            FlagParam.money("sum", stated_sum, total.figure), FlagParam.text("total", total.figure.stated),
            FlagParam.money("difference", stated_sum - total.value, total.figure))),
    )]


def execution_rate(facts: ReportFacts) -> list[Flag]:
    flags = []
    for (page, _), items in table_items(facts).items():
        by_code = {b.item: b for b in items if b.basis is None}
        rate, spent = by_code.get("execution_rate"), by_code.get("expenditure_total")
        budget = by_code.get("budget_adjusted") or by_code.get("budget_initial")
        if rate is None or spent is None or budget is None or budget.value == 0:
            continue
        if rate_agrees(rate.figure, spent.figure, budget.figure) or _a_projects_own(facts, rate, spent, budget):
            continue
        computed = spent.value / budget.value * HUNDRED
        flags.append(Flag(
            rule="table.execution_rate", severity=Severity.ERROR,
            items=("execution_rate", "expenditure_total", budget.item),
            expected=computed.quantize(Q2), stated=rate.value, page=page,
            text=FlagText("table.execution_rate", (
                FlagParam.text("rate", rate.figure.stated), FlagParam.text("spent", spent.figure.stated),
                FlagParam.text("budget", budget.figure.stated), FlagParam.percent("computed", computed.quantize(Q2)))),
        ))
    return flags


def _a_projects_own(facts: ReportFacts, rate: BudgetItem, spent: BudgetItem, budget: BudgetItem) -> bool:
    """The rate, spending and budget of one project's own table (a form annexed to a department's report) that its
    projects row states too: `projects.rate_vs_computed` checks that same arithmetic, once."""
    scope = rate.scope
    if scope is None or not scope.startswith(PROJECT_SCOPE) or spent.scope != scope or budget.scope != scope:
        return False
    name = scope[len(PROJECT_SCOPE):]
    return any(p.name == name and p.execution_rate is not None and p.executed is not None and p.budget is not None
               and (p.execution_rate.value, p.executed.value, p.budget.value) == (rate.value, spent.value, budget.value)
               for p in facts.projects)


register("table.execution_rate", execution_rate, doc="A funds table's stated 执行率 = its 全年执行数 ÷ 全年预算数 (÷ 年初预算数 without one).")


def _is_execution(ind: Indicator) -> bool:
    return ind.name == EXECUTION_INDICATOR and ind.provenance.extractor == TABLE_EXTRACTOR


def _half_unit(text: str | None) -> Decimal:
    m = re.search(r"\d+(?:\.(\d+))?", text or "")
    decimals = len(m.group(1)) if m and m.group(1) else 0
    return Decimal(5).scaleb(-(decimals + 1))


def execution_score(facts: ReportFacts) -> list[Flag]:
    flags = []
    for ind in facts.indicators:
        if not _is_execution(ind) or ind.weight is None or ind.score is None or ind.actual_value is None:
            continue
        expected = min(ind.weight.value, ind.weight.value * ind.actual_value / HUNDRED)
        tolerance = ind.score.tolerance + ind.weight.value * _half_unit(ind.actual) / HUNDRED
        if abs(expected - ind.score.value) <= tolerance:
            continue
        flags.append(Flag(
            rule="table.execution_score", severity=Severity.WARNING, items=("indicators.score", "execution_rate"),
            expected=expected.quantize(Q2), stated=ind.score.value, page=ind.provenance.page,
            text=FlagText("table.execution_score" + (".project" if ind.project else ""), (
                FlagParam.text("subject", ind.project or ""), FlagParam.text("score", ind.score.stated),
                FlagParam.text("weight", ind.weight.stated), FlagParam.text("rate", ind.actual),
                FlagParam.number("expected", expected.quantize(Q2)))),
        ))
    return flags


register("table.execution_score", execution_score, doc="执行率得分 ≈ 分值 × 执行率, capped at 分值 (warning: provinces score execution differently).")


def indicator_score(facts: ReportFacts) -> list[Flag]:
    flags = []
    for ind in facts.indicators:
        if ind.weight is None or ind.score is None:
            continue
        if ind.score.value <= ind.weight.value + ind.score.tolerance + ind.weight.tolerance:
            continue
        flags.append(Flag(
            rule="table.indicator_score", severity=Severity.ERROR, items=("indicators.score", "indicators.weight"),
            expected=ind.weight.value, stated=ind.score.value, page=ind.provenance.page,
            text=FlagText("table.indicator_score", (
                FlagParam.text("subject", ind.name), FlagParam.text("score", ind.score.stated),
                FlagParam.text("weight", ind.weight.stated))),
        ))
    return flags


register("table.indicator_score", indicator_score, doc="An indicator's 得分 is at most its 分值/权重.")


def indicator_groups(facts: ReportFacts) -> dict[str | None, list[Indicator]]:
    """Table indicators per project (None: the department's own table)."""
    groups: dict[str | None, list[Indicator]] = defaultdict(list)
    for ind in facts.indicators:
        if ind.provenance.extractor == TABLE_EXTRACTOR:
            groups[ind.project].append(ind)
    return dict(groups)


def _level1_points(group: list[Indicator]) -> dict[str, Decimal]:
    """Points stated for a level-1 block: its own row's 分值, or its label (`产出指标(50分)`)."""
    out: dict[str, Decimal] = {i.name: i.weight.value for i in group if i.level_row and i.weight is not None}
    for ind in group:
        if not ind.level1 or ind.level1 in out:
            continue
        m = re.search(re.escape(ind.level1) + r"\s*[(（]?\s*(\d+(?:\.\d+)?)\s*分", ind.provenance.evidence)
        if m:
            out[ind.level1] = Decimal(m.group(1))
    return out


def weights_sum(facts: ReportFacts) -> list[Flag]:
    groups = indicator_groups(facts)
    stated = stated_weight_total(facts, groups)
    flags = [] if stated is None else stated
    for project, everything in groups.items():
        group = _leaves(everything)
        weighted = [i for i in group if i.weight is not None]
        if len(weighted) < 2 or len(weighted) < len(group):
            continue
        variant = ".project" if project else ""
        for level1, points in _level1_points(everything).items():
            rows = [i.weight for i in group if i.level1 == level1 and i.weight is not None and not i.level_row]
            if not rows:
                continue  # a block stated with no rows of its own under it: nothing to add up
            total = sum((w.value for w in rows), Decimal(0))
            if abs(total - points) > sum_tolerance(*rows):
                flags.append(Flag(
                    rule="table.weights_sum", severity=Severity.ERROR, items=("indicators.weight", level1),
                    expected=total, stated=points, page=group[0].provenance.page,
                    text=FlagText("table.weights_sum.level1" + variant, (
                        FlagParam.text("subject", project or ""), FlagParam.text("level1", level1),
                        FlagParam.number("points", points), FlagParam.number("total", total))),
                ))
        weights = [i.weight for i in weighted if i.weight is not None]
        total = sum((w.value for w in weights), Decimal(0))
        if stated is None and abs(total - FULL_MARKS) > sum_tolerance(*weights):
            flags.append(Flag(
                rule="table.weights_sum", severity=Severity.WARNING, items=("indicators.weight",),
                expected=FULL_MARKS, stated=total, page=group[0].provenance.page,
                text=FlagText("table.weights_sum.total" + variant, (
                    FlagParam.text("subject", project or ""), FlagParam.number("total", total))),
            ))
    return flags


register("table.weights_sum", weights_sum, doc="Weights add up to the total row's stated 分值 (error; to 100 without one: "
                                             "warning) and to each stated level-1 block's points (error).")


def stated_weight_total(facts: ReportFacts, groups: dict[str | None, list[Indicator]]) -> list[Flag] | None:
    """The weights of a form against the 分值 its total row states: an error when no reading of the
    form's rows reaches it. The rows may be the department's own, one project's, or both (a form's
    预算执行率 row, read from its funds block, carries the project's name). None when the report
    states no total or its tables score more than one project (whose total would it be)."""
    stated = facts.meta.weight_total
    named = [p for p in groups if p is not None]
    if stated is None or not 0 < stated <= FULL_MARKS or len(named) > 1:
        return None
    readings = [[i for key in keys for i in _leaves(groups[key])]
                for keys in ([None], named, [None, *named]) if keys and all(k in groups for k in keys)]
    # ... and each without the row the funds block gives: `合计 | 90` may total the indicators alone,
    # unless the stated score is the sum of the scores with that row (the row is in the total, then)
    readings += [[i for i in rows if i.level1 != EXECUTION_LEVEL1] for rows in readings
                 if any(i.level1 == EXECUTION_LEVEL1 for i in rows) and not _scored_with_execution(facts, rows)]
    readings = [rows for rows in readings if len(rows) >= 2 and all(i.weight is not None for i in rows)]
    if not readings:
        return None
    sums = []
    for rows in readings:
        weights = [i.weight for i in rows if i.weight is not None]
        total = sum((w.value for w in weights), Decimal(0))
        if abs(total - stated) <= sum_tolerance(*weights):
            return []
        sums.append(total)
    return [Flag(
        rule="table.weights_sum", severity=Severity.ERROR, items=("indicators.weight",),
        expected=sums[0], stated=stated, page=readings[0][0].provenance.page,
        text=FlagText("table.weights_sum.stated", (FlagParam.number("total", sums[0]), FlagParam.number("stated", stated))),
    )]


def _scored_with_execution(facts: ReportFacts, rows: list[Indicator]) -> bool:
    """The score the form's total row states is the sum of these rows' scores, the execution row's among
    them, and not the sum without it: that row counts the execution row. (A score the narrative states
    says nothing of what the row totals.)"""
    stated = facts.meta.self_score
    where = facts.meta.provenance.get("self_score")
    if stated is None or where is None or where.table is None or any(i.score is None for i in rows):
        return False
    total = _stated_total(stated)
    scores = [i.score for i in rows if i.score is not None]
    others = [i.score for i in rows if i.score is not None and i.level1 != EXECUTION_LEVEL1]
    return (abs(sum((s.value for s in scores), Decimal(0)) - stated) <= sum_tolerance(total, *scores)
            and abs(sum((s.value for s in others), Decimal(0)) - stated) > sum_tolerance(total, *others))


def _leaves(group: list[Indicator]) -> list[Indicator]:
    """The rows that are scored one by one: first-level rows only when there are no others."""
    leaves = [i for i in group if not i.level_row]
    return leaves or group


def level_sum(facts: ReportFacts) -> list[Flag]:
    flags = []
    for project, group in indicator_groups(facts).items():
        for level in group:
            if not level.level_row or level.score is None:
                continue
            rows = [i.score for i in group if not i.level_row and i.level1 == level.name]
            if len(rows) < 2 or any(s is None for s in rows):
                continue
            scores = [s for s in rows if s is not None]
            total = sum((s.value for s in scores), Decimal(0))
            if abs(total - level.score.value) <= sum_tolerance(level.score, *scores):
                continue
            flags.append(Flag(
                rule="table.level_sum", severity=Severity.ERROR, items=("indicators.score", level.name),
                expected=total, stated=level.score.value, page=level.provenance.page,
                text=FlagText("table.level_sum" + (".project" if project else ""), (
                    FlagParam.text("subject", project or ""), FlagParam.text("level1", level.name),
                    FlagParam.text("score", level.score.stated), FlagParam.number("total", total))),
            ))
    return flags


register("table.level_sum", level_sum, doc="A first-level row's 得分 is the sum of its rows' 得分.")


def report_indicators(facts: ReportFacts) -> list[Indicator]:
    """The table indicators scored into the report's own total (a department report's other projects aside)."""
    groups = indicator_groups(facts)
    meta = facts.meta
    if meta.report_kind == ReportKind.PROJECT and meta.project_name in groups:
        return groups[meta.project_name]
    if None in groups:
        return groups[None]
    if len(groups) == 1 and meta.report_kind != ReportKind.DEPARTMENT_OVERALL:
        return next(iter(groups.values()))
    return []


def _stated_total(value: Decimal) -> Figure:
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return Figure(value, str(value), Decimal(5).scaleb(-(decimals + 1)))


def scores_sum(facts: ReportFacts) -> list[Flag]:
    self_score = facts.meta.self_score
    group = _leaves(report_indicators(facts))
    if self_score is None or len(group) < 2 or any(i.score is None for i in group):
        return []
    scores = [i.score for i in group if i.score is not None]
    total = sum((s.value for s in scores), Decimal(0))
    stated = _stated_total(self_score)
    if abs(total - stated.value) <= sum_tolerance(stated, *scores):
        return []
    # Some tables total the indicators only, 执行率 scored apart: that sum agreeing is no contradiction.
    indicators_only = [i.score for i in group if i.score is not None and not _is_execution(i)]
    if len(indicators_only) < len(scores) and abs(sum((s.value for s in indicators_only), Decimal(0)) - stated.value) \
            <= sum_tolerance(stated, *indicators_only):
        return []
    prov = facts.meta.provenance.get("self_score")
    return [Flag(
        rule="table.scores_sum", severity=Severity.ERROR, items=("self_score", "indicators.score"),
        expected=total, stated=self_score, page=prov.page if prov else group[0].provenance.page,
        text=FlagText("table.scores_sum", (
            FlagParam.number("rows", len(scores)), FlagParam.number("total", total),
            FlagParam.number("score", self_score), FlagParam.number("difference", total - self_score))),
    )]


register("table.scores_sum", scores_sum, doc="The rows' 得分 (预算执行率 included) add up to the stated total 总分/自评得分.")


_COMPARE = {
    "≥": lambda a, t: a >= t, ">": lambda a, t: a > t, "≤": lambda a, t: a <= t,
    "<": lambda a, t: a < t, "=": lambda a, t: a == t,
}


_SUFFIX_OPS = re.compile(r"(及以上|以上|及以下|以下|以内|之内)$")


def target_met(ind: Indicator) -> bool | None:
    """Whether the actual value meets the target; None when that cannot be told from the numbers."""
    if ind.target_operator not in _COMPARE or ind.target_value is None or ind.actual_value is None:
        return None
    actual_unit = _SUFFIX_OPS.sub("", re.sub(r"^\D*?[\d.]+", "", ind.actual or ""))
    target_unit = _SUFFIX_OPS.sub("", re.sub(r"^\D*?[\d.]+", "", ind.target or ""))
    if actual_unit and target_unit and actual_unit != target_unit:
        return None  # `≥1万人` against `12000人`: not comparable without converting
    return bool(_COMPARE[ind.target_operator](ind.actual_value, ind.target_value))


def target_vs_score(facts: ReportFacts) -> list[Flag]:
    flags = []
    for ind in facts.indicators:
        if _is_execution(ind) or ind.weight is None or ind.score is None:
            continue
        met = target_met(ind)
        if met is None:
            continue
        full = ind.score.value >= ind.weight.value - ind.score.tolerance
        if met == full:
            continue
        flags.append(Flag(
            rule="table.target_vs_score", severity=Severity.WARNING, items=("indicators.score", "indicators.actual"),
            expected=ind.weight.value if met else None, stated=ind.score.value, page=ind.provenance.page,
            text=FlagText("table.target_vs_score." + ("missed_full" if full else "met_deducted"), (
                FlagParam.text("subject", ind.name), FlagParam.text("target", ind.target),
                FlagParam.text("actual", ind.actual), FlagParam.text("score", ind.score.stated),
                FlagParam.text("weight", ind.weight.stated))),
        ))
    return flags


register("table.target_vs_score", target_vs_score, doc="A missed target with full points, or a met target with points deducted (warning).")
