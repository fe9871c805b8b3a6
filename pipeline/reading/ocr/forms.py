"""A table column's own form settles what the recogniser could not: a comparator read as a digit.

Target values of an indicator table open with a comparator (`≥95%`, `≤120万元`,
`=12个`). At scan resolution `≥` is a few pixels from `2` and `>`: under speckle
the recogniser reads `≥600人次` as `2600人次` or `>600人次`, still fairly sure.
What it weighed is kept (`OcrChar.options`), and the column says what its cells
look like: where other cells of the same column open with comparators, a cell
whose first character had one of those comparators among its candidates
(`MIN_OPTION_P`) opens with it too. A column without comparators, a candidate
the recogniser gave no weight, or a comparator the column does not use change
nothing, so a figure such as `25年` in a column of plain figures stays as read.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import BBox, TablePart, glyphs_in_bbox
from pipeline.reading.ocr.boxes import OcrGlyph, retext

COMPARATORS = frozenset("≥≤><=＞＜＝≧≦")
# Cells of a column opening with a comparator, at least, for the column to have that form.
MIN_FORM_CELLS = 2
# A comparator the recogniser gave at least this much at the first character of a cell.
MIN_OPTION_P = 0.02


def settle_comparators(parts: Sequence[TablePart], glyphs: Sequence[Glyph]) -> tuple[list[Glyph], int]:
    """The glyphs with cells' first characters set to their column's comparator where the
    recogniser weighed it; and how many were changed."""
    changed: dict[int, str] = {}  # id of glyph -> new text
    for part in parts:
        local = glyphs_in_bbox(glyphs, part.bbox)
        by_column: dict[int, list[Glyph]] = {}
        for cell in part.cells:
            first = _first_glyph(glyphs_in_bbox(local, cell.bbox))
            if first is not None:
                by_column.setdefault(cell.col, []).append(first)
        for firsts in by_column.values():
            used = [g.text for g in firsts if g.text in COMPARATORS]
            if len(used) < MIN_FORM_CELLS:
                continue
            for glyph in firsts:
                # The forms of the *other* cells: a misread comparator does not vouch for itself.
                others = Counter(used) - Counter([glyph.text])
                choice = _weighed_comparator(glyph, set(others))
                if choice is not None:
                    changed[id(glyph)] = choice
    if not changed:
        return list(glyphs), 0
    return [retext(g, changed[id(g)]) if id(g) in changed else g for g in glyphs], len(changed)


def off_form(parts: Sequence[TablePart], glyphs: Sequence[Glyph]) -> list[tuple[Glyph, BBox]]:
    """Cells of a comparator column that open with a digit (`25年` among `≥95%`, `≤120万元`): their
    first glyph and box, to be read again at a higher resolution."""
    out: list[tuple[Glyph, BBox]] = []
    for part in parts:
        local = glyphs_in_bbox(glyphs, part.bbox)
        by_column: dict[int, list[tuple[Glyph, BBox]]] = {}
        for cell in part.cells:
            first = _first_glyph(glyphs_in_bbox(local, cell.bbox))
            if first is not None:
                by_column.setdefault(cell.col, []).append((first, cell.bbox))
        for cells in by_column.values():
            if sum(1 for g, _ in cells if g.text in COMPARATORS) >= MIN_FORM_CELLS:
                out.extend((g, box) for g, box in cells if g.text.isdigit())
    return out


def opens_with_comparator(read: str, before: str) -> str | None:
    """The comparator a second reading put where the first read a digit: `≥5年` for `25年` (the
    rest must read the same), else None."""
    read, before = "".join(read.split()), "".join(before.split())
    if len(read) >= 2 and read[0] in COMPARATORS and read[1:] == before[1:] and before[:1].isdigit():
        return read[0]
    return None


def _first_glyph(cell_glyphs: Sequence[Glyph]) -> Glyph | None:
    """The cell's first visible character: leftmost of its top line."""
    visible = [g for g in cell_glyphs if not g.text.isspace()]
    if not visible:
        return None
    top = min(g.baseline for g in visible)
    line = [g for g in visible if g.baseline - top < 0.5 * g.size]
    return min(line, key=lambda g: g.x0)


def _weighed_comparator(glyph: Glyph, used: set[str]) -> str | None:
    """The column's comparator the recogniser weighed for this glyph, when it read something
    else (a digit, or a comparator the column does not use)."""
    if not isinstance(glyph, OcrGlyph) or glyph.text in used or not glyph.options:
        return None
    if not (glyph.text.isdigit() or glyph.text in COMPARATORS):
        return None
    weighed = [(p, ch) for ch, p in glyph.options if ch in used and p >= MIN_OPTION_P]
    return max(weighed)[1] if weighed else None
