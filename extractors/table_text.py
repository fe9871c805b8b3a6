"""Tables that reached us as text, on pages where the reader found no table of its own.

The text reader already lifts pipe, tab and space tables out of txt/md files; a
PDF or HTML page can still carry `a | b | c |` lines (a site that flattened its
table). Those lines become span-less `Table`s the same way (`schemas.text.pipe_tables`).

A form flattened onto one line (`项目资金(万元) 年初预算数 全年预算数 … 年度资金总额: 0 0 0 10 …`,
a docx or PDF saved as text) is a stream of cells: its space-separated pieces become a
one-column table, which the stream reader (`extractors.table_stream`) rebuilds.

Label lines are a two-column table too: a block of `标签：值` lines
(`项目名称：…` / `主管部门：…` / `实施单位：…` / `自评等级：…` / `总分：…`) is read as
the rows `标签 | 值`, so it gives the facts its ruled equivalent gives. A block
needs two label lines or more, one of them a label of the header vocabulary
(a lone `总分：100分` in a scoring rule is no form).
"""
from __future__ import annotations

import re
from itertools import accumulate

from extractors import table_vocab as vocab
from extractors.table_headers import MONEY_ROLES
from extractors.table_values import open_brackets
from schemas.document import Cell, Page, Table
from schemas.text.pipe_tables import split_text_tables

# `标签：值`: a short label (CJK, brackets), a colon, a short value (no sentence); pairs apart by spaces or `；`.
_PAIR = re.compile(
    r"(?P<label>[\u4e00-\u9fff()（）]{2,12})\s*[:：]\s*(?P<value>[^:：；;。\s][^:：；;。]{0,39}?)\s*(?=$|[；;]|\s{2,}|\u3000)"
)
MIN_LABEL_LINES = 2
# A header's bracketed aside alone on its line (`(20分*执行率)`), under the header row it belongs to.
_HEADER_ASIDE = re.compile(r"\s*[(（][^()（）\n]{1,20}[)）]\s*")
# A cell of a form row: a figure (a percent, a thousands separator), a dash or a slash for none.
_FIGURE = re.compile(r"[-+]?\d[\d,，]*(?:\.\d+)?%?|[-—–/／]+")
# Column headers side by side on one line that make it a flattened form.
MIN_STREAM_HEADERS = 4
# ... or fewer, over a row of figures (`全年预算数(A) 全年执行数(B) 执行率(B/A)` / `年度资金总额: 2300.67 2300.67 100%`).
MIN_HEADERS_OVER_ROWS = 3
# A row's figures before a note that ends it.
MIN_FIGURES_BEFORE_NOTE = 2
# A form's cells on lines of their own: the labels above its header are short; below it, a goal
# or note cell may run long, a paragraph of prose is longer still.
MAX_LEAD_CELL_CHARS = 24
MAX_STREAM_CELL_CHARS = 160
# Each half of a column header a site broke over two lines (`全年` / `预算数`) is this short.
MAX_SPLIT_PART = 4
_MONEY_COLUMNS = ("initial", "adjusted", "executed")
_VALUE_COLUMNS = ("target", "actual")
_LEVEL_POINTS = re.compile(r"[(（]\s*\d{1,3}(?:\.\d+)?\s*分?\s*[)）]")
_SPLIT_PART = re.compile(rf"[\u4e00-\u9fff]{{1,{MAX_SPLIT_PART}}}")


def text_tables(page: Page) -> list[Table]:
    """The pipe tables of a page's text, in order (none when the reader found real tables)."""
    if page.tables:
        return []
    return split_text_tables(page.text, page.number)[1]


