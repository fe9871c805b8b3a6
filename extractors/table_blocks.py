"""Recognize the blocks of a 绩效自评表 by header vocabulary and structure.

A table is scanned top-down: a row whose cells name fund columns (年初预算数,
全年预算数, 全年执行数, ...) opens a funds block; one naming indicator columns
(三级指标, 年度指标值, 实际完成值, ...) opens an indicators block; one naming
预期目标 and 实际完成情况 opens a goals block. Any other row may hold header
facts (`项目名称 | X`). Nothing depends on fixed positions: columns are found
from their headers, labels from the cells left of the first value column, and
a caption merged over a block's rows is told from a row label by its cell.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from extractors import table_vocab as vocab
from extractors.table_colon_pairs import is_pair_row, pair_rows
from extractors.table_grid import CellAt, TableView
from extractors.table_headers import (
    MAX_HEADER_CHARS,
    MONEY_ROLES,
    Columns,
    GoalsBlock,
    funds_header,
    goals_header,
    indicator_header,
    vertical_goal,
)
from extractors.table_subtotals import subtotal_rows
from extractors.table_transposed import sideways_funds
from extractors.table_values import (
    clean_text,
    is_missing,
    label_key,
    parse_grade,
    parse_indicator_value,
    parse_number,
    points_in_label,
    score_then_grade,
    split_glued,
    unit_declared,
)
from extractors.title import YEAR, YEAR_LINE

# Rows past this are not scanned: a self-evaluation table is short, a longer sheet is a data dump.
MAX_SCAN_ROWS = 600
_PROJECT_LIST = re.compile(r"(项目|项目名称|项目名称及内容|支出项目|重点项目|任务名称)")
# A row with one cell spanning this share of the width is a title, caption or footnote.
FULL_WIDTH_SHARE = 0.8
# The weights of a form add up to this: a lone figure equal to it on a 合计 row is their total.
FULL_WEIGHT = 100


@dataclass(frozen=True)
class FundsRow:
    row: int
    label: str
    kind: str | None  # "total", a contract item code, or None when the label is not known
    cells: dict[str, CellAt]
    source: str | None = None  # a project listing's 资金来源 cell


@dataclass(frozen=True)
class FundsBlock:
    header_row: int
    columns: Columns
    unit: str | None  # declared in the block's header or caption
    rows: tuple[FundsRow, ...]
    lists_projects: bool = False  # rows are projects (`项目名称 | 预算数 | 执行数`), not fund sources


@dataclass(frozen=True)
class IndicatorRow:
    row: int
    level1: str | None
    level1_points: Decimal | None
    level2: str | None
    cells: dict[str, CellAt]
    evidence: str
    level_row: bool = False  # the first-level label's own row, with the block's weight and score


@dataclass(frozen=True)
class TotalRow:
    row: int
    weight: CellAt | None
    score: CellAt | None
    grade: str | None


@dataclass(frozen=True)
class IndicatorBlock:
    header_row: int
    columns: Columns
    rows: tuple[IndicatorRow, ...]
    total: TotalRow | None
    continued: bool = False  # columns carried over from the table before (a table split across pages)


@dataclass(frozen=True)
class HeaderFact:
    field: str
    value: str
    cell: CellAt
    label: str = ""


@dataclass(frozen=True)
class Carry:
    """What an indicators block left open at the end of a table, for its continuation."""

    columns: Columns
    level1: str | None
    level1_points: Decimal | None
    level2: str | None


@dataclass(frozen=True)
class TableBlocks:
    view: TableView
    title: str | None = None
    unit: str | None = None  # a table-wide declaration (`金额单位：万元`)
    funds: tuple[FundsBlock, ...] = ()
    goals: tuple[GoalsBlock, ...] = ()
    indicators: tuple[IndicatorBlock, ...] = ()
    facts: tuple[HeaderFact, ...] = ()
    totals: tuple[TotalRow, ...] = ()
    carry: Carry | None = None
    captions: tuple[str, ...] = field(default=())


def table_to_blocks(view: TableView, carry: Carry | None = None) -> TableBlocks:
    """Every block of one table; `carry` continues an indicators block from the table before."""
    funds: list[FundsBlock] = []
    goals: list[GoalsBlock] = []
    indicators: list[IndicatorBlock] = []
    facts: list[HeaderFact] = []
    totals: list[TotalRow] = []
    title: str | None = None
    unit: str | None = None
    captions: list[str] = []
    open_carry: Carry | None = None
    last_block_end = 0
    r = 0
    if carry is not None and _continues(view, carry):
        block, r, open_carry = read_indicators(view, 0, carry.columns, carry)
        last_block_end = r
        indicators.append(block)
        if block.total:
            totals.append(block.total)
    while r < min(view.n_rows, MAX_SCAN_ROWS):
        if view.is_empty(r):
            r += 1
            continue
        ind_cols, ind_start = indicator_header(view, r)
        if ind_cols is not None:
            # A header repeated after a page break (in this table, or atop the next part) continues the
            # level labels of the block it interrupts.
            before = open_carry if indicators else (carry if _first_content_row(view) == r else None)
            repeated = before if before is not None and set(before.columns.roles) == set(ind_cols.roles) else None
            block, r, open_carry = read_indicators(view, ind_start, ind_cols, repeated)
            last_block_end = r
            indicators.append(block)
            if block.total:
                totals.append(block.total)
            continue
        goal = goals_header(view, r)
        if goal is not None:
            goals.append(goal)
            r += 2
            continue
        fund_cols, fund_start = funds_header(view, r)
        if fund_cols is not None:
            funds_block, r = read_funds(view, r, fund_start, fund_cols)
            funds.append(funds_block)
            continue
        sideways = sideways_funds(view, r)
        if sideways is not None:  # sources across, figures down: each source column is one row
            rows = tuple(FundsRow(r, label, kind, sideways.cells(view, col)) for col, label, kind in sideways.sources)
            funds.append(FundsBlock(r, Columns(sideways.roles, sideways.headers, view.n_cols), sideways.unit, rows))
            r = sideways.end
            continue
        filled = view.filled(r)
        declared = next((u for s in filled if (u := unit_declared(s.text))), None)
        unit = unit or declared
        if title is not None and not YEAR.search(title) and len(filled) == 1 and YEAR_LINE.match(filled[0].text.strip()):
            title += filled[0].text.strip()  # `…自评表` / `(2024年度)`: the form's year on its own row
        elif _is_title(view, r):
            title = title or filled[0].text
        elif filled and vocab.is_total_row(filled[0].text) and _totals_points(view, r):
            totals.append(_loose_total(view, r))
        else:
            facts.extend(header_facts(view, r))
            goals.extend(vertical_goal(view, r))
        captions.extend(s.text for s in filled if len(s.text) <= MAX_HEADER_CHARS)
        r += 1
    # Only a block still open at the table's end goes on in the next table.
    ends_open = bool(indicators) and last_block_end >= view.n_rows
    return TableBlocks(view, title, unit, tuple(funds), tuple(goals), tuple(indicators), tuple(facts),
                       tuple(totals), open_carry if ends_open else None, tuple(captions))


# --- funds ---------------------------------------------------------------------------------------

# A row that only heads a group of rows (`一、按资金来源`, `（二）按支出性质分：`).
# A table of one money column (`收入来源 | 金额`) is a funds table when two rows or more are fund sources.
MIN_SOURCE_ROWS = 2


def read_funds(view: TableView, header_row: int, start: int, columns: Columns) -> tuple[FundsBlock, int]:
    value_cols = [c for role, c in columns.roles.items() if role != "note"]
    first_value = min(value_cols)
    unit = next((u for t in columns.headers.values() if (u := unit_declared(t))), None)
    caption_cells = {view.at(header_row, c).origin for c in range(first_value)}
    for c in range(first_value):
        unit = unit or unit_declared(view.at(header_row, c).text)
    # the label column's header on any header row: a caption may span the row above it
    lists_projects = any(_PROJECT_LIST.fullmatch(label_key(view.at(r, c).text))
                         for r in range(header_row, start) for c in range(first_value))
    # a listing's name column and its 资金来源 column, where the header names them (`项目名称 | 资金来源 | …`)
    name_col = _header_column(view, header_row, start, first_value, _PROJECT_LIST)
    source_col = _header_column(view, header_row, start, first_value, _SOURCE_COLUMN)
    rows: list[FundsRow] = []
    source_kinds: list[str | None] = []  # each row's kind by its label alone
    outside = False
    r = start
    while r < view.n_rows:
        if view.is_empty(r):
            r += 1
            continue
        if lists_projects and (_NUMBERED_GROUP.match(view.filled(r)[0].text) if _is_full_width(view, r)
                               else vocab.is_subtotal_row(view.filled(r)[0].text)):
            r += 1  # `二、农业基础设施类` across a listing, and its `小计`: the groups of its projects
            continue
        if indicator_header(view, r)[0] or goals_header(view, r) or _is_full_width(view, r):
            break
        if rows and rows[0].kind == "total" and is_pair_row(view, r, caption_cells):
            # `按收入性质分：1,968.42` / `其中：一般公共预算：1,316.42…`: rows written inside wide cells
            end = r + 1
            while end < view.n_rows and (view.is_empty(end) or is_pair_row(view, end, caption_cells)):
                end += 1
            totals = {role: cell.text for role, cell in rows[0].cells.items()}
            for at, label, kind, cells in pair_rows(view, range(r, end), columns, totals, caption_cells):
                rows.append(FundsRow(at, label, kind, cells))
                source_kinds.append(kind)
            r = end
            continue
        row_cells = _aligned_row(view, r, columns, _funds_fit)
        label = next((c.text for c in reversed(row_cells[:first_value])
                      if c.text and c.origin not in caption_cells and parse_number(c.text) is None), "")
        named = _cell_in(row_cells, name_col)
        if named is not None and named.text and parse_number(named.text) is None and named.origin not in caption_cells:
            label = named.text  # `序号 | 项目名称 | 资金来源 | 全年预算数…`: the name, not the source beside it
        source_cell = _cell_in(row_cells, source_col)
        source = source_cell.text or None if source_cell is not None else None
        cells = _unglue(view, r, columns, {role: _cell(row_cells, r, col) for role, col in columns.roles.items()})
        has_value = any(parse_number(cells[m].text) is not None for m in (*MONEY_ROLES, "amount") if m in cells)
        kind = own_kind = vocab.fund_row(label) if label else ("total" if not rows else None)
        if lists_projects:
            kind = "total" if kind == "total" else ("project" if label and has_value else None)
        if label and kind is None and not has_value and vocab.is_group_heading(label):
            r += 1  # `一、按资金来源`, `按支出性质分：`: a heading over the rows that follow
            continue
        if label and kind is None and (not has_value or any(label_key(label).startswith(c) for c in vocab.vocabulary().block_captions)):
            break
        if not label and not has_value:
            break
        if label and _OUTSIDE_THE_REPORT.search(label):
            outside = True  # `县林业局森林植被恢复费（项目外）`: another's money the table shows beside the project's
            r += 1
            continue
        rows.append(FundsRow(r, label, kind, cells, source if lists_projects and source != label else None))
        source_kinds.append(own_kind)
        r += 1
    if outside:
        rows, source_kinds = _own_subtotal_as_total(rows, source_kinds)
    added_up = subtotal_rows([row.label for row in rows], [{role: cell.text for role, cell in row.cells.items()} for row in rows],
                             [row.kind == "total" for row in rows])
    if added_up:  # `财政拨款小计` under the sources it adds up: no source of its own
        rows = [row for k, row in enumerate(rows) if k not in added_up]
        source_kinds = [kind for k, kind in enumerate(source_kinds) if k not in added_up]
    known = sum(k is not None for k in source_kinds)
    if lists_projects and rows and known >= MIN_SOURCE_ROWS and known >= len(rows) - 1:
        # `项目 | 年初预算数 | …` whose rows are 总额 and fund sources: a funds table captioned 项目
        # (a row the vocabulary does not know, `年末结转结余`, is left out)
        rows = [replace(row, kind=k) for row, k in zip(rows, source_kinds, strict=False) if k is not None]
        lists_projects = False
    if "amount" in columns.roles and not lists_projects and sum(k not in (None, "total") for k in source_kinds) < MIN_SOURCE_ROWS:
        rows = []  # one money column over rows that are no fund sources: not a funds table
    if "amount" in columns.roles and lists_projects:
        rows = []  # `项目 | 金额`: budget or spending, the table does not say
    return FundsBlock(header_row, columns, unit, tuple(rows), lists_projects), r


# A group of a projects listing, numbered, across its row: `一、产业发展类`, `（二）农业基础设施类`.
_NUMBERED_GROUP = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*[\u4e00-\u9fff]{2,20}$")


# A row of money that is not the report's: another unit's, or outside the project (`…自筹（项目外）`, `代管资金`).
_OUTSIDE_THE_REPORT = re.compile(r"项目外|本项目以外|非本项目|不属于本项目|不在本项目|非本单位|代管|代收代付")


def _own_subtotal_as_total(rows: list[FundsRow], kinds: list[str | None]) -> tuple[list[FundsRow], list[str | None]]:
    """With other money in the table, the subtotal of the report's own rows (`本项目小计`) is its total; a 合计
    that adds the others' is not."""
    own = next((k for k, row in enumerate(rows) if vocab.is_subtotal_row(row.label)), None)
    if own is None:
        return rows, kinds
    kept = [k for k, row in enumerate(rows) if k == own or row.kind != "total"]
    return ([replace(rows[k], kind="total") if k == own else rows[k] for k in kept],
            ["total" if k == own else kinds[k] for k in kept])


