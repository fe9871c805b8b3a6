"""Tables without rules: aligned text to table parts, whatever positioned the text.

Input is a page's lines with their glyphs (pypdfium2 characters, OCR boxes
turned into glyphs, or the character columns of a text file, see
`layout.text_grid`) and, when the page draws them, its horizontal rules.
Output is `TablePart`s, the model ruled tables use, plus the lines they
consumed so the caller drops those from the running text.

The chain (`AlignedResult.blocks` keeps each stage for debugging):

1. lines -> chunks: each line cut at column gaps (`aligned_grid.line_to_chunks`);
2. chunks -> candidate blocks: runs of lines with two or more chunks, close
   together, with at most a few single-chunk lines inside (wrapped cells); a
   block bracketed by horizontal rules (a 三线表's top and bottom rules) takes
   every line between them;
3. block -> separators -> columns -> rows -> cells (`aligned_grid`);
4. guards: a block becomes a table only with two columns and two rows of two
   cells, and with evidence: rules around it, a header word of the 绩效自评表
   vocabulary, or figures in two rows; numbered lists, tables of contents
   (dotted leaders, page numbers) and prose (long cells, nothing else) are refused.

Entry point for every engine::

    found = find_aligned_tables(lines, page=3, rules=(HRule(72, 523, 140.5), ...))
    parts, body = found.parts, found.remaining(lines)
"""
from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field

from pipeline.reading.layout.aligned_block import block_grid
from pipeline.reading.layout.aligned_grid import Chunk, GridCell, Separator, is_value_text, line_to_chunks
from pipeline.reading.layout.glyphs import Line
from pipeline.reading.layout.header_words import is_header_word
from pipeline.reading.layout.table_parts import BBox, PartCell, TablePart

# A gap this wide (em) between two glyphs of a line separates two cells.
CHUNK_GAP_EM = 0.9
# A column needs this many chunks more than the gap beside it, on each side.
MIN_SUPPORT = 2
# A separator is at least this wide (em).
MIN_SEPARATOR_EM = 0.2
# A chunk belongs to a column it overlaps by this much (em, or half its width if narrower).
MIN_OVERLAP_EM = 0.5
# Consecutive lines further apart than this (em of the larger size) are not one block.
MAX_LINE_GAP_EM = 3.2
# Single-chunk lines a block may hold in a row (a wrapped goal text, a spanning caption).
MAX_PLAIN_RUN = 4
# Lines closer than this (em) interleave: a short cell centred beside a wrapped one.
INTERLEAVE_EM = 0.9
# A baseline step this many times the block's tightest pitch starts a new row.
ROW_GAP_FACTOR = 1.3
# A wrapped cell line ends within this (em) of its column's widest line.
WRAP_SLACK_EM = 1.2
# A rule brackets a block when it lies within this many ems above or below it.
RULE_REACH_EM = 2.5
# Rules of one table share their ends within this (em).
RULE_EDGE_EM = 2.0
# A single-chunk line this wide (share of the block) is prose, not a wrapped cell.
WIDE_SHARE = 0.6
# A wide single-chunk line starting this close (em) to the block's left edge is prose
# (a paragraph's first line may be indented two em); a spanning cell starts at a column right of it.
PROSE_INDENT_EM = 2.5
# A line this wide (share of the rules) between two rules is prose: they bracket no table.
PROSE_SHARE = 0.85
# Tables of this many rows, columns and rows of two cells, at least.
MIN_ROWS = 2
MIN_COLS = 2
MIN_FULL_ROWS = 2
# A header cell is at most this long (characters).
HEADER_CELL_CHARS = 12
# Cells this long (characters) read as prose, not table cells.
PROSE_CELL_CHARS = 30

LIST_MARKER = re.compile(
    r"^(?:\d{1,2}[.、．)）]|[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}[、.．]|"
    r"[①-⑳]|[•·▪●○◆■□\-–—*])"
)
LEADER = re.compile(r"[.·…‥。\-－_—]{3,}\s*\d*$|^[.·…‥。\-－_—\s]{3,}$")
PAGE_NUMBER = re.compile(r"^\d{1,3}$")
NUMBER = re.compile(r"\d")


@dataclass(frozen=True)
class HRule:
    """A horizontal rule drawn on the page (top-down points)."""

    x0: float
    x1: float
    y: float


