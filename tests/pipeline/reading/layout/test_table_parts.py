"""Tables over a page break: a row cut by the break is joined back into one row."""
from __future__ import annotations

from pipeline.reading.layout.table_parts import JoinedTable, PartCell, TablePart, joined_to_table

XS = (50.0, 80.0, 200.0, 260.0, 500.0)


def part(page: int, rows: list[list[str]], top: float = 100.0) -> TablePart:
    ys = tuple(top + 20.0 * k for k in range(len(rows) + 1))
    cells = [PartCell(r, c, 1, 1, text, (XS[c], ys[r], XS[c + 1], ys[r + 1]), page)
             for r, row in enumerate(rows) for c, text in enumerate(row)]
    return TablePart(page, 1, (XS[0], ys[0], XS[-1], ys[-1]), XS, ys, cells)


def grid(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rows: dict[int, list[str]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, []).append(cell.text)
    return [rows[r] for r in sorted(rows)]


HEAD = ["序号", "项目名称", "全年预算数", "主要绩效"]
ABOVE = [HEAD, ["1", "检察业务经费", "186.00", "保障办案支出"], ["2", "司法救助专项", "64.00", "对46名被害人及其近亲属"]]


def test_a_row_cut_by_the_page_break_is_one_row() -> None:
    below = [["", "", "", "实施司法救助，发放救助金38.60万元。"], ["3", "公益诉讼检察专项", "45.00", "办理案件38件"]]
    table = joined_to_table(JoinedTable([part(2, ABOVE, 600), part(3, below)]))
    assert grid(table) == [HEAD, ABOVE[1], ["2", "司法救助专项", "64.00", "对46名被害人及其近亲属实施司法救助，发放救助金38.60万元。"],
                           ["3", "公益诉讼检察专项", "45.00", "办理案件38件"]]


def test_a_row_of_its_own_on_the_next_page_stays_a_row() -> None:
    # A figure (the row's own budget) or a label in the first column makes it a row, not an end.
    for first in (["", "", "45.00", "办理案件38件"], ["3", "", "", "办理案件38件"]):
        table = joined_to_table(JoinedTable([part(2, ABOVE, 600), part(3, [first])]))
        assert grid(table)[-1] == first and len(grid(table)) == 4


def test_text_under_an_empty_cell_above_is_no_continuation() -> None:
    above = [HEAD, ["1", "检察业务经费", "186.00", ""]]
    table = joined_to_table(JoinedTable([part(2, above, 600), part(3, [["", "", "", "另起一行的说明"]])]))
    assert len(grid(table)) == 3
