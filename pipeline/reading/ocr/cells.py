"""Table cells the detector passed over: read again on their own.

On a speckled scan the text detector can miss a lone short figure in a small
cell (a score of `4` beside a long deviation note): the page-wide detection
weighs the cell's few strokes against the noise around them. A cell that came
out empty but holds ink is read again alone, cut out of the same image (rules
already erased), where the figure is the only thing to find. Ink means strokes
that survive a 3 × 3 median filter, which removes single-pixel speckle, and
stand at least `MIN_INK_PT` tall: a stray dot or a rule's remnant is no text.
Lines read there must be surer than the page's own threshold (`MIN_CONFIDENCE`).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import BBox, TablePart, glyphs_in_bbox
from pipeline.reading.ocr.boxes import lines_to_glyphs
from pipeline.reading.ocr.engine import OcrLine, read_cell, speckle_free_ink

# Points kept clear of the cell's rules when looking for ink (a rule's anti-aliased edge survives
# the erasing), and the least height of a character's ink.
CELL_INSET_PT = 1.5
MIN_INK_PT = 3.0
MIN_CONFIDENCE = 0.8


def inked_empty_cells(parts: Sequence[TablePart], glyphs: Sequence[Glyph], pixels: np.ndarray,
                      scale: float) -> list[BBox]:
    """Boxes (page points) of the cells with no glyph in them but ink in the image."""
    out = []
    for part in parts:
        local = glyphs_in_bbox(glyphs, part.bbox)
        for cell in part.cells:
            if not glyphs_in_bbox(local, cell.bbox) and _has_ink(cell_window(pixels, cell.bbox, scale), scale):
                out.append(cell.bbox)
    return out


def read_empty_cells(pixels: np.ndarray, scale: float, parts: Sequence[TablePart], glyphs: Sequence[Glyph],
                     threads: int = 1) -> tuple[list[Glyph], int]:
    """The glyphs with what the inked empty cells read alone; and how many cells gave text."""
    added: list[Glyph] = []
    filled = 0
    for bbox in inked_empty_cells(parts, glyphs, pixels, scale):
        window = cell_window(pixels, bbox, scale)
        dx, dy = _origin(bbox, scale)
        lines = [_shifted(line, dx, dy) for line in read_cell(np.ascontiguousarray(window), threads)
                 if line.confidence >= MIN_CONFIDENCE]
        new = [g for g in lines_to_glyphs(lines, scale) if glyphs_in_bbox([g], bbox)]
        if new:
            added.extend(new)
            filled += 1
    return list(glyphs) + added, filled


def _origin(bbox: BBox, scale: float) -> tuple[int, int]:
    x0, top, _x1, _bottom = bbox
    return max(int((x0 + CELL_INSET_PT) * scale), 0), max(int((top + CELL_INSET_PT) * scale), 0)


def cell_window(pixels: np.ndarray, bbox: BBox, scale: float) -> np.ndarray:
    """The image of a cell (`bbox` in points, `scale` pixels a point) inside its rules."""
    x0, top, x1, bottom = bbox
    left, upper = _origin(bbox, scale)
    return pixels[upper:max(int((bottom - CELL_INSET_PT) * scale), upper),
                  left:max(int((x1 - CELL_INSET_PT) * scale), left)]


def _has_ink(window: np.ndarray, scale: float) -> bool:
    if window.size == 0:
        return False
    rows = np.nonzero(speckle_free_ink(window).any(axis=1))[0]
    return len(rows) > 0 and (rows[-1] - rows[0] + 1) >= MIN_INK_PT * scale


def _shifted(line: OcrLine, dx: float, dy: float) -> OcrLine:
    """A line read in a window, placed back on the page image."""
    chars = tuple(replace(c, x0=c.x0 + dx, x1=c.x1 + dx, top=c.top + dy, bottom=c.bottom + dy) for c in line.chars)
    return replace(line, x0=line.x0 + dx, x1=line.x1 + dx, top=line.top + dy, bottom=line.bottom + dy, chars=chars)
