"""Budgets found by the report's own arithmetic: a total its levels or its tranches add up to."""
from decimal import Decimal

from extractors import budget
from tests.conftest import make_doc

TITLE = "2021年度农业生产发展资金项目绩效自评报告\n"
TRANCHES = ("中央下达我区农业生产发展专项转移支付预算463142万元;下达我区农业生产发展专项转移支付预算163455万元;"
            "下达我区实际种粮农民一次性补贴资金预算44440万元;2021年农业生产发展资金合计{total}万元。")


def budgets(text: str) -> list[tuple[Decimal, int]]:
    found = budget.extract(make_doc(TITLE + text)).budget_items
    return sorted((b.value, b.strength) for b in found if b.item == "budget_adjusted" and b.scope is None)


def test_a_sum_of_the_budgets_before_it_is_the_whole_budget() -> None:
    found = budgets(TRANCHES.format(total=671037))
    assert (Decimal("6710370000.00"), 3) in found  # stronger than each tranche


def test_a_sum_the_budgets_before_it_do_not_make_names_nothing() -> None:
    assert all(value != Decimal("6710370000.00") for value, _ in budgets(TRANCHES.format(total=671000)))


def test_a_total_its_levels_add_up_to_is_the_budget_they_make() -> None:
    text = ("2021年全市共投入各级财政衔接推进乡村振兴补助资金14380万元,其中:中央资金1836万元、省级资金1682万元、"
            "市级资金6954万元,本级资金3908万元。")
    assert budgets(text) == [(Decimal("143800000.00"), 1)]


SUB_FUNDS = ("省级下达我市公共文化服务体系建设专项资金3020万元,其中:一般项目资金{first}万元,专项资金360万元,"
             "绩效奖励资金1140万元,具体情况如下:")


def test_a_weak_budget_wording_among_parts_that_add_up_names_a_part_not_the_budget() -> None:
    # 1520 + 360 + 1140 = 3020: 一般项目资金 is one of the sub-funds, and the allocation is the budget
    assert budgets(SUB_FUNDS.format(first=1520)) == [(Decimal("30200000.00"), 1)]


def test_a_weak_budget_wording_among_parts_that_do_not_add_up_is_still_read() -> None:
    assert (Decimal("15000000.00"), 1) in budgets(SUB_FUNDS.format(first=1500))


def test_a_budget_wording_after_a_total_with_one_part_is_still_read() -> None:
    text = "项目总投资500万元,其中项目资金300万元。"
    assert (Decimal("3000000.00"), 1) in budgets(text)


def test_sums_of_several_allocations_in_a_list_are_subtotals_none_the_budget() -> None:
    text = ("一、绩效目标分解下达情况\n1.分配某剧院演出补助50万元,某县文旅体局目连戏50万元,共计100万元。\n"
            "2.根据因素分配法测算,分配某区24.6万元,某县56.5万元,某市111.4万元,共计192.5万元。\n")
    assert all(strength != 3 for _, strength in budgets(text))
    one = "一、绩效目标分解下达情况\n1.分配某剧院演出补助50万元,某县文旅体局目连戏50万元,共计100万元。\n"
    assert (Decimal("1000000.00"), 3) in budgets(one)


UPPER_AND_OTHERS = ("2021年度全省农村危房改造中央和省级财政资金用于危房改造和抗震加固共计{total}亿元,其中,"
                    "中央财政补助资金31.20亿元,中央预算内投资12.40亿元,省级财政安排资金6.15亿元。")


def test_a_total_whose_parts_add_up_two_of_them_levels_is_the_budget() -> None:
    # 31.20 + 12.40 + 6.15 = 49.75: the investment is no level, the whole still adds up
    assert budgets(UPPER_AND_OTHERS.format(total="49.75")) == [(Decimal("4975000000.00"), 1)]


def test_a_total_its_parts_do_not_add_up_to_names_nothing() -> None:
    assert budgets(UPPER_AND_OTHERS.format(total="52.75")) == []


def test_spending_whose_parts_add_up_is_no_budget() -> None:
    # the two sentences glued as a flattened page glues them: no wording before the spending but 支出
    text = ("2021年收到财政资金共1830.5万元,其中:中央资金1120.7万元,地方资金80.2万元,其他资金629.6万元"
            "2021年支出1815.3万元,其中中央资金1105.5万元,地方资金80.2万元,其他资金629.6万元。")
    assert all(value != Decimal("18153000.00") for value, _ in budgets(text))


def test_a_sum_the_paragraph_then_adds_to_for_a_larger_named_budget_is_its_part() -> None:
    text = ("下达中央资金420.00万元、自治区资金160.00万元,县级配套资金60.00万元,当年安排合计640.00万元;"
            "加上上年度结转的38.50万元,项目全年预算678.50万元。")
    assert budgets(text) == [(Decimal("6785000.00"), 2)]
    # the same sum with no larger budget after it is the budget
    assert (Decimal("6400000.00"), 3) in budgets(text.split("加上")[0])


def test_the_spending_a_stated_rate_makes_of_the_budget_is_the_spending() -> None:
    text = ("项目全年预算326.00万元,资金均已到位。共为1934名取证人员兑付培训补贴309.00万元,其中初级工652人,"
            "预算执行率94.79%;结余17.00万元结转下年使用。")
    found = budget.extract(make_doc(TITLE + text)).budget_items
    assert [(b.value, b.strength) for b in found if b.item == "expenditure_total"] == [(Decimal("3090000.00"), 1)]
    # a figure the rate does not make (309.00 ÷ 326.00 is not 96.00%) is nothing
    off = budget.extract(make_doc(TITLE + text.replace("94.79%", "96.00%"))).budget_items
    assert not [b for b in off if b.item == "expenditure_total"]
    # and a spending stated by its wording is the spending
    stated = budget.extract(make_doc(TITLE + "项目全年预算326.00万元,全年支出300.00万元,兑付培训补贴309.00万元,"
                                                "预算执行率94.79%。")).budget_items
    assert [b.value for b in stated if b.item == "expenditure_total"] == [Decimal("3000000.00")]
