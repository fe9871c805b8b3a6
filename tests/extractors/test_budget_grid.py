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
    return {b.item: b.value for b in grid_items(table, [Page(1, page_text, (table,))], 0, 0)}


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


BY_UNIT = [
    ["单位名称", "本年收入", "本年支出", "其中：基本支出", "项目支出"],
    ["局机关本级", "3,120.40", "3,046.18", "1,186.35", "1,859.83"],
    ["某市疾病预防控制中心", "2,436.52", "2,385.26", "1,964.80", "420.46"],
    ["{total_label}", "5,556.92", "5,431.44", "3,151.15", "2,280.29"],
]


def test_rows_by_unit_give_the_department_only_its_total_row() -> None:
    rows = [[c.format(total_label="合计") if c else c for c in r] for r in BY_UNIT]
    found = items(rows, page_text="(单位:万元)")
    assert found["expenditure_total"] == Decimal("54314400.00")  # the 合计 row, not 局机关本级
    assert found["expenditure_project"] == Decimal("22802900.00")


def test_rows_by_unit_without_a_total_row_give_nothing() -> None:
    rows = [[c.format(total_label="某市卫生监督所") if c else c for c in r] for r in BY_UNIT]
    assert items(rows, page_text="(单位:万元)") == {}


def test_a_row_label_spanning_the_header_and_its_figures_is_no_second_header() -> None:
    rows = [["收入", "收入合计", "上年结转", "公共财政拨款"],
            ["收入", "1,256.30", "56.30", "1,200.00"],
            ["支出", "支出合计", "基本支出", "项目支出"],
            ["支出", "1,201.50", "801.50", "400.00"]]
    found = items(rows, page_text="单位:万元")
    assert found["revenue_total"] == Decimal("12563000.00") and found["expenditure_project"] == Decimal("4000000.00")


def test_a_part_written_with_its_qizhong_is_read() -> None:
    rows: list[list[str | None]] = [["基本支出", "其中：人员经费", "公用经费", "项目支出"],
                                     ["1,126.48", "986.30", "140.18", "1,892.26"]]
    assert items(rows, "（单位：万元）") == {
        "expenditure_basic": Decimal("11264800.00"), "expenditure_personnel": Decimal("9863000.00"),
        "expenditure_public": Decimal("1401800.00"), "expenditure_project": Decimal("18922600.00")}


def test_of_rows_by_year_the_report_s_own_year_is_read_never_the_years_total() -> None:
    rows: list[list[str | None]] = [
        ["年度", "中央资金", "县级资金", "上年结转", "当年支出"],
        ["2019年", "380.00", "50.00", "—", "541.50"],
        ["2020年", "420.00", "60.00", "38.50", "652.30"],
        ["2021年（计划）", "400.00", "60.00", "26.20", "—"],
        ["合计", "1,200.00", "170.00", "—", "—"],
    ]
    table = Table.from_rows(rows)
    found = {b.item: b.value for b in grid_items(table, [Page(1, "单位：万元", (table,))], 0, 0, own_year=2020)}
    assert found == {"funds_central": Decimal("4200000.00"), "funds_local": Decimal("600000.00"),
                     "revenue_carryover": Decimal("385000.00"), "expenditure_total": Decimal("6523000.00")}
    # a year the rows do not hold, or none known: nothing
    assert grid_items(table, [Page(1, "单位：万元", (table,))], 0, 0, own_year=2022) == []
    assert grid_items(table, [Page(1, "单位：万元", (table,))], 0, 0) == []
