"""Listed parts against their stated total: here, a projects listing's 合计 row over its rows."""
from __future__ import annotations

from dataclasses import replace

from extractors.numbers import money
from pipeline.rules import breakdowns
from schemas.facts import Breakdown, Severity
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
