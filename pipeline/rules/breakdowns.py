"""Listed parts against their stated total: amounts, counts, named lists, grade buckets."""
from __future__ import annotations

from decimal import Decimal

from pipeline.rules import register
from pipeline.rules.common import narrative_items, sum_tolerance
from schemas.facts import Breakdown, Flag, FlagParam, FlagText, ReportFacts, Severity
from schemas.figures import Figure


def _show(name: str, value: Decimal, b: Breakdown) -> FlagParam:
    """Money (unit 元: stored in yuan) in the total's written unit; counts with their measure word."""
    if b.unit == "元":
        return FlagParam.money(name, value, b.total)
    return FlagParam.number(name, value, b.unit)


def _items(b: Breakdown, facts: ReportFacts | None = None) -> tuple[str, ...]:
    """The total's item, what the parts are, and `breakdown`; a projects listing whose 合计 is the
    report's 项目支出 names that too."""
    named = ((b.item,) if b.item else ()) + ((b.parts_item,) if b.parts_item else ())
    if facts is not None and b.parts_item == "projects.executed":
        items = narrative_items(facts)
        # a department's 项目支出, or a project report's own spending (its sub-projects listed)
        stated = [code for code in ("expenditure_project", "expenditure_total") if code in items
                  and abs(items[code].value - b.total.value) <= sum_tolerance(items[code].figure, b.total)]
        named = (*stated[:1], *named)
    return named + ("breakdown",)


def parts_sum(facts: ReportFacts) -> list[Flag]:
    flags = []
    for b in facts.breakdowns:
        if b.kind != "sum":
            continue
        total_parts = sum((f.value for _, f in b.parts), Decimal(0))
        tolerance = sum_tolerance(b.total, *(f for _, f in b.parts))
        gap = total_parts - b.total.value
        # a table's total row is over all its rows: no leading parts stand for it
        if abs(gap) <= tolerance or (b.parts_item is None and (_a_prefix_adds_up(b) or _one_part_is_an_aside(b, gap))):
            continue
        severity = Severity.ERROR if (b.exhaustive or gap > 0) else Severity.WARNING
        flags.append(Flag(
            rule="breakdown.parts_sum", severity=severity, items=_items(b, facts),
            expected=total_parts, stated=b.total.value,
            text=FlagText("breakdown.parts_sum", (
                FlagParam.text("subject", b.total_label), FlagParam.text("total", b.total.stated),
                FlagParam.names("parts", [f"{label}{f.stated}" for label, f in b.parts]),
                _show("sum", total_parts, b))),
            page=b.provenance.page,
        ))
    return flags


register("breakdown.parts_sum", parts_sum, doc="Parts listed after a total (其中/分别为/包括/主要用于) add up to it; "
                                               "under `其中` a shortfall is only a warning.")


def _a_prefix_adds_up(b: Breakdown) -> bool:
    """`案件628件，其中刑事214件、民事414件、热线转办213件`: the first parts make the total; the rest is news."""
    figures = [f for _, f in b.parts]
    return any(_adds_up(b.total, figures[:n]) for n in range(2, len(figures)))


def _one_part_is_an_aside(b: Breakdown, gap: Decimal) -> bool:
    """`支出合计1,248.65万元，其中基本支出832.17万元、项目支出416.48万元、人员经费705.12万元`: the parts run over
    the total by exactly one of them, whose figure no other part repeats; the others add up, so that one is a
    part of a part or an aside (last year's figure), not a second total. A list short of its total, or over
    it by no single part, is still wrong."""
    if gap <= 0 or len(b.parts) < 3:
        return False
    figures = [f for _, f in b.parts]
    asides = [k for k in range(len(figures)) if _adds_up(b.total, figures[:k] + figures[k + 1:])]
    return len(asides) == 1 and sum(1 for f in figures if f.value == figures[asides[0]].value) == 1


def _adds_up(total: Figure, parts: list[Figure]) -> bool:
    return abs(sum((f.value for f in parts), Decimal(0)) - total.value) <= sum_tolerance(total, *parts)


def count_list(facts: ReportFacts) -> list[Flag]:
    flags = []
    for b in facts.breakdowns:
        if b.kind != "count" or Decimal(len(b.parts)) == b.total.value:
            continue
        flags.append(Flag(
            rule="breakdown.count_list", severity=Severity.ERROR, items=("breakdown",),
            expected=Decimal(len(b.parts)), stated=b.total.value,
            text=FlagText("breakdown.count_list", (
                # `10个` already says what it counts when its label is the measure word itself
                FlagParam.text("subject", "" if b.total.stated.endswith(b.total_label) else b.total_label),
                FlagParam.text("total", b.total.stated),
                FlagParam.number("listed", len(b.parts)), FlagParam.names("names", [n for n, _ in b.parts]))),
            page=b.provenance.page,
        ))
    return flags


register("breakdown.count_list", count_list, doc="A stated number of things equals the names listed (`3个，分别是A、B、C`).")


def grade_buckets(facts: ReportFacts) -> list[Flag]:
    flags = []
    for b in facts.breakdowns:
        if b.kind != "buckets":
            continue
        funds = sum((f.value for _, f in b.parts), Decimal(0))
        if abs(funds - b.total.value) > sum_tolerance(b.total, *(f for _, f in b.parts)):
            flags.append(Flag(
                rule="breakdown.grade_buckets", severity=Severity.ERROR, items=("projects", "breakdown"),
                expected=funds, stated=b.total.value,
                text=FlagText("breakdown.grade_buckets.funds", (
                    FlagParam.money("funds", funds, b.total), FlagParam.text("total", b.total.stated))),
                page=b.provenance.page,
            ))
        if b.count_total is not None:
            count = sum((f.value for f in b.count_parts), Decimal(0))
            if count != b.count_total.value:
                flags.append(Flag(
                    rule="breakdown.grade_buckets", severity=Severity.ERROR, items=("projects", "breakdown"),
                    expected=count, stated=b.count_total.value,
                    text=FlagText("breakdown.grade_buckets.count", (
                        FlagParam.number("count", count), FlagParam.number("total", b.count_total.value))),
                    page=b.provenance.page,
                ))
    return flags


register("breakdown.grade_buckets", grade_buckets, doc="Projects by grade (优/良/中/差) add up to the projects and funds evaluated.")
