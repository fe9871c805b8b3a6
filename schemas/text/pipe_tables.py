"""Tables written as text: Markdown pipe tables and rows flattened as `a | b | c |`.

A run of lines that each hold at least two cell separators is one table;
Markdown separator rows (`|---|:--:|`) are dropped. The table leaves the running
text (replaced by an empty line) and becomes a `Table`, as every reader does.
"""
from __future__ import annotations

import re

from schemas.document import Table
from schemas.text.normalize import PAGE_NUMBER_LINE

# Markdown separator rows (`|---|:--:|`) and rows of bare bars (`||||`) hold no cells.
_SEPARATOR_ROW = re.compile(r"^[\s|:\-+=—]*$")
MIN_TABLE_ROWS = 2


def _is_row(line: str) -> bool:
    stripped = line.strip()
    return line.count("|") >= 2 or stripped == "|" or (line.count("|") == 1 and stripped.endswith("|"))


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


_BAR_ROW = re.compile(r"^\s*\|{2,}\s*$")


def _rows_of(block: list[str]) -> list[list[str]]:
    """The rows of a run of pipe lines.

    Where a site flattened its table one cell per line (`年度资金总额 |`) with `||||` lines between
    rows, the lines between two bar lines make one row; otherwise each line is a row.
    """
    if sum(1 for ln in block if _BAR_ROW.match(ln)) >= 2:
        rows: list[list[str]] = [[]]
        for line in block:
            if _BAR_ROW.match(line):
                rows.append([])
            else:
                rows[-1].extend(_cells(line))
        return _restore_merged_cells([r for r in rows if any(r)])
    drawn = _rows_between_rules(block)
    if drawn is not None:
        return drawn
    rows = [_cells(ln) for ln in block if not _SEPARATOR_ROW.match(ln)]
    return [r for r in rows if any(r)]


_DATA_CELL = re.compile(r"^(?:[-+]?[\d,.]+%?|[—–\-/]|)$")
_TOTAL_LABEL = re.compile(r"^(?:总分|合计|总计|小计)")


def _restore_merged_cells(rows: list[list[str]]) -> list[list[str]]:
    """Flattening drops the cells a rowspan covered, so a data row comes out short on the left.

    A row shorter than the one above it whose last cells are figures takes the cells it lacks
    from the row above, as the merged cell would have shown them.
    """
    out: list[list[str]] = []
    for row in rows:
        above = out[-1] if out else None
        tail = [c for c in row[-3:]]
        if (above is not None and len(row) < len(above) and not _TOTAL_LABEL.match(row[0])
                and sum(1 for c in tail if _DATA_CELL.match(c)) >= 2):
            row = above[: len(above) - len(row)] + row
        out.append(row)
    return out


# Tables drawn with box-drawing characters (`┌──┬──┐`, `│a │b │`, `├──┼──┤`) or ASCII (`+--+--+`):
# their bars become `|` and their rules separator rows (the table then leaves the text as any other).
_BOX_BARS = str.maketrans({ch: "|" for ch in "│┃║┆┇┊┋╎╏"} | {ch: "+" for ch in "┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╒╓╕╖╘╙╛╜╞╟╡╢╤╥╧╨╪╫┏┓┗┛┣┫┳┻╋"}
                          | {ch: "-" for ch in "─━═┄┅┈┉╌╍"})
_RULE_LINE = re.compile(r"^\s*\+[-+=\s]*\+\s*$")


def _unbox(line: str) -> str:
    """A line of a box-drawn table with plain bars; a drawn rule (`+----+---+`) as a separator row."""
    plain = line.translate(_BOX_BARS)
    return plain.replace("+", "|") if _RULE_LINE.match(plain) else plain


