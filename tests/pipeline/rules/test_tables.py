"""Table rules on facts extracted from 绩效自评表 layouts built in code."""
from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.extraction.extract import extract
from pipeline.rules import all_rules
from pipeline.rules import tables as table_rules
from schemas.facts import Flag, ReportFacts, Severity
from tests.extractors import test_table_layouts as layouts

PROJECT = layouts.PROJECT_TITLE
DEPARTMENT = layouts.DEPARTMENT_TITLE
TABLE_RULES = [spec for rule_id, spec in all_rules().items() if rule_id.startswith("table.")]


def facts_of(pages: list[tuple[str, tuple]]) -> ReportFacts:  # type: ignore[type-arg]
    return extract(layouts.make_tables_doc(pages), names=["tables"])


def table_flags(facts: ReportFacts) -> list[Flag]:
    return [f for spec in TABLE_RULES for f in spec.fn(facts)]


def summary(flags: list[Flag]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(f.rule, f.severity.value, tuple(sorted(f.items))) for f in flags}


E, W = "error", "warning"
SCORES = ("indicators.score", "self_score")

CASES = {
    # the classic table's rows add up to 93.5 while its 总分 says 94.5 (as in a real report)
    "classic_total_off_by_one": ([(PROJECT, (layouts.classic(),))], {("table.scores_sum", E, SCORES)}),
    "classic_consistent": ([(PROJECT, (layouts.classic(total_score="93.5"),))], set()),
    "classic_rate_not_executed_over_budget": (
        [(PROJECT, (layouts.classic(total_score="93.5", rate="96.03%"),))],
        {("table.execution_rate", E, ("budget_adjusted", "execution_rate", "expenditure_total")),
         ("table.execution_score", W, ("execution_rate", "indicators.score"))},
    ),
    "classic_block_points_contradicted": (
        [(PROJECT, (layouts.classic(total_score="93.5", output_label="产出指标(60分)"),))],
        {("table.weights_sum", E, ("indicators.weight", "产出指标"))},
    ),
    "classic_total_row_zero": (
        [(PROJECT, (layouts.classic(total_score="93.5", total_row=("0", "0", "0")),))],
        {("table.funds_total", E, ("budget_initial", "revenue_general_budget")),
         ("table.funds_total", E, ("budget_adjusted", "revenue_carryover", "revenue_general_budget")),
         ("table.funds_total", E, ("expenditure_total", "revenue_carryover", "revenue_general_budget"))},
    ),
    "zero_total_with_90_in_its_row": (
        [(PROJECT, (layouts.zero_total(),))],
        {("table.funds_total", E, ("budget_initial", "revenue_general_budget")),
         ("table.funds_total", E, ("budget_adjusted", "revenue_general_budget")),
         ("table.funds_total", E, ("expenditure_total", "revenue_general_budget"))},
    ),
    "sichuan_consistent": ([(PROJECT, (layouts.sichuan(),))], set()),
    "sichuan_special_account_off": (
        [(PROJECT, (layouts.sichuan(special="12.00"),))],
        {("table.funds_total", E, ("budget_initial", "revenue_general_budget", "revenue_other", "revenue_special_account")),
         ("table.funds_total", E, ("budget_adjusted", "revenue_general_budget", "revenue_other", "revenue_special_account")),
         ("table.funds_total", E, ("expenditure_total", "revenue_general_budget", "revenue_other",
                                   "revenue_special_account"))},
    ),
    "transfer_levels_miss_the_total": (
        [(PROJECT, (layouts.transfer(),))],
        {("table.funds_total", E, ("budget_adjusted", "funds_central", "funds_local", "funds_provincial"))},
    ),
    "transfer_consistent": ([(PROJECT, (layouts.transfer(total="3,281.00"),))], {
        # 3198.62 ÷ 3281 = 97.49%, not the stated 97.34%
        ("table.execution_rate", E, ("budget_adjusted", "execution_rate", "expenditure_total"))}),
    "chongqing_consistent": ([(DEPARTMENT, (layouts.chongqing(),))], set()),
    "chongqing_total_score_off": (
        [(DEPARTMENT, (layouts.chongqing(score="96.33"),))], {("table.scores_sum", E, SCORES)}),
    "anhui_missed_target_full_points": (
        [(PROJECT, (layouts.anhui(),))], {("table.target_vs_score", W, ("indicators.actual", "indicators.score"))}),
    "anhui_execution_score_above_its_points": (
        [(PROJECT, (layouts.anhui(score="12", total="100"),))],
        {("table.target_vs_score", W, ("indicators.actual", "indicators.score")),
         ("table.indicator_score", E, ("indicators.score", "indicators.weight")),
         ("table.execution_score", W, ("execution_rate", "indicators.score"))},
    ),
    "html_flattened_without_scores": ([(DEPARTMENT, (layouts.html_flattened(),))], set()),
    "split_across_pages": (
        [(PROJECT, (layouts.split_pages()[0],)), ("续表", (layouts.split_pages()[1],))],
        {("table.target_vs_score", W, ("indicators.actual", "indicators.score"))},
    ),
    "department_with_project_tables": (
        [(DEPARTMENT, (layouts.small_project("教师培训"),
                       layouts.small_project("学生资助", "200.00", "150.00", "80.00%", "95")))],
        # 学生资助's 80.00% against 150.00 ÷ 200.00 = 75%: its projects row states the same figures, so
        # projects.rate_vs_computed flags it (test_a_project_table_s_rate_is_flagged_once), not the table rule
        {("table.execution_score", W, ("execution_rate", "indicators.score")),
         # 满意度 95% against ≥90%: met, yet 38 of 40
         ("table.target_vs_score", W, ("indicators.actual", "indicators.score"))},
    ),
    "yunnan_yuan_consistent": ([(PROJECT, (layouts.yunnan(),))], set()),
    "split_header_consistent": ([(PROJECT, (layouts.split_header_funds(),))], set()),
    "sources_and_spending_consistent": ([(DEPARTMENT, (layouts.department_spending(),))], set()),
    "spending_misses_the_total": (
        [(DEPARTMENT, (layouts.department_spending(project_spending="500.00"),))],
        {("table.funds_total", E, ("expenditure_basic", "expenditure_project", "expenditure_total"))},
    ),
    "nested_funds_not_summed": ([(PROJECT, (layouts.nested_funds(),))], set()),
    "anhui_total_without_execution_row": ([(PROJECT, (layouts.anhui(total="88"),))],
                                          {("table.target_vs_score", W, ("indicators.actual", "indicators.score"))}),
    "framework_consistent": ([(PROJECT, (layouts.framework(),))], set()),
    "framework_total_off": ([(PROJECT, (layouts.framework(total="98"),))], {("table.scores_sum", E, SCORES)}),
    "lone_part_below_its_total": (
        [(PROJECT, (layouts.build([
            ["资金来源", "全年预算数（万元）", "全年执行数（万元）"],
            ["年度资金总额", "3,286.00", "3,198.62"],
            ["其中：中央财政资金", "2,150.00", "2,108.40"],
        ]),))],
        {("table.funds_total", W, ("budget_adjusted", "funds_central")),
         ("table.funds_total", W, ("expenditure_total", "funds_central"))},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_table_rules(name: str) -> None:
    pages, want = CASES[name]
    assert summary(table_flags(facts_of(pages))) == want


def test_funds_flag_names_figures_and_page() -> None:
    flags = table_rules.funds_total(facts_of([(PROJECT, (layouts.transfer(),))]))
    assert len(flags) == 1
    flag = flags[0]
    assert (flag.severity, flag.expected, flag.stated, flag.page) == (
        Severity.ERROR, Decimal("32810000.00"), Decimal("32860000.00"), 1)
    assert "2,150.00" in flag.message and "3,286.00" in flag.message


def test_scores_flag_states_sum_and_total() -> None:
    flags = table_rules.scores_sum(facts_of([(PROJECT, (layouts.classic(),))]))
    assert [(f.expected, f.stated) for f in flags] == [(Decimal("93.5"), Decimal("94.5"))]


def test_weights_not_adding_to_100_is_a_warning() -> None:
    table = layouts.build([
        ["项目名称", ("某项目", 1, 6)],
        ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", "50", "50"],
        ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "95%", "40", "40"],
    ])
    flags = table_rules.weights_sum(facts_of([(PROJECT, (table,))]))
    assert summary(flags) == {("table.weights_sum", W, ("indicators.weight",))}


def test_rules_are_registered_with_stable_ids() -> None:
    ids = {rule_id for rule_id in all_rules() if rule_id.startswith("table.")}
    assert ids == {"table.funds_total", "table.execution_rate", "table.execution_score", "table.indicator_score",
                   "table.weights_sum", "table.scores_sum", "table.target_vs_score", "table.level_sum", "table.row_rate"}


def _level_facts(level_score: str, leaf_scores: tuple[str, ...], self_score: str | None = None):  # type: ignore[no-untyped-def]
    from schemas.facts import Indicator, ReportMeta
    from schemas.figures import Figure
    from schemas.provenance import Provenance

    def fig(v: str) -> Figure:
        return Figure(Decimal(v), v, Decimal("0.05") if "." in v else Decimal("0.5"))

    prov = Provenance(page=1, extractor="tables")
    rows = [Indicator("产出指标", prov, weight=fig("50"), score=fig(level_score), level_row=True)]
    rows += [Indicator(f"指标{k}", prov, level1="产出指标", weight=fig("25"), score=fig(s)) for k, s in enumerate(leaf_scores)]
    meta = ReportMeta(self_score=Decimal(self_score) if self_score else None)
    return ReportFacts(meta, (), (), tuple(rows), (), ())


def test_a_first_level_row_scores_the_sum_of_its_rows() -> None:
    from pipeline.rules.tables import level_sum

    assert level_sum(_level_facts("49.0", ("25.0", "24.0"))) == []
    (flag,) = level_sum(_level_facts("48.0", ("25.0", "24.0")))
    assert (flag.rule, flag.expected, flag.stated) == ("table.level_sum", Decimal("49.0"), Decimal("48.0"))


def test_first_level_rows_are_not_counted_twice_in_the_total() -> None:
    from pipeline.rules.tables import scores_sum, weights_sum

    facts = _level_facts("49", ("25", "24"), self_score="49")
    assert scores_sum(facts) == []  # 25 + 24, the level row's 49 aside
    assert [f.severity for f in weights_sum(facts)] == [Severity.WARNING]  # 50, not 100; no block error


def test_first_level_rows_with_no_rows_under_them_add_up_to_nothing_to_check() -> None:
    from pipeline.rules.tables import weights_sum
    from schemas.facts import Indicator, ReportMeta
    from schemas.figures import Figure
    from schemas.provenance import Provenance

    prov = Provenance(page=1, extractor="tables")
    rows = tuple(Indicator(name, prov, weight=Figure(Decimal(w), w, Decimal("0.5")), level_row=True)
                 for name, w in (("投入", "20"), ("过程", "30"), ("产出", "30"), ("效果", "20")))
    assert weights_sum(ReportFacts(ReportMeta(), (), (), rows, (), ())) == []
    off = rows[:3]  # 80 in all: the total still is checked
    assert [f.severity for f in weights_sum(ReportFacts(ReportMeta(), (), (), off, (), ()))] == [Severity.WARNING]


def _execution_form(weights: tuple[str, ...], scores: tuple[str, ...], self_score: str,  # type: ignore[no-untyped-def]
                    total_row: bool | None = True):
    """A form's execution row (its funds block's) and two indicator rows, under a stated 总分 of 100; the
    score stated in the total row (or in the narrative; or where, not known: None)."""
    from schemas.facts import Indicator, ReportMeta
    from schemas.figures import Figure
    from schemas.provenance import Provenance

    def fig(v: str) -> Figure:
        return Figure(Decimal(v), v, Decimal("0.005") if "." in v else Decimal("0.5"))

    prov = Provenance(page=1, extractor="tables")
    names = (("预算执行率", "预算执行"), ("助餐服务", "产出指标"), ("满意度", "满意度指标"))
    rows = tuple(Indicator(name, prov, level1=level1, weight=fig(w), score=fig(s))
                 for (name, level1), w, s in zip(names, weights, scores, strict=True))
    where = Provenance(page=1, extractor="tables", table=0, row=4) if total_row else Provenance(page=1, extractor="metadata")
    meta = ReportMeta(self_score=Decimal(self_score), weight_total=Decimal(100),
                      provenance={"self_score": where} if total_row is not None else {})
    return ReportFacts(meta, (), (), rows, (), ())


def test_a_total_without_the_execution_row_is_read_only_when_the_scores_say_so() -> None:
    from pipeline.rules.tables import weights_sum

    # 10 + 60 + 40 = 110 under 总分 100, the score 97.65 the sum with the execution row: its weights are wrong
    (flag,) = weights_sum(_execution_form(("10", "60", "40"), ("9.65", "50", "38"), "97.65"))
    assert (flag.rule, flag.severity, flag.expected, flag.stated) == (
        "table.weights_sum", Severity.ERROR, Decimal(110), Decimal(100))
    # the score the sum without it: the total row counts the indicators alone, 60 + 40 = 100
    assert weights_sum(_execution_form(("10", "60", "40"), ("9.65", "50", "38"), "88")) == []
    # a score the narrative states says nothing of what the total row counts, nor one whose place is not known
    assert weights_sum(_execution_form(("10", "60", "40"), ("9.65", "50", "38"), "97.65", total_row=False)) == []
    assert weights_sum(_execution_form(("10", "60", "40"), ("9.65", "50", "38"), "97.65", total_row=None)) == []
    # the total row's score written to one place: the sum with the execution row, within its rounding
    assert [f.expected for f in weights_sum(_execution_form(("10", "60", "40"), ("9.66", "50.00", "38.00"), "97.6"))] \
        == [Decimal(110)]
    # an execution row scored 0: both sums are the stated score, so either reading may be the total row's
    assert weights_sum(_execution_form(("10", "60", "40"), ("0.00", "50.00", "38.00"), "88.00")) == []
    # so too when the sum without it is within the rounding of the score written to one place and of the rows
    assert weights_sum(_execution_form(("10", "60", "40"), ("0.06", "50.00", "37.94"), "88.0")) == []


def test_a_project_table_s_rate_is_flagged_once() -> None:
    facts = facts_of([(DEPARTMENT, (layouts.small_project("教师培训"),
                                    layouts.small_project("学生资助", "200.00", "150.00", "80.00%", "95")))])
    rates = [f for spec in all_rules().values() for f in spec.fn(facts)
             if f.rule.endswith("rate_vs_computed") or f.rule == "table.execution_rate"]
    assert [(f.rule, f.expected, f.stated) for f in rates] == [("projects.rate_vs_computed", Decimal("75.00"), Decimal("80.00"))]
