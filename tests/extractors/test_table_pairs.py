"""A department's questionnaire sheet: rows of label / value pairs, then its projects listed by name."""
from __future__ import annotations

from decimal import Decimal

from extractors import tables
from extractors.table_grid import TableView
from extractors.table_pairs import pair_items
from tests.extractors.test_table_layouts import build, make_tables_doc

TITLE = "某市卫生健康局2024年度部门整体支出绩效自评表\n填报单位:某市卫生健康局金额单位:万元\n"
SHEET = [
    ["年初预算数", "8,264.00", "调整后预算数", "9,180.00", "其中：一般公共预算财政拨款", "8,780.00", "上年结转", "400.00"],
    ["本年支出", "8,972.46", "其中：基本支出", "4,186.20", "项目支出", "4,786.26", "预算执行率", "97.74%"],
    ["年末结转结余", "207.54", "", "", "", "", "", ""],
    [("二、项目支出绩效情况", 1, 8)],
    ["序号", "项目名称", "资金来源", "全年预算数", "执行数", "执行率", ("备注", 1, 2)],
    ["1", "基本公共卫生服务补助", "一般公共预算", "1,680.00", "1,672.40", "99.55%", ("", 1, 2)],
    ["2", "乡镇卫生院设备更新", "一般公共预算、上年结转", "600.00", "624.80", "104.13%", ("含上年结转24.80万元", 1, 2)],
    ["合计", "", "", "2,280.00", "2,297.20", "100.75%", ("", 1, 2)],
]


def test_rows_of_label_value_pairs_give_one_item_each_a_lone_last_pair_too() -> None:
    view = TableView(1, 0, build(SHEET))
    found = {b.item: b.value for b in pair_items(view, "万元")}
    assert found == {
        "budget_initial": Decimal("82640000.00"), "budget_adjusted": Decimal("91800000.00"),
        "revenue_general_budget": Decimal("87800000.00"), "revenue_carryover": Decimal("4000000.00"),
        "expenditure_total": Decimal("89724600.00"), "expenditure_basic": Decimal("41862000.00"),
        "expenditure_project": Decimal("47862600.00"), "execution_rate": Decimal("97.74"),
        "balance_carryforward": Decimal("2075400.00")}


def test_a_row_with_one_pair_alone_or_a_name_that_is_no_budget_wording_is_no_questionnaire_row() -> None:
    assert pair_items(TableView(1, 0, build([["年末结转结余", "207.54"]])), "万元") == []
    assert pair_items(TableView(1, 0, build([["年初预算数", "8,264.00", "联系电话", "12345678"]])), "万元") == []


def test_a_cut_among_the_pairs_is_kept_beside_the_figures_as_the_narrative_s_is() -> None:
    rows = [["年初预算数", "2,386.40", "全年支出", "2,541.37"], ["年中追加", "318.50", "其中：基本支出", "1,012.48"],
            ["年中调减", "86.00", "项目支出", "1,528.89"], ["调整后预算数", "2,618.90", "预算执行率", "97.04%"]]
    found = pair_items(TableView(1, 0, build(rows)), "万元")
    cut = [(b.item, b.value) for b in found if b.scope == "budget_reduction"]
    assert cut == [("budget_addition", Decimal("860000.00"))]
    assert not any(b.item == "budget_reduction" for b in found)
    assert [b.item for b in pair_items(TableView(1, 0, build(rows)), "万元", scope="project:某项目")].count("budget_addition") == 1


def test_a_table_whose_rows_name_project_spending_is_no_project_s_table() -> None:
    rows = [["年初预算数", "2,386.40", "全年支出", "2,541.37"], ["年中调减", "86.00", "项目支出", "1,528.89"],
            ["调整后预算数", "2,618.90", "预算执行率", "97.04%"]]
    parsed = tables.parse_tables(make_tables_doc([("某县水利局2025年度部门整体支出绩效自评报告", (build(rows),))]))
    assert parsed[0].own_kind is None
    titled = [[("项目支出绩效自评表", 1, 4)], *rows]
    assert tables.parse_tables(make_tables_doc([("自评", (build(titled),))]))[0].own_kind == "project"


def test_the_sheet_s_projects_are_named_by_their_name_column_with_their_source_and_belong_to_the_report() -> None:
    ex = tables.extract(make_tables_doc([(TITLE, (build(SHEET),))]))
    assert [(p.name, p.fund_source, p.budget.value if p.budget else None) for p in ex.projects] == [
        ("基本公共卫生服务补助", "一般公共预算", Decimal("16800000.00")),
        ("乡镇卫生院设备更新", "一般公共预算、上年结转", Decimal("6000000.00"))]
    report_items = {b.item for b in ex.budget_items if b.scope is None}
    assert {"budget_adjusted", "expenditure_total", "execution_rate"} <= report_items


