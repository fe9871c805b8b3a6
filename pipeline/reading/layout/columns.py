"""Pages set in two columns: rows split at the gutter, the left column read before the right one.

Rows are found by baseline across the whole page width, so on a page set in two
columns (a bulletin, a newsletter reprint, a scanned magazine page) a row would
join a line of the left column with the line of the right column beside it.
The gutter is found from the ink, not from the page: an empty vertical band,
at least `GUTTER_MIN_EM` wide, in the middle half of the text block, that most
rows leave clear. Consecutive rows that leave it clear form a block (a title
or a table across both columns ends one); a block is read in two columns when
both sides hold lines of running text: enough of them (`MIN_COLUMN_LINES`),
long enough (`MIN_LINE_CHARS`), each one stretch of characters without cell
gaps, and most left lines ending at the gutter as a justified column does.
Those tests keep a borderless table or a label/value form (several cells to a
row, short and ragged) read row by row.

Both engines' glyphs and OCR boxes go through this, so vector and scanned pages
are read the same way.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # glyphs.py reads its rows through this module
    from pipeline.reading.layout.glyphs import Glyph

# The gutter is at least this many ems of the body text wide.
GUTTER_MIN_EM = 1.5
# ... and lies in this middle share of the text block's width.
GUTTER_ZONE = (0.25, 0.75)
# Bins of the band crossed by at most this share of the rows, or this many (a running header, two title
# lines and a page number on a short page), count as empty.
MAX_CROSSING_SHARE = 0.125
MIN_CROSSING_ROWS = 5
# Glyphs closer than this (em) are one run of text: the space between words or characters.
RUN_GAP_EM = 1.0
# A two-column block has at least this many lines on each side, of at least this many characters
# (median), and at least this share of its left lines end within JUSTIFIED_EM of the gutter.
MIN_COLUMN_LINES = 3
MIN_LINE_CHARS = 6
JUSTIFIED_SHARE = 0.5
# ... and at least this share of its lines on each side are one stretch of text (no cell gaps).
ONE_RUN_SHARE = 0.8
JUSTIFIED_EM = 2.0


def in_reading_order(rows: Sequence[list[Glyph]]) -> list[list[Glyph]]:
    """Rows (top to bottom, each left to right) in reading order: the rows of a two-column block
    split at the gutter, its left halves first."""
    visible_rows = [[g for g in row if not g.text.isspace()] for row in rows]
    sizes = [g.size for row in visible_rows for g in row]
    if len(rows) < 2 * MIN_COLUMN_LINES or not sizes:
        return list(rows)
    em = statistics.median(sizes)
    gutter = find_gutter(visible_rows, em)
    if gutter is None:
        return list(rows)
    out: list[list[Glyph]] = []
    block: list[list[Glyph]] = []
    for row, visible in zip(rows, visible_rows):
        if _crosses(visible, gutter, em):
            out.extend(_read_block(block, gutter, em))
            block = []
            out.append(row)
        else:
            block.append(row)
    out.extend(_read_block(block, gutter, em))
    return out


def find_gutter(rows: Sequence[Sequence[Glyph]], em: float) -> tuple[float, float] | None:
    """The widest band (x0, x1) in the middle of the text block that (almost) no row's text
    crosses, or None."""
    glyphs = [g for row in rows for g in row]
    left, right = min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)
    width = right - left
    if width <= 0:
        return None
    lo, hi = left + GUTTER_ZONE[0] * width, left + GUTTER_ZONE[1] * width
    step = max(em / 4, 0.5)
    bins = int(width / step) + 1
    covered = [0] * bins
    for row in rows:
        for x0, x1 in _runs(row, em):
            for k in range(int((x0 - left) / step), min(int((x1 - left) / step) + 1, bins)):
                covered[k] += 1
    limit = max(MIN_CROSSING_ROWS, MAX_CROSSING_SHARE * len(rows))
    best: tuple[float, float] | None = None
    start = None
    for k in range(bins + 1):
        empty = k < bins and covered[k] <= limit and lo <= left + k * step <= hi
        if empty and start is None:
            start = k
        elif not empty and start is not None:
            x0, x1 = left + start * step, left + k * step
            if x1 - x0 >= GUTTER_MIN_EM * em and (best is None or x1 - x0 > best[1] - best[0]):
                best = (x0, x1)
            start = None
    return best


def _runs(row: Sequence[Glyph], em: float) -> list[tuple[float, float]]:
    """The row's stretches of text: glyphs closer than RUN_GAP_EM joined."""
    runs: list[tuple[float, float]] = []
    for glyph in sorted(row, key=lambda g: g.x0):
        if runs and glyph.x0 - runs[-1][1] < RUN_GAP_EM * em:
            runs[-1] = (runs[-1][0], max(runs[-1][1], glyph.x1))
        else:
            runs.append((glyph.x0, glyph.x1))
    return runs


def _crosses(row: Sequence[Glyph], gutter: tuple[float, float], em: float) -> bool:
    middle = (gutter[0] + gutter[1]) / 2
    return any(x0 < middle < x1 for x0, x1 in _runs(row, em))


def _read_block(block: Sequence[list[Glyph]], gutter: tuple[float, float], em: float) -> list[list[Glyph]]:
    """A block's rows, in two columns when both sides hold running text."""
    middle = (gutter[0] + gutter[1]) / 2
    lefts = [[g for g in row if g.x1 <= middle] for row in block]
    rights = [[g for g in row if g.x0 >= middle] for row in block]
    if not _is_text_column(lefts, em, end=gutter[0]) or not _is_text_column(rights, em, end=None):
        return list(block)
    return [row for row in lefts if _visible(row)] + [row for row in rights if _visible(row)]


def _visible(row: Sequence[Glyph]) -> bool:
    return any(not g.text.isspace() for g in row)


def _is_text_column(rows: Sequence[Sequence[Glyph]], em: float, end: float | None) -> bool:
    lines = [[g for g in row if not g.text.isspace()] for row in rows]
    lines = [line for line in lines if line]
    if len(lines) < MIN_COLUMN_LINES or statistics.median(len(line) for line in lines) < MIN_LINE_CHARS:
        return False
    # Running text is one stretch of characters per line; a table's row is several cells.
    if sum(1 for line in lines if len(_runs(line, em)) == 1) < ONE_RUN_SHARE * len(lines):
        return False
    if end is None:
        return True
    justified = sum(1 for line in lines if end - max(g.x1 for g in line) <= JUSTIFIED_EM * em)
    return justified >= JUSTIFIED_SHARE * len(lines)
