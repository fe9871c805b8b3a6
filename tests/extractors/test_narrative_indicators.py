"""First-level indicator scores stated in prose."""
from __future__ import annotations

from decimal import Decimal

from extractors import narrative_indicators
from tests.conftest import make_doc

TITLE = "2017年度某县卫生和计划生育局部门整体支出绩效自评报告\n"


def rows(text: str) -> list[tuple[str, Decimal | None, Decimal | None]]:
    found = narrative_indicators.extract(make_doc(TITLE + text)).indicators
    return [(i.name, i.weight.value if i.weight else None, i.score.value if i.score else None) for i in found
            if i.level_row]


def test_each_class_with_its_points_and_its_score() -> None:
    text = "经自评,决策类指标15分得13.5分,过程类指标20分得17.2分,产出类指标40分得32.5分,效益类指标25分得21分,自评得分84.2分。"
    assert rows(text) == [("决策类指标", Decimal("15"), Decimal("13.5")), ("过程类指标", Decimal("20"), Decimal("17.2")),
                          ("产出类指标", Decimal("40"), Decimal("32.5")), ("效益类指标", Decimal("25"), Decimal("21"))]


def test_one_class_alone_is_no_set_of_scores() -> None:
    assert rows("产出指标40分得32.5分,主要是进度滞后。") == []
    assert rows("产出指标共40分,满意度指标10分。") == []


def test_the_unit_s_dimensions_with_their_points_in_brackets() -> None:
    from extractors import narrative_indicators
    from tests.conftest import make_doc
    text = ("2018年度某县水利局部门整体支出绩效自评报告\n从部门决策、部门管理、部门产出和部门效益四个方面进行自评:部门决策(15分)得14分,"
            "部门管理(25分)得24.2分,部门产出(35分)得34分,部门效益(25分)得23.5分,合计自评得分95.7分。\n")
    found = narrative_indicators.extract(make_doc(text)).indicators
    assert [(i.name, str(i.weight.value), str(i.score.value)) for i in found if i.weight and i.score] == [
        ("部门决策", "15", "14"), ("部门管理", "25", "24.2"), ("部门产出", "35", "34"), ("部门效益", "25", "23.5")]