def test_a_department_form_whose_项目名称_is_its_whole_budget_is_the_department_s() -> None:
    form = build([
        [("2024年度部门整体绩效自评表", 1, 6)],
        ["项目名称:", "某县科学技术协会整体监控", "项目编码:", "50023300024P000060", "自评总分:", "99.68"],
        ["项目主管部门:", "705-某县科学技术协会", "", "", "", ""],
    ])
    ex = tables.extract(make_tables_doc([("2024年度部门整体绩效自评表\n", (form,))]))
    found = {f.name: f.value for f in ex.fields}
    assert found.get("department") == "某县科学技术协会" and "project_name" not in found


def test_a_lone_pair_below_other_rows_still_goes_with_the_pairs_above() -> None:
    rows = [["计划安排资金(万元)", "986.00", "实际到位资金(万元)", "942.30"],
            ["其中:中央财政", "其中:中央财政", "", ""],
            ["县财政", "县财政", "", ""],
            ["实际支出(万元)", "942.30", "", ""]]
    found = {b.item: b.value for b in pair_items(TableView(1, 0, build(rows)), "万元")}
    assert found["expenditure_total"] == Decimal("9423000.00") and found["budget_adjusted"] == Decimal("9860000.00")


def test_a_grand_total_beside_the_year_s_total_is_not_the_year_s() -> None:
    rows = [["本年收入合计", "4,606.80", "本年支出合计", "4,652.37"], ["上年结转", "184.00", "年末结转结余", "138.43"],
            ["收入总计", "4,790.80", "支出总计", "4,790.80"]]
    found = [(b.item, b.value) for b in pair_items(TableView(1, 0, build(rows)), "万元")]
    assert ("expenditure_total", Decimal("46523700.00")) in found and ("revenue_total", Decimal("46068000.00")) in found
    assert Decimal("47908000.00") not in {value for _, value in found}
    # a grand total alone is the total the table gives
    alone = [["收入总计", "4,790.80", "支出总计", "4,652.37"], ["上年结转", "184.00", "年末结转结余", "138.43"]]
    assert ("expenditure_total", Decimal("46523700.00")) in [(b.item, b.value) for b in pair_items(TableView(1, 0, build(alone)), "万元")]


def test_a_table_of_the_budget_as_planned_states_the_initial_budget() -> None:
    from dataclasses import replace

    rows = [
        ["收入项目", "预算数", "支出项目（按功能分类）", "预算数"],
        ["一般公共预算拨款收入", "1,486.20", "农林水支出", "1,486.20"],
        ["政府性基金预算拨款收入", "320.00", "城乡社区支出", "320.00"],
        ["收入合计", "1,806.20", "支出合计", "1,806.20"],
    ]
    planned = replace(build(rows), caption="某市水务局2022年部门预算收支总表 单位：万元")
    found = [(b.item, b.basis.value if b.basis else None, b.value) for b in pair_items(TableView(1, 0, planned), "万元")]
    assert found == [  # the sources at the year's start beside the spending classes, and the total once
        ("revenue_general_budget", "initial", Decimal("14862000.00")), ("revenue_gov_fund", "initial", Decimal("3200000.00")),
        ("budget_initial", None, Decimal("18062000.00"))]
    # the same table of a year's accounts (决算) states what came in and went out
    accounts = replace(build(rows), caption="某市水务局2022年部门决算收支总表 单位：万元")
    assert {b.item for b in pair_items(TableView(1, 0, accounts), "万元")} == {"revenue_total", "expenditure_total"}


def test_a_table_titled_by_the_budget_that_shows_the_year_s_changes_is_no_plan() -> None:
    from dataclasses import replace

    rows = [
        ["项目", "金额", "项目", "金额"],
        ["年初预算", "36,218.40", "本年支出", "40,580.12"],
        ["年中追加", "5,607.97", "其中：基本支出", "13,862.45"],
        ["调整后预算", "41,826.37", "项目支出", "26,717.67"],
    ]
    table = replace(build(rows), caption="表1 2022年度部门预算收支情况 单位：万元")
    found = {b.item: b.value for b in pair_items(TableView(1, 0, table), "万元")}
    assert (found["budget_adjusted"], found["expenditure_total"]) == (Decimal("418263700.00"), Decimal("405801200.00"))
