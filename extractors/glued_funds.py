"""A funds row whose cells a copy glued together, cut apart by the row's own arithmetic.

Document sites flatten a 绩效自评表 to one line and drop the cells' separators:
`年初预算数全年预算数全年执行数分值执行率得分年度资金总额593.27593.27448.641076%10`. The header
still names the columns in order, and the values can be cut only a few ways: money with the
decimals its first figure shows, 分值 and 得分 points no more than 100, the rate ending in `%`. Of
the cuts, the one under which the row agrees with itself (执行率 = 执行数 ÷ 预算数 to the rate's
precision; where two cuts do, the one whose 得分 is 分值 × 执行率 to a point) is taken; none or two
different ones, nothing is read. A copy that kept one space between a row's cells (`总额0.00 3.36 3.36 100.00%
10 10` under `年初预算调整后预算数预算执行数预算执行率权重得分`) is cut at its spaces, one figure a column.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from extractors.numbers import money, percent
from extractors.registry import register
from extractors.table_vocab import fund_row
from schemas.facts import FULL_MARKS, Basis, BudgetItem, Extraction
from schemas.figures import Figure
from schemas.text import SegmentedDocument

NAME = "glued_funds"
# The header with its spaces gone (`年初 预算数全年 预算数…` reads the same): the columns in order.
HEADER = re.compile(r"(?P<initial>年初预算数?)?(?:全年|调整后)(?:[(（]调整[)）])?预算数?(?:全年|预算)?执行数(?P<weight>分值|权重)?"
                    r"(?:预算)?执行率(?P<weight_after>分值|权重)?(?P<score>得分)?")
# A column's letter or formula after its name (`全年预算数(A)`, `执行率(B/A)`), dropped before the header is read.
COLUMN_MARK = re.compile(r"[(（][A-Za-z/×*÷%\d]{1,8}[)）]")
# A cell may keep its unit (`50万元47.6895.00%`, a scan read by OCR): the unit ends that figure.
# The figures glued, or one space apart (`总额 0.00 3.36 3.36 100.00% 10 10`, a copy that kept single spaces).
RUN = r"(?P<run>\d(?:[\d.%]|万元| (?=\d)){5,60})"
# `年度资金总额`, or `总额` right after the header's last word or standing alone.
ROW = re.compile(r"(?:(?:年度)?资金总额|(?:(?<![\u4e00-\u9fff])|(?<=得分)|(?<=权重)|(?<=执行率))总额)\s*[:：]?\s*" + RUN)
# The source rows glued the same way under it (`其中:中央补助40004000100%`).
SOURCE_ROW = re.compile(r"\s*(?:其中\s*[:：]?)?\s*(?P<label>[\u4e00-\u9fff]{2,16}?)\s*[:：]?\s*" + RUN)
MAX_SOURCE_ROWS = 6
HEADER_REACH = 200
# A cut's figures agree within half a unit of the stated rate's last digit, and a point for the score.
SCORE_SLACK = Decimal(1)
LEADING_ZERO = re.compile(r"0\d")
# A rate's whole part has at most this many digits (100%).
MAX_RATE_DIGITS = 3


@register(NAME, produces=("budget_items",), version="1")
def extract(doc: SegmentedDocument) -> Extraction:
    text = doc.text
    items: list[BudgetItem] = []
    for row in ROW.finditer(text):
        head = COLUMN_MARK.sub("", re.sub(r"\s+", "", text[max(0, row.start() - HEADER_REACH):row.start()]))
        headers = list(HEADER.finditer(head))
        if not headers or not _glued(row.group("run")):
            continue
        header = headers[-1]  # the nearest header before the row
        roles = [r for r in ("initial", "adjusted", "executed", "weight", "rate", "weight_after", "score")
                 if r in ("adjusted", "executed", "rate") or header.group(r)]
        roles = ["weight" if r == "weight_after" else r for r in roles]
        unit = "元" if re.search(r"[(（]元[)）]|单位[:：]元(?!\w)", head) else "万元"  # a form's usual unit
        cut = _the_cut(row.group("run"), roles, unit)
        if cut is None:
            continue
        where = doc.provenance(row.start("run"), row.end("run"), NAME)
        codes = {"initial": "budget_initial", "adjusted": "budget_adjusted", "executed": "expenditure_total",
                 "rate": "execution_rate"}
        items += [BudgetItem(item=codes[role], figure=figure, provenance=where)
                  for role, figure in zip(roles, cut, strict=True) if role in codes]
        items += _source_rows(doc, row.end(), [r for r in roles if r not in ("weight", "score")], unit)
    return Extraction(budget_items=tuple(items))


BASES = {"initial": Basis.INITIAL, "adjusted": Basis.ADJUSTED, "executed": Basis.EXECUTED}


def _source_rows(doc: SegmentedDocument, start: int, roles: list[str], unit: str) -> list[BudgetItem]:
    """The 其中 rows right under a glued total row, each cut by its own arithmetic: its source's figure per
    column. The first stretch that is no source's row with figures (`地方资金其他资金…`) ends them."""
    items: list[BudgetItem] = []
    at = start
    for _ in range(MAX_SOURCE_ROWS):
        m = SOURCE_ROW.match(doc.text, at)
        code = fund_row(m.group("label")) if m else None
        if m is None or code is None:
            break
        at = m.end()
        cut = _the_cut(m.group("run"), roles, unit) if _glued(m.group("run")) else None
        if cut is None:
            continue
        where = doc.provenance(m.start("run"), m.end("run"), NAME)
        items += [BudgetItem(item=code, figure=figure, provenance=where, basis=BASES[role])
                  for role, figure in zip(roles, cut, strict=True) if role in BASES]
    return items


