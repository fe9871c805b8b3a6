"""A form whose every value carries its column's name: one row a line, `标签值` pieces.

A phone layout of a site (or a paste from one) writes each cell after its column header:
`年度资金总额：年初预算数8,642.00万元 全年预算数9,315.40万元 执行率97.76% 得分9.78`, and an
indicator row `产出指标 数量指标 新建幼儿园 年度指标值≥3所 实际完成值3所 分值15 得分15`. The
header row is gone, but each value names its column. A run of such lines becomes a table: the
header in the order the labels first appear, the unlabelled pieces before them the row's labels
(a funds row's name; an indicator's levels and name), so the block reader reads it like a ruled
form. The 总分 line that closes an indicator run (`总分 100 88.6`) is its total row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from extractors import table_vocab as vocab
from extractors.table_values import parse_number
from schemas.document import Cell, Page, Table

# `年初预算数8,642.00万元`, `年度指标值≥3所`, `分值15`: a column's name glued to its value.
_LABELLED = re.compile(r"(?P<head>[\u4e00-\u9fff()（）/]{2,12}?)(?P<value>[≥≤=<>＝＜＞]?-?\d[\d,.]*.*)")
# `年度资金总额：` before a funds row's first value.
_ROW_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff()（）]{2,16})[:：]\s*")
MIN_LABELLED = 3  # labelled pieces that make a line a form row
INDICATOR_NAMES = ("一级指标", "二级指标", "三级指标")
FUNDS_ROLES = ("initial", "adjusted", "executed", "rate")
INDICATOR_ROLES = ("target", "actual")


Piece = tuple[str, int, int]  # text, start, end (offsets into the page's text)


@dataclass
class _Run:
    kind: str  # "funds" or "indicators"
    lead: int  # unlabelled pieces before the labelled ones, in the run's first row
    heads: list[str] = field(default_factory=list)  # column names in the order they first appear
    rows: list[tuple[list[Piece], dict[str, Piece]]] = field(default_factory=list)

    def add(self, lead: list[Piece], labelled: dict[str, Piece]) -> None:
        self.heads.extend(head for head in labelled if head not in self.heads)
        self.rows.append((lead, labelled))


def labelled_row_tables(page: Page) -> list[Table]:
    """Each run of lines whose values carry their columns' names, as a table."""
    if page.tables:
        return []
    lines = page.text.split("\n")
    starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    tables: list[Table] = []
    run: _Run | None = None
    for k, line in enumerate(lines):
        parsed = _row(line, starts[k])
        if run is not None and parsed is not None and parsed[0] == run.kind:
            run.add(*parsed[1:])
            continue
        if run is not None and run.kind == "indicators" and _total_row(line, starts[k], run):
            continue
        if run is not None:
            tables.append(_table(run, page.number, len(tables) + 1))
            run = None
        if parsed is not None:
            run = _Run(parsed[0], len(parsed[1]))
            run.add(*parsed[1:])
    if run is not None:
        tables.append(_table(run, page.number, len(tables) + 1))
    return tables


def _row(line: str, offset: int) -> tuple[str, list[Piece], dict[str, Piece]] | None:
    """(kind, unlabelled pieces, value by column name) of a line that is a labelled form row."""
    label = _ROW_LABEL.match(line)
    lead: list[Piece] = []
    at = 0
    if label:
        lead.append((label.group("label"), offset + label.start("label"), offset + label.end("label")))
        at = label.end()
    labelled: dict[str, Piece] = {}
    kinds: set[str] = set()
    for m in re.finditer(r"\S+", line[at:]):
        start, end = offset + at + m.start(), offset + at + m.end()
        piece = _LABELLED.fullmatch(m.group(0))
        role = kind = None
        if piece:
            fund, indicator = vocab.fund_column(piece.group("head")), vocab.indicator_column(piece.group("head"))
            role = fund or indicator
            # a money or rate column makes a funds row, a target or actual one an indicator row
            kind = "funds" if fund in FUNDS_ROLES else "indicators" if indicator in INDICATOR_ROLES else None
        if piece and role and piece.group("head") not in labelled:
            if kind:
                kinds.add(kind)
            value_start = start + piece.start("value")
            labelled[piece.group("head")] = (piece.group("value"), value_start, end)
        elif labelled:
            return None  # an unlabelled piece after the labelled ones: prose, not a row
        else:
            lead.append((m.group(0), start, end))
    if len(labelled) < MIN_LABELLED or len(kinds) != 1:
        return None
    return kinds.pop(), lead, labelled


def _total_row(line: str, offset: int, run: _Run) -> bool:
    """`总分 100 88.6` closing an indicator run: a row with the points under 分值 and 得分."""
    pieces = [(m.group(0), offset + m.start(), offset + m.end()) for m in re.finditer(r"\S+", line)]
    if not pieces or not vocab.is_total_row(pieces[0][0]) or len(pieces) > 3:
        return False
    numbers = pieces[1:]
    if not numbers or any(parse_number(text) is None for text, _, _ in numbers):
        return False
    points = [h for h in run.heads if vocab.indicator_column(h) in ("weight", "score")]
    run.rows.append(([pieces[0]], dict(zip(points[-len(numbers):], numbers))))
    return True


def _table(run: _Run, page: int, index: int) -> Table:
    lead_names = [""] if run.kind == "funds" else list(INDICATOR_NAMES[-run.lead:]) if run.lead else []
    width = len(lead_names) + len(run.heads)
    cells = [Cell(0, c, text) for c, text in enumerate([*lead_names, *run.heads])]
    for r, (lead, labelled) in enumerate(run.rows, start=1):
        # the row's labels end at the name column: fewer labels than columns fill from the right
        first = max(0, len(lead_names) - len(lead))
        for c, (text, start, end) in enumerate(lead[-len(lead_names):] if lead_names else [], start=first):
            cells.append(Cell(r, c, text, address=f"page[{page}]/chars({start}-{end})"))
        for head, (text, start, end) in labelled.items():
            cells.append(Cell(r, len(lead_names) + run.heads.index(head), text,
                              address=f"page[{page}]/chars({start}-{end})"))
    return Table(page=page, n_rows=len(run.rows) + 1, n_cols=width, cells=tuple(cells),
                 location=f"labelled-rows[{index}]")
