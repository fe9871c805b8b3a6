"""A form's points written as fractions (`得分/分值` over `9.8/10`) are split into two columns."""
from __future__ import annotations

from extractors.table_point_pairs import split_point_pairs
from schemas.document import Cell, Table


def form(header: str, rows: list[list[str]], title: str | None = None) -> Table:
    grid = [["三级指标", "实际完成值", header, "偏差原因"], *rows]
    top = 1 if title is not None else 0  # a title row across the whole form
    cells = [Cell(r + top, c, text, address=f"r{r}c{c}") for r, row in enumerate(grid) for c, text in enumerate(row)]
    if title is not None:
        cells.insert(0, Cell(0, 0, title, colspan=4))
    return Table(page=1, n_rows=len(grid) + top, n_cols=4, cells=tuple(cells))


def test_a_column_of_score_over_weight_becomes_a_score_column_and_a_weight_column() -> None:
    table = form("得分/分值", [["能繁母牛存栏", "1.26万头", "15/15", ""], ["受胎率", "82.6%", "8/10", "配种不及时"],
                             ["总分", "", "96.8/100", "自评等级：优"]], title="项目支出绩效自评表")
    split = split_point_pairs(table)
    assert split is not None and split.n_cols == 5
    grid = split.grid()
    assert grid[0] == ["项目支出绩效自评表"] * 5  # a cell across the column spans both halves
    assert grid[1] == ["三级指标", "实际完成值", "得分", "分值", "偏差原因"]
    assert grid[3] == ["受胎率", "82.6%", "8", "10", "配种不及时"]
    assert grid[4] == ["总分", "", "96.8", "100", "自评等级：优"]
    score = next(c for c in split.cells if c.text == "8")
    assert score.address == "r2c2" and next(c for c in split.cells if c.text == "10").address == "r2c2"


def test_weight_first_and_a_dash_keep_their_order_and_place() -> None:
    split = split_point_pairs(form("分值/得分", [["甲", "1", "10/9.5", ""], ["乙", "2", "—", ""]]))
    assert split is not None
    assert split.grid()[1][2:4] == ["10", "9.5"] and split.grid()[2][2:4] == ["—", ""]


def test_a_fraction_that_is_no_pair_of_points_stays_as_it_is() -> None:
    assert split_point_pairs(form("完成率", [["甲", "1", "12/15", ""]])) is None  # no points header
    assert split_point_pairs(form("得分/分值", [["甲", "1", "完成", ""]])) is None  # no pair under it
    assert split_point_pairs(form("得分/得分", [["甲", "1", "9/10", ""]])) is None
