"""An amount listing's numbered items against its 合计 row: `“三公”经费合计 | 6.82` over `1.因公出国（境）费 |
0.00`, `2.公务用车购置及运行维护费 | 4.36` (its `其中` rows nested inside), `3.公务接待费 | 1.46`.

A two-column table of a label and an amount in a declared money unit (`金额（万元）`) whose total row
stands first or last and whose top-level items are numbered states that those items make the total.
The items are kept as a `sum` breakdown (the breakdown rules check it); nested `其中` rows and
unnumbered ones are left out, and a table of fund sources is the funds blocks' business.
"""
from __future__ import annotations

import re

from extractors import table_vocab as vocab
from extractors.registry import register
from extractors.table_values import clean_text, parse_money, unit_declared
from schemas.document import Table
from schemas.facts import Breakdown, Extraction
from schemas.figures import Figure
from schemas.provenance import Provenance
from schemas.text import SegmentedDocument

NAME = "table_listing_sums"
# A top-level item's number: `1.`, `2、`, `（三）`, `三、`.
NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])")
TOTAL_LABEL = re.compile(r"(?:合计|总计|小计)$")
MIN_ITEMS = 2


@register(NAME, produces=("breakdowns",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    found = []
    for page in doc.document.pages:
        for index, table in enumerate(page.tables):
            listing = _listing(table, page.number, index)
            if listing is not None:
                found.append(listing)
    return Extraction(breakdowns=tuple(found))


def _listing(table: Table, page: int, index: int) -> Breakdown | None:
    rows = [[clean_text(t) for t in row] for row in table.grid()]
    unit = next((u for row in rows[:2] for cell in row if (u := unit_declared(cell))), None)
    if unit is None:
        return None
    amounts: list[tuple[str, Figure]] = []
    for row in rows:
        filled = [c for c in row if c]
        if len(filled) != 2 or len(set(row)) > 3:
            continue  # a label and an amount (a merged label may repeat)
        figure = parse_money(filled[1], unit)
        if figure is not None:
            amounts.append((filled[0], figure))
    if not amounts:
        return None
    totals = [(k, a) for k, a in enumerate(amounts) if TOTAL_LABEL.search(a[0]) and k in (0, len(amounts) - 1)]
    if len(totals) != 1:
        return None
    at, (label, total) = totals[0]
    items = [a for k, a in enumerate(amounts) if k != at and NUMBERED.match(a[0])]
    if len(items) < MIN_ITEMS or any(vocab.fund_row(NUMBERED.sub("", name)) not in (None, "total") for name, _ in items):
        return None  # too few items, or fund sources (the funds blocks check those)
    return Breakdown(kind="sum", total=total, total_label=label, parts=tuple(items), exhaustive=True,
                     provenance=Provenance(page=page, extractor=NAME, table=index, evidence=f"{label} {total.stated}"),
                     unit="元")