def _rows_between_rules(block: list[str]) -> list[list[str]] | None:
    """A drawn table's rows: the lines between two rules make one row, each cell's lines joined
    (a cell that wraps inside its box). None when the block has no rules between rows."""
    rules = [i for i, ln in enumerate(block) if _SEPARATOR_ROW.match(ln) and "-" in ln]
    if len(rules) < 3:
        return None
    rows: list[list[str]] = []
    group: list[list[str]] = []
    for line in block + ["|-|"]:
        if _SEPARATOR_ROW.match(line) and "-" in line:
            if group and len({len(cells) for cells in group}) == 1:
                rows.append(["".join(parts) for parts in zip(*group)])
            elif group:
                rows.extend(group)
            group = []
        else:
            group.append(_cells(line))
    return [r for r in rows if any(r)]


# A page whose table a site printed one cell a line, each cell closed by a bar on a line of its own.
_LONE_BAR = re.compile(r"^\s*\|\s*$")
MIN_LONE_BARS = 6
MAX_CELL_LINES = 3  # a cell wraps over a few lines at most; more lines are running text


def _close_lone_cells(lines: list[str]) -> list[str]:
    """`预算执行情况(万元)` / `(20分)` / `|` / `预算数(A)` / `|` … `||||`: each cell's lines joined and
    closed by its bar (`预算执行情况(万元)(20分) |`), so the run reads as the cell-per-line rows above.
    Before the run's first bar only the line right above it is a cell (the title stays text)."""
    if sum(1 for ln in lines if _LONE_BAR.match(ln)) < MIN_LONE_BARS:
        return lines
    out: list[str] = []
    pending: list[str] = []  # lines since the last bar, inside a run
    in_run = False
    for line in lines:
        if _LONE_BAR.match(line) and (pending or in_run):
            cell = pending if in_run else pending[-1:]
            out.extend([] if in_run else pending[:-1])
            out.append("".join(p.strip() for p in cell) + " |")
            pending, in_run = [], True
        elif _is_row(line):
            if in_run and pending:
                out.append("".join(p.strip() for p in pending) + " |")  # a last cell closed by the row's bars
            elif pending:
                out.extend(pending)
            out.append(line)
            pending, in_run = [], in_run or _BAR_ROW.match(line) is not None
        elif line.strip():
            pending.append(line)
            if in_run and len(pending) > MAX_CELL_LINES:
                out.extend(pending)
                pending, in_run = [], False
        else:
            out.extend(pending)
            out.append(line)
            pending, in_run = [], False
    return out + pending


# A caption is short and no sentence: a line of running text above a table is no caption.
MAX_CAPTION_CHARS = 60
CAPTION_LINES = 2


def caption_above(lines: list[str]) -> str | None:
    """The short lines right above a table (`表1 收支情况表` / `单位：万元`), a blank line between allowed, up
    to the next blank or long line."""
    end = len(lines)
    while end > 0 and not lines[end - 1].strip() and len(lines) - end < CAPTION_LINES:
        end -= 1
    found: list[str] = []
    for line in reversed(lines[:end]):
        text = line.strip()
        if not text or len(text) > MAX_CAPTION_CHARS or text.endswith(("。", "；", ";")) or len(found) == CAPTION_LINES:
            break  # (a sentence is running text, not a caption)
        found.insert(0, text)
    return " ".join(found) or None


def split_text_tables(text: str, page: int) -> tuple[str, list[Table]]:
    """The text without its pipe tables, and those tables."""
    lines = _close_lone_cells([_unbox(line) for line in text.split("\n")])
    kept: list[str] = []
    tables: list[Table] = []
    block: list[str] = []

    def flush() -> None:
        rows = _rows_of(block)
        if len(rows) >= MIN_TABLE_ROWS:
            tables.append(Table.from_rows([[c or None for c in r] for r in rows], page=page,
                                          location=f"text-table[{len(tables) + 1}]", caption=caption_above(kept)))
            kept.extend([""] * len(block))
        else:
            kept.extend(block)
        block.clear()

    for line in lines:
        if _is_row(line):
            block.append(line)
            continue
        if block:
            flush()
        kept.append("" if PAGE_NUMBER_LINE.match(line) else line)
    if block:
        flush()
    return "\n".join(kept), tables
