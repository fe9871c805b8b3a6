"""One candidate block of aligned text to a grid of cells (a step of `layout.aligned`).

A form is cut into sections at its header lines (funds, goals, indicators each
have their own columns); each section's column boundaries are found from its
body lines (`aligned_grid.find_separators`), and the block's grid is the union
of all sections' boundaries. A cell spans the grid's columns up to its own
section's boundaries, as a merged cell of a ruled form would. A caption wrapped
down the first column over several rows is lifted out first and put back as
one cell; then rows are grouped, cells made, and row labels written once
extended down over the rows they label.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pipeline.reading.layout.aligned_grid import (
    SPLIT_GAP_EM,
    Chunk,
    GridCell,
    RowContext,
    Separator,
    cell_text,
    column_cores,
    cut_at_separators,
    fill_row_labels,
    find_separators,
    group_rows,
    is_value_text,
    lift_captions,
    line_columns,
    merge_separators,
    row_cells,
    tightest_pitch,
)
from pipeline.reading.layout.glyphs import Line
from pipeline.reading.layout.header_words import is_header_word

if TYPE_CHECKING:
    from pipeline.reading.layout.aligned import AlignedSettings

# Column boundaries of two sections closer than this (em) are one boundary.
SNAP_EM = 0.5
# A section of fewer lines takes the block's columns rather than its own.
MIN_SECTION_LINES = 3


@dataclass(frozen=True)
class BlockGrid:
    separators: tuple[Separator, ...]
    cores: list[tuple[float, float]] | None  # None: a single column
    rows: tuple[tuple[int, ...], ...] = ()
    cells: tuple[GridCell, ...] = ()


def block_grid(
    lines: Sequence[Line], chunks: Sequence[Sequence[Chunk]], block_lines: tuple[int, ...], rules: Sequence[float], s: AlignedSettings
) -> BlockGrid:
    members = [c for i in block_lines for c in chunks[i]]
    size = sorted(c.size for c in members)[len(members) // 2]
    x0, x1 = min(c.x0 for c in members), max(c.x1 for c in members)
    sections = split_sections(block_lines, chunks)
    own = [section_separators(section, chunks, s, size) for section in sections]
    separators = tuple(merge_separators([sep for seps in own for sep in seps], SNAP_EM * size))
    if len(separators) + 1 < s.min_cols:
        return BlockGrid(separators, None)
    cores = column_cores(separators, x0, x1)
    chunks = _cut_at_separators(lines, chunks, block_lines, separators)
    members = [c for i in block_lines for c in chunks[i]]
    block_line_objs = [lines[i] for i in block_lines]
    pitch = tightest_pitch(block_line_objs, s.interleave_em)
    padded = pitch is not None and any(
        b.baseline - a.baseline > s.row_gap_factor * pitch for a, b in zip(block_line_objs, block_line_objs[1:])
    )
    captions = lift_captions([c for i in block_lines for c in chunks[i]], cores, pitch if padded and not s.row_per_line else None, s)
    lifted = {id(c) for caption in captions for c in caption}
    kept = {i: [c for c in chunks[i] if id(c) not in lifted] for i in block_lines}
    columns = place_columns(sections, own, separators, cores, kept, s)
    for caption in captions:
        for c in caption:
            columns[id(c)] = (0, 0)
    col_right: dict[tuple[int, int], float] = {}
    for c in members:
        span = columns[id(c)]
        col_right[span] = max(col_right.get(span, c.x1), c.x1)
    ctx = RowContext(columns, col_right, tuple(rules), pitch, padded, s.row_per_line, s.cells_wrap)
    row_lines = [i for i in block_lines if kept[i]]
    local_rows = group_rows(
        [lines[i] for i in row_lines], [kept[i] for i in row_lines], ctx, s.interleave_em, s.row_gap_factor, s.wrap_slack_em
    )
    rows = [tuple(row_lines[k] for k in row) for row in local_rows]
    cells: list[GridCell] = []
    for r, row in enumerate(rows):
        cells.extend(row_cells(r, [c for i in row for c in kept[i]], columns))
    cells = place_captions(cells, captions, rows)
    header_rows = count_header_rows(rows, lines, rules, cells)
    blocked = {r for r in range(1, len(rows)) if any(lines[rows[r - 1][-1]].baseline < y < lines[rows[r][0]].baseline for y in rules)}
    cells = fill_row_labels(cells, len(rows), header_rows, blocked)
    return BlockGrid(separators, cores, tuple(rows), tuple(cells))


def _cut_at_separators(lines: Sequence[Line], chunks: Sequence[Sequence[Chunk]], block_lines: tuple[int, ...],
                       separators: Sequence[Separator]) -> list[list[Chunk]]:
    """The block's chunks, each cut where a gap inside it parts two columns (`cut_at_separators`)."""
    out = [list(c) for c in chunks]
    for i in block_lines:
        out[i] = [piece for chunk in chunks[i] for piece in cut_at_separators(lines[i], chunk, separators, SPLIT_GAP_EM)]
    return out


