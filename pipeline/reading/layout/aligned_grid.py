"""The steps of the borderless-table builder (`layout.aligned`), one pure function each.

lines -> chunks: a line's glyphs cut where the gap between two glyphs is a
column gap (an em or more), so `1 036.52` (a thin space) stays one chunk.

chunks -> separators: the column boundaries of a block are the x ranges that
few chunks cover. Counting, for every x, the chunks of the block that cover it
gives a profile that is high inside a column (its cells cover it) and low
between columns (only spanning cells cross there). A separator is a local
minimum of that profile with at least `min_support` chunks more on each side:
a gap that stays empty down the block except under spanning cells. This works
for left-, right- or centre-aligned columns and for sparse columns (a column
with few values still rises above the gaps on its sides).

lines -> rows: rules are row boundaries; lines closer than an em interleave
(a short cell centred beside a wrapped one); a gap clearly wider than the
block's tightest line pitch starts a row; otherwise a line continues the row
above only when each of its chunks sits under a chunk of the same columns that
filled its column (a wrapped cell) or is a bracketed aside (`（万元）`).

rows -> cells: chunks of one row over the same or overlapping columns are one
cell (its colspan the columns it crosses); a leading empty cell under a row
label continues that label (一级指标 written once for several rows).
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pipeline.reading.layout.glyphs import Glyph, Line, join_wrapped, line_of_glyphs
from pipeline.reading.layout.header_words import is_header_word

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom (top-down)

# A header word and a figure together are this many glyphs at most.
MAX_LABEL_VALUE_GLYPHS = 40
# A header word and a figure this far apart (em) in one run are two cells.
SPLIT_GAP_EM = 0.3
# A bracketed aside under a header word is that header's second line: `全年预算数` / `（万元）`.
_BRACKETED = re.compile(r"^[(（\[【][^()（）]*[)）\]】]$")
# A value cell: a number, a percentage, a dash for nothing (never a row label).
_VALUE = re.compile(r"^[-+]?[\d,，.\s]+%?$|^[—–\-/／]+$|^[≥≤=<>＞＜≧≦]")
# ... or a figure with its unit (`2,864.50万元`, `1,386户次`): never a wrapped line of a cell, though a
# caption's `(90分)` may be one.
_FIGURE_WITH_UNIT = re.compile(r"^[-+]?\d[\d,，.\s]*(?:‰|[\u4e00-\u9fff]{1,3})$")


@dataclass(frozen=True)
class Chunk:
    """A run of a line's glyphs without a column gap: one cell's text on one line."""

    line: int  # index of its line in the lines given to the builder
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    text: str


@dataclass(frozen=True)
class Separator:
    """A column boundary: the x range between two columns that few chunks cover."""

    left: float  # where the column on the left ends (spanning cells aside)
    right: float  # where the column on the right starts
    crossing: int  # chunks that cross it (spanning cells)

    @property
    def x(self) -> float:
        return (self.left + self.right) / 2


@dataclass(frozen=True)
class GridCell:
    """A cell of an aligned block, in the block's grid, with the chunks it was made of."""

    row: int
    col: int
    rowspan: int
    colspan: int
    text: str
    chunks: tuple[Chunk, ...]


def is_value_text(text: str) -> bool:
    return bool(_VALUE.match(text.strip()))


def is_figure(text: str) -> bool:
    """A value, or a figure with its unit."""
    return is_value_text(text) or bool(_FIGURE_WITH_UNIT.match(text.strip()))


# --- lines -> chunks ------------------------------------------------------------------


