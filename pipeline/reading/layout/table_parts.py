"""Ruled PDF tables: pdfplumber cells to a span-aware grid, parts joined across pages.

pdfplumber's `lines` strategy gives one bbox per visible cell. The grid's column
and row boundaries are the distinct cell edges; a cell whose box runs over
several boundaries gets a rowspan/colspan. Cell text is rebuilt from the
page's glyphs with the same line and spacing rules as the running text, and
wrapped lines are joined (no newline inside a cell).

A table cut by a page break is two parts: the last thing on page N and the
first thing on page N+1 (running header/footer aside) with the same outer
edges and compatible column boundaries. Parts are joined on a union column
grid; a repeated header row is dropped, and an empty cell under a row-spanning
cell at the cut continues that cell (a group label such as 产出指标 that spans
the break).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from pipeline.reading.layout.glyphs import Glyph, Line, glyphs_to_lines, join_wrapped
from schemas.document import Cell, OcrTrace, Table

# Cell edges closer than this (pt) are one grid boundary.
EDGE_SNAP_PT = 2.0
# Outer edges of two parts of one table differ by at most this (pt).
CONTINUATION_EDGE_PT = 3.0
# Left edges of two aligned parts of one table (content, not drawn edges) differ by at most this (pt).
ALIGNED_EDGE_PT = 12.0

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down)


@dataclass(frozen=True)
class PartCell:
    """A visible cell of one table part, in the part's own grid."""

    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    bbox: BBox
    page: int
    ocr: OcrTrace | None = None  # where an OCR'd cell's characters were read


@dataclass
class TablePart:
    """A ruled table as found on one page."""

    page: int
    index: int  # 1-based order of the table on its page
    bbox: BBox
    xs: tuple[float, ...]
    ys: tuple[float, ...]
    cells: list[PartCell] = field(default_factory=list)
    # A table found from aligned text (`layout.aligned`): the x range where each inner column
    # boundary (xs[1:-1]) may lie; its edges are not drawn, so parts over a page break match by ranges.
    gaps: tuple[tuple[float, float], ...] = ()

    @property
    def n_rows(self) -> int:
        return max(len(self.ys) - 1, 0)

    @property
    def n_cols(self) -> int:
        return max(len(self.xs) - 1, 0)


def snap_edges(values: Sequence[float], tolerance: float = EDGE_SNAP_PT) -> tuple[float, ...]:
    """Distinct edges, values within `tolerance` of each other counted once (their mean)."""
    clusters: list[list[float]] = []
    for value in sorted(values):
        if clusters and value - clusters[-1][-1] <= tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    return tuple(sum(c) / len(c) for c in clusters)


def edge_index(edges: Sequence[float], value: float) -> int:
    """Index of the boundary nearest to `value` (edges ascending, as `snap_edges` gives them;
    the lower one on a tie)."""
    i = bisect.bisect_left(edges, value)
    if i == 0:
        return 0
    if i == len(edges) or value - edges[i - 1] <= edges[i] - value:
        return i - 1
    return i


def glyphs_in_bbox(glyphs: Sequence[Glyph], bbox: BBox) -> list[Glyph]:
    x0, top, x1, bottom = bbox
    return [
        g for g in glyphs if x0 <= (g.x0 + g.x1) / 2 <= x1 and top <= g.center_y <= bottom
    ]


def cell_text(glyphs: Sequence[Glyph]) -> str:
    lines: list[Line] = glyphs_to_lines(glyphs)
    return join_wrapped(line.text for line in lines)


def plumber_table_to_part(table: Any, glyphs: Sequence[Glyph], page: int, index: int) -> TablePart:
    """A pdfplumber `Table` (lines strategy) to a part with spans and joined cell text."""
    boxes: list[BBox] = [tuple(map(float, c)) for c in table.cells]  # type: ignore[misc]
    return cell_boxes_to_part(boxes, tuple(map(float, table.bbox)), glyphs, page, index)  # type: ignore[arg-type]


def cells_to_part(boxes: Sequence[BBox], glyphs: Sequence[Glyph], page: int, index: int) -> TablePart:
    """The cell boxes of one table to a part, its bbox the union of the cells."""
    bbox: BBox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                  max(b[2] for b in boxes), max(b[3] for b in boxes))
    return cell_boxes_to_part(boxes, bbox, glyphs, page, index)


