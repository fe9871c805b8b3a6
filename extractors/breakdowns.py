"""Totals and the parts a report lists for them, so the rules can check they add up.

Three shapes real reports use:
- a figure, a marker (`其中`, `分别为`, `包括`, `主要用于`) and figures of the same unit:
  `发放补贴3600万元，其中职业培训补贴1126.40万元、社保补贴862.15万元…`, `编制50人，其中行政编制30人、事业编制15人`;
- a count and the names listed: `下属事业单位3个，分别是A、B、C`;
- grade buckets: `“优”的项目12个，资金800万元；“良”的项目3个，资金100万元`, against the
  stated number of projects and funds evaluated.
Breakdowns whose total and parts are all budget figures are left to the budget rules.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from extractors.budget import PREVIOUS_YEAR
from extractors.labels import clause_head, label_before, verb_object
from extractors.numbers import MONEY_UNIT, TRANCHE_HEAD, is_money_standard, money, plain, to_decimal
from extractors.registry import register
from extractors.vocab import measure_words
from schemas.facts import Breakdown, Extraction
from schemas.figures import Figure
from schemas.text import SegmentedDocument

NAME = "breakdowns"
EXHAUSTIVE = ("分别为", "分别是", "具体为", "具体是", "具体包括", "包括", "主要用于", "用于")
MARKER = re.compile(r"\s*[,:;。]?\s*(?P<marker>其中|分别为|分别是|具体为|具体是|具体包括|包括|主要用于|用于)\s*[,:]?")
NESTED = re.compile(r"其中|包括|分别")
AFTER_QIZHONG = re.compile(r"其中\s*[,:]?\s*$")
CHANGE_HEAD = re.compile(r"(?:比|较|同比|环比)[^,;。]{0,24}(?:减少|增加|下降|上升|增长|降低|节约|节省)")
# A figure the sentence compares with (`较2023年的12,864.30万元增加…`): the base, never the total.
COMPARED_BASE = re.compile(r"(?:比|较|同比|环比|相比)[^,;。]{0,12}$")
# A sentence; `…2263万元。其中:A1435万元,…` goes on into the 其中 sentence that lists its parts.
_SENTENCE = re.compile(r"(?:[^。\n]|。(?=\s*(?:其中|具体是|具体为|分别为|分别是)))+")
COUNT_LIST = re.compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})(?P<unit>个|家|所|名|项|类|支|座|条|处)(?P<noun>[\u4e00-\u9fff]{0,10}?)"
    r"[,:]?(?:分别是|分别为|包括|即)[:,]?(?P<list>[^。;:]+)"
)
BUCKET = re.compile(
    r"[“\"]?(?P<grade>优|良|中|差)[”\"]?(?:等次|等级|档次)?的?项目(?:有|共)?(?P<count>\d+)个[^;。“]*?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿元|万元|元)"
)
BUCKET_TOTAL_COUNT = re.compile(r"(?P<count>\d+)个(?:二级)?项目")
BUCKET_TOTAL_MONEY = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?P<unit>亿元|万元|元)")
MAX_NAME_CHARS = 30
# A money unit with no figure before it: an amount masked (`点击查看>> 万元`, `X万元`) or left blank
# (`资金  万元`) on a published copy. Such a list cannot be checked: its parts are not all there.
UNIT_WITHOUT_FIGURE = re.compile(r"(?<![\d.\s零一二两三四五六七八九十百千万亿])\s*(?:万元|亿元|千元)|(?<=[>_Xx×*])\s*元")
SHARE_BEFORE = re.compile(r"占\s*$")
# `本报告反映上述5个单位…`: a figure that names the total again, not one of its parts
REFERS_BACK = re.compile(r"(?:上述|以上|前述|上列)\s*$")
# A part that is a cut (`调减2.66万元`), not an addition to the total.
CUT_BEFORE = re.compile(r"(?:调减|核减|减少|扣减|收回|扣回)\s*$")


@dataclass(frozen=True)
class _Fig:
    start: int
    end: int
    figure: Figure
    unit: str  # `元` for money, else the measure word


@functools.lru_cache(maxsize=1)
def _figure_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(w) for w in measure_words())
    return re.compile(rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?)(?:(?P<money>{MONEY_UNIT})|(?P<unit>{units}))(?!以上|以内|以下)")


def _figures(sentence: str) -> list[_Fig]:
    out = []
    for m in _figure_pattern().finditer(sentence):
        if m.group("money"):
            fig = money(m.group("num"), m.group("money"), m.group(0))
            unit = "元"
        else:
            fig = plain(m.group("num"), m.group(0))
            unit = m.group("unit")
        if fig is not None:
            out.append(_Fig(m.start(), m.end(), fig, unit))
    return out


def _marker_word(sentence: str, at: int) -> str | None:
    found = MARKER.match(sentence, at)
    return found.group("marker") if found else None


def _inside_brackets(text: str, pos: int, start: int) -> bool:
    head = text[start:pos]
    return head.count("(") > head.count(")")


def sum_breakdowns(doc: SegmentedDocument, base: int, sentence: str) -> list[Breakdown]:
    if BUCKET.search(sentence):
        return []  # projects by grade: the buckets rule checks them against the total evaluated
    figs = _figures(sentence)
    for i, total in enumerate(figs):
        marker = MARKER.match(sentence, total.end)
        if marker and "。" in marker.group(0) and i > 0:
            continue  # `…支出X万元，结余Y万元。其中…`: the next sentence's parts may be any figure's
        if not marker or AFTER_QIZHONG.search(sentence, 0, total.start):
            continue  # `其中:30万元用于…`: a part itself, not a total
        head = clause_head(sentence, total.start)
        if CHANGE_HEAD.search(head) or PREVIOUS_YEAR.search(head):
            # `支出86.42万元，比年初预算减少12.58万元，其中…`, `办理案件655件，上年为588件，其中…`: a change
            # or last year's figure is an aside; the parts are the figure's before it
            earlier = [f for f in figs[:i] if f.unit == total.unit and not _compared_with(sentence, f)]
            if not earlier:
                return []
            total = earlier[-1]
        body_start = marker.end()
        list_end = _list_end(sentence, body_start)
        parts = [f for f in figs[i + 1:] if f.unit == total.unit and f.end <= list_end
                 and not _inside_brackets(sentence, f.start, body_start)
                 and not REFERS_BACK.search(sentence, body_start, f.start)
                 and not (f.unit == "元" and is_money_standard(sentence, f.start, f.end, body_start))]
        if len(parts) < 2 or NESTED.search(sentence, body_start, parts[-1].start):
            return []
        if any(_marker_word(sentence, p.end) == marker.group("marker") for p in parts):
            return []  # `30万元用于A;30万元用于B`: figures side by side, each with its own use
        if total.unit == "元" and UNIT_WITHOUT_FIGURE.search(sentence, body_start):
            return []  # a part's amount masked or left blank: the list is not all there
        if any(CUT_BEFORE.search(sentence, body_start, p.start) for p in parts):
            return []  # `…调减2.66万元`: a cut among the parts, which the list does not net out
        # `基本支出1680.11万元,工资福利支出占854万元,…;项目支出1627.66万元,…占216.85万元`: a figure
        # a part `占` is inside the part before it; the list's own parts are the others
        # `其中省级财政资金400.00万元，分两批下达：第一批300.00万元…，第二批100.00万元`: tranches are the parts of
        # the figure before them, not of the list's total
        parts = [p for p in parts if not TRANCHE_HEAD.search(sentence, max(body_start, p.start - 8), p.start)]
        if len(parts) < 2:
            return []
        shares = [p for p in parts if SHARE_BEFORE.search(sentence, body_start, p.start)]
        if shares and len(shares) < len(parts):
            parts = [p for p in parts if p not in shares]
            if len(parts) < 2:
                return []
        if marker and "。" in marker.group(0) and _sums_an_earlier_figure(doc, base, total, parts):
            return []  # `本年支出合计61658.08万元…。年末结转结余1843.7万元。其中…`: the spending's parts
        # `下达本项目衔接资金共计…元，其中中央…`: a total named by its funding verb is a budget figure too
        total_label = label_before(sentence, total.start) or verb_object(sentence, total.start)
        part_labels = [label_before(sentence, p.start) for p in parts]
        if total_label is not None and all(lb is not None for lb in part_labels):
            return []  # budget figures: the budget rules check them
        return [Breakdown(
            kind="sum", total=total.figure, total_label=clause_head(sentence, total.start)[-20:],
            parts=tuple((clause_head(sentence, p.start)[-20:], p.figure) for p in parts),
            exhaustive=marker.group("marker") in EXHAUSTIVE or _closed_list(sentence, body_start, parts),
            unit=total.unit, item=total_label.item if total_label else None,
            provenance=doc.provenance(base + total.start, base + parts[-1].end, NAME),
        )]
    return []


# The first figure of a clause after a semicolon: a rate or a count there ends a money list.
_SEMICOLON_THEN_FIGURE = re.compile(r"[;；][^;；\d]*?\d+(?:\.\d+)?\s*")
_MONEY_UNIT_AT = re.compile(MONEY_UNIT)


def _compared_with(sentence: str, figure: _Fig) -> bool:
    head = clause_head(sentence, figure.start)
    return bool(COMPARED_BASE.search(head) or PREVIOUS_YEAR.search(head))


def _list_end(sentence: str, body_start: int) -> int:
    """Where a list's parts end: at a semicolon whose clause opens with a figure that is not money
    (`…兑付补助320.00万元;预算执行率97.30%,结余13.50万元`): the sentence has gone back to the whole."""
    for m in _SEMICOLON_THEN_FIGURE.finditer(sentence, body_start):
        if not _MONEY_UNIT_AT.match(sentence, m.end()):
            return m.start()
    return len(sentence)


def _sums_an_earlier_figure(doc: SegmentedDocument, base: int, total: _Fig, parts: list[_Fig]) -> bool:
    """Parts after a sentence's end (`。其中`) that miss the figure before them but add up to an
    earlier one of the paragraph: that one's parts."""
    tolerance = sum((p.figure.tolerance for p in parts), total.figure.tolerance)
    value = sum(p.figure.value for p in parts)
    if abs(value - total.figure.value) <= tolerance:
        return False
    paragraph = doc.text.rfind("\n", 0, base) + 1
    return any(f.unit == total.unit and abs(f.figure.value - value) <= tolerance
               for f in _figures(doc.text[paragraph:base]))


