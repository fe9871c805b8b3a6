"""Tables in plain text: tab-separated and space-aligned lines, read by the borderless-table builder.

A text line is positioned text too: each character sits at its display
column (a CJK or full-width character counts two columns, so a table aligned
in a Chinese editor stays aligned), one em is two columns, each line one step
down. Space-aligned tables then go through `layout.aligned` like a 三线表 page:
two spaces or more (a column gap, an em) separate cells, one space does not
(`1 036.52`, `DR 设备`).

A tab is an explicit cell boundary, whatever the column it lands on: a run of
lines with tabs inside them is read as cells split at the tabs (an empty cell
between two tabs keeps its place), each cell set at its own column slot.

Every cell keeps where it was read: `page[N]/chars(a-b)`, offsets into the
page's text as read (before its tables were lifted out).
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.reading.layout.aligned import AlignedBlock, AlignedSettings, find_aligned_tables
from pipeline.reading.layout.aligned_grid import Chunk
from pipeline.reading.layout.glyphs import Glyph, Line, line_of_glyphs
from schemas.document import Cell, Table
from schemas.text.pipe_tables import caption_above

# One em is two display columns; lines are 1.2 em apart.
EM_COLUMNS = 2.0
LINE_STEP = 1.2 * EM_COLUMNS
# A leading tab in a line without cells indents this many columns.
TAB_INDENT = 4
# Text tables: a line is a row (no cell wraps in a text file).
TEXT_SETTINGS = AlignedSettings(row_per_line=True)
# A line that only draws a table's rule: dashes, equals signs, box-drawing strokes.
TEXT_RULE = re.compile(r"[-=_—─━═＿+]{8,}")
# Width of a tab-separated cell's slot (columns): wide enough that no slot touches the next.
TAB_SLOT = 40.0


@dataclass(frozen=True)
class TextLine:
    """One non-blank line of a page's text: where it starts in the page and its positioned glyphs."""

    number: int  # 0-based line number in the page's text
    start: int  # offset of its first character in the page's text
    line: Line
    offsets: tuple[tuple[float, int, int], ...]  # (x0, start, end) of each glyph, offsets into the page's text


def display_width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def has_cell_tabs(text: str) -> bool:
    """A tab between two pieces of text (not indentation, not trailing)."""
    return "\t" in text.strip(" \t\u3000\r")


def spaced_line(text: str, number: int, start: int) -> TextLine | None:
    """A line's characters at their display columns."""
    glyphs: list[Glyph] = []
    offsets: list[tuple[float, int, int]] = []
    column = 0.0
    baseline = number * LINE_STEP
    for k, ch in enumerate(text):
        width = float(TAB_INDENT if ch == "\t" else display_width(ch))
        glyphs.append(Glyph(ch, column, column + width, baseline, EM_COLUMNS))
        offsets.append((column, start + k, start + k + 1))
        column += width
    line = line_of_glyphs(glyphs)
    return None if line is None else TextLine(number, start, line, tuple(offsets))


def tabbed_line(text: str, number: int, start: int) -> TextLine | None:
    """A tab-separated line: each cell one glyph in its own column slot."""
    glyphs: list[Glyph] = []
    offsets: list[tuple[float, int, int]] = []
    baseline = number * LINE_STEP
    position = start
    for slot, raw in enumerate(text.split("\t")):
        cell = raw.strip(" \u3000\r")
        if cell:
            x0 = slot * TAB_SLOT
            lead = len(raw) - len(raw.lstrip(" \u3000\r"))
            glyphs.append(Glyph(cell, x0, x0 + TAB_SLOT / 2, baseline, EM_COLUMNS))
            offsets.append((x0, position + lead, position + lead + len(cell)))
        position += len(raw) + 1
    line = line_of_glyphs(glyphs)
    return None if line is None else TextLine(number, start, line, tuple(offsets))


def split_aligned_text_tables(
    text: str, page: int, first_index: int = 1, settings: AlignedSettings | None = None, spaced_tables: bool = True
) -> tuple[str, list[Table]]:
    """The page's text without its tab and space tables (their lines left blank), and those tables.

    `spaced_tables=False`: tab tables only (a Word document's paragraphs typed with tab stops; its spaces
    are a typist's, not a grid's)."""
    settings = settings or TEXT_SETTINGS
    raw_lines = text.split("\n")
    starts = []
    offset = 0
    for raw in raw_lines:
        starts.append(offset)
        offset += len(raw) + 1
    tabbed: list[TextLine] = []
    spaced: list[TextLine] = []
    rules = {number for number, raw in enumerate(raw_lines) if TEXT_RULE.fullmatch(raw.strip())}
    for number, raw in enumerate(raw_lines):
        if not raw.strip() or number in rules:
            continue  # a rule drawn with dashes is no row: the header above it and the rows below are one table
        if not spaced_tables and not has_cell_tabs(raw):
            continue
        made = tabbed_line(raw, number, starts[number]) if has_cell_tabs(raw) else spaced_line(raw, number, starts[number])
        if made is not None:
            (tabbed if has_cell_tabs(raw) else spaced).append(made)
    tables: list[tuple[int, Table]] = []
    blanked: set[int] = set()
    runs = [(run, dataclasses.replace(settings, cells_wrap=False)) for run in tab_runs(tabbed)]
    for group, group_settings in (*runs, (spaced, settings)):
        found = find_aligned_tables([t.line for t in group], page, settings=group_settings)
        for block in found.blocks:
            if block.part is None:
                continue
            lines = [group[i] for i in block.lines]
            table = block_to_table(block, group, page)
            if group is spaced and (misaligned(block, group, text) or any(labelled_figures(raw_lines[t.number]) for t in lines)):
                table = stream_of_cells([(t.number, raw_lines[t.number], starts[t.number]) for t in lines], page)
            blanked.update(t.number for t in lines)
            blanked.update(_rules_around(rules, lines[0].number, lines[-1].number))
            above = [raw for k, raw in enumerate(raw_lines[:lines[0].number]) if k not in blanked]
            tables.append((lines[0].number, dataclasses.replace(table, caption=caption_above(above))))
    tables.sort(key=lambda pair: pair[0])
    out = [replace_location(table, first_index + k) for k, (_, table) in enumerate(tables)]
    body = "\n".join("" if k in blanked else raw for k, raw in enumerate(raw_lines))
    return body, out


