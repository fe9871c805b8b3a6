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
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # glyphs.py reads its rows through this module
    from pipeline.reading.layout.glyphs import Glyph

_X0 = itemgetter(1)

# The gutter is at least this many ems of the body text wide.
GUTTER_MIN_EM = 1.0
# ... and lies in this middle share of the text block's width.
GUTTER_ZONE = (0.25, 0.75)
# Bins of the band crossed by at most this share of the rows, or this many (a running header, two title
# lines and a page number on a short page), count as empty.
MAX_CROSSING_SHARE = 0.125
MIN_CROSSING_ROWS = 5
# Glyphs closer than this (em) are one run of text: the space between words or characters.
RUN_GAP_EM = 0.9
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
    if len(rows) < 2 * MIN_COLUMN_LINES:
        return list(rows)
    ink = RowInk.of(rows)
    if ink.x0.size == 0:
        return list(rows)
    em = float(np.median(ink.size))
    gutter = ink.gutter(em)
    if gutter is None:
        return list(rows)
    visible_rows = [[g for g in row if not g.text.isspace()] for row in rows]
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
    ink = RowInk.of(rows)
    return ink.gutter(em) if ink.x0.size else None


@dataclass(frozen=True)
class RowInk:
    """The visible glyphs of a page's rows as arrays, each row left to right.

    Arrays because this runs on every page: the Python loop over every glyph's runs and
    every bin they cover cost more than a millisecond a page.
    """

    n_rows: int
    row: np.ndarray
    x0: np.ndarray
    x1: np.ndarray
    size: np.ndarray

    @classmethod
    def of(cls, rows: Sequence[Sequence[Glyph]]) -> RowInk:
        columns = list(zip(*chain.from_iterable(rows)))
        if not columns:
            return cls(len(rows), *(np.zeros(0) for _ in range(4)))
        texts, x0s, x1s, _, sizes = columns
        visible = ~np.fromiter(map(str.isspace, texts), dtype=bool, count=len(texts))
        row = np.repeat(np.arange(len(rows)), [len(r) for r in rows])[visible]
        x0 = np.array(x0s, dtype=np.float64)[visible]
        x1 = np.array(x1s, dtype=np.float64)[visible]
        size = np.array(sizes, dtype=np.float64)[visible]
        order = np.lexsort((x0, row))  # stable: glyphs at one x keep their order
        return cls(len(rows), row[order], x0[order], x1[order], size[order])

    def runs(self, em: float) -> tuple[np.ndarray, np.ndarray]:
        """(x0, x1) of every row's stretches of text: glyphs closer than RUN_GAP_EM joined."""
        row, x0, x1 = self.row, self.x0, self.x1
        n = x0.size
        # The furthest right any earlier glyph of the row reaches: within a row sorted by x0
        # that is the end of the run so far (a gap ends a run only past every earlier glyph).
        by_row_then_x1 = np.lexsort((x1, row))
        rank = np.empty(n, dtype=np.int64)
        rank[by_row_then_x1] = np.arange(n)
        reach = x1[by_row_then_x1[np.maximum.accumulate(rank)]]
        new_run = np.ones(n, dtype=bool)
        new_run[1:] = (row[1:] != row[:-1]) | ~(x0[1:] - reach[:-1] < RUN_GAP_EM * em)
        starts = np.flatnonzero(new_run)
        ends = np.append(starts[1:], n) - 1
        return x0[starts], reach[ends]

    def gutter(self, em: float) -> tuple[float, float] | None:
        left, right = float(self.x0.min()), float(self.x1.max())
        width = right - left
        if width <= 0:
            return None
        lo, hi = left + GUTTER_ZONE[0] * width, left + GUTTER_ZONE[1] * width
        step = max(em / 4, 0.5)
        bins = int(width / step) + 1
        run_x0, run_x1 = self.runs(em)
        first = ((run_x0 - left) / step).astype(np.int64)
        stop = np.minimum(((run_x1 - left) / step).astype(np.int64) + 1, bins)
        spans = first < stop
        edges = np.zeros(bins + 1, dtype=np.int64)
        np.add.at(edges, first[spans], 1)
        np.add.at(edges, stop[spans], -1)
        covered = np.cumsum(edges[:bins])
        limit = max(MIN_CROSSING_ROWS, MAX_CROSSING_SHARE * self.n_rows)
        at = left + np.arange(bins) * step
        empty = np.zeros(bins + 2, dtype=np.int8)
        empty[1:-1] = (covered <= limit) & (lo <= at) & (at <= hi)
        change = np.flatnonzero(np.diff(empty))
        best: tuple[float, float] | None = None
        for start, end in zip(change[::2].tolist(), change[1::2].tolist()):
            x0, x1 = left + start * step, left + end * step
            if x1 - x0 >= GUTTER_MIN_EM * em and (best is None or x1 - x0 > best[1] - best[0]):
                best = (x0, x1)
        return best


def _runs(row: Sequence[Glyph], em: float) -> list[tuple[float, float]]:
    """The row's stretches of text: glyphs closer than RUN_GAP_EM joined."""
    runs: list[tuple[float, float]] = []
    for glyph in sorted(row, key=_X0):
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
