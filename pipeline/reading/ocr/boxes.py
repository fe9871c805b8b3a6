"""OCR boxes to layout glyphs, so a scanned page goes through the vector-PDF layout code.

Each recognised character becomes an `OcrGlyph` (a `layout.glyphs.Glyph` that
also carries the recogniser's confidence) in page points of the straightened
page. A detected box is about one em tall around Chinese text, so its height
is a first guess at the glyph size, refined from the characters' advance
(`line_size`). Sizes jitter by a few points from line to line, which the flow
code would read as size changes (new paragraphs), so sizes within
`SNAP_SHARE` of each other are snapped to one. All characters of one
detected line share its baseline, so a line stays one line.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence

from pipeline.reading.layout.glyphs import ASCENT_EM, DESCENT_EM, Glyph, is_wide
from pipeline.reading.ocr.engine import OcrLine

# A line whose height is within this share of the page's usual line height has the usual size.
SNAP_SHARE = 0.2
# Text height as a share of the height of a short detected box (a word, a heading's tail).
SHORT_BOX_EM = 0.85


class OcrGlyph(Glyph):
    """A glyph read by OCR: the recogniser's probability for this character (0-1), and for a
    doubtful one the classes it weighed (`forms` picks among them).

    `Glyph` is a named tuple (the PDF reader's hot loops unpack its five fields), so the
    confidence and options live beside the tuple, not in it: an `OcrGlyph` is still a
    five-field glyph to the layout code. Copies are made with `with_text`, not `_replace`.
    """

    confidence: float
    options: tuple[tuple[str, float], ...]

    def __new__(cls, text: str, x0: float, x1: float, baseline: float, size: float,
                confidence: float = 1.0, options: tuple[tuple[str, float], ...] = ()) -> OcrGlyph:
        glyph = super().__new__(cls, text, x0, x1, baseline, size)
        glyph.confidence = confidence
        glyph.options = options
        return glyph

    def __repr__(self) -> str:
        return f"OcrGlyph({tuple(self)!r}, confidence={self.confidence!r}, options={self.options!r})"

    def with_text(self, text: str) -> OcrGlyph:
        return OcrGlyph(text, self.x0, self.x1, self.baseline, self.size, self.confidence, self.options)


def line_size(line: OcrLine) -> float:
    """The line's font size in pixels.

    A detected box is padded more around short words than around long lines
    (9 pt text in a table cell gets a box 1.3-1.7 em tall), so the size is read
    from the characters' advance where the line has neighbours to measure: a
    Chinese character advances one em, a digit half an em. The box height is
    the fallback for lone characters.
    """
    advances: list[float] = []
    for a, b in zip(line.chars, line.chars[1:]):
        step = ((b.x0 + b.x1) - (a.x0 + a.x1)) / 2
        if is_wide(a.text) and is_wide(b.text):
            advances.append(step)
        elif a.text.isdigit() and b.text.isdigit():
            advances.append(2 * step)
    height = line.bottom - line.top
    if len(advances) < 2:
        # One advance is a guess (CTC columns are an eighth of an em apart); a short box is
        # padded by about a sixth of its height.
        return max(advances[0] if advances else 0.0, SHORT_BOX_EM * height)
    # Justified lines spread characters a little; never more than the box is tall.
    return min(statistics.median(advances), height * 1.1)


def snap_sizes(sizes: Sequence[float], weights: Sequence[int]) -> list[float]:
    """Sizes within `SNAP_SHARE` of a cluster's smallest size take the cluster's weighted median."""
    order = sorted(range(len(sizes)), key=lambda k: sizes[k])
    clusters: list[list[int]] = []
    for k in order:
        if clusters and sizes[k] <= sizes[clusters[-1][0]] * (1 + SNAP_SHARE):
            clusters[-1].append(k)
        else:
            clusters.append([k])
    snapped = list(sizes)
    for cluster in clusters:
        expanded = sorted(sizes[k] for k in cluster for _ in range(max(weights[k], 1)))
        middle = expanded[len(expanded) // 2]
        for k in cluster:
            snapped[k] = middle
    return snapped


def lines_to_glyphs(lines: Sequence[OcrLine], scale: float) -> list[OcrGlyph]:
    """Every character of the page's OCR lines as glyphs in page points (`scale` pixels per point)."""
    flat = [line for line in lines if not line.vertical]
    sizes = snap_sizes([line_size(line) for line in flat], [len(line.chars) for line in flat])
    glyphs: list[OcrGlyph] = []
    for line, size_px in zip(flat, sizes):
        size = size_px / scale
        # The box is padded evenly: its middle is the middle of the text.
        baseline = (line.top + line.bottom) / 2 / scale + (ASCENT_EM - 0.5) * size
        for char in line.chars:
            if char.space_before:  # a space marker, as a PDF text layer has them
                glyphs.append(OcrGlyph(" ", char.x0 / scale, char.x0 / scale, baseline, size, char.confidence))
            glyphs.append(OcrGlyph(char.text, char.x0 / scale, char.x1 / scale, baseline, size, char.confidence,
                                   char.options))
    glyphs = pair_quotes(glyphs)
    for line in lines:
        if line.vertical:
            glyphs.extend(_vertical_glyphs(line, scale))
    return glyphs


_QUOTES = {"“": True, "”": False, '"': None}


def pair_quotes(glyphs: list[OcrGlyph]) -> list[OcrGlyph]:
    """Double quotes set open/close by alternation in reading order.

    The recogniser tells “ from ” poorly (they differ by a few pixels), and a quote read the
    wrong way round cuts a quoted project name short.
    """
    out = []
    inside = False
    for glyph in glyphs:
        if glyph.text in _QUOTES:
            wanted = "”" if inside else "“"
            inside = not inside
            if glyph.text != wanted:
                glyph = glyph.with_text(wanted)
        out.append(glyph)
    return out
def _vertical_glyphs(line: OcrLine, scale: float) -> list[OcrGlyph]:
    """Characters set one under the other: each its own baseline, the box width as its size."""
    size = (line.x1 - line.x0) / scale
    out = []
    for char in line.chars:
        bottom = char.bottom / scale
        out.append(OcrGlyph(char.text, char.x0 / scale, char.x1 / scale, bottom - DESCENT_EM * size, size, char.confidence))
    return out


def retext(glyph: Glyph, text: str) -> Glyph:
    """The glyph with other text, an OCR glyph keeping its confidence and options."""
    return glyph.with_text(text) if isinstance(glyph, OcrGlyph) else glyph._replace(text=text)
