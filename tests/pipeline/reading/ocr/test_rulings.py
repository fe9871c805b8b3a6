"""Ruled tables on a scanned page: rules found in the image, cells from pdfplumber's edge chain."""
from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from pipeline.reading.ocr.boxes import OcrGlyph  # noqa: E402
from pipeline.reading.ocr.rulings import erase, find_rules, segments_to_tables, table_boxes, tables_to_parts  # noqa: E402

SCALE = 2.0  # pixels per point


def grid_image() -> np.ndarray:
    """A 3 x 4 ruled table at (100, 100)-(400, 220) pt, the first row's first two cells merged."""
    page = np.full((int(842 * SCALE), int(595 * SCALE), 3), 255, dtype=np.uint8)
    xs = [100, 180, 260, 330, 400]
    ys = [100, 140, 180, 220]
    for y in ys:
        cv2.line(page, (int(xs[0] * SCALE), int(y * SCALE)), (int(xs[-1] * SCALE), int(y * SCALE)), (0, 0, 0), 2)
    for x in xs:
        top = ys[1] if x == 180 else ys[0]  # no rule between the merged cells
        cv2.line(page, (int(x * SCALE), int(top * SCALE)), (int(x * SCALE), int(ys[-1] * SCALE)), (0, 0, 0), 2)
    # A big title character whose strokes are long: not a table.
    cv2.rectangle(page, (int(250 * SCALE), int(40 * SCALE)), (int(272 * SCALE), int(62 * SCALE)), (0, 0, 0), 3)
    return page


def test_rules_become_cells_with_spans_and_glyphs_fill_them() -> None:
    segments, mask = find_rules(grid_image(), SCALE)
    tables = segments_to_tables(segments)
    wide = [t for t in tables if max(c[2] for c in t) - min(c[0] for c in t) >= 60]
    assert len(wide) == 1
    (box,) = table_boxes(wide)
    assert box == pytest.approx((100, 100, 400, 220), abs=2)
    glyphs = [OcrGlyph("总", 120, 132, 125, 12, 0.99), OcrGlyph("额", 132, 144, 125, 12, 0.99),
              OcrGlyph("8", 340, 346, 205, 12, 0.7)]
    (part,) = tables_to_parts(wide, glyphs, page=1)
    assert (part.n_rows, part.n_cols) == (3, 4)
    first = next(c for c in part.cells if (c.row, c.col) == (0, 0))
    assert first.colspan == 2 and first.text == "总额"
    assert next(c for c in part.cells if (c.row, c.col) == (2, 3)).text == "8"


def test_rules_are_erased_inside_tables_only() -> None:
    image = grid_image()
    segments, mask = find_rules(image, SCALE)
    wide = [t for t in segments_to_tables(segments) if max(c[2] for c in t) - min(c[0] for c in t) >= 60]
    clean = erase(image, mask, table_boxes(wide), SCALE)
    inside = clean[int(100 * SCALE) - 2:int(220 * SCALE) + 3, int(100 * SCALE) - 2:int(400 * SCALE) + 3]
    assert (inside < 200).any(axis=2).sum() <= 4  # the grid is gone (a corner pixel may stay)
    title = clean[int(40 * SCALE):int(62 * SCALE) + 1, int(250 * SCALE):int(272 * SCALE) + 1]
    assert title.min() == 0  # the character outside the table is intact


def test_a_row_rule_broken_where_a_column_rule_crosses_it_is_mended() -> None:
    from pipeline.reading.ocr.rulings import Segment, bridge_crossings

    row = [Segment(100, 200.0, 245, 200.0), Segment(250, 201.2, 400, 201.2)]  # 5 pt apart, 1.2 pt off
    column = [Segment(248, 100, 248, 300)]
    (mended,) = bridge_crossings(row, column)
    assert (mended.x0, mended.x1, mended.top) == (100, 400, pytest.approx(200.6))
    # no crossing rule in the gap, a gap too wide, or another row: the pieces stay apart
    assert len(bridge_crossings(row, [Segment(300, 100, 300, 300)])) == 2
    assert len(bridge_crossings([Segment(100, 200, 230, 200), Segment(250, 200, 400, 200)],
                                [Segment(240, 100, 240, 300)])) == 2
    assert len(bridge_crossings([Segment(100, 200, 245, 200), Segment(250, 210, 400, 210)], column)) == 2
    # a column rule cut at a row rule, the same way
    (upright,) = bridge_crossings([Segment(300, 100, 300, 180), Segment(300.8, 186, 300.8, 260)],
                                  [Segment(100, 183, 400, 183)])
    assert (upright.top, upright.bottom) == (100, 260)


