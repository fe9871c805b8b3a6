"""A form's points written as one fraction per cell (`得分/分值` over `9.8/10`): two columns, score and weight.

Some provinces' 自评表 save a column by writing an indicator's score over its weight in one cell, the
header saying which comes first (`得分/分值`, `分值/得分`, `权重/得分`). Split there, each half goes in a
column of its own under its own header, so the indicator and 总分 rows are read as any form's. A cell
spanning the column spans both halves; every half keeps its cell's address.
"""
from __future__ import annotations

import re
from dataclasses import replace

from schemas.document import Cell, Table

# A header naming two kinds of points in one column, in the order its cells give them.
PAIR_HEADER = re.compile(r"^\s*(?P<first>得分|分值|权重|分数|评分)\s*[/／]\s*(?P<second>得分|分值|权重|分数|评分)\s*$")
PAIR_CELL = re.compile(r"^\s*(?P<first>\d{1,3}(?:\.\d{1,2})?)\s*[/／]\s*(?P<second>\d{1,3}(?:\.\d{1,2})?)\s*$")


def split_point_pairs(table: Table) -> Table | None:
    """The table with each column of point pairs split in two (a form's funds block and its indicators may
    have theirs in different columns), or None when it has none."""
    split = table
    while (found := _pair_column(split)) is not None:
        split = _split(split, *found)
    return split if split is not table else None


def _pair_column(table: Table) -> tuple[int, int, str, str] | None:
    """(column, header row, first, second) of a header naming two kinds of points with a pair right under it."""
    for cell in table.cells:
        header = PAIR_HEADER.match(cell.text)
        if header is None or cell.colspan != 1 or header.group("first") == header.group("second"):
            continue
        below = sorted((c for c in table.cells if c.col == cell.col and c.row > cell.row), key=lambda c: c.row)
        if below and below[0].colspan == 1 and PAIR_CELL.match(below[0].text):
            return cell.col, cell.row, header.group("first"), header.group("second")
    return None


def _split(table: Table, col: int, header_row: int, first: str, second: str) -> Table:
    cells: list[Cell] = []
    for cell in table.cells:
        if cell.col > col:
            cells.append(replace(cell, col=cell.col + 1))
        elif cell.col + cell.colspan - 1 < col:
            cells.append(cell)
        elif cell.col < col or cell.colspan > 1:  # spans the column: spans both halves
            cells.append(replace(cell, colspan=cell.colspan + 1))
        else:
            pair = PAIR_CELL.match(cell.text)
            if cell.row == header_row:
                left, right = first, second
            elif pair is not None:
                left, right = pair.group("first"), pair.group("second")
            else:  # a dash or a note: under the first half, the second left empty
                left, right = cell.text, ""
            cells.append(replace(cell, text=left))
            cells.append(replace(cell, col=col + 1, text=right))
    return replace(table, n_cols=table.n_cols + 1, cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))))
