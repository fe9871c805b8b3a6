"""A 绩效自评表 that reached us as a stream of cells: its rows rebuilt.

Sites that flatten a form to text put one cell per line (`总额 |` / `238.93 |` / …), so the
readers see a table of one column, its row boundaries lost. The cells keep their order,
and the form's own vocabulary says what each is: a label of a report field is followed by
its value (`实施单位` / `青神县发展和改革局`); a run of column headers (`年初预算数 | 全年预算数
| 全年执行数 | 分值 | 执行率 | 得分`) opens a funds block; a row label (`总额`, `其中:财政资金`)
opens a row whose values follow it. Values are assigned to the columns in order, each to a
column it can be (a percent is the rate; 分值 and 得分 are points, never money); where cells
are missing, the assignment under which the row's own arithmetic holds (执行率 = 执行数 ÷
预算数) wins, then the one missing the leftmost columns (an empty 年初 cell is the usual gap).
The rebuilt grid goes through the same block reader as any other table.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from extractors import table_stream_indicators as indicators
from extractors import table_vocab as vocab
from extractors.table_values import is_missing, open_brackets, parse_number, rate_agreement
from schemas.document import Table
from schemas.facts import FULL_MARKS

# A table this narrow with this many cells is a stream, not a grid.
MAX_STREAM_COLS = 2
MIN_STREAM_CELLS = 8
MONEY_ROLES = ("initial", "adjusted", "received", "executed")
MAX_LABEL_CHARS = 20
# How likely a column's cell is the one left empty: 年初 (no initial budget) and 得分 (a source row
# is not scored) and notes often are; 执行数 and 分值 rarely.
GAP_COST = {"initial": 0, "note": 0, "score": 1, "received": 1, "adjusted": 2, "rate": 2, "executed": 3, "weight": 3}
# A source row (其中:财政拨款, 上年结转) leaves 分值, 执行率 and 得分 empty: its values are money, left first.
PART_GAP_COST = {"weight": 0, "rate": 0, "score": 0, "note": 0, "initial": 4, "received": 4, "adjusted": 5, "executed": 6}
POINT_ROLES = ("weight", "score")


@dataclass(frozen=True)
class StreamRow:
    label: str
    values: tuple[str, ...]


def is_stream(table: Table) -> bool:
    """One cell per line, or rows cut anywhere: a funds header row that runs on into a row label
    (`年初预算数 | … | 得分 | 年度资金总额`) has lost its row boundaries."""
    if len(table.cells) < MIN_STREAM_CELLS:
        return False
    if table.n_cols <= MAX_STREAM_COLS or len({c.col for c in table.cells if c.text.strip()}) <= MAX_STREAM_COLS:
        return True  # (a pipe table's trailing `| ||||` makes columns no cell fills)
    for texts in _own_texts_by_row(table):
        for start in range(len(texts)):
            roles, end = _header_run(texts, start)
            if roles:
                return end < len(texts) and _is_row_label(texts[end])
    return False


def _own_texts_by_row(table: Table) -> list[list[str]]:
    """Each row's cell texts once each: a header merged over two columns (`自评得分`) is one cell, not a
    header followed by a row label."""
    rows: list[list[str]] = [[] for _ in range(table.n_rows)]
    for cell in sorted(table.cells, key=lambda c: (c.row, c.col)):
        if cell.text.strip():
            rows[cell.row].append(cell.text.strip())
    return rows


def stream_cells(table: Table) -> list[str]:
    """The table's cell texts in reading order, empty ones dropped."""
    return [text.strip() for row in table.grid() for text in row if text and text.strip()]


# A goal's text is a sentence or more; its column's header is short.
MIN_GOAL_CHARS = 12


