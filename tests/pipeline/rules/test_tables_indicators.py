"""Table rules on indicator rows built by hand: weights and scores adding up, targets against scores.

The rows are the ones the tables extractor reads (tests/pipeline/rules/tables_builder.py); each test
checks what a flag states or which rows and blocks a rule adds up. The funds and per-row rules are
in test_tables_flags.py.
"""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.rules import tables
from schemas.facts import Indicator, ReportKind, ReportMeta
from schemas.provenance import Provenance
from tests.pipeline.rules.tables_builder import described, execution, facts, indicator, level


def output_rows(project: str | None = None, label: str = "产出指标(60分)") -> tuple[Indicator, ...]:
    """产出指标 labelled 60 points over rows of 30 + 20, and 满意度 of 50; the table runs onto page 2."""
    return (indicator("培训人次", "30", "30", level1="产出指标", target="≥100人次", actual="120人次", project=project,
                      evidence=f"{label} | 数量指标 | 培训人次 | ≥100人次 | 120人次 | 30 | 30"),
            indicator("培训合格率", "20", "20", level1="产出指标", target="≥90%", actual="95%", project=project, page=2,
                      evidence=f"{label} | 质量指标 | 培训合格率 | ≥90% | 95% | 20 | 20"),
            indicator("满意度", "50", "48", level1="满意度指标", target="≥90%", actual="92%", project=project, page=2))


# --- table.weights_sum ---------------------------------------------------------------------------

@pytest.mark.parametrize("project, variant, subject", [(None, "", ""), ("教师培训", ".project", "教师培训")])
def test_weights_flags_state_the_block_its_points_and_the_rows_total(project: str | None, variant: str,
                                                                     subject: str) -> None:
    rows = (*output_rows(project), indicator("时效", "10", "10", level1="产出指标", project=project, page=2))
    # 产出指标 says 60 and its rows add up to 60: only the 110 in all is off
    assert [f.text.key for f in tables.weights_sum(facts(indicators=rows)) if f.text] == [
        "table.weights_sum.total" + variant]
    level1, total = tables.weights_sum(facts(indicators=output_rows(project)[:2] + (
        indicator("满意度", "40", "40", level1="满意度指标", project=project, page=2),)))
    assert described(level1) == {
        "rule": "table.weights_sum", "severity": "error", "items": ("indicators.weight", "产出指标"),
        "expected": Decimal("50"), "stated": Decimal("60"), "page": 1, "key": "table.weights_sum.level1" + variant,
        "params": {"subject": subject, "level1": "产出指标", "points": "60", "total": "50"}}
    assert described(total) == {
        "rule": "table.weights_sum", "severity": "warning", "items": ("indicators.weight",),
        "expected": Decimal("100"), "stated": Decimal("90"), "page": 1, "key": "table.weights_sum.total" + variant,
        "params": {"subject": subject, "total": "90"}}


@pytest.mark.parametrize("rows", [
    # one weighted row: nothing to add up
    (indicator("培训人次", "50", "50", level1="产出指标"),),
    # a row without 分值: the total is not known
    (indicator("培训人次", "50", "50", level1="产出指标"), indicator("满意度", "40", "40", level1="满意度指标"),
     indicator("社会效益", None, None, level1="效益指标")),
])
def test_weights_are_not_added_up_without_two_rows_all_weighted(rows: tuple[Indicator, ...]) -> None:
    assert tables.weights_sum(facts(indicators=rows)) == []


def test_every_projects_weights_are_added_up() -> None:
    rows = (indicator("培训人次", "50", "50", project="教师培训"),  # one row: not added up
            indicator("资助人数", "50", "50", project="学生资助"), indicator("满意度", "40", "40", project="学生资助"))
    assert [(f.stated, f.text.subject) for f in tables.weights_sum(facts(indicators=rows)) if f.text] == [
        (Decimal("90"), "学生资助")]


