"""Corroborate: among rival readings, choose the one under which the report agrees with itself.

The resolver picks each field by the strength of its wording and keeps the rivals (two
values stated for one budget figure, a table beside the narrative, two scores stated as
firmly). Here every combination of those readings is checked with the report's own
arithmetic — the consistency rules, passed in by the chain: stated rate = spending ÷
budget, parts = total, 年初 + 追加 − 调减 = 调整后, grade = band of the score — and the
combination with the fewest contradictions wins; among equals, the resolver's own order
(stronger wording first). The readings not taken stay on the record as alternatives, and a
contradiction that no combination removes is flagged with the readings that were tried.
"""
from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from pipeline.extraction.resolve import conflict_flags
from schemas.facts import BudgetItem, FieldCandidate, Flag, ReportFacts, Severity

Checker = Callable[[ReportFacts], Sequence[Flag]]
# Combinations tried exhaustively; beyond this, one slot at a time (coordinate descent).
MAX_COMBINATIONS = 256
RESOLVER_RULE_PREFIX = "resolve."


@dataclass(frozen=True)
class Slot:
    """One field with rival readings: a budget figure (item, basis) or a report field."""

    key: str
    options: tuple[BudgetItem, ...] | tuple[FieldCandidate, ...]
    position: int | None = None  # index into the budget items (None: a report field)

    def describe(self, index: int) -> str:
        option = self.options[index]
        if isinstance(option, BudgetItem):
            return f"{self.key}={option.figure.stated}"
        return f"{self.key}={option.value}"


def corroborate(facts: ReportFacts, check: Checker, tie_break: Checker | None = None) -> ReportFacts:
    """The facts with, for every rival reading, the choice the report's own arithmetic supports.

    `tie_break`: a stricter check deciding among the choices with the fewest contradictions
    (a rate that agrees when rounded beats one that agrees only when cut).
    """
    slots = _slots(facts)
    if not slots:
        return facts
    choice = _best_choice(facts, slots, check, tie_break)
    chosen = _apply(facts, slots, choice)
    tried = tuple(s.describe(i) for s, c in zip(slots, choice, strict=True)
                  for i in range(len(s.options)) if i != c)
    flags = [f for f in chosen.flags if not f.rule.startswith(RESOLVER_RULE_PREFIX)]
    flags += conflict_flags(chosen.meta, chosen.budget_items)
    return replace(chosen, flags=tuple(flags), tried=tried)


def _slots(facts: ReportFacts) -> list[Slot]:
    slots = []
    for position, b in enumerate(facts.budget_items):
        if b.alternatives and b.scope is None:
            key = b.item + (f"@{b.basis.value}" if b.basis is not None else "")
            slots.append(Slot(key, (b, *b.alternatives), position))
    for name, rivals in facts.meta.alternatives.items():
        current = _current_candidate(facts, name, rivals)
        if current is not None:
            slots.append(Slot(name, (current, *rivals)))
    return slots


def _current_candidate(facts: ReportFacts, name: str, rivals: tuple[FieldCandidate, ...]) -> FieldCandidate | None:
    """The chosen value of a field as one of its readings (as firm as its rivals); None without a place."""
    value = getattr(facts.meta, name)
    where = facts.meta.provenance.get(name)
    if value is None or where is None or not rivals:
        return None
    return FieldCandidate(name, value, where, rivals[0].strength)


def _errors(facts: ReportFacts, check: Checker) -> int:
    return sum(1 for f in check(facts) if f.severity is Severity.ERROR)


def _best_choice(facts: ReportFacts, slots: list[Slot], check: Checker,
                 tie_break: Checker | None = None) -> tuple[int, ...]:
    sizes = [len(s.options) for s in slots]
    total = 1
    for n in sizes:
        total *= n
    if total <= MAX_COMBINATIONS:
        combos: Iterable[tuple[int, ...]] = itertools.product(*(range(n) for n in sizes))
        return _fewest_errors(facts, slots, list(combos), check, tie_break)
    choice = [0] * len(slots)
    for i, n in enumerate(sizes):  # one slot at a time, the others as chosen so far
        options = [(*choice[:i], k, *choice[i + 1:]) for k in range(n)]
        choice[i] = _fewest_errors(facts, slots, options, check, tie_break)[i]
    return tuple(choice)


def _fewest_errors(facts: ReportFacts, slots: list[Slot], combos: list[tuple[int, ...]], check: Checker,
                   tie_break: Checker | None) -> tuple[int, ...]:
    """The combination with the fewest errors; among equals the fewest under `tie_break`, then the resolver's order."""
    errors = {c: _errors(_apply(facts, slots, c), check) for c in combos}
    fewest = min(errors.values())
    best = [c for c in combos if errors[c] == fewest]
    if tie_break is not None and len(best) > 1:
        strict = {c: _errors(_apply(facts, slots, c), tie_break) for c in best}
        return min(best, key=lambda c: (strict[c], sum(c), c))
    return min(best, key=lambda c: (sum(c), c))


def _apply(facts: ReportFacts, slots: list[Slot], choice: Sequence[int]) -> ReportFacts:
    items = list(facts.budget_items)
    meta = facts.meta
    for slot, index in zip(slots, choice, strict=True):
        picked = slot.options[index]
        others = tuple(o for k, o in enumerate(slot.options) if k != index)
        if isinstance(picked, BudgetItem) and slot.position is not None:
            items[slot.position] = replace(picked, alternatives=others)  # type: ignore[arg-type]
        elif isinstance(picked, FieldCandidate) and index:
            rivals = tuple(o for o in others if isinstance(o, FieldCandidate))
            fields: dict[str, Any] = {slot.key: _field_value(slot.key, picked.value)}
            meta = replace(meta, provenance=meta.provenance | {slot.key: picked.provenance},
                           alternatives=meta.alternatives | {slot.key: rivals}, **fields)
    return replace(facts, budget_items=tuple(items), meta=meta)


def _field_value(name: str, value: object) -> object:
    if name == "self_score":
        return Decimal(str(value))
    if name == "fiscal_year":
        return int(str(value))
    return str(value)
