"""Figures a report of its kind must state (warnings: absence is not a contradiction)."""
from __future__ import annotations

from pipeline.rules import rule
from pipeline.rules.common import narrative_items
from schemas.facts import Flag, FlagParam, FlagText, ReportFacts, ReportKind, Severity

REQUIRED: dict[ReportKind, tuple[tuple[str, ...], ...]] = {
    # each inner tuple: any one of these codes satisfies the requirement
    ReportKind.DEPARTMENT_OVERALL: (("budget_adjusted", "budget_initial"), ("expenditure_total",), ("execution_rate",)),
    ReportKind.PROJECT: (("budget_adjusted", "budget_initial", "funds_received"), ("expenditure_total",)),
}


@rule("completeness.missing_figures", doc="A department report states its budget, spending and execution rate; "
                                          "a project report its budget and spending; both a self-score.")
def missing_figures(facts: ReportFacts) -> list[Flag]:
    kind = facts.meta.report_kind
    items = narrative_items(facts)
    missing = [alts[0] for alts in REQUIRED.get(kind, ()) if not any(a in items for a in alts)]
    if kind is not ReportKind.UNKNOWN and facts.meta.self_score is None:
        missing.append("self_score")
    if not missing:
        return []
    return [Flag(rule="completeness.missing_figures", severity=Severity.WARNING, items=tuple(missing),
                 text=FlagText("completeness.missing_figures", (FlagParam.items("missing", missing),)))]