def test_two_cells_parted_by_a_rule_broken_at_a_crossing_stay_two_cells() -> None:
    page = grid_image()
    y, x = int(180 * SCALE), int(330 * SCALE)
    page[y - 3:y + 4, x - 8:x - 2] = 255  # the row rule thinned away just before the column rule
    segments, _ = find_rules(page, SCALE)
    wide = [t for t in segments_to_tables(segments) if max(c[2] for c in t) - min(c[0] for c in t) >= 60]
    (part,) = tables_to_parts(wide, [], page=1)
    assert (part.n_rows, part.n_cols) == (3, 4)
    assert all(c.rowspan == 1 for c in part.cells if c.col == 2)


def test_two_row_rules_joined_by_a_blot_are_both_found_on_their_own_lines() -> None:
    page = grid_image()
    cv2.rectangle(page, (int(335 * SCALE), int(132 * SCALE)), (int(370 * SCALE), int(188 * SCALE)), (0, 0, 0), -1)
    segments, _ = find_rules(page, SCALE)
    rows = sorted(round(s.top) for s in segments if s.horizontal and s.x1 - s.x0 > 200)
    assert rows == [100, 140, 180, 220]


def test_a_rule_touching_a_slanted_stroke_keeps_its_own_line() -> None:
    page = grid_image()
    cv2.line(page, (int(250 * SCALE), int(180 * SCALE)), (int(400 * SCALE), int(196 * SCALE)), (0, 0, 0), 2)
    segments, _ = find_rules(page, SCALE)
    assert sorted(round(s.top) for s in segments if s.horizontal and s.x1 - s.x0 > 200) == [100, 140, 180, 220]


def test_a_rule_stepping_one_pixel_row_keeps_its_whole_length() -> None:
    page = np.full((int(300 * SCALE), int(500 * SCALE), 3), 255, dtype=np.uint8)
    y = int(100 * SCALE)
    page[y - 1:y + 1, int(50 * SCALE):int(90 * SCALE)] = 0  # the left end, one pixel row higher
    page[y:y + 2, int(90 * SCALE):int(450 * SCALE)] = 0
    (rule,) = [s for s in find_rules(page, SCALE)[0] if s.horizontal]
    assert (rule.x0, rule.x1) == (pytest.approx(50, abs=1), pytest.approx(450, abs=1))


def test_a_faint_rule_broken_into_pieces_is_one_open_rule_and_rules_of_a_ruled_table_are_not() -> None:
    from pipeline.reading.ocr.rulings import Segment, open_rules

    broken = [Segment(58, 158.0, 134, 158.0), Segment(212, 157.8, 427, 157.8), Segment(438, 157.8, 528, 157.8)]
    sparse = [Segment(58, 300.0, 100, 300.0), Segment(480, 300.0, 528, 300.0)]  # two stubs far apart: no rule
    framed = [Segment(60, 400.0, 300, 400.0)]  # inside a ruled table's box
    rules = open_rules([*broken, *sparse, *framed], [[(50.0, 390.0, 310.0, 450.0)]])
    assert [(x0, x1, round(y, 1)) for x0, x1, y in rules] == [(58, 528, 157.9)]


def test_a_row_whose_rules_a_seal_washed_out_gets_its_cells_back() -> None:
    from pipeline.reading.ocr.rulings import complete_rows
    # the last row: `总分` to x=300, then nothing where the seal took the rules of `100 | 95.72`
    cells = [(100, 100, 300, 120), (300, 100, 350, 120), (350, 100, 400, 120), (100, 120, 300, 140)]
    assert sorted(complete_rows(cells)) == sorted([*cells, (300, 120, 350, 140), (350, 120, 400, 140)])
    glyphs = [OcrGlyph("9", 360, 366, 135, 12, 0.99), OcrGlyph("5", 366, 372, 135, 12, 0.99)]
    (part,) = tables_to_parts([cells + [(100, 80, 400, 100)]], glyphs, page=1)
    assert any(c.text == "95" for c in part.cells)


def test_a_label_merged_over_several_rows_gets_no_cells_beside_it() -> None:
    from pipeline.reading.ocr.rulings import complete_rows
    # `项目资金(万元)` merged over two rows, whose own cells fill the space to its right
    cells = [(100, 100, 150, 140), (150, 100, 250, 120), (250, 100, 400, 120), (150, 120, 250, 140), (250, 120, 400, 140)]
    assert sorted(complete_rows(cells)) == sorted(cells)
