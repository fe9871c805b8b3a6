"""Doubtful figures read again, finer: a figure that reads the same at twice the resolution, surely,
is no longer doubtful.

The recogniser marks a character doubtful when the columns beside it are not surely blank
(a dip between `4` and `6` of `3,467.88` makes both 0.61), and a rule that fails through a
doubtful figure only warns: a misread must not become an error. Most such figures are read
right, though, and the error they hide is then lost. So each figure with a doubtful
character is read again alone, on the page rendered at `FINE_FACTOR` times the resolution:
when the second reading gives the same characters, each at least `LOW_CONFIDENCE`, the
figure takes the second reading's confidence. A figure read differently stays doubtful.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pypdfium2 as pdfium

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.ocr.boxes import OcrGlyph
from pipeline.reading.ocr.engine import read_cell
from pipeline.reading.ocr.image import PageImage, prepare
from schemas.figures import LOW_CONFIDENCE

FINE_FACTOR = 2.0
FIGURE_CHARS = frozenset("0123456789,.%")
# Glyphs of one figure stand closer than this (share of their size); a wider gap starts another.
FIGURE_GAP_EM = 0.6
# Space left around a figure's box when it is cut out (share of its size): clear of neighbours,
# room for the recogniser's padding.
PAD_EM = 0.35


def confirm_figures(page: pdfium.PdfPage, image: PageImage, glyphs: list[Glyph], threads: int) -> tuple[list[Glyph], int]:
    """The glyphs, doubtful figures confirmed by a finer second reading; and how many were."""
    runs = [run for run in _figure_runs(glyphs) if any(_confidence(glyphs[k]) < LOW_CONFIDENCE for k in run)]
    if not runs:
        return glyphs, 0
    scale = image.scale * FINE_FACTOR
    fine = prepare(page, scale, image.skew_deg, image.turns)
    sure: dict[int, float] = {}
    for run in runs:
        text = "".join(glyphs[k].text for k in run)
        confidence = _reread(fine.pixels, scale, _box(glyphs, run), text, threads)
        if confidence is not None:
            sure.update({k: confidence for k in run})
    out = [_with_confidence(g, sure[k]) if k in sure else g for k, g in enumerate(glyphs)]
    return out, len([r for r in runs if r[0] in sure])


def _figure_runs(glyphs: Sequence[Glyph]) -> list[list[int]]:
    """Indexes of glyphs forming figures: figure characters side by side on one baseline."""
    order = sorted((k for k, g in enumerate(glyphs) if g.text in FIGURE_CHARS),
                   key=lambda k: (round(glyphs[k].baseline, 1), glyphs[k].x0))
    runs: list[list[int]] = []
    for k in order:
        g = glyphs[k]
        if runs:
            last = glyphs[runs[-1][-1]]
            if abs(g.baseline - last.baseline) < 0.2 * g.size and 0 <= g.x0 - last.x1 < FIGURE_GAP_EM * g.size:
                runs[-1].append(k)
                continue
        runs.append([k])
    return [run for run in runs if any(glyphs[k].text.isdigit() for k in run)]


def _confidence(glyph: Glyph) -> float:
    return glyph.confidence if isinstance(glyph, OcrGlyph) else 1.0


def _box(glyphs: Sequence[Glyph], run: list[int]) -> tuple[float, float, float, float]:
    """The figure's box in points, padded, but only halfway to the characters beside it on its line."""
    members = [glyphs[k] for k in run]
    size = max(g.size for g in members)
    pad = PAD_EM * size
    left, right = min(g.x0 for g in members), max(g.x1 for g in members)
    baseline = members[0].baseline
    beside = [g for k, g in enumerate(glyphs) if k not in run and not g.text.isspace()
              and abs(g.baseline - baseline) < 0.5 * size]
    before = max((g.x1 for g in beside if g.x1 <= left + 0.1 * size), default=left - 2 * pad)
    after = min((g.x0 for g in beside if g.x0 >= right - 0.1 * size), default=right + 2 * pad)
    return (max(left - pad, (left + before) / 2), min(g.top for g in members) - pad,
            min(right + pad, (right + after) / 2), max(g.bottom for g in members) + pad)


def _reread(pixels: np.ndarray, scale: float, box: tuple[float, float, float, float], text: str,
            threads: int) -> float | None:
    """The second reading's lowest confidence when it reads `text` again, each character surely."""
    window = _window(pixels, box, scale)
    if window.size == 0:
        return None
    lines = read_cell(np.ascontiguousarray(window), threads)
    chars = [c for line in lines for c in line.chars if not c.text.isspace()]
    if "".join(c.text for c in chars) != text or not chars:
        return None
    lowest = min(c.confidence for c in chars)
    return lowest if lowest >= LOW_CONFIDENCE else None


def _window(pixels: np.ndarray, box: tuple[float, float, float, float], scale: float) -> np.ndarray:
    x0, top, x1, bottom = (int(round(v * scale)) for v in box)
    height, width = pixels.shape[:2]
    return pixels[max(top, 0):min(bottom, height), max(x0, 0):min(x1, width)]


def _with_confidence(glyph: Glyph, confidence: float) -> Glyph:
    if not isinstance(glyph, OcrGlyph) or glyph.confidence >= confidence:
        return glyph
    return OcrGlyph(glyph.text, glyph.x0, glyph.x1, glyph.baseline, glyph.size, confidence, glyph.options)
