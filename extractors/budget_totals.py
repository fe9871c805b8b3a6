"""Budgets no wording names, found by the report's own arithmetic (helpers of `extractors.budget`).

A figure its listed levels add up to (`共投入…14380万元，其中：中央…省级…市级…本级…`), or that sums
the budgets stated before it in its paragraph (`…预算463142万元；…预算163455万元；…资金合计671037万元`),
is the budget they make. Only a sum that holds within the figures' rounding names it. So does a stated
execution rate name the spending that makes it.
"""
from __future__ import annotations

import re

from extractors.labels import clause_head
from extractors.numbers import MONEY_FIGURE, money
from schemas.facts import BudgetItem
from schemas.figures import Figure, ratio_tolerance
from schemas.text import SegmentedDocument

# What follows a total whose parts come next: its own aside (the figure in another unit), then 其中 or
# the tranches it came in (`分两批发行：第一批…`).
HEADS_PARTS = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*[,，;；:：]?\s*(?:其中|分别为|包括|分[两二三四五六2-6](?:批|次|期))"
                         r"|\s*[(（]\s*(?:其中|含)")  # `…70万元(其中省级资金70万元)`: its parts in its own brackets
# what a figure's clause says was done with money (`2023年支出2310.4万元，其中中央资金…`): spending, not a budget
SPENT = re.compile(r"支出|使用|执行|完成|支付|拨付到")
LEVEL_CODES = ("funds_central", "funds_provincial", "funds_local")
UMBRELLA_STRENGTH = 1  # as weak as an umbrella wording: any budget wording wins
SUMMED_STRENGTH = 3  # a sum stated over its parts wins over each of them


def levels_total(doc: SegmentedDocument, totals: list[tuple[re.Match[str], int]], items: list[BudgetItem],
                 starts: dict[int, int], extractor: str) -> list[BudgetItem]:
    """A figure no wording names whose parts are the levels of its funds, adding up to it, is the
    budget they make: `共投入各级财政衔接资金14380万元，其中：中央资金1836万元、省级资金1682万元、
    市级资金6954万元，本级资金3908万元`; so is one whose parts add up to it, two of them levels."""
    out = []
    for m, sentence_end in totals:
        levels = [b for b in items if b.item in LEVEL_CODES and b.scope is None
                  and m.end() <= starts.get(id(b), -1) < sentence_end]
        figure = money(m.group("num"), m.group("unit"), m.group(0))
        if figure is None or len(levels) < 2:
            continue
        gap = abs(sum(b.figure.value for b in levels) - figure.value)
        # or the levels are among parts that all add up (`…49.24亿元，中央预算内基建投资65.50亿元，省级…14.05亿元`)
        if gap <= figure.tolerance + sum(b.figure.tolerance for b in levels) or (
                heads_complete_parts(doc, m.start(), m.end()) and not SPENT.search(clause_head(doc.text, m.start()))):
            out.append(BudgetItem(item="budget_adjusted", figure=figure, strength=UMBRELLA_STRENGTH,
                                  provenance=doc.provenance(m.start(), m.end(), extractor)))
    return out


# A summing word closing a clause head: `2021年农业生产发展资金合计671037万元`.
SUM_WORD_BEFORE = re.compile(r"(?:合计|共计|总计)[为是:：]?$")


def budgets_total(doc: SegmentedDocument, totals: list[re.Match[str]], items: list[BudgetItem],
                  starts: dict[int, int], extractor: str) -> list[BudgetItem]:
    """A sum no wording names, after the budgets or levels' allocations of its paragraph that add up to it, is the
    whole budget they are tranches of: `下达…预算463142万元；…预算163455万元；…预算44440万元；…资金合计671037万元`."""
    out = []
    for m in totals:
        paragraph = doc.text.rfind("\n", 0, m.start()) + 1
        # each figure once, whether read as a budget or as its level's allocation
        by_place = {starts[id(b)]: b for b in items if b.item in ("budget_adjusted", *LEVEL_CODES)
                    and b.scope is None and paragraph <= starts.get(id(b), -1) < m.start()}
        parts = list(by_place.values())
        figure = money(m.group("num"), m.group("unit"), m.group(0))
        if figure is None or len(parts) < 2:
            continue
        gap = abs(sum(b.figure.value for b in parts) - figure.value)
        if gap > figure.tolerance + sum(b.figure.tolerance for b in parts):
            continue
        paragraph_end = doc.text.find("\n", m.end())
        if any(b.item == "budget_adjusted" and b.scope is None and b.figure.value > figure.value
               and m.end() <= starts.get(id(b), -1) < (len(doc.text) if paragraph_end < 0 else paragraph_end)
               for b in items):
            continue  # `当年安排合计640.00万元；加上…结转的38.50万元，全年预算678.50万元`: the year's part of a budget named after it
        out.append(BudgetItem(item="budget_adjusted", figure=figure, strength=SUMMED_STRENGTH,
                              provenance=doc.provenance(m.start(), m.end(), extractor)))
    return out