@dataclass(frozen=True)
class AlignedSettings:
    chunk_gap_em: float = CHUNK_GAP_EM
    min_support: int = MIN_SUPPORT
    min_separator_em: float = MIN_SEPARATOR_EM
    min_overlap_em: float = MIN_OVERLAP_EM
    max_line_gap_em: float = MAX_LINE_GAP_EM
    max_plain_run: int = MAX_PLAIN_RUN
    interleave_em: float = INTERLEAVE_EM
    row_gap_factor: float = ROW_GAP_FACTOR
    wrap_slack_em: float = WRAP_SLACK_EM
    rule_reach_em: float = RULE_REACH_EM
    min_rows: int = MIN_ROWS
    min_cols: int = MIN_COLS
    # Without rules, a block needs a header word or figures in two rows to be a table.
    require_evidence: bool = True
    # Text files: each line is a row, unless it only runs on cells the line above filled to their
    # column's edge (a layout dump wraps a long name); a tab-separated file's cells never wrap.
    row_per_line: bool = False
    cells_wrap: bool = True

    def __post_init__(self) -> None:
        for name in ("chunk_gap_em", "max_line_gap_em", "interleave_em", "row_gap_factor"):
            if getattr(self, name) <= 0:
                raise ValueError(f"AlignedSettings.{name} must be positive")
        if self.min_support < 1 or self.min_rows < 1 or self.min_cols < 2:
            raise ValueError("AlignedSettings: min_support and min_rows must be >= 1, min_cols >= 2")

    @staticmethod
    def resolve(value: AlignedSettings | dict[str, object] | None) -> AlignedSettings:
        if value is None:
            return AlignedSettings()
        if isinstance(value, AlignedSettings):
            return value
        return AlignedSettings(**value)  # type: ignore[arg-type]


@dataclass
class AlignedBlock:
    """One candidate block and what became of it (every stage kept, for debugging)."""

    lines: tuple[int, ...]  # indices into the lines given to the builder
    rules: tuple[float, ...] = ()
    separators: tuple[Separator, ...] = ()
    rows: tuple[tuple[int, ...], ...] = ()  # line indices of each row
    cells: tuple[GridCell, ...] = ()
    part: TablePart | None = None
    rejected: str | None = None  # why the block is not a table


@dataclass
class AlignedResult:
    parts: list[TablePart] = field(default_factory=list)
    consumed: frozenset[int] = frozenset()  # indices of the lines that became table cells
    blocks: list[AlignedBlock] = field(default_factory=list)

    def remaining(self, lines: Sequence[Line]) -> list[Line]:
        """The lines that stay running text."""
        return [line for i, line in enumerate(lines) if i not in self.consumed]


def find_aligned_tables(
    lines: Sequence[Line],
    page: int,
    rules: Sequence[HRule] = (),
    settings: AlignedSettings | dict[str, object] | None = None,
    first_index: int = 1,
) -> AlignedResult:
    """Borderless tables among a page's lines (top to bottom), as table parts numbered from `first_index`."""
    s = AlignedSettings.resolve(settings)
    chunks = [line_to_chunks(line, i, s.chunk_gap_em) for i, line in enumerate(lines)]
    result = AlignedResult()
    consumed: set[int] = set()
    for block_lines in candidate_blocks(lines, chunks, rules, s):
        block = build_block(lines, chunks, block_lines, rules, page, first_index + len(result.parts), s)
        result.blocks.append(block)
        if block.part is not None:
            result.parts.append(block.part)
            consumed.update(block.lines)
    result.consumed = frozenset(consumed)
    return result


# --- candidate blocks -----------------------------------------------------------------


def candidate_blocks(
    lines: Sequence[Line], chunks: Sequence[Sequence[Chunk]], rules: Sequence[HRule], s: AlignedSettings
) -> list[tuple[int, ...]]:
    """Runs of lines that may be a table: multi-chunk lines close together, or lines between rules.

    Inside a run, single-chunk lines are wrapped cells: a narrow one (a note
    wrapping in its column) does not break the run; wide ones (prose) do after
    `max_plain_run` of them.
    """
    blocks: list[tuple[int, ...]] = []
    i = 0
    while i < len(lines):
        if len(chunks[i]) < 2:
            i += 1
            continue
        end, plain, j = i, 0, i + 1
        x0, x1 = lines[i].x0, lines[i].x1
        while j < len(lines) and close(lines[j - 1], lines[j], s):
            if len(chunks[j]) >= 2:
                end, plain = j, 0
                x0, x1 = min(x0, lines[j].x0), max(x1, lines[j].x1)
            else:
                line = lines[j]
                inside = line.x0 >= x0 - line.size and line.x1 <= x1 + line.size
                wide = line.x1 - line.x0 >= WIDE_SHARE * (x1 - x0)
                if not inside or (wide and line.x0 <= x0 + PROSE_INDENT_EM * line.size):
                    break  # outside the block, or a line of prose from its left edge across it
                plain = plain + 1 if wide else plain
                if plain > s.max_plain_run:
                    break
            j += 1
        blocks.append(tuple(range(i, end + 1)))
        i = end + 1
    return bracket_by_rules(lines, chunks, blocks, rules, s)