def _glued(run: str) -> bool:
    """More than one figure with no separator between them: two decimal points, a point and a %,
    or more digits before a % than a rate has (`360360100%`: whole 万元 before the rate); or a unit
    between two figures; or figures one space apart (a row whose cells a copy left single spaces between)."""
    if " " in run:
        return True
    if "万元" in run.rstrip("万元"):
        return True
    leading = re.match(r"\d+", run)
    integers = leading is not None and len(leading.group(0)) > MAX_RATE_DIGITS and "." not in run[:leading.end()]
    return run.count(".") >= 2 or (run.count(".") >= 1 and "%" in run) or (integers and run.endswith("%"))


def _the_cut(run: str, roles: list[str], unit: str) -> list[Figure] | None:
    if " " in run:
        return _spaced_cut(run, roles, unit)
    if "万元" in run:
        return _cut_at_units(run, roles)
    return _cut_by_arithmetic(run, roles, unit)


def _spaced_cut(run: str, roles: list[str], unit: str) -> list[Figure] | None:
    """Figures one space apart are cut where the spaces are: one a column, or nothing is read."""
    tokens = run.split(" ")
    if len(tokens) != len(roles) or any((role == "rate") != token.endswith("%") for role, token in zip(roles, tokens)):
        return None
    figures = [_figure(token, role, unit) for role, token in zip(roles, tokens)]
    known = [f for f in figures if f is not None]
    return known if len(known) == len(roles) else None


def _cut_at_units(run: str, roles: list[str]) -> list[Figure] | None:
    """Figures that kept their unit are whole; the rest of the row is cut only where it can be cut one way
    (`47.6895.00%`: 47.68 | 95.00%), whether or not the row then agrees: a disagreement is the report's."""
    *whole, rest = run.split("万元")
    fixed = [money(token, "万元", token + "万元") if re.fullmatch(r"\d+(?:\.\d+)?", token) else None for token in whole]
    known = [f for f in fixed if f is not None]
    if len(known) != len(fixed) or len(known) >= len(roles) or any(r not in ("adjusted", "executed", "initial")
                                                                   for r in roles[:len(known)]):
        return None
    decimals = len(rest.split("%")[0].split(".", 1)[1]) if "." in rest.split("%")[0] else 0
    cuts = list(_cut_from(rest, roles[len(known):], min(decimals, 2), "万元")) if decimals else []
    return [*known, *cuts[0]] if len(cuts) == 1 else None