def cell_boxes_to_part(boxes: Sequence[BBox], bbox: BBox, glyphs: Sequence[Glyph], page: int, index: int) -> TablePart:
    """Cell boxes of one ruled table (from any source) to a part: grid boundaries, spans, and
    each cell's joined text.

    A glyph belongs to every cell its centre lies in (edges included).
    """
    xs = snap_edges([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = snap_edges([b[1] for b in boxes] + [b[3] for b in boxes])
    # The table's glyphs ranked by the height of their centre, so each cell looks only at its
    # band; a band is put back in page order, which the line building sees.
    local = glyphs_in_bbox(glyphs, bbox)
    by_height = sorted(range(len(local)), key=lambda i: local[i].center_y)
    centres = [local[i].center_y for i in by_height]
    part = TablePart(page=page, index=index, bbox=bbox, xs=xs, ys=ys)
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        row, col = edge_index(ys, box[1]), edge_index(xs, box[0])
        rowspan = max(edge_index(ys, box[3]) - row, 1)
        colspan = max(edge_index(xs, box[2]) - col, 1)
        band = sorted(by_height[bisect.bisect_left(centres, box[1]):bisect.bisect_right(centres, box[3])])
        text = cell_text(glyphs_in_bbox([local[i] for i in band], box))
        part.cells.append(PartCell(row, col, rowspan, colspan, text, box, page))
    return part


def glyphs_outside(glyphs: Sequence[Glyph], parts: Sequence[TablePart]) -> list[Glyph]:
    """The glyphs whose centre lies in none of the parts: the page's running text."""
    if not parts:
        return list(glyphs)
    boxes = [part.bbox for part in parts]
    outside = []
    for glyph in glyphs:
        cx, cy = (glyph.x0 + glyph.x1) / 2, glyph.center_y
        for x0, top, x1, bottom in boxes:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                break
        else:
            outside.append(glyph)
    return outside


# --- joining parts across pages -------------------------------------------------------


def continues(previous: TablePart, candidate: TablePart) -> bool:
    """Whether `candidate` has the column layout of `previous` (same outer edges, nested boundaries)."""
    if previous.gaps and candidate.gaps:
        return aligned_continues(previous, candidate)
    if previous.gaps or candidate.gaps:
        return False
    if abs(previous.bbox[0] - candidate.bbox[0]) > CONTINUATION_EDGE_PT:
        return False
    if abs(previous.bbox[2] - candidate.bbox[2]) > CONTINUATION_EDGE_PT:
        return False
    small, large = sorted((previous.xs, candidate.xs), key=len)
    return all(min(abs(x - y) for y in large) <= CONTINUATION_EDGE_PT for x in small)


def aligned_continues(previous: TablePart, candidate: TablePart) -> bool:
    """Two aligned parts: same left edge, and each boundary of the sparser one within a gap of the other."""
    if abs(previous.bbox[0] - candidate.bbox[0]) > ALIGNED_EDGE_PT:
        return False
    small, large = sorted((previous.gaps, candidate.gaps), key=len)
    return bool(small) and all(_matching_gap(gap, large) is not None for gap in small)


def _matching_gap(gap: tuple[float, float], others: Sequence[tuple[float, float]]) -> int | None:
    for k, (a, b) in enumerate(others):
        if gap[0] - CONTINUATION_EDGE_PT <= b and a <= gap[1] + CONTINUATION_EDGE_PT:
            return k
    return None


def onto_columns_of(previous: TablePart, part: TablePart) -> TablePart:
    """An aligned continuation with its boundaries moved onto the matching ones of `previous`.

    Only the boundaries both parts share move, so the joined table keeps one
    column per boundary instead of two a few points apart.
    """
    if not (previous.gaps and part.gaps):
        return part
    moved = {}
    for k, gap in enumerate(part.gaps):
        match = _matching_gap(gap, previous.gaps)
        if match is not None:
            moved[part.xs[k + 1]] = previous.xs[match + 1]
    moved[part.xs[0]] = previous.xs[0]
    moved[part.xs[-1]] = previous.xs[-1]

    def move(x: float) -> float:
        return moved.get(x, x)

    cells = [replace(c, bbox=(move(c.bbox[0]), c.bbox[1], move(c.bbox[2]), c.bbox[3])) for c in part.cells]
    xs = tuple(move(x) for x in part.xs)
    bbox = (move(part.bbox[0]), part.bbox[1], move(part.bbox[2]), part.bbox[3])
    return replace(part, xs=xs, cells=cells, bbox=bbox)


@dataclass
class JoinedTable:
    """One logical table: a first part and the parts that continue it."""

    parts: list[TablePart]

    @property
    def first(self) -> TablePart:
        return self.parts[0]

    @property
    def last(self) -> TablePart:
        return self.parts[-1]


def join_parts(pages: Sequence[Sequence[TablePart]], cut_ok: Sequence[tuple[bool, bool]]) -> list[JoinedTable]:
    """Group table parts into logical tables.

    `pages[i]` are page i's parts top to bottom; `cut_ok[i]` says whether page i
    has no running text after its last table, and whether it has none before
    its first table (running headers/footers aside).
    """
    tables: list[JoinedTable] = []
    open_table: JoinedTable | None = None
    for parts, (ends_with_table, starts_with_table) in zip(pages, cut_ok):
        for position, part in enumerate(parts):
            if (
                position == 0
                and open_table is not None
                and starts_with_table
                and part.page == open_table.last.page + 1
                and continues(open_table.last, part)
            ):
                open_table.parts.append(onto_columns_of(open_table.last, part))
            else:
                open_table = JoinedTable([part])
                tables.append(open_table)
        if not (parts and ends_with_table):
            open_table = None
    return tables


def joined_to_table(joined: JoinedTable) -> Table:
    """The schema `Table` of a logical table, on the page of its first part."""
    xs = snap_edges([x for part in joined.parts for x in part.xs], CONTINUATION_EDGE_PT)
    cells: list[PartCell] = []  # in the joined grid
    row_offset = 0
    for number, part in enumerate(joined.parts):
        local = [_regrid(cell, xs, row_offset) for cell in part.cells]
        if number > 0:
            local, row_offset = _drop_repeated_header(cells, local, row_offset)
            cells, local = _join_split_row(cells, local, row_offset)
            cells = _continue_spanning_cells(cells, local, row_offset)
            local = [c for c in local if not (c.row == row_offset and c.text == "" and _covered(cells, c))]
        cells.extend(local)
        row_offset = max((c.row + c.rowspan for c in cells), default=row_offset)
    first = joined.first
    pages = sorted({part.page for part in joined.parts})
    span = f"{pages[0]}" if len(pages) == 1 else f"{pages[0]}-{pages[-1]}"
    return Table(
        page=first.page,
        n_rows=row_offset,
        n_cols=max(len(xs) - 1, 0),
        cells=tuple(
            Cell(c.row, c.col, c.text, c.rowspan, c.colspan, address=_address(c), ocr=c.ocr)
            for c in sorted(cells, key=lambda c: (c.row, c.col))
        ),
        bbox=first.bbox,
        location=f"page[{span}]/table[{first.index}]",
    )


def _address(cell: PartCell) -> str:
    x0, top, x1, bottom = cell.bbox
    return f"page[{cell.page}]/bbox({x0:.1f},{top:.1f},{x1:.1f},{bottom:.1f})"


def _regrid(cell: PartCell, xs: Sequence[float], row_offset: int) -> PartCell:
    col = edge_index(xs, cell.bbox[0])
    colspan = max(edge_index(xs, cell.bbox[2]) - col, 1)
    return replace(cell, row=cell.row + row_offset, col=col, colspan=colspan)


def _row_signature(cells: Sequence[PartCell], row: int) -> list[tuple[int, int, str]]:
    return sorted((c.col, c.colspan, c.text) for c in cells if c.row == row)


def _drop_repeated_header(
    above: Sequence[PartCell], local: list[PartCell], row_offset: int
) -> tuple[list[PartCell], int]:
    """Drop leading rows of a continuation that repeat the table's leading rows."""
    top_row = min((c.row for c in above), default=0)
    dropped = 0
    while True:
        sig = _row_signature(local, row_offset + dropped)
        if not sig or sig != _row_signature(above, top_row + dropped):
            break
        if any(c.rowspan > 1 for c in local if c.row == row_offset + dropped):
            break
        dropped += 1
    if not dropped:
        return local, row_offset
    kept = [c for c in local if c.row >= row_offset + dropped]
    return [replace(c, row=c.row - dropped) for c in kept], row_offset


_NUMBER = re.compile(r"^[-+−]?[\d,，.]+%?$")


def _join_split_row(above: list[PartCell], local: list[PartCell],
                    row_offset: int) -> tuple[list[PartCell], list[PartCell]]:
    """A row cut by the page break: the continuation's first row, with no label and no figure,
    only the rest of long texts under filled cells of the row above, is that row's end."""
    first = [c for c in local if c.row == row_offset]
    filled = [c for c in first if c.text]
    if not filled or len(filled) * 2 > len(first) or any(c.col == 0 for c in filled):
        return above, local
    if any(_NUMBER.match(c.text.replace(" ", "")) for c in filled):
        return above, local
    last_row = max((c.row + c.rowspan - 1 for c in above), default=-1)
    uppers = {c.col: c for c in above if c.row + c.rowspan - 1 == last_row and c.text}
    if not all(c.col in uppers and uppers[c.col].colspan == c.colspan for c in filled):
        return above, local
    joined = {id(uppers[c.col]): join_wrapped([uppers[c.col].text, c.text]) for c in filled}
    merged = [replace(c, text=joined[id(c)]) if id(c) in joined else c for c in above]
    rest = [replace(c, row=c.row - 1) for c in local if c.row > row_offset]
    return merged, rest


def _covered(cells: Sequence[PartCell], cell: PartCell) -> bool:
    """Whether a cell of the joined grid already covers `cell`'s top-left position."""
    return any(
        c.row <= cell.row < c.row + c.rowspan and c.col <= cell.col < c.col + c.colspan for c in cells
    )


def _continue_spanning_cells(
    above: list[PartCell], local: Sequence[PartCell], row_offset: int
) -> list[PartCell]:
    """Extend a row-spanning cell that ends at the cut over an empty cell just below it."""
    result = list(above)
    for cell in local:
        if cell.row != row_offset or cell.text:
            continue
        for i, upper in enumerate(result):
            if (
                upper.row + upper.rowspan == row_offset
                and upper.rowspan > 1
                and upper.col == cell.col
                and upper.colspan == cell.colspan
                and upper.text
            ):
                result[i] = replace(upper, rowspan=upper.rowspan + cell.rowspan)
                break
    return result
