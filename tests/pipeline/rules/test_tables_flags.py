"""Table rules on hand-built table facts: what each flag states, the bounds of rounding, which rows count.

The facts are the ones the tables extractor reads from a 绩效自评表 (tests/pipeline/rules/tables_builder.py),
written out so that every figure of a flag can be checked: its severity, items, expected and stated
values, page, message key and each parameter of its sentence as rendered. The rules on indicator sums
are in test_tables_indicators.py.
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.rules import tables
from schemas.facts import Basis, BudgetItem, Indicator
from schemas.provenance import Provenance
from tests.pipeline.rules.tables_builder import described, execution, facts, funds, indicator

# --- table.funds_total ---------------------------------------------------------------------------

def test_a_funds_flag_states_the_column_its_rows_their_sum_and_the_difference_in_the_tables_unit() -> None:
    budget = (funds("budget_adjusted", "300.00元", page=2, table=1),
              funds("funds_central", "150.00元", Basis.ADJUSTED, page=2, table=1),
              # a row the vocabulary does not know is named by its label, a colon in it kept
              funds("table_row", "100.00元", Basis.ADJUSTED, page=2, table=1, scope="table_row:企业捐赠:设备款"))
    (flag,) = tables.funds_total(facts(budget))
    assert described(flag) == {
        "rule": "table.funds_total", "severity": "error", "items": ("budget_adjusted", "funds_central", "table_row"),
        "expected": Decimal("250.00"), "stated": Decimal("300.00"), "page": 2, "key": "table.funds_total",
        "params": {"subject": "全年预算数", "addends": "中央财政资金 150.00元 + 企业捐赠:设备款 100.00元",
                   "sum": "250.00元", "total": "300.00元", "difference": "-50.00元"}}
    assert flag.message == "全年预算数：中央财政资金 150.00元 + 企业捐赠:设备款 100.00元 = 250.00元，但总额行为 300.00元（相差 -50.00元）"


@pytest.mark.parametrize("total, parts, severity", [
    # a total written in whole 万元 may be 0.5万元 off its rows: 3,285.60 is within
    ("3,286", ("2,150.00", "1,135.60"), None),
    # rows written in whole 万元 may each be 0.5万元 off: 3,285 is within, 3,284 is not
    ("3,286.00", ("2,150", "1,135"), None),
    ("3,286.00", ("2,150", "1,134"), "error"),
    # a lone row 0.01万元 above its total is just within both figures' rounding (50 yuan each)
    ("3,286.00", ("3,286.01",), None),
    ("3,286.00", ("3,286.02",), "error"),  # above its total: no part of it
    ("3,286.00", ("3,285.98",), "warning"),  # below: it may list a part only
])
def test_rows_may_miss_their_total_by_the_rounding_of_every_figure(total: str, parts: tuple[str, ...],
                                                                   severity: str | None) -> None:
    codes = ("funds_central", "funds_local")
    budget = (funds("budget_adjusted", total), *(funds(c, p, Basis.ADJUSTED) for c, p in zip(codes, parts)))
    assert [f.severity.value for f in tables.funds_total(facts(budget))] == ([severity] if severity else [])


def test_funds_flags_come_in_page_then_table_order() -> None:
    def table(page: int, index: int, total: str) -> tuple[BudgetItem, ...]:
        return (funds("budget_adjusted", total, page=page, table=index),
                funds("funds_central", "60.00", Basis.ADJUSTED, page=page, table=index),
                funds("funds_local", "30.00", Basis.ADJUSTED, page=page, table=index))

    listed = facts((*table(3, 0, "100.00"), *table(2, 1, "101.00"), *table(2, 0, "102.00")))
    assert list(tables.table_items(listed)) == [(3, 0), (2, 1), (2, 0)]
    flags = tables.funds_total(listed)
    assert [(f.page, f.stated) for f in flags] == [(2, Decimal("1020000.00")), (2, Decimal("1010000.00")),
                                                   (3, Decimal("1000000.00"))]


def test_figures_of_other_extractors_are_no_table_rows() -> None:
    # a department budget grid (extractor budget_grid) has a table index too, but no funds rows to add up
    grid = BudgetItem("budget_adjusted", funds("x", "500.00").figure,
                      Provenance(page=1, extractor="budget_grid", table=0))
    rows = (funds("budget_adjusted", "100.00"), funds("funds_central", "100.00", Basis.ADJUSTED))
    assert tables.table_items(facts((grid, *rows))) == {(1, 0): list(rows)}


# --- table.execution_rate ------------------------------------------------------------------------

def test_an_execution_rate_flag_divides_by_the_initial_budget_without_an_adjusted_one() -> None:
    budget = (funds("budget_initial", "100.00", page=4), funds("expenditure_total", "95.00", page=4),
              funds("execution_rate", "90.00%", page=4))
    (flag,) = tables.execution_rate(facts(budget))
    assert described(flag) == {
        "rule": "table.execution_rate", "severity": "error",
        "items": ("execution_rate", "expenditure_total", "budget_initial"),
        "expected": Decimal("95.00"), "stated": Decimal("90.00"), "page": 4, "key": "table.execution_rate",
        "params": {"rate": "90.00%", "spent": "95.00", "budget": "100.00", "computed": "95.00%"}}


def test_a_project_form_s_rate_its_projects_row_states_is_left_to_the_projects_rule() -> None:
    from dataclasses import replace

    from pipeline.rules import rates
    from schemas.facts import PROJECT_SCOPE, Project

    scope = PROJECT_SCOPE + "医疗服务与保障能力提升补助资金"
    own = (funds("budget_adjusted", "386.00", scope=scope, page=4), funds("expenditure_total", "361.52", scope=scope, page=4),
           funds("execution_rate", "96.36%", scope=scope, page=4))
    row = Project("医疗服务与保障能力提升补助资金", own[0].provenance, budget=own[0].figure, executed=own[1].figure,
                  execution_rate=own[2].figure)
    annexed = replace(facts(own), projects=(row,))
    assert tables.execution_rate(annexed) == []
    assert [f.rule for f in rates.project_rates(annexed)] == ["projects.rate_vs_computed"]  # found once, there
    # no projects row, another project's row, or other figures on it: the table's own rule checks it
    assert [f.rule for f in tables.execution_rate(facts(own))] == ["table.execution_rate"]
    other = replace(row, name="基本公共卫生服务项目")
    assert [f.rule for f in tables.execution_rate(replace(annexed, projects=(other,)))] == ["table.execution_rate"]
    for changed in (replace(row, budget=funds("budget_adjusted", "380.00").figure),
                    replace(row, executed=funds("expenditure_total", "360.00").figure),
                    replace(row, execution_rate=funds("execution_rate", "96.00%").figure),
                    replace(row, execution_rate=None), replace(row, executed=None), replace(row, budget=None)):
        assert [f.rule for f in tables.execution_rate(replace(annexed, projects=(changed,)))] == ["table.execution_rate"]
    # the three figures of one project's table, not a mix
    mixed = (own[0], replace(own[1], scope=None), own[2])
    assert [f.rule for f in tables.execution_rate(replace(facts(mixed), projects=(row,)))] == ["table.execution_rate"]
    mixed = (replace(own[0], scope=None), own[1], own[2])
    assert [f.rule for f in tables.execution_rate(replace(facts(mixed), projects=(row,)))] == ["table.execution_rate"]
    unscoped = tuple(replace(b, scope=None) for b in own)
    assert [f.rule for f in tables.execution_rate(replace(facts(unscoped), projects=(row,)))] == ["table.execution_rate"]
    other_scope = tuple(replace(b, scope="nested:" + b.item) for b in own)
    assert [f.rule for f in tables.execution_rate(replace(facts(other_scope), projects=(row,)))] == ["table.execution_rate"]


def test_an_execution_rate_without_spending_to_compare_raises_nothing() -> None:
    budget = (funds("budget_adjusted", "100.00"), funds("execution_rate", "90.00%"))
    assert tables.execution_rate(facts(budget)) == []


def test_every_funds_table_has_its_execution_rate_checked() -> None:
    def table(index: int, rate: str | None) -> tuple[BudgetItem, ...]:
        return (funds("budget_adjusted", "200.00", table=index), funds("expenditure_total", "190.00", table=index),
                *([funds("execution_rate", rate, table=index)] if rate else []))

    # a table stating no rate, one whose rate agrees, one whose rate does not
    flags = tables.execution_rate(facts((*table(0, None), *table(1, "95.00%"), *table(2, "96.00%"))))
    assert [(f.expected, f.stated) for f in flags] == [(Decimal("95.00"), Decimal("96.00"))]


# --- table.execution_score -----------------------------------------------------------------------

@pytest.mark.parametrize("project, key, subject", [
    (None, "table.execution_score", ""), ("教师培训", "table.execution_score.project", "教师培训")])
def test_an_execution_score_flag_states_points_rate_and_the_score_they_give(project: str | None, key: str,
                                                                            subject: str) -> None:
    (flag,) = tables.execution_score(facts(indicators=(execution("10", "80.00%", "9", project=project, page=3),)))
    assert described(flag) == {
        "rule": "table.execution_score", "severity": "warning", "items": ("indicators.score", "execution_rate"),
        "expected": Decimal("8.00"), "stated": Decimal("9"), "page": 3, "key": key,
        "params": {"subject": subject, "score": "9", "weight": "10", "rate": "80.00%", "expected": "8"}}


@pytest.mark.parametrize("weight, rate, score, expected", [
    # a whole score is exact; a whole rate's half point is worth 0.05 of 10 points
    ("10", "90%", "9", None),
    # 19.1 from 95.5%: its half unit is worth 0.01 of 20 points, so 19 is outside
    ("20", "95.5%", "19", Decimal("19.10")),
    # 9.5 from 95%: 9.4 is off by 0.1, exactly its own 0.05 and the rate's 0.05
    ("10", "95%", "9.4", None),
    ("10", "95%", "9.3", Decimal("9.50")),
    ("10", "105.00%", "10", None),  # capped at the points
])
def test_an_execution_score_may_miss_points_times_rate_by_the_rounding_of_both(
        weight: str, rate: str, score: str, expected: Decimal | None) -> None:
    flags = tables.execution_score(facts(indicators=(execution(weight, rate, score),)))
    assert [f.expected for f in flags] == ([expected] if expected is not None else [])


@pytest.mark.parametrize("row", [execution("10", "95.00%", None), execution("10", None, "9"),
                                 execution(None, "95.00%", "9")])
def test_an_execution_row_missing_a_figure_is_not_checked(row: Indicator) -> None:
    assert tables.execution_score(facts(indicators=(row,))) == []


@pytest.mark.parametrize("rate, half_unit", [
    ("95.03%", Decimal("0.005")), ("95.5%", Decimal("0.05")), ("95%", Decimal("0.5")), ("约96%", Decimal("0.5")),
    ("", Decimal("0.5")), (None, Decimal("0.5")),
])
def test_a_rates_half_unit_follows_its_written_decimals(rate: str | None, half_unit: Decimal) -> None:
    assert tables._half_unit(rate) == half_unit


# --- table.indicator_score -----------------------------------------------------------------------

def test_a_score_above_its_points_is_flagged_with_both() -> None:
    rows = (indicator("培训人次", None, "20", level1="产出指标"),  # no 分值: nothing to compare
            indicator("培训合格率", "20", "20", level1="产出指标"),
            indicator("服务对象满意度", "10", "12", level1="满意度指标", page=2))
    (flag,) = tables.indicator_score(facts(indicators=rows))
    assert described(flag) == {
        "rule": "table.indicator_score", "severity": "error", "items": ("indicators.score", "indicators.weight"),
        "expected": Decimal("10"), "stated": Decimal("12"), "page": 2, "key": "table.indicator_score",
        "params": {"subject": "服务对象满意度", "score": "12", "weight": "10"}}


@pytest.mark.parametrize("weight, score, flagged", [
    ("2.5", "2.55", False),  # 2.5 may stand for 2.54…, 2.55 for 2.545…
    ("2.5", "2.56", True),
    ("10", "10", False),
])
def test_a_score_may_exceed_its_points_by_their_rounding(weight: str, score: str, flagged: bool) -> None:
    assert bool(tables.indicator_score(facts(indicators=(indicator("及时率", weight, score),)))) == flagged


def test_a_funds_table_in_yuan_with_bare_cells_shows_its_sum_in_yuan() -> None:
    from schemas.facts import figure_unit
    from schemas.figures import Figure

    assert figure_unit(Figure(Decimal("1300000.00"), "1,300,000.00", Decimal("0.005"))) == "元"
    assert figure_unit(Figure(Decimal("13000000.00"), "1300.00", Decimal("50"))) == "万元"
    assert figure_unit(Figure(Decimal("13000000.00"), "1300.00万元", Decimal("50"))) == "万元"
    assert figure_unit(Figure(Decimal("0"), "0.00", Decimal("0.005"))) == "万元"
