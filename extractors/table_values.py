"""Cell texts of 绩效自评表 tables to values: money, rates, points, indicator values.

Pure functions, one per kind of cell. Money comes back in yuan using the
table's unit (`金额单位：万元`, `（万元）` in a header, `元` in Yunnan-style tables);
rates in percent; every figure keeps the text as written and the tolerance
its writing implies. A dash, a slash or an empty cell is missing (None), never 0.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from extractors.vocab import alternation, grade_words, money_units
from schemas.document import Page, Table
from schemas.figures import Figure
from schemas.text.normalize import normalize_char

# The money units of the shared vocabulary (data/money_units.json): 亿元, 万元, 千元, 元.
MONEY_UNITS: dict[str, Decimal] = {unit: factor for unit, factor in money_units().items() if unit.endswith("元")}
DEFAULT_MONEY_UNIT = "万元"  # what 绩效自评表 tables use when they say nothing
# Float noise from spreadsheets (`0.0900000762939453`): this many decimals or more is noise.
NOISY_DECIMALS = 9

_MISSING = re.compile(r"^[\s—\-－–/／\\、…*＊]*$|^(无|空|不适用|N/?A)$", re.I)
_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_NUMBER = r"[+-]?\d+(?:\.\d+)?"
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])")
_DUNHAO_DECIMAL = re.compile(r"(?<=\d)、(?=\d{1,4}$)")
_UNIT_DECL = re.compile(r"(?:金额)?单位\s*[:：]?\s*(亿元|万元|元)|[(（]\s*(亿元|万元|元)\s*[)）]")
# A full stop after the figure (`10.`, `95%。`) closes the cell; it is no decimal point.
_PLAIN_NUMBER = re.compile(rf"^({_NUMBER})\s*(亿元|万元|元|%|分)?[.。]?$")
_BARE_MONEY_UNIT = re.compile(r"^(.*?\d)\s*(万|亿)$")

# Comparison operators as written, to the canonical sign.
_PREFIX_OPS: tuple[tuple[str, str], ...] = (
    (">=", "≥"), ("<=", "≤"), ("==", "="), ("≥", "≥"), ("≤", "≤"), ("=", "="), (">", ">"), ("<", "<"),
    ("大于等于", "≥"), ("小于等于", "≤"), ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("至少", "≥"),
    ("达到", "≥"), ("高于", ">"), ("大于", ">"), ("超过", ">"), ("不高于", "≤"), ("不超过", "≤"),
    ("不多于", "≤"), ("不大于", "≤"), ("控制在", "≤"), ("低于", "<"), ("小于", "<"), ("等于", "="),
)
_SUFFIX_OPS: tuple[tuple[str, str], ...] = (
    ("及以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"), ("之内", "≤"),
)
_UNIT_ALIASES = {"百分比": "%", "百分之": "%", "％": "%", "个百分点": "百分点"}
# Suffixes that make a number a date or a deadline, not a quantity (`9月前`, `10月底`).
_TIME_WORDS = re.compile(r"^(年|月|日|号)?.*(前|后|底|初|中旬|上旬|下旬|之前|完成)$|^(月|日|号)$")
# A grade cell: `优`, `“良好”`, `优等`, or labelled `自评等级：优`.
_GRADE_WORD = re.compile(
    r"^(?:(?:自评|绩效|评价|综合)?(?:等级|等次|结果|结论)[:：为]?)?[\"“”'‘’]?(" + alternation(grade_words()) + ")"
    r"[\"“”'‘’]?(等级?)?$")


# Cell texts repeat within and across tables; the parsers are pure, so their results are cached.
CACHE_SIZE = 1 << 16


@lru_cache(maxsize=CACHE_SIZE)
def clean_text(text: str | None) -> str:
    """A cell's text normalized as the running text is: NFKC, odd operators, wrapped lines joined."""
    if not text:
        return ""
    out = "".join(normalize_char(ch) for ch in text)
    # A line break inside a cell is layout: drop it (and the spaces around it) between Chinese
    # characters or digits, keep one space between Latin words.
    out = re.sub(r"[ ]*\n[ ]*", lambda m: "\n", out)
    out = re.sub(r"(?<=[A-Za-z])\n(?=[A-Za-z])", " ", out)
    out = out.replace("\n", "")
    out = re.sub(rf"(?<=[{_CJK}]) +(?=[{_CJK}])", "", out)
    # a dot after a cell's last character is a speck an OCR'd form read (`为消费者挽回经济损失·`, `93.5%·`)
    out = re.sub(rf"(?<=[{_CJK}%\d])\s*[·•]$", "", out)
    return re.sub(r" {2,}", " ", out).strip()


