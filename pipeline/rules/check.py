"""Stage 5, validate: the consistency rules on one report's resolved facts.

(Dataset-wide validation with Great Expectations runs after storing; see
`pipeline.validation.expectations`.)
"""
from __future__ import annotations

from dataclasses import replace

from pipeline.rules import check_all
from schemas.facts import ReportFacts


def validate(facts: ReportFacts) -> ReportFacts:
    return replace(facts, flags=facts.flags + tuple(check_all(facts)))
