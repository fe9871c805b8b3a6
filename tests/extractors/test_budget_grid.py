from decimal import Decimal

from extractors.budget_grid import grid_items
from schemas.document import Page, Table

HUNAN = [
    ["部门整体支出绩效自评基础数据表", None, None, None, None, None],
    ["填报单位：湘潭县民政局", None, None, None, "单位：万元", None],
    ["收入合计", "上年结转", "公共财政拨款", "政府基金拨款", "纳入专户管理的非税收入拨款", "其他"],
    ["1,256.30", "56.30", "1,100.00", "80.00", "0", "20.00"],
    ["支出合计", "基本支出", "项目支出", None, None, None],
    ["1,201.50", "801.50", "400.00", None, None, None],
]


def items(rows: list[list[str | None]], page_text: str = "") -> dict[str, Decimal]:
    table = Table.from_rows(rows)
    return {b.item: b.value for b in grid_items(table, Page(1, page_text, (table,)), 0)}


def test_hunan_revenue_and_spending_grids() -> None:
    assert items(HUNAN) == {
        "revenue_total": Decimal("12563000.00"), "revenue_carryover": Decimal("563000.00"),
        "revenue_general_budget": Decimal("11000000.00"), "revenue_gov_fund": Decimal("800000.00"),
        "revenue_special_account": Decimal("0.00"), "revenue_other": Decimal("200000.00"),
        "expenditure_total": Decimal("12015000.00"), "expenditure_basic": Decimal("8015000.00"),
        "expenditure_project": Decimal("4000000.00"),
    }


def test_no_unit_no_figures() -> None:
    rows = [r for i, r in enumerate(HUNAN) if i != 1]
    assert items(rows) == {}
    assert items(rows, page_text="(单位:元)")["revenue_total"] == Decimal("1256.30")


def test_a_funds_block_is_left_to_the_tables_extractor() -> None:
    rows = [["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "860.00", "920.00", "874.32", "95.03%"]]
    assert items(rows) == {}
