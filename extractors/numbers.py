"""Numbers as reports write them: Arabic or Chinese numerals, units, stated precision.

Money becomes yuan and rates percent, as exact Decimals, with the tolerance
the writing implies (half a unit of the last written digit).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from extractors.vocab import money_units
from schemas.figures import Figure

NUMBER = r"\d+(?:\.\d+)?"
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
_CN_NUMBER = re.compile(rf"^[{CN_DIGITS}]+$")


def money_unit_pattern() -> str:
    """The money units of the vocabulary as a regex alternation, longest first (`亿元|万元|千元|元`)."""
    units = sorted((u for u in money_units() if u.endswith("元")), key=len, reverse=True)
    return "|".join(re.escape(u) for u in units)


MONEY_UNIT = money_unit_pattern()
# A money figure as the narrative writes it: `2626.63万元`, `三百万元`.
MONEY_FIGURE = re.compile(
    rf"(?<![\d.])(?P<num>\d+(?:\.\d+)?|[{CN_DIGITS}]{{2,}}?)(?P<unit>{MONEY_UNIT})"
)


def to_decimal(text: str) -> Decimal | None:
    """An Arabic or Chinese numeral as a Decimal (`一千二百` -> 1200), or None."""
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        pass
    if _CN_NUMBER.match(text):
        import cn2an

        try:
            return Decimal(str(cn2an.cn2an(text, "smart")))
        except (ValueError, KeyError):
            return None
    return None


def half_unit(number_text: str) -> Decimal:
    """Half a unit of the last written digit: `2626.63` -> 0.005, `3286` -> 0.5."""
    text = number_text.strip().replace(",", "")
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return Decimal(5) / (Decimal(10) ** (decimals + 1))


def money(number_text: str, unit: str, stated: str | None = None) -> Figure | None:
    """`2626.63`, `万元` -> 26266300 yuan, tolerance 50 yuan."""
    factor = money_units().get(unit)
    value = to_decimal(number_text)
    if factor is None or value is None:
        return None
    tolerance = half_unit(number_text) * factor if re.match(r"^[\d.,]+$", number_text.strip()) else Decimal(0)
    return Figure((value * factor).quantize(Decimal("0.01")), stated or f"{number_text}{unit}", tolerance)


def percent(number_text: str, stated: str | None = None) -> Figure | None:
    value = to_decimal(number_text)
    if value is None:
        return None
    return Figure(value, stated or f"{number_text}%", half_unit(number_text))


def plain(number_text: str, stated: str | None = None) -> Figure | None:
    value = to_decimal(number_text)
    if value is None:
        return None
    return Figure(value, stated or number_text, half_unit(number_text))


# A money standard, not an amount: `每生每年1000元`, `补助标准为89元`, `按每亩1000元标准`, `1000元/生·年`.
_STANDARD_HEAD = re.compile(r"每[\u4e00-\u9fff]{0,6}$|标准[为是:]?$|单价[为是:]?$|按(?:生均|人均|户均|亩均)$")
_STANDARD_AFTER = re.compile(r"\s*(?:/|标准)")
_STANDARD_REACH = 12


# A target's bound right after its figure (`90%以上`, `95%（含）以上`, `3天之内`): a goal or a threshold, not a figure
# achieved.
TARGET_AFTER = re.compile(r"^(?:[(（](?:含|不含)[)）])?(?:以上|以内|以下|及以上|之内|左右)")


# Money in tranches (`分两批下达：第一批300.00万元，第二批100.00万元`): how a sum came, each a part of it.
TRANCHE_HEAD = re.compile(r"第[一二三四五六七八九十\d]{1,2}(?:批|次|期)(?:资金|债券|债)?[为是:：]?$")


def is_money_standard(text: str, start: int, end: int, clause_start: int = 0) -> bool:
    """The money figure at text[start:end] is a rate per head, mu or year (a standard), not an amount."""
    return bool(_STANDARD_AFTER.match(text, end)
                or _STANDARD_HEAD.search(text[max(clause_start, start - _STANDARD_REACH):start]))
