from decimal import Decimal

from extractors import glued_funds
from tests.conftest import make_doc

TITLE = "2021年度项目支出绩效自评表\n"
HEADER = "项目名称某配套资金主管部门某市教育局实施单位某技工学校项目资金(万元)年初 预算数全年 预算数全年 执行数分值执行率得分"


def items(text: str) -> dict[str, Decimal]:
    return {b.item: b.figure.value for b in glued_funds.extract(make_doc(TITLE + text)).budget_items}


def test_a_glued_funds_row_is_cut_where_its_own_rate_agrees() -> None:
    # 593.27 | 593.27 | 448.64 | 10 | 76% | 10: 448.64 ÷ 593.27 = 75.6%, so not 1|076%, 107|6% …
    assert items(HEADER + "年度资金总额593.27593.27448.641076%10其中:当年财政拨款593.27593.27448.64") == {
        "budget_initial": Decimal("5932700.00"), "budget_adjusted": Decimal("5932700.00"),
        "expenditure_total": Decimal("4486400.00"), "execution_rate": Decimal("76")}
    # one decimal, and the header without 年初 and points
    assert items("资金(万元)全年预算数全年执行数执行率年度资金总额64.862.496.3%") == {
        "budget_adjusted": Decimal("648000.0"), "expenditure_total": Decimal("624000.0"),
        "execution_rate": Decimal("96.3")}


def test_a_row_no_cut_makes_agree_is_not_read() -> None:
    assert items(HEADER + "年度资金总额593.27593.27448.641095%10") == {}  # 75.6% is no 95%
    assert items("年度资金总额593.27593.27448.641076%10") == {}  # no header names the columns


def test_two_cuts_the_rate_allows_are_told_apart_by_the_score() -> None:
    # 100.00 | 100.00 | 100.00 | 10 | 100% | 10 or … | 1 | 0100%? no: a rate has no leading zero;
    # 10|100%|10 against 100|100%|100 (points over 100 are none): the first fits
    assert items(HEADER + "年度资金总额100.00100.00100.0010100%10") == {
        "budget_initial": Decimal("1000000.00"), "budget_adjusted": Decimal("1000000.00"),
        "expenditure_total": Decimal("1000000.00"), "execution_rate": Decimal("100")}


def test_columns_marked_with_their_letters_are_read_by_their_names() -> None:
    text = ("项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额88.688.6100%"
            "其中:中央、省、市补助县级资金88.688.6100%其他资金")
    assert items(text) == {"budget_adjusted": Decimal("886000.00"), "expenditure_total": Decimal("886000.00"),
                           "execution_rate": Decimal("100")}


def test_whole_amounts_glued_before_their_rate_are_cut_by_it() -> None:
    text = "资金情况(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)年度资金总额:360360100%其中:中央财政资金360360100%"
    assert items(text) == {"budget_adjusted": Decimal("3600000.00"), "expenditure_total": Decimal("3600000.00"),
                           "execution_rate": Decimal("100"), "funds_central": Decimal("3600000.00")}
    # a whole run with no rate after it is one figure, not glued ones
    assert items("全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额:360360") == {}


def test_whole_amounts_glued_before_a_rate_written_to_two_decimals() -> None:
    # 20 | 20 | 10 | 100.00% | 10: the point is the rate's, the money is whole
    assert items("资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10其中:") == {
        "budget_adjusted": Decimal("200000"), "expenditure_total": Decimal("200000"), "execution_rate": Decimal("100.00")}


def test_the_source_rows_under_a_glued_total_are_cut_the_same_way() -> None:
    text = ("车辆购置税收入补助地方资金绩效目标自评表\n项目资金(万元)全年预算数(A)全年执行数(B)预算执行率(B/A)"
            "年度资金总额:40004000100%其中:中央补助3800.003750.5098.70%地方资金200.00200.00100%其他资金总体目标完成情况\n")
    found = glued_funds.extract(make_doc(text)).budget_items
    assert {(b.item, b.basis.value if b.basis else None, b.value) for b in found} == {
        ("budget_adjusted", None, Decimal("40000000")), ("expenditure_total", None, Decimal("40000000")),
        ("execution_rate", None, Decimal("100")),
        ("funds_central", "adjusted", Decimal("38000000")), ("funds_central", "executed", Decimal("37505000")),
        ("funds_local", "adjusted", Decimal("2000000")), ("funds_local", "executed", Decimal("2000000"))}


def test_figures_that_kept_their_unit_end_where_it_stands_and_the_rest_is_cut_one_way() -> None:
    text = ("项目资金(万元)全年预算数全年执行数执行率年度资金总额50万元47.6895.00%"
            "其中:中央财政补助50万元47.6895.00%地方资金其他资金总体目标完成情况\n")
    found = glued_funds.extract(make_doc(TITLE + text)).budget_items
    assert {(b.item, b.basis.value if b.basis else None, b.value) for b in found} == {
        ("budget_adjusted", None, Decimal("500000")), ("expenditure_total", None, Decimal("476800")),
        ("execution_rate", None, Decimal("95.00")),
        ("funds_central", "adjusted", Decimal("500000")), ("funds_central", "executed", Decimal("476800"))}
    # whole amounts after a unit can be cut many ways: nothing is read
    assert glued_funds.extract(make_doc(TITLE + text.replace("47.6895.00%", "4895%"))).budget_items == ()


def test_a_row_whose_cells_a_copy_left_one_space_apart_is_cut_at_its_spaces() -> None:
    # a 绩效自评表 copied from a county's site: the rows run together, one space between a row's figures
    text = ("预算执行情况(10分)年度预算数(万元)年初预算调整后预算数预算执行数预算执行率权重得分"
            "总额0.00 3.36 3.36 100.00% 10 10绩效指标(90分)")
    assert items(text) == {"budget_initial": Decimal("0.00"), "budget_adjusted": Decimal("33600.00"),
                           "expenditure_total": Decimal("33600.00"), "execution_rate": Decimal("100.00")}
    # a figure short, or the rate out of its place: nothing is read
    assert items(text.replace("3.36 3.36", "3.36")) == {}
    assert items(text.replace("3.36 100.00%", "100.00% 3.36")) == {}