@lru_cache(maxsize=CACHE_SIZE)
def label_key(text: str) -> str:
    """A label for vocabulary matching: no spaces, no `其中：` prefix nor the group it opens
    (`按支出性质分：基本支出`), no trailing colon."""
    key = re.sub(r"\s+", "", text)
    key = re.sub(r"^按[\u4e00-\u9fff]{1,8}分[:：]", "", key)
    key = re.sub(r"^(其中|含)[:：,，、]?", "", key)
    key = key.replace("（", "(").replace("）", ")")
    return key.rstrip(":：")


def open_brackets(text: str) -> int:
    """How many brackets the text opens and does not close (a cell cut inside its aside)."""
    return text.count("(") + text.count("（") - text.count(")") - text.count("）")


def is_missing(text: str | None) -> bool:
    return text is None or bool(_MISSING.match(text.strip()))


@dataclass(frozen=True)
class Number:
    """A number as written: its exact value, how many decimals it shows, and its suffix."""

    value: Decimal
    decimals: int
    suffix: str  # `万元`, `%`, `分`, or empty

    def half_unit(self) -> Decimal:
        return Decimal(5).scaleb(-(self.decimals + 1))


@lru_cache(maxsize=CACHE_SIZE)
def parse_number(text: str | None) -> Number | None:
    """A cell that holds one plain number (thousands separators and a unit suffix allowed)."""
    if is_missing(text):
        return None
    s = clean_text(text).replace(" ", "")
    s = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), s)
    s = _DUNHAO_DECIMAL.sub(".", s)
    m = _PLAIN_NUMBER.match(s)
    if not m:
        return None
    digits = m.group(1)
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    if decimals >= NOISY_DECIMALS:
        value, decimals = _denoise(value, decimals)
    return Number(value, decimals, m.group(2) or "")


def _denoise(value: Decimal, decimals: int) -> tuple[Decimal, int]:
    """`0.0900000762939453` is 0.09 stored as a binary float: round to the shortest close value."""
    for places in range(0, decimals - 3):
        rounded = round(value, places)
        if abs(rounded - value) <= Decimal("1e-6") * max(Decimal(1), abs(value)):
            return rounded, places
    return value, decimals


# On a page (not a header cell) 单位 takes its colon: `单位：万元`, `（元）`.
_PAGE_UNIT = re.compile(r"(?:金额)?单位\s*[:：]\s*(亿元|万元|元)|[(（]\s*(亿元|万元|元)\s*[)）]")


def page_unit(pages: Sequence[Page], index: int) -> str | None:
    """The money unit the running text of `pages[index]` declares, when it declares exactly one; on a
    page declaring none, the unit of a caption that closes the page before (`表1 …收支情况（单位：万元）`
    left at a page's foot, its table at the top of the next)."""
    found = {m.group(1) or m.group(2) for m in _PAGE_UNIT.finditer(pages[index].text)}
    if found or index == 0:
        return found.pop() if len(found) == 1 else None
    lines = [line for line in pages[index - 1].text.splitlines() if line.strip()]
    caption = _PAGE_UNIT.search(lines[-1]) if lines else None
    return (caption.group(1) or caption.group(2)) if caption else None


def table_unit(table: Table, pages: Sequence[Page], index: int) -> str | None:
    """The money unit a table's figures are in, declared outside its cells: by its caption
    (`表2 项目支出明细（单位：元）`), else by its page (`page_unit`)."""
    return unit_declared(table.caption) or page_unit(pages, index)


