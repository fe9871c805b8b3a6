"""The extractor registry: names to entry points, with what each produces.

An extractor is a module with its patterns and one entry point
`extract(doc: SegmentedDocument) -> Extraction`, registered here by name with
`@register("name", produces=(...))`. A new family of facts is one new file
listed in EXTRACTOR_MODULES.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from schemas.errors import RegistryError
from schemas.facts import Extraction
from schemas.text import SegmentedDocument

ExtractFn = Callable[[SegmentedDocument], Extraction]

# Modules that register extractors when imported, in the default pipeline order.
EXTRACTOR_MODULES: tuple[str, ...] = (
    "extractors.metadata",
    "extractors.budget",
    "extractors.glued_funds",
    "extractors.projects",
    "extractors.metrics",
    "extractors.findings",
    "extractors.breakdowns",
    "extractors.tables",
    "extractors.budget_grid",
    "extractors.table_items",
    "extractors.table_listing_sums",
    "extractors.narrative_indicators",
    "extractors.project_listing",
    "extractors.project_uses",  # after the tables: a table's exact figures stand before a list's rounded ones
    "extractors.stated_money",
)


@dataclass(frozen=True)
class ExtractorSpec:
    name: str
    version: str
    produces: tuple[str, ...]
    fn: ExtractFn


_REGISTRY: dict[str, ExtractorSpec] = {}


def register(name: str, *, produces: tuple[str, ...], version: str = "1") -> Callable[[ExtractFn], ExtractFn]:
    def wrap(fn: ExtractFn) -> ExtractFn:
        if name in _REGISTRY and _REGISTRY[name].fn is not fn:
            raise RegistryError(f"extractor {name!r} is registered twice")
        _REGISTRY[name] = ExtractorSpec(name, version, produces, fn)
        return fn

    return wrap


def load_all() -> dict[str, ExtractorSpec]:
    for module in EXTRACTOR_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
    return dict(_REGISTRY)


def get(name: str) -> ExtractorSpec:
    known = load_all()
    if name not in known:
        raise RegistryError(f"unknown extractor {name!r}; known: {', '.join(sorted(known))}")
    return known[name]


def default_names() -> list[str]:
    return list(load_all())
