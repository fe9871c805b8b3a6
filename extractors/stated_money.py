"""Every money figure the narrative states, whatever it means.

No item is read here. The figures are kept (`ReportFacts.stated_money`) so that
the rules can tell a part that was not read from parts that do not add up: a
sum that falls short of its total by exactly a figure of the same passage is
most likely missing that figure (`pipeline.rules.unread`).
"""
from __future__ import annotations

from extractors.numbers import MONEY_FIGURE, money
from extractors.registry import register
from schemas.facts import Extraction, StatedMoney
from schemas.text import SegmentedDocument

NAME = "stated_money"


@register(NAME, produces=("stated_money",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    found = []
    for m in MONEY_FIGURE.finditer(doc.text):
        figure = money(m.group("num"), m.group("unit"), m.group(0))
        if figure is not None and figure.value > 0:
            found.append(StatedMoney(figure, doc.provenance(m.start(), m.end(), NAME)))
    return Extraction(stated_money=tuple(found))