def unit_declared(text: str | None) -> str | None:
    """The money unit a header or note declares (`金额单位：万元`, `（元）`), if any."""
    if not text:
        return None
    m = _UNIT_DECL.search(clean_text(text))
    return (m.group(1) or m.group(2)) if m else None


def parse_money(text: str | None, unit: str = DEFAULT_MONEY_UNIT) -> Figure | None:
    """A money cell in yuan; a unit written in the cell itself wins over the table's."""
    number = parse_number(text)
    if number is None and text is not None:
        # `3359.62万` in a form whose caption says 万元: the bare 万 (亿) of money, in a money cell only
        bare = _BARE_MONEY_UNIT.match(clean_text(text))
        plain = parse_number(bare.group(1)) if bare else None
        if bare and plain is not None and not plain.suffix:
            number = Number(plain.value, plain.decimals, bare.group(2) + "元")
    if number is None or number.suffix in ("%", "分"):
        return None
    factor = MONEY_UNITS[number.suffix or unit]
    return Figure(number.value * factor, clean_text(text), number.half_unit() * factor)


def parse_rate(text: str | None, header: str = "") -> Figure | None:
    """A rate cell in percent: `95.03%`, `97.5` under `执行率(%)`, a bare fraction `0.9503`.

    A bare number of at most 1.5 with decimals, under a header that does not say
    `%`, is a fraction (spreadsheets store 95.03% as 0.9503).
    """
    number = parse_number(text)
    if number is None or number.suffix not in ("", "%"):
        return None
    value, tolerance = number.value, number.half_unit()
    if number.suffix == "" and "%" not in header and number.decimals > 0 and value <= Decimal("1.5"):
        value, tolerance = value * 100, tolerance * 100
    return Figure(value, clean_text(text), tolerance)


def parse_points(text: str | None) -> Figure | None:
    """A weight or score cell (`10`, `9.5`, `4.77分`).

    Points are awarded, not measured: a whole number is exact; decimals carry
    half a unit of the last digit (a computed `4.77` may be 4.7665 rounded).
    """
    number = parse_number(text)
    if number is None or number.suffix not in ("", "分"):
        return None
    tolerance = number.half_unit() if number.decimals else Decimal(0)
    return Figure(number.value, clean_text(text), tolerance)


def parse_total_points(text: str | None) -> Figure | None:
    """A stated total score: rounded like any written figure (half a unit of its last digit)."""
    number = parse_number(text)
    if number is None or number.suffix not in ("", "分"):
        return None
    return Figure(number.value, clean_text(text), number.half_unit())


@dataclass(frozen=True)
class IndicatorValue:
    """A target or actual value: `≥600人次` -> (≥, 600, 人次); qualitative values have no number."""

    text: str
    operator: str | None = None
    value: Decimal | None = None
    unit: str | None = None


@lru_cache(maxsize=CACHE_SIZE)
def parse_indicator_value(text: str | None) -> IndicatorValue | None:
    """Operator, number and unit of an indicator value; None when the cell is empty or a dash."""
    if is_missing(text):
        return None
    written = clean_text(text)
    s = written.replace(" ", "")
    s = _THOUSANDS.sub(lambda m: m.group(0).replace(",", ""), s)
    operator = None
    for word, sign in _PREFIX_OPS:
        if s.startswith(word):
            operator, s = sign, s[len(word):]
            break
    for word, sign in _SUFFIX_OPS:
        if s.endswith(word):
            operator, s = operator or sign, s[: -len(word)]
            break
    m = re.match(rf"^({_NUMBER})([^\d]{{0,8}})$", s)
    if not m:
        return IndicatorValue(written)
    unit = m.group(2).strip("()（） ") or None
    if unit is not None:
        if _TIME_WORDS.match(unit):
            return IndicatorValue(written)
        unit = _UNIT_ALIASES.get(unit, unit)
    number = parse_number(m.group(1))
    return IndicatorValue(written, operator, number.value if number else None, unit)


