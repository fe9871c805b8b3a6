"""DOCX tables (`w:tbl`) to `Table`s, tables nested in cells included.

Grid: `gridSpan` -> colspan, `vMerge` -> rowspan, `gridBefore` honoured; a
cell's paragraphs are joined on one line (`cells.py`).

Nested tables: Word reports often lay a page out as a two-column table (label
| content) with the funds table nested in the content cell. A nested table is
a `Table` of its own, listed right after the table that holds it (depth-first,
in document order), located by the cell it sits in: `table[1]/r2c2/table[1]`,
its cells `table[1]/r2c2/table[1]/r3c2`. The holding cell keeps only its own
paragraphs: folding the nested table's text into it would glue a whole funds
table into one string (`年初预算3,126.80年中追加418.56...`), figures a table
extractor could pick up a second time, out of their rows.

Past `MAX_NESTING` containers (cells, text boxes) a table is not split out any
more: its text is folded into the cell that holds it, one line per paragraph,
so nothing is lost and the work stays bounded however deep a hostile file nests.
Text boxes in a cell are read flat into that cell's text after their anchor.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pipeline.reading.cells import join_cell_lines
from pipeline.reading.docx_numbering import W
from pipeline.reading.docx_runs import TC, TR, P, block_children, flat_lines, paragraph_runs
from schemas.document import Cell, Table

# Containers (table cells, text boxes) deep enough that content is read flat.
# Real reports nest a table once, rarely twice; four leaves room for both.
MAX_NESTING = 4
# Word allows at most 63 grid columns; a larger span is hostile and would make
# `Table.grid()` allocate rows of that width.
MAX_GRID_COLUMNS = 64


@dataclass
class CellContent:
    lines: list[str] = field(default_factory=list)
    tables: list[Any] = field(default_factory=list)  # nested `w:tbl`s read as Tables of their own


@dataclass
class GridCell:
    row: int
    col: int
    colspan: int
    content: CellContent
    rowspan: int = 1


def cell_content(tc: Any, depth: int) -> CellContent:
    """The lines and nested tables of a cell `depth` containers deep (the cell included)."""
    content = CellContent()
    for block in block_children(tc):
        if block.tag == P:
            runs = paragraph_runs(block)
            content.lines.append(runs.text)
            for box in runs.boxes:
                content.lines.extend(flat_lines(box))
        elif depth < MAX_NESTING:
            content.tables.append(block)
        else:
            content.lines.extend(flat_lines(block))
    return content


def _int_val(element: Any, child: str, default: int) -> int:
    found = element.find(f"{W}{child}") if element is not None else None
    if found is None:
        return default
    try:
        return int(found.get(f"{W}val", default))
    except ValueError:
        return default


def _bounded(value: int, low: int) -> int:
    return min(max(value, low), MAX_GRID_COLUMNS)


def grid_cells(tbl: Any, depth: int) -> tuple[list[GridCell], int, int]:
    """The cells of a table at their grid positions, and its row and column counts.

    `depth` is the cells' own depth. A `vMerge="continue"` cell extends the
    cell above it; its content is not shown by Word and is not read.
    """
    cells: list[GridCell] = []
    open_merges: dict[int, GridCell] = {}  # grid column -> cell whose vMerge is running
    rows = list(tbl.iterchildren(TR))
    n_cols = 0
    for r, tr in enumerate(rows):
        col = _bounded(_int_val(tr.find(f"{W}trPr"), "gridBefore", 0), 0)
        for tc in tr.iterchildren(TC):
            tcpr = tc.find(f"{W}tcPr")
            span = _bounded(_int_val(tcpr, "gridSpan", 1), 1)
            vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
            merge_kind = None if vmerge is None else vmerge.get(f"{W}val", "continue")
            if merge_kind == "continue" and col in open_merges:
                above = open_merges[col]
                above.rowspan = r - above.row + 1
            else:
                cell = GridCell(r, col, span, cell_content(tc, depth))
                cells.append(cell)
                if merge_kind == "restart":
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
        n_cols = max(n_cols, col)
    return cells, len(rows), n_cols


def cell_address(location: str, cell: GridCell) -> str:
    return f"{location}/r{cell.row + 1}c{cell.col + 1}"


def read_table(tbl: Any, location: str, page: int, depth: int = 0) -> list[Table]:
    """A `w:tbl` `depth` containers deep as a Table, followed by the tables nested in its cells."""
    cells, n_rows, n_cols = grid_cells(tbl, depth + 1)
    tables = [Table(
        page=page,
        n_rows=n_rows,
        n_cols=n_cols,
        cells=tuple(
            Cell(c.row, c.col, join_cell_lines(c.content.lines), c.rowspan, c.colspan, address=cell_address(location, c))
            for c in cells
        ),
        location=location,
    )]
    for cell in cells:
        for k, nested in enumerate(cell.content.tables, start=1):
            tables.extend(read_table(nested, f"{cell_address(location, cell)}/table[{k}]", page, depth + 1))
    return tables
