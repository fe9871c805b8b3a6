"""A department's projects listed one by one after it says how many: their spending is its 项目支出.

`2019年我局共实施项目4个，逐项说明如下：1.…项目：全年预算520.00万元，实际支出508.36万元…` states the
number of projects, then lists them. When exactly that many projects follow, each with its spending,
the list is complete: their spending adds up to the report's 项目支出 (a sum the breakdown rule checks,
its parts the `projects.executed` column). A list of fewer or more projects than the count, or a
count of something else, says nothing about the sum.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

from extractors import budget, projects, tables
from extractors.registry import register
from schemas.facts import Breakdown, BudgetItem, Extraction
from schemas.text import SegmentedDocument

NAME = "project_listing"
# `共实施项目4个`, `全年共实施了6个项目`, `共安排项目十个`.
PROJECT_COUNT = re.compile(r"(?:共|全年|累计)(?:实施|安排|开展|执行)了?(?:(?:项目支出)?项目(?P<n1>\d{1,2}|[一二三四五六七八九十]{1,3})个"
                           r"|(?P<n2>\d{1,2}|[一二三四五六七八九十]{1,3})个项目)")
_CHINESE = {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
# How far after the count its list may run.
LIST_REACH = 3000


def _count(text: str) -> int:
    if text.isdigit():
        return int(text)
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return _CHINESE.get(text, 0)
    return (_CHINESE.get(tens, 0) if tens else 1) * 10 + _CHINESE.get(ones, 0)


@register(NAME, produces=("breakdowns",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    m = PROJECT_COUNT.search(doc.text)
    if m is None:
        return Extraction()
    stated = _count(m.group("n1") or m.group("n2"))
    listed = [p for p in projects.extract(doc).projects
              if p.provenance.char_start is not None and m.end() <= p.provenance.char_start < m.end() + LIST_REACH]
    in_tables: Extraction | None = None  # the tables read again only where the text does not say
    if len(listed) != stated:  # `…项目12个…见表2`: the list is the report's project table
        in_tables = tables.extract(doc)
        listed = list(in_tables.projects)
    if len(listed) < 2 or len(listed) != stated or len({p.name for p in listed}) != stated \
            or any(p.executed is None for p in listed):
        return Extraction()
    totals = _project_spending(budget.extract(doc).budget_items)
    if not totals:  # 项目支出 stated in a table only
        totals = _project_spending((in_tables or tables.extract(doc)).budget_items)
    if len(totals) != 1:
        return Extraction()
    (total,) = totals.values()
    return Extraction(breakdowns=(Breakdown(
        kind="sum", total=total.figure, total_label="项目支出",
        parts=tuple((p.name, p.executed) for p in listed if p.executed is not None), exhaustive=True,
        provenance=doc.provenance(m.start(), m.end(), NAME), unit="元", parts_item="projects.executed"),))


def _project_spending(items: Iterable[BudgetItem]) -> dict[Decimal, BudgetItem]:
    return {b.figure.value: b for b in items if b.item == "expenditure_project" and b.scope is None}
