"""A funds block on its side (sources across, figures down) reads as the upright one."""
from __future__ import annotations

from decimal import Decimal as D

from extractors.table_grid import TableView
from extractors.table_transposed import sideways_funds
from schemas.document import Table
from tests.extractors import test_table_layouts as layouts
from tests.extractors.test_tables import PROJECT, indicators_of, items_of, run

SOURCES = ["合计", ("中央财政资金", 1, 2), ("省级财政资金", 1, 2), ("县级配套资金", 1, 2)]


def sideways_form(sources: list[layouts.Spec] = SOURCES, rate_row: bool = True) -> Table:
    figures = [
        ["年初预算数", "560.00", ("400.00", 1, 2), ("120.00", 1, 2), ("40.00", 1, 2)],
        ["全年预算数", "620.00", ("400.00", 1, 2), ("150.00", 1, 2), ("80.00", 1, 2)],
        ["全年执行数", "598.36", ("400.00", 1, 2), ("141.20", 1, 2), ("57.16", 1, 2)],
    ]
    if rate_row:
        figures.append(["执行率", "96.51%", ("100.00%", 1, 2), ("94.13%", 1, 2), ("71.45%", 1, 2)])
    figures += [["分值", "10", ("—", 1, 2), ("—", 1, 2), ("—", 1, 2)],
                ["得分", "9.65", ("—", 1, 2), ("—", 1, 2), ("—", 1, 2)]]
    return layouts.build([
        ["项目名称", ("牦牛良种繁育推广", 1, 8)],
        [("项目资金（万元）", len(figures) + 1, 1), "", *sources],
        *figures,
        ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"],
        ["绩效指标", "产出指标", "数量指标", "补助牦牛种公牛", "≥1100头", "1120头", "90", "86", ""],
        [("总分", 1, 6), "100", "95.65", "自评等级：优"],
    ])


def test_each_source_column_is_a_funds_row_and_each_figure_row_a_role() -> None:
    view = TableView(1, 0, sideways_form())
    block = sideways_funds(view, 1)
    assert block is not None
    assert [(label, kind) for _, label, kind in block.sources] == [
        ("合计", "total"), ("中央财政资金", "funds_central"), ("省级财政资金", "funds_provincial"), ("县级配套资金", "funds_local")]
    assert block.roles == {"initial": 2, "adjusted": 3, "executed": 4, "rate": 5, "weight": 6, "score": 7}
    assert block.end == 8
    provincial = block.cells(view, block.sources[2][0])
    assert (provincial["executed"].text, provincial["executed"].row, provincial["executed"].col) == ("141.20", 4, 5)


def test_a_sideways_block_gives_the_items_an_upright_one_does() -> None:
    ex = run([(PROJECT, (sideways_form(),))])
    items = items_of(ex)
    assert items["budget_initial"] == D("5600000") and items["budget_adjusted"] == D("6200000")
    assert items["expenditure_total"] == D("5983600") and items["execution_rate"] == D("96.51")
    assert items["funds_provincial@adjusted"] == D("1500000") and items["funds_local@executed"] == D("571600")
    assert indicators_of(ex)["预算执行率"] == (None, "96.51%", D(10), D("9.65"))


def test_a_row_of_sources_without_their_total_or_figures_is_no_block() -> None:
    no_total = ["一般公共预算", ("中央财政资金", 1, 2), ("省级财政资金", 1, 2), ("县级配套资金", 1, 2)]
    assert sideways_funds(TableView(1, 0, sideways_form(no_total)), 1) is None
    words = layouts.build([["资金来源", "合计", "中央财政资金", "省级财政资金"],
                           ["说明", "均已到位", "按时拨付", "按时拨付"]])
    assert sideways_funds(TableView(1, 0, words), 0) is None
    mixed = ["合计", ("中央财政资金", 1, 2), ("备注", 1, 2), ("县级配套资金", 1, 2)]
    assert sideways_funds(TableView(1, 0, sideways_form(mixed)), 1) is None


def test_one_money_row_is_too_few() -> None:
    table = layouts.build([["", "合计", "中央资金", "省级资金"], ["全年预算数", "620.00", "400.00", "220.00"],
                           ["执行率", "96.51%", "100%", "90%"]])
    assert sideways_funds(TableView(1, 0, table), 0) is None
