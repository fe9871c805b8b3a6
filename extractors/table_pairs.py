"""A form's rows of label / value pairs: `年初预算数 | 8,264.00 | 调整后预算数 | 9,180.00 | 上年结转 | 400.00`.

A sheet laid out as a questionnaire puts each budget figure in the cell right of its name, two to
four to a row. The names are the narrative's wordings (`labels.label_before` reads them), so a row
whose every filled cell alternates name, figure, and whose names are all budget wordings, gives one
item per pair, in the table's money unit. A funds block's rows (a label, then several figures) and
an indicator row (a name, a target, an actual, points) never alternate so.
"""
from __future__ import annotations

from extractors.budget import REDUCTION
from extractors.labels import label_before
from extractors.table_facts import TABLE_STRENGTH, provenance
from extractors.table_grid import CellAt, TableView
from extractors.table_values import clean_text, parse_money, parse_number, parse_rate
from schemas.facts import BudgetItem
from schemas.figures import Figure

MIN_PAIRS = 2  # a lone `合计 | 100` is no questionnaire row
MAX_LABEL_CHARS = 20


def pair_items(view: TableView, unit: str, scope: str | None = None) -> list[BudgetItem]:
    """The budget items of every row of label / value pairs in the table."""
    out: list[tuple[str, BudgetItem]] = []
    for r in range(view.n_rows):
        # a pair on a row of its own (`年末结转结余 | 207.54`, `实际支出(万元) | 1020.02`) goes with the rows
        # of pairs above it, whatever rows stand between
        out.extend(_row_items(view, r, unit, scope, 1 if out else MIN_PAIRS))
    return _without_grand_totals(out)


# `收入总计 | 4,790.80 | 支出总计 | 4,790.80` under `本年收入合计 | 4,606.80 | 本年支出合计 | 4,652.37`: the
# grand total takes in last year's carry-over and this year's balance, which the year's total leaves out.
GRAND_TOTAL = "总计"


def _without_grand_totals(labelled: list[tuple[str, BudgetItem]]) -> list[BudgetItem]:
    """An item stated as the year's total and again as a grand total (`总计`) is the year's total."""
    years = {b.item for label, b in labelled if GRAND_TOTAL not in label}
    return [b for label, b in labelled if GRAND_TOTAL not in label or b.item not in years]


def _row_items(view: TableView, r: int, unit: str, scope: str | None, min_pairs: int) -> list[tuple[str, BudgetItem]]:
    """The row's (label, item) pairs."""
    filled = view.filled(r)
    if len(filled) < 2 * min_pairs or len(filled) % 2:
        return []
    items: list[tuple[str, BudgetItem]] = []
    for name, value in zip(filled[::2], filled[1::2], strict=True):
        label_text = clean_text(name.text)
        if len(label_text) > MAX_LABEL_CHARS or parse_number(label_text) is not None:
            return []
        label = label_before(label_text, len(label_text))
        if label is None or label.item is None:
            return []  # every name a budget wording, or the row is something else
        cell = view.at(r, value.col)
        figure = _figure(label.item, cell, unit)
        if figure is None:
            return []
        where = provenance(view, cell, f"{label_text}: {value.text}")
        if label.item == REDUCTION:  # 调减 is no contract item: kept beside the figures, as the narrative's is
            if scope is None:
                items.append((label_text, BudgetItem("budget_addition", figure, where, strength=TABLE_STRENGTH,
                                                     scope=REDUCTION)))
            continue
        items.append((label_text, BudgetItem(label.item, figure, where, strength=TABLE_STRENGTH, scope=scope)))
    return items


def _figure(item: str, cell: CellAt, unit: str) -> Figure | None:
    if item == "execution_rate":
        return parse_rate(cell.text, "")
    return parse_money(cell.text, unit)