def close(upper: Line, lower: Line, s: AlignedSettings) -> bool:
    return lower.baseline - upper.baseline <= s.max_line_gap_em * max(upper.size, lower.size)


def bracket_by_rules(
    lines: Sequence[Line],
    chunks: Sequence[Sequence[Chunk]],
    blocks: list[tuple[int, ...]],
    rules: Sequence[HRule],
    s: AlignedSettings,
) -> list[tuple[int, ...]]:
    """Widen a block to the rules around it (a 三线表's top and bottom rules), merging the blocks inside."""
    if not rules or not blocks:
        return blocks
    out: list[tuple[int, ...]] = []
    for block in (ended_by_rule(lines, b, rules, s) for b in blocks):
        bracket = rule_bracket(lines, chunks, block, rules, s)
        if bracket is None:
            widened = block
        else:
            top, bottom = bracket
            inside = {i for i, ln in enumerate(lines) if top < ln.baseline - 0.3 * ln.size < bottom}
            widened = tuple(sorted(inside | set(block)))
        if out and set(widened) & set(out[-1]):
            out[-1] = tuple(sorted(set(out[-1]) | set(widened)))
        else:
            out.append(widened)
    return out


def ended_by_rule(lines: Sequence[Line], block: tuple[int, ...], rules: Sequence[HRule], s: AlignedSettings) -> tuple[int, ...]:
    """The block without the lines below its last rule, when a rule of the same width tops it: a
    三线表 ends at its bottom rule (the `自评等级：优` / `填报单位：…` lines under a form are not its rows)."""
    top = _top_rule(lines, block, rules, s)
    if top is None:
        return block
    _, _, size = _extent(lines, block)
    last = lines[block[-1]]
    same = [r.y for r in rules if r.y > top.y + size and _same_width(r, top, size)]
    below = [y for y in same if y < last.top]
    if not below or any(last.top <= y <= last.bottom + s.rule_reach_em * size for y in same):
        return block  # no rule inside, or the last line is closed by one: a table ruled row by row
    kept = tuple(i for i in block if lines[i].baseline - 0.3 * lines[i].size < max(below))
    return kept if len(kept) >= 2 else block


def _extent(lines: Sequence[Line], block: tuple[int, ...]) -> tuple[float, float, float]:
    """The block's left and right edges and its largest text size."""
    return (min(lines[i].x0 for i in block), max(lines[i].x1 for i in block), max(lines[i].size for i in block))


def _across(rule: HRule, x0: float, x1: float, size: float) -> bool:
    return rule.x0 <= x0 + size and rule.x1 >= x1 - size


def _same_width(rule: HRule, top: HRule, size: float) -> bool:
    return abs(rule.x0 - top.x0) <= RULE_EDGE_EM * size and abs(rule.x1 - top.x1) <= RULE_EDGE_EM * size


def _top_rule(lines: Sequence[Line], block: tuple[int, ...], rules: Sequence[HRule], s: AlignedSettings) -> HRule | None:
    """The rule just above the block's first line and across it, if any."""
    first = lines[block[0]]
    x0, x1, size = _extent(lines, block)
    above = [r for r in rules if _across(r, x0, x1, size)
             and first.top - s.rule_reach_em * size <= r.y <= first.top + 0.2 * size]
    return max(above, key=lambda r: r.y) if above else None


def rule_bracket(
    lines: Sequence[Line],
    chunks: Sequence[Sequence[Chunk]],
    block: tuple[int, ...],
    rules: Sequence[HRule],
    s: AlignedSettings,
) -> tuple[float, float] | None:
    """(top, bottom) y of the rules around a block, when it has them.

    The top rule lies just above the block; the bottom rule is the next rule of
    the same width below it, provided no prose lies between (a wide
    single-chunk line: a page's header and footer rules bracket no table).
    """
    top = _top_rule(lines, block, rules, s)
    if top is None:
        return None
    x0, x1, size = _extent(lines, block)
    last = lines[block[-1]]
    same = sorted((r for r in rules if _across(r, x0, x1, size) and r.y >= last.bottom - 0.2 * size
                   and _same_width(r, top, size)), key=lambda r: r.y)
    if not same:
        return None
    bottom = same[0]
    width = top.x1 - top.x0
    for i, line in enumerate(lines):
        if top.y < line.baseline < bottom.y and len(chunks[i]) == 1 and line.x1 - line.x0 >= PROSE_SHARE * width:
            return None
    return top.y, bottom.y


# --- one block to a table part --------------------------------------------------------


