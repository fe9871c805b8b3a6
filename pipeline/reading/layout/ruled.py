"""Ruled tables from line segments and glyphs, whatever drew the lines.

A PDF's drawing objects (through pypdfium2) and a scanned page's detected rules
(OpenCV) are both reduced to `Segment`s: axis-parallel strokes in top-down
page points, a rectangle given as its four sides. `ruled_parts` turns the
segments and glyphs of one page into `TablePart`s, the same records the
pdfplumber path produces, so tables are joined across pages and read the same
whichever engine found them.

The algorithm is pdfplumber's `lines` strategy (jsvine/pdfplumber `table.py`,
itself after Nurminen's thesis), written as a chain of pure functions with the
same tolerances and the same decisions, so that both engines find the same
cells on every page of the corpora (`tests/pipeline/reading/test_pdf_tables.py`):

1. `segments_to_edges`: horizontal and vertical segments at least
   `min_length_prefilter` long (a diagonal segment is no rule);
2. `merge_edges`: positions within `snap_tolerance` snapped to their mean
   (chained, as pdfplumber clusters), then collinear edges whose gap is at most
   `join_tolerance` joined; edges shorter than `min_length` dropped;
3. `edges_to_intersections`: a vertex wherever a vertical and a horizontal edge
   meet within `intersection_tolerance`;
4. `intersections_to_cells`: from each vertex, the first vertex below and the
   first to the right connected to it by an edge, closed by a fourth vertex
   connected to both: a cell (a merged cell is one cell spanning several
   boundaries);
5. `cells_to_tables`: cells sharing a corner form one table; a lone cell is none.

Rows, columns, spans and cell text then come from `table_parts.cells_to_part`.
`find_ruled` keeps every intermediate result, for debugging a page.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import BBox, TablePart, cells_to_part

# pdfplumber's TableSettings defaults (snap_tolerance, join_tolerance, edge_min_length,
# edge_min_length_prefilter, intersection_tolerance), in points.
SNAP_TOLERANCE_PT = 3.0
JOIN_TOLERANCE_PT = 3.0
MIN_EDGE_LENGTH_PT = 3.0
MIN_SEGMENT_LENGTH_PT = 1.0
INTERSECTION_TOLERANCE_PT = 3.0
# A "table" of fewer cells is a framed paragraph; its text stays running text.
MIN_TABLE_CELLS = 2


@dataclass(frozen=True)
class Segment:
    """A straight stroke, top-down page points, x0 <= x1 and top <= bottom.

    Horizontal when top == bottom, vertical when x0 == x1; anything else is a
    diagonal and never a rule. A filled or stroked rectangle is its four sides.
    """

    x0: float
    top: float
    x1: float
    bottom: float

    @classmethod
    def between(cls, xa: float, ya: float, xb: float, yb: float) -> Segment:
        """The segment from (xa, ya) to (xb, yb), top-down coordinates, either direction."""
        return cls(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb))

    @property
    def horizontal(self) -> bool:
        return self.top == self.bottom

    @property
    def vertical(self) -> bool:
        return self.x0 == self.x1 and self.top != self.bottom


def rectangle_sides(x0: float, top: float, x1: float, bottom: float) -> list[Segment]:
    """The four sides of a rectangle (top, bottom, left, right)."""
    x0, x1 = min(x0, x1), max(x0, x1)
    top, bottom = min(top, bottom), max(top, bottom)
    return [Segment(x0, top, x1, top), Segment(x0, bottom, x1, bottom),
            Segment(x0, top, x0, bottom), Segment(x1, top, x1, bottom)]


@dataclass(frozen=True)
class RuledSettings:
    snap_tolerance: float = SNAP_TOLERANCE_PT
    join_tolerance: float = JOIN_TOLERANCE_PT
    min_length: float = MIN_EDGE_LENGTH_PT
    min_length_prefilter: float = MIN_SEGMENT_LENGTH_PT
    intersection_tolerance: float = INTERSECTION_TOLERANCE_PT
    min_cells: int = MIN_TABLE_CELLS

    def __post_init__(self) -> None:
        for name in ("snap_tolerance", "join_tolerance", "min_length", "min_length_prefilter",
                     "intersection_tolerance"):
            if getattr(self, name) < 0:
                raise ValueError(f"RuledSettings.{name} must not be negative, got {getattr(self, name)}")
        if self.min_cells < 1:
            raise ValueError(f"RuledSettings.min_cells must be at least 1, got {self.min_cells}")


@dataclass(frozen=True)
class Edge:
    """A rule along one axis: `at` is its y (horizontal) or x (vertical); it runs start..end."""

    at: float
    start: float
    end: float

    @property
    def length(self) -> float:
        return self.end - self.start


Point = tuple[float, float]  # (x, top)


@dataclass(frozen=True)
class Vertex:
    """Where rules cross: the indexes of the vertical and horizontal edges that meet there."""

    vertical: frozenset[int]
    horizontal: frozenset[int]


@dataclass(frozen=True)
class RuledFinding:
    """Every stage of one page's table finding (for a debugging view)."""

    horizontal: tuple[Edge, ...]
    vertical: tuple[Edge, ...]
    vertices: dict[Point, Vertex]
    cells: tuple[BBox, ...]
    tables: tuple[tuple[BBox, ...], ...]