def place_columns(
    sections: Sequence[tuple[int, ...]],
    own: Sequence[Sequence[Separator]],
    separators: Sequence[Separator],
    cores: Sequence[tuple[float, float]],
    kept: dict[int, list[Chunk]],
    s: AlignedSettings,
) -> dict[int, tuple[int, int]]:
    """Every kept chunk's (first, last) grid column, widened to its section's own columns."""
    columns: dict[int, tuple[int, int]] = {}
    for section, seps in zip(sections, own):
        placed = {i: line_columns(kept[i], cores, s.min_overlap_em) for i in section}
        regions = section_regions(seps, separators, len(section), header_starts(section, kept, placed))
        for i, spans in placed.items():
            widened = {key: (regions[first][0], regions[last][1]) for key, (first, last) in spans.items()}
            columns.update(apart(kept[i], widened))
    return columns


def place_captions(cells: list[GridCell], captions: Sequence[tuple[Chunk, ...]], rows: Sequence[tuple[int, ...]]) -> list[GridCell]:
    """Lifted captions back as cells of the first column, in the row of their first line (or the next one)."""
    out = list(cells)
    for caption in captions:
        first = caption[0].line
        r = next((k for k, row in enumerate(rows) if row[-1] >= first), len(rows) - 1)
        if any(c.row == r and c.col == 0 for c in out):
            continue  # the row already has a first cell: leave the caption out rather than overlap it
        out.append(GridCell(r, 0, 1, 1, cell_text(caption), caption))
    return sorted(out, key=lambda c: (c.row, c.col))



def is_header_line(line_chunks: Sequence[Chunk]) -> bool:
    """Two header words or more and no value: a block header (`年初预算数 | 全年预算数 | ...`)."""
    texts = [c.text for c in line_chunks]
    return len(texts) >= 2 and not any(is_value_text(t) for t in texts) and sum(map(is_header_word, texts)) >= 2


def split_sections(block_lines: tuple[int, ...], chunks: Sequence[Sequence[Chunk]]) -> list[tuple[int, ...]]:
    """The block cut before each header line: a form's funds, goals and indicators each have their own columns."""
    sections: list[list[int]] = [[]]
    previous_header = False
    for i in block_lines:
        header = is_header_line(chunks[i])
        if header and not previous_header and sections[-1]:
            sections.append([])
        sections[-1].append(i)
        previous_header = header
    return [tuple(section) for section in sections]


def body_lines(section: tuple[int, ...], chunks: Sequence[Sequence[Chunk]]) -> tuple[int, ...]:
    """The lines whose alignment gives a section's columns: its header lines left out when others remain.

    Headers are set as they fit (left, centred, over two lines) while figures
    follow their column (often right-aligned): a header left of right-aligned
    figures would look like a column of its own.
    """
    rest = tuple(i for i in section if not is_header_line(chunks[i]))
    return rest if sum(1 for i in rest if len(chunks[i]) >= 2) >= 2 else section


