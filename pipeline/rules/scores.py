"""Self-evaluation score against grade bands (优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60)."""
from __future__ import annotations

from decimal import Decimal

from pipeline.rules import rule
from schemas.facts import Flag, FlagParam, FlagText, ReportFacts, Severity

BANDS: tuple[tuple[str, Decimal, Decimal], ...] = (
    ("优", Decimal(90), Decimal(1000)),
    ("良", Decimal(80), Decimal(90)),
    ("中", Decimal(60), Decimal(80)),
    ("差", Decimal(-1), Decimal(60)),
)


def grade_for(score: Decimal) -> str:
    for grade, low, high in BANDS:
        if low <= score < high:
            return grade
    return "差"


@rule("score.grade_band", doc="The stated grade is the band of the stated score.")
def grade_band(facts: ReportFacts) -> list[Flag]:
    meta = facts.meta
    if meta.self_score is None or meta.grade is None:
        return []
    expected = grade_for(meta.self_score)
    if expected == meta.grade:
        return []
    where = meta.provenance.get("grade")
    page = where.page if where is not None else None
    return [Flag(
        rule="score.grade_band", severity=Severity.ERROR, items=("self_score", "grade"),
        stated=meta.self_score,
        text=FlagText("score.grade_band", (
            FlagParam.number("score", meta.self_score), FlagParam.text("expected", expected),
            FlagParam.text("grade", meta.grade))),
        page=page,
    )]


@rule("score.range", doc="A self-score lies between 0 and 100.")
def score_range(facts: ReportFacts) -> list[Flag]:
    score = facts.meta.self_score
    if score is None or Decimal(0) <= score <= Decimal(100):
        return []
    return [Flag(rule="score.range", severity=Severity.ERROR, items=("self_score",), stated=score,
                 text=FlagText("score.range", (FlagParam.number("score", score),)))]


@rule("score.external_grade", doc="The self-grade against the grade an independent evaluation cited in the "
                                  "report gave (warning: they may differ in scope).")
def external_grade(facts: ReportFacts) -> list[Flag]:
    meta = facts.meta
    own = meta.grade or (grade_for(meta.self_score) if meta.self_score is not None else None)
    if own is None or meta.external_grade is None or own == meta.external_grade:
        return []
    where = meta.provenance.get("external_grade")
    return [Flag(
        rule="score.external_grade", severity=Severity.WARNING, items=("grade", "self_score"),
        stated=meta.self_score,
        text=FlagText("score.external_grade", (
            FlagParam.text("own", own), FlagParam.text("external", meta.external_grade))),
        page=where.page if where is not None else None,
    )]