def stream_line_tables(page: Page) -> list[Table]:
    """Lines holding a flattened form: their pieces, one cell each (a stream the block reader regroups).

    Either the whole form on one line, or its header row alone on a line and its rows on the
    lines below, one row a line, cells apart by spaces (a form pasted from a .docx into a
    page): the rows then join the stream up to a blank line or a line of prose.
    """
    tables: list[Table] = []
    lines = page.text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    k = 0
    while k < len(lines):
        pieces = _bracketed_whole(page.text, [(starts[k] + p.start(), p.group(0)) for p in re.finditer(r"\S+", lines[k])])
        if len(pieces) < MIN_STREAM_HEADERS:  # too few pieces for a header row: running text is spared the lookups
            k += 1
            continue
        roles = [vocab.fund_column(text) for _, text in pieces]
        n_headers = sum(1 for a, b in zip(roles, roles[1:]) if a and b and a != b) + 1
        if n_headers < MIN_STREAM_HEADERS and not _pair_over_figures(roles, [text for _, text in pieces]) \
                and not (n_headers >= MIN_HEADERS_OVER_ROWS and k + 1 < len(lines) and _form_row_line(lines[k + 1])):
            k += 1
            continue
        if len(pieces) < 2 * MIN_STREAM_HEADERS:  # the header row alone: its rows are on the lines below
            while k + 1 < len(lines) and _HEADER_ASIDE.fullmatch(lines[k + 1]):
                k += 1  # `(20分*执行率)`: the last header's aside, wrapped onto a line of its own
            while k + 1 < len(lines) and _form_row_line(lines[k + 1]):
                k += 1
                pieces += [(starts[k] + p.start(), p.group(0)) for p in re.finditer(r"\S+", lines[k])]
        if len(pieces) >= 2 * MIN_STREAM_HEADERS:
            cells = tuple(Cell(n, 0, text, address=f"page[{page.number}]/chars({start}-{start + len(text)})")
                          for n, (start, text) in enumerate(pieces))
            tables.append(Table(page=page.number, n_rows=len(cells), n_cols=1, cells=cells,
                                location=f"stream-line[{len(tables) + 1}]"))
        k += 1
    return tables


MAX_BRACKET_PIECES = 4