# Words that make a list partial: `等`, `主要`, `重点`, `部分`, `如`.
PARTIAL_LIST = re.compile(r"等|主要|重点|部分|如|例如|包括但不限于|…")
MIN_CLOSED_PARTS = 3


def _closed_list(sentence: str, body_start: int, parts: list[_Fig]) -> bool:
    """A `其中` list that names every part: three or more, no word that makes it partial, and the
    sentence ending with the last (`…其中:A1435万元,B25万元,…,G18万元。`)."""
    if len(parts) < MIN_CLOSED_PARTS or PARTIAL_LIST.search(sentence, body_start, parts[-1].end + 2):
        return False
    return not sentence[parts[-1].end:].strip(" ,，;；。.")


def count_breakdowns(doc: SegmentedDocument, base: int, sentence: str) -> list[Breakdown]:
    out = []
    for m in COUNT_LIST.finditer(sentence):
        n = to_decimal(m.group("n"))
        listed = m.group("list").strip()
        if n is None or listed.endswith("等") or re.search(r"等\d*[个家所名项类]?$", listed):
            continue
        names = [x.strip() for x in listed.split("、") if x.strip()]
        if len(names) < 2:
            continue
        last = [x for x in re.split(r"和|及|以及", names[-1]) if x.strip()]
        if Decimal(len(names)) != n:  # `A、B和C`: the last may join two names, or be one (`规划和建设股`)
            names = names[:-1] + last
        if any(len(x) > MAX_NAME_CHARS or re.search(r"\d", x) for x in names):
            continue
        out.append(Breakdown(
            kind="count", total=Figure.exact(n, m.group("n") + m.group("unit")),
            total_label=m.group("noun") or m.group("unit"),
            parts=tuple((x, Figure.exact(Decimal(1), x)) for x in names), exhaustive=True, unit=m.group("unit"),
            provenance=doc.provenance(base + m.start(), base + m.end(), NAME),
        ))
    return out


