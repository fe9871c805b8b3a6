"""Resolve: one value per field from every candidate; rival values kept and flagged."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from pipeline.extraction.resolve import RULE_CONFLICT, RULE_TABLE_NARRATIVE, agree, conflict_flags, resolve
from schemas.facts import (
    Basis,
    BudgetItem,
    Extraction,
    FieldCandidate,
    Flag,
    Indicator,
    Metric,
    Project,
    ReportKind,
    ReportMeta,
    Severity,
    StatedMoney,
)
from schemas.figures import Figure
from schemas.messages import render
from schemas.provenance import Provenance


def at(page: int = 1, extractor: str = "budget", **where: int) -> Provenance:
    return Provenance(page=page, extractor=extractor, **where)  # type: ignore[arg-type]


def fig(value: str, stated: str | None = None, tolerance: str = "0.5") -> Figure:
    return Figure(Decimal(value), stated or value, Decimal(tolerance))


def field(name: str, value: object, strength: int = 1, page: int = 1) -> FieldCandidate:
    return FieldCandidate(name, value, at(page), strength)  # type: ignore[arg-type]


def budget(code: str, figure: Figure, where: Provenance, strength: int = 1, **kw: object) -> BudgetItem:
    return BudgetItem(code, figure, where, strength=strength, **kw)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- report fields
def test_the_strongest_candidate_wins_and_the_earliest_among_equals() -> None:
    meta = resolve(Extraction(fields=(
        field("self_score", "90", strength=1), field("self_score", "95", strength=3),
        field("fiscal_year", "2022", strength=2), field("fiscal_year", "2022", strength=2, page=4),
    ))).meta
    assert (meta.self_score, meta.fiscal_year) == (Decimal(95), 2022)
    assert meta.alternatives == {}  # an equal value stated twice is no rival


def test_rivals_as_firm_as_the_chosen_value_are_kept_and_flagged() -> None:
    facts = resolve(Extraction(fields=(field("grade", "优", 2), field("grade", "良", 2, page=2),
                                       field("self_score", "95", 2), field("self_score", Decimal("95.0"), 2))))
    assert facts.meta.grade == "优" and [c.value for c in facts.meta.alternatives["grade"]] == ["良"]
    assert "self_score" not in facts.meta.alternatives  # 95 and 95.0 are one value
    (flag,) = facts.flags
    assert (flag.rule, flag.severity, flag.items, flag.page) == (RULE_CONFLICT, Severity.WARNING, ("grade",), 1)


def floor(grade: str, value: str | int) -> FieldCandidate:
    return field(f"grade_floor.{grade}", Decimal(value) if isinstance(value, int) else value)


@pytest.mark.parametrize(("stated", "floors"), [
    ([floor("良", 70), floor("优", 85), floor("中", 60)], (("优", Decimal(85)), ("良", Decimal(70)), ("中", Decimal(60)))),
    # the first statement of a grade's floor is the report's; a later scale (another's) is not
    ([floor("优", 85), floor("良", 70), floor("优", 90), floor("良", 80)], (("优", Decimal(85)), ("良", Decimal(70)))),
    ([floor("优", 90)], (("优", Decimal(90)),)),
    # floors that do not fall grade by grade, or leave 0–100, were misread: no scale
    ([floor("优", 80), floor("良", 80)], ()),
    ([floor("优", 80), floor("良", 85)], ()),
    ([floor("良", 70), floor("中", 75)], ()),
    ([floor("优", 101), floor("良", 80)], ()),
    ([floor("优", 90), floor("良", 0)], ()),
    ([floor("优", 100), floor("良", 80)], (("优", Decimal(100)), ("良", Decimal(80)))),
    ([floor("优", 90), floor("良", 1)], (("优", Decimal(90)), ("良", Decimal(1)))),  # any floor above 0
    ([floor("优", "90")], ()),  # not a number
    ([field("grade", "优"), floor("差", 10)], ()),  # 差 has no floor
])
def test_the_report_s_grading_scale(stated: list[FieldCandidate], floors: tuple) -> None:  # type: ignore[type-arg]
    assert resolve(Extraction(fields=tuple(stated))).meta.grade_floors == floors


@pytest.mark.parametrize(("grade", "kept"), [("优", "优"), ("差", "差"), ("优秀", None), ("A", None)])
def test_only_contract_grades_are_taken(grade: str, kept: str | None) -> None:
    assert resolve(Extraction(fields=(field("grade", grade),))).meta.grade == kept


def test_the_region_is_read_off_the_department_unless_stated() -> None:
    meta = resolve(Extraction(fields=(field("department", "广州市海珠区应急管理局"), field("report_kind", "project")))).meta
    assert (meta.city, meta.county, meta.report_kind) == ("广州市", "海珠区", ReportKind.PROJECT)
    assert meta.provenance["county"] == meta.provenance["department"]
    stated = resolve(Extraction(fields=(field("department", "广州市海珠区应急管理局"), field("province", "广东省")))).meta
    assert (stated.province, stated.city, stated.county) == ("广东省", None, None)


def test_no_candidates_no_values() -> None:
    facts = resolve(Extraction())
    assert (facts.meta.self_score, facts.meta.report_kind, facts.budget_items, facts.flags) == (
        None, ReportKind.UNKNOWN, (), ())


# --------------------------------------------------------------------------- budget figures
@pytest.mark.parametrize(("a", "b", "same"), [
    (fig("18260000", tolerance="50"), fig("18260040"), True),  # 1826.00万元 and 18,260,040元: within the rounding
    (fig("18260000", tolerance="50"), fig("18260051"), False),
    (fig("96.36", tolerance="0.005"), fig("96.4", tolerance="0.05"), True),
])
def test_agree_within_the_sum_of_the_roundings(a: Figure, b: Figure, same: bool) -> None:
    assert agree(a, b) == same == agree(b, a)


def test_equal_figures_are_one_with_several_provenances() -> None:
    facts = resolve(Extraction(budget_items=(
        budget("budget_adjusted", fig("18260000", "1826.00万元", "50"), at(1), strength=2),
        budget("budget_adjusted", fig("18260040", "18,260,040元"), at(3, "tables")),
    )))
    (chosen,) = facts.budget_items
    # the exact statement stands for the figure, with the strongest one's strength
    assert chosen.figure.stated == "18,260,040元" and chosen.alternatives == () and facts.flags == ()
    assert chosen.corroborations == (at(1),) and chosen.strength == 2


def test_a_table_and_the_narrative_that_disagree_make_an_error() -> None:
    facts = resolve(Extraction(budget_items=(budget("expenditure_total", fig("100"), at(1, "tables")),
                                             budget("expenditure_total", fig("110"), at(2, "budget")))))
    (chosen,) = facts.budget_items
    assert chosen.value == 100 and [a.value for a in chosen.alternatives] == [110]
    (flag,) = facts.flags
    assert (flag.rule, flag.severity, flag.expected, flag.stated, flag.page) == (
        RULE_TABLE_NARRATIVE, Severity.ERROR, Decimal(100), Decimal(110), 2)


def test_a_narrative_that_also_states_the_table_s_value_disagrees_with_itself_only() -> None:
    facts = resolve(Extraction(budget_items=(budget("budget_adjusted", fig("1864500"), at(3, "tables")),
                                             budget("budget_adjusted", fig("1600000"), at(1, "budget")),
                                             budget("budget_adjusted", fig("1864500"), at(1, "budget")))))
    (chosen,) = facts.budget_items
    assert chosen.value == 1864500 and [a.value for a in chosen.alternatives] == [1600000]
    (flag,) = facts.flags
    assert (flag.rule, flag.severity) == (RULE_CONFLICT, Severity.WARNING)


def test_one_source_stating_two_values_is_a_warning() -> None:
    facts = resolve(Extraction(budget_items=(budget("execution_rate", fig("90"), at(1)),
                                             budget("execution_rate", fig("80"), at(2)))))
    (flag,) = facts.flags
    assert (flag.rule, flag.severity, flag.items) == (RULE_CONFLICT, Severity.WARNING, ("execution_rate",))


def test_a_weaker_wider_wording_of_the_same_extractor_is_no_contradiction() -> None:
    facts = resolve(Extraction(budget_items=(budget("revenue_general_budget", fig("50"), at(1), strength=3),
                                             budget("revenue_general_budget", fig("60"), at(1), strength=1))))
    assert [b.value for b in facts.budget_items] == [50] and facts.flags == ()
    assert [a.value for a in facts.budget_items[0].alternatives] == [60]


def test_bases_are_resolved_apart_and_scoped_parts_all_kept() -> None:
    facts = resolve(Extraction(budget_items=(
        budget("expenditure_total", fig("100"), at(1)),
        budget("expenditure_total", fig("90"), at(2, "tables"), basis=Basis.EXECUTED),
        budget("funds_central", fig("5"), at(1), scope="evaluated"),
        budget("funds_central", fig("6"), at(1), scope="evaluated"),
    )))
    assert facts.flags == ()
    assert facts.item("expenditure_total").value == 100  # type: ignore[union-attr]
    assert facts.item("expenditure_total", Basis.EXECUTED).value == 90  # type: ignore[union-attr]
    assert sorted(b.value for b in facts.budget_items if b.scope == "evaluated") == [5, 6]


# --------------------------------------------------------------------------- projects, indicators, metrics
def test_projects_merge_by_name_and_sums_are_no_projects() -> None:
    facts = resolve(Extraction(projects=(
        Project("“农村饮水”项目", at(1), budget=fig("100")),
        Project("农村饮水项目", at(2), executed=fig("90"), execution_rate=fig("90")),
        Project("合计", at(2), budget=fig("100")),
        Project("部门整体支出（万元）", at(2), budget=fig("300")),
    )))
    (project,) = facts.projects
    assert (project.name, project.budget, project.executed, project.execution_rate) == (
        "“农村饮水”项目", fig("100"), fig("90"), fig("90"))


def test_indicators_stated_twice_are_kept_once() -> None:
    row = Indicator("群众满意度", at(3, "tables"), level1="满意度指标", target="≥90%", actual="92%")
    other = Indicator("群众满意度", at(3, "tables"), project="乙", target="≥90%", actual="92%")
    assert resolve(Extraction(indicators=(row, row, other))).indicators == (row, other)


def rows_under(level1: str, weights: tuple[str, ...], scores: tuple[str, ...]) -> list[Indicator]:
    return [Indicator(f"{level1}{k}", at(3, "tables"), level1=level1, weight=fig(w, tolerance="0.5"),
                      score=fig(sc, tolerance="0.5" if "." not in sc else "0.05"))
            for k, (w, sc) in enumerate(zip(weights, scores, strict=True))]


def level_in_prose(name: str, weight: str, score: str) -> Indicator:
    return Indicator(name, at(2, "narrative_indicators"), weight=fig(weight), score=fig(score, tolerance="0.05"),
                     level_row=True)


def test_a_first_level_score_in_prose_that_the_table_s_rows_add_up_to_restates_them() -> None:
    rows = rows_under("决策", ("5", "5", "5"), ("5", "4", "5")) + rows_under("过程", ("10", "10"), ("9", "9.5"))
    restated = [level_in_prose("决策类指标", "15", "14"), level_in_prose("过程类指标", "20", "18.5")]
    assert resolve(Extraction(indicators=(*rows, *restated))).indicators == tuple(rows)


@pytest.mark.parametrize("prose", [
    level_in_prose("决策类指标", "15", "12"),  # the rows' scores add up to 14: the prose says something else
    level_in_prose("决策类指标", "20", "14"),  # nor do the weights
    level_in_prose("产出类指标", "15", "14"),  # no row under 产出
])
def test_a_first_level_score_in_prose_is_kept_when_no_rows_add_up_to_it(prose: Indicator) -> None:
    rows = rows_under("决策", ("5", "5", "5"), ("5", "4", "5"))
    assert resolve(Extraction(indicators=(*rows, prose))).indicators == (*rows, prose)


def test_a_restated_first_level_is_checked_on_what_both_state() -> None:
    unscored = [replace(row, score=None) for row in rows_under("决策", ("5", "5", "5"), ("5", "4", "5"))]
    assert resolve(Extraction(indicators=(*unscored, level_in_prose("决策类指标", "15", "14")))).indicators == tuple(
        unscored)  # the rows state no score: their weights add up
    no_weight = replace(level_in_prose("决策类指标", "15", "12"), weight=None)
    rows = rows_under("决策", ("5", "5", "5"), ("5", "4", "5"))
    assert resolve(Extraction(indicators=(*rows, no_weight))).indicators == (*rows, no_weight)  # 12 against 14
    # off by exactly the rounding of all the figures (15 ± 0.5 against 5 + 5 + 5 each ± 0.5): within it
    at_the_edge = level_in_prose("决策类指标", "17", "14")
    assert resolve(Extraction(indicators=(*rows, at_the_edge))).indicators == tuple(rows)


def test_a_first_level_row_of_a_table_is_no_restatement() -> None:
    rows = rows_under("决策", ("5", "10"), ("5", "9"))
    table_level = replace(level_in_prose("决策", "15", "14"), provenance=at(3, "tables"))
    assert resolve(Extraction(indicators=(*rows, table_level))).indicators == (*rows, table_level)


def test_a_table_restating_a_narrative_metric_keeps_the_narrative_one() -> None:
    said = Metric("开展职业技能培训", fig("1146"), "人", at(2, char_start=40, char_end=45))
    restated = Metric("职业技能培训人数", fig("1146"), "人", at(5, "tables", table=0, row=3, col=4))
    alone = Metric("辅助器具适配", fig("3418"), "件", at(5, "tables", table=0, row=4, col=4))
    twice = Metric("开展职业技能培训", fig("1146"), "人", at(2, char_start=40, char_end=45))
    assert resolve(Extraction(metrics=(said, restated, alone, twice))).metrics == (said, alone)


# --------------------------------------------------------------------------- mutation testing (docs/testing.md)
def english(flag: Flag) -> str:
    assert flag.text is not None
    return render(flag.text, "en")


def test_an_external_grade_outside_the_contract_grades_is_not_taken() -> None:
    assert resolve(Extraction(fields=(field("external_grade", "优秀"),))).meta.external_grade is None
    assert resolve(Extraction(fields=(field("external_grade", "良"),))).meta.external_grade == "良"


def test_department_and_project_name_are_resolved() -> None:
    meta = resolve(Extraction(fields=(field("department", "某县教育局"), field("project_name", "校舍维修项目")))).meta
    assert (meta.department, meta.project_name) == ("某县教育局", "校舍维修项目")


@pytest.mark.parametrize("stated", ["city", "county"])
def test_any_stated_level_of_the_region_stops_reading_it_off_the_department(stated: str) -> None:
    meta = resolve(Extraction(fields=(field("department", "广州市海珠区应急管理局"), field(stated, "某地")))).meta
    assert (meta.city, meta.county) == (("某地", None) if stated == "city" else (None, "某地"))


def test_one_grade_stated_twice_is_no_rival() -> None:
    facts = resolve(Extraction(fields=(field("grade", "优", 2), field("grade", "优", 2, page=3))))
    assert facts.meta.alternatives == {} and facts.flags == ()


def test_a_rival_field_flag_in_full() -> None:
    facts = resolve(Extraction(fields=(field("grade", "优", 2, page=2), field("grade", "良", 2, page=3),
                                       field("grade", "中", 2, page=4))))
    (flag,) = facts.flags
    assert (flag.rule, flag.items, flag.page) == (RULE_CONFLICT, ("grade",), 2)
    assert english(flag) == "grade is stated as 优 and also as 中、良"


def test_a_field_conflict_without_a_place_has_no_page() -> None:
    meta = ReportMeta(grade="优", alternatives={"grade": (field("grade", "良", 2),)})
    (flag,) = conflict_flags(meta, ())
    assert flag.page is None and english(flag) == "grade is stated as 优 and also as 良"


def test_figures_at_the_limit_of_their_roundings_agree() -> None:
    assert agree(fig("100"), fig("101")) and not agree(fig("100"), fig("101.01", tolerance="0.005"))


def test_a_figure_conflict_flag_in_full() -> None:
    facts = resolve(Extraction(budget_items=(budget("expenditure_total", fig("100", "100万元"), at(1, "tables")),
                                             budget("expenditure_total", fig("110", "110万元"), at(2)))))
    assert english(facts.flags[0]) == "total spending: 100万元 (page 1) but 110万元 (page 2)"


def test_a_figure_conflict_names_the_basis_and_unknown_pages() -> None:
    facts = resolve(Extraction(budget_items=(
        budget("expenditure_total", fig("100", "100万元"), Provenance(page=None, extractor="tables"), basis=Basis.EXECUTED),
        budget("expenditure_total", fig("110", "110万元"), Provenance(page=None, extractor="budget"), basis=Basis.EXECUTED),
    )))
    (flag,) = facts.flags
    assert flag.page is None
    assert english(flag) == "total spending (executed): 100万元 (page ?) but 110万元 (page ?)"


def test_a_rival_after_a_wider_wording_is_still_flagged() -> None:
    facts = resolve(Extraction(budget_items=(
        budget("revenue_general_budget", fig("50"), at(1), strength=3),
        budget("revenue_general_budget", fig("60"), at(1), strength=1),  # wider wording: no contradiction
        budget("revenue_general_budget", fig("70"), at(2, "tables"), strength=1),
    )))
    assert [(f.rule, f.stated) for f in facts.flags] == [(RULE_TABLE_NARRATIVE, Decimal(70))]


def test_projects_after_a_total_row_are_kept_and_merged_by_their_own_name() -> None:
    facts = resolve(Extraction(projects=(
        Project("合计", at(1), budget=fig("300")),
        Project("农村饮水项目", at(1), executed=fig("90")),
        Project("校舍维修项目", at(1), budget=fig("200")),
        Project("农村饮水项目", at(2), budget=fig("100"), fund_source="中央"),
    )))
    assert [(p.name, p.budget, p.executed, p.fund_source) for p in facts.projects] == [
        ("农村饮水项目", fig("100"), fig("90"), "中央"), ("校舍维修项目", fig("200"), None, None)]


def _table_metric(subject: str, value: str = "1146", unit: str = "人") -> Metric:
    return Metric(subject, fig(value), unit, at(5, "tables", table=0, row=3, col=4))


@pytest.mark.parametrize("restated, kept", [
    (_table_metric("职业技能培训", unit="次"), True),  # another unit: another achievement
    (_table_metric("辅助器具适配"), True),  # the same figure about something else
    (_table_metric(""), True),  # a cell without a subject is not taken for the narrative's
    (_table_metric("一般培训"), False),  # `培训` of the narrative within it
    (_table_metric("技能课堂"), False),  # three characters in common with the narrative's subject
    (_table_metric("技能课"), False),
])
def test_a_table_metric_is_the_narratives_only_with_its_value_unit_and_subject(restated: Metric, kept: bool) -> None:
    said = Metric("职业技能培训课程", fig("1146"), "人", at(2, char_start=40, char_end=45))
    short = Metric("培训", fig("1146"), "人", at(2, char_start=50, char_end=52))
    metrics = resolve(Extraction(metrics=(said, short, restated) if restated.subject == "一般培训"
                                 else (said, restated))).metrics
    assert (restated in metrics) == kept


@pytest.mark.parametrize("value, chosen", [
    (Decimal("12598700.00"), Decimal("96")),  # a money figure misread as the score: never the score
    (Decimal("100"), Decimal("100")),
    (Decimal("-1"), Decimal("96")),
    (Decimal("0"), Decimal("0")),  # the scale's ends are points
    (Decimal("0.5"), Decimal("0.5")),
    ("满分", Decimal("96")),  # not a number at all
])
def test_a_self_score_is_points_out_of_a_hundred(value: Decimal | str, chosen: Decimal) -> None:
    meta = resolve(Extraction(fields=(field("self_score", value, strength=3),
                                      field("self_score", Decimal("96"), strength=1)))).meta
    assert meta.self_score == chosen


def _stated(level: str, name: str, chain: str) -> FieldCandidate:
    return FieldCandidate(level, name, Provenance(page=1, extractor="metadata", evidence=chain), 0)


def test_the_divisions_above_the_departments_come_from_a_chain_the_text_states() -> None:
    chain = "江苏省盐城市东台市"
    fields = (_stated("province", "江苏省", chain), _stated("city", "盐城市", chain),  # read before the title's
              field("department", "东台市实验中学", strength=3), field("fiscal_year", 2023))
    meta = resolve(Extraction(fields=fields)).meta
    assert meta.fiscal_year == 2023
    assert (meta.province, meta.city, meta.county) == ("江苏省", "盐城市", "东台市")
    assert meta.provenance["city"].evidence == chain


def test_a_chain_leading_elsewhere_or_below_the_department_gives_no_division() -> None:
    elsewhere = "江苏省盐城市大丰区"
    fields = (field("department", "东台市实验中学", strength=3),
              _stated("province", "江苏省", elsewhere), _stated("city", "盐城市", elsewhere))
    meta = resolve(Extraction(fields=fields)).meta
    assert (meta.province, meta.city, meta.county) == (None, None, "东台市")
    deeper = "盐城市东台市"  # the department is the city itself: nothing above it is stated
    meta = resolve(Extraction(fields=(field("department", "盐城市教育局", strength=3),
                                      _stated("city", "盐城市", deeper)))).meta
    assert (meta.province, meta.city, meta.county) == (None, "盐城市", None)
    assert resolve(Extraction(fields=(_stated("city", "盐城市", deeper),))).meta.city is None  # no department


def test_a_unit_named_by_its_place_s_short_name_is_in_the_division_a_stated_chain_ends_with() -> None:
    chain = "湖北省咸宁市"  # `…是湖北省咸宁市人民政府举办的…院校`
    fields = (field("department", "咸宁职业技术学院", strength=3), _stated("province", "湖北省", chain))
    meta = resolve(Extraction(fields=fields)).meta
    assert (meta.province, meta.city, meta.county) == ("湖北省", "咸宁市", None)
    assert meta.provenance["city"].evidence == chain
    other = (field("department", "赤壁市第一中学", strength=3), _stated("province", "湖北省", chain))
    assert resolve(Extraction(fields=other)).meta.city is None  # a chain to another place
    short = (field("department", "咸职院", strength=3), _stated("province", "湖北省", "湖北省咸宁市"))
    assert resolve(Extraction(fields=short)).meta.city is None  # one character of the name is no short name


def test_a_short_name_takes_the_whole_chain_to_its_own_division_and_a_division_s_own_name_takes_none() -> None:
    chain = "湖北省咸宁市嘉鱼县"
    fields = (field("department", "嘉鱼一中", strength=3), _stated("province", "湖北省", "湖北省"),  # no chain: passed over
              _stated("province", "湖北省", chain), _stated("city", "咸宁市", chain))
    meta = resolve(Extraction(fields=fields)).meta
    assert (meta.province, meta.city, meta.county) == ("湖北省", "咸宁市", "嘉鱼县")
    whole = (field("department", "嘉鱼县", strength=3), _stated("province", "湖北省", chain))
    meta = resolve(Extraction(fields=whole)).meta  # the division itself (a government): no unit in it
    assert (meta.province, meta.city, meta.county) == (None, None, None)


def test_a_county_the_text_places_in_a_prefecture_is_in_it_and_only_in_the_one_named() -> None:
    said = "广河县隶属临夏回族自治州"
    meta = resolve(Extraction(fields=(field("department", "广河县妇幼保健院", strength=3),
                                      _stated("city", "临夏回族自治州", said)))).meta
    assert (meta.city, meta.county) == ("临夏回族自治州", "广河县")
    assert meta.provenance["city"].evidence == said
    other = (field("department", "广河县妇幼保健院", strength=3), _stated("city", "甘南藏族自治州", said))
    assert resolve(Extraction(fields=other)).meta.city is None  # the evidence places it elsewhere
    beside = (field("department", "广河县妇幼保健院", strength=3), _stated("city", "临夏回族自治州", "广河县和临夏回族自治州"))
    assert resolve(Extraction(fields=beside)).meta.city is None  # named together, not one in the other


# --------------------------------------------------------------------------- 调减 as the change
def reduction(value: str, page: int = 1) -> BudgetItem:
    return budget("budget_addition", fig(value, f"{value}元"), at(page), scope="budget_reduction")


def test_a_budget_changed_only_downward_has_the_reduction_negated_as_its_change() -> None:
    second = replace(reduction("36.00", page=2), figure=fig("36.00", "36.00元"))
    items = resolve(Extraction(budget_items=(budget("budget_initial", fig("500"), at()), reduction("36"),
                                             second))).budget_items
    (change,) = [b for b in items if b.item == "budget_addition"]
    assert (change.value, change.scope, change.figure.stated) == (Decimal(-36), None, "−36元")
    assert change.provenance.page == 1  # the first statement, the second its corroboration
    assert [p.page for p in change.corroborations] == [2]  # the same reduction stated twice is one


@pytest.mark.parametrize("others", [
    (reduction("36"), reduction("20")),  # two reductions: which is the change is not said
    (reduction("36"), budget("budget_addition", fig("50"), at())),  # an addition stated: both stay
])
def test_reductions_stay_beside_the_figures_otherwise(others: tuple[BudgetItem, ...]) -> None:
    items = resolve(Extraction(budget_items=others)).budget_items
    assert sorted((b.value, b.scope) for b in items) == sorted((b.value, b.scope) for b in others)


def test_every_money_figure_of_the_text_goes_through() -> None:
    stated = (StatedMoney(fig("36"), at()),)
    assert resolve(Extraction(stated_money=stated)).stated_money == stated


@pytest.mark.parametrize(("fields", "total"), [
    ([field("weight_total", Decimal(90), 1), field("weight_total", Decimal(100), 3)], Decimal(100)),  # the firmest
    ([field("weight_total", Decimal(100), 3), field("weight_total", Decimal(90), 1)], Decimal(100)),
    ([field("weight_total", Decimal(95))], Decimal(95)),
    ([field("weight_total", "100")], None),  # not a number
    ([], None),
])
def test_the_weight_total_a_form_states(fields: list[FieldCandidate], total: Decimal | None) -> None:
    assert resolve(Extraction(fields=tuple(fields))).meta.weight_total == total


def test_a_figure_stated_rounded_and_exactly_keeps_the_exact_statement() -> None:
    rounded = budget("expenditure_total", fig("181065200", "18,106.52万元", "50"), at(1, "budget"), strength=3)
    exact = budget("expenditure_total", fig("181065248.52", "181,065,248.52元", "0.005"), at(2, "tables"))
    (item,) = resolve(Extraction(budget_items=(rounded, exact))).budget_items
    assert item.figure.stated == "181,065,248.52元" and item.provenance.page == 2
    assert item.strength == 3 and item.corroborations == (rounded.provenance,) and item.alternatives == ()


def test_of_equally_exact_statements_the_strongest_stands() -> None:
    weak = budget("expenditure_total", fig("100", "100万元"), at(1), strength=1)
    strong = budget("expenditure_total", fig("100", "100.0万元"), at(2), strength=2)
    (item,) = resolve(Extraction(budget_items=(weak, strong))).budget_items
    assert item.provenance.page == 2


@pytest.mark.parametrize("title, region", [
    ("四川省汶川县2021年中央食品监管专项转移支付绩效自评报告", ("四川省", None, "汶川县")),
    ("天津市东丽区2020年度农村人居环境整治项目绩效自评报告", (None, "天津市", "东丽区")),
    ("2021年度专项资金绩效自评报告（汶川县）", (None, None, None)),  # a place inside the title is not its opening
])
def test_without_a_unit_the_region_is_the_place_the_title_opens_with(title: str, region: tuple) -> None:
    meta = resolve(Extraction(fields=(field("title", title),))).meta
    assert (meta.province, meta.city, meta.county) == region


def test_a_named_unit_s_region_wins_over_the_title_s() -> None:
    meta = resolve(Extraction(fields=(field("title", "四川省汶川县2021年专项资金绩效自评报告"),
                                      field("department", "成都市武侯区民政局")))).meta
    assert (meta.city, meta.county) == ("成都市", "武侯区")


def test_only_the_chain_the_title_opens_with_gives_the_region() -> None:
    meta = resolve(Extraction(fields=(field("title", "四川省2021年汶川县专项资金绩效自评报告"),))).meta
    assert (meta.province, meta.county) == ("四川省", None)


def test_a_named_unit_without_a_region_takes_none_from_the_title() -> None:
    meta = resolve(Extraction(fields=(field("title", "四川省汶川县2021年专项资金绩效自评报告"),
                                      field("department", "水利局")))).meta
    assert (meta.province, meta.county) == (None, None)


def test_a_stated_region_is_not_replaced_by_the_title_s() -> None:
    meta = resolve(Extraction(fields=(field("title", "四川省汶川县2021年专项资金绩效自评报告"),
                                      field("city", "阿坝州")))).meta
    assert (meta.province, meta.city, meta.county) == (None, "阿坝州", None)


def test_a_title_opening_with_no_known_division_gives_no_region() -> None:
    meta = resolve(Extraction(fields=(field("title", "关于四川省汶川县2021年专项资金绩效自评的报告"),))).meta
    assert (meta.province, meta.city, meta.county) == (None, None, None)


@pytest.mark.parametrize("fuller, strength, taken", [
    ("青石县白沙乡柳溪卫生院", 2, True),  # places down to the township, then the name
    ("青石县柳溪卫生院", 2, True),
    ("青石县白沙乡柳溪卫生院", 3, True),
    ("青石县白沙乡柳溪卫生院", 1, False),  # a unit above or the site: too weak to rename the unit
    ("青石县卫生健康局柳溪卫生院", 2, False),  # a bureau before it: another unit's part, not a place
    ("白沙乡柳溪卫生院", 2, False),  # no known division to start the places
    ("青石县柳溪卫生院分院", 2, False),  # not the same name
    ("柳溪卫生院", 2, False),  # the same name: nothing gained
])
def test_a_short_unit_name_takes_the_places_another_statement_puts_before_it(fuller: str, strength: int,
                                                                            taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", "柳溪卫生院", 3), field("department", fuller, strength)))).meta
    assert meta.department == (fuller if taken else "柳溪卫生院")
    if taken:
        assert meta.county == "青石县"


@pytest.mark.parametrize("fuller, strength, taken", [
    ("零陵区林业局", 1, True),  # a bare bureau: the page's 发布机构 with its places names it
    ("零陵区林业局", 0, False),
    ("零陵区林业站", 1, False),  # not the same name
    ("永州市零陵区林业局", 1, True),
])
def test_a_bare_bureau_takes_its_places_from_a_weaker_statement(fuller: str, strength: int, taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", "林业局", 3), field("department", fuller, strength)))).meta
    assert meta.department == (fuller if taken else "林业局")



def test_a_unit_name_that_names_its_place_keeps_it() -> None:
    meta = resolve(Extraction(fields=(field("department", "昌吉市林业和草原局", 3),
                                      field("department", "新疆维吾尔自治区昌吉回族自治州昌吉市林业和草原局", 2)))).meta
    assert meta.department == "昌吉市林业和草原局"


def test_other_fields_never_take_a_fuller_value() -> None:
    meta = resolve(Extraction(fields=(field("title", "卫生院自评表", 3), field("title", "青石县卫生院自评表", 2)))).meta
    assert meta.title == "卫生院自评表"


@pytest.mark.parametrize("short, fuller, taken", [
    ("县档案馆", "寻甸回族彝族自治县档案馆", True),  # a title cut after its places' last character
    ("市档案馆", "保山市档案馆", True),
    ("区档案馆", "寻甸回族彝族自治县档案馆", False),  # another level: not this name
    ("档案馆", "寻甸回族彝族自治县档案馆", True),
    ("镇卫生院", "青石县白沙镇卫生院", True),  # a township's character closes the places too
    ("县档案馆", "寻甸回族彝族自治县卫健局档案馆", False),  # a bureau between: another unit's part
])
def test_a_name_cut_after_its_level_takes_its_places(short: str, fuller: str, taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", short, 3), field("department", fuller, 2)))).meta
    assert meta.department == (fuller if taken else short)


@pytest.mark.parametrize("short, strength, taken", [
    ("县司法局", 1, True),  # cut to its level's character: even a body's statement completes it
    ("司法局", 1, True),  # a bare bureau: every county's, any statement of its places names it
    ("司法局", 0, False),  # the page's 发布机构 alone: a finance bureau may publish for it
    ("司法局", 2, True),
])
def test_a_name_cut_to_its_level_takes_its_places_from_any_statement(short: str, strength: int, taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", short, 3), field("department", "紫金县司法局", strength)))).meta
    assert meta.department == ("紫金县司法局" if taken else short)


@pytest.mark.parametrize("short, full, strength, taken", [
    ("湘管委", "区湘湖旅游度假区管委会", 1, True),  # an abbreviation takes its characters in order
    ("湘管委", "区湘湖旅游度假区管委会", 0, False),  # spelt out less firmly
    ("湘管委", "区湘湖旅游度假区管委会办公室", 1, False),  # its last character is not in the full name's ending
    ("湘管委", "湘湖管理委员会党建工作领导小组办公室联络处委", 1, False),  # too long to be its full form
    ("湘管委", "区管委会", 1, False),  # not all its characters
    ("卫健委", "某某某某某某某某卫生健康委员会", 1, False),  # its first character far into the full name
])
def test_an_abbreviated_unit_takes_its_full_form(short: str, full: str, strength: int, taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", short, 1), field("department", full, strength)))).meta
    assert meta.department == (full if taken else short)


def test_among_statements_as_firm_a_unit_named_with_its_place_wins() -> None:
    meta = resolve(Extraction(fields=(field("department", "市场监管总局自评得分省级财政部门", 1),
                                      field("department", "安居区市场监管局", 1)))).meta
    assert meta.department == "安居区市场监管局"
    meta = resolve(Extraction(fields=(field("department", "市场监管局", 2), field("department", "安居区卫生健康局", 1)))).meta
    assert meta.department == "市场监管局"  # a firmer statement still wins


@pytest.mark.parametrize("values, chosen, rivals", [
    (("13000000", "4370000", "17370000", "240470000"), "17370000", ["240470000"]),  # 1300 + 437 = 1737
    (("17370000", "13000000", "4370000"), "17370000", []),
    (("13000000", "4370000", "17380000"), "13000000", ["4370000", "17380000"]),  # no sum: first stays
    (("13000000", "13000000"), "13000000", []),
])
def test_a_figure_its_rivals_add_up_to_is_the_whole_and_they_its_tranches(
        values: tuple[str, ...], chosen: str, rivals: list[str]) -> None:
    facts = resolve(Extraction(budget_items=tuple(
        budget("funds_central", fig(v, tolerance="50"), at(1, char_start=k), strength=2) for k, v in enumerate(values))))
    (best,) = facts.budget_items
    assert best.value == Decimal(chosen) and [str(a.value) for a in best.alternatives] == rivals


def test_a_weaker_sum_does_not_displace_a_firmer_figure() -> None:
    facts = resolve(Extraction(budget_items=(
        budget("funds_central", fig("13000000", tolerance="50"), at(1), strength=3),
        budget("funds_central", fig("4370000", tolerance="50"), at(1), strength=2),
        budget("funds_central", fig("17370000", tolerance="50"), at(1), strength=2))))
    (best,) = facts.budget_items
    assert best.value == Decimal("13000000")


def test_one_project_funded_from_two_sources_is_two_rows_and_mentions_of_one_complete_it() -> None:
    def project(name: str, source: str | None, budget: str | None, executed: str | None = None) -> Project:
        return Project(name, at(1), budget=fig(budget) if budget else None, executed=fig(executed) if executed else None,
                       fund_source=source)
    facts = resolve(Extraction(projects=(
        project("高标准农田建设", "一般公共预算", "18600000"), project("高标准农田建设", "政府性基金", "8600000"),
        project("高标准农田建设", None, None, "18423600"), project("农产品质量安全检测", "一般公共预算", "2640000"),
        project("农产品质量安全检测", "一般公共预算", None, "2556300"))))
    assert [(p.name, p.fund_source, p.budget.value if p.budget else None, p.executed.value if p.executed else None)
            for p in facts.projects] == [
        ("高标准农田建设", "一般公共预算", Decimal("18600000"), Decimal("18423600")),
        ("高标准农田建设", "政府性基金", Decimal("8600000"), None),
        ("农产品质量安全检测", "一般公共预算", Decimal("2640000"), Decimal("2556300"))]


@pytest.mark.parametrize("short, full, abbreviates", [
    ("湘管委", "湘湖旅游度假区管委会", True),  # from the first character
    ("湘管委", "湘湖管委会湘", True),  # its first character taken where it first stands
    ("湘管委", "某某某某湘管委会", True),  # first character right at the middle
    ("湘管委", "某某某湘管委会", True),  # past a third, within half
    ("湘管委", "某某某某某湘管委会", False),  # past half
    ("湘管委", "湘湖委员会", False),  # a character missing
    ("湘管委", "湘委管", False),  # out of order
    ("湘管委", "湘管委员会委员会委", False),  # its last character where it first follows, too far from the end
    ("湘管委", "湘管委员会", True),  # three from the end
    ("湘管委", "湘管委员会会", False),  # four
])
def test_an_abbreviation_takes_its_full_name_s_characters_in_order(short: str, full: str, abbreviates: bool) -> None:
    from pipeline.extraction.resolve import _abbreviates
    assert _abbreviates(short, full) == abbreviates


@pytest.mark.parametrize("short, full, taken", [
    ("湘湖管委", "区湘湖旅游度假区管理委员会", True),  # four characters: still an abbreviation
    ("湘湖区管委", "区湘湖旅游度假区管理委员会", False),  # five: a name of its own
    ("湘管委", "区湘湖旅游度假区某某某某某某某某某管委会", True),  # twenty characters at most
    ("湘管委", "区湘湖旅游度假区某某某某某某某某某某管委会", False),
])
def test_how_short_and_how_long_an_abbreviation_and_its_full_form_are(short: str, full: str, taken: bool) -> None:
    meta = resolve(Extraction(fields=(field("department", short, 1), field("department", full, 1)))).meta
    assert meta.department == (full if taken else short)


def test_a_name_cut_to_its_level_that_is_no_bureau_takes_its_places_from_a_weak_statement() -> None:
    meta = resolve(Extraction(fields=(field("department", "县档案馆", 3), field("department", "寻甸回族彝族自治县档案馆", 1)))).meta
    assert meta.department == "寻甸回族彝族自治县档案馆"


def test_tranches_at_the_edge_of_their_rounding_still_make_the_whole() -> None:
    facts = resolve(Extraction(budget_items=tuple(
        budget("funds_central", fig(v, tolerance="50"), at(1, char_start=k), strength=2)
        for k, v in enumerate(("13000000", "4369850", "17370000")))))  # 150 off: 50 + 50 + 50
    (best,) = facts.budget_items
    assert best.value == Decimal("17370000") and best.alternatives == ()


def test_two_projects_each_from_two_sources_stay_four_rows() -> None:
    rows = [Project(name, at(1), budget=fig(v), fund_source=source) for name, source, v in (
        ("甲项目", "一般公共预算", "100"), ("甲项目", "政府性基金", "200"), ("甲项目", "上年结转", "300"),
        ("乙项目", "一般公共预算", "400"), ("乙项目", "政府性基金", "500"))]
    facts = resolve(Extraction(projects=tuple(rows)))
    assert [(p.name, p.fund_source) for p in facts.projects] == [(r.name, r.fund_source) for r in rows]


def ocr_read(name: str, value: str, strength: int = 2) -> FieldCandidate:
    return FieldCandidate(name, value, replace(at(2, "table_facts"), confidence=0.93), strength)


@pytest.mark.parametrize("name", ["project_name", "department"])
def test_a_name_ocr_misread_by_a_character_yields_to_the_text_layer(name: str) -> None:
    misread = "衣牧民技能培训" if name == "project_name" else "林周县衣业农村局"
    written = "农牧民技能培训" if name == "project_name" else "林周县农业农村局"
    fields = (ocr_read(name, misread), field(name, written, 1))
    assert getattr(resolve(Extraction(fields=fields)).meta, name) == written


def test_a_name_ocr_read_stands_against_another_name_or_another_ocr_reading() -> None:
    def chosen(*fields: FieldCandidate) -> str | None:
        return resolve(Extraction(fields=fields)).meta.project_name

    assert chosen(ocr_read("project_name", "农牧民技能培训"), field("project_name", "农牧民转移就业培训", 1)) == "农牧民技能培训"
    assert chosen(ocr_read("project_name", "衣牧民技能培训"), field("project_name", "衣牧民技能培训", 1)) == "衣牧民技能培训"
    # two characters of seven differ: another name, not a misreading (one in six at most)
    assert chosen(ocr_read("project_name", "衣牧民技能培养"), field("project_name", "农牧民技能培训", 1)) == "衣牧民技能培养"
    assert chosen(ocr_read("project_name", "衣牧民技能培训"), ocr_read("project_name", "农牧民技能培训", 1)) == "衣牧民技能培训"
    # a text layer's name stands as it always did
    assert chosen(field("project_name", "衣牧民技能培训", 2), field("project_name", "农牧民技能培训", 1)) == "衣牧民技能培训"


def test_only_names_yield_to_the_text_layer_and_an_agreeing_text_leaves_the_form_s_statement() -> None:
    # a figure OCR read is settled by the report's arithmetic, not by a text's look-alike
    score = FieldCandidate("self_score", Decimal("97.65"), replace(at(2, "table_facts"), confidence=0.93), 3)
    assert resolve(Extraction(fields=(score, field("self_score", Decimal("97.66"), 1)))).meta.self_score == Decimal("97.65")
    # the same name in the text: the form's cell stays the statement pointed at
    meta = resolve(Extraction(fields=(ocr_read("project_name", "农牧民技能培训"), field("project_name", "农牧民技能培训", 1)))).meta
    assert meta.provenance["project_name"].extractor == "table_facts"


def test_twelve_characters_may_hold_two_misreadings() -> None:
    fields = (ocr_read("project_name", "高标准衣田建设项目补肋资金"), field("project_name", "高标准农田建设项目补助资金", 1))
    assert resolve(Extraction(fields=fields)).meta.project_name == "高标准农田建设项目补助资金"


def test_a_municipality_s_district_unit_is_named_with_the_municipality() -> None:
    fields = (field("department", "杨浦区医疗保障局", 3), field("department", "上海市杨浦区医疗保障局", 2))
    meta = resolve(Extraction(fields=fields)).meta
    assert (meta.department, meta.city, meta.county) == ("上海市杨浦区医疗保障局", "上海市", "杨浦区")
    # a prefecture's county is named without the prefecture
    fields = (field("department", "昌吉市林业和草原局", 3), field("department", "昌吉回族自治州昌吉市林业和草原局", 2))
    assert resolve(Extraction(fields=fields)).meta.department == "昌吉市林业和草原局"
    # any statement of the unit's full name will do, not a page's publisher alone
    fields = (field("department", "杨浦区医疗保障局", 3), field("department", "上海市杨浦区医疗保障局", 1))
    assert resolve(Extraction(fields=fields)).meta.department == "上海市杨浦区医疗保障局"
    fields = (field("department", "杨浦区医疗保障局", 3), field("department", "上海市杨浦区医疗保障局", 0))
    assert resolve(Extraction(fields=fields)).meta.department == "杨浦区医疗保障局"
    # only the very name with the municipality before it
    fields = (field("department", "杨浦区医疗保障局", 3), field("department", "上海市医疗保障局", 2))
    assert resolve(Extraction(fields=fields)).meta.department == "杨浦区医疗保障局"


def test_a_prefecture_named_alone_is_the_city_of_a_county_the_gazetteer_puts_in_it() -> None:
    unit = field("department", "阿巴嘎旗卫生和计划生育局", strength=3)
    meta = resolve(Extraction(fields=(unit, _stated("city", "锡林郭勒盟", "锡林郭勒盟")))).meta
    assert (meta.city, meta.county) == ("锡林郭勒盟", "阿巴嘎旗")
    # elsewhere by the gazetteer, or named inside a longer evidence that does not lead to the county
    assert resolve(Extraction(fields=(unit, _stated("city", "兴安盟", "兴安盟")))).meta.city is None
    assert resolve(Extraction(fields=(unit, _stated("city", "锡林郭勒盟", "锡林郭勒盟和兴安盟")))).meta.city is None
