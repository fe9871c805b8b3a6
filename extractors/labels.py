"""Which budget wording stands right before a figure (shared by budget, projects, metrics).

The clause head before a figure is cut at clause punctuation; connectors
(`为`, `达到`, `共计` …) and a bracketed aside (`（福利彩票公益金）`) between
wording and figure are skipped; the longest known wording that ends there wins.
"""
from __future__ import annotations

import functools
import re

from extractors.vocab import (
    ItemLabel,
    alternation,
    funding_verbs,
    government_tiers,
    item_labels,
    others_income_words,
)

CLAUSE_BREAK = re.compile(r"[,;。:\n、!?()（）“”]")
# Connectors between a wording and its figure, stripped from the clause head's end (repeatedly).
_TRAILING_CONNECTOR = re.compile(r"(?:均为|均是|都是|都为|为|是|达到|达|共计|合计|总计|累计|约|计|共|分别为|仅|已|金额|数额|总额)$")
_TRAILING_ASIDE = re.compile(r"\([^()]{0,40}\)$")
# A count between the wording and its amount: `年初批复预算8个项目985万元`, `安排两个项目资金`.
_TRAILING_COUNT = re.compile(r"(?:共|合计)?(?:\d{1,4}|[一二两三四五六七八九十]{1,3})个(?:项目|单位|子项目)?$")
# A generic noun after the wording: `调整预算后项目预算861.46万元` is the adjusted budget.
_TRAILING_GENERIC = re.compile(r"(?:项目)?(?:预算|资金|经费)(?:数|额)?$")
_LEADING_FILLER = re.compile(
    r"^(?:其中|包括|含|另|以及|和|及|其|已于|已|于|截至\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?|本年度|本年|全年|"
    r"\d{4}年度?|部门|本部门|本单位|我局|我委|我单位|单位|项目|实际)+"
)
MAX_HEAD_CHARS = 40
# Only summing words before the figure: the amount is what an earlier verb of the sentence says.
_SUM_ONLY = re.compile(r"^(?:其中|共|共计|合计|总计|累计|计|为|达|达到|\s)*$")
# ... or the close of an enumeration of purposes (`追加农村供水保障、河道治理等资金1,046.35万元`).
_ENUMERATED_FUNDS = re.compile(r"等(?:项目)?(?:资金|经费|款项)$")
_SENTENCE_END = re.compile(r"[。;!?\n]")
MAX_VERB_DISTANCE = 60
# A second verb inside what a funding verb moved makes it a clause of its own (`下达后用于建设的资金`).
_HAS_VERB = re.compile(r"用于|建设(?!经费|资金)|购买|开展|完成|实施|后|的")


# Money carried into a named year (`结转2018年1,089.40万元`): its item depends on the report's year.
_CARRIED_INTO_YEAR = re.compile(r"结转(?:至|到|入)?(?P<year>(?:19|20)\d{2})年度?(?:使用)?(?:的?(?:资金|经费))?(?:为|共|计)?$")


def carried_into_year(head: str, own_year: int | None) -> ItemLabel | None:
    """Money carried into the report's own year is that year's carry-over; into a later year, what the
    year left at its end (`年末结余52.82万元结转2019年使用` names it after the figure instead)."""
    m = _CARRIED_INTO_YEAR.search(head)
    if m is None or own_year is None or int(m.group("year")) < own_year:
        return None
    code = "revenue_carryover" if int(m.group("year")) == own_year else "balance_carryforward"
    return ItemLabel(m.group(0), code)


# How far before an income's wording the words making it the economy's may stand (`旅游综合收入`).
_OTHERS_INCOME_REACH = 6


def names_others_income(before: str) -> bool:
    """Whether the words right before an income's wording make it the economy's or the people's
    (`data/others_income_words.txt`: `旅游综合收入`, `农民人均纯收入`), not the unit's."""
    return any(word in before[-_OTHERS_INCOME_REACH:] for word in others_income_words())


def clause_head(text: str, start: int) -> str:
    """The text from the last clause break (bracketed asides kept) up to `start`."""
    window = text[max(0, start - MAX_HEAD_CHARS * 2):start]
    previous = None
    while previous != window:  # an aside right before the figure is no clause break: `拨款(福利彩票公益金)352万元`
        previous = window
        window = _TRAILING_ASIDE.sub("", window)
    breaks = [m for m in CLAUSE_BREAK.finditer(window)]
    cut = breaks[-1].end() if breaks else 0
    if breaks and not window[cut:].strip() and breaks[-1].group(0) == ":":
        # `收入:356.2万元`: the wording stands before the colon
        before = window[: breaks[-1].start()]
        return before[max((m.end() for m in CLAUSE_BREAK.finditer(before)), default=0):]
    return window[cut:]


