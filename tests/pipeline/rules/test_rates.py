from dataclasses import replace
from decimal import Decimal

import pytest

from extractors.numbers import money, percent
from pipeline.rules import rates
from pipeline.rules.common import rates_rounded_only
from schemas.facts import Breakdown, Flag, Project, ReportFacts, Severity
from schemas.messages import render
from tests.pipeline.rules.facts_builder import P, facts


@pytest.mark.parametrize("figures, flagged", [
    ({"execution_rate": "98.15%", "expenditure_total": "2681.33万元", "budget_adjusted": "2731.93万元"}, False),
    ({"execution_rate": "96.5%", "expenditure_total": "6445.50万元", "budget_adjusted": "6842.36万元"}, True),
    ({"execution_rate": "97.5%", "expenditure_total": "2645.18万元", "budget_adjusted": "2712.9万元"}, False),
    ({"execution_rate": "102%", "expenditure_total": "102万元", "budget_adjusted": "130万元", "budget_initial": "100万元"},
     False),  # computed against the initial budget: accepted
    ({"execution_rate": "100%", "expenditure_total": "80.17万元", "budget_adjusted": "80.17万元"}, False),
    ({"execution_rate": "100%", "expenditure_total": "1元", "budget_adjusted": "1元"}, False),  # no budget too small
])
def test_execution_rate(figures: dict[str, str], flagged: bool) -> None:
    flags = rates.execution_rate(facts(figures))
    assert bool(flags) == flagged
    if flags:
        assert "execution_rate" in flags[0].items and flags[0].expected is not None


def project(budget: str, executed: str, rate: str) -> Project:
    return Project("校舍修缮", P, money(budget, "万元"), money(executed, "万元"), percent(rate))


@pytest.mark.parametrize("budget, executed, rate, flagged", [
    ("2150.00", "2138.62", "99.47", False),
    ("680.00", "512.40", "75.35", False),
    ("680.00", "512.40", "85.35", True),
    ("12650.00", "12318.46", "97.38", False),
])
def test_project_rates(budget: str, executed: str, rate: str, flagged: bool) -> None:
    flags = rates.project_rates(facts({}, projects=(project(budget, executed, rate),)))
    assert bool(flags) == flagged


def test_spending_above_budget_is_a_warning() -> None:
    (flag,) = rates.over_budget(facts({"expenditure_total": "120万元", "budget_adjusted": "100万元"}))
    assert flag.severity.value == "warning" and flag.stated == Decimal("1200000.00")


@pytest.mark.parametrize("text, flagged", [
    ("全年预算数500万元。\n截至年底已支付资金450万元,支付率90%。", False),
    ("全年预算数500万元。\n截至年底已支付资金450万元,支付率95%。", True),
    ("实际到位资金3286.00万元,资金到位率100%。", False),  # 3286 ÷ 3286
    ("资金到位率100%。", False),  # nothing beside it to check against
])
def test_stated_money_rates_match_a_ratio(text: str, flagged: bool) -> None:
    from extractors import budget
    from pipeline.extraction.resolve import resolve
    from tests.conftest import make_doc

    facts = resolve(budget.extract(make_doc("2022年度某局部门整体支出绩效自评报告\n" + text)))
    assert bool(rates.unmatched_rates(facts)) == flagged


# --- each rule's figures, thresholds and flag in full (mutation testing: docs/testing.md) --------

def english(flag: Flag) -> str:
    assert flag.text is not None
    return render(flag.text, "en")


def on_page(facts_: ReportFacts, code: str, page: int) -> ReportFacts:
    """The facts with item `code` found on `page`."""
    items = tuple(replace(b, provenance=replace(b.provenance, page=page)) if b.item == code else b
                  for b in facts_.budget_items)
    return replace(facts_, budget_items=items)