def _goal_pair(cells: Sequence[str], i: int) -> list[list[str]]:
    """The goals block flattened one cell a line (`预期目标`, `实际完成情况`, then the two texts): its header
    row and its row of texts, as the form lays them out; [] when the cells at `i` are not that."""
    if i + 3 >= len(cells):
        return []
    roles = [vocab.goal_column(cells[i]), vocab.goal_column(cells[i + 1])]
    if "actual" not in roles or not {"target", "adjusted"} & set(roles) or \
            min(len(cells[i + 2]), len(cells[i + 3])) < MIN_GOAL_CHARS:
        return []
    return [[cells[i], cells[i + 1]], [cells[i + 2], cells[i + 3]]]


def regroup(table: Table) -> Table | None:
    """The table's rows rebuilt from its stream of cells, or None when it holds no funds or indicator block."""
    if not is_stream(table):
        return None
    cells = stream_cells(table)
    rows: list[list[str]] = []
    found_block = False
    i = 0
    while i < len(cells):
        block = indicators.read_block(cells, i)
        if block is not None and not _longer_indicator_run_follows(cells, i):
            found_block = True
            rows.extend([list(block.header), *(list(row) for row in block.rows)])
            i = block.end
            continue
        inline, end = _inline_rows(cells, i)
        if inline:
            found_block = True
            rows.extend(inline)
            i = end
            continue
        roles, end = _header_run(cells, i)
        if roles and not _longer_run_follows(cells, i, end):
            found_block = True
            header = list(cells[i:end])
            header[-1], i = _label_with_aside(cells, end - 1)  # `得分` / `(20分*执行率)`: its aside on a line of its own
            rows.append(["", *header])
            first = True  # the block's first row is its total
            if i < len(cells) and parse_number(cells[i]) is not None:
                # `全年预算数(A) 全年执行数(B) 7165.32 6992.95 其中:…`: the total's figures before any label,
                # taken only where the columns hold them and the row's own rate, if it has a column, bears them out
                values, i = _values_after(cells, i)
                placed = assign(values, roles, total=True)
                if placed is not None and rate_agreement(dict(zip(roles, placed, strict=True))) >= ("rate" in roles):
                    rows.append(["", *placed])
                    first = False
            labelled, i = _labelled_values(cells, i, roles)
            if labelled is not None:
                rows.append(["", *labelled])
                first = False
            while i < len(cells) and _is_row_label(cells[i]):
                label, i = _label_with_aside(cells, i)
                values, i = _values_after(cells, i)
                if "note" in roles and i < len(cells) and _is_note(cells[i]):
                    values, i = [*values, cells[i]], i + 1
                placed = assign(values, roles, total=first or vocab.is_total_row(label)) \
                    or _without_a_repeated_cell(values, roles, total=first or vocab.is_total_row(label))
                first = False
                # A row the columns cannot take stays as read, its cells in order.
                rows.append([label, *placed] if placed is not None else [label, *values])
            continue
        goals = _goal_pair(cells, i)
        if goals:
            rows.extend(goals)  # `预期目标` / `实际完成情况` / <the targets> / <what was done>: a row of each
            i += 4
            continue
        label, colon, value = cells[i].partition("：")
        if colon and value and vocab.header_field(label):  # `主管部门：锦州市交通运输局`: a field and its value in one cell
            rows.append([label, value])
            i += 1
            continue
        if vocab.header_field(cells[i]) and i + 1 < len(cells) and not _is_label(cells[i + 1]):
            rows.append([cells[i], cells[i + 1]])
            i += 2
            continue
        rows.append([cells[i]])
        i += 1
    if not found_block:
        return None
    return Table.from_rows([[c or None for c in row] for row in rows], page=table.page,
                           location=(table.location or "table") + "/regrouped")


def _longer_indicator_run_follows(cells: Sequence[str], start: int) -> bool:
    """`年度绩效指标` before `一级指标 | 二级指标 | …` may read as a header: the longer run is the one."""
    end = indicators.header_run(cells, start)[1]
    return any(indicators.header_run(cells, later)[1] > end for later in (start + 1, start + 2))


def _longer_run_follows(cells: Sequence[str], start: int, end: int) -> bool:
    """A caption (`预算执行情况(10分)`, `年度预算数(万元)`) reads as a header too: the real header
    run starts a cell or two later and reaches further."""
    for later in (start + 1, start + 2):
        roles, later_end = _header_run(cells, later)
        if roles and later_end > end:
            return True
    return False


