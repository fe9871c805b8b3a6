"""A form's rows of label / value pairs: `年初预算数 | 8,264.00 | 调整后预算数 | 9,180.00 | 上年结转 | 400.00`.

A sheet laid out as a questionnaire puts each budget figure in the cell right of its name, two to
four to a row. The names are the narrative's wordings (`labels.label_before` reads them), so a row
whose every filled cell alternates name, figure, and whose names are all budget wordings, gives one
item per pair, in the table's money unit. A funds block's rows (a label, then several figures) and
an indicator row (a name, a target, an actual, points) never alternate so.
"""
from __future__ import annotations

import re
from dataclasses import replace

from extractors.budget import REDUCTION
from extractors.labels import label_before
from extractors.table_facts import TABLE_STRENGTH, provenance
from extractors.table_grid import CellAt, TableView
from extractors.table_values import clean_text, parse_money, parse_number, parse_rate
from extractors.vocab import spending_classes
from schemas.facts import Basis, BudgetItem
from schemas.figures import Figure

MIN_PAIRS = 2  # a lone `合计 | 100` is no questionnaire row
MAX_LABEL_CHARS = 20


def pair_items(view: TableView, unit: str, scope: str | None = None) -> list[BudgetItem]:
    """The budget items of every row of label / value pairs in the table."""
    planned = states_the_plan(view)
    out: list[tuple[str, BudgetItem]] = []
    for r in range(view.n_rows):
        # a pair on a row of its own (`年末结转结余 | 207.54`, `实际支出(万元) | 1020.02`) goes with the rows
        # of pairs above it, whatever rows stand between
        out.extend(_row_items(view, r, unit, scope, 1 if out else MIN_PAIRS, planned))
    items = _without_grand_totals(out)
    return _as_planned(items) if planned else items


# A table of the budget as planned (`…2022年部门预算收支总表`, `收入项目 | 预算数 | 支出项目 | 预算数`): no
# word of what was spent or of the year's changes.
_PLAN_TITLE = re.compile(r"部门预算|预算(?:收支)?总?表")
_NOT_THE_PLAN = re.compile(r"决算|执行|实际|完成|调整|追加|全年预算|结转结余")
_PLANNED_VALUES = re.compile(r"预算(?:数|金额)?$")
_PLANNED_TOTALS = ("revenue_total", "expenditure_total", "budget_adjusted")


def states_the_plan(view: TableView) -> bool:
    """The table is the year's budget as planned: its title names the budget, its header heads the values
    `预算数`, and neither its title nor any cell names spending done or the year's changes."""
    if not view.n_rows or not _PLAN_TITLE.search(view.table.caption or ""):
        return False
    if not any(_PLANNED_VALUES.search(text.strip()) for text in view.texts[0]):
        return False
    cells = " ".join(text for row in view.texts for text in row)
    return not _NOT_THE_PLAN.search((view.table.caption or "") + " " + cells)


def _as_planned(items: list[BudgetItem]) -> list[BudgetItem]:
    """A planned budget's totals (`收入合计`, `支出合计`) are the initial budget, once; its sources are at the
    year's start (`@initial`)."""
    out: list[BudgetItem] = []
    for b in items:
        if b.item in _PLANNED_TOTALS:
            if not any(o.item == "budget_initial" and o.figure.value == b.figure.value for o in out):
                out.append(replace(b, item="budget_initial"))
        elif b.item.startswith("revenue_") or b.item.startswith("funds_"):
            out.append(replace(b, basis=Basis.INITIAL))
        else:
            out.append(b)
    return out


# `收入总计 | 4,790.80 | 支出总计 | 4,790.80` under `本年收入合计 | 4,606.80 | 本年支出合计 | 4,652.37`: the
# grand total takes in last year's carry-over and this year's balance, which the year's total leaves out.
GRAND_TOTAL = "总计"


def _without_grand_totals(labelled: list[tuple[str, BudgetItem]]) -> list[BudgetItem]:
    """An item stated as the year's total and again as a grand total (`总计`) is the year's total."""
    years = {b.item for label, b in labelled if GRAND_TOTAL not in label}
    return [b for label, b in labelled if GRAND_TOTAL not in label or b.item not in years]


def _row_items(view: TableView, r: int, unit: str, scope: str | None, min_pairs: int,
               beside_spending: bool = False) -> list[tuple[str, BudgetItem]]:
    """The row's (label, item) pairs. With `beside_spending` (a planned budget's 收支总表, its sources beside
    its spending classes: `一般公共预算拨款收入 | 1,486.20 | 农林水支出 | 1,283.14`), a pair under a spending
    class is passed over, not taken for a row of something else."""
    filled = view.filled(r)
    if len(filled) < 2 * min_pairs or len(filled) % 2:
        return []
    items: list[tuple[str, BudgetItem]] = []
    for name, value in zip(filled[::2], filled[1::2], strict=True):
        label_text = clean_text(name.text)
        if len(label_text) > MAX_LABEL_CHARS or parse_number(label_text) is not None:
            return []
        if beside_spending and label_text.endswith(spending_classes()):
            continue
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

