"""Stage 4, extract: run the registered extractors, then resolve one value per field."""
from __future__ import annotations

from collections.abc import Sequence

from extractors import registry
from pipeline.extraction.resolve import resolve
from schemas.facts import Extraction, ReportFacts
from schemas.text import SegmentedDocument


def extract(doc: SegmentedDocument, names: Sequence[str] | None = None) -> ReportFacts:
    return resolve(collect(doc, names))


def collect(doc: SegmentedDocument, names: Sequence[str] | None = None) -> Extraction:
    """Every candidate from every extractor, in registry order."""
    specs = [registry.get(n) for n in (names or registry.default_names())]
    total = Extraction()
    for spec in specs:
        total = total + spec.fn(doc)
    return total