def build_block(
    lines: Sequence[Line],
    chunks: Sequence[Sequence[Chunk]],
    block_lines: tuple[int, ...],
    rules: Sequence[HRule],
    page: int,
    index: int,
    s: AlignedSettings,
) -> AlignedBlock:
    block = AlignedBlock(lines=block_lines)
    members = [c for i in block_lines for c in chunks[i]]
    size = statistics.median(c.size for c in members)
    x0, x1 = min(c.x0 for c in members), max(c.x1 for c in members)
    across = [r for r in rules if r.x0 <= x0 + size and r.x1 >= x1 - size]
    top, bottom = lines[block_lines[0]].top, lines[block_lines[-1]].bottom
    block.rules = tuple(sorted(r.y for r in across if top - s.rule_reach_em * size <= r.y <= bottom + s.rule_reach_em * size))
    grid = block_grid(lines, chunks, block_lines, block.rules, s)
    block.separators = grid.separators
    if grid.cores is None:
        block.rejected = "one column"
        return block
    block.rows, block.cells = grid.rows, grid.cells
    block.rejected = refuse(block, lines, bool(block.rules), s)
    if block.rejected is None:
        block.part = to_part(block, lines, grid.cores, across, page, index)
    return block


def refuse(block: AlignedBlock, lines: Sequence[Line], ruled: bool, s: AlignedSettings) -> str | None:
    """Why a block is not a table (None when it is one)."""
    cells = block.cells
    n_rows = len(block.rows)
    by_row: dict[int, list[GridCell]] = {}
    for c in cells:
        by_row.setdefault(c.row, []).append(c)
    full_rows = sum(1 for row in by_row.values() if len(row) >= 2)
    if n_rows < s.min_rows or full_rows < MIN_FULL_ROWS:
        return "too few rows of two cells"
    used_cols = {col for c in cells for col in range(c.col, c.col + c.colspan)}
    if len(used_cols) < s.min_cols:
        return "one column"
    firsts = [min(row, key=lambda c: c.col).text for row in by_row.values()]
    if sum(1 for t in firsts if LIST_MARKER.match(t)) >= 0.6 * len(firsts) and len(block.separators) <= 2:
        return "a numbered list"
    texts = [c.text for c in cells]
    leaders = sum(1 for row in by_row.values() if any(LEADER.search(c.text) for c in row))
    last_numbers = sum(1 for row in by_row.values() if PAGE_NUMBER.match(max(row, key=lambda c: c.col).text))
    if leaders >= 0.5 * len(by_row) or (last_numbers >= 0.8 * len(by_row) and len(block.separators) == 1 and not any(is_header_word(t) for t in texts)):
        return "a table of contents"
    # Header cells are short labels (`全年预算数（万元）`); a long cell holding `预算` is prose.
    header_hits = sum(1 for t in texts if len(t) <= HEADER_CELL_CHARS and is_header_word(t))
    figure_rows = sum(1 for row in by_row.values() if any(is_value_text(c.text) or (NUMBER.search(c.text) and len(c.text) <= 16) for c in row))
    long_cells = sum(1 for t in texts if len(t) > PROSE_CELL_CHARS)
    if long_cells > 0.5 * len(texts) and not header_hits:
        return "prose"
    if s.require_evidence and not ruled and header_hits < 2 and figure_rows < 2:
        return "not two header words and no figures in two rows"
    return None


def to_part(
    block: AlignedBlock,
    lines: Sequence[Line],
    cores: Sequence[tuple[float, float]],
    rules: Sequence[HRule],
    page: int,
    index: int,
) -> TablePart:
    """The block as a table part: grid boxes from the separators and the rows' vertical extents."""
    seps = block.separators
    left = min(r.x0 for r in rules) if rules else cores[0][0]
    right = max(r.x1 for r in rules) if rules else cores[-1][1]
    xs = (left, *(sep.x for sep in seps), right)
    tops = [min(lines[i].top for i in row) for row in block.rows]
    bottoms = [max(lines[i].bottom for i in row) for row in block.rows]
    ys = (tops[0], *((b + t) / 2 for b, t in zip(bottoms, tops[1:])), bottoms[-1])
    bbox: BBox = (xs[0], ys[0], xs[-1], ys[-1])
    part = TablePart(page=page, index=index, bbox=bbox, xs=xs, ys=ys, gaps=tuple((sep.left, sep.right) for sep in seps))
    for c in sorted(block.cells, key=lambda c: (c.row, c.col)):
        box: BBox = (xs[c.col], ys[c.row], xs[c.col + c.colspan], ys[c.row + c.rowspan])
        part.cells.append(PartCell(c.row, c.col, c.rowspan, c.colspan, c.text, box, page))
    return part
