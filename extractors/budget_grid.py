"""Budget figures laid out as a horizontal grid: a row of item wordings over a row of amounts.

Hunan-style form reports (and many 基础数据表) give 收入合计 | 上年结转 | 公共财政拨款 |
政府基金拨款 | 纳入专户管理的非税收入拨款 | 其他 with the amounts on the row below, and
支出合计 | 基本支出 | 项目支出 likewise. A header cell counts when its whole text is a
budget wording (`item_synonyms.tsv`); the unit must be declared in the table or on its page
(`单位：万元`, `（元）`), since a grid of bare numbers could be either.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from extractors.budget import opening_year
from extractors.numbers import money
from extractors.registry import register
from extractors.table_values import table_unit, unit_declared
from extractors.table_vocab import is_total_row
from extractors.vocab import ItemLabel, item_labels
from schemas.document import Page, Table
from schemas.facts import BudgetItem, Extraction
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument

NAME = "budget_grid"
GRID_STRENGTH = 2
# Column wordings of the 绩效自评表 funds block, which extractors.tables reads with their bases.
FUNDS_TABLE_COLUMNS = frozenset({"budget_initial", "budget_adjusted", "expenditure_total", "execution_rate",
                                 "funds_received"})
MIN_ITEMS_PER_ROW = 2
_AMOUNT = re.compile(r"^-?\d+(?:\.\d+)?$")
_CELL_NOISE = re.compile(r"[\s()（）:：、]|^[一二三四五六七八九十\d]+[.、]|^其中")
# Inside a row of revenue wordings, a bare `其他` is the other revenue.
_CONTEXT_WORDS = {"其他": "revenue_other", "其他收入": "revenue_other", "结余": "balance_carryforward"}


@functools.lru_cache(maxsize=1)
def _whole_labels() -> dict[str, ItemLabel]:
    """The plain wordings of contract items, each to its first label in the vocabulary's order."""
    out: dict[str, ItemLabel] = {}
    for label in item_labels():
        if label.pattern is None and label.item and not label.project_only:
            out.setdefault(label.label, label)
    return out


def _label_of(cell: str | None) -> ItemLabel | None:
    """The item a cell's whole wording names (a dictionary lookup: every cell of every grid asks)."""
    if not cell:
        return None
    return _whole_labels().get(_CELL_NOISE.sub("", cell))


def _unit(table: Table, pages: Sequence[Page], page_index: int) -> str | None:
    """Declared in a cell of the grid, else by its caption or page (`table_values.table_unit`)."""
    in_cells = next((u for c in table.cells if (u := unit_declared(c.text))), None)
    return in_cells or table_unit(table, pages, page_index)


def grid_items(table: Table, pages: Sequence[Page], page_index: int, table_index: int,
               own_year: int | None = None) -> list[BudgetItem]:
    grid = table.grid()
    unit = _unit(table, pages, page_index)
    if unit is None:
        return []
    out: list[BudgetItem] = []
    for r, row in enumerate(grid[:-1]):
        labels = {c: _label_of(cell) for c, cell in enumerate(row)}
        found = {c: lb.item for c, lb in labels.items() if lb is not None and lb.item}
        if len([i for i in found.values() if i not in FUNDS_TABLE_COLUMNS]) < MIN_ITEMS_PER_ROW:
            continue  # a 绩效自评表 funds block (年初预算数 | 全年预算数 | 全年执行数): the tables extractor's
        for c, cell in enumerate(row):
            word = _CELL_NOISE.sub("", cell or "")
            if c not in found and word in _CONTEXT_WORDS:
                found[c] = _CONTEXT_WORDS[word]
        under = _row_of_the_whole(grid, r, found, own_year)
        if under is None:
            continue
        below = grid[under]
        for c, item in found.items():
            cell = below[c] if c < len(below) else None
            if not _amount(cell) or item == "execution_rate":
                continue
            value = (cell or "").replace(",", "").strip()
            figure = money(value, unit, f"{below[c]}{unit}")
            if figure is None:
                continue
            out.append(BudgetItem(item, figure, Provenance(
                page=table.page, extractor=NAME, evidence=f"{row[c]}: {below[c]}", table=table_index,
                row=under, col=c, location=table.location,
            ), strength=GRID_STRENGTH))
    return out


def _amount(cell: str | None) -> bool:
    return bool(_AMOUNT.match((cell or "").replace(",", "").strip()))


# A row labelled by a year (`2020年`, `2021年（计划）`, `2019年度`).
_YEAR_LABEL = re.compile(r"^\s*(?P<year>(?:19|20)\d{2})\s*年")


def _row_of_the_whole(grid: list[list[str | None]], header: int, found: dict[int, str],
                      own_year: int | None = None) -> int | None:
    """The row of amounts that is the report's own under a header row: the one row below it, or of
    several rows (one a unit or a fund: `委机关本级 | 9,862.40 | …`), the one total row; of rows by year
    (`2019年 | … / 2020年 | … / 合计`), the report's own year's, never the years' total."""
    rows: list[int] = []
    for r in range(header + 1, len(grid)):
        row = grid[r]
        # (a label spanning both rows, `收入` over `收入`, is the header's, repeated)
        in_columns = [row[c] for c in found if c < len(row) and row[c] != grid[header][c]]
        if any(_label_of(cell) is not None for cell in in_columns) or not any(_amount(cell) for cell in in_columns):
            break  # the next header row, or no more amounts
        rows.append(r)
    years = {r: int(m.group("year")) for r in rows if grid[r] and (m := _YEAR_LABEL.match(grid[r][0] or ""))}
    if len(years) >= 2:
        return next((r for r, year in years.items() if year == own_year), None)
    if len(rows) <= 1:
        return rows[0] if rows else None
    totals = [r for r in rows if grid[r] and is_total_row(grid[r][0] or "")]
    return totals[0] if len(totals) == 1 else None


@register(NAME, produces=("budget_items",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    items: list[BudgetItem] = []
    pages = doc.document.pages
    own_year = opening_year(doc.text)
    for page_index, page in enumerate(pages):
        for index, table in enumerate(page.tables):
            items.extend(grid_items(table, pages, page_index, index, own_year))
    return Extraction(budget_items=tuple(items))