def _is_caption(text: str) -> bool:
    return any(w in text for w in vocab.vocabulary().caption_words) or text.endswith(("(万元)", "(元)", "分)"))


def _header_run(cells: Sequence[str], start: int) -> tuple[list[str], int]:
    """Roles of a run of funds column headers starting at `start`, and where it ends."""
    roles: list[str] = []
    i = start
    # a caption opens no run, but a header worded like one may go on with it (`预算安排情况` `资金执行情况`)
    while i < len(cells) and len(cells[i]) <= 24 and parse_number(cells[i]) is None and not (i == start and _is_caption(cells[i])):
        role = vocab.fund_column(cells[i])
        if role is None or role in roles:
            break
        roles.append(role)
        i += 1
    money = [r for r in roles if r in MONEY_ROLES]
    # two money headers over their figures at once (a flattened transfer form's 全年预算数 / 全年执行数)
    figures_follow = i + 1 < len(cells) and parse_number(cells[i]) is not None and parse_number(cells[i + 1]) is not None
    if len(money) >= 2 and ("rate" in roles or len(money) >= 3 or figures_follow):
        return roles, i
    return [], start


def _inline_row(cells: Sequence[str], start: int) -> tuple[str, list[tuple[str, str]], int] | None:
    """A row label, then each figure after the name of its column (`年度资金总额：` `年初预算数` `2,450.00`
    `全年预算数` `2,680.00` …; the label may carry the first column's name: `其中：当年财政拨款：年初预算数`):
    the label, the (column, figure) pairs, and where the cells after them start."""
    label, i = cells[start], start + 1
    pairs: list[tuple[str, str]] = []
    head, colon, tail = label.rstrip(":：").rpartition("：")
    if colon and vocab.fund_column(tail) and i < len(cells) and _is_value(cells[i]):
        label, pairs, i = head, [(tail, cells[i])], i + 1
    if not _is_row_label(label.rstrip(":：")):
        return None
    roles = [vocab.fund_column(name) for name, _ in pairs]
    while i + 1 < len(cells) and _is_value(cells[i + 1]) and not parse_number(cells[i]) \
            and vocab.fund_column(cells[i]) not in (None, *roles) and "：" not in cells[i]:
        pairs.append((cells[i], cells[i + 1]))  # (a column met again, or a label with a colon, starts the next row)
        roles.append(vocab.fund_column(cells[i]))
        i += 2
    if len(pairs) < 2:
        return None
    return label.rstrip(":："), pairs, i


def _inline_rows(cells: Sequence[str], start: int) -> tuple[list[list[str]], int]:
    """Rows each written as its label and its columns' names with their figures, under one header
    made of those names (in the order first met): the grid they stand for."""
    read: list[tuple[str, list[tuple[str, str]]]] = []
    i = start
    while i < len(cells):
        row = _inline_row(cells, i)
        if row is None:
            break
        label, pairs, i = row
        read.append((label, pairs))
    if not read:
        return [], start
    header: dict[str | None, str] = {}
    for _, pairs in read:
        for name, _ in pairs:
            header.setdefault(vocab.fund_column(name), name)
    grid = [["", *header.values()]]
    for label, pairs in read:
        by_role = {vocab.fund_column(name): value for name, value in pairs}
        grid.append([label, *(by_role.get(role, "") for role in header)])
    return grid, i


def _labelled_values(cells: Sequence[str], start: int, roles: Sequence[str]) -> tuple[list[str] | None, int]:
    """The total's figures each after the name of its column (`预算数:` `95` `执行数:` `82.65` `87%`),
    a bare figure going to the next column: placed under the roles, and where the cells after them start."""
    placed = [""] * len(roles)
    i, column = start, -1
    while i < len(cells):
        role = vocab.fund_column(cells[i]) if cells[i].endswith((":", "：")) else None
        if role in roles and i + 1 < len(cells) and _is_value(cells[i + 1]):
            column = roles.index(role)
            placed[column], i = cells[i + 1], i + 2
        elif column >= 0 and _is_value(cells[i]) and column + 1 < len(roles) and not placed[column + 1]:
            column += 1
            placed[column], i = cells[i], i + 1
        else:
            break
    if sum(1 for p in placed if p) < 2 or not all(_fits(r, p) for r, p in zip(roles, placed, strict=True) if p) \
            or rate_agreement(dict(zip(roles, placed, strict=True))) < 0:
        return None, start
    return placed, i


