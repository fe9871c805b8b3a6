"""Consistency rules: one module per family, each rule with a stable id.

A rule module registers each check after defining it, with
`register("family.name", check, doc=...)`; a check takes the resolved `ReportFacts`
and returns `Flag`s. (A call rather than a decorator: mutmut 3 leaves decorated
functions unmutated, and the rules are what mutation testing is for — docs/testing.md.
`@rule(...)` still works and registers the same way.) `RULE_MODULES` lists the
families; `check_all` runs every rule. Tolerances come from the precision each
figure was written with (`schemas.figures.Figure.tolerance`).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from schemas.errors import RegistryError
from schemas.facts import Flag, ReportFacts

Check = Callable[[ReportFacts], list[Flag]]

RULE_MODULES: tuple[str, ...] = (
    "pipeline.rules.sums",
    "pipeline.rules.rates",
    "pipeline.rules.scores",
    "pipeline.rules.completeness",
    "pipeline.rules.breakdowns",
    "pipeline.rules.tables",
    "pipeline.rules.row_rates",
)


@dataclass(frozen=True)
class RuleSpec:
    id: str
    doc: str
    fn: Check


_RULES: dict[str, RuleSpec] = {}


def register(rule_id: str, check: Check, *, doc: str) -> Check:
    """Make `check` the rule `rule_id` (its flags carry that id); `doc` is what `jixiao rules` shows."""
    if rule_id in _RULES and _RULES[rule_id].fn is not check:
        raise RegistryError(f"rule {rule_id!r} is registered twice")
    _RULES[rule_id] = RuleSpec(rule_id, doc, check)
    return check


def rule(rule_id: str, *, doc: str) -> Callable[[Check], Check]:
    """`register` as a decorator (a decorated check is not mutated by mutmut: prefer `register`)."""
    def wrap(fn: Check) -> Check:
        return register(rule_id, fn, doc=doc)

    return wrap


def all_rules() -> dict[str, RuleSpec]:
    for module in RULE_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return dict(_RULES)


def check_all(facts: ReportFacts) -> list[Flag]:
    flags: list[Flag] = []
    for spec in all_rules().values():
        flags.extend(spec.fn(facts))
    return flags


def check_all_rounded(facts: ReportFacts) -> list[Flag]:
    """`check_all`, a stated rate agreeing only when rounded (not cut): the tie-break between readings."""
    from pipeline.rules.common import rates_rounded_only

    with rates_rounded_only():
        return check_all(facts)
