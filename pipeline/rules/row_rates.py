"""A funds table's 其中 rows that state their own 执行率: each the ratio of its own two figures.

A form that gives every source a rate (`政府性基金 | 160.00 | 150.28 | 95.93%`) states for that row
what the total row states for the whole: 执行数 ÷ 预算数. Only the row's own figures are tried (a
row's rate is of nothing else), to the precision the three are written in.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pipeline.rules import register
from pipeline.rules.common import HUNDRED, rate_agrees
from schemas.facts import ROW_RATE, Flag, FlagParam, FlagText, ReportFacts, Severity

CENTS = Decimal("0.01")


def row_rates(facts: ReportFacts) -> list[Flag]:
    flags = []
    for b in facts.breakdowns:
        if b.kind != ROW_RATE or len(b.parts) != 2:
            continue
        (_, budget), (_, spent) = b.parts
        if not budget.value or rate_agrees(b.total, spent, budget):
            continue
        computed = (spent.value / budget.value * HUNDRED).quantize(CENTS, rounding=ROUND_HALF_UP)
        flags.append(Flag(
            rule="table.row_rate", severity=Severity.ERROR,
            items=(*((b.item,) if b.item else ()), "execution_rate"),
            expected=computed, stated=b.total.value, page=b.provenance.page,
            text=FlagText("table.row_rate", (
                FlagParam.text("subject", b.total_label), FlagParam.text("rate", b.total.stated),
                FlagParam.text("spent", spent.stated), FlagParam.text("budget", budget.stated),
                FlagParam.percent("computed", computed))),
        ))
    return flags


register("table.row_rate", row_rates, doc="A funds table's 其中 row that states its own 执行率: its 执行数 ÷ 预算数.")