@pytest.mark.parametrize("rows, flagged", [
    # a level row's 分值 is the block's points: 60 against rows of 30 + 20
    ((level("产出指标", "60", "50"), *output_rows(label="产出指标")), [("产出指标", "50", "60")]),
    ((level("产出指标", None, "50"), *output_rows(label="产出指标(50分)")), []),  # no 分值: the label's 50
    # a first-level row with no rows under it comes first: the labelled block after it is still checked
    ((level("决策", "10", "10"), *output_rows()), [("产出指标", "50", "60")]),
])
def test_a_blocks_points_come_from_its_row_or_its_label(rows: tuple[Indicator, ...],
                                                       flagged: list[tuple[str, str, str]]) -> None:
    flags = [f for f in tables.weights_sum(facts(indicators=rows)) if f.severity.value == "error"]
    assert [(f.items[1], str(f.expected), str(f.stated)) for f in flags] == flagged


# Weights against the 分值 the form's total row states (总分 | 100).
FORM = (indicator("接收进馆档案", "10", "10", level1="产出指标"), indicator("数字化", "10", "9", level1="产出指标"),
        indicator("编研成果", "15", "15", level1="效益指标"), indicator("满意度", "10", "10", level1="满意度指标"))


def stated(total: str) -> ReportMeta:
    return ReportMeta(weight_total=Decimal(total))


def test_weights_missing_the_total_row_s_stated_points_are_an_error() -> None:
    (flag,) = tables.weights_sum(facts(indicators=FORM, meta=stated("50")))
    assert described(flag) == {
        "rule": "table.weights_sum", "severity": "error", "items": ("indicators.weight",),
        "expected": Decimal("45"), "stated": Decimal("50"), "page": 1, "key": "table.weights_sum.stated",
        "params": {"total": "45", "stated": "50"}}


@pytest.mark.parametrize("rows, total", [
    (FORM, "45"),  # the rows add up to the stated total: no flag, and no warning against 100 either
    # the 预算执行率 row of the funds block carries the project's name: it counts with the form's rows
    ((execution("10", "97.30%", "9.73", project="档案数字化"), *FORM), "55"),
    # a department's form and one project's: each is read on its own as well
    ((*FORM, indicator("支持企业参展数量", "20", "20", project="外贸"), indicator("补贴准确率", "25", "25", project="外贸")),
     "45"),
    ((*FORM, indicator("支持企业参展数量", "20", "20", project="外贸"), indicator("补贴准确率", "25", "25", project="外贸")),
     "90"),
    # the funds block's 10 points scored apart: `合计 | 45` totals the indicators alone
    ((execution("10", "97.30%", "9.73"), *FORM), "45"),
    ((execution("10", "97.30%", "9.73", project="档案数字化"), *FORM), "45"),
])
def test_weights_reaching_the_stated_total_by_one_reading_pass(rows: tuple[Indicator, ...], total: str) -> None:
    assert tables.weights_sum(facts(indicators=rows, meta=stated(total))) == []


def test_without_the_funds_row_the_rows_must_still_reach_the_stated_total() -> None:
    (flag,) = tables.weights_sum(facts(indicators=(execution("10", "97.30%", "9.73"), *FORM), meta=stated("50")))
    assert (flag.expected, flag.stated) == (Decimal("55"), Decimal("50"))  # the first reading is named
    # a form of one funds row and one indicator: without the funds row one row is left, no reading
    assert tables.weights_sum(facts(indicators=(execution("10", "97.30%", "9.73"), FORM[0]),
                                    meta=stated("50"))) != []


@pytest.mark.parametrize("meta", [
    stated("0"), stated("101"),  # no points total: a money figure of a funds table's total row
])
def test_a_stated_total_that_is_no_points_total_is_ignored(meta: ReportMeta) -> None:
    assert [f.severity.value for f in tables.weights_sum(facts(indicators=FORM, meta=meta))] == ["warning"]


