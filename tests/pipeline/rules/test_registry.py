"""Every check a rule module defines is registered: a rule left unregistered never runs."""
from __future__ import annotations

import importlib
import inspect
import os
import typing

import pytest

from pipeline.rules import RULE_MODULES, all_rules
from schemas.facts import Flag, ReportFacts


def _is_check(fn: object) -> bool:
    """A public function of one `ReportFacts` argument returning `list[Flag]`."""
    if not inspect.isfunction(fn) or fn.__name__.startswith("_"):
        return False
    hints = typing.get_type_hints(fn)
    params = list(inspect.signature(fn).parameters)
    return len(params) == 1 and hints.get(params[0]) is ReportFacts and hints.get("return") == list[Flag]


@pytest.mark.skipif("MUTANT_UNDER_TEST" in os.environ, reason="under mutmut a module's functions are its trampolines")
def test_every_check_of_a_rule_module_is_registered() -> None:
    registered = {spec.fn for spec in all_rules().values()}
    for name in RULE_MODULES:
        module = importlib.import_module(name)
        checks = [fn for fn in vars(module).values() if _is_check(fn) and fn.__module__ == name]
        assert checks, name
        assert [fn.__name__ for fn in checks if fn not in registered] == [], name


def test_the_economic_classes_check_runs() -> None:
    assert "expenditure.economic_sum" in all_rules()
