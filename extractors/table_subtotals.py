"""A subtotal among a funds table's sources (`财政拨款小计` under 一般公共预算 and 政府性基金 拨款): the rows above
it added up again, no source of its own, so neither a part of the total nor the item its words name; so is a
total among the sources with the table's own total below it (`财政拨款合计`).

Told by its label (`小计`) and by the table's own arithmetic: its money is the rows' above it (back to the table's
start or the last total or subtotal) added up, within their rounding, in every money column both show. A 小计
that adds nothing above it (the first fiscal row, its parts following under 其中) stays a row.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from extractors import table_vocab as vocab
from extractors.table_headers import MONEY_ROLES
from extractors.table_values import Number, parse_number

MIN_PARTS = 2


def subtotal_rows(labels: Sequence[str], money: Sequence[Mapping[str, str]], totals: Sequence[bool]) -> set[int]:
    """Indexes of the rows that add up the rows above them: `labels`, each row's money cells by role (`initial`,
    `adjusted`, `executed`) and whether it is the table's total, all row by row."""
    found: set[int] = set()
    start = 0
    last_total = max((k for k, total in enumerate(totals) if total), default=-1)
    for k, label in enumerate(labels):
        inner_total = totals[k] and k < last_total  # `财政拨款合计` among the sources, the table's 合计 below it
        if totals[k] and not inner_total:
            start = k + 1
        elif inner_total or vocab.is_subtotal_row(label):
            if k - start >= MIN_PARTS and _adds_up(money[k], money[start:k]):
                found.add(k)
            start = k + 1
    return found


def _adds_up(subtotal: Mapping[str, str], parts: Sequence[Mapping[str, str]]) -> bool:
    compared = 0
    for role in MONEY_ROLES:
        whole = parse_number(subtotal.get(role))
        figures = [parse_number(part.get(role)) for part in parts]
        known = [f for f in figures if f is not None]
        if whole is None or not known:
            continue
        if abs(sum((f.value for f in known), Decimal(0)) - whole.value) > _rounding(whole, known):
            return False
        compared += 1
    return compared > 0


def _rounding(whole: Number, parts: Sequence[Number]) -> Decimal:
    """What the written precision lets a sum miss by: each figure's half unit."""
    return whole.half_unit() + sum((p.half_unit() for p in parts), Decimal(0))