# A project listing's column of where each project's money comes from.
_SOURCE_COLUMN = re.compile(r"资金来源|资金性质|资金类别|资金类型")


def _cell_in(row_cells: list[CellAt], col: int | None) -> CellAt | None:
    return row_cells[col] if col is not None and col < len(row_cells) else None


# Rows under a name header merged across columns that must merge them the same way for it to be one column.
MERGED_NAME_ROWS = 3


def _header_column(view: TableView, header_row: int, start: int, first_value: int, header: re.Pattern[str]) -> int | None:
    """The label column whose header (on any header row) the pattern names whole, over that column alone
    (`项目` merged over `其中 | 一般公共预算` heads the labels together, not one column of them), or over
    columns the rows under it merge the same way (`任务名称` over a name merged across two columns)."""
    for r in range(header_row, start):
        origins = [view.at(r, c).origin for c in range(first_value)]
        for c in range(first_value):
            if not header.fullmatch(label_key(view.at(r, c).text)):
                continue
            span = [k for k in range(first_value) if origins[k] == origins[c]]
            below = range(start, min(start + MERGED_NAME_ROWS, view.n_rows))
            if len(span) == 1 or (below and all(len({view.at(r, k).origin for k in span}) == 1 for r in below)):
                return c
    return None


def _unglue(view: TableView, r: int, columns: Columns, cells: dict[str, CellAt]) -> dict[str, CellAt]:
    """Spread a cell of glued figures (`390390100%`) over the value columns it stands for."""
    order = sorted((c, role) for role, c in columns.roles.items() if role in (*MONEY_ROLES, "rate"))
    filled = [(role, cells[role].text) for _, role in order if not is_missing(cells[role].text)]
    if len(order) < 2 or len(filled) != 1 or _fits_column(*filled[0]):
        return cells
    parts = split_glued(filled[0][1], len(order))
    if parts is None:
        return cells
    out = dict(cells)
    for (col, role), part in zip(order, parts, strict=False):
        base = cells[role]
        out[role] = CellAt(r, col, part, base.origin, base.address)
    return out


