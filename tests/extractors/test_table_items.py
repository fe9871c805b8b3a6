from decimal import Decimal

import pytest

from extractors import table_items
from tests.conftest import make_doc

TITLE = "# 某区某局2023年度部门整体支出绩效自评报告\n\n"


def items(text: str) -> dict[str, Decimal]:
    return {b.item: b.value for b in table_items.extract(make_doc(TITLE + text)).budget_items}


def test_figures_listed_one_per_row_with_a_unit_column() -> None:
    text = ("| 序号 | 项目 | 金额 | 单位 | 说明 |\n| --- | --- | --- | --- | --- |\n"
            "| 1 | 年初预算数 | 168,420.35 | 万元 | 年初批复 |\n| 2 | 年中追加预算 | 24,806.15 | 万元 | |\n"
            "| 3 | 调整后预算数 | 193,226.50 | 万元 | 1+2 |\n| 4.1 | 其中：一般公共预算财政拨款收入 | 151,286.30 | 万元 | |\n"
            "| 5 | 本年支出合计 | 180,905.36 | 万元 | |\n| 6 | 预算执行率 | 95.80 | % | 本年支出÷调整后预算数 |\n")
    assert items(text) == {
        "budget_initial": Decimal("1684203500.00"), "budget_addition": Decimal("248061500.00"),
        "budget_adjusted": Decimal("1932265000.00"), "revenue_general_budget": Decimal("1512863000.00"),
        "expenditure_total": Decimal("1809053600.00"), "execution_rate": Decimal("95.80")}


def test_this_year_s_column_in_the_unit_the_page_declares() -> None:
    text = ("收支情况如下（单位：元）：\n\n| 项目 | 本年数 | 上年数 |\n| --- | --- | --- |\n"
            "| 收入合计 | 5,025,500.00 | 4,712,800.00 |\n| 事业收入 | 526,800.00 | 498,000.00 |\n"
            "| 支出合计 | 4,896,200.00 | 4,400,400.00 |\n| 其中：人员经费 | 3,410,500.00 | 3,186,900.00 |\n")
    assert items(text) == {"revenue_total": Decimal("5025500.00"), "revenue_other": Decimal("526800.00"),
                           "expenditure_total": Decimal("4896200.00"), "expenditure_personnel": Decimal("3410500.00")}


def test_the_unit_of_the_amounts_header() -> None:
    text = ("| 项目 | 金额（万元） | 占比 |\n| --- | --- | --- |\n"
            "| 基本支出 | 1,428.36 | 68.00% |\n| 项目支出 | 672.18 | 32.00% |\n")
    assert items(text) == {"expenditure_basic": Decimal("14283600.00"), "expenditure_project": Decimal("6721800.00")}


@pytest.mark.parametrize("text", [
    # no unit anywhere: amounts are not guessed
    "| 项目 | 金额 |\n| --- | --- |\n| 基本支出 | 1,428.36 |\n| 项目支出 | 672.18 |\n",
    # a funds form is the tables extractor's, even below its 项目名称 rows
    ("| 项目名称 | 某项目 | | |\n| --- | --- | --- | --- |\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |\n"
     "| 年度资金总额 | 100.00 | 120.00 | 118.00 |\n| 其中：财政拨款 | 100.00 | 120.00 | 118.00 |\n"),
    # rows of projects name no budget figure
    "| 项目名称 | 金额（万元） |\n| --- | --- |\n| 审判业务经费 | 290.00 |\n| 信息化运维 | 86.00 |\n",
])
def test_nothing_is_read_from(text: str) -> None:
    assert items(text) == {}


def test_a_share_in_percent_is_no_rate_of_execution() -> None:
    text = ("| 项目 | 数值 | 单位 |\n| --- | --- | --- |\n| 基本支出 | 1,428.36 | 万元 |\n"
            "| 项目支出 | 68.00 | % |\n| 预算执行率 | 96.83 | % |\n")
    assert items(text) == {"expenditure_basic": Decimal("14283600.00"), "execution_rate": Decimal("96.83")}


def test_side_by_side_lists_of_income_and_spending() -> None:
    text = ("| 收入项目 | 金额（万元） | 支出项目 | 金额（万元） |\n| --- | --- | --- | --- |\n"
            "| 财政拨款收入 | 2,021.60 | 基本支出 | 1,428.36 |\n| 其他收入 | 38.40 | 项目支出 | 672.18 |\n"
            "| 收入合计 | 2,060.00 | 支出合计 | 2,100.54 |\n")
    assert items(text) == {
        "revenue_general_budget": Decimal("20216000.00"), "revenue_other": Decimal("384000.00"),
        "revenue_total": Decimal("20600000.00"), "expenditure_basic": Decimal("14283600.00"),
        "expenditure_project": Decimal("6721800.00"), "expenditure_total": Decimal("21005400.00")}