def section_separators(section: tuple[int, ...], chunks: Sequence[Sequence[Chunk]], s: AlignedSettings, size: float) -> list[Separator]:
    """A section's column boundaries: from its body lines, plus those its header lines add where no body cell lies.

    (A caption written once in the header line, `绩效指标 | 一级指标 | ...`, is a column of its own.)
    """
    width = s.min_separator_em * size
    body = body_lines(section, chunks)
    body_chunks = [c for i in body for c in chunks[i]]
    seps = find_separators(body_chunks, s.min_support, width)
    if body == section:
        return seps
    for sep in find_separators([c for i in section for c in chunks[i]], s.min_support, width):
        if not any(c.x0 < sep.x < c.x1 for c in body_chunks):
            seps.append(sep)
    return seps


def header_starts(
    section: tuple[int, ...], chunks: Mapping[int, Sequence[Chunk]] | Sequence[Sequence[Chunk]], placed: dict[int, dict[int, tuple[int, int]]]
) -> tuple[int, tuple[int, ...]]:
    """(column of the first header word, columns where the cells of the section's leading header lines start).

    Every cell of a header line starts a column, header word or not (`分` of a
    `分值` wrapped in a narrow column); the first header word tells where the
    row labels and captions on the left end.
    """
    starts: set[int] = set()
    first_word: int | None = None
    for i in section:
        if not is_header_line(chunks[i]):
            break
        for c in chunks[i]:
            col = placed[i][id(c)][0]
            starts.add(col)
            if is_header_word(c.text):
                first_word = col if first_word is None else min(first_word, col)
    if first_word is None:
        return 0, ()
    return first_word, tuple(sorted(starts))


def section_regions(
    own: Sequence[Separator], union: Sequence[Separator], n_lines: int, header: tuple[int, tuple[int, ...]] = (0, ())
) -> list[tuple[int, int]]:
    """For each column of the block's grid, the run of columns a section's own boundaries leave it in.

    A form's sections have their own columns (a funds block's 得分 spans the two
    columns the indicators block below has there): a cell spans the block's
    columns up to its own section's boundaries. Where the section has a header,
    its header words (one per column) say where its columns start, right of
    the first one; left of it (row labels, a caption) and in a section without
    a header, the boundaries its own lines show. A section too small to show
    any uses the block's.
    """
    n_cols = len(union) + 1
    shown: list[int] = []
    if own and n_lines >= MIN_SECTION_LINES:
        shown = sorted({k + 1 for k, u in enumerate(union) for o in own if o.left <= u.right and u.left <= o.right})
    first_word, header_cols = header
    starts = [c for c in header_cols if c > 0]
    if len(header_cols) >= 2:
        kept = sorted({b for b in shown if b < first_word} | set(starts))
    elif shown:
        kept = shown
    else:
        return [(j, j) for j in range(n_cols)]
    bounds = [0, *kept, n_cols]
    out = []
    for j in range(n_cols):
        r = max(r for r in range(len(bounds) - 1) if bounds[r] <= j)
        out.append((bounds[r], bounds[r + 1] - 1))
    return out


def apart(line_chunks: Sequence[Chunk], spans: dict[int, tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Chunks of one line are separate cells: overlapping column runs are cut back between them."""
    ordered = sorted(line_chunks, key=lambda c: c.x0)
    out = dict(spans)
    for left, right in zip(ordered, ordered[1:]):
        a0, a1 = out[id(left)]
        b0, b1 = out[id(right)]
        if b0 <= a1:
            a1 = max(a0, b0 - 1)
            b0 = min(b1, a1 + 1)
            out[id(left)], out[id(right)] = (a0, a1), (b0, b1)
    return out


def count_header_rows(rows: Sequence[tuple[int, ...]], lines: Sequence[Line], rules: Sequence[float], cells: Sequence[GridCell]) -> int:
    """Rows above the first rule inside the block (a 三线表's header), else leading rows of header words only."""
    if rules and rows:
        first_top = lines[rows[0][0]].baseline
        inner = [y for y in rules if y > first_top]
        if inner:
            return sum(1 for row in rows if lines[row[-1]].baseline < inner[0])
    n = 0
    for r in range(len(rows)):
        texts = [c.text for c in cells if c.row == r]
        if texts and all(not is_value_text(t) for t in texts) and any(is_header_word(t) for t in texts):
            n += 1
        else:
            break
    return n