def test_a_stated_rate_its_figures_contradict_is_an_error_in_full() -> None:
    figures = {"execution_rate": "96.5%", "expenditure_total": "6445.50万元", "budget_adjusted": "6842.36万元"}
    (flag,) = rates.execution_rate(on_page(facts(figures), "execution_rate", 3))
    assert (flag.rule, flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        "execution_rate.stated_vs_computed", Severity.ERROR, ("execution_rate", "expenditure_total", "budget_adjusted"),
        Decimal("94.20"), Decimal("96.5"), 3)
    assert english(flag) == ("the stated 预算执行率 is 96.5%, but spending 6445.50万元 ÷ adjusted budget 6842.36万元 "
                             "= 94.20%")


@pytest.mark.parametrize("budget", ["budget_adjusted", "budget_initial", "funds_received", "revenue_total"])
def test_the_rate_may_be_computed_on_any_budget_the_report_states(budget: str) -> None:
    agreeing = {"execution_rate": "90%", "expenditure_total": "90万元", budget: "100万元"}
    assert rates.execution_rate(facts(agreeing)) == []
    (flag,) = rates.execution_rate(facts({**agreeing, "execution_rate": "95%"}))
    assert flag.items == ("execution_rate", "expenditure_total", budget)


@pytest.mark.parametrize("base, agrees", [("budget_initial", True), ("funds_received", False), ("revenue_total", False)])
def test_while_readings_are_compared_the_rate_agrees_only_against_a_budget(base: str, agrees: bool) -> None:
    # 90% agrees with the base only, not with the adjusted budget of 120
    figures = {"execution_rate": "90%", "expenditure_total": "90万元", base: "100万元", "budget_adjusted": "120万元"}
    assert rates.execution_rate(facts(figures)) == []
    with rates_rounded_only():
        found = rates.execution_rate(facts(figures))
    assert (found == []) is agrees
    if not agrees:
        assert found[0].items == ("execution_rate", "expenditure_total", "budget_adjusted")
    only_other = {k: v for k, v in figures.items() if k != "budget_adjusted"}
    with rates_rounded_only():
        assert rates.execution_rate(facts(only_other)) == []  # nothing to hold it against


def test_the_flag_names_the_first_budget_when_none_agrees() -> None:
    figures = {"execution_rate": "95%", "expenditure_total": "90万元", "budget_initial": "120万元",
               "budget_adjusted": "100万元"}
    (flag,) = rates.execution_rate(facts(figures))
    assert flag.items[-1] == "budget_adjusted" and flag.expected == Decimal("90.00")


@pytest.mark.parametrize("figures", [
    {"execution_rate": "90%", "expenditure_total": "90万元", "budget_adjusted": "0万元", "budget_initial": "100万元"},
    {"execution_rate": "90%", "expenditure_total": "90万元", "budget_adjusted": "0万元"},
    {"expenditure_total": "90万元", "budget_adjusted": "100万元"},
    {"execution_rate": "90%", "budget_adjusted": "100万元"},
    {"execution_rate": "90%", "expenditure_total": "90万元"},
])
def test_a_rate_without_a_spending_and_a_nonzero_budget_is_not_checked(figures: dict[str, str]) -> None:
    assert rates.execution_rate(facts(figures)) == []


def test_a_project_rate_its_figures_contradict_is_an_error_in_full() -> None:
    (flag,) = rates.project_rates(facts({}, projects=(replace(project("680.00", "512.40", "85.35"),
                                                              provenance=replace(P, page=5)),)))
    assert (flag.rule, flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        "projects.rate_vs_computed", Severity.ERROR, ("projects.execution_rate", "projects.executed", "projects.budget"),
        Decimal("75.35"), Decimal("85.35"), 5)
    assert english(flag) == "project “校舍修缮”: rate stated 85.35%, but 512.40万元 ÷ 680.00万元 = 75.35%"


def test_every_project_is_checked_past_the_ones_that_cannot_be() -> None:
    unchecked = (Project("无执行率", P, money("100", "万元"), money("90", "万元")),
                 Project("无预算", P, None, money("90", "万元"), percent("90")),
                 Project("无支出", P, money("100", "万元"), None, percent("90")),
                 Project("零预算", P, money("0", "万元"), money("90", "万元"), percent("90")),
                 project("680.00", "512.40", "75.35"))
    wrong = replace(project("680.00", "512.40", "85.35"), name="校舍")
    assert rates.project_rates(facts({}, projects=unchecked)) == []
    assert [english(f).split("”")[0] for f in rates.project_rates(facts({}, projects=(*unchecked, wrong)))] == [
        "project “校舍"]