def normalize_unit(text: str | None) -> str | None:
    if is_missing(text):
        return None
    unit = clean_text(text).replace(" ", "")
    return _UNIT_ALIASES.get(unit, unit) or None


def parse_grade(text: str | None) -> str | None:
    """`优`, `良好`, `“优秀”` -> 优/良/中/差; anything else None."""
    if not text:
        return None
    m = _GRADE_WORD.match(clean_text(text).replace(" ", ""))
    return grade_words().get(m.group(1)) if m else None


# A score cell that states the grade after the score (`95.71自评等级：优`, `92 优`): an unruled form's last
# columns run together.
_SCORE_THEN_GRADE = re.compile(r"^(?P<score>\d{1,3}(?:\.\d+)?)\s*分?\s*[,，;；]?\s*(?P<grade>\D.{0,12})$")


def score_then_grade(text: str) -> tuple[str, str] | None:
    """(score, grade) of a cell that states both, the score first; None for any other cell."""
    m = _SCORE_THEN_GRADE.match(clean_text(text).strip())
    if m is None:
        return None
    grade = parse_grade(m.group("grade"))
    return (m.group("score"), grade) if grade else None


def points_in_label(text: str) -> tuple[str, Decimal | None]:
    """`产出指标(50分)` -> (`产出指标`, 50); a label without points -> (label, None)."""
    m = re.search(r"[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]|(?<=[^\d\s])(\d+(?:\.\d+)?)分$", text)
    if not m:
        return text, None
    label = (text[: m.start()] + text[m.end():]).strip()
    return label, Decimal(m.group(1) or m.group(2))


def split_glued(text: str, parts: int) -> list[str] | None:
    """Cells glued by a flattening reader: `390390100%` -> [`390`, `390`, `100%`].

    Tries every split into `parts` numbers (no leading zeros) and keeps one whose
    trailing percent equals the ratio of the two numbers before it; without a
    percent, only an even split of equal numbers is trusted.
    """
    s = clean_text(text).replace(" ", "")
    percent = s.endswith("%")
    body = s.rstrip("%")
    if not re.fullmatch(r"[\d.]+", body) or parts < 2:
        return None
    for split in _splits(body, parts):
        if not all(re.fullmatch(r"(0|[1-9]\d*)(\.\d+)?", p) for p in split):
            continue
        numbers = [Decimal(p) for p in split]
        if percent and parts >= 3 and numbers[-3]:
            decimals = len(split[-1].split(".")[1]) if "." in split[-1] else 0
            if abs(numbers[-2] / numbers[-3] * 100 - numbers[-1]) <= Decimal(5).scaleb(-(decimals + 1)):
                return split[:-1] + [split[-1] + "%"]
        if not percent and len(set(numbers)) == 1:
            return split
    return None


def _splits(body: str, parts: int) -> list[list[str]]:
    if parts == 1:
        return [[body]] if body else []
    out = []
    for i in range(1, len(body)):
        for rest in _splits(body[i:], parts - 1):
            out.append([body[:i], *rest])
    return out


# Slack for a rate recomputed from a row's cells (the rates are rounded to 0.01% at most).
RATE_SLACK = Decimal("0.6")


def rate_agreement(row: Mapping[str, str]) -> int:
    """1 when a funds row's stated rate (cells by role) is its executed ÷ budget, -1 when it is not,
    0 when unknown. A rate without % below 1 is a fraction (`0.958`)."""
    def value(role: str) -> Decimal | None:
        number = parse_number(row.get(role, ""))
        return None if number is None else number.value
    rate, executed = value("rate"), value("executed")
    budget = next((v for r in ("adjusted", "initial") if (v := value(r)) is not None and v), None)
    if rate is None or executed is None or budget is None:
        return 0
    computed = executed / budget * 100
    try:
        if row.get("rate", "").rstrip().endswith("%") or rate > 1:
            return 1 if abs(computed - rate) <= RATE_SLACK else -1
        return 1 if abs(computed - rate * 100) <= RATE_SLACK else -1
    except InvalidOperation:
        return 0
