from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.rules import scores
from schemas.facts import ReportFacts, ReportMeta, Severity
from schemas.messages import render
from schemas.provenance import Provenance
from tests.pipeline.rules.facts_builder import facts


@pytest.mark.parametrize("score, grade, flagged", [
    ("96", "优", False), ("90", "优", False), ("89.99", "良", False), ("80", "良", False),
    ("79.9", "中", False), ("59", "差", False), ("78", "优", True), ("92", "良", True), ("60", "差", True),
])
def test_grade_bands(score: str, grade: str, flagged: bool) -> None:
    flags = scores.grade_band(facts({}, score=score, grade=grade))
    assert bool(flags) == flagged
    if flags:
        assert set(flags[0].items) == {"self_score", "grade"}


def test_score_above_100() -> None:
    assert scores.score_range(facts({}, score="105"))


def test_an_independent_grade_that_differs_is_a_warning() -> None:
    from extractors import metadata
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    text = ("2022年度某县某局项目支出绩效自评报告\n本项目自评得分100分,自评等级为“优”。"
            "经第三方机构重点评价,该项目评价等级为“良”。\n")
    facts = resolve(metadata.extract(make_doc(text)))
    assert facts.meta.grade == "优" and facts.meta.external_grade == "良"
    (flag,) = scores.external_grade(facts)
    assert flag.severity.value == "warning"


# --- what each flag says, in full (mutation testing: docs/testing.md) ---------------------------

def meta_facts(score: str | None = None, grade: str | None = None, external: str | None = None,
               pages: dict[str, int] | None = None) -> ReportFacts:
    """A report's score and grades only, each field found on the page given (`{"grade": 3}`: page 3)."""
    meta = ReportMeta(self_score=Decimal(score) if score is not None else None, grade=grade, external_grade=external,
                      provenance={name: Provenance(page=page) for name, page in (pages or {}).items()})
    return ReportFacts(meta, (), (), (), (), ())


def test_a_grade_outside_its_scores_band_is_an_error_on_the_grades_page() -> None:
    (flag,) = scores.grade_band(meta_facts("78", "优", pages={"self_score": 1, "grade": 3}))
    assert (flag.rule, flag.severity, flag.items, flag.stated, flag.expected, flag.page) == (
        "score.grade_band", Severity.ERROR, ("self_score", "grade"), Decimal("78"), None, 3)
    assert flag.text is not None
    assert render(flag.text, "en") == "a score of 78 is graded “中”, but the report says “优”"
    assert render(flag.text, "zh") == "自评分 78 对应等级“中”，但报告评为“优”"


def test_a_grade_whose_place_is_unknown_is_flagged_without_a_page() -> None:
    (flag,) = scores.grade_band(meta_facts("92", "良", pages={"self_score": 1}))
    assert flag.page is None


@pytest.mark.parametrize("score, grade", [(None, "优"), ("78", None), (None, None)])
def test_a_grade_or_a_score_alone_is_not_checked_against_bands(score: str | None, grade: str | None) -> None:
    assert scores.grade_band(meta_facts(score, grade)) == []


@pytest.mark.parametrize("score, grade", [("-5", "差"), ("0", "差"), ("100", "优"), ("1000", "优"), ("60", "中")])
def test_every_score_has_a_band_even_outside_0_to_100(score: str, grade: str) -> None:
    # a misread score above 100 is the range rule's finding; its band stays 优 (it used to be 差 at 1000)
    assert scores.grade_band(meta_facts(score, grade)) == []


@pytest.mark.parametrize("score, flagged", [("0", False), ("100", False), ("99.5", False), ("100.5", True),
                                            ("-0.5", True), ("101", True)])
def test_the_score_range_is_0_to_100_both_included(score: str, flagged: bool) -> None:
    assert bool(scores.score_range(meta_facts(score))) == flagged


def test_a_score_out_of_range_is_an_error_naming_it() -> None:
    (flag,) = scores.score_range(meta_facts("100.5"))
    assert (flag.rule, flag.severity, flag.items, flag.stated) == (
        "score.range", Severity.ERROR, ("self_score",), Decimal("100.5"))
    assert flag.text is not None and render(flag.text, "en") == "self-score 100.5 is outside 0–100"


def test_no_score_no_range_flag() -> None:
    assert scores.score_range(meta_facts(grade="优")) == []


def test_an_independent_grade_that_differs_is_a_warning_in_full() -> None:
    (flag,) = scores.external_grade(meta_facts("96", "优", "良", {"external_grade": 4, "grade": 2}))
    assert (flag.rule, flag.severity, flag.items, flag.stated, flag.page) == (
        "score.external_grade", Severity.WARNING, ("grade", "self_score"), Decimal("96"), 4)
    assert flag.text is not None
    assert render(flag.text, "en") == ("self-evaluated “优”, but the independent evaluation the report cites "
                                       "gave “良”")


