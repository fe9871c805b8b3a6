"""Ruled tables from segments: cells, spans, text, and the same cells as pdfplumber's algorithm."""
from __future__ import annotations

from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.ruled import (
    RuledSettings,
    Segment,
    find_ruled,
    rectangle_sides,
    ruled_parts,
)
from pipeline.reading.layout.table_parts import TablePart


def grid_lines(xs: Sequence[float], ys: Sequence[float]) -> list[Segment]:
    """Every row and column rule of a full grid."""
    return ([Segment(xs[0], y, xs[-1], y) for y in ys] + [Segment(x, ys[0], x, ys[-1]) for x in xs])


def word(text: str, x: float, baseline: float, size: float = 10.0) -> list[Glyph]:
    return [Glyph(ch, x + i * size, x + (i + 1) * size, baseline, size) for i, ch in enumerate(text)]


def cells_of(part: TablePart) -> list[tuple[int, int, int, int, str]]:
    return [(c.row, c.col, c.rowspan, c.colspan, c.text) for c in part.cells]


XS = (100.0, 200.0, 300.0, 400.0)
YS = (100.0, 130.0, 160.0)


def test_a_grid_of_lines_is_a_table_with_its_cell_text() -> None:
    glyphs = word("项目", 110, 120) + word("预算", 210, 120) + word("执行", 310, 120)
    glyphs += word("培训", 110, 150) + word("12.5", 210, 150) + word("12.0", 310, 150)
    (part,) = ruled_parts(grid_lines(XS, YS), glyphs, page=3)
    assert part.page == 3 and part.index == 1
    assert part.bbox == (100.0, 100.0, 400.0, 160.0)
    assert (part.n_rows, part.n_cols) == (2, 3)
    assert cells_of(part) == [
        (0, 0, 1, 1, "项目"), (0, 1, 1, 1, "预算"), (0, 2, 1, 1, "执行"),
        (1, 0, 1, 1, "培训"), (1, 1, 1, 1, "12.5"), (1, 2, 1, 1, "12.0"),
    ]


def test_a_missing_rule_makes_a_merged_cell() -> None:
    # No rule between the first two columns of the first row: one cell spanning two columns.
    segments = [s for s in grid_lines(XS, YS) if not (s.x0 == s.x1 == 200.0)]
    segments.append(Segment(200.0, 130.0, 200.0, 160.0))
    glyphs = word("产出指标", 120, 120) + word("甲", 110, 150) + word("乙", 210, 150)
    (part,) = ruled_parts(segments, glyphs, page=1)
    assert cells_of(part)[0] == (0, 0, 1, 2, "产出指标")
    assert [(c.row, c.col) for c in part.cells] == [(0, 0), (0, 2), (1, 0), (1, 1), (1, 2)]


def test_a_grid_drawn_as_cell_rectangles_reads_like_one_drawn_as_lines() -> None:
    boxes = [side for x0, x1 in zip(XS, XS[1:]) for top, bottom in zip(YS, YS[1:])
             for side in rectangle_sides(x0, top, x1, bottom)]
    glyphs = word("甲", 110, 120) + word("乙", 310, 150)
    assert [cells_of(p) for p in ruled_parts(boxes, glyphs, 1)] == [
        cells_of(p) for p in ruled_parts(grid_lines(XS, YS), glyphs, 1)]


def test_thin_filled_rectangles_are_rules() -> None:
    # Word draws a rule as a filled rectangle 0.5 pt thick: its long sides snap to one rule.
    segments = [side for y in YS for side in rectangle_sides(XS[0], y - 0.25, XS[-1], y + 0.25)]
    segments += [side for x in XS for side in rectangle_sides(x - 0.25, YS[0], x + 0.25, YS[-1])]
    (part,) = ruled_parts(segments, [], 1)
    assert (part.n_rows, part.n_cols) == (2, 3)
    assert part.bbox == pytest.approx((100.0, 100.0, 400.0, 160.0))


def test_pieces_of_a_rule_are_joined_across_small_gaps_only() -> None:
    pieces = [Segment(100.0, 100.0, 249.0, 100.0), Segment(251.0, 100.0, 400.0, 100.0)]
    rest = [s for s in grid_lines(XS, YS) if s.top != 100.0 or s.bottom != 100.0]
    (part,) = ruled_parts(pieces + rest, [], 1)
    assert (part.n_rows, part.n_cols) == (2, 3)
    broken = [Segment(100.0, 100.0, 240.0, 100.0), Segment(260.0, 100.0, 400.0, 100.0)]
    finding = find_ruled(broken + rest)
    assert len(finding.horizontal) == 4  # the top rule stays two edges


def test_a_lone_box_and_diagonals_are_no_table() -> None:
    assert ruled_parts(rectangle_sides(100, 100, 300, 200), [], 1) == []
    assert ruled_parts([Segment(100, 100, 300, 200), Segment(100, 200, 300, 300)], [], 1) == []


def test_two_separate_grids_are_two_tables_top_to_bottom() -> None:
    lower = grid_lines(XS, (400.0, 430.0, 460.0))
    upper = grid_lines(XS, YS)
    parts = ruled_parts(lower + upper, word("下", 110, 420), 1)
    assert [p.index for p in parts] == [1, 2]
    assert [p.bbox[1] for p in parts] == [100.0, 400.0]
    assert parts[1].cells[0].text == "下"