def _label_with_aside(cells: Sequence[str], start: int) -> tuple[str, int]:
    """A label (a row's or a header's) and the aside it runs on into, cut by spaces or lines
    (`其他资金` `(包括以前年度结转资` `金)`), and where the cells after it start."""
    label, i = cells[start], start + 1
    while i < len(cells) and parse_number(cells[i]) is None and (cells[i].startswith(("(", "（")) or open_brackets(label) > 0):
        label, i = label + cells[i], i + 1
    return label, i


def _is_note(text: str) -> bool:
    """A long text after a row's values: its 原因/说明 cell (labels are short)."""
    return parse_number(text) is None and len(text) > MAX_LABEL_CHARS


def _is_row_label(text: str) -> bool:
    return len(text) <= MAX_LABEL_CHARS and parse_number(text) is None and not is_missing(text) and (
        vocab.is_funds_row(text) or vocab.is_total_row(text))


def _is_label(text: str) -> bool:
    return vocab.header_field(text) is not None or vocab.fund_column(text) is not None


def _is_value(text: str) -> bool:
    return is_missing(text) or parse_number(text) is not None


def _values_after(cells: Sequence[str], start: int) -> tuple[list[str], int]:
    end = start
    while end < len(cells) and _is_value(cells[end]):
        end += 1
    return list(cells[start:end]), end


def _number(text: str) -> Decimal | None:
    number = parse_number(text)
    return None if number is None else number.value


def _fits(role: str, text: str) -> bool:
    if is_missing(text):
        return True
    value = _number(text)
    if role == "note":
        return value is None
    if value is None:
        return False
    if role == "rate":
        return True
    if text.rstrip().endswith("%"):
        return False
    return role not in POINT_ROLES or value <= FULL_MARKS


def assign(values: Sequence[str], roles: Sequence[str], total: bool = True) -> list[str] | None:
    """The values placed under the roles (in order, `""` where a cell is missing), or None."""
    if not values:
        return [""] * len(roles)
    if len(values) > len(roles):
        return None
    best: tuple[tuple[int, int, tuple[int, ...]], list[str]] | None = None
    for slots in itertools.combinations(range(len(roles)), len(values)):
        if not all(_fits(roles[s], v) for s, v in zip(slots, values, strict=True)):
            continue
        placed = [""] * len(roles)
        for s, v in zip(slots, values, strict=True):
            placed[s] = v
        missing = tuple(k for k in range(len(roles)) if k not in slots)
        # Agreement with the row's own arithmetic first, then the likeliest empty cells.
        costs = GAP_COST if total else PART_GAP_COST
        key = (-rate_agreement(dict(zip(roles, placed, strict=True))), sum(costs.get(roles[k], 2) for k in missing), missing)
        if best is None or key < best[0]:
            best = (key, placed)
    return best[1] if best else None


def _without_a_repeated_cell(values: Sequence[str], roles: Sequence[str], total: bool) -> list[str] | None:
    """A row with one cell more than its header, one of two equal neighbours printed twice
    (`28.1 28.1 28.1 28.1 10 100% 10` under six columns): placed without it, when that reading
    is the only one and the row's own rate does not contradict it."""
    if len(values) != len(roles) + 1:
        return None
    readings = {(*values[:k], *values[k + 1:]) for k in range(1, len(values)) if values[k] == values[k - 1]}
    if len(readings) != 1:
        return None
    placed = assign(readings.pop(), roles, total)
    if placed is None or rate_agreement(dict(zip(roles, placed, strict=True))) < 0:
        return None
    return placed

