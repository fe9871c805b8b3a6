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

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.reading.layout.columns import in_reading_order

# A gap (in em of the smaller neighbour) that separates two Latin words.
LATIN_SPACE_GAP_EM = 0.25
# A gap that separates two CJK runs: a column gap, not justification spread.
WIDE_SPACE_GAP_EM = 1.0
# Glyphs whose baselines differ by less than this share of their size are on one line.
SAME_LINE_BASELINE_EM = 0.5
# Fake bold: the same character drawn again within this many points.
DEDUPE_TOLERANCE_PT = 1.0
# Share of the em above the baseline (ascent) and below it (descent), for line boxes.
ASCENT_EM = 0.88
DESCENT_EM = 0.12


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


@dataclass(frozen=True)
class Glyph(_OnBaseline):
    """One visible character; y grows downwards from the top of the page."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float

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


def is_wide(ch: str) -> bool:
    """CJK ideographs, kana, full-width forms and CJK punctuation."""
    return bool(ch) and ord(ch[0]) >= 0x2E80


def is_latin(ch: str) -> bool:
    return bool(ch) and ch.isascii() and ch.isalnum()


def plumber_chars_to_glyphs(chars: Iterable[dict[str, Any]]) -> list[Glyph]:
    """pdfplumber char dicts (upright ones) to glyphs, whitespace kept as markers."""
    glyphs = []
    for char in chars:
        if not char.get("upright", True):
            continue
        text = char["text"]
        if not text:
            continue
        matrix = char.get("matrix")
        # baseline = bottom minus the descent; the descent is y0 - origin_y (negative).
        baseline = char["bottom"] + (char["y0"] - matrix[5]) if matrix else char["bottom"]
        glyphs.append(Glyph(text, float(char["x0"]), float(char["x1"]), float(baseline), float(char["size"])))
    return glyphs


def dedupe_glyphs(glyphs: Sequence[Glyph], tolerance: float = DEDUPE_TOLERANCE_PT) -> list[Glyph]:
    """Drop a glyph that repeats an earlier one within `tolerance` (fake bold, overprint)."""
    # Cells twice the tolerance wide: a point within `tolerance` lies in the same cell or
    # the neighbour on the side its position leans to, so 4 lookups per glyph suffice.
    cell = 2 * tolerance
    seen: dict[tuple[str, int, int], list[Glyph]] = {}
    kept = []
    for glyph in glyphs:
        if glyph.text.isspace():
            kept.append(glyph)
            continue
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
            continue
        seen.setdefault((glyph.text, bx, by), []).append(glyph)
        kept.append(glyph)
    return kept


def glyphs_to_rows(glyphs: Sequence[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline (top to bottom), each row left to right: the glyphs of each line."""
    ordered = sorted(glyphs, key=lambda g: (g.baseline, g.x0))
    rows: list[list[Glyph]] = []
    for glyph in ordered:
        if rows:
            row = rows[-1]
            anchor = row[0]
            limit = SAME_LINE_BASELINE_EM * min(anchor.size, glyph.size)
            if abs(glyph.baseline - anchor.baseline) <= limit:
                row.append(glyph)
                continue
        rows.append([glyph])
    for row in rows:
        row.sort(key=lambda g: g.x0)
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
    return _row_to_line(sorted(glyphs, key=lambda g: g.x0))


def _row_to_line(row: list[Glyph]) -> Line | None:
    visible = [g for g in row if not g.text.isspace()]
    if not visible:
        return None
    parts: list[str] = []
    previous: Glyph | None = None
    pending_space = False
    for glyph in row:
        if glyph.text.isspace():
            pending_space = previous is not None
            continue
        if previous is not None and _needs_space(previous, glyph, pending_space):
            parts.append(" ")
        parts.append(glyph.text)
        previous = glyph
        pending_space = False
    sizes = [g.size for g in visible]
    return Line(
        text="".join(parts),
        x0=visible[0].x0,
        x1=max(g.x1 for g in visible),
        baseline=statistics.median(g.baseline for g in visible),
        size=statistics.median(sizes),
        glyphs=tuple(row),
    )


def _needs_space(left: Glyph, right: Glyph, literal_space: bool) -> bool:
    gap = right.x0 - left.x1
    em = min(left.size, right.size) or 1.0
    if is_wide(left.text[-1]) or is_wide(right.text[0]):
        return gap >= WIDE_SPACE_GAP_EM * em
    return literal_space or gap >= LATIN_SPACE_GAP_EM * em


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