def test_without_a_stated_grade_the_scores_band_meets_the_independent_grade() -> None:
    (flag,) = scores.external_grade(meta_facts("85", None, "优"))
    assert flag.text is not None and "self-evaluated “良”" in render(flag.text, "en") and flag.page is None
    assert scores.external_grade(meta_facts("95", None, "优")) == []


@pytest.mark.parametrize("score, grade, external", [
    ("96", "优", "优"),  # they agree
    ("96", "优", None),  # no independent evaluation cited
    (None, None, "良"),  # nothing of its own to compare
    ("70", "优", "优"),  # the stated grade is compared, not the score's band (that is score.grade_band)
])
def test_no_external_grade_warning(score: str | None, grade: str | None, external: str | None) -> None:
    assert scores.external_grade(meta_facts(score, grade, external)) == []


# --- the report's own scale -----------------------------------------------------------------------
EIGHTY_FIVE = (("优", Decimal(85)), ("良", Decimal(70)), ("中", Decimal(60)))


@pytest.mark.parametrize("score, grade, stated, flagged", [
    ("87", "优", EIGHTY_FIVE, False),  # 优 from 85 by the report's scale, though 良 by the default
    ("87", "良", EIGHTY_FIVE, True),
    ("84.9", "良", EIGHTY_FIVE, False),
    ("72", "良", EIGHTY_FIVE, False),
    ("69", "中", EIGHTY_FIVE, False),
    ("59", "差", EIGHTY_FIVE, False),
    ("87", "良", (), False),  # the default bands when the report states none
    # A partial scale keeps the default floors it leaves in order: 良 from 75, 中 still from 60.
    ("76", "良", (("优", Decimal(90)), ("良", Decimal(75))), False),
    ("65", "中", (("优", Decimal(90)), ("良", Decimal(75))), False),
    ("55", "差", (("优", Decimal(90)), ("良", Decimal(75))), False),
])
def test_grade_by_the_scale_the_report_states(score: str, grade: str, stated: tuple, flagged: bool) -> None:  # type: ignore[type-arg]
    f = facts({}, score=score, grade=grade)
    f = ReportFacts(replace(f.meta, grade_floors=stated), (), (), (), (), ())
    assert bool(scores.grade_band(f)) == flagged


@pytest.mark.parametrize("stated, expected", [
    ((), scores.BANDS),
    ((("优", Decimal(85)),), (("优", Decimal(85)), ("良", Decimal(80)), ("中", Decimal(60)))),
    # a stated 优 at 75 leaves no room for the default 良 at 80; 中 at 60 stays
    ((("优", Decimal(75)),), (("优", Decimal(75)), ("中", Decimal(60)))),
    # a stated 中 at 80 pushes the default 良 (80) out, and 优 (90) stays above it
    ((("中", Decimal(80)),), (("优", Decimal(90)), ("中", Decimal(80)))),
])
def test_bands_merge_the_stated_floors_with_the_default(stated: tuple, expected: tuple) -> None:  # type: ignore[type-arg]
    assert scores.bands(stated) == expected


def test_a_scale_stated_in_the_report_grades_its_own_score() -> None:
    from extractors import metadata
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    text = ("2022年度某县某局部门整体支出绩效自评报告\n评价结果分为四档:85分(含)以上为优,70-84分为良,"
            "60-69分为中,60分以下为差。经自评,本部门整体支出绩效自评得分87分,自评等级为“优”。\n")
    facts = resolve(metadata.extract(make_doc(text)))
    assert (facts.meta.self_score, facts.meta.grade) == (Decimal(87), "优")
    assert scores.grade_band(facts) == []


def test_a_stated_floor_equal_to_a_default_one_below_it_leaves_no_room_for_that_grade() -> None:
    assert scores.bands((("优", Decimal(80)),)) == (("优", Decimal(80)), ("中", Decimal(60)))


def test_an_independent_grade_is_compared_with_the_grade_of_the_score_by_the_report_s_scale() -> None:
    # no own grade stated: 87 is 优 by the report's scale (from 85), 良 by the national one
    meta = ReportMeta(self_score=Decimal(87), external_grade="良", grade_floors=EIGHTY_FIVE)
    assert [f.severity.value for f in scores.external_grade(ReportFacts(meta, (), (), (), (), ()))] == ["warning"]
    assert scores.external_grade(ReportFacts(replace(meta, grade_floors=()), (), (), (), (), ())) == []
