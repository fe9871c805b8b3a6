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
