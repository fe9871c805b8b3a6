"""Block headers of a 绩效自评表: which row opens a block, and what each column holds.

A header row is short labels only (no cell reads as a value); each column is
classified by the vocabulary (`table_vocab`), reading a header split over two
rows as one (`预算数` over `年初 | 全年`). A caption merged down over the block's
rows (`项目资金（万元）`, `绩效指标`) is no column.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from extractors import table_vocab as vocab
from extractors.budget import PREVIOUS_YEAR, YEAR_IN, names_earlier_year
from extractors.table_grid import CellAt, TableView
from extractors.table_values import parse_indicator_value, parse_number, rate_agreement

MONEY_ROLES = ("initial", "adjusted", "executed")
TARGET_ROLES = ("target", "target_initial", "target_adjusted", "actual")
# A block header names at least one of these; other rows skip the vocabulary (fast on big sheets).
_HEADER_HINT = re.compile(r"预算|执行|指标|得分|分值|权重|目标|完成|年初|全年|调整|计划|到位|实际|支出|收入|预期|下达|拨付|支付|批复|金额")
# A header cell is a short label; longer cells are values or notes.
MAX_HEADER_CHARS = 24


@dataclass(frozen=True)
class Columns:
    """Column roles of a block: role -> grid column, with the header text read for each."""

    roles: dict[str, int]
    headers: dict[str, str]
    width: int  # columns the header row covers

    def get(self, role: str) -> int | None:
        return self.roles.get(role)


@dataclass(frozen=True)
class GoalsBlock:
    target: CellAt | None
    actual: CellAt | None


Classify = Callable[[str], "str | None"]


def _header_roles(view: TableView, rows: tuple[int, ...], classify: Classify) -> tuple[dict[str, int], dict[str, str]]:
    """Roles per column from one header row, or two stacked ones (a header split over two rows).

    Each column is classified by its lowest header text first, then by the
    texts stacked (`预算数` over `年初` reads `预算数年初`), then by its top text.
    """
    roles: dict[str, int] = {}
    headers: dict[str, str] = {}
    below = rows[-1] + 1
    label_cols = _label_columns(view, rows)
    years = [int(y) for r in rows for seg in view.filled(r) for y in YEAR_IN.findall(seg.text)]
    latest = max(years, default=None)
    for col in range(view.n_cols):
        if below < view.n_rows and view.same_cell_above(below, col):
            continue  # a caption merged down over the block's rows, not a column header
        texts: list[str] = []
        for r in rows:
            cell = view.at(r, col)
            if cell.text and (not texts or not view.same_cell_above(r, col)):
                texts.append(cell.text)
        if not texts or any(len(t) > MAX_HEADER_CHARS or parse_number(t) for t in texts):
            continue
        role = classify(texts[-1]) or classify("".join(texts)) or classify(texts[0])
        if role in MONEY_ROLES and _earlier_year(texts, latest):
            continue  # `2021年决算数` / `上年执行数` beside this year's columns: last year's figures
        if col in label_cols and role in MONEY_ROLES and any(w in texts[0] for w in vocab.vocabulary().caption_words):
            continue  # `项目资金(万元)`, `部门预算执行情况` over the row labels: a block caption, not a column
        if role in MONEY_ROLES and _labels_below(view, below, col):
            continue  # `年度预算数(万元)` over 总额, 其中…: the row labels' column, whatever its header says
        if role and role not in roles:
            roles[role] = col
            headers[role] = "".join(texts)
        elif role in POINT_ROLES and roles[role] < roles.get("name", -1) < col:
            # `一级指标 | 分值 | 二级指标 | 三级指标 | … | 分值 | 得分`: the points left of the
            # indicator names are the first-level block's; each row's are those right of its name
            roles[role] = col
            headers[role] = "".join(texts)
        elif role in MONEY_ROLES and _out_of_order(roles, role):
            # `年度预算数(万元) | 年初预算 | 调整后预算数`: the first 预算数 stood left of 年初, a caption
            # over its sub-columns; the money columns run 年初, 调整后, 执行 left to right
            roles[role] = col
            headers[role] = "".join(texts)
    return _where_values_start(view, rows[-1], roles), headers


POINT_ROLES = ("weight", "score")
# Roles whose values are figures, and how many rows under the header show where they start.
FIGURE_ROLES = (*MONEY_ROLES, "rate", *POINT_ROLES)
VALUE_ROWS = 6


def _where_values_start(view: TableView, header_row: int, roles: dict[str, int]) -> dict[str, int]:
    """A header merged over several columns heads the one its figures start in (an unruled form's grid is cut
    where other sections' columns fall: `全年预算数` over two columns, `236.00` right-aligned in the second)."""
    below = range(header_row + 1, min(view.n_rows, header_row + 1 + VALUE_ROWS))

    def starts(col: int) -> int:
        return sum(1 for r in below if parse_number(view.at(r, col).text) is not None
                   and (col == 0 or view.at(r, col).origin != view.at(r, col - 1).origin))

    moved = dict(roles)
    for role, col in roles.items():
        origin = view.at(header_row, col).origin
        if role not in FIGURE_ROLES or origin is None:
            continue
        span = [c for c in range(col, view.n_cols) if view.at(header_row, c).origin == origin]
        best = max(span, key=lambda c: (starts(c), -c))
        if starts(best) > starts(col) and best not in moved.values():
            moved[role] = best
    return moved


def _earlier_year(texts: list[str], latest: int | None) -> bool:
    """A column headed by a year before the latest the header names, or by 上年/去年."""
    joined = "".join(texts)
    return bool(PREVIOUS_YEAR.match(joined)) or names_earlier_year(joined, latest)


def _out_of_order(roles: dict[str, int], role: str) -> bool:
    """The column holding `role` stands left of a money column that comes before it."""
    earlier = MONEY_ROLES[:MONEY_ROLES.index(role)]
    return any(roles[other] > roles[role] for other in earlier if other in roles)


def _labels_below(view: TableView, row: int, col: int) -> bool:
    """The first data row holds a row label (总额, 其中:财政拨款) in this column, not a value."""
    if row >= view.n_rows:
        return False
    text = view.at(row, col).text
    return bool(text) and parse_number(text) is None and (vocab.is_total_row(text) or vocab.is_funds_row(text))


def _label_columns(view: TableView, rows: tuple[int, ...]) -> set[int]:
    """The leftmost header cell's columns (it may be merged across a few): over the row labels."""
    first = next((c for c in range(view.n_cols) if any(view.at(r, c).text for r in rows)), None)
    if first is None:
        return set()
    origins = {view.at(r, first).origin for r in rows}
    return {c for c in range(first, view.n_cols) if all(view.at(r, c).origin in origins for r in rows)}


def is_header_like(view: TableView, r: int) -> bool:
    """Short labels only: no cell reads as a value (a vertical caption may be long)."""
    if r >= view.n_rows or view.is_empty(r):
        return False
    for seg in view.filled(r):
        if _value_like(seg.text):
            return False
        caption = r + 1 < view.n_rows and view.same_cell_above(r + 1, seg.col)
        if len(seg.text) > MAX_HEADER_CHARS and not caption:
            return False
    return True


def _value_like(text: str) -> bool:
    """`2,150.00`, `95%`, `≥600人次`, `648人次` — not `2022年度指标值` or `执行率(B/A×100%)`."""
    if parse_number(text) is not None or text[:1] in "≥≤=<>":
        return True
    value = parse_indicator_value(text)
    return bool(value and value.value is not None and (value.unit is None or len(value.unit) <= 3))


def _width(view: TableView, r: int) -> int:
    return max((s.end for s in view.filled(r)), default=view.n_cols)


def _header_rows(view: TableView, r: int, classify: Classify) -> tuple[tuple[int, ...], ...]:
    """Row r alone, or r with the sub-header row under it when r+1 is one (tried first)."""
    if not _HEADER_HINT.search(view.row_text(r)) or not is_header_like(view, r):
        return ()
    nxt = r + 1
    top = view.filled(r)
    # The top row of a split header names columns itself (`预算数` over `年初 | 全年`); a row of
    # label/value pairs (`主管部门 | X`) above a header is not part of it.
    sub = (
        is_header_like(view, nxt)
        and any(classify(s.text) for s in top)
        and not any(vocab.header_field(s.text) for s in top)
        and any(classify(s.text) for s in view.filled(nxt) if not view.same_cell_above(nxt, s.col))
    )
    return ((r, nxt), (r,)) if sub else ((r,),)


def indicator_header(view: TableView, r: int) -> tuple[Columns | None, int]:
    """Columns of an indicators block whose header starts at row r, and the first data row."""
    for rows in _header_rows(view, r, vocab.indicator_column):
        roles, headers = _header_roles(view, rows, vocab.indicator_column)
        # Targets and actuals, or (decision–management–output–effect frameworks) just points and scores.
        values = any(t in roles for t in TARGET_ROLES) or ("weight" in roles and "score" in roles)
        # A table of first-level rows only (`一级指标 | 分值 | 得分`: 决策, 过程, 产出, 效益) is one too.
        level_only = "level1" in roles and "weight" in roles and "score" in roles
        if (("name" in roles or "level2" in roles) and values) or level_only:
            return Columns(roles, headers, _width(view, rows[-1])), rows[-1] + 1
    return None, r


def funds_header(view: TableView, r: int) -> tuple[Columns | None, int]:
    for rows in _header_rows(view, r, vocab.fund_column):
        roles, headers = _header_roles(view, rows, vocab.fund_column)
        roles = _under_merged_label_header(view, rows, roles)
        roles = _over_label_column(view, rows, roles)
        money = [m for m in MONEY_ROLES if m in roles]
        # `收入来源 | 金额 | 占比`: one money column with no basis; kept only over fund sources (read_funds)
        if len(money) >= 2 or (money and "rate" in roles) or (not money and "amount" in roles):
            return Columns(roles, headers, _width(view, rows[-1])), rows[-1] + 1
    return None, r


# Data rows looked at to tell whether the header's second cell is over values.
_ROWS_CHECKED = 3


def _under_merged_label_header(view: TableView, rows: tuple[int, ...], roles: dict[str, int]) -> dict[str, int]:
    """Roles moved one column left when the row labels' header took two cells and the rows one.

    `部门总体资金(万元) | 资 金 来 源 | 年初预算数 | 全年执行数` over `年度资金总额 | 1172.55 | 1268.72`: a
    flattened form lost the merge of a caption and the labels' header, so the rows hold their
    values one cell to the left of the headers naming them. Told by the rows themselves: a value
    under the labels' second header cell, in every data row looked at.
    """
    labels = _label_columns(view, rows)
    if not labels or not roles:
        return roles
    second = max(labels) + 1
    header = "".join(view.at(r, second).text for r in rows)
    if not header or second in roles.values() or min(roles.values()) <= second or vocab.fund_column(header):
        return roles
    data = [r for r in range(rows[-1] + 1, view.n_rows) if not view.is_empty(r)][:_ROWS_CHECKED]
    if not data or not all(parse_number(view.at(r, second).text) is not None and view.at(r, max(labels)).text
                           for r in data):
        return roles
    return {role: col - 1 for role, col in roles.items()}


def _over_label_column(view: TableView, rows: tuple[int, ...], roles: dict[str, int]) -> dict[str, int]:
    """Roles moved one column right when the header row starts over the row labels.

    `资金投入情况 (万元) |` on a line of its own, then `全年预算数(A) | 全年执行数(B) | 预算执行率` over
    `年度资金总额: | 808.1 | 692.98 | 86%`: the caption was the labels' header, and the page lost the
    line that held both. Told by the rows: each begins with a funds label and holds a value under
    the cell right of the last header.
    """
    first = vocab.fund_column("".join(view.at(r, 0).text for r in rows))
    if not roles or first is None or first in roles or 0 in roles.values():
        return roles
    data = [r for r in range(rows[-1] + 1, view.n_rows) if not view.is_empty(r)][:_ROWS_CHECKED]
    if not data or not _labels_below(view, data[0], 0):
        return roles
    shifted = {first: 1, **{role: col + 1 for role, col in roles.items()}}
    # (or, its last cell empty — an unscored row — its own rate bears the shift out: `…338.31 | 10 | 102.59% |`)
    if parse_number(view.at(data[0], max(roles.values()) + 1).text) is None and rate_agreement(
            {role: view.at(data[0], col).text for role, col in shifted.items() if col < view.n_cols}) <= 0:
        return roles
    return shifted


def goals_header(view: TableView, r: int) -> GoalsBlock | None:
    """`预期目标 | 实际完成情况` over the row holding the two texts."""
    if r + 1 >= view.n_rows or not _HEADER_HINT.search(view.row_text(r)) or not is_header_like(view, r):
        return None
    found: dict[str, CellAt] = {}
    for seg in view.filled(r):
        role = vocab.goal_column(seg.text)
        below = view.at(r + 1, seg.col)
        if role and role not in found and below.text and below.origin != view.at(r, seg.col).origin:
            found[role] = below
    if "actual" not in found or not ({"target", "adjusted"} & set(found)):
        return None
    return GoalsBlock(found.get("target"), found["actual"])


def vertical_goal(view: TableView, r: int) -> list[GoalsBlock]:
    """`实际完成情况 | <text>` laid out as a row rather than a column."""
    filled = view.filled(r)
    for i, seg in enumerate(filled[:-1]):
        if len(seg.text) <= MAX_HEADER_CHARS and vocab.goal_column(seg.text) == "actual":
            value = filled[i + 1]
            if len(value.text) > MAX_HEADER_CHARS:
                return [GoalsBlock(None, view.at(r, value.col))]
    return []