def ruled_parts(
    segments: Sequence[Segment], glyphs: Sequence[Glyph], page: int, settings: RuledSettings | None = None
) -> list[TablePart]:
    """The ruled tables of one page, top to bottom, cell text from `glyphs`."""
    settings = settings or RuledSettings()
    finding = find_ruled(segments, settings)
    tables = sorted(finding.tables, key=lambda cells: (min(c[1] for c in cells), min(c[0] for c in cells)))
    parts: list[TablePart] = []
    for cells in tables:
        part = cells_to_part(cells, glyphs, page, len(parts) + 1)
        if part.n_rows * part.n_cols >= settings.min_cells:
            parts.append(part)
    return parts


def find_ruled(segments: Sequence[Segment], settings: RuledSettings | None = None) -> RuledFinding:
    settings = settings or RuledSettings()
    horizontal, vertical = segments_to_edges(segments, settings.min_length_prefilter)
    horizontal = merge_edges(horizontal, settings)
    vertical = merge_edges(vertical, settings)
    vertices = edges_to_intersections(horizontal, vertical, settings.intersection_tolerance)
    cells = intersections_to_cells(vertices)
    tables = cells_to_tables(cells)
    return RuledFinding(tuple(horizontal), tuple(vertical), vertices, tuple(cells), tuple(map(tuple, tables)))


def segments_to_edges(segments: Sequence[Segment], min_length: float) -> tuple[list[Edge], list[Edge]]:
    """(horizontal, vertical) edges at least `min_length` long; diagonals and dots dropped."""
    horizontal: list[Edge] = []
    vertical: list[Edge] = []
    for s in segments:
        if s.top == s.bottom:
            if s.x1 - s.x0 >= min_length:
                horizontal.append(Edge(s.top, s.x0, s.x1))
        elif s.x0 == s.x1:
            if s.bottom - s.top >= min_length:
                vertical.append(Edge(s.x0, s.top, s.bottom))
    return horizontal, vertical


def merge_edges(edges: Sequence[Edge], settings: RuledSettings) -> list[Edge]:
    """Snap positions, join collinear pieces, drop the short: pdfplumber's `merge_edges`."""
    snapped = snap_positions(edges, settings.snap_tolerance) if settings.snap_tolerance > 0 else list(edges)
    joined = join_collinear(snapped, settings.join_tolerance)
    return [e for e in joined if e.length >= settings.min_length]


def snap_positions(edges: Sequence[Edge], tolerance: float) -> list[Edge]:
    """Edges whose positions chain within `tolerance` of each other moved to the cluster's mean."""
    clusters: list[list[float]] = []
    for value in sorted({e.at for e in edges}):
        if clusters and value <= clusters[-1][-1] + tolerance:
            clusters[-1].append(value)
        else:
            clusters.append([value])
    cluster_of = {value: i for i, cluster in enumerate(clusters) for value in cluster}
    members: list[list[Edge]] = [[] for _ in clusters]
    for edge in edges:
        members[cluster_of[edge.at]].append(edge)
    out: list[Edge] = []
    for group in members:
        mean = sum(e.at for e in group) / len(group)
        out.extend(Edge(mean, e.start, e.end) for e in group)
    return out


