"""A form whose every value carries its column's name, one row a line."""
from __future__ import annotations

from decimal import Decimal

from extractors import tables
from extractors.table_labelled_rows import labelled_row_tables
from pipeline.extraction.resolve import resolve
from schemas.document import Document, Page
from tests.conftest import make_doc

TITLE = "某新区某局2024年度部门整体支出绩效自评报告\n二、部门整体支出绩效自评表\n"
FUNDS = "年度资金总额：年初预算数8,642.00万元 全年预算数9,315.40万元 全年执行数9,106.27万元 分值10 执行率97.76% 得分9.78\n"
INDICATORS = (
    "产出指标 数量指标 新建改扩建幼儿园 年度指标值≥3所 实际完成值3所 分值15 得分15\n"
    "质量指标 义务教育巩固率 年度指标值≥99% 实际完成值99.2% 分值10 得分10\n"
    "满意度指标 服务对象满意度指标 群众满意度 年度指标值≥90% 实际完成值86% 分值65 得分60.6\n"
    "总分 100 95.38\n"
)


def test_labelled_rows_give_the_funds_and_the_indicators() -> None:
    facts = resolve(tables.extract(make_doc(TITLE + FUNDS + INDICATORS + "三、绩效目标完成情况\n")))
    budget = {b.item: b.figure.value for b in facts.budget_items if b.basis is None}
    assert budget["budget_initial"] == Decimal("86420000.00")
    assert budget["budget_adjusted"] == Decimal("93154000.00")
    assert budget["expenditure_total"] == Decimal("91062700.00")
    assert budget["execution_rate"] == Decimal("97.76")
    rows = {i.name: i for i in facts.indicators}
    assert rows["新建改扩建幼儿园"].target == "≥3所"
    assert rows["义务教育巩固率"].level2 == "质量指标" and rows["义务教育巩固率"].level1 == "产出指标"
    assert facts.meta.self_score == Decimal("95.38")


def test_each_run_of_one_kind_is_a_table_with_cells_pointing_at_the_text() -> None:
    text = TITLE + FUNDS + INDICATORS
    page = Document("x.txt", "0" * 64, "txt", (Page(1, text),)).pages[0]
    funds, indicators = labelled_row_tables(page)
    assert funds.grid()[0] == ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert indicators.grid()[0][:4] == ["一级指标", "二级指标", "三级指标", "年度指标值"]
    assert indicators.n_rows == 5  # header, three rows, the total
    cell = next(c for c in funds.cells if c.text == "9,315.40万元")
    start, end = map(int, cell.address.split("chars(")[1].rstrip(")").split("-"))
    assert text[start:end] == "9,315.40万元"


def test_prose_with_figures_is_no_labelled_row() -> None:
    page = Page(1, "全年预算数9,315.40万元，全年执行数9,106.27万元，执行率97.76%，完成年度目标。\n"
                   "年初预算数8,642.00万元 较上年增加 全年预算数9,315.40万元\n")
    assert labelled_row_tables(page) == []