def _fits_column(role: str, text: str) -> bool:
    """Whether a cell holds one figure of its column's kind (an amount, or a rate up to 1000%)."""
    number = parse_number(text)
    if number is None:
        return False
    if role == "rate":
        return number.suffix in ("", "%") and number.value <= 1000
    return number.suffix != "%"


def _is_full_width(view: TableView, r: int) -> bool:
    filled = view.filled(r)
    return len(filled) == 1 and (filled[0].end - filled[0].col) >= FULL_WIDTH_SHARE * view.n_cols and view.n_cols > 2


def _is_title(view: TableView, r: int) -> bool:
    filled = view.filled(r)
    return len(filled) == 1 and any(w in filled[0].text for w in ("自评表", "评价表", "绩效目标表", "情况表"))


# --- indicators ----------------------------------------------------------------------------------

def read_indicators(view: TableView, start: int, columns: Columns,
                    carry: Carry | None) -> tuple[IndicatorBlock, int, Carry | None]:
    level1 = carry.level1 if carry else None
    points = carry.level1_points if carry else None
    level2 = carry.level2 if carry else None
    rows: list[IndicatorRow] = []
    total: TotalRow | None = None
    r = start
    while r < view.n_rows:
        if view.is_empty(r):
            r += 1
            continue
        filled = view.filled(r)
        if vocab.is_total_row(filled[0].text):
            total = _total_row(view, r, columns)
            r += 1
            break
        if funds_header(view, r)[0] or goals_header(view, r) or indicator_header(view, r)[0]:
            break
        if _is_full_width(view, r):
            break
        if vocab.is_subtotal_row(filled[0].text):
            r += 1  # `产出指标小计 | 50 | 50`: the level's rows added up again, not a row to add
            continue
        cells = aligned_cells(view, r, columns, _indicator_fit)
        if "level1" in cells and cells["level1"].text:
            level1, points = points_in_label(cells["level1"].text)
        if "level2" in cells and cells["level2"].text:
            level2 = points_in_label(cells["level2"].text)[0]
        name = cells.get("name", cells.get("level2"))
        if any(vocab.is_subtotal_row(cells[role].text) for role in ("level2", "name") if role in cells):
            r += 1  # `前期工作 | 小计 | 20 | 19`: the level's rows added up again, in the label column
            continue
        if _is_level_row(cells):
            rows.append(IndicatorRow(r, level1, points, None, cells, view.row_text(r), level_row=True))
            level2 = None
            r += 1
            continue
        # A level's label repeated into the name cell is no row, unless the row is scored itself
        # (`预算执行率（10分） | — | 预算执行率 | 100% | 97.22% | 10 | 9.72`).
        repeated = name is not None and name.text in (level1, level2) and "name" in cells and not _scored(cells)
        if name is None or vocab.is_placeholder(name.text) or repeated or vocab.is_total_row(name.text):
            r += 1
            continue
        rows.append(IndicatorRow(r, level1, points, level2, cells, view.row_text(r)))
        r += 1
    open_carry = None if total is not None else Carry(columns, level1, points, level2)
    return IndicatorBlock(start, columns, tuple(rows), total, continued=carry is not None), r, open_carry


