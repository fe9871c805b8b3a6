"""A wide form printed over two pages side by side: the second page's columns go on the first's.

A spreadsheet wider than the paper prints its left columns on one page and the rest on the next,
row for row, repeating a title column (Excel's "columns to repeat at left") at the left of the
second page. Read page by page, that is two tables of the same rows, the second without the
first's labels: a 分值 / 得分 column far from its indicator names, a 全年执行数 apart from its
全年预算数. Two tables on consecutive pages with as many rows, the second's first column repeating
one of the first's row by row, are one table: the first's columns, then the second's after its
repeated column. Every cell keeps its own address (`page[2]/bbox(…)`), so provenance still
points at the page a figure was printed on.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from schemas.document import Cell, Table

# A form has at least this many rows; a shorter pair of tables on two pages is no printout's halves.
MIN_ROWS = 5
# The share of rows (either side filled) whose repeated column reads the same on both pages.
MIN_REPEATED_SHARE = 0.8
# A second form of the same layout (the next project's 自评表) repeats the first's headers in place: past
# this share of the second table's filled cells reading as the first's at the same row and column, it is
# a form of its own, not the first's other half.
MAX_COPIED_SHARE = 0.3
_NOTHING = ("", "—", "-", "/", "无")


def join_side_by_side(pages: Sequence[list[Table]]) -> list[list[Table]]:
    """Each page's tables, the second half of a form printed side by side moved onto its first half."""
    out = [list(tables) for tables in pages]
    for k in range(len(out) - 1):
        if not out[k] or not out[k + 1]:
            continue
        left, right = out[k][-1], out[k + 1][0]
        if repeated_column(left, right) is not None and not same_layout(left, right):
            out[k][-1] = side_by_side(left, right)
            out[k + 1] = out[k + 1][1:]
    return out


def repeated_column(left: Table, right: Table) -> int | None:
    """The column of `left` that `right`'s first column repeats row by row, if any."""
    if left.n_rows != right.n_rows or left.n_rows < MIN_ROWS or right.n_cols < 2:
        return None
    left_grid, first = left.grid(), [row[0] for row in right.grid()]
    for col in range(left.n_cols):
        pairs = [(row[col] or "", other or "") for row, other in zip(left_grid, first) if row[col] or other]
        same = sum(a.strip() == b.strip() for a, b in pairs)
        if pairs and same >= MIN_REPEATED_SHARE * len(pairs) and same >= MIN_ROWS:
            return col
    return None


def same_layout(left: Table, right: Table) -> bool:
    """Whether `right` repeats `left`'s cells in place beyond its first column: another copy of the form."""
    copied = filled = 0
    for left_row, right_row in zip(left.grid(), right.grid()):
        for col in range(1, min(len(left_row), len(right_row))):
            text = (right_row[col] or "").strip()
            if text in _NOTHING:
                continue
            filled += 1
            copied += text == (left_row[col] or "").strip()
    return filled > 0 and copied > MAX_COPIED_SHARE * filled


def side_by_side(left: Table, right: Table) -> Table:
    """`left` with `right`'s columns after its own, `right`'s repeated first column left out."""
    shift = left.n_cols - 1
    moved: list[Cell] = []
    for cell in right.cells:
        if cell.col == 0 and cell.colspan == 1:
            continue  # the repeated title column
        if cell.col == 0:
            cell = replace(cell, col=1, colspan=cell.colspan - 1)
        moved.append(replace(cell, col=cell.col + shift))
    return replace(left, n_cols=left.n_cols + right.n_cols - 1,
                   cells=tuple(sorted((*left.cells, *moved), key=lambda c: (c.row, c.col))),
                   location=f"{left.location or ''}+{right.location or ''}")