def _cut_by_arithmetic(run: str, roles: list[str], unit: str) -> list[Figure] | None:
    agreeing = {tuple(str(f.value) for f in cut): cut for cut in _cuts(run, roles, unit) if _rate_agrees(cut, roles)}
    if not agreeing and "." in run.split("%")[0]:
        # `202010100.00%10`: whole 万元 before a rate written to two decimals (20 | 20 | 10 | 100.00% | 10)
        agreeing = {tuple(str(f.value) for f in cut): cut for cut in _cut_from(run, roles, 0, unit)
                    if _rate_agrees(cut, roles)}
    spent = {key: cut for key, cut in agreeing.items() if cut[roles.index("rate")].value != 0}
    if spent and len(spent) < len(agreeing):  # `3603601 | 0 | 0%` beside `360 | 360 | 100%`: the digits left over
        agreeing = spent
    if len(agreeing) > 1:  # the score, where it fits its points at that rate, tells two cuts apart
        agreeing = {key: cut for key, cut in agreeing.items() if _score_fits(cut, roles)}
    return next(iter(agreeing.values())) if len(agreeing) == 1 else None


def _cuts(run: str, roles: list[str], unit: str) -> Iterator[list[Figure]]:
    # the money of one row is written to one precision: two decimals, one, or whole (`360360100%`)
    for decimals in (2, 1) if "." in run.split("%")[0] else (0,):
        yield from _cut_from(run, roles, decimals, unit)


def _cut_from(run: str, roles: list[str], decimals: int, unit: str) -> Iterator[list[Figure]]:
    if not roles:
        if not run:
            yield []
        return
    for token in _tokens(run, roles[0], decimals):
        figure = _figure(token, roles[0], unit)
        if figure is None:
            continue
        for rest in _cut_from(run[len(token):], roles[1:], decimals, unit):
            yield [figure, *rest]


def _tokens(run: str, role: str, decimals: int) -> list[str]:
    if role == "rate":
        m = re.match(r"\d{1,3}(?:\.\d{1,2})?%", run)
        return [m.group(0)] if m else []
    if role in ("weight", "score"):
        return [run[:k] for k in range(1, min(len(run), 6) + 1) if re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?", run[:k])]
    if decimals == 0:  # whole amounts: any number of digits, the arithmetic decides
        digits = re.match(r"\d+", run)
        return [run[:k] for k in range(1, len(digits.group(0)) + 1)] if digits else []
    m = re.match(rf"(?:0|[1-9]\d*)\.\d{{{decimals}}}", run)  # money: the row's decimals
    return [m.group(0)] if m else []


def _figure(token: str, role: str, unit: str) -> Figure | None:
    if LEADING_ZERO.match(token):
        return None  # `076%`, `05`: no figure is written so; the cut is elsewhere
    if role == "rate":
        return percent(token[:-1], token)
    if role in ("weight", "score"):
        value = Decimal(token)
        return Figure(value, token, Decimal("0.5")) if value <= FULL_MARKS else None
    return money(token, unit, token + unit)


def _rate_agrees(cut: list[Figure], roles: list[str]) -> bool:
    # Not `schemas.figures.ratio_tolerance`: a cut's decimals are guessed from the row's first figure,
    # not written, so their rounding is no evidence to widen the bound by; a hundredth covers a cut rate.
    by_role = dict(zip(roles, cut, strict=True))
    adjusted, executed, rate = by_role["adjusted"], by_role["executed"], by_role["rate"]
    if adjusted.value <= 0:
        return False
    if rate.value == 0:
        return executed.value == 0  # `0%` is nothing spent, not a sliver rounded away
    computed = executed.value / adjusted.value * 100
    return abs(computed - rate.value) <= rate.tolerance + Decimal("0.01")


def _score_fits(cut: list[Figure], roles: list[str]) -> bool:
    by_role = dict(zip(roles, cut, strict=True))
    if "weight" not in by_role or "score" not in by_role:
        return True
    weight, score, rate = by_role["weight"].value, by_role["score"].value, by_role["rate"].value
    return score <= weight and abs(weight * rate / 100 - score) <= SCORE_SLACK
