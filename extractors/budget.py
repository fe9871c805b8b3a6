"""Budget figures in the narrative: 年初预算, 调整后预算, 收入 by source, 支出, 执行率 …

Each money or percent figure is labelled by the wording right before it
(`extractors.labels`). Figures in a sentence about one named project belong to
that project (extractors.projects) — except in a project report, where the
project is the report. Targets (`≥95%`, `以上`) and changes (`同比增加`) are no
budget figures.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace

from extractors.budget_levels import adding_level, granting_level, level_after, where_only
from extractors.budget_totals import (
    HEADS_PARTS,
    LEVEL_CODES,
    SUM_WORD_BEFORE,
    SUMMED_STRENGTH,
    UMBRELLA_STRENGTH,
    among_complete_parts,
    budgets_total,
    heads_complete_parts,
    levels_total,
    spending_by_its_rate,
    without_subtotals,
)
from extractors.labels import (
    CHANGE_CODES,
    carried_into_year,
    clause_head,
    every_tier_before,
    label_before,
    label_shared_before,
    verb_after,
    verb_object,
)
from extractors.numbers import MONEY_FIGURE, MONEY_UNIT, TARGET_AFTER, money, percent
from extractors.projects import find_mentions
from extractors.registry import register
from extractors.reportkind import attached_project_report, detect_report_kind
from extractors.vocab import ItemLabel, alternation, government_tiers
from schemas.facts import Basis, Breakdown, BudgetItem, Extraction, ReportKind
from schemas.text import SegmentedDocument

NAME = "budget"
REDUCTION = "budget_reduction"  # 调减: a change the report subtracts, no contract item (kept as a scope)
NARRATIVE_STRENGTH = 2
# SUMMED_STRENGTH: the same wording stated as a sum (合计, 共计, 总计) is the total of the others;
# UMBRELLA_STRENGTH: `财政拨款` where a report may mean all appropriations, a specific wording wins.
SUMMED = re.compile(r"合计|共计|总计")
PERCENT_FIGURE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)%")
# A form flattened to text keeps the unit in its label (`计划投资额(万元)110.00`, `年初预算数(万元):100`).
# `安排资金2000.00万。`: 万 alone closing its clause is money where the wording names money (`1.5万亩` is no money).
BARE_WAN_FIGURE = re.compile(r"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?P<unit>万)(?=[。，,；;、)）]|\s*$)", re.M)
UNIT_IN_LABEL_FIGURE = re.compile(rf"[(（](?P<unit>{MONEY_UNIT})[)）]\s*[:：]?\s*(?P<num>\d+(?:\.\d+)?)(?![\d.%]|\s*(?:{MONEY_UNIT}))")
# A sentence about one named project: `“执法综合业务费”项目…`, `X项目全年预算数…`.
PROJECT_SENTENCE = re.compile(
    r"“[^”]{2,60}”(?:[^,。;“]{0,12})?项目"
    # `X项目全年预算数…`, never `上级项目资金下达`, `各类项目资金`: those name no one project
    r"|[\u4e00-\u9fff]{2,30}(?<!上级)(?<!各类)(?<!相关)(?<!有关)(?<!部分)(?<!全部)(?<!所有)(?<!其他)项目(?:全年)?(?:预算数|预算|资金)"
    r"|[“\"]?[优良中差][”\"]?(?:等次|等级|档次)?的项目"  # grade buckets: `“优”的项目12个，财政资金800万元`
)
# `调减土地整治项目预算120万元`: the department's budget changed on account of a project, which is
# no sentence about that project's own figures.
CHANGED_ON_ACCOUNT = re.compile(r"调减|调增|追加|核减|收回")


# `追加318.50万元（主要为中小河流治理项目资金）`: an aside in brackets says what money was for.
BRACKETED_ASIDE = re.compile(r"[（(][^（()）]*[)）]")


def about_one_project(head: str) -> bool:
    head = BRACKETED_ASIDE.sub("", head)
    return any(not CHANGED_ON_ACCOUNT.search(m.group()) for m in PROJECT_SENTENCE.finditer(head))


# Last year's figure stated for comparison (`比上年预算…`, `上年调整后预算数为…`); last year's
# carry-over into this one (`上年结转`) is this year's money.
PREVIOUS_YEAR = re.compile(r"(?:上年|上一年|去年|前一年)度?(?:同期)?(?!末?(?:结转|结余|结存))")
YEAR_IN = re.compile(r"(?<!\d)(20\d{2})\s*年")
_FISCAL_YEAR_IN = re.compile(r"(?<!\d)(20\d{2})\s*年度")
TITLE_REACH = 200  # where the report names its own year


def opening_year(text: str) -> int | None:
    """The year the report opens with: its title's `2016年度`, else the earliest year at the top (a
    cover's date, `2017年4月`, comes after the year it reports on)."""
    top = text[:TITLE_REACH]
    own = _FISCAL_YEAR_IN.search(top)
    years = [int(own.group(1))] if own else [int(y) for y in YEAR_IN.findall(_DAY_DATE.sub("", top))]
    return min(years) if years else None