def label_before(text: str, start: int) -> ItemLabel | None:
    """The budget wording that ends right before the figure at `start`, if any.

    Connectors are stripped one at a time and the least-stripped head that ends
    in a wording wins, so `收入总计` is read whole before `总计` could be taken
    for a connector.
    """
    head = clause_head(text, start)
    for candidate in _heads(head):
        label = _longest_label(candidate)
        if label is not None:
            return _as_change(head, label)
    if head.strip() and (_SUM_ONLY.match(head) or _ENUMERATED_FUNDS.search(head)):
        return _verb_label(text, start - len(head))
    return None


CHANGE_CODES = ("budget_addition", "budget_reduction")


def _as_change(head: str, label: ItemLabel) -> ItemLabel:
    """A source's wording after a change verb is the change (`调减财政拨款预算36.00万元`,
    `追加一般公共预算拨款50万元`), never the source; `追加后` / `调减后` name the result."""
    if label.item in (*CHANGE_CODES, "budget_adjusted"):
        return label
    for verb, code in funding_verbs():
        at = head.find(verb)
        if code in CHANGE_CODES and at >= 0 and not head.startswith("后", at + len(verb)):
            return ItemLabel(verb, code)
    return label


def _verb_label(text: str, start: int) -> ItemLabel | None:
    """The item an earlier verb of the sentence names (`先后追加…等资金,共计…`)."""
    window = text[max(0, start - MAX_VERB_DISTANCE):start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    window = window[cut:]
    best: tuple[int, str, str] | None = None
    for verb, code in funding_verbs():
        at = window.rfind(verb)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, verb, code)
    if best is None:
        return None
    at, verb, code = best
    return ItemLabel(verb, _allocated_to_us(window, at, verb, code))


# A paying verb whose payer is a level above (`中央拨付16万元`, `省财政拨付`) or whose payee is the
# reporting unit (`拨付我区`, `支付给本单位`): money the unit received, not its spending.
@functools.lru_cache(maxsize=1)
def _payer_above() -> re.Pattern[str]:
    tiers = government_tiers()
    bare = alternation(word for tier in tiers if tier.bare_names_payer for word in tier.words)
    qualified = alternation(word for tier in tiers for word in tier.words)
    return re.compile(rf"(?:{bare}|{qualified}(?:级|财政))(?:财政)?$")


_PAYEE_US = re.compile(r"(?:给|到|至)?(?:我|本)(?:省|区|县|市|州|旗|乡|镇|局|委|厅|单位|部门|院|校|中心|站|所)")


def _allocated_to_us(text: str, at: int, verb: str, code: str) -> str:
    if code != "expenditure_total":
        return code
    if _payer_above().search(text, 0, at) or _PAYEE_US.match(text, at + len(verb)):
        return "budget_adjusted"
    return code


@functools.lru_cache(maxsize=1)
def _verb_object_pattern() -> re.Pattern[str]:
    verbs = alternation(verb for verb, _ in funding_verbs())
    return re.compile(
        # `下达2022年乡村振兴衔接资金` (the verb, then what it moved) or `衔接资金共下达` (what, then the verb)
        rf"(?P<verb>{verbs})(?P<object>[^,，;；。:：]{{0,30}}?(?:资金|经费|款项|公益金))$"
        rf"|(?:资金|经费|款项)(?:共|共计|累计|已|已经|实际|全部|全额)*(?P<verb_after>{verbs})$"
    )


def verb_object(text: str, start: int) -> ItemLabel | None:
    """The item a funding verb names when the clause is only that verb and the funds it moved
    (`下达2022年乡村振兴衔接资金100万元`, `衔接资金共下达105万元`): in a project report, the
    project's own figure (`project_only`, as weak as an umbrella wording). Funds only (资金, 经费,
    款项): `安排…补助177.40万元` and `…补贴支出158.50万元` are uses, parts of a list."""
    head = clause_head(text, start).strip()
    for candidate in _heads(head):
        m = _verb_object_pattern().search(candidate)
        if m is None or (m.group("object") and _HAS_VERB.search(m.group("object"))):
            continue
        verb = m.group("verb") or m.group("verb_after")
        at = m.start("verb") if m.group("verb") else m.start("verb_after")
        return ItemLabel(verb, _allocated_to_us(candidate, at, verb, dict(funding_verbs())[verb]), project_only=True)
    return None