def test_min_cells_drops_small_tables() -> None:
    segments = grid_lines((100.0, 200.0, 300.0), (100.0, 130.0))
    assert len(ruled_parts(segments, [], 1)) == 1
    assert ruled_parts(segments, [], 1, RuledSettings(min_cells=3)) == []
    with pytest.raises(ValueError, match="snap_tolerance"):
        RuledSettings(snap_tolerance=-1)


def test_segment_between_orders_its_ends() -> None:
    assert Segment.between(300, 50, 100, 50) == Segment(100, 50, 300, 50)
    assert Segment(100, 50, 300, 50).horizontal and not Segment(100, 50, 300, 50).vertical
    assert Segment(100, 50, 100, 90).vertical


# --- the same cells as pdfplumber's own functions --------------------------------------------


def plumber_cells(segments: Sequence[Segment]) -> list[list[tuple[float, ...]]]:
    """pdfplumber's `lines` strategy (TableFinder without a page) on the same segments."""
    from pdfplumber import table as pt
    from pdfplumber import utils

    edges = []
    for s in segments:
        orientation = "h" if s.top == s.bottom else "v"
        if orientation == "v" and s.x0 != s.x1:
            continue  # pdfplumber would take a diagonal line as vertical; the PDF engine never passes one
        edges.append({"x0": s.x0, "x1": s.x1, "top": s.top, "bottom": s.bottom, "width": s.x1 - s.x0,
                      "height": s.bottom - s.top, "orientation": orientation, "object_type": "line"})
    edges = [e for o in ("v", "h") for e in utils.filter_edges(edges, o, min_length=1)]
    merged = utils.filter_edges(pt.merge_edges(edges, 3, 3, 3, 3), min_length=3)
    cells = pt.intersections_to_cells(pt.edges_to_intersections(merged, 3, 3))
    return sorted(sorted(t) for t in pt.cells_to_tables(cells))


def our_cells(segments: Sequence[Segment]) -> list[list[tuple[float, ...]]]:
    return sorted(sorted(t) for t in find_ruled(segments).tables)


@st.composite
def ruled_pages(draw: st.DrawFn) -> list[Segment]:
    """Grids with missing rules, split rules, doubled rules a little apart, stray lines and boxes."""
    n_cols = draw(st.integers(1, 5))
    n_rows = draw(st.integers(1, 6))
    xs = sorted(draw(st.sets(st.integers(10, 120), min_size=n_cols + 1, max_size=n_cols + 1)))
    ys = sorted(draw(st.sets(st.integers(10, 150), min_size=n_rows + 1, max_size=n_rows + 1)))
    xs = [4.0 * x for x in xs]
    ys = [5.0 * y for y in ys]
    segments: list[Segment] = []
    for y in ys:
        for x0, x1 in zip(xs, xs[1:]):
            kind = draw(st.sampled_from(("line", "line", "line", "none", "split", "double")))
            if kind == "line":
                segments.append(Segment(x0, y, x1, y))
            elif kind == "split":
                cut = (x0 + x1) / 2
                segments += [Segment(x0, y, cut - draw(st.sampled_from((0.5, 2.0, 5.0))), y), Segment(cut, y, x1, y)]
            elif kind == "double":
                segments += [Segment(x0, y, x1, y), Segment(x0, y + draw(st.sampled_from((0.5, 1.0, 2.5))), x1, y)]
    for x in xs:
        for top, bottom in zip(ys, ys[1:]):
            kind = draw(st.sampled_from(("line", "line", "line", "none", "double")))
            if kind == "line":
                segments.append(Segment(x, top, x, bottom))
            elif kind == "double":
                shift = draw(st.sampled_from((0.5, 1.5)))
                segments += [Segment(x, top, x, bottom), Segment(x + shift, top, x + shift, bottom)]
    for _ in range(draw(st.integers(0, 3))):
        # Not at 0: pdfplumber snaps an edge by adding (mean - x), which near zero can miss the
        # mean by an ulp and split one rule in two; from a few points on the sum is exact.
        x0, top = draw(st.integers(10, 500)), draw(st.integers(10, 800))
        w, h = draw(st.integers(0, 120)), draw(st.integers(0, 120))
        segments += draw(st.sampled_from((rectangle_sides(x0, top, x0 + w, top + h),
                                          [Segment(x0, top, x0 + w, top)], [Segment(x0, top, x0, top + h)])))
    return [s for s in segments if s.x0 <= s.x1 and s.top <= s.bottom]


@settings(max_examples=300, deadline=None)
@given(ruled_pages())
def test_same_cells_as_pdfplumber(segments: list[Segment]) -> None:
    assert our_cells(segments) == plumber_cells(segments)


@given(st.lists(st.floats(0, 500, allow_nan=False), min_size=1, max_size=12), st.floats(-50, 550, allow_nan=False))
def test_edge_index_is_the_nearest_boundary_the_lower_on_a_tie(values: list[float], value: float) -> None:
    from pipeline.reading.layout.table_parts import edge_index, snap_edges

    edges = snap_edges(values)
    assert edge_index(edges, value) == min(range(len(edges)), key=lambda i: abs(edges[i] - value))