def _scored(cells: dict[str, CellAt]) -> bool:
    """The row states a target or an actual, and its points."""
    values = any(r in cells and cells[r].text and not is_missing(cells[r].text) for r in ("target", "actual"))
    return values and any(r in cells and parse_number(cells[r].text) is not None for r in ("weight", "score"))


def _is_level_row(cells: dict[str, CellAt]) -> bool:
    """A first-level label on a row of its own with points (`产出指标 | | | | 50 | 49`): a row too."""
    level1 = cells.get("level1")
    if level1 is None or not level1.text or vocab.is_placeholder(level1.text):
        return False
    if any(cells[r].text for r in ("name", "level2", "target", "actual") if r in cells):
        return False
    return any(r in cells and parse_number(cells[r].text) is not None for r in ("weight", "score"))


Fit = Callable[[dict[str, CellAt]], int]


def aligned_cells(view: TableView, r: int, columns: Columns, fit: Fit) -> dict[str, CellAt]:
    """The row's cell per role (see `_aligned_row`)."""
    row_cells = _aligned_row(view, r, columns, fit)
    return {role: _cell(row_cells, r, col) for role, col in columns.roles.items()}


def _aligned_row(view: TableView, r: int, columns: Columns, fit: Fit) -> list[CellAt]:
    """The row's positions, shifted right when that fits the roles better (a site dropped rowspans,
    a header has a caption cell more than its rows)."""
    plain = [view.at(r, c) for c in range(view.n_cols)]

    def by_role(row_cells: list[CellAt]) -> dict[str, CellAt]:
        return {role: _cell(row_cells, r, col) for role, col in columns.roles.items()}

    best, best_fit = plain, fit(by_role(plain))
    # A row one cell short at its left (the header opens with a caption cell the rows lack:
    # `预算执行情况(10分) | 年度预算数 | 年初预算 | …` over `总额 | 0.00 | 3.36 | …`) fits one to the right.
    room = 1 if view.last_covered(r) < columns.width - 1 and _value_under_caption(view, r, columns) else 0
    for shift in sorted({view.row_shift(r, columns.width), room} - {0}):
        moved = view.shifted_row(r, shift)
        moved_fit = fit(by_role(moved))
        if moved_fit > best_fit:
            best, best_fit = moved, moved_fit
    return best