def test_with_two_projects_the_stated_total_belongs_to_neither() -> None:
    rows = (indicator("a", "50", "50", project="甲"), indicator("b", "40", "40", project="甲"),
            indicator("c", "50", "50", project="乙"), indicator("d", "50", "50", project="乙"))
    flags = tables.weights_sum(facts(indicators=rows, meta=stated("100")))
    assert [(f.severity.value, f.text.key if f.text else "") for f in flags] == [
        ("warning", "table.weights_sum.total.project")]


def test_a_stated_total_needs_every_row_weighted() -> None:
    rows = (*FORM, indicator("社会效益", None, None, level1="效益指标"))
    assert tables.weights_sum(facts(indicators=rows, meta=stated("100"))) == []
    assert tables.weights_sum(facts(indicators=FORM[:1], meta=stated("100"))) == []


# --- table.level_sum -----------------------------------------------------------------------------

@pytest.mark.parametrize("project, variant, subject", [(None, "", ""), ("教师培训", ".project", "教师培训")])
def test_a_level_sum_flag_states_the_block_its_score_and_its_rows_total(project: str | None, variant: str,
                                                                       subject: str) -> None:
    rows = (level("产出指标", "50", "48", project=project, page=2),
            indicator("培训人次", "25", "25", level1="产出指标", project=project, page=2),
            indicator("培训合格率", "25", "24", level1="产出指标", project=project, page=2))
    (flag,) = tables.level_sum(facts(indicators=rows))
    assert described(flag) == {
        "rule": "table.level_sum", "severity": "error", "items": ("indicators.score", "产出指标"),
        "expected": Decimal("49"), "stated": Decimal("48"), "page": 2, "key": "table.level_sum" + variant,
        "params": {"subject": subject, "level1": "产出指标", "score": "48", "total": "49"}}


@pytest.mark.parametrize("level_score, row_scores, flagged", [
    ("49", ("24.5", "24.6"), False),  # whole points are exact; each row may be 0.05 off
    ("49", ("24.5", "24.7"), True),
    ("49.0", ("24.52", "24.52"), False),  # 49.04 within the block's 0.05 and the rows' 0.005 each
    ("49.0", ("24.52", "24.58"), True),
])
def test_a_blocks_score_may_miss_its_rows_by_the_rounding_of_all(level_score: str, row_scores: tuple[str, str],
                                                                flagged: bool) -> None:
    rows = (level("产出指标", "50", level_score),
            *(indicator(f"指标{k}", "25", s, level1="产出指标") for k, s in enumerate(row_scores)))
    assert bool(tables.level_sum(facts(indicators=rows))) == flagged


def block(name: str, score: str | None, *row_scores: str | None) -> tuple[Indicator, ...]:
    return (level(name, "50", score),
            *(indicator(f"{name}{k}", "25", s, level1=name) for k, s in enumerate(row_scores)))


@pytest.mark.parametrize("rows, flagged", [
    (block("产出指标", None, "25", "24"), []),  # no score of its own
    ((execution("10", "95.00%", "9.5"), *block("产出指标", "48", "25", "24")), ["产出指标"]),
    ((*block("产出指标", "49", "25", "24"), *block("效益指标", "30", "15", "15")), []),
    (block("产出指标", "18", "20"), []),  # one row: it may be the block's own, read twice
    (block("产出指标", "20", "20", None), []),  # a row without 得分: no sum
    ((*block("决策", "20", "20"), *block("产出指标", "48", "25", "24")), ["产出指标"]),
    ((*block("效益指标", "30", "15", "15"), *block("产出指标", "48", "25", "24")), ["产出指标"]),
])
def test_each_block_adds_up_its_own_scored_rows(rows: tuple[Indicator, ...], flagged: list[str]) -> None:
    assert [f.items[1] for f in tables.level_sum(facts(indicators=rows))] == flagged


# --- report_indicators and table.scores_sum ------------------------------------------------------

