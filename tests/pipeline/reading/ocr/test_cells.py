"""Table cells the detector passed over are read again alone."""
from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from extractors.table_values import parse_points  # noqa: E402
from pipeline.reading.layout.table_parts import cells_to_part  # noqa: E402
from pipeline.reading.ocr.boxes import OcrGlyph  # noqa: E402
from pipeline.reading.ocr.cells import inked_empty_cells, read_empty_cells  # noqa: E402

SCALE = 2.0
CELLS = [(100.0, 100.0, 200.0, 140.0), (200.0, 100.0, 260.0, 140.0), (260.0, 100.0, 320.0, 140.0)]


def page_with(figure_in_second_cell: bool, speckle: float = 0.0) -> np.ndarray:
    page = np.full((int(300 * SCALE), int(400 * SCALE), 3), 255, dtype=np.uint8)
    if speckle:
        rng = np.random.default_rng(7)
        dots = rng.random(page.shape[:2]) < speckle
        page[dots] = 90
    if figure_in_second_cell:
        cv2.putText(page, "4", (int(224 * SCALE), int(128 * SCALE)), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    return page


def parts_with_first_cell_read() -> list:
    glyphs = [OcrGlyph("分", 120, 132, 125, 12, 0.99)]
    return [cells_to_part(CELLS, glyphs, page=1, index=1)], glyphs


def test_an_empty_cell_with_a_figure_s_ink_is_found_and_speckle_alone_is_no_ink() -> None:
    parts, glyphs = parts_with_first_cell_read()
    assert inked_empty_cells(parts, glyphs, page_with(True, speckle=0.02), SCALE) == [CELLS[1]]
    assert inked_empty_cells(parts, glyphs, page_with(False, speckle=0.02), SCALE) == []


def test_an_empty_cell_s_figure_is_read_alone_and_lands_in_its_cell() -> None:
    pytest.importorskip("rapidocr_onnxruntime")
    parts, glyphs = parts_with_first_cell_read()
    out, filled = read_empty_cells(page_with(True, speckle=0.02), SCALE, parts, glyphs)
    assert filled == 1
    (part,) = [cells_to_part(CELLS, out, page=1, index=1)]
    texts = [c.text for c in sorted(part.cells, key=lambda c: c.col)]
    assert texts[0] == "分" and texts[2] == ""
    score = parse_points(texts[1])  # a speckle after the figure may read as a closing full stop
    assert score is not None and score.value == 4