def _value_under_caption(view: TableView, r: int, columns: Columns) -> bool:
    """The row's cell under the caption just left of the first column with a role holds what that
    column holds: a figure (`总额 | 0.00 | …` under `… | 年度预算数(万元) | 年初预算 | …`) or a
    first-level label (`产出指标 | 数量指标 | …` under `绩效指标(90分) | 一级指标 | …`)."""
    first = min((c for role, c in columns.roles.items() if role != "note"), default=0)
    if first < 1:
        return False
    text = view.at(r, first - 1).text
    if "level1" in columns.roles:
        return vocab.indicator_level(text) == "level1" and columns.roles["level1"] == first
    return first >= 2 and parse_number(text) is not None


def _cell(row_cells: list[CellAt], r: int, col: int) -> CellAt:
    return row_cells[col] if col < len(row_cells) else CellAt(r, col, "", None)


def _indicator_fit(cells: dict[str, CellAt]) -> int:
    """How well texts fit their columns: names are words, values and points are numbers."""
    score = 0
    name = cells.get("name")
    name_value = parse_indicator_value(name.text) if name is not None else None
    if name_value is not None and name_value.value is None:
        score += 1
    for role in ("target", "target_initial", "target_adjusted", "actual"):
        value = parse_indicator_value(cells[role].text) if role in cells else None
        score += bool(value and (value.value is not None or value.operator))
    for role in ("weight", "score"):
        score += role in cells and parse_number(cells[role].text) is not None
    for role in ("level1", "level2"):
        text = cells[role].text if role in cells else ""
        value = parse_indicator_value(text)
        score -= bool(value and value.value is not None)
        score += bool(re.search(r"指标(\s*[(（]\s*\d+(\.\d+)?\s*分\s*[)）])?$", text))
    return score


