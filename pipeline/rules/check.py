"""Stage 5, check: the consistency rules on one report's resolved facts.

(Dataset-wide validation with Great Expectations runs after storing; see
`pipeline.validation.expectations`.)
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.rules import check_all
from schemas.facts import ReportFacts


def check(facts: ReportFacts) -> ReportFacts:
    return replace(facts, flags=facts.flags + tuple(check_all(facts)))