def test_spending_above_budget_is_a_warning_in_full() -> None:
    (flag,) = rates.over_budget(on_page(facts({"expenditure_total": "120万元", "budget_adjusted": "100万元"}),
                                        "expenditure_total", 2))
    assert (flag.rule, flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        "expenditure.over_budget", Severity.WARNING, ("expenditure_total", "budget_adjusted"),
        Decimal("1000000"), Decimal("1200000"), 2)
    assert english(flag) == "spending 120万元 exceeds the adjusted budget 100万元 by 20.00万元"


@pytest.mark.parametrize("spent, flagged", [("101.00万元", True), ("100.02万元", True), ("100.01万元", False),
                                            ("100.00万元", False)])
def test_spending_above_budget_beyond_rounding_only(spent: str, flagged: bool) -> None:
    # figures to 0.01万元 allow 50 yuan each: 100.01 is at the limit of 100.00, 100.02 beyond it
    assert bool(rates.over_budget(facts({"expenditure_total": spent, "budget_adjusted": "100.00万元"}))) == flagged


@pytest.mark.parametrize("figures", [{"expenditure_total": "120万元"}, {"budget_adjusted": "100万元"}])
def test_no_spending_or_no_budget_no_over_budget_warning(figures: dict[str, str]) -> None:
    assert rates.over_budget(facts(figures)) == []


def test_a_project_spending_above_its_budget_is_a_warning_in_full() -> None:
    over = Project("校舍修缮", replace(P, page=6), money("100", "万元"), money("120", "万元"))
    within = Project("操场", P, money("100.00", "万元"), money("100.01", "万元"))  # at the rounding limit
    unknown = (Project("无预算", P, None, money("120", "万元")), Project("无支出", P, money("100", "万元"), None))
    (flag,) = rates.over_budget(facts({}, projects=(*unknown, within, over)))
    assert (flag.rule, flag.severity, flag.items, flag.expected, flag.stated, flag.page) == (
        "expenditure.over_budget", Severity.WARNING, ("projects.executed", "projects.budget"),
        Decimal("1000000"), Decimal("1200000"), 6)
    assert english(flag) == "project “校舍修缮” spent 120万元, above its budget 100万元"


def rate_breakdown(rate: str, *parts: str, kind: str = "rate", page: int = 1) -> Breakdown:
    figure = percent(rate.rstrip("%"), rate)
    assert figure is not None
    money_parts = tuple((f"part{i}", money(p.removesuffix("万元"), "万元", p) if p.endswith("万元")
                         else money(p.removesuffix("元"), "元", p)) for i, p in enumerate(parts))
    return Breakdown(kind, figure, "支付率", money_parts, False, replace(P, page=page))  # type: ignore[arg-type]


def with_breakdowns(facts_: ReportFacts, *breakdowns: Breakdown) -> ReportFacts:
    return replace(facts_, breakdowns=breakdowns)


def test_a_money_rate_no_two_figures_give_is_an_error_in_full() -> None:
    (flag,) = rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown("95%", "450万元", "500万元", page=7)))
    assert (flag.rule, flag.severity, flag.items, flag.stated, flag.page) == (
        "rates.unmatched", Severity.ERROR, ("execution_rate",), Decimal("95"), 7)
    assert english(flag) == ("支付率 stated 95%, but no two figures of the report give that ratio "
                             "(figures beside it: 450万元、500万元)")


@pytest.mark.parametrize("figures, projects", [
    ({"budget_adjusted": "500万元"}, ()),  # 450 beside the rate ÷ the report's budget
    ({}, (Project("校舍", P, money("500", "万元")),)),  # ÷ a project's budget
    ({}, (Project("校舍", P, None, money("500", "万元")),)),  # ÷ a project's spending
])
def test_a_money_rate_may_use_any_figure_of_the_report(figures: dict[str, str], projects: tuple[Project, ...]) -> None:
    assert rates.unmatched_rates(with_breakdowns(facts(figures, projects=projects), rate_breakdown("90%", "450万元"))) == []


