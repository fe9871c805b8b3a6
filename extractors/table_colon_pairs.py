"""Fund rows written as `标签：金额` inside wide cells, as the Hunan 部门整体支出绩效自评表 has them.

Under the 年度资金总额 row, the form's next rows are wide cells a unit fills in after each colon:
`按收入性质分：1,968.42` over `其中：一般公共预算：1,316.42政府性基金拨款：112.00` on the left,
`按支出性质分：1,912.06` over `其中：基本支出：884.26项目支出：1,027.80` on the right. A cell holds
pairs, a label then its amount (or nothing: `纳入专户管理的非税收入拨款：`). The cells that start in one
column make a group, the breakdown of one of the block's money columns: the column whose total the
group's heading states (`按收入性质分：1,968.42`), else the sum of its parts. A group whose total no
column holds is not placed (no guess). Each pair becomes a row with its amount under that column, so
the block's own reader and rules take it as they take a row of the ruled form.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from decimal import Decimal

from extractors import table_vocab as vocab
from extractors.table_grid import CellAt, Seg, TableView
from extractors.table_headers import Columns
from extractors.table_values import parse_number

_PAIR = r"(?P<label>[\u4e00-\u9fff()（）]{2,24}?)\s*[:：]\s*(?P<value>-?\d[\d,，]*(?:\.\d+)?)?"
PAIR = re.compile(_PAIR)
# `其中：` opening a cell's list of pairs (a group's parts)
_QIZHONG = re.compile(r"^其中\s*[:：]\s*")
PAIR_CELL = re.compile(rf"(?:{_QIZHONG.pattern[1:]})?(?:{_PAIR}\s*)+")


def is_pair_row(view: TableView, r: int, caption_origins: Collection[object]) -> bool:
    """Every filled cell of the row, past the block's caption cells, is a run of `label：amount` pairs."""
    cells = _pair_cells(view, r, caption_origins)
    return bool(cells) and all(PAIR_CELL.fullmatch(seg.text) for seg in cells)


def pair_rows(view: TableView, rows: range, columns: Columns, totals: dict[str, str],
              caption_origins: Collection[object]) -> list[tuple[int, str, str | None, dict[str, CellAt]]]:
    """(row, label, item code, {role: cell}) for each known pair of the rows, under the money column its
    group breaks down (`totals`: the block's total row by role)."""
    groups: dict[int, list[tuple[int, Seg, str, str | None]]] = {}
    for r in rows:
        for seg in _pair_cells(view, r, caption_origins):
            for m in PAIR.finditer(_QIZHONG.sub("", seg.text)):
                groups.setdefault(seg.col, []).append((r, seg, m.group("label"), m.group("value")))
    out: list[tuple[int, str, str | None, dict[str, CellAt]]] = []
    for pairs in groups.values():
        heading = next((value for _, _, label, value in pairs if vocab.is_group_heading(label) and value), None)
        # (row, cell, label, item, amount) of the pairs the vocabulary names and an amount follows
        parts = [(r, seg, label, kind, value) for r, seg, label, value in pairs
                 if value and not vocab.is_group_heading(label) and (kind := vocab.fund_row(label)) not in (None, "total")]
        spending = all((kind or "").startswith("expenditure_") for *_, kind, _ in parts)
        role = _broken_down(totals, heading, [value for *_, value in parts], spending)
        if role is None:
            continue
        col = columns.roles[role]
        out.extend((r, label, kind, {role: CellAt(r, col, value, seg.origin)}) for r, seg, label, kind, value in parts)
    return out


def _pair_cells(view: TableView, r: int, caption_origins: Collection[object]) -> list[Seg]:
    return [seg for seg in view.filled(r) if seg.origin not in caption_origins]


# Where two columns hold the same total, spending is what was spent, income what the year's budget held.
_PREFERRED = {True: ("executed", "adjusted", "initial"), False: ("adjusted", "initial", "executed")}


def _broken_down(totals: dict[str, str], heading: str | None, parts: Sequence[str], spending: bool) -> str | None:
    """The money column whose total is the group's heading amount, else the sum of its parts."""
    numbers = [parse_number(p) for p in parts]
    stated = parse_number(heading) if heading is not None else None
    if stated is not None:
        total = stated.value
    elif numbers and all(n is not None for n in numbers):
        total = sum((n.value for n in numbers if n is not None), Decimal(0))
    else:
        return None
    return next((role for role in _PREFERRED[spending] if role in totals and _value(totals[role]) == total), None)


def _value(text: str) -> Decimal | None:
    number = parse_number(text)
    return number.value if number is not None else None
