"""Column roles from a table's header rows."""
from __future__ import annotations

from extractors import tables
from pipeline.extraction.resolve import resolve
from tests.conftest import make_doc

TITLE = "# 某县发展和改革局2023年度项目支出绩效自评表\n\n"


def test_the_row_label_column_s_caption_gives_way_to_the_column_named_like_it() -> None:
    # `年度预算数(万元)` heads the row labels (总额, 其中…); the adjusted budget is `调整后预算数`
    text = TITLE + (
        "| 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 总额 | 238.93 | 251.89 | 250.12 | 99.30% | 10 | 9.9 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["budget_initial"] == "238.93"
    assert by_item["budget_adjusted"] == "251.89"
    assert by_item["expenditure_total"] == "250.12"


def test_a_leftmost_money_header_over_values_stays_a_column() -> None:
    text = TITLE + (
        "| 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
        "| --- | --- | --- | --- |\n"
        "| 100.00 | 120.00 | 110.00 | 91.67% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item.get("budget_initial") == "100.00"
    assert by_item.get("budget_adjusted") == "120.00"
