"""Stage 5, check: the consistency rules on one report's resolved facts.

(Dataset-wide validation with Great Expectations runs after storing; see
`pipeline.validation.expectations`.)
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from pipeline.rules import check_all
from schemas.facts import Flag, ReportFacts, Severity


def check(facts: ReportFacts) -> ReportFacts:
    return replace(facts, flags=facts.flags + tuple(with_readings_tried(check_all(facts), facts)))


def with_readings_tried(flags: Iterable[Flag], facts: ReportFacts) -> list[Flag]:
    """An error about figures that had rival readings names the readings tried (none removed it)."""
    out = []
    for f in flags:
        related = tuple(t for t in facts.tried if t.split("=", 1)[0].split("@", 1)[0] in f.items)
        out.append(replace(f, tried=related) if related and f.severity is Severity.ERROR else f)
    return out
