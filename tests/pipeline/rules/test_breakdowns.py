"""Listed parts against their stated total: here, a projects listing's 合计 row over its rows."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from extractors.numbers import money
from pipeline.rules import breakdowns
from schemas.facts import Breakdown, Severity
from schemas.figures import Figure
from schemas.messages import render
from tests.pipeline.rules.facts_builder import P, facts

ROWS = (("中小河流治理工程", "2118.36"), ("水库除险加固", "1386.52"), ("水土保持综合治理", "553.56"))


def listing(total: str, rows: tuple[tuple[str, str], ...] = ROWS, parts_item: str | None = "projects.executed") -> Breakdown:
    def m(v: str):  # type: ignore[no-untyped-def]
        figure = money(v, "万元", v)
        assert figure is not None
        return figure

    return Breakdown(kind="sum", total=m(total), total_label="合计", parts=tuple((n, m(v)) for n, v in rows),
                     exhaustive=True, provenance=P, unit="元", parts_item=parts_item)


def with_listing(b: Breakdown, figures: dict[str, str]):  # type: ignore[no-untyped-def]
    return replace(facts(figures), breakdowns=(b,))


def test_a_listing_whose_total_is_the_report_s_project_spending_names_it() -> None:
    # rows 4,058.44 against a 合计 of 4,068.44 that is the report's 项目支出
    (flag,) = breakdowns.parts_sum(with_listing(listing("4068.44"), {"expenditure_project": "4068.44万元"}))
    assert flag.severity is Severity.ERROR
    assert flag.items == ("expenditure_project", "projects.executed", "breakdown")


def test_a_listing_whose_total_is_not_the_project_spending_names_only_its_rows() -> None:
    (flag,) = breakdowns.parts_sum(with_listing(listing("4068.44"), {"expenditure_project": "6655.64万元"}))
    assert flag.items == ("projects.executed", "breakdown")
    (budget_flag,) = breakdowns.parts_sum(with_listing(listing("4068.44", parts_item="projects.budget"),
                                                       {"expenditure_project": "4068.44万元"}))
    assert budget_flag.items == ("projects.budget", "breakdown")


def test_a_listing_that_adds_up_passes_and_no_leading_rows_stand_for_its_total() -> None:
    assert breakdowns.parts_sum(with_listing(listing("4058.44"), {})) == []
    # the first two rows make 3,504.88: under a 其中 list that is news after the total; under a table's
    # 合计 row every row counts
    assert len(breakdowns.parts_sum(with_listing(listing("3504.88"), {}))) == 1
    assert breakdowns.parts_sum(with_listing(listing("3504.88", parts_item=None), {})) == []


def test_a_project_report_s_listing_whose_total_is_its_spending_names_that() -> None:
    (flag,) = breakdowns.parts_sum(with_listing(listing("4068.44"), {"expenditure_total": "4068.44万元"}))
    assert flag.items == ("expenditure_total", "projects.executed", "breakdown")


def narrative(total: str, rows: tuple[tuple[str, str], ...]) -> Breakdown:
    return replace(listing(total, rows, parts_item=None), total_label="支出合计", exhaustive=False)


def test_a_narrative_list_over_its_total_by_exactly_one_part_holds_an_aside() -> None:
    # 人员经费 is a part of 基本支出: without it the list adds up (no leading parts do)
    rows = (("基本支出", "832.17"), ("人员经费", "705.12"), ("项目支出", "416.48"))
    assert breakdowns.parts_sum(with_listing(narrative("1248.65", rows), {})) == []
    # over by no single part, or short of its total: wrong
    assert len(breakdowns.parts_sum(with_listing(narrative("1238.65", rows), {}))) == 1
    assert len(breakdowns.parts_sum(with_listing(narrative("1958.77", rows), {}))) == 1
    # two parts, or the extra figure repeated by another part: no telling which is the aside
    assert len(breakdowns.parts_sum(with_listing(narrative("832.17", rows[::2]), {}))) == 1
    twice = (("基本支出", "416.48"), ("项目支出", "416.48"), ("其他", "500.00"))
    assert len(breakdowns.parts_sum(with_listing(narrative("916.48", twice), {}))) == 1
    # a table's 合计 row counts every row
    assert len(breakdowns.parts_sum(with_listing(listing("1248.65", rows), {}))) == 1


def in_yuan(total: str, rows: tuple[tuple[str, str], ...], unit: str = "元") -> Breakdown:
    def m(v: str):  # type: ignore[no-untyped-def]
        figure = money(v, unit, v)
        assert figure is not None
        return figure

    return Breakdown(kind="sum", total=m(total), total_label="支出合计", parts=tuple((n, m(v)) for n, v in rows),
                     exhaustive=False, provenance=P, unit="元", parts_item=None)


def test_an_aside_of_one_yuan_is_still_an_aside_and_the_others_must_add_up_to_the_yuan() -> None:
    rows = (("基本支出", "100.00"), ("其中办公费", "1.00"), ("项目支出", "200.00"))
    assert breakdowns.parts_sum(with_listing(in_yuan("300.00", rows), {})) == []
    assert len(breakdowns.parts_sum(with_listing(in_yuan("299.00", rows), {}))) == 1


def test_the_others_add_up_within_the_rounding_of_them_all_and_of_the_total() -> None:
    # whole 万元: each figure ±0.5, so 3 + 3 + 2 = 8 stands for a total of 10 (four figures: ±2)
    rows = (("甲", "3"), ("乙", "9"), ("丙", "3"), ("丁", "2"))
    assert breakdowns.parts_sum(with_listing(in_yuan("10", rows, "万元"), {})) == []
    assert len(breakdowns.parts_sum(with_listing(in_yuan("10.5", rows, "万元"), {}))) == 1


def count(value: int, stated: str = "") -> Figure:
    return Figure(Decimal(value), stated or str(value), Decimal(0))


def test_each_breakdown_flag_says_what_was_stated_what_adds_up_and_where() -> None:
    wrong = replace(in_yuan("300.00", (("基本支出", "100.00"), ("项目支出", "150.00")), "万元"), exhaustive=True)
    fine = in_yuan("250.00", (("基本支出", "100.00"), ("项目支出", "150.00")), "万元")
    listed = Breakdown(kind="count", total=count(3, "3个"), total_label="个", parts=(("甲", count(1)), ("乙", count(1))),
                       exhaustive=True, provenance=P)
    m = lambda v: money(v, "万元", v)  # noqa: E731
    graded = Breakdown(kind="buckets", total=m("500.00"), total_label="项目", parts=(("优", m("300.00")), ("良", m("190.00"))),
                       exhaustive=True, provenance=P, count_total=count(6, "6个"), count_parts=(count(4), count(1)))
    facts_ = replace(facts({}), breakdowns=(fine, graded, wrong, listed))
    (parts,) = breakdowns.parts_sum(facts_)  # a checked list, or one of another kind, before it: still read
    assert (parts.rule, parts.severity, parts.items, parts.expected, parts.stated, parts.page) == (
        "breakdown.parts_sum", Severity.ERROR, ("breakdown",), Decimal("2500000.00"), Decimal("3000000.00"), 1)
    assert render(parts.text, "zh") == "支出合计300.00：所列分项（基本支出100.00、项目支出150.00）合计为 250.00万元"
    assert render(parts.text, "en") == "支出合计300.00: the parts listed (基本支出100.00、项目支出150.00) add up to 250.00万元"
    assert breakdowns.parts_sum(replace(facts_, breakdowns=(replace(wrong, exhaustive=False),)))[0].severity is Severity.WARNING
    (names,) = breakdowns.count_list(facts_)
    assert (names.rule, names.severity, names.items, names.expected, names.stated, names.page) == (
        "breakdown.count_list", Severity.ERROR, ("breakdown",), Decimal(2), Decimal(3), 1)
    assert render(names.text, "zh") == "报告称3个，但只列出 2 个：甲、乙"
    assert render(names.text, "en") == "3个 stated, but 2 are listed: 甲、乙"
    units = replace(listed, total=count(3, "3家"), total_label="单位")
    assert render(breakdowns.count_list(replace(facts_, breakdowns=(units,)))[0].text, "zh") == "报告称3家单位，但只列出 2 个：甲、乙"
    assert breakdowns.count_list(replace(facts_, breakdowns=(replace(listed, total=count(2, "2个")),))) == []
    funds, projects = breakdowns.grade_buckets(facts_)
    assert (funds.rule, funds.severity, funds.items, funds.expected, funds.stated, funds.page) == (
        "breakdown.grade_buckets", Severity.ERROR, ("projects", "breakdown"), Decimal("4900000.00"), Decimal("5000000.00"), 1)
    assert render(funds.text, "zh") == "按等级分列的项目资金合计 490.00万元，但评价项目的资金为 500.00"
    assert (projects.rule, projects.severity, projects.items, projects.expected, projects.stated, projects.page) == (
        "breakdown.grade_buckets", Severity.ERROR, ("projects", "breakdown"), Decimal(5), Decimal(6), 1)
    assert render(projects.text, "en") == "5 projects by grade, but 6 projects evaluated"
    agreeing = replace(graded, parts=(("优", m("300.00")), ("良", m("200.00"))), count_parts=(count(5), count(1)))
    assert breakdowns.grade_buckets(replace(facts_, breakdowns=(agreeing,))) == []


def test_leading_parts_that_make_the_total_leave_the_rest_as_news_and_counts_show_their_measure_word() -> None:
    cases = (("刑事", count(214, "214件")), ("民事", count(414, "414件")), ("热线转办", count(213, "213件")),
             ("咨询", count(50, "50件")))
    cases_b = Breakdown(kind="sum", total=count(628, "628件"), total_label="案件", parts=cases, exhaustive=False,
                        provenance=P, unit="件")
    assert breakdowns.parts_sum(replace(facts({}), breakdowns=(cases_b,))) == []
    (flag,) = breakdowns.parts_sum(replace(facts({}), breakdowns=(replace(cases_b, total=count(627, "627件")),)))
    assert render(flag.text, "zh") == "案件627件：所列分项（刑事214件、民事414件、热线转办213件、咨询50件）合计为 891件"
    # the first part alone is no prefix, nor are all the parts
    alone = replace(cases_b, total=count(214, "214件"))
    assert len(breakdowns.parts_sum(replace(facts({}), breakdowns=(alone,)))) == 1


def test_parts_add_up_within_the_rounding_of_the_total_and_of_every_part() -> None:
    def wan(total: str, *parts: str) -> Breakdown:
        return in_yuan(total, tuple((f"分项{k}", v) for k, v in enumerate(parts)), "万元")

    # 4.0 + 5.7 = 9.7 under 10: within 0.5 (the total's) + 0.05 + 0.05, not within the parts' rounding alone
    assert breakdowns.parts_sum(replace(facts({}), breakdowns=(wan("10", "4.0", "5.7"),))) == []
    # 4 + 5.7 = 9.7 under 10.0: within 0.05 + 0.5 + 0.05, not within the total's rounding alone
    assert breakdowns.parts_sum(replace(facts({}), breakdowns=(wan("10.0", "4", "5.7"),))) == []
    assert len(breakdowns.parts_sum(replace(facts({}), breakdowns=(wan("10.0", "4.0", "5.7"),)))) == 1
    # a leading pair likewise: 4.0 + 5.7 stand for 10 before the news that follows
    assert breakdowns.parts_sum(replace(facts({}), breakdowns=(wan("10", "4.0", "5.7", "8.0", "9.5"),))) == []
    assert breakdowns.parts_sum(replace(facts({}), breakdowns=(wan("10.0", "4", "5.7", "8.0", "9.5"),))) == []
    graded = Breakdown(kind="buckets", total=money("10", "万元", "10万元"), total_label="项目", exhaustive=True,
                       provenance=P, parts=(("优", money("4.0", "万元", "4.0万元")), ("良", money("5.7", "万元", "5.7万元"))))
    assert breakdowns.grade_buckets(replace(facts({}), breakdowns=(graded,))) == []
    tight = replace(graded, total=money("10.0", "万元", "10.0万元"), parts=(("优", money("4", "万元", "4万元")),
                                                                       ("良", money("5.7", "万元", "5.7万元"))))
    assert breakdowns.grade_buckets(replace(facts({}), breakdowns=(tight,))) == []


def test_money_in_a_flag_is_shown_in_the_unit_the_report_wrote_it_in() -> None:
    wrong = in_yuan("3,000,000.00", (("基本支出", "1,000,000.00"), ("项目支出", "1,500,000.00")))
    (flag,) = breakdowns.parts_sum(replace(facts({}), breakdowns=(wrong,)))
    assert render(flag.text, "zh").endswith("合计为 2,500,000.00元")
    graded = Breakdown(kind="buckets", total=money("5000000.00", "元", "5,000,000.00元"), total_label="项目",
                       exhaustive=True, provenance=P,
                       parts=(("优", money("3000000.00", "元", "3,000,000.00元")), ("良", money("1900000.00", "元", "1,900,000.00元"))))
    (funds,) = breakdowns.grade_buckets(replace(facts({}), breakdowns=(graded,)))
    assert render(funds.text, "zh").startswith("按等级分列的项目资金合计 4,900,000.00元")


def test_a_list_over_its_total_by_less_than_a_yuan_is_an_error_even_under_qizhong() -> None:
    over = in_yuan("300.00", (("基本支出", "100.40"), ("项目支出", "200.00")))  # 0.40元 over, beyond 0.015
    (flag,) = breakdowns.parts_sum(replace(facts({}), breakdowns=(over,)))
    assert flag.severity is Severity.ERROR


def test_a_flag_names_the_total_s_own_item_and_one_spending_figure_only() -> None:
    named = replace(in_yuan("300.00", (("基本支出", "100.00"), ("项目支出", "150.00")), "万元"), item="expenditure_total")
    (flag,) = breakdowns.parts_sum(replace(facts({}), breakdowns=(named,)))
    assert flag.items == ("expenditure_total", "breakdown")
    both = {"expenditure_project": "4068.44万元", "expenditure_total": "4068.44万元"}
    (listing_flag,) = breakdowns.parts_sum(with_listing(listing("4068.44"), both))
    assert listing_flag.items == ("expenditure_project", "projects.executed", "breakdown")
    # within the rounding of both statements: 4,068.4 and 4,068.44
    (rounded,) = breakdowns.parts_sum(with_listing(listing("4068.44"), {"expenditure_project": "4068.4万元"}))
    assert rounded.items == ("expenditure_project", "projects.executed", "breakdown")