def line_to_chunks(line: Line, index: int, gap_em: float) -> list[Chunk]:
    """The line cut at column gaps (a line without glyphs is one chunk)."""
    widest = line.widest_gap_em
    if not line.glyphs or (widest is not None and widest < gap_em and (
            widest < SPLIT_GAP_EM or len(line.text) - line.text.count(" ") > MAX_LABEL_VALUE_GLYPHS)):
        # no glyph, or prose: no column gap, and no gap wide enough or the line too long for a
        # label and its value (`split_label_value`)
        return [Chunk(index, line.x0, line.x1, line.top, line.bottom, line.size, line.text)]
    runs: list[list[Glyph]] = []
    started = False
    previous_x1 = previous_size = 0.0
    # Line.glyphs are left to right already; fields unpacked: this runs for every glyph of every page.
    for glyph in line.glyphs:
        text, x0, x1, _, size = glyph
        if text.isspace():
            if runs:
                runs[-1].append(glyph)  # a literal space between two words of one cell
            continue
        if not started or x0 - previous_x1 >= gap_em * (size if size < previous_size else previous_size):
            runs.append([glyph])
        else:
            runs[-1].append(glyph)
        started, previous_x1, previous_size = True, x1, size
    pieces = [piece for run in runs for piece in split_label_value(run)]
    if len(pieces) == 1:  # no column gap (prose): the line as it is
        return [Chunk(index, line.x0, line.x1, line.top, line.bottom, line.size, line.text)]
    chunks = []
    for piece in pieces:
        made = line_of_glyphs(piece)
        if made is not None:
            chunks.append(Chunk(index, made.x0, made.x1, made.top, made.bottom, made.size, made.text))
    return chunks


def split_label_value(run: list[Glyph]) -> list[list[Glyph]]:
    """A header word and a figure set close together are two cells (`自评总分(分) 96.33`), as are
    two header words or two figures (`_two_cells`).

    Cut at the widest gap inside the run when the text on each side of it is a cell of its own.
    """
    visible = [g for g in run if not g.text.isspace()]
    if not 3 <= len(visible) <= MAX_LABEL_VALUE_GLYPHS:
        return [run]
    gaps = [b.x0 - a.x1 for a, b in zip(visible, visible[1:])]
    k = gaps.index(max(gaps)) + 1  # the widest gap, the first of equals
    if visible[k].x0 - visible[k - 1].x1 < SPLIT_GAP_EM * min(visible[k].size, visible[k - 1].size):
        return [run]
    left, right = line_of_glyphs(visible[:k]), line_of_glyphs(visible[k:])
    if left is None or right is None or not _two_cells(left.text, right.text):
        return [run]
    cut = visible[k].x0
    return [[g for g in run if g.x0 < cut], [g for g in run if g.x0 >= cut]]


def _two_cells(left: str, right: str) -> bool:
    """A header word and its value, two header words (`全年执行数 执行率`), or two figures the first
    of which ends in its unit (`3,058.43万元 97.81%`): neighbouring cells set close, never one cell."""
    if is_header_word(left):
        return is_figure(right) or is_header_word(right)
    return is_figure(left) and is_figure(right) and not left[-1:].isdigit()


def cut_at_separators(line: Line, chunk: Chunk, separators: Sequence[Separator], min_gap_em: float) -> list[Chunk]:
    """A chunk cut where a gap inside it falls between two columns the block's other lines set apart.

    Two cells set close (`服务对象满意度指` wrapping in its column, `林区群众满意度` in the next, 0.8 em
    apart) run together at the line's column gap of an em; the columns, found from every line, say
    where they part. Only a real gap (`min_gap_em` or more) inside a separator's range is cut: a
    cell that spans the columns runs on without one.
    """
    glyphs = [g for g in line.glyphs if chunk.x0 - 0.01 <= g.x0 and g.x1 <= chunk.x1 + 0.01]
    visible = [g for g in glyphs if not g.text.isspace()]
    cuts = [b.x0 for a, b in zip(visible, visible[1:])
            if (b.x0 - a.x1 >= min_gap_em * min(a.size, b.size) or _separate_runs(a, b))
            and any(sep.left <= (a.x1 + b.x0) / 2 <= sep.right for sep in separators)]
    if not cuts:
        return [chunk]
    pieces: list[list[Glyph]] = [[] for _ in range(len(cuts) + 1)]
    for g in glyphs:
        pieces[sum(1 for x in cuts if g.x0 >= x)].append(g)
    out = []
    for piece in pieces:
        made = line_of_glyphs(piece)
        if made is not None:
            out.append(Chunk(chunk.line, made.x0, made.x1, made.top, made.bottom, made.size, made.text))
    return out