def test_of_columns_headed_by_years_the_latest() -> None:
    text = ("| 项目 | 2022年（万元） | 2023年（万元） |\n| --- | --- | --- |\n"
            "| 基本支出 | 1,300.00 | 1,428.36 |\n| 项目支出 | 600.00 | 672.18 |\n")
    assert items(text) == {"expenditure_basic": Decimal("14283600.00"), "expenditure_project": Decimal("6721800.00")}


def test_a_form_printed_as_label_value_pairs_gives_each_pair_s_figure() -> None:
    text = ("| 年初预算：186.40万元 | 年中追加：18.25万元 |\n| --- | --- |\n"
            "| 全年预算：204.65万元 | 其中公共财政拨款：192.35万元 |\n"
            "| 上年结转：12.30万元 | 上年全年支出：183.92万元 |\n"
            "| 全年支出：198.37万元 | 执行率：96.93% |\n")
    assert items(text) == {
        "budget_initial": Decimal("1864000.00"), "budget_addition": Decimal("182500.00"),
        "budget_adjusted": Decimal("2046500.00"), "revenue_general_budget": Decimal("1923500.00"),
        "revenue_carryover": Decimal("123000.00"), "expenditure_total": Decimal("1983700.00"),
        "execution_rate": Decimal("96.93")}  # last year's 上年全年支出 is none of them


def test_label_value_pairs_without_a_unit_take_the_page_s() -> None:
    pairs = ("| 批复预算：150.00 | 资金到位：150.00 |\n| --- | --- |\n"
             "| 实际支付：142.86 | 资金执行率：95.24% |\n| 结余：7.14 | 结余原因：工程尾款未到支付期 |\n")
    assert items("项目资金情况如下（单位：万元）：\n\n" + pairs) == {
        "budget_adjusted": Decimal("1500000.00"), "funds_received": Decimal("1500000.00"),
        "expenditure_total": Decimal("1428600.00"), "execution_rate": Decimal("95.24"),
        "balance_carryforward": Decimal("71400.00")}
    assert "budget_adjusted" not in items(pairs)  # no unit anywhere: left unread, not guessed


def test_a_table_with_a_few_pairs_among_other_cells_is_no_pair_form() -> None:
    text = ("| 项目 | 说明 | 备注 |\n| --- | --- | --- |\n| 年初预算：10万元 | 按计划下达 | 无 |\n"
            "| 培训 | 按期完成 | 无 |\n| 宣传 | 按期完成 | 无 |\n")
    assert items(text) == {}


def test_parts_named_in_brackets_under_their_total() -> None:
    text = ("| 项目 | 金额（万元） |\n| --- | --- |\n| 本年支出合计 | 3,421.07 |\n| 其中：基本支出 | 2,263.45 |\n"
            "| （人员经费） | 1,918.62 |\n| （公用经费） | 344.83 |\n| 项目支出 | 1,157.62 |\n")
    found = items(text)
    assert found["expenditure_personnel"] == Decimal("19186200.00")
    assert found["expenditure_public"] == Decimal("3448300.00")


def test_a_label_wrapped_onto_a_row_of_its_own_is_read_whole() -> None:
    text = ("收支情况如下（单位：元）：\n\n| 项目 | 金额 |\n| --- | --- |\n| 调整后预算 | 4,738,835.36 |\n"
            "| 其中：一般公共预算财政 | 4,518,835.36 |\n| 拨款 | |\n| 上年结转 | 220,000.00 |\n")
    found = items(text)
    assert found["revenue_general_budget"] == Decimal("4518835.36") and found["revenue_carryover"] == Decimal("220000.00")


def test_each_table_in_the_unit_its_caption_declares() -> None:
    text = ("表1 支出构成（单位：万元）\n\n| 项目 | 金额 |\n| --- | --- |\n| 本年支出合计 | 19,426.85 |\n"
            "| 基本支出 | 4,682.37 |\n\n表2 收入构成（单位：元）\n\n| 项目 | 金额 |\n| --- | --- |\n"
            "| 收入合计 | 5,025,500.00 |\n| 事业收入 | 526,800.00 |\n")
    assert items(text) == {"expenditure_total": Decimal("194268500.00"), "expenditure_basic": Decimal("46823700.00"),
                           "revenue_total": Decimal("5025500.00"), "revenue_other": Decimal("526800.00")}