def _bracketed_whole(text: str, pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Pieces a space cut inside brackets joined again, spaces kept as written: `执行率(全年`
    `执行数/全年` `预算数)` is one header."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(pieces):
        start, piece = pieces[k]
        j = k + 1
        while open_brackets(piece) > 0 and j < len(pieces) and j - k < MAX_BRACKET_PIECES:
            piece = text[start:pieces[j][0] + len(pieces[j][1])]
            j += 1
        if open_brackets(piece) > 0:  # never closed: the pieces stay as they were
            piece, j = pieces[k][1], k + 1
        out.append((start, piece))
        k = j
    return out


def _pair_over_figures(roles: list[str | None], texts: list[str]) -> bool:
    """Two money headers, then their two figures (`全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:…`): a
    transfer form's funds block flattened with its total's label left behind."""
    for j in range(len(texts) - 3):
        a, b = roles[j], roles[j + 1]
        if a and b and a != b and a in MONEY_ROLES and b in MONEY_ROLES \
                and _FIGURE.fullmatch(texts[j + 2]) and _FIGURE.fullmatch(texts[j + 3]):
            return True
    return False


def _form_row_line(line: str) -> bool:
    """A flattened form row: a short label, then figures or dashes (`年度资金总额: 880 880 10 10`); the
    label may come after the block caption's aside (`(万元) 年度资金总额 29 29 27.8 9 0.958 8`), and the
    figures may end in the row's note (`… 10 100% 10 执行率*该指标分值…`)."""
    pieces = line.split()
    if pieces and _HEADER_ASIDE.fullmatch(pieces[0]):
        pieces = pieces[1:]
    if len(pieces) < 2 or len(pieces[0]) > MAX_LEAD_CELL_CHARS:
        return False
    values = pieces[1:] if not _FIGURE.fullmatch(pieces[0]) else pieces
    if len(values) > MIN_FIGURES_BEFORE_NOTE and not _FIGURE.fullmatch(values[-1]):
        values = values[:-1]
    return all(_FIGURE.fullmatch(value) for value in values)


def stream_block_tables(page: Page) -> list[Table]:
    """A form pasted one cell per line (a sharing site's text of a .docx): the block of short lines
    around a run of column headers, one cell each (a stream the block reader regroups).

    Only on a page whose reader found no table: there the lines are the only trace of the form.
    A header word the site broke over two lines (`年初` / `预算数`) is one cell again.
    """
    if page.tables:
        return []
    pieces = _line_pieces(page.text)
    first = _header_run(pieces)
    if first is None:
        return []
    lo = first
    while lo > 0 and len(pieces[lo - 1][1]) <= MAX_LEAD_CELL_CHARS:
        lo -= 1
    hi = first
    while hi + 1 < len(pieces) and len(pieces[hi + 1][1]) <= MAX_STREAM_CELL_CHARS:
        hi += 1
    cells = tuple(Cell(n, 0, text, address=f"page[{page.number}]/chars({start}-{end})")
                  for n, (start, text, end) in enumerate(pieces[lo:hi + 1]))
    return [Table(page=page.number, n_rows=len(cells), n_cols=1, cells=cells, location="stream-lines[1]")]


def _line_pieces(text: str) -> list[tuple[int, str, int]]:
    """(start, text, end) of each non-empty line, a header word broken over two lines joined."""
    pieces: list[tuple[int, str, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            pieces.append((start, stripped, start + len(stripped)))
        offset += len(line) + 1
    joined: list[tuple[int, str, int]] = []
    k = 0
    while k < len(pieces):
        start, head, end = pieces[k]
        if joined and _LEVEL_POINTS.fullmatch(head) and vocab.indicator_level(joined[-1][1]):
            # `产出指标` / `（50分）`: a level's points on the line below its label
            joined[-1] = (joined[-1][0], joined[-1][1] + head, end)
            k += 1
            continue
        if k + 1 < len(pieces) and _split_header_word(head, pieces[k + 1][1]):
            joined.append((start, head + pieces[k + 1][1], pieces[k + 1][2]))
            k += 2
            continue
        joined.append((start, head, end))
        k += 1
    return joined


def _split_header_word(head: str, tail: str) -> bool:
    """`年初` + `预算数`, `全年` + `执行数`: two short lines that are one money column's header (the
    tail a money word, the head naming no column or the same one; `分值` + `执行率` stay two);
    `年度` + `指标值`: one indicator value column's."""
    if not (_SPLIT_PART.fullmatch(head) and _SPLIT_PART.fullmatch(tail)):
        return False
    whole = vocab.fund_column(head + tail)
    if (whole in _MONEY_COLUMNS and vocab.fund_column(head) in (None, whole)
            and vocab.fund_column(tail) in _MONEY_COLUMNS):
        return True
    # `年度` + `指标值`, `实际` + `完成值`: an indicator value column, the head naming none
    whole = vocab.indicator_column(head + tail)
    return (whole in _VALUE_COLUMNS and vocab.indicator_column(head) is None
            and vocab.fund_column(head) is None and vocab.indicator_column(tail) in (None, whole))


def _header_run(pieces: list[tuple[int, str, int]]) -> int | None:
    """The piece where the first run of column headers, one per piece, starts."""
    for pos in range(len(pieces)):
        run = 0
        seen: set[str] = set()
        for _, text, _ in pieces[pos:pos + 2 * MIN_STREAM_HEADERS]:
            role = vocab.fund_column(text) or vocab.indicator_column(text) if len(text) <= MAX_LEAD_CELL_CHARS else None
            if role is None or role in seen:
                break
            seen.add(role)
            run += 1
        if run >= MIN_STREAM_HEADERS:
            return pos
    return None


def line_pairs(line: str) -> list[tuple[str, str, int, int]]:
    """(label, value, start, end) of each `标签：值` pair when the whole line is such pairs, else none."""
    pairs = []
    covered = 0
    for m in _PAIR.finditer(line):
        if line[covered:m.start()].strip(" \u3000\t；;"):
            return []
        pairs.append((m.group("label"), m.group("value"), m.start("label"), m.end("value")))
        covered = m.end()
    return pairs if pairs and not line[covered:].strip(" \u3000\t；;") else []


def label_tables(page: Page) -> list[Table]:
    """Blocks of label lines on the page, each as a table of `label | value` pairs."""
    tables: list[Table] = []
    block: list[tuple[int, list[tuple[str, str, int, int]]]] = []

    def flush() -> None:
        labels = [label for _, pairs in block for label, *_ in pairs]
        if len(block) >= MIN_LABEL_LINES and any(vocab.header_field(label) for label in labels):
            tables.append(_pairs_table(block, page.number, len(tables) + 1))
        block.clear()

    offset = 0
    for line in page.text.split("\n"):
        pairs = line_pairs(line)
        if pairs:
            block.append((offset, pairs))
        elif block:
            flush()
        offset += len(line) + 1
    if block:
        flush()
    return tables


def _pairs_table(block: list[tuple[int, list[tuple[str, str, int, int]]]], page: int, index: int) -> Table:
    cells = []
    n_cols = 2 * max(len(pairs) for _, pairs in block)
    for row, (offset, pairs) in enumerate(block):
        for k, (label, value, start, end) in enumerate(pairs):
            where = f"page[{page}]/chars({offset + start}-{offset + end})"
            cells.append(Cell(row, 2 * k, label, address=where))
            cells.append(Cell(row, 2 * k + 1, value, address=where))
    return Table(page=page, n_rows=len(block), n_cols=n_cols, cells=tuple(cells), location=f"label-lines[{index}]")
