from decimal import Decimal

import pytest

from extractors import metadata
from pipeline.extraction.resolve import resolve
from schemas.facts import ReportKind
from tests.conftest import make_doc


def meta(text: str):  # type: ignore[no-untyped-def]
    return resolve(metadata.extract(make_doc(text))).meta


@pytest.mark.parametrize("title, department, city, county, year, kind, project", [
    ("2022年度广州市海珠区应急管理局部门整体支出绩效自评报告", "广州市海珠区应急管理局", "广州市", "海珠区", 2022,
     ReportKind.DEPARTMENT_OVERALL, None),
    ("上海市徐汇区教育局2023年度部门整体支出绩效自评报告", "上海市徐汇区教育局", "上海市", "徐汇区", 2023,
     ReportKind.DEPARTMENT_OVERALL, None),
    ("益阳市人力资源和社会保障局2022年度就业补助资金项目支出绩效自评报告", "益阳市人力资源和社会保障局", "益阳市", None,
     2022, ReportKind.PROJECT, "就业补助资金"),
    ("太和县卫生健康委员会2021年度部门整体支出绩效自评报告", "太和县卫生健康委员会", None, "太和县", 2021,
     ReportKind.DEPARTMENT_OVERALL, None),
])
def test_title_facts(title: str, department: str, city: str | None, county: str | None, year: int,
                     kind: ReportKind, project: str | None) -> None:
    m = meta(title + "\n正文。")
    assert (m.department, m.city, m.county, m.fiscal_year, m.report_kind, m.project_name) == (
        department, city, county, year, kind, project)


@pytest.mark.parametrize("sentence, score, grade", [
    ("部门整体支出绩效自评结果为96分,等级为“优”。", "96", "优"),
    ("本项目2022年度自评得分88.6分,绩效等级为“良”。", "88.6", "良"),
    ("部门整体支出绩效综合自评分为89.5分,自评等级为“良好”。", "89.5", "良"),
    ("整体支出绩效自评综合得分94.6分,评价等级为“优秀”。", "94.6", "优"),
    ("自评绩效等级为“优”,分数为92分。", "92", "优"),
    ("项目自评分:78分。", "78", None),
])
def test_score_and_grade_wordings(sentence: str, score: str, grade: str | None) -> None:
    m = meta("2022年度某局部门整体支出绩效自评报告\n" + sentence)
    assert m.self_score == Decimal(score)
    assert m.grade == grade


@pytest.mark.parametrize("sentence", [
    "产出指标满分50分,扣2分。",
    "预算执行率权重10分。",
])
def test_points_that_are_not_the_self_score(sentence: str) -> None:
    assert meta("2022年度某局部门整体支出绩效自评报告\n" + sentence).self_score is None


@pytest.mark.parametrize("text, department", [
    ("2022年度部门整体支出绩效自评报告\n填报单位:宁远县财政局\n一、基本情况\n", "宁远县财政局"),
    ("2022年度部门整体支出绩效自评报告\n正文。\n宁远县自然资源局\n2023年3月1日\n", "宁远县自然资源局"),
])
def test_department_from_the_body(text: str, department: str) -> None:
    assert meta(text).department == department
