import pytest

from pipeline.rules import scores
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
