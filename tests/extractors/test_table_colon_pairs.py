"""Fund rows written as `标签：金额` inside wide cells (the Hunan 部门整体支出绩效自评表)."""
from __future__ import annotations

from decimal import Decimal

from extractors.table_colon_pairs import PAIR, PAIR_CELL
from schemas.document import Cell, Page, Table
from tests.extractors.test_tables import DEPARTMENT, extract_document, fields_of, items_of

D = Decimal
HEADER = ["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "自评得分"]


def form(income: list[str], spending: list[str], total: tuple[str, str, str] = ("846.30", "1968.42", "1912.06")) -> Table:
    """A 9-column form: a caption merged down the first column, the pairs in cells over columns 1-3 and 4-8."""
    cells = [Cell(0, 0, "预算部门、单位名称", colspan=2), Cell(0, 2, "平江县某乡人民政府", colspan=7),
             Cell(1, 0, "年度预算申请（万元）", rowspan=2 + len(income))]
    cells += [Cell(1, 1 + k, text, colspan=2 if k == 6 else 1) for k, text in enumerate(HEADER)]
    cells += [Cell(2, 1 + k, text) for k, text in enumerate(["年度资金总额", *total, "10", "97.14%", "9.71"])]
    for i, (left, right) in enumerate(zip(income, [*spending, *[""] * len(income)], strict=False)):
        cells += [Cell(3 + i, 1, left, colspan=3), Cell(3 + i, 4, right, colspan=5)]
    return Table(page=1, n_rows=3 + len(income), n_cols=9, cells=tuple(cells))


def read(table: Table):  # type: ignore[no-untyped-def]
    from schemas.document import Document

    page = Page(number=1, text=f"{DEPARTMENT}\n", tables=(table,))
    return extract_document(Document(source_path="t.xlsx", sha256="0" * 64, source_format="xlsx", pages=(page,)))


INCOME = ["按收入性质分：1,968.42", "其中：一般公共预算：1,316.42政府性基金拨款：112.00",
          "纳入专户管理的非税收入拨款：其他资金：540.00"]
SPENDING = ["按支出性质分：1,912.06", "其中：基本支出：884.26项目支出：1,027.80"]


def test_pairs_in_wide_cells_are_rows_under_the_column_their_group_adds_up_to() -> None:
    ex = read(form(INCOME, SPENDING))
    found = items_of(ex)
    assert found["revenue_general_budget@adjusted"] == D("13164200.00")
    assert found["revenue_gov_fund@adjusted"] == D("1120000.00")
    assert found["revenue_other@adjusted"] == D("5400000.00")
    assert found["expenditure_basic"] == D("8842600.00") and found["expenditure_project"] == D("10278000.00")
    assert "revenue_special_account@adjusted" not in found  # a label with no amount after it
    assert found["budget_adjusted"] == D("19684200.00")
    assert fields_of(ex)["department"] == "平江县某乡人民政府"  # `预算部门、单位名称` names the unit


def test_a_group_whose_total_no_column_holds_is_not_placed() -> None:
    wrong = ["按收入性质分：1,000.00", "其中：一般公共预算：1,000.00"]
    found = items_of(read(form(wrong, SPENDING)))
    assert not any(k.startswith("revenue_general_budget") for k in found)
    assert found["expenditure_basic"] == D("8842600.00")
    # no heading: the parts' sum decides; income prefers the year's budget where two columns agree
    same = items_of(read(form(["其中：一般公共预算：1,968.42"], [], total=("1968.42", "1968.42", "1912.06"))))
    assert same["revenue_general_budget@adjusted"] == D("19684200.00")


def test_pair_patterns() -> None:
    assert [(m.group("label"), m.group("value")) for m in PAIR.finditer("一般公共预算：1,316.42政府性基金拨款：112.00")] \
        == [("一般公共预算", "1,316.42"), ("政府性基金拨款", "112.00")]
    assert PAIR_CELL.fullmatch("纳入专户管理的非税收入拨款：其他资金：540.00")
    assert not PAIR_CELL.fullmatch("1,316.42") and not PAIR_CELL.fullmatch("保障乡政府机构正常运转；完成9个村整治")


def funds(spending: tuple[str, str]) -> Table:
    rows = [["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
            ["年度资金总额", "186.40", "214.86", "208.02", "96.82%"],
            ["其中：一般公共预算财政拨款", "186.40", "198.86", "192.56", "—"],
            ["上年结转", "—", "16.00", "15.46", "—"],
            ["其中：基本支出", "—", "—", spending[0], ""],
            ["项目支出", "—", "—", spending[1], ""]]
    return Table.from_rows([list(r) for r in rows])


def test_two_其中_lists_that_each_add_up_to_the_total_are_side_by_side_not_nested() -> None:
    found = items_of(read(funds(("142.35", "65.67"))))
    assert found["revenue_general_budget@adjusted"] == D("1988600.00")
    assert found["revenue_carryover@executed"] == D("154600.00")
    assert found["expenditure_basic"] == D("1423500.00") and found["expenditure_project"] == D("656700.00")
    # the second list no longer adds up to the whole: which row it splits is not written down
    nested = items_of(read(funds(("100.00", "50.00"))))
    assert "expenditure_basic" not in nested and "revenue_carryover@executed" not in nested
