"""A funds block set on its side: the sources across, the figures down.

`项目资金 | | 合计 | 中央财政资金 | 省级财政资金 | 县级配套资金` over `年初预算数 | 560.00 | 400.00 | …`,
`全年预算数 | …`, `全年执行数 | …`, `执行率 | …`: each source column is one funds row and each
figure row one column role, so the block reads as the upright one does. The cells keep their
own places in the grid, so every value still points at the cell it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractors import table_vocab as vocab
from extractors.table_grid import CellAt, Origin, TableView
from extractors.table_headers import MONEY_ROLES
from extractors.table_values import parse_number, unit_declared

# Sources across the header row, and money rows down, that make a block on its side.
MIN_SOURCES = 2
MIN_MONEY_ROWS = 2


@dataclass(frozen=True)
class SidewaysFunds:
    """A funds block on its side: each source's column, and the row each figure role stands in."""

    header_row: int
    sources: tuple[tuple[int, str, str | None], ...]  # (column, label, item) across the header row
    roles: dict[str, int]  # role -> row
    headers: dict[str, str]  # role -> the row's label
    unit: str | None
    end: int  # the row after the block

    def cells(self, view: TableView, col: int) -> dict[str, CellAt]:
        """One source's figures by role, as an upright block's row holds them."""
        return {role: view.at(row, col) for role, row in self.roles.items()}


def sideways_funds(view: TableView, r: int) -> SidewaysFunds | None:
    """The block whose header row `r` names fund sources across (the total among them); None when
    the row is no such header or no figure rows follow it."""
    sources = _sources_across(view, r)
    if len(sources) < MIN_SOURCES or not any(kind == "total" for _, _, kind in sources):
        return None
    first = sources[0][0]
    captions = {view.at(r, c).origin for c in range(first)}
    roles: dict[str, int] = {}  # role -> the row it stands in
    headers: dict[str, str] = {}
    end = r + 1
    while end < view.n_rows:
        if view.is_empty(end):
            end += 1
            continue
        label = _row_label(view, end, first, captions)
        role = vocab.fund_column(label) if label else None
        if role is None or role in roles:
            break
        roles[role], headers[role] = end, label
        end += 1
    money = [role for role in MONEY_ROLES if role in roles]
    if len(money) < MIN_MONEY_ROWS or parse_number(view.at(roles[money[0]], first).text) is None:
        return None
    unit = next((u for c in range(first) if (u := unit_declared(view.at(r, c).text))), None)
    return SidewaysFunds(r, tuple(sources), roles, headers, unit, end)


def _sources_across(view: TableView, r: int) -> list[tuple[int, str, str | None]]:
    """(column, label, item) of each fund source named across row `r`, once per merged cell, in a
    run to the row's end; empty when any cell of the run names no source."""
    cells: list[CellAt] = []
    for c in range(view.n_cols):
        cell = view.at(r, c)
        if cell.text and (not cells or cell.origin != cells[-1].origin):
            cells.append(cell)
    named = [c for c in cells if vocab.is_funds_row(c.text)]
    if not named:
        return []
    run = cells[cells.index(named[0]):]
    if any(not vocab.is_funds_row(c.text) for c in run):
        return []
    return [(c.col, c.text, vocab.fund_row(c.text)) for c in run]


def _row_label(view: TableView, r: int, first: int, captions: set[Origin | None]) -> str:
    """The row's own label: the last text left of the sources that is no caption spanning the block."""
    return next((cell.text for c in reversed(range(first)) if (cell := view.at(r, c)).text
                 and cell.origin not in captions and parse_number(cell.text) is None), "")