# Baselines this far apart (points) are two runs of text on one line: two OCR detections, whose padded
# boxes may even overlap (`服务对象满意度` ending over `服务对象满意度` of the next cell), or two cells.
RUN_BASELINE_PT = 0.2


def _separate_runs(a: Glyph, b: Glyph) -> bool:
    return abs(a.baseline - b.baseline) > RUN_BASELINE_PT


# --- chunks -> separators -------------------------------------------------------------


def coverage_runs(chunks: Sequence[Chunk]) -> list[tuple[float, float, int]]:
    """(x0, x1, score) over the block's width, equal neighbours merged.

    The score at x is the chunks covering x less the lines whose chunks leave a
    gap at x (a chunk on each side): high inside a column (its cells cover it,
    only the rows where it is empty leave a gap), low between columns (every
    row with cells on both sides leaves a gap, only spanning cells cover it).
    """
    edges = sorted({c.x0 for c in chunks} | {c.x1 for c in chunks})
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    gaps = [
        (a.x1, b.x0)
        for line_chunks in by_line.values()
        for a, b in zip(sorted(line_chunks, key=lambda c: c.x0), sorted(line_chunks, key=lambda c: c.x0)[1:])
    ]
    runs: list[tuple[float, float, int]] = []
    for a, b in zip(edges, edges[1:]):
        mid = (a + b) / 2
        score = sum(1 for c in chunks if c.x0 < mid < c.x1) - sum(1 for g0, g1 in gaps if g0 < mid < g1)
        if runs and runs[-1][2] == score:
            runs[-1] = (runs[-1][0], b, score)
        else:
            runs.append((a, b, score))
    return runs


def find_separators(chunks: Sequence[Chunk], min_support: int, min_width: float) -> list[Separator]:
    """Column boundaries: local minima of the score where chunks stop on the left and start on the right.

    Each boundary needs `min_support` chunks ending in the column on its left
    and as many starting in the column on its right, and one line at least
    with cells on both sides. A header set left over right-aligned figures
    leaves a dip inside its column that no line crosses: the candidate that
    fails worst is dropped and the others judged again, until all hold.
    """
    runs = coverage_runs(chunks)
    candidates: list[tuple[float, float, int]] = []
    for i in range(1, len(runs) - 1):
        x0, x1, low = runs[i]
        if not (runs[i - 1][2] > low < runs[i + 1][2]) or x1 - x0 < min_width:
            continue
        crossing = sum(1 for c in chunks if c.x0 < (x0 + x1) / 2 < c.x1)
        if low >= 0 and crossing > 0:
            continue  # more lines cross here than leave a gap: a dip inside a column
        candidates.append((x0, x1, crossing))
    if not candidates:
        return []
    left_edge, right_edge = runs[0][0], runs[-1][1]
    by_line = lines_of(chunks)
    while candidates:
        verdicts = []
        for k, (x0, x1, _) in enumerate(candidates):
            lo = candidates[k - 1][1] if k else left_edge
            hi = candidates[k + 1][0] if k + 1 < len(candidates) else right_edge
            verdicts.append(_support(by_line, lo, x0, x1, hi))
        failing = [k for k, (ending, starting, pairs) in enumerate(verdicts)
                   if min(ending, starting) < min_support or not (pairs or (k == 0 and _caption_gap(chunks, candidates[0])))]
        if not failing:
            break
        worst = min(failing, key=lambda k: (verdicts[k][2], min(verdicts[k][:2]), candidates[k][1] - candidates[k][0]))
        del candidates[worst]
    return [Separator(x0, x1, crossing) for x0, x1, crossing in candidates]


def _caption_gap(chunks: Sequence[Chunk], candidate: tuple[float, float, int]) -> bool:
    """A clean gap right of a caption column: no chunk crosses it and only text lies left of it.

    A caption written once over a block's rows (`项目资金（万元）`, wrapped in a
    narrow first column) shares no line with the labels beside it, so it has
    no line with cells on both sides of its boundary; it is still a column.
    """
    x0, _, crossing = candidate
    left = [c for c in chunks if c.x1 <= x0]
    return crossing == 0 and bool(left) and not any(is_value_text(c.text) for c in left)