def bucket_breakdowns(doc: SegmentedDocument, start: int, paragraph: str) -> list[Breakdown]:
    buckets = list(BUCKET.finditer(paragraph))
    if len(buckets) < 2:
        return []
    before = paragraph[: buckets[0].start()]
    count_total = BUCKET_TOTAL_COUNT.search(before)
    money_total = list(BUCKET_TOTAL_MONEY.finditer(before))
    total = money(money_total[-1].group("num"), money_total[-1].group("unit")) if money_total else None
    parts = tuple((b.group("grade"), money(b.group("num"), b.group("unit"), b.group(0))) for b in buckets)
    if total is None or any(f is None for _, f in parts):
        return []
    return [Breakdown(
        kind="buckets", total=total, total_label="项目资金", parts=tuple((g, f) for g, f in parts if f is not None),
        exhaustive=True, unit="元",
        count_total=plain(count_total.group("count")) if count_total else None,
        count_parts=tuple(Figure.exact(Decimal(b.group("count"))) for b in buckets),
        provenance=doc.provenance(start + buckets[0].start(), start + buckets[-1].end(), NAME),
    )]


@register(NAME, produces=("breakdowns",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    found: list[Breakdown] = []
    for line in re.finditer(r"[^\n]+", text):
        found.extend(bucket_breakdowns(doc, line.start(), line.group(0)))
        for s in _SENTENCE.finditer(line.group(0)):
            base = line.start() + s.start()
            sentence = s.group(0)
            if not text[base + len(sentence):].strip() and not sentence.rstrip().endswith(("。", ";", ".")):
                continue  # the text stops mid-sentence (an excerpt, a cut page): its list may go on
            found.extend(sum_breakdowns(doc, base, sentence))
            found.extend(count_breakdowns(doc, base, s.group(0)))
    return Extraction(breakdowns=tuple(found))
