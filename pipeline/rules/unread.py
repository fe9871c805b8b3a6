"""A sum short of its total by exactly a figure nobody read is a missed part, not an error.

A report that lists its funds in a wording the extractors do not know (`中央财政下达我院…补助资金
1850000.00元`) leaves that part out of the sum, and the sum then misses its total by exactly that
figure. An auditor sent after it finds nothing wrong with the report. So before a `sum.parts`
error stands, the money figures of the same passage other than the sum's own are searched for one
equal to the gap (within the rounding of all of them); if there is one, the error becomes a
warning that names it. A gap the other way (parts above the total) is never a missed part.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from decimal import Decimal

from pipeline.rules.common import narrative_items
from schemas.facts import BudgetItem, Flag, FlagParam, ReportFacts, Severity, StatedMoney
from schemas.messages import render
from schemas.provenance import Provenance
from schemas.tables import ITEM_PARTS

SUM_KEY = "sum.parts"
UNREAD_KEY = "sum.parts.unread"
# How far (characters of the page's text) before the first and after the last figure of the sum
# the passage reaches: the sentence or two a report states its funds in.
PASSAGE_REACH = 150


def explain_unread_parts(flags: Iterable[Flag], facts: ReportFacts) -> list[Flag]:
    """The flags, with each sum error that an unread figure of its passage explains made a warning."""
    return [_explained(f, facts) for f in flags]


def _explained(flag: Flag, facts: ReportFacts) -> Flag:
    if flag.severity is not Severity.ERROR or flag.text is None or flag.text.key != SUM_KEY:
        return flag
    if flag.expected is None or flag.stated is None or flag.stated <= flag.expected:
        return flag
    items = narrative_items(facts)
    involved = [items[code] for code in flag.items if code in items]
    unread = unread_gap_figure(flag.stated - flag.expected, involved, facts)
    if unread is None:
        return flag
    total = items.get(flag.items[-1])  # a sum flag names its parts, then its total
    params = flag.text.params + (FlagParam.money("gap", flag.stated - flag.expected, total.figure if total else None),
                                 FlagParam.text("unread", unread.figure.stated),
                                 FlagParam.text("unread_page", unread.provenance.page or ""))
    text = replace(flag.text, key=UNREAD_KEY, params=params)
    return replace(flag, severity=Severity.WARNING, text=text, message=render(text))


def unread_gap_figure(gap: Decimal, involved: list[BudgetItem], facts: ReportFacts) -> StatedMoney | None:
    """A money figure near the sum's own figures, not one of them nor of another kind, equal to `gap`.

    The figure may have been read as another item: `年初数180.00万元，全部由县级财政安排` is the
    initial budget and the 县级 part at once, and a levels sum short by the 上年结转 describes the
    year's new money, not a fault of the report."""
    spans = [p for b in involved for p in (b.provenance, *b.corroborations) if p.has_span]
    if not spans:
        return None
    rounding = sum((b.figure.tolerance for b in involved), Decimal(0))
    family = {_family(b.item) for b in involved}
    inside = [p for b in facts.budget_items if b.item in _inside_of(involved) or _family(b.item) not in family
              for p in (b.provenance, *b.corroborations) if p.has_span]
    for stated in facts.stated_money:
        where = stated.provenance
        if not where.has_span or not any(_near(where, p) for p in spans):
            continue
        if any(where.overlaps(p) for p in (*spans, *inside)):
            continue  # one of the sum's own figures, a part of one of its parts, or of another kind
        allowed = rounding + stated.figure.tolerance
        if stated.figure.value > ROUNDING_SCALE * allowed and abs(stated.figure.value - gap) <= allowed:
            return stated
    return None


# A gap within a few roundings of a small figure is a coincidence of rounding, not a missed part.
ROUNDING_SCALE = 10


def _family(code: str) -> str:
    """Money coming in (budget, revenue, funds by level) or going out (spending): a sum of one
    kind never misses a figure the report states as the other."""
    return "spending" if code.startswith("expenditure_") else "funds"


def _inside_of(involved: list[BudgetItem]) -> frozenset[str]:
    return frozenset().union(*(ITEM_PARTS.get(b.item, frozenset()) for b in involved))


def _near(p: Provenance, anchor: Provenance) -> bool:
    assert p.char_start is not None and p.char_end is not None
    assert anchor.char_start is not None and anchor.char_end is not None
    return (p.page == anchor.page and anchor.char_start - PASSAGE_REACH <= p.char_start
            and p.char_end <= anchor.char_end + PASSAGE_REACH)
