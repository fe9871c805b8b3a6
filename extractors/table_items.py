"""Tables that list budget figures one per row: `项目 | 金额 | 单位`, `项目 | 本年数 | 上年数`.

A 收支情况表 often states the report's figures as rows: a label column whose cells are the
budget wordings of the narrative (`年初预算数`, `其中：一般公共预算财政拨款收入`, `本年支出合计`),
and a column of amounts beside it. Each label is read with the narrative's own vocabulary
(`labels.label_before`), so a wording the narrative knows is known here too. The amount is
this year's: the first column of figures right of the labels whose header is not last year's,
a change or a share (`上年数`, `增减`, `占比`). Its unit is the row's own unit cell (`| 万元 |`),
else the column header's (`金额（万元）`), else the one the page declares (`单位：元`); a row
without any is left unread rather than guessed. Forms whose header is a funds header
(`年初预算数 | 全年预算数 | 全年执行数`) are the tables extractor's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.budget import PREVIOUS_YEAR
from extractors.labels import label_before
from extractors.registry import register
from extractors.table_grid import CellAt, TableView
from extractors.table_text import text_tables
from extractors.table_values import parse_money, parse_rate, table_unit, unit_declared
from extractors.table_vocab import fund_column
from extractors.vocab import money_units
from schemas.facts import BudgetItem, Extraction
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument

NAME = "table_items"
STRENGTH = 2  # as firm as the narrative's wording: the same wording in a table
# Rows whose label names a figure: at least this many make a label column.
MIN_LABELLED_ROWS = 2
# Headers of columns that hold no figure of this year.
_NOT_THIS_YEAR = re.compile(r"上年|去年|上一年|增减|增长|变动|同比|比上年|占比|比重|构成|序号|说明|备注|依据")
# Header roles of a funds form's columns; two of them make the table a form, not a list.
_FORM_ROLES = frozenset({"initial", "adjusted", "executed", "rate", "score", "weight"})
# A cell `标签：值` whose value is one figure (`年初预算：186.40万元`, `执行率：96.93%`).
_PAIR_CELL = re.compile(r"(?P<label>[^:：\d]{2,24})\s*[:：]\s*(?P<value>-?[\d,，]+(?:\.\d+)?\s*(?:亿元|万元|元|%|％)?)")
_UNIT_AFTER = re.compile(r"(?:亿元|万元|元)$")
MIN_PAIR_CELLS = 3
_ENCLOSED = re.compile(r"[(（]([^()（）]+)[)）]")
_ROW_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[一二三四五六七八九十]+)\s*[、.．]?\s*")


@dataclass(frozen=True)
class ItemColumns:
    label: int
    value: int
    unit: int | None  # a column of units, one per row


@register(NAME, produces=("budget_items",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    items: list[BudgetItem] = []
    pages = doc.document.pages
    for page_index, page in enumerate(pages):
        for index, table in enumerate(page.tables or tuple(text_tables(page))):
            view = TableView(page.number, index, table)
            items.extend(_items(view, table_unit(table, pages, page_index)))
    return Extraction(budget_items=tuple(items))


def _items(view: TableView, page_unit: str | None) -> list[BudgetItem]:
    pairs = _pair_items(view, page_unit)
    if pairs:
        return pairs
    if view.n_rows < 2 or _is_funds_form(view):
        return []
    out: list[BudgetItem] = []
    for columns in _item_columns(view):
        header_unit = unit_declared(view.texts[0][columns.value])
        for r in range(1, view.n_rows):
            label = label_before(*_label_text(view.texts[r][columns.label]))
            if (label is None or label.item is None) and _wrapped_label(view, r + 1, columns):
                # `其中：一般公共预算财政 | 4,518,835.36` over `拨款 |`: the label wrapped onto a row of its own
                label = label_before(*_label_text(view.texts[r][columns.label] + view.texts[r + 1][columns.label].strip()))
            if label is None or label.item is None or label.item.startswith("budget_reduction"):
                continue
            cell = view.at(r, columns.value)
            unit = view.texts[r][columns.unit].strip() if columns.unit is not None else ""
            if label.item == "execution_rate" or unit in ("%", "％"):
                figure = parse_rate(cell.text + ("%" if unit and "%" not in cell.text else ""), view.texts[0][columns.value])
                if label.item != "execution_rate":
                    continue  # a share or rate of something else
            else:
                money = unit if unit in money_units() else header_unit or page_unit
                figure = parse_money(cell.text, money) if money else None
            if figure is not None:
                out.append(BudgetItem(label.item, figure, _provenance(view, cell), strength=STRENGTH))
    return out


MAX_WRAPPED_CHARS = 6


def _wrapped_label(view: TableView, r: int, columns: ItemColumns) -> bool:
    """Row r is the tail of the label above it: a few characters in the label column, nothing else."""
    if r >= view.n_rows:
        return False
    tail = view.texts[r][columns.label].strip()
    return 0 < len(tail) <= MAX_WRAPPED_CHARS and not any(
        text.strip() for c, text in enumerate(view.texts[r]) if c != columns.label)


def _pair_items(view: TableView, page_unit: str | None) -> list[BudgetItem]:
    """A form printed as `标签：值` pairs, a few to a line (`年初预算：186.40万元  年中追加：18.25万元`):
    when most of the table's cells are such pairs, each pair naming a budget wording is a figure
    (its unit written after it, else the page's: `（单位：万元）`)."""
    cells: list[CellAt] = []
    seen = set()
    for r in range(view.n_rows):
        for seg in view.filled(r):
            if seg.origin not in seen:  # a merged cell once
                seen.add(seg.origin)
                cells.append(view.at(r, seg.col))
    matches = [(cell, m) for cell in cells if (m := _PAIR_CELL.fullmatch(cell.text.strip()))]
    if len(matches) < MIN_PAIR_CELLS or 2 * len(matches) < len(cells):
        return []
    out: list[BudgetItem] = []
    for cell, m in matches:
        label = label_before(*_label_text(m.group("label")))
        if label is None or label.item is None or label.item.startswith("budget_reduction"):
            continue
        if PREVIOUS_YEAR.match(m.group("label")):
            continue  # `上年全年支出：183.92万元` beside this year's
        if label.item == "execution_rate":
            figure = parse_rate(m.group("value"))
        else:
            value = m.group("value")
            # a unit written after the figure wins; without one, the page's; without that, unread
            figure = parse_money(value, page_unit) if page_unit else parse_money(value) if _UNIT_AFTER.search(value) else None
        if figure is not None:
            out.append(BudgetItem(label.item, figure, _provenance(view, cell), strength=STRENGTH))
    return out


def _label_text(text: str) -> tuple[str, int]:
    """A label cell as a clause that ends where its figure would stand (`4.1 其中：…收入`)."""
    label = _ROW_NUMBER.sub("", text).strip()
    enclosed = _ENCLOSED.fullmatch(label)
    if enclosed:  # `（人员经费）` under 基本支出: a part named in brackets
        label = enclosed.group(1)
    return label, len(label)


def _is_funds_form(view: TableView) -> bool:
    """A row of a funds form's column headers anywhere (a form opens with its 项目名称 rows); a
    row holding figures is data (`预算执行率 | 95.80 | 本年支出÷调整后预算数`), never a header."""
    return any(len({fund_column(text) for text in row if text} & _FORM_ROLES) >= 2
               and not any(parse_rate(text) is not None for text in row) for row in view.texts)


def _item_columns(view: TableView) -> list[ItemColumns]:
    """Each label column with the column of this year's amounts to its right (side-by-side
    收入 | 金额 | 支出 | 金额 lists give two)."""
    labelled = [c for c in range(view.n_cols) if _labelled_rows(view, c) >= MIN_LABELLED_ROWS]
    out = []
    for k, label in enumerate(labelled):
        limit = labelled[k + 1] if k + 1 < len(labelled) else view.n_cols
        value = _this_year(view, [c for c in range(label + 1, limit) if _is_amounts(view, c)])
        if value is not None:
            unit = next((c for c in range(value + 1, limit) if _is_units(view, c)), None)
            out.append(ItemColumns(label, value, unit))
    return out


_YEAR = re.compile(r"(20\d{2})\s*年")


def _this_year(view: TableView, amounts: list[int]) -> int | None:
    """The first column of amounts; of columns headed by years (`2022年 | 2023年`), the latest."""
    years = {c: int(m.group(1)) for c in amounts if (m := _YEAR.search(view.texts[0][c]))}
    if len(years) >= 2:
        return max(years, key=lambda c: years[c])
    return amounts[0] if amounts else None


def _labelled_rows(view: TableView, col: int) -> int:
    found = 0
    for r in range(1, view.n_rows):
        label = label_before(*_label_text(view.texts[r][col]))
        found += label is not None and label.item is not None
    return found


def _is_amounts(view: TableView, col: int) -> bool:
    if _NOT_THIS_YEAR.search(view.texts[0][col]):
        return False
    figures = sum(parse_rate(view.texts[r][col]) is not None for r in range(1, view.n_rows))
    return figures >= MIN_LABELLED_ROWS


def _is_units(view: TableView, col: int) -> bool:
    cells = [view.texts[r][col].strip() for r in range(1, view.n_rows) if view.texts[r][col].strip()]
    return bool(cells) and all(c in money_units() or c in ("%", "％") for c in cells)


def _provenance(view: TableView, cell: CellAt) -> Provenance:
    return Provenance(page=view.page, extractor=NAME, evidence=" | ".join(t for t in view.texts[cell.row] if t),
                      table=view.index, row=cell.row, col=cell.col, location=cell.address or view.table.location)