def lines_of(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """The chunks of each line, left to right."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    return [sorted(members, key=lambda c: c.x0) for members in by_line.values()]


def _support(by_line: Sequence[Sequence[Chunk]], lo: float, x0: float, x1: float, hi: float) -> tuple[int, int, int]:
    """(chunks ending in (lo, x0], chunks starting in [x1, hi), lines where one is followed by the other)."""
    ending = starting = pairs = 0
    for members in by_line:
        ends = [lo < c.x1 <= x0 for c in members]
        starts = [x1 <= c.x0 < hi for c in members]
        ending += sum(ends)
        starting += sum(starts)
        pairs += any(a and b for a, b in zip(ends, starts[1:]))
    return ending, starting, pairs


def merge_separators(found: Sequence[Separator], tolerance: float) -> list[Separator]:
    """Separators of several sections as one list, left to right.

    Narrow separators are the precise ones: a wider one that overlaps (or lies
    within `tolerance` of) one already kept is the same boundary seen in a
    sparser section, and is dropped.
    """
    kept: list[Separator] = []
    for sep in sorted(found, key=lambda s: s.right - s.left):
        if any(sep.left - tolerance < k.right and k.left < sep.right + tolerance for k in kept):
            continue
        kept.append(sep)
    return sorted(kept, key=lambda s: s.x)


def column_cores(separators: Sequence[Separator], x0: float, x1: float) -> list[tuple[float, float]]:
    """Each column's x range between the separators around it."""
    lefts = [x0] + [s.right for s in separators]
    rights = [s.left for s in separators] + [x1]
    return list(zip(lefts, rights))


def chunk_hits(chunk: Chunk, cores: Sequence[tuple[float, float]], min_overlap_em: float) -> tuple[int, int] | None:
    """The first and last column whose core a chunk covers (more than a sliver of each), if any."""
    need = min(min_overlap_em * chunk.size, 0.5 * (chunk.x1 - chunk.x0))
    hit = [j for j, (a, b) in enumerate(cores) if min(chunk.x1, b) - max(chunk.x0, a) >= need]
    return (hit[0], hit[-1]) if hit else None


def _distance(chunk: Chunk, core: tuple[float, float]) -> float:
    return max(core[0] - chunk.x1, chunk.x0 - core[1], 0.0)


def line_columns(
    line_chunks: Sequence[Chunk], cores: Sequence[tuple[float, float]], min_overlap_em: float
) -> dict[int, tuple[int, int]]:
    """Columns of a line's chunks: by the cores they cover, the others in order between them.

    A chunk between two cores (a header set left above right-aligned figures)
    takes the nearest free column between its neighbours' columns, leaving one
    for each chunk still to place, so a header line's words keep their order.
    """
    ordered = sorted(line_chunks, key=lambda c: c.x0)
    hits = [chunk_hits(c, cores, min_overlap_em) for c in ordered]
    out: dict[int, tuple[int, int]] = {}
    last = len(cores) - 1
    k = 0
    while k < len(ordered):
        hit = hits[k]
        if hit is not None:
            out[id(ordered[k])] = hit
            k += 1
            continue
        run_end = k
        while run_end < len(ordered) and hits[run_end] is None:
            run_end += 1
        lo = out[id(ordered[k - 1])][1] + 1 if k else 0
        next_hit = hits[run_end] if run_end < len(ordered) else None
        hi = next_hit[0] - 1 if next_hit is not None else last
        for m in range(k, run_end):
            chunk = ordered[m]
            top = hi - (run_end - m - 1)
            choices = range(lo, top + 1) if lo <= top else range(len(cores))
            col = min(choices, key=lambda j: _distance(chunk, cores[j]))
            out[id(chunk)] = (col, col)
            lo = col + 1
        k = run_end
    return out


# --- lines -> rows --------------------------------------------------------------------


def tightest_pitch(lines: Sequence[Line], interleave_em: float) -> float | None:
    """The smallest usual baseline distance in a block (wrapped lines of one cell, or unpadded rows)."""
    steps = [
        b.baseline - a.baseline
        for a, b in zip(lines, lines[1:])
        if b.baseline - a.baseline >= interleave_em * min(a.size, b.size)
    ]
    if not steps:
        return None
    low = sorted(steps)[: max(1, len(steps) // 4)]
    return statistics.median(low)


@dataclass(frozen=True)
class RowContext:
    """What the row grouping needs to know about a block besides its lines."""

    columns: dict[int, tuple[int, int]]  # chunk id -> (first col, last col)
    col_right: dict[tuple[int, int], float]  # (first, last) -> rightmost end of the chunks with those columns
    rules: tuple[float, ...]  # y of the rules across the block
    pitch: float | None
    padded: bool  # rows are set further apart than wrapped lines
    row_per_line: bool = False  # text: each line is a row, unless it only runs on wrapped cells
    cells_wrap: bool = True  # a tab-separated text's cells never do


def rule_between(rules: Sequence[float], upper: Line, lower: Line) -> bool:
    return any(upper.baseline < y < lower.baseline - 0.5 * lower.size for y in rules)


def continues_row(upper: Sequence[Chunk], lower: Sequence[Chunk], ctx: RowContext, wrap_slack_em: float) -> bool:
    """Whether every chunk of `lower` is the next line of a cell of `upper` (same columns, wrapped)."""
    if not lower:
        return True
    above = {ctx.columns[id(c)]: c for c in upper}
    for chunk in lower:
        span = ctx.columns[id(chunk)]
        over = above.get(span)
        if over is None or is_figure(chunk.text) or is_figure(over.text):
            return False  # figures never wrap
        if _BRACKETED.match(chunk.text):
            continue  # `（万元）` under `全年预算数`
        wrapped = over.x1 >= ctx.col_right[span] - wrap_slack_em * over.size
        same_start = abs(chunk.x0 - over.x0) <= 0.5 * over.size
        same_centre = abs((chunk.x0 + chunk.x1) - (over.x0 + over.x1)) <= over.size
        if not (wrapped and (same_start or same_centre)):
            return False
    return True


def group_rows(
    lines: Sequence[Line],
    chunks: Sequence[Sequence[Chunk]],
    ctx: RowContext,
    interleave_em: float,
    row_gap_factor: float,
    wrap_slack_em: float,
) -> list[list[int]]:
    """Indices (into `lines`) of the lines of each row, top to bottom.

    In a padded block, a line that only continues wrapped cells of the line
    above at the tight pitch (a merged row label running on below its first
    row) stays with that line, and the next line is measured from the line it
    continues, not from it.
    """
    rows: list[list[int]] = []
    anchor = 0  # the line the next line's distance is measured from
    for i, line in enumerate(lines):
        if not rows:
            rows.append([i])
            continue
        previous = lines[i - 1]
        step = line.baseline - lines[anchor].baseline
        tight = ctx.pitch is not None and 0.85 * ctx.pitch <= line.baseline - previous.baseline <= 1.15 * ctx.pitch
        if ctx.row_per_line:
            # text: a line is a row, unless it only runs on cells the line above filled to their
            # column's edge (a `pdftotext -layout` dump wraps a long name inside its cell)
            if ctx.cells_wrap and chunks[i] and continues_row(chunks[i - 1], chunks[i], ctx, wrap_slack_em):
                rows[-1].append(i)
            else:
                rows.append([i])
        elif rule_between(ctx.rules, previous, line):
            rows.append([i])
        elif ctx.padded and tight:
            rows[-1].append(i)
            if continues_row(chunks[i - 1], chunks[i], ctx, wrap_slack_em):
                continue  # wrapped cells running on: keep measuring from the row's line they continue
        elif step < interleave_em * min(line.size, lines[anchor].size):
            rows[-1].append(i)  # interleaved with the line above: a cell centred beside a wrapped one
        elif ctx.pitch is not None and step > row_gap_factor * ctx.pitch:
            rows.append([i])
        elif ctx.padded or continues_row(chunks[i - 1], chunks[i], ctx, wrap_slack_em):
            rows[-1].append(i)
        else:
            rows.append([i])
        anchor = i
    return rows


def lift_captions(
    chunks: Sequence[Chunk], cores: Sequence[tuple[float, float]], pitch: float | None, s: CaptionSettings
) -> list[tuple[Chunk, ...]]:
    """Captions wrapped down the first column over several rows (`预算执行 / 情况（元） / (10分)`).

    In a padded block (`pitch` given), first-column chunks one pitch apart,
    each but the last filling the column, starting alike, are one cell whatever
    rows their lines fall in. They are taken out before rows are grouped (their
    lines would interleave with the rows beside them) and put back as one cell.
    """
    if pitch is None:
        return []
    limit = cores[0][1]
    runs: list[list[Chunk]] = []
    for chunk in chunks:
        if chunk_hits(chunk, cores, s.min_overlap_em) != (0, 0) or is_value_text(chunk.text):
            continue
        if runs:
            prev = runs[-1][-1]
            step = chunk.top - prev.top
            if (
                0.85 * pitch <= step <= 1.15 * pitch
                and abs(chunk.x0 - prev.x0) <= 0.5 * prev.size
                and prev.x1 >= limit - s.wrap_slack_em * prev.size
            ):
                runs[-1].append(chunk)
                continue
        runs.append([chunk])
    return [tuple(run) for run in runs if len(run) >= 2]


class CaptionSettings(Protocol):
    @property
    def min_overlap_em(self) -> float: ...

    @property
    def wrap_slack_em(self) -> float: ...


# --- rows -> cells --------------------------------------------------------------------


def row_cells(row: int, row_chunks: Sequence[Chunk], columns: dict[int, tuple[int, int]]) -> list[GridCell]:
    """The cells of one row: chunks over overlapping column ranges merged, text joined line by line."""
    groups: list[tuple[int, int, list[Chunk]]] = []
    for chunk in sorted(row_chunks, key=lambda c: columns[id(c)]):
        first, last = columns[id(chunk)]
        if groups and first <= groups[-1][1]:
            a, b, members = groups[-1]
            groups[-1] = (a, max(b, last), [*members, chunk])
        else:
            groups.append((first, last, [chunk]))
    return [GridCell(row, a, 1, b - a + 1, cell_text(members), tuple(members)) for a, b, members in groups]


def cell_text(chunks: Sequence[Chunk]) -> str:
    """Chunks of one cell: those of one line joined by a space, lines joined as wrapped text."""
    by_line: dict[int, list[Chunk]] = {}
    for chunk in chunks:
        by_line.setdefault(chunk.line, []).append(chunk)
    lines = [" ".join(c.text for c in sorted(by_line[k], key=lambda c: c.x0)) for k in sorted(by_line)]
    return join_wrapped(lines)


def fill_row_labels(cells: list[GridCell], n_rows: int, first_body_row: int, blocked: set[int]) -> list[GridCell]:
    """Extend a row label down over the leading empty cells below it (a label written once).

    Row r's leading empty columns (left of its first cell) take the label above
    them when that label is text (not a value), covers no other column that row
    r fills, and no rule separates the rows (`blocked` holds rows that start
    after a rule). Header rows (before `first_body_row`) are left alone.
    """
    owner: dict[tuple[int, int], int] = {}
    out = list(cells)

    def index_cells() -> None:
        owner.clear()
        for k, c in enumerate(out):
            for r in range(c.row, c.row + c.rowspan):
                for col in range(c.col, c.col + c.colspan):
                    owner[(r, col)] = k

    index_cells()
    for r in range(max(first_body_row, 1), n_rows):
        if r in blocked:
            continue
        filled = sorted(c.col for c in out if c.row == r)
        if not filled:
            continue
        col = 0
        while col < filled[0]:
            k = owner.get((r - 1, col))
            if k is None:
                break
            above = out[k]
            if above.row < first_body_row or is_value_text(above.text) or above.col + above.colspan > filled[0]:
                break
            out[k] = GridCell(above.row, above.col, above.rowspan + 1, above.colspan, above.text, above.chunks)
            index_cells()
            col = above.col + above.colspan
    return out
