"""A wide form printed over two pages side by side is one table."""
from __future__ import annotations

from pipeline.reading.layout.side_by_side import join_side_by_side, repeated_column, same_layout, side_by_side
from schemas.document import Cell, Table

NAMES = ["补助标准化养殖场", "新建改扩建圈舍面积", "养殖场验收合格率", "补助资金拨付时间", "新增肉羊存栏", "养殖户满意度"]


def table(page: int, rows: list[list[str]]) -> Table:
    cells = tuple(Cell(r, c, text, address=f"page[{page}]/r{r}c{c}") for r, row in enumerate(rows) for c, text in enumerate(row))
    return Table(page=page, n_rows=len(rows), n_cols=len(rows[0]), cells=cells, location=f"page[{page}]/table[1]")


LEFT = table(1, [["一级指标", "三级指标", "年度指标值"], *[["产出指标", n, "≥1"] for n in NAMES], ["总分", "", ""]])
RIGHT = table(2, [["三级指标", "分值", "得分"], *[[n, "10", "9"] for n in NAMES], ["", "100", "97.65"]])


def test_the_second_half_goes_on_after_the_first_without_its_repeated_column() -> None:
    assert repeated_column(LEFT, RIGHT) == 1
    joined = side_by_side(LEFT, RIGHT)
    grid = joined.grid()
    assert grid[0] == ["一级指标", "三级指标", "年度指标值", "分值", "得分"]
    assert grid[-1] == ["总分", "", "", "100", "97.65"]
    score = next(c for c in joined.cells if c.text == "97.65")
    assert score.address == "page[2]/r7c2"  # the figure still points at the page it was printed on


def test_the_halves_move_onto_the_first_page() -> None:
    other = table(2, [["备注"], ["无"]])
    pages = join_side_by_side([[LEFT], [RIGHT, other]])
    assert [len(p) for p in pages] == [1, 1] and pages[0][0].n_cols == 5 and pages[1][0] is other


def test_tables_of_other_rows_or_without_a_repeated_column_stay_apart() -> None:
    shorter = table(2, [["三级指标", "分值"], *[[n, "10"] for n in NAMES]])
    assert repeated_column(LEFT, shorter) is None
    unrelated = table(2, [["序号", "项目名称", "金额"], *[[str(k), f"项目{k}", "1.00"] for k in range(len(NAMES))],
                          ["合计", "", "6.00"]])
    assert repeated_column(LEFT, unrelated) is None
    assert join_side_by_side([[LEFT], [unrelated]]) == [[LEFT], [unrelated]]


def test_a_cell_spanning_from_the_repeated_column_keeps_the_rest_of_its_span() -> None:
    cells = tuple(c for c in RIGHT.cells if c.row != 7) + (Cell(7, 0, "合计", colspan=2), Cell(7, 2, "97.65"))
    joined = side_by_side(LEFT, Table(page=2, n_rows=RIGHT.n_rows, n_cols=3, cells=cells))
    assert joined.grid()[-1] == ["总分", "", "", "合计", "97.65"]


def test_the_next_form_of_the_same_layout_is_a_form_of_its_own() -> None:
    # each project's 自评表 on its own page: the same labels down the left, the same headers in place
    first = table(1, [["项目名称", "草原生态保护补助奖励资金", ""], ["一级指标", "三级指标", "分值"],
                      *[["产出指标", n, "10"] for n in NAMES], ["总分", "总分", "100"]])
    second = table(2, [["项目名称", "动物疫病防控经费", ""], ["一级指标", "三级指标", "分值"],
                       *[["产出指标", f"{n}二", "10"] for n in NAMES], ["总分", "总分", "100"]])
    assert repeated_column(first, second) == 0 and same_layout(first, second)
    assert join_side_by_side([[first], [second]]) == [[first], [second]]
    assert not same_layout(LEFT, RIGHT)
