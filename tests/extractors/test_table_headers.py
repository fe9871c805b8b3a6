"""Column roles from a table's header rows."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from pipeline.extraction.resolve import resolve
from schemas.document import Cell, Table
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


def test_a_money_header_with_its_unit_is_a_column_away_from_the_row_labels() -> None:
    # `安排资金(万元)` looks like the caption `项目资金(万元)`, but it heads a column of values
    text = TITLE + (
        "| 序号 | 项目 | 安排资金（万元） | 实际支出（万元） | 支出进度 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 学生资助补助经费 | 1,260.00 | 1,248.66 | 99.10% |\n"
        "| 2 | 校舍维修改造 | 2,380.00 | 2,296.70 | 96.50% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert [(p.name, p.budget.stated if p.budget else None) for p in facts.projects] == [
        ("学生资助补助经费", "1,260.00"), ("校舍维修改造", "2,380.00")]


def test_a_caption_merged_over_two_label_columns_names_no_column() -> None:
    from schemas.document import Cell, Table

    header = ["年初预算数", "全年预算数", "全年执行数", "执行率"]
    values = ["1,865.30", "2,247.80", "2,198.46", "97.80%"]
    cells = (Cell(0, 0, "年度预算执行情况（万元）", colspan=2), *(Cell(0, 2 + i, t) for i, t in enumerate(header)),
             Cell(1, 1, "年度资金总额"), *(Cell(1, 2 + i, t) for i, t in enumerate(values)))
    grid = Table(page=1, n_rows=2, n_cols=6, cells=cells)
    facts = resolve(tables.extract(make_doc(TITLE, tables=(grid,))))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["expenditure_total"] == "2,198.46"


def test_a_money_header_over_row_labels_is_the_label_column() -> None:
    # Sichuan's form: `年度预算数(万元)` heads the column of 总额 / 其中:财政资金, not the adjusted budget
    from schemas.document import Cell, Table

    header = ["年初预算", "调整后预算数", "预算执行数", "预算执行率"]
    cells = (Cell(0, 0, "预算执行情况(10分)", rowspan=2), Cell(0, 1, "年度预算数(万元)"),
             *(Cell(0, 2 + i, t) for i, t in enumerate(header)),
             Cell(1, 1, "总额"), *(Cell(1, 2 + i, t) for i, t in enumerate(["48.00", "52.60", "51.83", "98.54%"])))
    facts = resolve(tables.extract(make_doc(TITLE, tables=(Table(page=1, n_rows=2, n_cols=6, cells=cells),))))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["budget_adjusted"] == "52.60" and by_item["budget_initial"] == "48.00"


def test_a_table_of_first_level_rows_only_gives_them_as_level_rows() -> None:
    # the decision–process–output–benefit framework, scored per first level only
    text = "# 某区退役军人事务局2023年度部门整体支出绩效自评报告\n\n" + (
        "| 一级指标 | 权重 | 自评得分 |\n| --- | --- | --- |\n"
        "| 决策 | 15 | 14 |\n| 过程 | 25 | 22.8 |\n| 产出 | 35 | 31.5 |\n| 效益 | 25 | 19 |\n"
        "| 合计 | 100 | 87.3 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    rows = {i.name: (i.weight and i.weight.stated, i.score and i.score.stated, i.level_row) for i in facts.indicators}
    assert rows == {"决策": ("15", "14", True), "过程": ("25", "22.8", True),
                    "产出": ("35", "31.5", True), "效益": ("25", "19", True)}
    assert facts.meta.self_score == Decimal("87.3")


def test_a_row_named_like_its_level_is_kept_when_it_is_scored_itself() -> None:
    text = "# 某区疾病预防控制中心2022年度项目支出绩效自评报告\n\n" + (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标（90分） | 数量指标 | 疫苗接种率 | ≥95% | 98.7% | 90 | 90 |\n"
        "| 预算执行率（10分） | — | 预算执行率 | 100% | 97.22% | 10 | 9.72 |\n"
        "| 合计 | 合计 | 合计 | | | 100 | 99.72 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    rows = {i.name: (i.actual, i.score and i.score.stated) for i in facts.indicators}
    assert rows == {"疫苗接种率": ("98.7%", "90"), "预算执行率": ("97.22%", "9.72")}


def test_a_table_of_one_money_column_over_fund_sources_gives_the_revenue_by_source() -> None:
    text = "# 某区某街道办事处2023年度部门整体支出绩效自评报告\n\n收入来源如下表（单位：万元）：\n\n" + (
        "| 收入来源 | 金额 | 占比 |\n| --- | --- | --- |\n"
        "| 一般公共预算财政拨款 | 6,890.34 | 88.59% |\n| 政府性基金预算财政拨款 | 520.00 | 6.69% |\n"
        "| 上年结转 | 267.44 | 3.44% |\n| 其他收入 | 100.00 | 1.29% |\n| 收入合计 | 7,777.78 | 100% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    items = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert items[("revenue_total", None)] == "7,777.78"
    assert items[("revenue_general_budget", None)] == "6,890.34"
    assert items[("revenue_carryover", None)] == "267.44"


def test_one_money_column_over_projects_or_anything_else_is_no_funds_table() -> None:
    for rows in ("| 项目名称 | 金额 |\n| --- | --- |\n| 老旧小区改造 | 300.00 |\n| 社区运转 | 120.00 |\n",
                 "| 类别 | 金额 |\n| --- | --- |\n| 办公设备 | 30.00 |\n| 车辆运行 | 12.00 |\n"):
        facts = resolve(tables.extract(make_doc("# 某局2023年度部门整体支出绩效自评报告\n\n" + rows)))
        assert not facts.budget_items and not facts.projects


def test_allotted_and_spent_columns_by_fund_level_give_the_funds_on_both_bases() -> None:
    text = "# 某市林业和草原局2020年度天然林保护工程项目绩效自评报告\n\n分资金来源执行情况如下:\n\n" + (
        "| 资金来源 | 下达金额（万元） | 支出金额（万元） | 执行率 |\n| --- | --- | --- | --- |\n"
        "| 中央财政资金 | 326.00 | 318.74 | 97.77% |\n| 省级资金 | 60.00 | 60.00 | 100.00% |\n"
        "| 合计 | 386.00 | 378.74 | 98.12% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    items = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert items[("funds_central", "adjusted")] == "326.00"
    assert items[("funds_central", "executed")] == "318.74"
    assert items[("funds_provincial", "executed")] == "60.00"
    assert items[("execution_rate", None)] == "98.12%"


def test_a_fund_source_row_of_zeros_gives_nothing_and_a_row_with_one_figure_keeps_its_zeros() -> None:
    text = TITLE + (
        "| 项目资金（元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
        "| 年度资金总额 | 500,000.00 | 480,000.00 | 470,000.00 | 97.92% |\n"
        "| 其中：当年财政拨款 | 500,000.00 | 450,000.00 | 440,000.00 | — |\n"
        "| 上年结转资金 | 0.00 | 30,000.00 | 30,000.00 | — |\n"
        "| 其他资金 | 0.00 | 0.00 | 0.00 | — |\n")
    facts = resolve(tables.extract(make_doc(text)))
    items = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert not any(item == "revenue_other" for item, _ in items)
    assert items[("revenue_carryover", "initial")] == "0.00"
    assert items[("revenue_carryover", "adjusted")] == "30,000.00"


def test_a_funds_table_of_allotted_and_paid_columns_without_a_rate_is_read() -> None:
    text = "# 某市水务局2024年度农村供水保障工程项目支出绩效自评报告\n\n" + (
        "| 资金来源 | 下达金额（元） | 支付金额（元） |\n| --- | --- | --- |\n"
        "| 中央水利发展资金 | 8,000,000.00 | 8,000,000.00 |\n| 市级配套资金 | 1,600,000.00 | 1,598,700.00 |\n"
        "| 合计 | 9,600,000.00 | 9,598,700.00 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    items = {(b.item, b.basis): b.figure.value for b in facts.budget_items}
    assert items[("funds_central", "adjusted")] == Decimal("8000000.00")
    assert items[("funds_local", "executed")] == Decimal("1598700.00")
    assert items[("expenditure_total", None)] == Decimal("9598700.00")


def test_a_self_score_row_closing_the_indicators_is_their_total_and_the_report_s_score() -> None:
    text = TITLE + (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 资助学生人数 | ≥1200人 | 1260人 | 50 | 50 | |\n"
        "| 效益指标 | 社会效益指标 | 政策知晓率 | ≥95% | 90% | 50 | 47.5 | 宣传不足 |\n"
        "| 自评得分 | 自评得分 | 自评得分 | 自评得分 | 自评得分 | 100 | 96.5 | |\n"
        "| 自评等级 | 自评等级 | 自评等级 | 自评等级 | 自评等级 | 优 | 优 | 优 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert [i.name for i in facts.indicators] == ["资助学生人数", "政策知晓率"]
    assert facts.meta.self_score == Decimal("96.5")
    assert facts.meta.grade == "优"


def test_a_chongqing_form_s_funds_block_with_its_execution_weight_and_score() -> None:
    # `年度总金额` is the total row; 执行率权重 / 执行率得分 are the 预算执行率 indicator's points.
    text = TITLE + (
        "| 预算执行情况 | 年初预算数 | 全年（调整）预算数 | 全年执行数 | 执行率（%） | 执行率权重 | 执行率得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 年度总金额 | 2,386.52 | 2,350.52 | 2,289.67 | 97.41 | 10 | 9.74 |\n"
        "| 其中：财政拨款 | 2,298.12 | 2,262.12 | 2,201.27 | | | |\n"
        "| 上年结转 | 88.40 | 88.40 | 88.40 | | | |\n")
    facts = resolve(tables.extract(make_doc(text)))
    items = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert items[("budget_adjusted", None)] == "2,350.52"
    assert items[("revenue_general_budget", "executed")] == "2,201.27"
    assert items[("revenue_carryover", "initial")] == "88.40"
    [execution] = [i for i in facts.indicators if i.name == "预算执行率"]
    assert (execution.weight and execution.weight.value, execution.score and execution.score.value) == (10, Decimal("9.74"))


def test_a_project_s_own_score_beside_its_rate_is_no_points_of_the_rate() -> None:
    text = TITLE + ("| 全年预算数（万元） | 全年执行数（万元） | 执行率 | 自评得分 | 自评等级 |\n| --- | --- | --- | --- | --- |\n"
                    "| 186.00 | 181.42 | 97.54% | 96 | 优 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert not facts.indicators
    assert {b.item for b in facts.budget_items} >= {"budget_adjusted", "expenditure_total", "execution_rate"}


def test_spending_rows_give_their_spending_and_their_budget_columns_still_add_up() -> None:
    from pipeline.rules.check import check

    text = TITLE + (
        "| 项目 | 年初预算数 | 调整后预算数 | 决算数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
        "| 合计 | 9,862.40 | 11,597.66 | 11,233.08 | 96.86% |\n| 一、按资金来源 | | | | |\n"
        "| 一般公共预算财政拨款 | 9,102.40 | 10,240.16 | 9,905.58 | — |\n"
        "| 政府性基金预算财政拨款 | 760.00 | 860.00 | 830.00 | — |\n| 财政拨款结转 | — | 497.50 | 497.50 | — |\n"
        "| 二、按支出性质 | | | | |\n| 基本支出 | 4,002.10 | 4,180.36 | 4,126.55 | — |\n"
        "| 项目支出 | 5,860.30 | 7,317.30 | 7,106.53 | — |\n")  # the 调整后 column: 4,180.36 + 7,317.30 ≠ 11,597.66
    facts = resolve(tables.extract(make_doc(text)))
    stored = {(b.item, b.basis): b.figure.stated for b in facts.budget_items if b.scope is None}
    assert stored[("expenditure_basic", None)] == "4,126.55" and stored[("revenue_carryover", "adjusted")] == "497.50"
    assert not any(item.startswith("expenditure_basic") and basis for item, basis in stored)
    (flag,) = check(facts).flags
    assert (flag.rule, flag.severity.value, flag.items) == (
        "table.funds_total", "error", ("budget_adjusted", "expenditure_basic", "expenditure_project"))


def budget(text: str) -> dict[str, str]:
    facts = resolve(tables.extract(make_doc(TITLE + text)))
    return {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}


def test_a_header_with_a_caption_cell_more_than_its_rows_fits_them_one_to_the_right() -> None:
    # the block's caption and the row labels' caption both head the rows' one label cell
    by_item = budget(
        "| 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 总额 | 2.00 | 3.36 | 3.36 | 100.00% | 10 | 10 | | |\n")
    assert by_item == {"budget_initial": "2.00", "budget_adjusted": "3.36", "expenditure_total": "3.36",
                       "execution_rate": "100.00%"}


def test_a_zero_total_over_parts_without_money_states_no_money() -> None:
    # a project added during the year: nothing at the year's start, in the total or any source
    added = ("| 项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n| --- | --- | --- | --- | --- |\n"
             "| 年度资金总额 | 0.00 | 168.00 | 162.12 | 96.50% |\n| 其中:财政拨款 | 0.00 | 168.00 | 162.12 | — |\n")
    assert budget(added) == {"budget_adjusted": "168.00", "expenditure_total": "162.12", "execution_rate": "96.50%"}
    # a zero total over a source with money stays, for the sums to catch
    unfilled = added.replace("| 其中:财政拨款 | 0.00 |", "| 其中:财政拨款 | 20.00 |")
    assert budget(unfilled)["budget_initial"] == "0.00"


def test_last_year_s_column_is_no_column_of_this_year() -> None:
    header = "| 项目 | {} | 2022年年初预算数 | 2022年全年预算数 | 2022年全年执行数 | 执行率 |\n"
    rows = ("| --- | --- | --- | --- | --- | --- |\n| 合计 | 2,108.66 | 1,862.40 | 2,304.75 | 2,251.38 | 97.68% |\n"
            "| 一般公共预算财政拨款 | 2,022.16 | 1,753.95 | 2,196.30 | 2,142.93 | |\n"
            "| 上年结转 | 86.50 | 108.45 | 108.45 | 108.45 | |\n")
    for last_year in ("2021年决算数", "上年执行数", "上年度决算数"):
        by_item = budget(header.format(last_year) + rows)
        assert by_item["budget_initial"] == "1,862.40"
        assert by_item["budget_adjusted"] == "2,304.75"
        assert by_item["expenditure_total"] == "2,251.38", last_year


def test_last_year_s_column_on_the_right_is_left_out_too() -> None:
    by_item = budget(
        "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 上年执行数 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 合计 | 1,862.40 | 2,304.75 | 2,251.38 | 2,108.66 |\n"
        "| 一般公共预算财政拨款 | 1,753.95 | 2,196.30 | 2,142.93 | 2,022.16 |\n"
        "| 上年结转 | 108.45 | 108.45 | 108.45 | 86.50 |\n")
    assert by_item["expenditure_total"] == "2,251.38"


def test_a_carry_over_column_is_no_last_year_column() -> None:
    from extractors.table_headers import _earlier_year

    assert not _earlier_year(["上年结转"], None)
    assert _earlier_year(["上年", "执行数"], None)
    assert _earlier_year(["2021年", "决算数"], 2022)
    assert not _earlier_year(["2022年", "执行数"], 2022)
    assert not _earlier_year(["执行数"], 2022)


def test_a_garbled_stream_is_not_shifted_into_a_funds_total_that_does_not_add_up() -> None:
    # rows of a page flattened onto one line, cells out of order: no figure under a caption column
    from pipeline.extraction.resolve import resolve as resolved
    from pipeline.rules import tables as table_rules

    text = ("财政项目支出绩效自评表 (2022 年度) 项目名称 主管部门 某区体育局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "250000.00 250000.00 215,457.6 10 8.62 250000.00 250000.00 215457.6 — 上年结转资金 0 0 — 其他资金 0 0 — "
            "年度资金总额 项目资金 (元) 实施单位 其中:当年财政拨款 86.19%\n")
    facts = resolved(tables.extract(make_doc(text)))
    assert not [f for f in table_rules.funds_total(facts) if f.severity.value == "error"]


def test_points_left_of_the_indicator_names_are_the_block_s_and_right_of_them_the_row_s() -> None:
    text = "# 某市水利局2021年度项目支出绩效自评报告\n\n" + (
        "| 一级指标 | 分值 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 50 | 数量指标 | 维护泵站 | ≥32座 | 32座 | 30 | 30 |\n"
        "| 产出指标 | 50 | 质量指标 | 设备完好率 | ≥95% | 97.5% | 20 | 20 |\n"
        "| 效益指标 | 40 | 社会效益指标 | 保障农田面积 | ≥45万亩 | 46.2万亩 | 40 | 36 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    rows = {i.name: (i.weight and i.weight.stated, i.score and i.score.stated) for i in facts.indicators}
    assert rows == {"维护泵站": ("30", "30"), "设备完好率": ("20", "20"), "保障农田面积": ("40", "36")}


def test_a_projects_table_under_a_caption_row_lists_projects() -> None:
    text = "# 某区水务局2021年度部门整体支出绩效自评报告\n\n" + (
        "| 重点项目执行情况(单位:万元) | 重点项目执行情况(单位:万元) | 重点项目执行情况(单位:万元) | 重点项目执行情况(单位:万元) |\n"
        "| --- | --- | --- | --- |\n"
        "| 项目名称 | 全年预算数 | 执行数 | 执行率 |\n"
        "| 防汛抗旱及水利工程运行维护 | 6,320.00 | 6,218.40 | 98.39% |\n"
        "| 农村供水保障 | 2,105.30 | 2,105.30 | 100.00% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    found = {p.name: (p.budget and p.budget.value, p.executed and p.executed.value) for p in facts.projects}
    assert found == {"防汛抗旱及水利工程运行维护": (Decimal("63200000.00"), Decimal("62184000.00")),
                     "农村供水保障": (Decimal("21053000.00"), Decimal("21053000.00"))}
    assert not [b for b in facts.budget_items if b.item == "budget_adjusted"]


def test_a_spending_progress_column_is_the_projects_rate() -> None:
    text = "# 某县教育局2022年度部门整体支出绩效自评报告\n\n" + (
        "| 序号 | 项目 | 安排资金(万元) | 实际支出(万元) | 支出进度 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 学生资助补助经费 | 1,260.00 | 1,248.66 | 99.10% |\n"
        "| 2 | 校舍维修改造 | 2,380.00 | 2,296.70 | 96.50% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    rates = {p.name: p.execution_rate and p.execution_rate.value for p in facts.projects}
    assert rates == {"学生资助补助经费": Decimal("99.10"), "校舍维修改造": Decimal("96.50")}


def test_values_one_cell_left_of_their_headers_under_a_two_cell_label_header_are_read_under_them() -> None:
    # A flattened form lost the merge of its caption with the labels' header `资 金 来 源`
    text = "# 某镇人民政府部门整体支出绩效自评表\n\n" + (
        "| 部门(单位)总体 资金(万元) | 资 金 来 源 | 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 年度资金总额: | 1172.55 | 1268.72 | 10 | 10 | |\n"
        "| 基本支出 | 985.19 | 914.97 | 10 | 10 | |\n"
        "| 项目支出 | 187.36 | 353.75 | 10 | 10 | |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["budget_initial"] == "1172.55"
    assert by_item["expenditure_total"] == "1268.72"
    assert by_item["expenditure_project"] == "353.75"


def test_a_label_header_over_labels_keeps_its_columns() -> None:
    # the same header over rows that do fill both label cells: nothing moves
    text = "# 某镇人民政府部门整体支出绩效自评表\n\n" + (
        "| 部门总体资金(万元) | 资金来源 | 年初预算数(A) | 全年执行数(B) |\n"
        "| --- | --- | --- | --- |\n"
        "| 年度资金总额 | 合计 | 1172.55 | 1268.72 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item.get("budget_initial") == "1172.55"
    assert by_item.get("expenditure_total") == "1268.72"


def test_a_project_completion_column_is_not_the_money_rate() -> None:
    # `资金使用率` is spending over budget; `项目完成率` is how much of the work is done
    text = "# 某县教育局2022年度专项资金绩效自评报告\n\n" + (
        "| 项目名称 | 预算金额(万元) | 实际支出(万元) | 资金使用率 | 项目完成率 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 校舍维修专项 | 400 | 380 | 95.0% | 100% |\n"
        "| 学生资助专项 | 200 | 190 | 95.0% | 90% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert [(p.name, p.execution_rate.stated if p.execution_rate else None) for p in facts.projects] == [
        ("校舍维修专项", "95.0%"), ("学生资助专项", "95.0%")]


def test_a_level_s_subtotal_row_is_no_indicator() -> None:
    # `产出指标小计 | … | 50 | 50` adds the level's rows again: counting it would double the points
    text = TITLE + (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 购置灭火机 | ≥120台 | 120台 | 50 | 50 |\n"
        "| 产出指标小计 | 产出指标小计 | 产出指标小计 | 产出指标小计 | 产出指标小计 | 50 | 50 |\n"
        "| 效益指标 | 社会效益指标 | 森林火灾受害率 | ≤0.9‰ | 0.12‰ | 40 | 38 |\n"
        "| 效益指标小计 | | | | | 40 | 38 |\n"
        "| 满意度指标 | 服务对象满意度 | 群众满意度 | ≥90% | 92.5% | 10 | 10 |\n"
        "| 总分 | 总分 | 总分 | 总分 | 总分 | 100 | 98 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert [i.name for i in facts.indicators] == ["购置灭火机", "森林火灾受害率", "群众满意度"]
    assert sum(i.weight.value for i in facts.indicators if i.weight is not None) == 100


def test_a_total_row_with_an_aside_is_the_total() -> None:
    text = TITLE + (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 抽查户次 | ≥1,200户次 | 1,386户次 | 90 | 88.78 |\n"
        "| 合计（含表一分值) | | | | | 100 | 98.78 |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert facts.meta.self_score == Decimal("98.78")
    assert [i.name for i in facts.indicators] == ["抽查户次"]


def test_a_projects_listing_s_total_row_is_read_over_its_rows() -> None:
    text = TITLE + (
        "| 序号 | 项目名称 | 调整后预算数 | 执行数 | 执行率 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 中小河流治理工程 | 2,150.00 | 2,118.36 | 98.53% |\n"
        "| 2 | 水库除险加固 | 1,420.00 | 1,386.52 | 97.64% |\n"
        "| 合计 | 合计 | 3,570.00 | 3,514.88 | 98.46% |\n")
    found = tables.extract(make_doc(text))
    assert [(b.parts_item, b.total.stated, len(b.parts)) for b in found.breakdowns] == [
        ("projects.executed", "3,514.88", 2), ("projects.budget", "3,570.00", 2)]
    assert [p.name for p in found.projects] == ["中小河流治理工程", "水库除险加固"]


def test_indicators_totalled_apart_from_the_funds_points_state_no_self_score_over_the_narrative() -> None:
    # `合计 | 90 | 88.2` totals the indicators; the funds block's 9.81 makes the 98.01 the report states
    text = TITLE + "项目自评得分98.01分，自评等级为“优”。\n\n" + (
        "| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 培训人次 | 90 | ≥3000人次 | 3268人次 | 88.2 |\n"
        "| 合计 | 合计 | 合计 | 90 | | | 88.2 |\n")
    from extractors import metadata
    from schemas.facts import Extraction

    meta_fields = metadata.extract(make_doc(text)).fields
    facts = resolve(Extraction(fields=tables.extract(make_doc(text)).fields + meta_fields))
    assert facts.meta.self_score == Decimal("98.01")


def test_a_header_row_that_starts_over_the_row_labels_names_the_value_columns() -> None:
    # the caption `资金投入情况 (万元)` stood on its own line above the headers, which now start in the
    # labels' column: the rows' own labels and values put each header one column right
    text = TITLE + (
        "| 资金投入情况 (万元) | | | |\n"
        "| 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | |\n"
        "| 年度资金总额: | 808.1 | 692.98 | 86% |\n"
        "| 其中:中央财政资金 | 808.1 | 692.98 | 86% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["budget_adjusted"] == "808.1"
    assert by_item["expenditure_total"] == "692.98"
    assert by_item["execution_rate"] == "86%"


@pytest.mark.parametrize("rate, shifted", [("102.59%", True), ("98.10%", False)])
def test_a_header_over_the_labels_whose_last_column_is_empty_is_shifted_when_the_rate_bears_it_out(
        rate: str, shifted: bool) -> None:
    # `得分` is empty in the total row: only the row's own rate says the header starts over the labels
    text = TITLE + (
        "| 预算资金 (万元) | | | | | | |\n"
        "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | |\n"
        f"| 年度资金总额 | 329.77 | 329.77 | 338.31 | 10 | {rate} | |\n")
    facts = resolve(tables.extract(make_doc(text)))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert (by_item.get("expenditure_total") == "338.31") is shifted
    assert (by_item.get("execution_rate") == rate) is shifted


def test_a_form_s_title_row_and_its_year_row_name_the_year() -> None:
    text = ("| 就业补助资金绩效自评表 | | | |\n| (2024年度) | | | |\n"
            "| 转移支付(项目)名称 | 就业补助资金 | | |\n"
            "| 资金使用单位 | 淮南市田家庵区人力资源和社会保障局 | | |\n"
            "| 资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率 |\n"
            "| 年度资金总额 | 808.1 | 692.98 | 86% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    assert facts.meta.fiscal_year == 2024
    assert facts.meta.project_name == "就业补助资金"
    assert facts.meta.department == "淮南市田家庵区人力资源和社会保障局"


def test_a_source_row_s_own_rate_is_kept_with_its_two_figures() -> None:
    from schemas.facts import ROW_RATE
    text = TITLE + (
        "| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n"
        "| 年度资金总额 | 480.00 | 620.00 | 603.48 | 97.34% |\n"
        "| 其中：一般公共预算 | 300.00 | 360.00 | 356.20 | 98.94% |\n"
        "| 政府性基金 | 100.00 | 160.00 | 150.28 | 95.93% |\n")
    rows = [b for b in tables.extract(make_doc(text)).breakdowns if b.kind == ROW_RATE]
    assert [(b.total_label, b.total.stated, b.item, [f.stated for _, f in b.parts]) for b in rows] == [
        ("其中:一般公共预算", "98.94%", "revenue_general_budget", ["360.00", "356.20"]),
        ("政府性基金", "95.93%", "revenue_gov_fund", ["160.00", "150.28"])]


def test_a_label_with_its_value_in_the_unit_s_cell_names_no_unit() -> None:
    text = ("| 部门绩效自评结果公开汇总表 | | |\n| 主管部门: | 单位:万元 | |\n"
            "| 项目名称 | 预算数 | 执行数 |\n| 离休干部医药费项目 | 348.064 | 348.064 |\n")
    fields = [f for f in tables.extract(make_doc(text)).fields if f.name == "department"]
    assert all(f.value != "单位:万元" for f in fields)


def test_a_final_accounts_table_s_total_row_is_money_not_points() -> None:
    text = TITLE + ("| 项目 | 年初结转和结余 | 本年收入 | 本年支出 | 年末结转和结余 |\n| --- | --- | --- | --- | --- |\n"
                    "| 基本支出 | — | 414.20 | 412.63 | 1.57 |\n| 项目支出 | 42.35 | 300.40 | 325.63 | 17.12 |\n"
                    "| 合计 | 42.35 | 714.60 | 738.26 | 18.69 |\n")
    assert not {f.name for f in tables.extract(make_doc(text)).fields} & {"self_score", "weight_total"}
    # a lone total row of a full weight and its score stays the self-score, as does one that says 总分
    for row in ("| 合计 | 100 | 95.5 |", "| 总分 | 90 | 88.2 |"):
        found = {f.name: f.value for f in tables.extract(make_doc(TITLE + "| 指标 | 甲 | 乙 |\n| --- | --- | --- |\n"
                                                                   + row + "\n")).fields}
        assert found["self_score"] in (Decimal("95.5"), Decimal("88.2"))


def test_money_outside_the_project_is_no_part_and_the_project_s_subtotal_is_the_total() -> None:
    text = TITLE + ("| 资金来源 | 全年预算 | 实际支出 | 执行率 |\n| --- | --- | --- | --- |\n"
                    "| 中央财政资金 | 820.00 | 801.42 | 97.73% |\n| 县级财政资金 | 140.00 | 131.20 | 93.71% |\n"
                    "| 本项目小计 | 960.00 | 932.62 | 97.15% |\n| 乡政府自筹（项目外） | 46.50 | 46.50 | 100.00% |\n"
                    "| 合计 | 1,006.50 | 979.12 | 97.28% |\n")
    facts = resolve(tables.extract(make_doc(text)))
    totals = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert totals == {"budget_adjusted": "960.00", "expenditure_total": "932.62", "execution_rate": "97.15%"}
    assert "revenue_other" not in {b.item for b in facts.budget_items} and not facts.flags


def test_a_header_merged_over_two_columns_heads_the_one_its_figures_start_in() -> None:
    # an unruled form's grid is cut where the indicator section's columns fall: `全年预算数` spans two grid
    # columns, and its figures stand right-aligned in the second
    header = ["资金来源", "年初预算数", "全年预算数", None, "全年执行数", "执行率"]
    rows = [["年度资金总额", "180.00", "", "236.00", "229.16", "97.10%"],
            ["其中：中央财政资金", "120.00", "", "160.00", "156.40", "—"],
            ["自治区财政资金", "60.00", "", "76.00", "72.76", "—"]]
    cells = [Cell(0, c, text, colspan=2 if text == "全年预算数" else 1) for c, text in enumerate(header) if text]
    cells += [Cell(r + 1, c, text) for r, row in enumerate(rows) for c, text in enumerate(row) if text]
    table = Table(page=1, n_rows=4, n_cols=6, cells=tuple(cells))
    facts = resolve(tables.extract(make_doc(TITLE, tables=(table,))))
    by_item = {b.item: b.figure.stated for b in facts.budget_items if b.basis is None}
    assert by_item["budget_initial"] == "180.00"
    assert by_item["budget_adjusted"] == "236.00"
    assert by_item["expenditure_total"] == "229.16"


def test_a_total_row_s_score_with_its_grade_glued_after_it_gives_both() -> None:
    text = TITLE + (
        "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "| --- | --- | --- | --- | --- | --- | --- |\n"
        "| 产出指标 | 数量指标 | 推广青稞良种面积 | ≥3万亩 | 3.2万亩 | 50 | 50 |\n"
        "| 效益指标 | 社会效益指标 | 良种覆盖率 | ≥85% | 82.6% | 50 | 45.71 |\n"
        "| 总分 |  |  |  |  | 100 | 95.71自评等级：优 |\n")
    fields = {f.name: f.value for f in tables.extract(make_doc(text)).fields}
    assert fields["self_score"] == Decimal("95.71")
    assert fields["grade"] == "优"
