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