def join_collinear(edges: Sequence[Edge], tolerance: float) -> list[Edge]:
    """Edges on one line whose gap is at most `tolerance` become one; by position, then start."""
    out: list[Edge] = []
    for edge in sorted(edges, key=lambda e: (e.at, e.start)):
        last = out[-1] if out else None
        if last is not None and last.at == edge.at and edge.start <= last.end + tolerance:
            if edge.end > last.end:
                out[-1] = Edge(last.at, last.start, edge.end)
        else:
            out.append(edge)
    return out


def edges_to_intersections(
    horizontal: Sequence[Edge], vertical: Sequence[Edge], tolerance: float
) -> dict[Point, Vertex]:
    """Every (x, y) where a vertical edge and a horizontal edge meet within `tolerance`."""
    by_y = sorted(range(len(horizontal)), key=lambda i: (horizontal[i].at, horizontal[i].start))
    ys = [horizontal[i].at for i in by_y]
    found: dict[Point, tuple[set[int], set[int]]] = {}
    for v_index in sorted(range(len(vertical)), key=lambda i: (vertical[i].at, vertical[i].start)):
        v = vertical[v_index]
        low = bisect.bisect_left(ys, v.start - tolerance)
        high = bisect.bisect_right(ys, v.end + tolerance)
        for h_index in by_y[low:high]:
            h = horizontal[h_index]
            if h.start - tolerance <= v.at <= h.end + tolerance:
                verticals, horizontals = found.setdefault((v.at, h.at), (set(), set()))
                verticals.add(v_index)
                horizontals.add(h_index)
    return {point: Vertex(frozenset(v), frozenset(h)) for point, (v, h) in found.items()}


def intersections_to_cells(vertices: dict[Point, Vertex]) -> list[BBox]:
    """From each vertex, the smallest cell it is the top-left corner of (pdfplumber's order)."""
    columns: dict[float, list[Point]] = {}
    rows: dict[float, list[Point]] = {}
    for point in sorted(vertices):
        columns.setdefault(point[0], []).append(point)  # top to bottom
        rows.setdefault(point[1], []).append(point)  # left to right
    row_index = {p: i for row in rows.values() for i, p in enumerate(row)}
    column_index = {p: i for column in columns.values() for i, p in enumerate(column)}
    cells: list[BBox] = []
    for point in sorted(vertices):
        below = columns[point[0]][column_index[point] + 1:]
        right = rows[point[1]][row_index[point] + 1:]
        cell = _smallest_cell(point, below, right, vertices)
        if cell is not None:
            cells.append(cell)
    return cells


def _smallest_cell(point: Point, below: Sequence[Point], right: Sequence[Point],
                   vertices: dict[Point, Vertex]) -> BBox | None:
    """The first vertex below and to the right joined to `point` by edges, closed by a fourth."""
    here = vertices[point]
    for below_point in below:
        lower = vertices[below_point]
        # An edge that reaches a vertex further down passes every vertex between, so the
        # first vertex it does not reach ends the search (pdfplumber tries them all, in vain).
        if here.vertical.isdisjoint(lower.vertical):
            break
        for right_point in right:
            beside = vertices[right_point]
            if here.horizontal.isdisjoint(beside.horizontal):
                break
            corner = (right_point[0], below_point[1])
            far = vertices.get(corner)
            if (far is not None and not far.vertical.isdisjoint(beside.vertical)
                    and not far.horizontal.isdisjoint(lower.horizontal)):
                return (point[0], point[1], corner[0], corner[1])
    return None


def cells_to_tables(cells: Sequence[BBox]) -> list[list[BBox]]:
    """Cells that share a corner, directly or through others, are one table; lone cells are none."""
    parent = list(range(len(cells)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[Point, int] = {}
    for i, (x0, top, x1, bottom) in enumerate(cells):
        for corner in ((x0, top), (x0, bottom), (x1, top), (x1, bottom)):
            j = owner.setdefault(corner, i)
            if j != i:
                parent[root(i)] = root(j)
    groups: dict[int, list[BBox]] = {}
    for i, cell in enumerate(cells):
        groups.setdefault(root(i), []).append(cell)
    return [group for group in groups.values() if len(group) > 1]
