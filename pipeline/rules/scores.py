"""Self-evaluation score against grade bands: the scale the report states, else 优 ≥ 90, 良 80–<90,
中 60–<80, 差 < 60 (the national default)."""
from __future__ import annotations

from decimal import Decimal

from pipeline.rules import register
from schemas.facts import Flag, FlagParam, FlagText, ReportFacts, Severity

# Each grade from its lower bound, highest first; below the last bound: 差. No upper bound: a
# score above 100 is the range rule's to flag, not a reason to grade it 差.
BANDS: tuple[tuple[str, Decimal], ...] = (
    ("优", Decimal(90)),
    ("良", Decimal(80)),
    ("中", Decimal(60)),
)
ORDER = tuple(grade for grade, _ in BANDS)


def grade_for(score: Decimal, stated: tuple[tuple[str, Decimal], ...] = ()) -> str:
    """The grade of a score: by the floors the report states where it states them, else by BANDS."""
    for grade, low in bands(stated):
        if score >= low:
            return grade
    return "差"


def bands(stated: tuple[tuple[str, Decimal], ...]) -> tuple[tuple[str, Decimal], ...]:
    """The default bands with the report's stated floors in their place; a default floor that the
    stated ones would leave out of order (良 at 80 under a stated 优 at 75) is dropped."""
    kept = dict(stated)
    for grade, low in BANDS:
        if grade in kept:
            continue
        rank = ORDER.index(grade)
        better = [v for g, v in stated if ORDER.index(g) < rank]
        worse = [v for g, v in stated if ORDER.index(g) > rank]
        if all(low < v for v in better) and all(low > v for v in worse):
            kept[grade] = low
    return tuple((g, kept[g]) for g in ORDER if g in kept)


def grade_band(facts: ReportFacts) -> list[Flag]:
    meta = facts.meta
    if meta.self_score is None or meta.grade is None:
        return []
    expected = grade_for(meta.self_score, meta.grade_floors)
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


register("score.grade_band", grade_band, doc="The stated grade is the band of the stated score.")


def score_range(facts: ReportFacts) -> list[Flag]:
    score = facts.meta.self_score
    if score is None or Decimal(0) <= score <= Decimal(100):
        return []
    return [Flag(rule="score.range", severity=Severity.ERROR, items=("self_score",), stated=score,
                 text=FlagText("score.range", (FlagParam.number("score", score),)))]


register("score.range", score_range, doc="A self-score lies between 0 and 100.")


def external_grade(facts: ReportFacts) -> list[Flag]:
    meta = facts.meta
    own = meta.grade or (grade_for(meta.self_score, meta.grade_floors) if meta.self_score is not None else None)
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


register("score.external_grade", external_grade, doc="The self-grade against the grade an independent evaluation cited in the "
                                                     "report gave (warning: they may differ in scope).")