def _funds_fit(cells: dict[str, CellAt]) -> int:
    """Figures under money columns and percents under the rate: a percent under money is off, and a
    bare figure under the rate says nothing (an amount shifted there looks the same)."""
    score = 0
    for role, cell in cells.items():
        if role in MONEY_ROLES and parse_number(cell.text) is not None:
            score += -1 if "%" in cell.text else 1
        elif role == "rate" and parse_number(cell.text) is not None and "%" in cell.text:
            score += 2
    return score


def _continues(view: TableView, carry: Carry) -> bool:
    """Whether a table with no header of its own goes on with the indicators of the table before."""
    first = _first_content_row(view)
    if first is None or abs(view.n_cols - carry.columns.width) > 1:
        return False
    if indicator_header(view, first)[0] or funds_header(view, first)[0] or goals_header(view, first):
        return False
    if _is_title(view, first) or vocab.header_field(view.filled(first)[0].text):
        return False
    # Its first row must read as an indicator row under the carried columns (or be the 总分 row).
    if vocab.is_total_row(view.filled(first)[0].text):
        return True
    cells = aligned_cells(view, first, carry.columns, _indicator_fit)
    name = cells.get("name", cells.get("level2"))
    return name is not None and bool(name.text) and _indicator_fit(cells) >= 2


