"""A 绩效自评表 flattened to a stream of cells: rows rebuilt by the form's vocabulary and arithmetic."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extractors import tables
from extractors.table_stream import assign, is_stream, regroup
from pipeline.extraction.resolve import resolve
from pipeline.reading import ReadRequest
from pipeline.reading.text import read
from pipeline.text.segment import segment
from schemas.document import Cell, Table
from schemas.facts import Basis
from schemas.text.normalize import normalize_document

ROLES = ["initial", "adjusted", "executed", "rate", "weight", "score", "note"]

# A Sichuan-style form as a site publishes it: one cell per line, each closed by ` |`.
CELL_PER_LINE = """部门预算项目支出绩效自评表(2023年度) |
项目名称 |
工资性支出 |
主管部门 |
某县农业农村局 |
实施单位 |
某县农业技术推广中心 |
预算执行情况(10分) |
年度预算数(万元) |
年初预算 |
调整后预算数 |
预算执行数 |
预算执行率 |
权重 |
得分 |
原因 |
总额 |
318.40 |
331.20 |
327.89 |
99.00% |
10 |
9.9 |
预算执行率=预算执行数/调整后预算数,未达到90%的需说明原因 |
其中:财政资金 |
318.40 |
331.20 |
327.89 |
99.00% |
/ |
/ |
单位资金 |
0.00 |
0.00 |
0.00 |
0.00% |
/ |
/ |
"""


def _funds(text: str) -> dict[tuple[str, Basis | None], str]:
    document = read(ReadRequest("t.txt", text.encode("utf-8"), "0" * 64, "txt"))
    facts = resolve(tables.extract(segment(document, normalize_document(document))))
    return {(b.item, b.basis): b.figure.stated for b in facts.budget_items}


def test_a_form_published_one_cell_per_line_gives_its_funds_rows() -> None:
    funds = _funds(CELL_PER_LINE)
    assert funds[("budget_initial", None)] == "318.40"
    assert funds[("budget_adjusted", None)] == "331.20"
    assert funds[("expenditure_total", None)] == "327.89"
    assert funds[("execution_rate", None)] == "99.00%"
    assert funds[("revenue_general_budget", Basis.EXECUTED)] == "327.89"
    assert not any(item == "revenue_other" for item, _ in funds)  # its row of zeros gives nothing


def test_rows_cut_anywhere_are_read_as_a_stream() -> None:
    # a pipe table whose lines do not follow the form's rows: the header runs on into a row label,
    # and the 年初 cell of the total row is empty (five values for six columns)
    text = ("| 2022年度项目支出绩效自评表 | 部门:某县某中学 |\n"
            "| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |\n"
            "| 387664.62 | 387664.62 | 10 | 100% | 10 | 其中:当年财政拨款 |\n"
            "| 387664.62 | 387664.62 | — |\n"
            "| — | 上年结转资金 |\n"
            "| — | 其他资金 | — | — | — | — |\n")
    funds = _funds(text)
    assert funds[("budget_adjusted", None)] == "387664.62"
    assert funds[("expenditure_total", None)] == "387664.62"  # not the 分值 10
    assert funds[("execution_rate", None)] == "100%"
    assert ("budget_initial", None) not in funds


@pytest.mark.parametrize("values, expected", [
    # the rate says which budget cell is empty: 327.89 ÷ 331.20 = 99%
    (["331.20", "327.89", "99.00%", "10", "9.9"], ["", "331.20", "327.89", "99.00%", "10", "9.9", ""]),
    # points never take money: 1200 cannot be a weight
    (["1000", "1200", "1150", "95.83%", "10"], ["1000", "1200", "1150", "95.83%", "10", "", ""]),
    # a long text is the note, never a figure
    (["5", "5", "5", "100%", "说明文字"], ["5", "5", "5", "100%", "", "", "说明文字"]),
    ([], [""] * 7),
])
def test_values_are_placed_under_the_columns_they_can_be(values: list[str], expected: list[str]) -> None:
    assert assign(values, ROLES) == expected


def test_more_values_than_columns_cannot_be_placed() -> None:
    assert assign(["1"] * 8, ROLES) is None


def test_a_real_grid_is_left_alone() -> None:
    grid = Table.from_rows([["项目资金(万元)", "年初预算数", "全年预算数", "全年执行数", "执行率"],
                            ["年度资金总额", "100", "120", "110", "91.67%"],
                            ["其中:财政拨款", "100", "120", "110", "91.67%"]], page=1)
    assert not is_stream(grid)
    assert regroup(grid) is None


def test_a_stream_without_a_funds_header_is_left_alone() -> None:
    cells = [["项目名称"], ["某项目"], ["主管部门"], ["某局"], ["实施单位"], ["某中心"], ["备注"], ["无"]]
    stream = Table.from_rows(cells, page=1)
    assert is_stream(stream)
    assert regroup(stream) is None


def test_the_rebuilt_rows_keep_the_cells_in_order() -> None:
    cells = ["年初预算数", "全年预算数", "全年执行数", "执行率", "年度资金总额", "10", "12", "11", "91.67%"]
    rebuilt = regroup(Table.from_rows([[c] for c in cells], page=1))
    assert rebuilt is not None
    assert rebuilt.grid()[-1][:5] == ["年度资金总额", "10", "12", "11", "91.67%"]
    assert Decimal(rebuilt.grid()[-1][2]) == 12


def test_a_form_only_report_takes_its_year_kind_and_unit_from_the_form() -> None:
    from pipeline.extraction.extract import extract

    document = read(ReadRequest("t.txt", CELL_PER_LINE.encode("utf-8"), "0" * 64, "txt"))
    meta = extract(segment(document, normalize_document(document))).meta
    assert meta.fiscal_year == 2023  # the caption `…自评表(2023年度)`
    assert meta.report_kind.value == "project"  # the caption names it, the empty text says nothing
    assert meta.department == "某县农业技术推广中心"  # the 实施单位 over the 主管部门


def test_a_form_flattened_onto_one_line_is_read_and_its_zero_total_row_flagged() -> None:
    from pipeline.extraction.extract import extract
    from pipeline.rules import check_all

    line = ("附件:项目支出绩效自评表(2022年度) 项目名称 委托业务项目 主管部门 219-某镇人民政府 "
            "实施单位 219001-某镇人民政府 项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "年度资金总额: 0 0 0 10 0 0 其中:本年财政拨款 90 89.974 89.974 上年结转资金 其他资金 年度总体目标")
    document = read(ReadRequest("t.txt", line.encode("utf-8"), "0" * 64, "txt"))
    facts = extract(segment(document, normalize_document(document)))
    funds = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert funds[("budget_adjusted", None)] == "0"
    assert funds[("revenue_general_budget", Basis.INITIAL)] == "90"  # money first: no 分值 in a source row
    assert funds[("revenue_general_budget", Basis.EXECUTED)] == "89.974"
    assert facts.meta.department == "某镇人民政府"  # the unit code before the name dropped
    assert any(f.rule == "table.funds_total" for f in check_all(facts))


def test_a_source_row_s_values_fill_the_money_columns_first() -> None:
    assert assign(["90", "89.974", "89.974"], ROLES[:6], total=False) == ["90", "89.974", "89.974", "", "", ""]


def test_upper_levels_together_are_a_row_of_the_stream_but_no_level() -> None:
    # a transfer's form one cell a line: `其中：央省资金` names no one level, yet the rows after it are read
    text = "\n".join([
        "衔接推进乡村振兴补助资金区域绩效自评表", "资金情况（万元）", "年初预算数", "全年预算数", "全年执行数", "执行率",
        "年度资金总额", "6,420.00", "6,980.00", "6,857.42", "98.24%",
        "其中：央省资金", "5,260.00", "5,760.00", "5,712.30", "99.17%",
        "市县资金", "1,160.00", "1,220.00", "1,145.12", "93.86%", ""])
    funds = _funds(text)
    assert funds[("funds_local", Basis.ADJUSTED)] == "1,220.00"
    assert funds[("funds_local", Basis.EXECUTED)] == "1,145.12"
    assert not any(item in ("funds_central", "funds_provincial") for item, _ in funds)


def test_a_transfer_form_flattened_out_of_order_gives_its_total_and_its_levels() -> None:
    # a workbook pasted as one line: two money headers, the total's figures before its label, a label
    # cut by a space inside its aside, and two local tiers that are parts of the sums, neither the level
    text = ("就业补助资金绩效目标自评表 (2022年度) 转移支付(项目)名称 就业补助资金 全年预算数(A) 全年执行数(B) "
            "7165.32 6992.95 其中:中央财政资金 3144.00 3144.00 自治区财政资金 570.17 570.17 盟市财政资金 433.00 432.10 "
            "旗县财政资金 1426.90 1294.84 其他资金 (包括以前年度结转资 金) 1591.22 1551.84 年度资金总额 资金投入情况 (万元)\n")
    funds = _funds(text)
    assert funds[("budget_adjusted", None)] == "7165.32"
    assert funds[("expenditure_total", None)] == "6992.95"
    assert funds[("funds_central", Basis.ADJUSTED)] == "3144.00"
    assert funds[("revenue_carryover", Basis.EXECUTED)] == "1551.84"
    assert not any(item == "funds_local" for item, _ in funds)
    from pipeline.rules.tables import funds_total
    document = read(ReadRequest("t.txt", text.encode("utf-8"), "0" * 64, "txt"))
    facts = resolve(tables.extract(segment(document, normalize_document(document))))
    assert funds_total(facts) == []  # the five rows add up to the total, within their rounding


def test_a_header_s_aside_on_its_own_line_stays_with_the_header() -> None:
    # Yunnan's 20-point form one cell a line: `得分` then `(20分*执行率)`, then the total row, its rate
    # written without `%` under `执行率(B/A)`
    text = "\n\n".join(["预算执行情况(万元)", "(20分)", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分", "(20分*执行率)",
                        "年度财政资金总额", "50", "10", "20", "4", "年度绩效目标", "(80分)", "一级指标"]) + "\n"
    funds = _funds(text)
    assert funds[("budget_adjusted", None)] == "50"
    assert funds[("expenditure_total", None)] == "10"
    assert funds[("execution_rate", None)] == "20"


def test_figures_right_after_a_header_that_their_own_rate_denies_are_not_taken() -> None:
    # a form flattened out of order: the 执行率 86.19% stands elsewhere, so the 得分 8.62 would sit in
    # the rate's column, and the next row's figures run on in the same line
    text = ("财政项目支出绩效自评表 (2022 年度) 项目名称 主管部门 某区体育局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
            "250000.00 250000.00 215,457.6 10 8.62 250000.00 250000.00 215457.6 — 上年结转资金 0 0 — 其他资金 0 0 — "
            "年度资金总额 项目资金 (元)\n")
    funds = _funds(text)
    assert ("execution_rate", None) not in funds and ("budget_adjusted", None) not in funds


REPEATED_CELL = ("某县特殊教育补助资金转移支付整体绩效目标自评表\n(2024年度)\n转移支付(项目)名称 特殊教育补助资金\n"
                 "项目资金(万元) 年初预算数 全年预算数(A) 全年执行数(B) 分值 预算执行率(B/A) 得分\n"
                 "年度资金总额: 36.5 36.5 36.5 {last} 10 {rate} 10\n")


def test_a_row_with_one_cell_printed_twice_is_placed_without_it() -> None:
    from pipeline.extraction.extract import extract
    from pipeline.rules import check_all

    text = REPEATED_CELL.format(last="36.5", rate="100%")
    document = read(ReadRequest("t.txt", text.encode("utf-8"), "0" * 64, "txt"))
    facts = extract(segment(document, normalize_document(document)))
    funds = {(b.item, b.basis): b.figure.stated for b in facts.budget_items}
    assert funds[("execution_rate", None)] == "100%"  # not the 分值 beside it
    assert funds[("expenditure_total", None)] == "36.5"
    assert not [f for f in check_all(facts) if f.severity.value == "error"]


@pytest.mark.parametrize("last, rate", [
    ("36.4", "100%"),  # one reading (a 36.5 dropped), its rate within the rounding of 36.4 ÷ 36.5
    ("36.5", "50%"),  # the row's own rate denies the only reading
])
def test_a_row_with_a_cell_too_many_is_placed_only_when_one_repeat_explains_it(last: str, rate: str) -> None:
    from extractors.table_stream import _without_a_repeated_cell

    values = ["36.5", "36.5", "36.5", last, "10", rate, "10"]
    roles = ["initial", "adjusted", "executed", "weight", "rate", "score"]
    placed = _without_a_repeated_cell(values, roles, total=True)
    if rate == "50%":
        assert placed is None
    else:
        assert placed == ["36.5", "36.5", "36.4", "10", "100%", "10"]


def test_a_row_two_cells_too_long_or_with_two_readings_is_not_placed() -> None:
    from extractors.table_stream import _without_a_repeated_cell

    roles = ["initial", "adjusted", "executed", "weight", "rate", "score"]
    assert _without_a_repeated_cell(["5", "5", "5", "5", "5", "10", "100%", "10"], roles, total=True) is None
    assert _without_a_repeated_cell(["5", "5", "8", "8", "10", "100%", "10"], roles, total=True) is None


# A 部门整体支出绩效自评表 as a site's pipes publish it: one cell a line, trailing pipes for the
# columns the row spans, each total figure after the name of its column.
LABELLED_TOTALS = """某县行政审批局2023年度部门整体支出绩效自评报告
部门整体支出绩效自评表 | |||||||
填报单位: |
某县行政审批局 |
单位:万元 | |||
一、预算执行情况 |
预算安排情况(调整后) |
资金执行情况 |
预算执行率 | ||||
预算数: |
{budget} |
执行数: |
112.40 |
{rate} | |||
其中:财政资金 |
120 |
其中:财政资金 |
112.40 | ||||
"""


def test_total_figures_each_after_its_column_s_name_are_the_total_row() -> None:
    funds = _funds(LABELLED_TOTALS.format(budget="120", rate="93.67%"))
    assert funds[("budget_adjusted", None)] == "120"
    assert funds[("expenditure_total", None)] == "112.40"
    assert funds[("execution_rate", None)] == "93.67%"


def test_labelled_total_figures_their_own_rate_denies_are_not_taken() -> None:
    funds = _funds(LABELLED_TOTALS.format(budget="120", rate="63.67%"))
    assert ("budget_adjusted", None) not in funds and ("execution_rate", None) not in funds


INLINE_ROWS = ["项目资金（万元）", "年度资金总额：", "年初预算数", "1,280.00", "全年预算数", "1,350.00", "全年执行数",
               "1,322.41", "分值", "10", "执行率", "97.96%", "得分", "9.80", "其中：当年财政拨款：年初预算数", "1,280.00",
               "全年预算数", "1,350.00", "全年执行数", "1,322.41", "上年结转资金：", "—"]


def test_rows_written_as_their_columns_names_and_figures_make_one_grid() -> None:
    from extractors.table_stream import _inline_rows

    grid, end = _inline_rows(INLINE_ROWS, 1)
    assert grid[0] == ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]
    assert grid[1] == ["年度资金总额", "1,280.00", "1,350.00", "1,322.41", "10", "97.96%", "9.80"]
    assert grid[2] == ["其中：当年财政拨款", "1,280.00", "1,350.00", "1,322.41", "", "", ""]
    assert INLINE_ROWS[end] == "上年结转资金："


def test_a_stream_of_inline_rows_gives_the_funds_and_a_field_in_one_cell_its_value() -> None:
    cells = ["主管部门：某市交通运输局", *INLINE_ROWS]
    table = Table(page=1, n_rows=len(cells), n_cols=1, cells=tuple(Cell(i, 0, c) for i, c in enumerate(cells)))
    grid = regroup(table).grid()  # type: ignore[union-attr]
    assert grid[0][:2] == ["主管部门", "某市交通运输局"]
    assert ["年度资金总额", "1,280.00", "1,350.00", "1,322.41", "10", "97.96%", "9.80"] in [r[:7] for r in grid]


def test_one_pair_after_a_row_label_is_no_inline_row() -> None:
    from extractors.table_stream import _inline_rows

    assert _inline_rows(["年度资金总额：", "年初预算数", "1,280.00", "项目概况"], 0) == ([], 0)


def test_the_goals_block_of_a_form_one_cell_a_line_gives_what_was_done() -> None:
    goals = ("年度总体目标 |\n预期目标 |\n实际完成情况 |\n为辖区居民免费提供12类基本公共卫生服务，建档率90%以上。 |\n"
             "全年为辖区居民建立健康档案4.12万份，建档率92.4%；为老年人2316人提供健康管理服务。 |\n")
    document = read(ReadRequest("t.txt", (CELL_PER_LINE + goals).encode("utf-8"), "0" * 64, "txt"))
    texts = [text for text, _ in tables.goal_actual_texts(segment(document, normalize_document(document)))]
    assert texts == ["全年为辖区居民建立健康档案4.12万份,建档率92.4%;为老年人2316人提供健康管理服务。"]  # normalized