def test_the_rate_itself_and_scoped_figures_are_not_figures_to_divide() -> None:
    # 90 ÷ 100: a stated 执行率 of 90% and a fund's part are not the figures a 支付率 is computed from
    base = facts({"execution_rate": "100%"})
    scoped = replace(base.budget_items[0], item="expenditure_project", figure=money("500", "万元"), scope="evaluated:100")
    only_rate = with_breakdowns(base, rate_breakdown("90%", "90万元"))
    assert rates.unmatched_rates(only_rate)
    assert rates.unmatched_rates(replace(only_rate, budget_items=(*base.budget_items, scoped),
                                         breakdowns=(rate_breakdown("90%", "450万元"),)))


def test_a_rate_between_two_of_its_own_figures_matches() -> None:
    assert rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown("90%", "450万元", "500万元"))) == []


@pytest.mark.parametrize("breakdown", [
    rate_breakdown("95%", "450万元", "500万元", kind="sum"),  # not a rate
    rate_breakdown("95%"),  # nothing beside it
])
def test_only_rates_with_figures_beside_them_are_checked(breakdown: Breakdown) -> None:
    assert rates.unmatched_rates(with_breakdowns(facts({}), breakdown)) == []


def test_every_rate_is_checked_past_the_ones_that_cannot_be() -> None:
    breakdowns = (rate_breakdown("95%"), rate_breakdown("90%", "450万元", "500万元"),
                  rate_breakdown("95%", "450万元", "500万元", page=9))
    assert [f.page for f in rates.unmatched_rates(with_breakdowns(facts({}), *breakdowns))] == [9]


def test_a_zero_or_negative_figure_divides_nothing() -> None:
    # 0 ÷ 0 is no ratio, and a negative denominator (a reduction) gives no 支付率
    assert rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown("100%", "0万元")))
    assert rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown("100%", "-50万元")))


def test_a_zero_budget_is_passed_over_for_the_next_one() -> None:
    figures = {"execution_rate": "90%", "expenditure_total": "90万元", "budget_adjusted": "120万元",
               "budget_initial": "0万元", "funds_received": "100万元"}
    assert rates.execution_rate(facts(figures)) == []  # 90 ÷ 100 (funds received), the zero budget aside


# 50 ÷ 100 = 50%; 50万元 and 100万元 allow 1% and 0.5% of their value, 50.8% allows 0.05:
# a stated 50.8% is 0.05 + 50 × 1.5% = 0.8 from 50, exactly at the limit
AT_THE_LIMIT, BEYOND = "50.8", "50.9"


@pytest.mark.parametrize("rate, flagged", [(AT_THE_LIMIT, False), (BEYOND, True)])
def test_a_rate_at_the_limit_of_its_figures_rounding_is_right(rate: str, flagged: bool) -> None:
    figures = {"execution_rate": f"{rate}%", "expenditure_total": "50万元", "budget_adjusted": "100万元"}
    assert bool(rates.execution_rate(facts(figures))) == flagged
    assert bool(rates.project_rates(facts({}, projects=(project("100", "50", rate),)))) == flagged
    assert bool(rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown(f"{rate}%", "50万元", "100万元")))) == flagged


def test_the_excess_is_shown_in_the_budgets_unit() -> None:
    (flag,) = rates.over_budget(facts({"expenditure_total": "1200000元", "budget_adjusted": "1000000元"}))
    assert english(flag) == "spending 1200000元 exceeds the adjusted budget 1000000元 by 200,000.00元"


def test_the_stated_execution_rate_is_no_figure_to_divide() -> None:
    # 90 (the 执行率's percent) ÷ 90万元 would give 0.01%: a coincidence of units, not a ratio
    base = facts({"execution_rate": "90%"})
    assert rates.unmatched_rates(with_breakdowns(base, rate_breakdown("0.01%", "90万元")))


def test_a_denominator_of_one_yuan_divides() -> None:
    assert rates.unmatched_rates(with_breakdowns(facts({}), rate_breakdown("100%", "1元"))) == []