@functools.lru_cache(maxsize=1)
def _verb_after_pattern() -> re.Pattern[str]:
    verbs = alternation(verb for verb, _ in funding_verbs())
    return re.compile(rf"\s*(?:已经?|均已)?(?:全部|全额|足额|按时)?(?P<verb>{verbs})(?:完毕|了)?(?=[,;。\n]|$)")


def verb_after(text: str, end: int) -> ItemLabel | None:
    """The item a funding verb right after a figure names, the clause ending there
    (`项目资金660.00万元已全部到位。`, `…万元已全部下达,`)."""
    m = _verb_after_pattern().match(text, end)
    if m is None:
        return None
    verb = m.group("verb")
    return ItemLabel(verb, dict(funding_verbs())[verb])


def _heads(head: str) -> list[str]:
    """The clause head, then with one more connector, count or aside stripped each time, then the
    same heads without a generic trailing noun (tried last: a wording written whole wins)."""
    heads = [head]
    while True:
        stripped = _TRAILING_ASIDE.sub("", heads[-1])
        stripped = _TRAILING_COUNT.sub("", stripped, count=1)
        stripped = _TRAILING_CONNECTOR.sub("", stripped, count=1)
        if stripped == heads[-1] or not stripped:
            break
        heads.append(stripped)
    generic = [g for g in (_TRAILING_GENERIC.sub("", h, count=1) for h in heads) if g and g not in heads]
    return heads + generic


@functools.lru_cache(maxsize=1)
def _labels_by_last_character() -> tuple[dict[str, tuple[ItemLabel, ...]], tuple[ItemLabel, ...]]:
    """Literal wordings by their last character (a head can only end with those), and the patterns."""
    literal: dict[str, list[ItemLabel]] = {}
    for label in item_labels():
        if label.pattern is None:
            literal.setdefault(label.label[-1], []).append(label)
    patterns = tuple(label for label in item_labels() if label.pattern is not None)
    return {last: tuple(labels) for last, labels in literal.items()}, patterns


def _longest_label(head: str) -> ItemLabel | None:
    best: ItemLabel | None = None
    best_length = 0
    literal, patterns = _labels_by_last_character()
    # item_labels() order (literal wordings first, so they win ties), without those that cannot end `head`.
    for label in (*literal.get(head[-1:], ()), *patterns):
        length = label.ends(head)
        if length <= best_length:
            continue
        if label.exact and _LEADING_FILLER.sub("", head[:-length]):
            continue
        if (label.item or "").startswith("revenue_") and names_others_income(head[:-length]):
            continue  # `实现旅游总收入112.6亿元`: the economy's income, no budget figure of the unit
        best, best_length = label, length
    return best


# `年初预算和全年预算均为86.4万元`: two wordings sharing one figure.
_BOTH = re.compile(r"(?P<first>[\u4e00-\u9fff]{2,16}?)(?:和|及|与|、)(?P<second>[\u4e00-\u9fff]{2,16}?)(?:均为|均是|都是|都为)$")


def label_shared_before(text: str, start: int) -> ItemLabel | None:
    """The first of two wordings joined before one figure (`A和B均为X`): B is `label_before`'s."""
    m = _BOTH.search(clause_head(text, start))
    if m is None:
        return None
    first = m.group("first")
    return label_before(first, len(first))


@functools.lru_cache(maxsize=1)
def _every_tier() -> re.Pattern[str]:
    tiers = government_tiers()
    below = [tier for tier in tiers if tier.name not in ("upper", "central")]
    central = alternation(word for tier in tiers if tier.name == "central" for word in tier.words)
    lower = alternation(word for tier in below for word in tier.words)
    return re.compile(rf"{central}(?:[、和及与]{lower}级?){{2,{len(below)}}}(?:财政)?"
                      r"(?:(?!用于|支出|使用)[\u4e00-\u9fff]){0,20}?(?:资金|补助)\s*$")


def every_tier_before(text: str, start: int, end: int) -> bool:
    """Every tier's money named together right before `end` (`2024年中央、省、市财政衔接…补助资金`):
    all of it. A clause head stops at 、, so this reads the sentence from `start`."""
    return _every_tier().search(text, start, end) is not None