def _rules_around(rules: set[int], first: int, last: int) -> list[int]:
    """The rule lines that open, cross and close a table (`-----` above its header, under it, below its rows)."""
    inside = [n for n in rules if first < n < last]
    edges = [n for n in (first - 1, last + 1) if n in rules]
    return inside + edges


def tab_runs(tabbed: Sequence[TextLine]) -> list[list[TextLine]]:
    """Tab lines in runs of consecutive lines (blank lines allowed between)."""
    runs: list[list[TextLine]] = []
    for line in tabbed:
        if runs and line.number - runs[-1][-1].number <= 2:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def block_to_table(block: AlignedBlock, group: Sequence[TextLine], page: int) -> Table:
    """An aligned block of text lines as a `Table` whose cells say which characters they were read from."""
    assert block.part is not None
    cells = []
    for cell in block.cells:
        spans = [
            (start, end)
            for chunk in cell.chunks
            for x0, start, end in group[chunk.line].offsets
            if chunk.x0 - 0.01 <= x0 < chunk.x1 and group[chunk.line].line.text.strip()
        ]
        address = f"page[{page}]/chars({min(s for s, _ in spans)}-{max(e for _, e in spans)})" if spans else None
        cells.append(Cell(cell.row, cell.col, cell.text, cell.rowspan, cell.colspan, address=address))
    return Table(page=page, n_rows=block.part.n_rows, n_cols=block.part.n_cols, cells=tuple(sorted(cells, key=lambda c: (c.row, c.col))))


# A table typed with a fixed gap between cells rather than aligned (`产出指标    数量指标    农村公路…`):
# its columns drift, and the builder joins cells it cannot tell apart across the gap between them.
MIN_MISALIGNED_ROWS = 2
_CELL_GAP = re.compile(r"\S+(?: \S+)*")  # a cell: pieces one space apart; two spaces or more end it
_GAP_INSIDE = re.compile(r"\S {2,}\S")


def misaligned(block: AlignedBlock, group: Sequence[TextLine], text: str) -> bool:
    """Half the rows or more (two at least) hold a cell that took in cells a gap of two spaces or more
    kept apart (`三级指标    年度指标值`): no column lines up. (Cells spanning columns are no sign: a
    form's merged cells span them too; nor is a cell wrapped onto the next line, read line by line.)"""
    rows = {c.row for c in block.cells}
    bad = {c.row for c in block.cells if any(_GAP_INSIDE.search(piece) for piece in _pieces(c.chunks, group, text))}
    return len(bad) >= MIN_MISALIGNED_ROWS and 2 * len(bad) >= len(rows)


def _pieces(chunks: Sequence[Chunk], group: Sequence[TextLine], text: str) -> list[str]:
    """The characters a cell was read from, line by line (the gaps between its chunks on a line included)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    for chunk in chunks:
        spans.setdefault(chunk.line, []).extend(
            (start, end) for x0, start, end in group[chunk.line].offsets if chunk.x0 - 0.01 <= x0 < chunk.x1)
    return [text[min(a for a, _ in line):max(b for _, b in line)] for line in spans.values() if line]


# A cell that is a label and its figure one space apart (`年初预算数 2,450.00`): two cells, typed as one;
# a line of this many such cells is a form row.
MIN_LABELLED_FIGURES = 2
_LABELLED_FIGURE = re.compile(r"(?P<label>[^\s\d][^\d]*?) (?P<figure>[-+]?\d[\d,]*(?:\.\d+)?%?)$")


def labelled_figures(raw: str) -> bool:
    """A line of two cells or more each a label with its figure: a form row flattened, no column to align."""
    return sum(1 for m in _CELL_GAP.finditer(raw) if _LABELLED_FIGURE.fullmatch(m.group(0))) >= MIN_LABELLED_FIGURES


def stream_of_cells(lines: Sequence[tuple[int, str, int]], page: int) -> Table:
    """The lines' cells in reading order, one a row: a stream the tables extractor regroups by what
    each cell is (`extractors.table_stream`), where their columns could not be told by position."""
    cells: list[Cell] = []
    for _, raw, start in lines:
        for m in _CELL_GAP.finditer(raw):
            pair = _LABELLED_FIGURE.fullmatch(m.group(0))
            pieces = [(m.start(), m.group(0))] if pair is None else [
                (m.start() + pair.start("label"), pair.group("label")), (m.start() + pair.start("figure"), pair.group("figure"))]
            for at, text in pieces:
                cells.append(Cell(len(cells), 0, text, address=f"page[{page}]/chars({start + at}-{start + at + len(text)})"))
    return Table(page=page, n_rows=len(cells), n_cols=1, cells=tuple(cells))


def replace_location(table: Table, index: int) -> Table:
    return dataclasses.replace(table, location=f"text-table[{index}]")