# A day's date (`报告日期:2017年7月15日`) says when the report was written, not what year it is of.
_DAY_DATE = re.compile(r"(?<!\d)20\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def earlier_figure(head: str, own_year: int | None) -> bool:
    """A clause head naming last year (`上年调整后预算数为…`) or a year before the report's own
    (`2022年同口径支出为…` in a 2023 report): a figure of an earlier year, for comparison."""
    return bool(PREVIOUS_YEAR.search(head)) or names_earlier_year(head, own_year)


# A sentence set in a year by its first words (`2017年，中央财政下达…`, `2017年12月，…`).
_SENTENCE_YEAR = re.compile(r"\s*(?:在|于)?(?P<year>20\d{2})\s*年(?:度)?(?:[，,]|\d{1,2}\s*月)")


def _in_an_earlier_year(text: str, sentence_start: int, at: int, own_year: int | None) -> bool:
    """A figure in a sentence set in a year before the report's, which its paragraph then sets against
    the report's own year, no later year named before the figure: that year's money (`2017年，中央财政
    下达…1,500.00万元` in a 2018 report, then `…结转2018年1,089.40万元`, `2018年县本级…`)."""
    opening = _SENTENCE_YEAR.match(text, sentence_start)
    if own_year is None or opening is None or int(opening.group("year")) >= own_year:
        return False
    paragraph_end = text.find("\n", at)
    later = text[at:paragraph_end if paragraph_end >= 0 else len(text)]
    return f"{own_year}年" in later and names_earlier_year(text[sentence_start:at], own_year)


def names_earlier_year(text: str, own_year: int | None) -> bool:
    """The latest year `text` names (`2021年决算数`) comes before `own_year`."""
    named = [int(y) for y in YEAR_IN.findall(text)]
    return own_year is not None and bool(named) and max(named) < own_year


# Rates of money whose stated value must be the ratio of two figures of the report.
MONEY_RATE = re.compile(r"支付率|到位率|使用率|发放率|拨付率")
_TARGET_BEFORE = re.compile(r"(?:≥|≤|>|<|=|不低于|不少于|不超过|不高于|控制在|目标为|目标值)$")
# An indicator row, its target before its actual: `预算执行率100%98.24%` (cells one a line, joined).
_ACTUAL_AFTER = re.compile(r"[\s|]*\d+(?:\.\d+)?%")
# An evaluated scope: `共涉及资金378.09万元，占…项目支出总额的100%`.
EVALUATED_SHARE = re.compile(r"^[^。;]{0,6}占[^。;%]{0,30}项目支出[^。;%]{0,6}?(?P<share>\d+(?:\.\d+)?)%")


@register(NAME, produces=("budget_items",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    kind = detect_report_kind(doc)
    mentions = find_mentions(doc)
    # In a municipality (`天津市西青区`) 市级 funds are the provincial level and 区级 the local one.
    municipal = bool(MUNICIPALITIES.search(text[:300]))
    own_year = opening_year(text)
    items: list[BudgetItem] = []
    by_verb: list[BudgetItem] = []  # figures named only by their funding verb
    whole_from_a_level: list[BudgetItem] = []  # `…，全部由县级财政安排`: the level's share, if there are others
    projects_own: set[int] = set()  # ids of those that stand in one listed project's sentences
    starts: dict[int, int] = {}  # id of an item -> where its figure stands in the document's text
    rates: list[Breakdown] = []
    unnamed_totals: list[tuple[re.Match[str], int]] = []  # a figure with no wording, its parts after it
    summed_totals: list[re.Match[str]] = []  # a figure with no wording but a summing word, its parts before it
    # a project report attached to a department's: its figures are the project's
    attached = attached_project_report(doc) if kind is ReportKind.DEPARTMENT_OVERALL else None
    for pattern, is_money in ((MONEY_FIGURE, True), (UNIT_IN_LABEL_FIGURE, True), (BARE_WAN_FIGURE, True),
                              (PERCENT_FIGURE, False)):
        for m in pattern.finditer(text):
            if _is_target(text, m.start(), m.end()) or (not is_money and _ACTUAL_AFTER.match(text, m.end())):
                continue
            if attached is not None and m.start() >= attached:
                continue
            if is_money and _part_of_a_change(text, m.start()):
                continue  # `追加38.50万元(其中区级财政拨款14.50万元、…)`: where the addition came from
            aside = _contained_aside(text, m.start())
            if aside is not None:
                addition = _addition_in_aside(doc, m, aside) if is_money else None
                if addition is not None:
                    items.append(addition)
                continue
            if is_money and _left_out(doc, m):
                continue  # `…配套资金2380.00万元，未纳入本项目资金总额`: money the report says is not its own
            head = clause_head(text, m.start())
            if earlier_figure(head, own_year) or _in_an_earlier_year(text, doc.sentence_at(m.start()).start, m.start(), own_year):
                continue  # `上年调整后预算数为2274.06万元`: last year's figure, for comparison
            label = (carried_into_year(head, own_year) if is_money else None) or label_before(text, m.start())
            if is_money and (label is None or label.project_only):
                # `项目资金660.00万元已全部到位`: the verb says what it is, more than a project's wording
                label = verb_after(text, m.end()) or label
            if not is_money:  # `预算执行率按实际到位资金计算，为97.77%`: the rate named before the aside
                label = _rate_before_aside(text, m.start()) or label
            named_by_verb = False
            if label is None and is_money and every_tier_before(text, doc.sentence_at(m.start()).start, m.start()):
                label = ItemLabel("中央、省、市…资金", "budget_adjusted", umbrella=True)  # the 、 cuts the clause head
            if label is None and is_money and _said_initial(doc, m):
                label = ItemLabel("列入年初预算", "budget_initial", umbrella=True)  # what the words after it say it is
            if label is None and is_money and _only_money_figure(doc, m):
                label = verb_object(text, m.start())  # `下达…衔接资金100万元`: the verb and what it moved
                named_by_verb = label is not None
            if label is None:
                if is_money and HEADS_PARTS.match(text, m.end()):
                    unnamed_totals.append((m, doc.sentence_at(m.start()).end))
                elif is_money and SUM_WORD_BEFORE.search(head):
                    summed_totals.append(m)
                continue
            if label.project_only and kind is not ReportKind.PROJECT:
                label = replace(label, item=None)
            if (is_money and (label.project_only or label.umbrella) and label.item in WHOLE_BUDGET
                    and among_complete_parts(doc, m)):
                continue  # `…资金3020万元，其中：一般项目资金1520万元，…`: a weak wording among the parts names a part
            sentence = doc.sentence_at(m.start())
            in_project = about_one_project(text[sentence.start:m.start()]) or any(
                p.start <= m.start() < p.limit for p in mentions)
            if label.item is None:
                item = _evaluated_scope(doc, m, label.label, is_money)
                if item is not None:
                    items.append(item)
                if not is_money and MONEY_RATE.search(label.label):
                    rate = _stated_rate(doc, m, label.label)
                    if rate is not None:
                        rates.append(rate)
                continue
            if in_project and kind is not ReportKind.PROJECT:
                continue
            if is_money == (label.item == "execution_rate") or (label.item == REDUCTION and not is_money):
                continue  # a percent after a money wording, or money after a rate wording
            # stated as a figure with its unit, also where the unit stood in the label (`(万元)110.00`)
            stated = m.group("num") + m.group("unit") if is_money else m.group(0)
            figure = money(m.group("num"), m.group("unit"), stated) if is_money else percent(m.group("num"), stated)
            if figure is None:
                continue
            item_code = label.item
            if item_code == "budget_initial" and INCLUDES_CHANGE.match(text, m.end()):
                item_code = "budget_adjusted"  # `预算批复数860万元(含年中追加的80万元)`: after the change
            if item_code == "budget_initial" and NO_CHANGE.match(text, m.end()):
                # `年初预算280.00万元，年度中未作调整`: the adjusted budget is the initial one, stated
                items.append(BudgetItem(item="budget_adjusted", figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if item_code == REDUCTION:
                items.append(BudgetItem(item="budget_addition", figure=figure, scope=REDUCTION,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
                continue
            if item_code == "funds_local" and municipal and "市级" in text[max(0, m.start() - 12):m.start()]:
                item_code = "funds_provincial"
            if item_code in LEVEL_CODES and _within_another_level(doc, m, item_code):
                continue  # `收到中央补助资金15150万元，…其中省级支出安排489万元，各州市安排14661万元`: the central money's use
            strength = UMBRELLA_STRENGTH if label.umbrella or label.project_only else NARRATIVE_STRENGTH
            if not label.umbrella and SUMMED.search(clause_head(text, m.start())):
                strength = SUMMED_STRENGTH  # `合计批复总投资6222.4万元` after three 批复总投资 of its parts
            spent = item_code in SOURCE_CODES and _part_of_spending(text, sentence.start, m.start())
            items.append(BudgetItem(
                item=item_code, figure=figure, provenance=doc.provenance(m.start(), m.end(), NAME),
                strength=strength, basis=Basis.EXECUTED if spent else None,
            ))
            starts[id(items[-1])] = m.start()
            if named_by_verb:
                by_verb.append(items[-1])
                if in_project:
                    projects_own.add(id(items[-1]))
            shared = label_shared_before(text, m.start()) if is_money else None
            if shared is not None and shared.item not in (None, item_code) and not shared.project_only:
                items.append(BudgetItem(item=shared.item, figure=figure, strength=strength,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if is_money and item_code in LEVEL_CODES and LEVELS_FIRST_BUDGET.search(clause_head(text, m.start())):
                # `县级年初预算安排项目资金320.00万元`: that level's money, and the year's first budget
                items.append(BudgetItem(item="budget_initial", figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if item_code in LEVEL_CODES and WHOLE_AFTER.match(text, m.end()):
                # `省级…经费共计1400万元，全部为财政经费拨款`: that level's money is all the project has
                items.append(BudgetItem(item="budget_adjusted", figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            whole = WHOLE_AFTER.match(text, m.end()) if is_money and item_code in WHOLE_TOTALS else None
            source = _whole_source(whole.group("source")) if whole else None
            if source is not None and whole is not None and (
                    source.item in WHOLE_SOURCES or source.item in WHOLLY_THIS_FIGURE_SOURCES and whole["all"] != "均"):
                # as firm as a wording: the sentence names the source of this very figure, where a tier that granted
                # the year's first money (`市财政年初安排…1,260.00万元`) only implies it
                items.append(BudgetItem(item=source.item, figure=figure, strength=NARRATIVE_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if is_money and item_code in ("budget_initial", "budget_addition") and (adder := adding_level(head)) is not None:
                # `年中省级财政追加下达茶产业发展补助资金30.00万元`, `年初预算安排县级财政资金120.00万元`: that
                # level's money too
                items.append(BudgetItem(item=adder, figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if is_money and item_code in WHOLE_BUDGET and (giver := granting_level(
                    head, local=kind is ReportKind.PROJECT, any_wording=kind is ReportKind.PROJECT
                    or label.project_only or label.umbrella or named_by_verb)) is not None:
                # `省财政厅…以…号文件下达项目资金480.00万元`, a project's `旗财政年初安排…经费260.00万元`: the tier
                # that granted it, its clause's subject
                items.append(BudgetItem(item=giver, figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            if is_money and item_code != "budget_initial" and _said_initial(doc, m):
                # `下达营养膳食补助资金786.20万元，全部列入年初预算`: the year's first budget too
                items.append(BudgetItem(item="budget_initial", figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
            level = level_after(text, m.end()) if is_money else None
            if level is not None and level != item_code:
                # `年初数180.00万元，全部由县级财政安排`: the whole figure is also that level's funds
                items.append(BudgetItem(item=level, figure=figure, strength=UMBRELLA_STRENGTH,
                                        provenance=doc.provenance(m.start(), m.end(), NAME)))
                whole_from_a_level.append(items[-1])
    items = where_only(items, whole_from_a_level)
    items += levels_total(doc, unnamed_totals, items, starts, NAME)
    items += budgets_total(doc, summed_totals, items, starts, NAME)
    items += spending_by_its_rate(doc, items, starts, NAME)
    items = without_subtotals(items)
    kept = _one_allocation(doc, items, by_verb, projects_own)
    if kind is ReportKind.PROJECT and len(kept) == len(items):  # tranches dropped: no one allocation is all
        kept += _allocation_as_budget(text, kept, starts)
    items = kept
    return Extraction(budget_items=tuple(_in_context(items, kind, text)), breakdowns=tuple(rates))


def _allocation_as_budget(text: str, items: list[BudgetItem], starts: dict[int, int]) -> list[BudgetItem]:
    """A project funded by one level's allocation and nothing else stated (`下达我县2022年省级文化
    发展资金120.00万元`): that allocation is the project's budget too (weakly: any budget wording wins)."""
    if any(b.item == "budget_adjusted" for b in items):
        return []
    levels = [b for b in items if b.item in LEVEL_CODES and b.scope is None]
    if len({b.item for b in levels}) != 1 or len({b.figure.value for b in levels}) != 1:
        return []
    initial = [b for b in items if b.item == "budget_initial"]
    if initial and (any(b.figure.value != levels[0].figure.value for b in initial)
                    or any(b.item == "budget_addition" for b in items)):
        return []  # (an initial budget that is the allocation itself, `…，全部列入年初预算`, unchanged: the year's too)
    # the figure stated wherever its allocation is (`通过使用…资金555万元` first, `共下达我区…资金555万元` later)
    level = next((b for b in levels if (start := starts.get(id(b))) is not None
                  and ALLOCATING.search(clause_head(text, start))), None)
    if level is None:
        return []
    return [BudgetItem(item="budget_adjusted", figure=level.figure, provenance=level.provenance,
                       strength=UMBRELLA_STRENGTH)]


# The upper levels named together, as one share of a transfer payment.
# The upper levels' money named together (`中央及省级资金`, `上级资金`): the local share beside it is one level's.
UPPER_LEVELS = re.compile(r"中央(?:及|和|与|、)省|央省|上级(?:财政)?(?:补助|转移支付)?资金")
# Verbs that hand money to the project (not a use of it): `下达`, `安排`, `拨付`, `批复`.
ALLOCATING = re.compile(r"下达|安排|下拨|拨付|批复|分配")


def _within_another_level(doc: SegmentedDocument, m: re.Match[str], code: str) -> bool:
    """The level's figure is one of the parts (after `其中`) of an earlier figure of its sentence that is
    another level's money: how that level's money was shared out, not a level of the whole."""
    sentence = doc.sentence_at(m.start())
    heads = [f for f in MONEY_FIGURE.finditer(doc.text, sentence.start, m.start())
             if "其中" in doc.text[f.end():m.start()]]
    if not heads:
        return False
    label = label_before(doc.text, heads[-1].start())
    # an upper level's money shared out below it (`中央补助资金…其中省级支出安排…`); a fund named 补助地方资金
    # is no level above its parts
    return label is not None and label.item in LEVEL_CODES[:2] and LEVEL_CODES.index(label.item) < LEVEL_CODES.index(code)


def _one_allocation(doc: SegmentedDocument, items: list[BudgetItem], by_verb: list[BudgetItem],
                    projects_own: set[int]) -> list[BudgetItem]:
    """Figures named only by a funding verb stand for the project's own only when they agree: several
    allocations (`下达…资金2263万元`, `下达…资金791万元`, `下达…资金5万元`) are tranches, none the whole;
    unless one is the whole by the report's arithmetic (its own parts or the others add up to it), or
    the only one outside the listed projects' own sentences."""
    rivals: dict[str, dict[object, BudgetItem]] = {}
    for b in by_verb:
        rivals.setdefault(b.item, {}).setdefault(b.figure.value, b)
    dropped: set[int] = set()
    kept_whole: list[BudgetItem] = []
    for item, by_value in rivals.items():
        if len(by_value) < 2:
            continue
        dropped |= {id(b) for b in by_verb if b.item == item}
        whole = _whole_allocation(doc, list(by_value.values()), projects_own)
        if whole is not None:
            kept_whole.append(whole)
    return [b for b in items if id(b) not in dropped] + kept_whole


def _whole_allocation(doc: SegmentedDocument, allocations: list[BudgetItem], projects_own: set[int]) -> BudgetItem | None:
    heads = [b for b in allocations if b.provenance.char_start is not None and b.provenance.char_end is not None
             and heads_complete_parts(doc, b.provenance.char_start, b.provenance.char_end)]
    if len(heads) == 1:
        return heads[0]  # `下达…113万元，其中…48万元、…15万元、…50万元`: the whole its parts make
    largest = max(allocations, key=lambda b: b.figure.value)
    rest = [b for b in allocations if b is not largest]
    gap = abs(sum(b.figure.value for b in rest) - largest.figure.value)
    if gap <= largest.figure.tolerance + sum(b.figure.tolerance for b in rest):
        return largest
    outside = [b for b in allocations if id(b) not in projects_own]
    return outside[0] if len(outside) == 1 and len(outside) < len(allocations) else None


# What the report says it leaves out of its own money: after the figure in its sentence, or for the
# sentence before (`上述资金由市县…实施，不纳入本部门预算收支`).
_LEFT_OUT = r"(?:未|不|没有)(?:纳入|计入|列入|包含在|含在|包括在)(?:本|该)(?:项目|部门|单位|专项)"
LEFT_OUT_AFTER = re.compile(rf"[^。；;]{{0,24}}?[,，]\s*(?:且|均|也)?{_LEFT_OUT}")
LEFT_OUT_ABOVE = re.compile(rf"\s*上述(?:资金|经费|款项)[^。]{{0,30}}?{_LEFT_OUT}")


def _left_out(doc: SegmentedDocument, m: re.Match[str]) -> bool:
    """The figure is money the report says is not its project's or department's own."""
    if LEFT_OUT_AFTER.match(doc.text, m.end()):
        return True
    sentence = doc.sentence_at(m.start())
    return bool(LEFT_OUT_ABOVE.match(doc.text, sentence.end))


def _only_money_figure(doc: SegmentedDocument, m: re.Match[str]) -> bool:
    """The sentence states no other amount, only amounts its own wordings name, or only the parts of this
    one (`共安排项目资金1 286.50万元（12 865 000.00元），其中：…`): a figure in a list of uses is never the whole."""
    sentence = doc.sentence_at(m.start())
    figures = [f.start() for f in MONEY_FIGURE.finditer(doc.text, sentence.start, sentence.end)]
    figures += [f.start() for f in UNIT_IN_LABEL_FIGURE.finditer(doc.text, sentence.start, sentence.end)]
    figures += [f.start() for f in BARE_WAN_FIGURE.finditer(doc.text, sentence.start, sentence.end)]
    if len(figures) <= 1:
        return True  # this one alone (a sentence cut short by damage may lose even it)
    if all(label_before(doc.text, at) is not None for at in figures if at != m.start()):
        return True  # the others named by their own wordings (`…兑付奖补资金873.45万元，…结余26.55万元…`)
    return min(figures) == m.start() and HEADS_PARTS.match(doc.text, m.end()) is not None




WHOLE_BUDGET = ("budget_adjusted", "budget_initial")
MUNICIPALITIES = re.compile(r"北京市|天津市|上海市|重庆市")
# A budget figure the report says was not changed in the year.
NO_CHANGE = re.compile(r"\s*[,，;；]?\s*(?:全年|年度中?|年中|当年|本年度?)?(?:预算)?(?:未作|未做|未进行|未|没有|无)(?:预算)?(?:任何)?调整")
# A budget figure whose own brackets say it includes a mid-year change.
INCLUDES_CHANGE = re.compile(r"\s*\(\s*(?:其中)?(?:含|包括|包含)[^()]{0,30}?(?:追加|调增|调减|调整|增加)")


# A figure said to be in the budget the year began with (`…786.20万元，全部列入年初预算`).
# `均列入年初预算` after a list speaks of every figure of it at once (`其中中央…1,100.00万元、自治区…280.00万元，均列入
# 年初预算`): no one figure's.
IN_THE_INITIAL_BUDGET = re.compile(r"\s*[,，]?\s*(?:已|全部|全额)*(?:列入|纳入|编入|安排在|列在)(?:了)?(?:部门)?年初(?:部门)?预算")
# A level's money the year began with (`县级年初预算安排…`, `县级财政年初安排…`).
LEVELS_FIRST_BUDGET = re.compile(r"(?:级|财政)年初(?:预算)?(?:安排|批复|下达)")
# A figure said to be the whole of the money right after it (`…1400万元，全部为财政经费拨款`).
WHOLE_AFTER = re.compile(r"\s*[,，]\s*(?P<all>全部|均|全额)(?:为|是|系|属于?)(?P<source>[\u4e00-\u9fff]{0,16}?(?:拨款|资金|经费)(?:收入)?)"
                         r"(?=[,，。；;]|$)")
# A budget said to be wholly an upper level's money is that level's figure too (`全年预算数480.00万元，全部为中央财政
# 森林抚育补贴资金`). Wholly the general budget is that source's figure when the words say all of this one figure
# (`调整后预算1400.00万元，全部为一般公共预算财政拨款`); `均为` speaks of every figure before it at once
# (`年初…追加…调整后…，均为一般公共预算财政拨款`): where they all came from, no figure of its own.
WHOLE_SOURCES = ("funds_central", "funds_provincial")
WHOLE_TOTALS = ("budget_adjusted", "budget_initial", "revenue_total")  # `本年收入合计…，全部为…财政拨款收入`
WHOLLY_THIS_FIGURE_SOURCES = ("revenue_general_budget",)


def _said_initial(doc: SegmentedDocument, m: re.Match[str]) -> bool:
    """The words after a money figure say it is in the budget the year began with (`…，全部列入年初预算`); a part of
    a split (`其中…`) is not, the words speaking of all its parts."""
    text = doc.text
    return bool(IN_THE_INITIAL_BUDGET.match(text, m.end())) and "其中" not in text[doc.sentence_at(m.start()).start:m.start()]


@functools.lru_cache(maxsize=1)
def _own_tier() -> re.Pattern[str]:
    """The unit's own tier before the source's name (`全部为区级一般公共预算财政拨款`): its own budget, no level's
    share (the city's and county's words of `data/government_tiers.tsv`, with 级)."""
    local = alternation(f"{word}级" for tier in government_tiers() if tier.name in ("city", "county") for word in tier.words)
    return re.compile(rf"^(?:本级|市县|{local})(?:财政)?(?=[\u4e00-\u9fff]{{4}})")


def _whole_source(words: str) -> ItemLabel | None:
    """The source a figure is wholly from (`全部为一般公共预算财政拨款`), the unit's own tier before it aside."""
    label = label_before(words, len(words))
    if label is not None and label.item in (*WHOLE_SOURCES, *WHOLLY_THIS_FIGURE_SOURCES):
        return label
    bare = _own_tier().sub("", words)
    own = label_before(bare, len(bare)) if bare != words else None
    # named whole (`一般公共预算财政拨款`), not by an umbrella word (`县级财政资金` says only whose it is)
    return own if own is not None and not own.umbrella else label


def _in_context(items: list[BudgetItem], kind: ReportKind, text: str = "") -> list[BudgetItem]:
    """Wordings whose item depends on the report: `项目支出` of a project is its spending; a lone
    `市级财政拨款` is the general budget, not one level of a transfer payment's split (unless the
    split names the upper levels together: `中央及省级…4,870万元，县级…760万元`)."""
    codes = {b.item for b in items}
    renamed: dict[str, str] = {}
    if kind is ReportKind.PROJECT and "expenditure_basic" not in codes:
        renamed["expenditure_project"] = "expenditure_total"
    if "funds_local" in codes and not codes & {"funds_central", "funds_provincial"} and not UPPER_LEVELS.search(text):
        renamed["funds_local"] = "revenue_general_budget"
    return [replace(b, item=renamed.get(b.item, b.item)) if b.scope is None else b for b in items]


def _stated_rate(doc: SegmentedDocument, m: re.Match[str], label: str) -> Breakdown | None:
    """A money rate (支付率, 到位率 …) with the money figures of its paragraph, to check it matches a ratio."""
    figure = percent(m.group("num"), m.group(0))
    if figure is None:
        return None
    text = doc.text
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    parts = []
    for f in MONEY_FIGURE.finditer(text, start, end):
        fig = money(f.group("num"), f.group("unit"), f.group(0))
        if fig is not None:
            parts.append((text[max(start, f.start() - 12):f.start()], fig))
    return Breakdown(kind="rate", total=figure, total_label=label, parts=tuple(parts), exhaustive=False,
                     unit="%", provenance=doc.provenance(m.start(), m.end(), NAME))


# A rate named in the clause before its figure, the clause between saying how it is counted.
_CONNECTOR_AFTER_COMMA = re.compile(r"[，,]\s*(?:为|是|达|达到|计)\s*$")
_RATE_NAMED = re.compile(r"(?:预算)?执行率")


def _rate_before_aside(text: str, start: int) -> ItemLabel | None:
    """`本项目预算执行率按实际到位资金计算，为97.77%`: a figure whose own clause is only a connector
    takes the execution rate the clause before it names (a clause of words, no figure in it)."""
    connector = _CONNECTOR_AFTER_COMMA.search(text, max(0, start - 8), start)
    if connector is None:
        return None
    opening = max(text.rfind(mark, 0, connector.start()) for mark in "，,。；;\n") + 1
    previous = text[opening:connector.start()]
    if not _RATE_NAMED.search(previous) or re.search(r"\d", previous):
        return None
    return ItemLabel(label="执行率", item="execution_rate")


def _contained_aside(text: str, start: int) -> int | None:
    """Where the brackets open when the figure at `start` is a part named inside its total's
    brackets (`1856.40万元(含中央和省级补助资金1020.00万元)`), else None."""
    opening = text.rfind("(", max(0, start - 40), start)
    inside = opening >= 0 and ")" not in text[opening:start] and text[opening + 1:opening + 2] == "含"
    return opening if inside else None


# A money figure ending right before a list's opening (`追加38.50万元(其中…`, `执行254.64万元，其中…`).
_MONEY_BEFORE_LIST = re.compile(rf"(?<![\d.])\d+(?:\.\d+)?(?:{MONEY_UNIT})\s*[,，:：]?\s*$")


def _item_before_list(text: str, lower: int, opening: int) -> str | None:
    """The item the money figure right before a list's opening at `opening` (after `lower`) is named by."""
    before = _MONEY_BEFORE_LIST.search(text, lower, opening)
    label = label_before(text, before.start()) if before else None
    return label.item if label is not None else None


def _part_of_a_change(text: str, start: int) -> bool:
    """The figure at `start` is named in the `(其中…)` brackets right after a change of the budget
    (`年中追加38.50万元(其中区级财政拨款14.50万元、…)`): a part of the change, not of the year's budget."""
    opening = text.rfind("(", max(0, start - 40), start)
    if opening < 0 or ")" in text[opening:start] or not text.startswith("其中", opening + 1):
        return False
    return _item_before_list(text, max(0, opening - 24), opening) in CHANGE_CODES


# The sources a spending figure's `其中` list names: what was spent of each.
SOURCE_CODES = (*LEVEL_CODES, "revenue_general_budget", "revenue_gov_fund", "revenue_other", "revenue_state_capital",
                "revenue_special_account")


def _part_of_spending(text: str, sentence_start: int, start: int) -> bool:
    """The figure at `start` is a source in the `其中` list of a spending figure (`全年执行254.64万元，其中
    财政拨款236.84万元、其他资金17.80万元`): the money spent from that source, the executed basis."""
    k = text.rfind("其中", sentence_start, start)
    if k < 0 or re.search(r"[;；。]", text[k:start]):
        return False
    return _item_before_list(text, max(sentence_start, k - 30), k) == "expenditure_total"


# `全年预算数为1580.00万元(含年中追加的260.00万元)`: the aside states the mid-year addition.
_ADDITION_ASIDE = re.compile(r"\(含[^()]{0,8}?(?:追加|调增)(?:的|了)?(?:预算|资金|经费)?$")


def _addition_in_aside(doc: SegmentedDocument, m: re.Match[str], opening: int) -> BudgetItem | None:
    if not _ADDITION_ASIDE.search(doc.text[opening:m.start()]):
        return None
    figure = money(m.group("num"), m.group("unit"), m.group(0))
    if figure is None:
        return None
    return BudgetItem(item="budget_addition", figure=figure, provenance=doc.provenance(m.start(), m.end(), NAME),
                      strength=NARRATIVE_STRENGTH)


def _is_target(text: str, start: int, end: int) -> bool:
    return bool(TARGET_AFTER.match(text[end:end + 6]) or _TARGET_BEFORE.search(text[max(0, start - 4):start]))


def _evaluated_scope(doc: SegmentedDocument, m: re.Match[str], label: str, is_money: bool) -> BudgetItem | None:
    """Funds covered by the self-evaluation, with the share of 项目支出 they are said to cover."""
    if not is_money or "涉及资金" not in label:
        return None
    share = EVALUATED_SHARE.match(doc.text[m.end():m.end() + 60])
    if share is None:
        return None
    figure = money(m.group("num"), m.group("unit"), m.group(0))
    if figure is None:
        return None
    return BudgetItem(
        item="expenditure_project", figure=figure, provenance=doc.provenance(m.start(), m.end(), NAME),
        scope=f"evaluated:{share.group('share')}",
    )