def _first_content_row(view: TableView) -> int | None:
    return next((r for r in range(view.n_rows) if not view.is_empty(r)), None)


def _total_row(view: TableView, r: int, columns: Columns) -> TotalRow:
    weight_col, score_col = columns.get("weight"), columns.get("score")
    weight = view.at(r, weight_col) if weight_col is not None else None
    score = view.at(r, score_col) if score_col is not None else None
    stated_grade = None
    if score is not None and (both := score_then_grade(score.text)):
        score, stated_grade = replace(score, text=both[0]), both[1]  # `95.71自评等级：优`: the score, then its grade
    if score is not None and parse_number(score.text) is None:
        return _loose_total(view, r)
    label = view.filled(r)[0]
    if weight is not None and weight.origin == label.origin:
        # `总分` spanning the 分值 column too (`<td colspan="7">总分</td><td>100</td><td>97.62</td>`): the
        # row's figures stand one column right of their headers, in their order
        return _loose_total(view, r)
    grade = stated_grade or next((g for s in view.filled(r) if (g := parse_grade(s.text))), None)
    return TotalRow(r, weight, score, grade)


def _loose_total(view: TableView, r: int) -> TotalRow:
    """A 总分 row whose columns are unknown: its numbers are (分值, 得分), or just 得分 (a lone 100
    on a 合计 row is the weights' total)."""
    filled = view.filled(r)
    numbers = [view.at(r, s.col) for s in filled[1:] if parse_number(s.text) is not None]
    grade = next((g for s in filled if (g := parse_grade(s.text))), None)
    if len(numbers) == 1 and _is_full_weight(numbers[0].text) and "分" not in filled[0].text:
        # `合计 | 100 |` with its score cell empty: the weights' total, not a perfect score (`总分 | 100` may be)
        return TotalRow(r, numbers[0], None, grade)
    weight = numbers[-2] if len(numbers) >= 2 else None
    score = numbers[-1] if numbers else None
    return TotalRow(r, weight, score, grade)


_POINTS_WORD = re.compile(r"分值|权重|得分|评分|分数|总分")


def _totals_points(view: TableView, r: int) -> bool:
    """A total row outside any indicators block sums points only when it or its table says points (`总分`, a
    `分值` / `得分` header) or its figures are a full weight and a score: the 合计 row of a 决算 table
    (`合计 | 42.35 | 714.60 | 738.26 | 18.69`) is money."""
    if any(_POINTS_WORD.search(text) for row in view.texts for text in row):
        return True
    total = _loose_total(view, r)
    return total.weight is not None and _is_full_weight(total.weight.text)


def _is_full_weight(text: str) -> bool:
    number = parse_number(text)
    return number is not None and number.value == FULL_WEIGHT


# --- header facts --------------------------------------------------------------------------------

def header_facts(view: TableView, r: int) -> list[HeaderFact]:
    """Label/value pairs of a row (`项目名称 | X | 主管部门 | Y`), or `label：value` in one cell."""
    out: list[HeaderFact] = []
    filled = view.filled(r)
    i = 0
    while i < len(filled):
        seg = filled[i]
        name, _, inline = clean_text(seg.text).replace("：", ":").partition(":")
        field_name = vocab.header_field(name)
        if field_name is None:
            i += 1
            continue
        if inline.strip():
            out.append(HeaderFact(field_name, inline.strip(), view.at(r, seg.col), name))
            i += 1
            continue
        if i + 1 < len(filled) and vocab.header_field(filled[i + 1].text) is None:
            value = filled[i + 1]
            out.append(HeaderFact(field_name, value.text, view.at(r, value.col), name))
            i += 2
            continue
        i += 1
    return out