def without_subtotals(items: list[BudgetItem]) -> list[BudgetItem]:
    """Budgets summed over their parts (`…50万元，…50万元，共计100万元`), when several disagree, are the
    subtotals of a list of uses (`…共计266.6万元`): none is the whole."""
    summed = [b for b in items if b.item == "budget_adjusted" and b.strength == SUMMED_STRENGTH and b.scope is None]
    if len({b.figure.value for b in summed}) <= 1:
        return items
    return [b for b in items if not any(b is s for s in summed)]


def heads_complete_parts(doc: SegmentedDocument, start: int, end: int) -> bool:
    """The figure at [start, end) opens a list of parts that add up to it (`…113万元，其中…48万元、…15万元、…50万元`)."""
    if not HEADS_PARTS.match(doc.text, end):
        return False
    total = next((f for f in MONEY_FIGURE.finditer(doc.text, start, end + 1) if f.start() == start), None)
    sentence = doc.sentence_at(start)
    parts = [money(f.group("num"), f.group("unit"), f.group(0)) for f in MONEY_FIGURE.finditer(doc.text, end, sentence.end)]
    figure = money(total.group("num"), total.group("unit"), total.group(0)) if total else None
    known = [p for p in parts if p is not None]
    if figure is None or len(known) < 2 or len(known) != len(parts):
        return False
    return abs(sum(p.value for p in known) - figure.value) <= figure.tolerance + sum(p.tolerance for p in known)


def among_complete_parts(doc: SegmentedDocument, m: re.Match[str]) -> bool:
    """The figure is one of the parts after a total of its sentence, and those parts add up to it
    (`…资金3020万元，其中：一般项目资金1520万元，专项资金360万元，绩效奖励资金1140万元`)."""
    sentence = doc.sentence_at(m.start())
    figures = list(MONEY_FIGURE.finditer(doc.text, sentence.start, sentence.end))
    for k, head in enumerate(figures):
        if head.start() >= m.start():
            break
        if not HEADS_PARTS.match(doc.text, head.end()):
            continue
        total = money(head.group("num"), head.group("unit"), head.group(0))
        parts = [money(f.group("num"), f.group("unit"), f.group(0)) for f in figures[k + 1:]]
        if total is None or len(parts) < 2 or any(p is None for p in parts):
            continue
        known = [p for p in parts if p is not None]
        gap = abs(sum(p.value for p in known) - total.value)
        if gap <= total.tolerance + sum(p.tolerance for p in known):
            return True
    return False


def spending_by_its_rate(doc: SegmentedDocument, items: list[BudgetItem], starts: dict[int, int],
                         extractor: str) -> list[BudgetItem]:
    """The spending no wording names, found by the stated execution rate: a money figure before the rate in
    its sentence that the rate makes the budget's spent share (`共为1934名取证人员兑付培训补贴309.00万元，…
    预算执行率94.79%` under a budget of 326.00万元: 309.00 ÷ 326.00 = 94.79%). Only when the report states
    no spending, and only a figure no wording has named."""
    if any(b.item == "expenditure_total" and b.scope is None for b in items):
        return []
    budgets = [b for b in items if b.item in ("budget_adjusted", "budget_initial") and b.scope is None]
    named = set(starts.values())
    out: list[BudgetItem] = []
    for rate in (b for b in items if b.item == "execution_rate" and b.scope is None and id(b) in starts):
        at = starts[id(rate)]
        sentence = doc.sentence_at(at)
        for m in MONEY_FIGURE.finditer(doc.text, sentence.start, at):
            figure = money(m.group("num"), m.group("unit"), m.group(0))
            if figure is None or m.start() in named or any(o.figure.value == figure.value for o in out):
                continue
            if any(_spent_share(rate.figure, figure, b.figure) for b in budgets):
                out.append(BudgetItem(item="expenditure_total", figure=figure, strength=UMBRELLA_STRENGTH,
                                      provenance=doc.provenance(m.start(), m.end(), extractor)))
    return out


def _spent_share(rate: Figure, spent: Figure, budget: Figure) -> bool:
    """`spent` ÷ `budget` is the stated rate, within the rounding of all three."""
    if budget.value <= 0 or not 0 < spent.value <= budget.value:
        return False
    return abs(spent.value / budget.value * 100 - rate.value) <= ratio_tolerance(rate, spent, budget)
