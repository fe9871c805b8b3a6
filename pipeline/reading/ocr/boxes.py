"""OCR boxes to layout glyphs, so a scanned page goes through the vector-PDF layout code.

Each recognised character becomes an `OcrGlyph` (a `layout.glyphs.Glyph` that
also carries the recogniser's confidence) in page points of the straightened
page. A detected box is about one em tall around Chinese text, so its height
is the glyph size and its bottom sits a descent below the baseline, as for a
font. Box heights jitter by a few points from line to line, which the flow
code would read as size changes (new paragraphs); heights within
`SNAP_SHARE` of the page's usual height are therefore snapped to it. All
characters of one detected line share its baseline, so a line stays one line.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.reading.layout.glyphs import DESCENT_EM, Glyph
from pipeline.reading.ocr.engine import OcrLine

# A line whose height is within this share of the page's usual line height has the usual size.
SNAP_SHARE = 0.2


@dataclass(frozen=True)
class OcrGlyph(Glyph):
    """A glyph read by OCR: the recogniser's probability for this character (0-1)."""

    confidence: float = 1.0


def usual_height(lines: Sequence[OcrLine]) -> float | None:
    """The line height carrying most characters on the page (horizontal lines only)."""
    heights = [line.bottom - line.top for line in lines if not line.vertical for _ in line.chars]
    return statistics.median(heights) if heights else None


def lines_to_glyphs(lines: Sequence[OcrLine], scale: float) -> list[OcrGlyph]:
    """Every character of the page's OCR lines as glyphs in page points (`scale` pixels per point)."""
    usual = usual_height(lines)
    glyphs: list[OcrGlyph] = []
    for line in lines:
        if line.vertical:
            glyphs.extend(_vertical_glyphs(line, scale))
            continue
        height = line.bottom - line.top
        if usual and abs(height - usual) <= SNAP_SHARE * usual:
            height = usual
        size = height / scale
        bottom = (line.top + line.bottom) / 2 / scale + size / 2
        baseline = bottom - DESCENT_EM * size
        for char in line.chars:
            glyphs.append(OcrGlyph(char.text, char.x0 / scale, char.x1 / scale, baseline, size, char.confidence))
    return glyphs


def _vertical_glyphs(line: OcrLine, scale: float) -> list[OcrGlyph]:
    """Characters set one under the other: each its own baseline, the box width as its size."""
    size = (line.x1 - line.x0) / scale
    out = []
    for char in line.chars:
        bottom = char.bottom / scale
        out.append(OcrGlyph(char.text, char.x0 / scale, char.x1 / scale, bottom - DESCENT_EM * size, size, char.confidence))
    return out