def two_projects() -> tuple[Indicator, ...]:
    return (indicator("资助人数", "50", "50", project="学生资助"), indicator("培训人次", "50", "45", project="教师培训"))


@pytest.mark.parametrize("kind, project_name, scored", [
    (ReportKind.PROJECT, "教师培训", ["培训人次"]),  # its own project's table among others
    (ReportKind.PROJECT, None, []),
    (ReportKind.DEPARTMENT_OVERALL, "教师培训", []),
])
def test_a_project_report_scores_its_own_projects_table(kind: ReportKind, project_name: str | None,
                                                       scored: list[str]) -> None:
    meta = ReportMeta(report_kind=kind, project_name=project_name)
    assert [i.name for i in tables.report_indicators(facts(indicators=two_projects(), meta=meta))] == scored


@pytest.mark.parametrize("kind, scored", [
    (ReportKind.UNKNOWN, ["资助人数"]), (ReportKind.PROJECT, ["资助人数"]), (ReportKind.DEPARTMENT_OVERALL, [])])
def test_a_lone_project_table_is_the_reports_own_unless_the_report_is_a_departments(kind: ReportKind,
                                                                                  scored: list[str]) -> None:
    meta = ReportMeta(report_kind=kind, project_name="某项目")
    rows = two_projects()[:1]
    assert [i.name for i in tables.report_indicators(facts(indicators=rows, meta=meta))] == scored


@pytest.mark.parametrize("stated_on, page", [(Provenance(page=3, extractor="metadata"), 3), (None, 1)])
def test_a_scores_flag_states_rows_total_score_and_difference(stated_on: Provenance | None, page: int) -> None:
    rows = (indicator("培训人次", "50", "50"), indicator("满意度", "50", "43.5", page=2))
    meta = ReportMeta(self_score=Decimal("94.5"), provenance={"self_score": stated_on} if stated_on else {})
    (flag,) = tables.scores_sum(facts(indicators=rows, meta=meta))
    assert described(flag) == {
        "rule": "table.scores_sum", "severity": "error", "items": ("self_score", "indicators.score"),
        "expected": Decimal("93.5"), "stated": Decimal("94.5"), "page": page, "key": "table.scores_sum",
        "params": {"rows": "2", "total": "93.5", "score": "94.5", "difference": "-1"}}


@pytest.mark.parametrize("self_score, row_scores, flagged", [
    ("93", ("50", "44"), True),  # two rows are enough to add up
    ("93.5", ("50", "44"), True),  # a total written to one decimal may be 0.05 off
    ("93.5", ("50", "43.6"), False),  # 0.1: the total's 0.05 and the row's 0.05
    ("94", ("50", "44.5"), False),  # a whole total may be 0.5 off, and a row 0.05
    ("94", ("50", "44.55"), True),
])
def test_the_stated_total_may_miss_the_rows_by_the_rounding_of_all(self_score: str, row_scores: tuple[str, ...],
                                                                   flagged: bool) -> None:
    rows = tuple(indicator(f"指标{k}", "50", s) for k, s in enumerate(row_scores))
    meta = ReportMeta(self_score=Decimal(self_score))
    assert bool(tables.scores_sum(facts(indicators=rows, meta=meta))) == flagged


@pytest.mark.parametrize("self_score, flagged", [("88.0", False), ("87.9", True)])
def test_a_total_of_the_indicators_without_the_execution_row_agrees_to_its_rounding(self_score: str,
                                                                                   flagged: bool) -> None:
    # 50 + 38.1 = 88.1 is 0.1 from 88.0 (its 0.05 and the row's 0.05); the 9.5 for execution scored apart
    rows = (execution("10", "95.00%", "9.5"), indicator("培训人次", "50", "50"), indicator("满意度", "40", "38.1"))
    meta = ReportMeta(self_score=Decimal(self_score))
    assert bool(tables.scores_sum(facts(indicators=rows, meta=meta))) == flagged


# --- target_met and table.target_vs_score --------------------------------------------------------

