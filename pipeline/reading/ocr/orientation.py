"""Which way up a scanned page is, in quarter turns.

A landscape form scanned into a portrait page, or a page fed upside down, reaches
OCR turned by 90, 180 or 270 degrees. Read as it lies, a turned page gives
nothing (its lines stand on end, or every character is upside down), so it is
turned upright before its text is read:

- **a quarter turn** shows in the text lines' shape: the detector's boxes of a
  page lying on its side are tall, not wide. The boxes are the ones the page's
  reading detects anyway, so an upright page pays no second detection.
- **which way** (0 or 180; 90 or 270) only the recogniser can tell: the start of
  the longest lines is read both ways, and the way it reads with more confidence
  wins. An upside-down Chinese line reads as scattered rare characters at low
  confidence. That is a few short crops a page.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from pipeline.reading.ocr.engine import recognise

# A box at least this many times as long as thick is a line of text (shorter ones, a lone character
# or a figure in a narrow cell, say little of the direction).
LINE_ASPECT = 2.0
# The page lies on its side when this share of the lines' length stands on end; a page of
# upright text with a few vertical labels (`决` / `策` stacked in a merged cell) stays as it is.
ON_END_SHARE = 0.75
# Lines read both ways to settle up or down, each cut to its first characters (a square each).
SAMPLE_LINES = 4
SAMPLE_CHARS = 10

Box = tuple[int, int, int, int]  # x0, top, x1, bottom in image pixels


def upright_turns(engine: Any, image: np.ndarray, quads: Sequence[np.ndarray] | np.ndarray) -> int:
    """Counter-clockwise quarter turns (0-3, np.rot90's `k`) that put the page's text upright,
    from the text-line boxes detected on it."""
    lines = [box for box in map(_extent, quads) if _is_line(box)]
    if not lines:
        return 0
    on_end = sum(b[3] - b[1] for b in lines if b[3] - b[1] > b[2] - b[0])
    flat = sum(b[2] - b[0] for b in lines if b[2] - b[0] > b[3] - b[1])
    candidates = (1, 3) if on_end >= ON_END_SHARE * (on_end + flat) else (0, 2)
    longest = sorted(lines, key=lambda b: -max(b[2] - b[0], b[3] - b[1]))[:SAMPLE_LINES]
    crops = [_start_of(image, box) for box in longest]
    scores = {k: _confidence(engine, [np.ascontiguousarray(np.rot90(c, k)) for c in crops]) for k in candidates}
    # Upright unless the other way reads clearly better: a page of figures reads as well both ways.
    first, second = candidates
    return second if scores[second] > scores[first] else first


def _extent(quad: np.ndarray) -> Box:
    """A detected quadrilateral's upright box in image pixels."""
    points = np.asarray(quad, dtype=np.float64)
    return (max(int(points[:, 0].min()), 0), max(int(points[:, 1].min()), 0),
            int(np.ceil(points[:, 0].max())), int(np.ceil(points[:, 1].max())))


def _is_line(box: Box) -> bool:
    x0, top, x1, bottom = box
    long_side, short_side = max(x1 - x0, bottom - top), min(x1 - x0, bottom - top)
    return short_side > 0 and long_side >= LINE_ASPECT * short_side


def _start_of(image: np.ndarray, box: Box) -> np.ndarray:
    """The line's crop, cut to about SAMPLE_CHARS characters along it (either end will do)."""
    x0, top, x1, bottom = box
    reach = SAMPLE_CHARS * min(x1 - x0, bottom - top)
    return image[top:min(bottom, top + reach), x0:min(x1, x0 + reach)]


def _confidence(engine: Any, crops: Sequence[np.ndarray]) -> float:
    """Mean confidence of the characters the recogniser reads in the crops (0 when it reads none)."""
    scores = [conf for decoded in recognise(engine.text_rec, crops) for ch, _, conf in decoded.chars if ch != " "]
    return float(np.mean(scores)) if scores else 0.0
