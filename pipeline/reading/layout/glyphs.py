"""PDF characters to text lines, the same way whichever engine read the page.

Both engines (pypdfium2 for plain pages, pdfplumber for ruled ones) are reduced
to `Glyph`s: one visible character, its x extent, baseline and size in
top-down page points. Everything after that (dedupe, lines, spaces) is
engine-independent, so a page reads the same whichever engine was used.

Spaces are decided here, not taken from the engine: pdfium invents spaces of
its own and pdfplumber inserts them by an absolute gap, and LibreOffice/Word
spread justified Chinese lines so that neither is reliable. Rule: between
two Latin/digit characters a literal space glyph or a gap of a quarter em is
a space; next to a CJK character only a gap of a full em is (a label/value
layout without rules), since Chinese has no word spaces.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

import numpy as np

from pipeline.reading.layout.columns import in_reading_order

# A gap (in em of the smaller neighbour) that separates two Latin words.
LATIN_SPACE_GAP_EM = 0.25
# A gap that separates two CJK runs: a column gap, not justification spread. Measured with a little
# slack: one engine's box edges are floats a few thousandths off the other's (a full-width space
# between `表1` and `项目` is 10.4999 pt wide in pdfium, 10.5 in pdfminer).
WIDE_SPACE_GAP_EM = 1.0 - 1e-3
# Glyphs whose baselines differ by less than this share of their size are on one line.
SAME_LINE_BASELINE_EM = 0.5
# Fake bold: the same character drawn again within this many points.
DEDUPE_TOLERANCE_PT = 1.0
# Share of the em above the baseline (ascent) and below it (descent), for line boxes.
ASCENT_EM = 0.88
DESCENT_EM = 0.12
# Code points from here on are wide (CJK ideographs, kana, full-width forms, CJK punctuation).
WIDE_FROM = 0x2E80


class _OnBaseline:
    """Vertical extent of text set on a baseline at a font size (y grows downwards)."""

    baseline: float
    size: float

    @property
    def top(self) -> float:
        return self.baseline - ASCENT_EM * self.size

    @property
    def bottom(self) -> float:
        return self.baseline + DESCENT_EM * self.size


class Glyph(NamedTuple):
    """One visible character; y grows downwards from the top of the page.

    A named tuple rather than a frozen dataclass: a page has about a thousand, and
    a tuple is built four times faster (this is the PDF reader's hottest loop).
    """

    text: str
    x0: float
    x1: float
    baseline: float
    size: float

    @property
    def top(self) -> float:
        return self.baseline - ASCENT_EM * self.size

    @property
    def bottom(self) -> float:
        return self.baseline + DESCENT_EM * self.size

    @property
    def center_y(self) -> float:
        return self.baseline - 0.38 * self.size


@dataclass(frozen=True)
class Line(_OnBaseline):
    """A run of glyphs sharing a baseline, with the text decided by the spacing rule.

    `glyphs` are the line's glyphs left to right (literal spaces included), for
    the table builder that needs the gaps inside a line (`layout.aligned`);
    a line made by hand may leave it empty.
    """

    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    glyphs: tuple[Glyph, ...] = field(default=(), compare=False, repr=False)
    # The widest gap between two visible glyphs, in ems of the smaller (None: not measured), so the
    # table builder can pass over a line of prose without walking its glyphs again.
    widest_gap_em: float | None = field(default=None, compare=False, repr=False)


def is_wide(ch: str) -> bool:
    """CJK ideographs, kana, full-width forms and CJK punctuation."""
    return bool(ch) and ord(ch[0]) >= WIDE_FROM


def is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def plumber_chars_to_glyphs(chars: Iterable[dict[str, Any]]) -> list[Glyph]:
    """pdfplumber char dicts (upright ones) to glyphs, whitespace kept as markers. A character drawn at a
    slant (a diagonal watermark, a stamp's text) is dropped, as the pdfium pass drops it; pdfminer calls a
    45° character upright."""
    glyphs = []
    for char in chars:
        if not char.get("upright", True):
            continue
        text = char["text"]
        if not text:
            continue
        matrix = char.get("matrix")
        if matrix and _slanted(matrix):
            continue
        # baseline = bottom minus the descent; the descent is y0 - origin_y (negative).
        baseline = char["bottom"] + (char["y0"] - matrix[5]) if matrix else char["bottom"]
        glyphs.append(Glyph(text, float(char["x0"]), float(char["x1"]), float(baseline), float(char["size"])))
    return glyphs


SLANT_TOLERANCE_DEG = 2.0  # a rotation this close to a quarter turn is that quarter turn


def is_slanted(radians: float) -> bool:
    """A character's angle that is no quarter turn (`SLANT_TOLERANCE_DEG` either side)."""
    angle = math.degrees(radians) % 90
    return SLANT_TOLERANCE_DEG < angle < 90 - SLANT_TOLERANCE_DEG


def _slanted(matrix: Sequence[float]) -> bool:
    """The text matrix turns its character by an angle that is no quarter turn (a shear alone, italics, is none)."""
    return is_slanted(math.atan2(matrix[1], matrix[0]))


def dedupe_glyphs(glyphs: Sequence[Glyph], tolerance: float = DEDUPE_TOLERANCE_PT) -> list[Glyph]:
    """Drop a glyph that repeats an earlier kept one within `tolerance` (fake bold, overprint).

    Only glyphs with a same-text twin within `tolerance` can be dropped or cause a drop,
    so those are found first (vectorized), and the sequential rule runs on them alone.
    """
    ids: dict[str, int] = {}
    text_ids = np.fromiter((-1 if t.isspace() else ids.setdefault(t, len(ids)) for t in map(_TEXT, glyphs)),
                           dtype=np.int64, count=len(glyphs))
    return drop_repeats(glyphs, glyph_twins(glyphs, text_ids, tolerance), tolerance)


def drop_repeats(glyphs: Sequence[Glyph], twins: Sequence[int], tolerance: float = DEDUPE_TOLERANCE_PT) -> list[Glyph]:
    """`glyphs` without the repeats among `twins` (the indexes `glyph_twins` found)."""
    if not twins:
        return list(glyphs)
    dropped = {twins[k] for k in _repeats([glyphs[i] for i in twins], tolerance)}
    return [g for i, g in enumerate(glyphs) if i not in dropped]


def glyph_twins(glyphs: Sequence[Glyph], text_ids: np.ndarray, tolerance: float = DEDUPE_TOLERANCE_PT) -> list[int]:
    """Indexes of the glyphs with another glyph of the same text within `tolerance` both ways, in order.

    `text_ids`: one integer per glyph, equal for equal texts; -1 for whitespace (never a twin).
    """
    visible = np.flatnonzero(text_ids >= 0)
    n = len(visible)
    if n < 2 or np.unique(text_ids[visible]).size == n:
        return []  # every text once: no twins
    count = len(glyphs)
    baseline = np.fromiter(map(_BASELINE, glyphs), dtype=np.float64, count=count)[visible]
    x0 = np.fromiter(map(_X0, glyphs), dtype=np.float64, count=count)[visible]
    text_id = text_ids[visible]
    order = np.lexsort((baseline, text_id))  # by text, then baseline
    t, b, x = text_id[order], baseline[order], x0[order]
    near = np.zeros(n, dtype=bool)
    for k in range(1, n):
        # Same text and baselines within tolerance are runs in this order: once no pair k
        # apart is in one, no pair further apart is.
        same = (t[k:] == t[:-k]) & (b[k:] - b[:-k] <= tolerance)
        if not same.any():
            break
        pair = same & (np.abs(x[k:] - x[:-k]) <= tolerance)
        near[k:] |= pair
        near[:-k] |= pair
    return sorted(visible[order[near]].tolist())


def _repeats(glyphs: Sequence[Glyph], tolerance: float) -> list[int]:
    """Positions of glyphs within `tolerance` of an earlier kept glyph of the same text."""
    # Cells twice the tolerance wide: a point within `tolerance` lies in the same cell or
    # the neighbour on the side its position leans to, so 4 lookups per glyph suffice.
    cell = 2 * tolerance
    seen: dict[tuple[str, int, int], list[Glyph]] = {}
    repeats = []
    for position, glyph in enumerate(glyphs):
        fx, fy = glyph.x0 / cell, glyph.baseline / cell
        bx, by = int(fx // 1), int(fy // 1)
        sx = -1 if fx - bx < 0.5 else 1
        sy = -1 if fy - by < 0.5 else 1
        duplicate = False
        for key in ((glyph.text, bx, by), (glyph.text, bx + sx, by), (glyph.text, bx, by + sy), (glyph.text, bx + sx, by + sy)):
            for other in seen.get(key, ()):
                if abs(other.x0 - glyph.x0) <= tolerance and abs(other.baseline - glyph.baseline) <= tolerance:
                    duplicate = True
                    break
            if duplicate:
                break
        if duplicate:
            repeats.append(position)
            continue
        seen.setdefault((glyph.text, bx, by), []).append(glyph)
    return repeats


_BY_BASELINE_THEN_X = itemgetter(3, 1)
_BY_X = itemgetter(1)
_TEXT, _X0, _BASELINE = itemgetter(0), itemgetter(1), itemgetter(3)
# Every code point that str.isspace() accepts (the last is U+3000, the ideographic space).
WHITESPACE_CODES = np.array([c for c in range(0x3001) if chr(c).isspace()], dtype=np.int64)


def glyphs_to_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (top to bottom), each row left to right: the glyphs of each line."""
    rows: list[list[Glyph]] = []
    anchor_baseline = anchor_size = 0.0
    row: list[Glyph] = []
    for glyph in sorted(glyphs, key=_BY_BASELINE_THEN_X):
        baseline, size = glyph[3], glyph[4]  # indexes, not names: this runs for every glyph
        if row:
            smaller = size if size < anchor_size else anchor_size
            if abs(baseline - anchor_baseline) <= SAME_LINE_BASELINE_EM * smaller:
                row.append(glyph)
                continue
        row = [glyph]
        rows.append(row)
        anchor_baseline, anchor_size = baseline, size
    for row in rows:
        row.sort(key=_BY_X)
    return rows


def reading_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """The glyphs' rows in reading order: top to bottom, a two-column block column by column."""
    return in_reading_order(glyphs_to_rows(glyphs))


def glyphs_to_lines(glyphs: Sequence[Glyph]) -> list[Line]:
    """Group glyphs by baseline into lines in reading order, left to right within a line."""
    lines = [_row_to_line(row) for row in reading_rows(glyphs)]
    return [line for line in lines if line is not None]


def line_of_glyphs(glyphs: Sequence[Glyph]) -> Line | None:
    """One line from glyphs on one baseline (None when they are all spaces)."""
    return _row_to_line(sorted(glyphs, key=_BY_X))


def _row_to_line(row: list[Glyph]) -> Line | None:
    """A row of glyphs (left to right) to a line; None when they are all spaces."""
    parts: list[str] = []
    baselines: list[float] = []
    sizes: list[float] = []
    started = pending_space = previous_wide = False
    first_x0 = right = previous_x1 = previous_size = 0.0
    widest = 0.0
    for text, x0, x1, baseline, size in row:
        if text.isspace():
            pending_space = started
            continue
        if started:
            # Spaces from gaps (module docstring), inline: this runs for every glyph of every page.
            gap = x0 - previous_x1
            em = previous_size if previous_size < size else size
            if not em:
                em, widest = 1.0, math.inf  # a glyph of no size: every gap may be a column's
            if gap > widest * em:
                widest = gap / em
            if previous_wide or ord(text[0]) >= WIDE_FROM:
                if gap >= WIDE_SPACE_GAP_EM * em:
                    parts.append(" ")
            elif pending_space or gap >= LATIN_SPACE_GAP_EM * em:
                parts.append(" ")
            if x1 > right:
                right = x1
        else:
            first_x0, right, started = x0, x1, True
        parts.append(text)
        baselines.append(baseline)
        sizes.append(size)
        previous_x1, previous_size, previous_wide = x1, size, ord(text[-1]) >= WIDE_FROM
        pending_space = False
    if not started:
        return None
    return Line(text="".join(parts), x0=first_x0, x1=right, baseline=_median(baselines), size=_median(sizes),
                glyphs=tuple(row), widest_gap_em=widest)


def _median(values: list[float]) -> float:
    """statistics.median, without its generality (called for every line of every page)."""
    values.sort()
    n = len(values)
    mid = n // 2
    return values[mid] if n % 2 else (values[mid - 1] + values[mid]) / 2


def join_wrapped(parts: Iterable[str]) -> str:
    """Join the lines of one paragraph or cell: no separator, except between Latin words."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and _wants_space_at_wrap(out[-1], part[0]):
            out += " "
        out += part
    return out


def _wants_space_at_wrap(left: str, right: str) -> bool:
    # Two letters (or a letter and a digit) were two words; two digits were one number.
    return is_latin(left) and is_latin(right) and not (left.isdigit() and right.isdigit())