@pytest.mark.parametrize("target, actual, met", [
    ("≥90%", "95%", True), ("≥90%", "85%", False),
    ("90%以上", "95%", True),  # the suffix is the operator, not part of the unit
    ("≥1000人次", "1200人次以上", True),
    ("≥1万人", "12000人", None),  # 万人 against 人: not comparable without converting
    ("100%", "100%", None),  # no operator
    ("保障", "保障", None),
])
def test_a_target_is_met_when_its_numbers_in_one_unit_say_so(target: str, actual: str, met: bool | None) -> None:
    assert tables.target_met(indicator("指标", "10", "10", target=target, actual=actual)) is met


def test_a_target_with_an_operator_and_no_number_cannot_be_told_met() -> None:
    row = replace(indicator("指标", "10", "10", target="≥90%", actual="95%"), target_value=None)
    assert tables.target_met(row) is None


@pytest.mark.parametrize("actual, score, key, expected", [
    ("90人次", "20", "table.target_vs_score.missed_full", None),
    ("120人次", "18", "table.target_vs_score.met_deducted", Decimal("20")),
])
def test_a_target_flag_states_target_actual_and_points(actual: str, score: str, key: str,
                                                       expected: Decimal | None) -> None:
    row = indicator("培训人次", "20", score, target="≥100人次", actual=actual, page=2)
    (flag,) = tables.target_vs_score(facts(indicators=(row,)))
    assert described(flag) == {
        "rule": "table.target_vs_score", "severity": "warning", "items": ("indicators.score", "indicators.actual"),
        "expected": expected, "stated": Decimal(score), "page": 2, "key": key,
        "params": {"subject": "培训人次", "target": "≥100人次", "actual": actual, "score": score, "weight": "20"}}


def test_targets_are_checked_on_every_scored_row_with_numbers() -> None:
    rows = (execution("10", "95.00%", "9"),
            indicator("资助人数", None, "20", target="≥100人", actual="120人"),  # no 分值
            indicator("社会效益", "20", "20", target="明显提升", actual="明显提升"),  # no numbers
            indicator("满意度", "10", "8", target="≥90%", actual="95%"))
    assert [f.text.subject for f in tables.target_vs_score(facts(indicators=rows)) if f.text] == ["满意度"]


def test_a_stated_total_of_two_rows_is_checked() -> None:
    rows = (indicator("a", "50", "50", level1="产出指标"), indicator("b", "40", "40", level1="效益指标"))
    (flag,) = [f for f in tables.weights_sum(facts(indicators=rows, meta=stated("100"))) if f.severity.value == "error"]
    assert (flag.expected, flag.stated) == (Decimal("90"), Decimal("100"))


def test_a_stated_total_of_one_point_is_a_points_total_too() -> None:
    # weights written as shares (0.6 + 0.5) against a stated 1
    rows = (indicator("a", "0.60", "0.60", level1="产出指标"), indicator("b", "0.50", "0.50", level1="效益指标"))
    flags = [f for f in tables.weights_sum(facts(indicators=rows, meta=stated("1"))) if f.severity.value == "error"]
    assert [(f.expected, f.stated) for f in flags] == [(Decimal("1.10"), Decimal("1"))]


def test_of_several_readings_missing_the_total_the_first_is_reported_with_its_page() -> None:
    # the department's rows (page 2) read alone give 25; with the project's rows, 55: neither is 100
    rows = (indicator("a", "10", "10", level1="产出指标", page=2), indicator("b", "15", "15", level1="效益指标", page=3),
            indicator("c", "20", "20", project="外贸", page=4), indicator("d", "10", "10", project="外贸", page=4))
    (flag,) = [f for f in tables.weights_sum(facts(indicators=rows, meta=stated("100"))) if f.text
               and f.text.key == "table.weights_sum.stated"]
    assert (flag.expected, flag.page) == (Decimal("25"), 2)
    assert described(flag)["params"] == {"total": "25", "stated": "100"}
