"""An adjusted budget stated in a wording nobody read, found by the report's own arithmetic.

`年初预算3,126.80万元，经年中追加和调减后为3,475.30万元。其中一般公共预算…` names its adjusted
budget in a wording the vocabulary does not know. Without it the rules fall back on the 年初
figure, and the report then seems to contradict itself twice: its sources add up to 3,475.30,
its rate is spending ÷ 3,475.30. An auditor sent after those errors finds a report that agrees
with itself. So when the adjusted budget is missing and the rules find errors, each money figure
of the budget's passage that no item took is tried as the adjusted budget, and the one that
removes the most errors is taken (the earliest among equals, with a strength below any wording's);
a true error that remains is then stated against the right budget.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from schemas.facts import BudgetItem, Flag, ReportFacts, Severity, StatedMoney
from schemas.provenance import Provenance

Checker = Callable[[ReportFacts], Sequence[Flag]]
TARGET = "budget_adjusted"
# The budget's passage: this far (characters of the page's text) from a budget or spending figure.
PASSAGE_REACH = 200
MAX_TRIED = 12
INFERRED_STRENGTH = 0
_ANCHORS = frozenset({"budget_initial", "budget_addition", "expenditure_total", "execution_rate",
                      "revenue_total", "revenue_general_budget", "revenue_gov_fund", "revenue_carryover"})


def adopt_unread_budget(facts: ReportFacts, check: Checker) -> ReportFacts:
    """The facts, with an unread figure as the adjusted budget when it alone makes them agree."""
    narrative = [b for b in facts.budget_items if b.scope is None and b.basis is None]
    if any(b.item == TARGET for b in narrative):
        return facts
    taken = [p for b in facts.budget_items for p in (b.provenance, *b.corroborations) if p.has_span]
    anchors = [b.provenance for b in narrative if b.item in _ANCHORS and b.provenance.has_span]
    candidates = _candidates(facts.stated_money, anchors, taken)
    if not candidates:
        return facts  # nothing to try: the rules are not run twice
    best, fewest = facts, len(_errors(check(facts)))
    for stated in candidates:
        item = BudgetItem(item=TARGET, figure=stated.figure, provenance=stated.provenance,
                          strength=INFERRED_STRENGTH)
        trial = replace(facts, budget_items=facts.budget_items + (item,))
        found = len(_errors(check(trial)))
        if found < fewest:  # the earliest of the figures that remove the most errors
            best, fewest = trial, found
    return best


def _candidates(stated: Sequence[StatedMoney], anchors: list[Provenance], taken: list[Provenance]) -> list[StatedMoney]:
    out = [s for s in stated
           if s.provenance.has_span and any(_near(s.provenance, a) for a in anchors)
           and not any(s.provenance.overlaps(t) for t in taken)]
    return out[:MAX_TRIED]


def _errors(flags: Sequence[Flag]) -> list[Flag]:
    return [f for f in flags if f.severity is Severity.ERROR]


def _near(p: Provenance, anchor: Provenance) -> bool:
    assert p.char_start is not None and anchor.char_start is not None
    return p.page == anchor.page and abs(p.char_start - anchor.char_start) <= PASSAGE_REACH
