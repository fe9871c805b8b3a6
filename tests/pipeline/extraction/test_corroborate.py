"""Corroboration: rival readings chosen by the report's own arithmetic, the others kept."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from pipeline.extraction.corroborate import MAX_COMBINATIONS, corroborate
from pipeline.extraction.extract import extract
from pipeline.rules import check_all, check_all_rounded
from pipeline.rules.check import check
from schemas.facts import Basis, BudgetItem, FieldCandidate, Flag, ReportFacts, ReportMeta, Severity
from schemas.figures import Figure
from schemas.messages import render
from schemas.provenance import Provenance
from tests.conftest import make_doc

TITLE = "# 某县教育局2023年度部门整体支出绩效自评报告\n\n"


def run(text: str) -> ReportFacts:
    return check(corroborate(extract(make_doc(TITLE + text)), check_all))


def values(facts: ReportFacts) -> dict[str, str]:
    return {b.item: b.figure.stated for b in facts.budget_items if b.basis is None and b.scope is None}


def errors(facts: ReportFacts) -> list[str]:
    return [f.rule for f in facts.flags if f.severity is Severity.ERROR]


def test_the_budget_the_stated_rate_was_computed_from_is_chosen() -> None:
    # the first (equally strong) figure is a narrower scope; the rate says which is the budget
    facts = run("本部门全年预算数1,300.00万元(不含代管资金)。\n经调整,全年预算1,350.00万元,全年支出1,296.00万元,"
                "预算执行率96%。")
    assert values(facts)["budget_adjusted"] == "1350.00万元"
    chosen = next(b for b in facts.budget_items if b.item == "budget_adjusted")
    assert [a.figure.stated for a in chosen.alternatives] == ["1300.00万元"]
    assert errors(facts) == [] and facts.tried == ("budget_adjusted=1300.00万元",)


def test_the_resolver_order_stands_when_the_arithmetic_cannot_tell() -> None:
    facts = run("全年预算数1,300.00万元。\n全年预算1,350.00万元。全年支出1,200.00万元。")
    assert values(facts)["budget_adjusted"] == "1300.00万元"  # no rate, no parts: the first stays


def test_a_contradiction_no_reading_removes_is_flagged_with_the_readings_tried() -> None:
    facts = run("全年预算数1,300.00万元。\n全年预算1,350.00万元,全年支出1,200.00万元,预算执行率99%。")
    flag = next(f for f in facts.flags if f.rule == "execution_rate.stated_vs_computed")
    assert flag.tried == ("budget_adjusted=1350.00万元",) or flag.tried == ("budget_adjusted=1300.00万元",)


def test_parts_choose_the_total_they_add_up_to() -> None:
    facts = run("本年支出2,681.33万元。\n全年支出2,700.00万元,其中基本支出2,134.84万元,项目支出546.49万元。")
    assert values(facts)["expenditure_total"] == "2681.33万元"
    assert "expenditure.parts_sum" not in errors(facts)


def test_the_score_in_the_grades_band_is_chosen_among_equally_firm_scores() -> None:
    facts = run("一、自评结论\n部门整体支出绩效自评得分78分。\n综合评价得分92分,自评等级为“优”。")
    assert (facts.meta.self_score, facts.meta.grade) == (Decimal("92"), "优")
    assert [c.value for c in facts.meta.alternatives["self_score"]] == [Decimal("78")]
    assert "score.grade_band" not in errors(facts)


def test_a_grade_that_fits_no_stated_score_is_still_flagged() -> None:
    facts = run("一、自评结论\n自评得分78分,自评等级为“优”。")
    assert "score.grade_band" in errors(facts)


def _item(item: str, stated: str, value: str, strength: int = 2) -> BudgetItem:
    return BudgetItem(item, Figure(Decimal(value), stated, Decimal("50")), Provenance(page=1, extractor="budget"),
                      strength=strength)


def test_many_rival_readings_are_searched_one_at_a_time() -> None:
    # more combinations than are tried exhaustively: every slot still gets the reading that agrees
    rivals = tuple(_item("budget_adjusted", f"{v}万元", str(v * 10000)) for v in range(1000, 1012))
    adjusted = _item("budget_adjusted", "1350万元", "13500000")
    items = (
        _item("expenditure_total", "1296万元", "12960000"),
        BudgetItem("execution_rate", Figure(Decimal("96"), "96%", Decimal("0.5")), Provenance(page=1, extractor="budget")),
        _item("expenditure_basic", "1000万元", "10000000", ), _item("expenditure_project", "296万元", "2960000"),
        rivals[0].__class__(**{**rivals[0].__dict__, "alternatives": (*rivals[1:], adjusted)}),
        _item("budget_initial", "1200万元", "12000000"),
        _item("budget_addition", "150万元", "1500000"),
    )
    extra = _item("budget_initial", "1100万元", "11000000")
    items = (*items[:-2], items[-2].__class__(**{**items[-2].__dict__, "alternatives": (extra,) * 30}), items[-1])
    facts = ReportFacts(ReportMeta(), items, (), (), (), ())
    assert 13 * 31 > MAX_COMBINATIONS
    chosen = corroborate(facts, check_all)
    by_item = {b.item: b.figure.stated for b in chosen.budget_items}
    assert by_item["budget_adjusted"] == "1350万元" and by_item["budget_initial"] == "1200万元"


def test_without_rivals_the_facts_are_untouched() -> None:
    facts = extract(make_doc(TITLE + "全年预算1,350.00万元,全年支出1,296.00万元,预算执行率96%。"))
    assert corroborate(facts, check_all) is facts


def test_field_candidates_keep_their_provenance_when_chosen() -> None:
    facts = run("一、自评结论\n部门整体支出绩效自评得分78分。\n综合评价得分92分,自评等级为“优”。")
    where = facts.meta.provenance["self_score"]
    assert where.evidence == "92" and isinstance(facts.meta.alternatives["self_score"][0], FieldCandidate)


# --- rival report fields, the flags kept, the search's limits (mutation testing: docs/testing.md) ---

def _where(page: int, evidence: str) -> Provenance:
    return Provenance(page=page, extractor="metadata", evidence=evidence)


def _meta_facts(meta: ReportMeta, *items: BudgetItem, flags: tuple[Flag, ...] = ()) -> ReportFacts:
    return ReportFacts(meta, items, (), (), (), (), flags=flags)


def test_the_reading_set_aside_keeps_its_name_place_and_strength() -> None:
    rival = FieldCandidate("self_score", Decimal("92"), _where(2, "92"), strength=3)
    meta = ReportMeta(self_score=Decimal("78"), grade="优", alternatives={"self_score": (rival,)},
                      provenance={"self_score": _where(1, "78"), "grade": _where(2, "优")})
    chosen = corroborate(_meta_facts(meta), check_all)
    assert chosen.meta.self_score == Decimal("92") and chosen.meta.provenance["self_score"] == _where(2, "92")
    assert chosen.meta.alternatives["self_score"] == (FieldCandidate("self_score", Decimal("78"), _where(1, "78"), 3),)
    assert chosen.tried == ("self_score=78",)


def test_a_rival_grade_is_chosen_as_text_when_the_score_supports_it() -> None:
    rival = FieldCandidate("grade", "优", _where(3, "优"), strength=2)
    meta = ReportMeta(self_score=Decimal("92"), grade="良", alternatives={"grade": (rival,)},
                      provenance={"self_score": _where(1, "92"), "grade": _where(2, "良")})
    chosen = check(corroborate(_meta_facts(meta), check_all))
    assert chosen.meta.grade == "优" and [c.value for c in chosen.meta.alternatives["grade"]] == ["良"]
    assert "score.grade_band" not in errors(chosen)


def test_a_rival_fiscal_year_is_chosen_as_a_year() -> None:
    def wants_2023(facts: ReportFacts) -> list[Flag]:
        if facts.meta.fiscal_year == 2023:
            return []
        return [Flag("test.year", Severity.ERROR, ("fiscal_year",))]

    rival = FieldCandidate("fiscal_year", "2023", _where(1, "2023年度"), strength=2)
    meta = ReportMeta(fiscal_year=2022, alternatives={"fiscal_year": (rival,)},
                      provenance={"fiscal_year": _where(1, "2022年")})
    chosen = corroborate(_meta_facts(meta), wants_2023)
    assert chosen.meta.fiscal_year == 2023 and isinstance(chosen.meta.fiscal_year, int)


def test_a_field_without_a_place_or_a_value_is_not_weighed() -> None:
    rival = FieldCandidate("self_score", Decimal("92"), _where(2, "92"), strength=2)
    placeless = ReportMeta(self_score=Decimal("78"), grade="优", alternatives={"self_score": (rival,)})
    valueless = ReportMeta(grade="优", alternatives={"self_score": (rival,)}, provenance={"self_score": _where(1, "")})
    no_rivals = ReportMeta(self_score=Decimal("78"), grade="优", alternatives={"self_score": ()},
                           provenance={"self_score": _where(1, "78")})
    for meta in (placeless, valueless, no_rivals):
        facts = _meta_facts(meta)
        assert corroborate(facts, check_all) is facts


def test_resolver_flags_are_redone_for_the_chosen_readings_and_other_flags_kept() -> None:
    facts = extract(make_doc(TITLE + "一、自评结论\n部门整体支出绩效自评得分78分。\n综合评价得分92分,自评等级为“优”。"))
    foreign = Flag("test.other", Severity.WARNING, ("grade",))
    chosen = corroborate(replace(facts, flags=(*facts.flags, foreign)), check_all)
    assert foreign in chosen.flags
    (conflict,) = [f for f in chosen.flags if f.rule.startswith("resolve.")]
    assert conflict.text is not None
    assert render(conflict.text, "en").endswith("is stated as 92 and also as 78")  # the chosen score first


def test_the_basis_of_a_table_figure_is_named_in_the_readings_tried() -> None:
    other = BudgetItem("budget_adjusted", Figure(Decimal("13500000"), "1350万元", Decimal("5000")),
                       Provenance(page=2, extractor="tables"), basis=Basis.ADJUSTED)
    first = replace(other, figure=Figure(Decimal("13000000"), "1300万元", Decimal("5000")), alternatives=(other,))
    chosen = corroborate(_meta_facts(ReportMeta(), first), lambda facts: [])
    assert chosen.tried == ("budget_adjusted@adjusted=1350万元",)


def _rivals(item: str, n: int) -> BudgetItem:
    """`item` stated n ways: 1万元 (the resolver's reading), 2万元, … n万元."""
    figures = [_item(item, f"{v}万元", str(v * 10000)) for v in range(1, n + 1)]
    return replace(figures[0], alternatives=tuple(figures[1:]))


def _counting(target: dict[str, str]) -> tuple[list[int], Callable[[ReportFacts], list[Flag]]]:
    """A check that is satisfied only by the readings in `target`, counting its calls."""
    calls = [0]

    def check_target(facts: ReportFacts) -> list[Flag]:
        calls[0] += 1
        stated = {b.item: b.figure.stated for b in facts.budget_items}
        if all(stated[k] == v for k, v in target.items()):
            return []
        return [Flag("test.target", Severity.ERROR, tuple(target))]

    return calls, check_target


def test_up_to_the_limit_every_combination_is_tried() -> None:
    # 16 × 16 = 256 readings: only the pair (6万元, 8万元) agrees, and no single change from the
    # resolver's readings shows it; the exhaustive search finds it
    calls, check_target = _counting({"budget_adjusted": "6万元", "expenditure_total": "8万元"})
    facts = _meta_facts(ReportMeta(), _rivals("budget_adjusted", 16), _rivals("expenditure_total", 16))
    assert 16 * 16 == MAX_COMBINATIONS
    chosen = corroborate(facts, check_target)
    assert values(chosen) == {"budget_adjusted": "6万元", "expenditure_total": "8万元"}
    assert calls[0] >= MAX_COMBINATIONS


def test_beyond_the_limit_the_checks_grow_with_the_readings_not_their_combinations() -> None:
    calls, check_target = _counting({"budget_adjusted": "6万元", "expenditure_total": "8万元"})
    facts = _meta_facts(ReportMeta(), _rivals("budget_adjusted", 17), _rivals("expenditure_total", 17))
    chosen = corroborate(facts, check_target)
    assert calls[0] <= 17 + 17  # one slot at a time; the pair is out of reach of single changes
    assert values(chosen) == {"budget_adjusted": "1万元", "expenditure_total": "1万元"}


def test_beyond_the_limit_equally_consistent_readings_leave_the_resolvers_own() -> None:
    # every combination with expenditure_total at 1万元 and budget_adjusted at 1万元 agrees; so do others
    # (budget 3万元 with a total other than 1万元): the resolver's readings stand, as in the exhaustive search
    def check_pairs(facts: ReportFacts) -> list[Flag]:
        stated = {b.item: b.figure.stated for b in facts.budget_items}
        fits = stated["budget_adjusted"] == ("1万元" if stated["expenditure_total"] == "1万元" else "3万元")
        return [] if fits else [Flag("test.pair", Severity.ERROR, ("budget_adjusted",))]

    facts = _meta_facts(ReportMeta(), _rivals("budget_adjusted", 17), _rivals("expenditure_total", 17))
    chosen = corroborate(facts, check_pairs)
    assert values(chosen) == {"budget_adjusted": "1万元", "expenditure_total": "1万元"}


def test_a_rate_that_agrees_when_rounded_beats_one_that_agrees_only_when_cut() -> None:
    # 96% is 480 ÷ 500 exactly; 251.20 ÷ 260.00 = 96.6%, cut to 96%, agrees too: the exact reading
    # wins, though the resolver put the other first (both stand as readings of the same wording)
    rate = BudgetItem("execution_rate", Figure(Decimal("96"), "96%", Decimal("0.5")), Provenance(page=1))
    budget = _item("budget_adjusted", "260.00万元", "2600000")
    spent = _item("expenditure_total", "251.20万元", "2512000")
    budget = budget.__class__(**{**budget.__dict__, "alternatives": (_item("budget_adjusted", "500.00万元", "5000000"),)})
    spent = spent.__class__(**{**spent.__dict__, "alternatives": (_item("expenditure_total", "480.00万元", "4800000"),)})
    facts = ReportFacts(ReportMeta(), (budget, spent, rate), (), (), (), ())

    def stated(chosen: ReportFacts) -> tuple[str, str]:
        by_item = {b.item: b.figure.stated for b in chosen.budget_items}
        return by_item["budget_adjusted"], by_item["expenditure_total"]

    assert stated(corroborate(facts, check_all)) == ("260.00万元", "251.20万元")  # both agree: resolver order
    chosen = corroborate(facts, check_all, check_all_rounded)
    assert stated(chosen) == ("500.00万元", "480.00万元")
    assert errors(check(chosen)) == []


def test_among_equally_consistent_readings_the_fewest_changes_win_not_the_first_listed() -> None:
    # (2万元, 1万元) changes one reading, (1万元, 3万元) one too but further down its list:
    # fewest steps from the resolver's readings, then the earlier slot
    def check_pairs(facts: ReportFacts) -> list[Flag]:
        pair = tuple(b.figure.stated for b in facts.budget_items)
        return [] if pair in {("2万元", "1万元"), ("1万元", "3万元")} else [Flag("t", Severity.ERROR, ())]

    facts = _meta_facts(ReportMeta(), _rivals("budget_adjusted", 2), _rivals("expenditure_total", 3))
    assert values(corroborate(facts, check_pairs)) == {"budget_adjusted": "2万元", "expenditure_total": "1万元"}


def test_beyond_the_limit_the_tie_break_still_decides_between_equal_readings() -> None:
    # 17 × 17 readings, every one consistent by the lenient check; the strict one wants 5万元
    def strict(facts: ReportFacts) -> list[Flag]:
        stated = {b.item: b.figure.stated for b in facts.budget_items}
        return [] if stated["budget_adjusted"] == "5万元" else [Flag("t", Severity.ERROR, ("budget_adjusted",))]

    facts = _meta_facts(ReportMeta(), _rivals("budget_adjusted", 17), _rivals("expenditure_total", 17))
    chosen = corroborate(facts, lambda facts: [], strict)
    assert values(chosen) == {"budget_adjusted": "5万元", "expenditure_total": "1万元"}


def test_of_two_rates_the_one_against_the_budget_is_the_execution_rate() -> None:
    # both agree with their figures, one against the funds received: 执行率 is spending ÷ budget
    text = ("项目年初预算520.00万元，年度内预算未作调整。实际到位资金480.00万元。"
            "全年实际支出470.40万元，按到位资金计算的资金使用率为98.00%；按全年预算计算，预算执行率为90.46%。")
    facts = check(corroborate(extract(make_doc(TITLE + text)), check_all, check_all_rounded))
    assert values(facts)["execution_rate"] == "90.46%"
    assert errors(facts) == []
    # without the tie-break the resolver's order stands: both readings agree with some figure
    assert values(run(text))["execution_rate"] == "98.00%"
