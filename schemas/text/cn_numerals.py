"""Rates and scores written in Chinese numerals, as figures: `百分之九十五点六` → `95.6%`,
`自评得分九十二分` → `自评得分92分`.

Only where the words say what the number is (a rate after 百分之, points after a score's name):
`十分重要` and `一百多人` stay as written.
"""
from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
PERCENT_IN_WORDS = re.compile(rf"百分之(?P<n>{_NUMBER})")
SCORE_IN_WORDS = re.compile(rf"(?:(?<=得分)|(?<=评分)|(?<=总分))(?P<verb>为|是|[:：])?(?P<n>{_NUMBER})(?=分)")


def cn_to_arabic(text: str) -> str | None:
    """`九十五点六` → `95.6`, `一百` → `100`; None for what is no number below a thousand."""
    whole, _, decimals = text.partition("点")
    value = current = 0
    for ch in whole:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch == "十":
            value += (current or 1) * 10
            current = 0
        elif ch == "百":
            if not current:
                return None
            value += current * 100
            current = 0
        else:
            return None
    value += current
    if not whole or any(ch not in _DIGITS for ch in decimals):
        return None
    return str(value) + ("." + "".join(str(_DIGITS[ch]) for ch in decimals) if decimals else "")


def percent_figure(m: re.Match[str]) -> str:
    number = cn_to_arabic(m.group("n"))
    return m.group(0) if number is None else number + "%"


def score_figure(m: re.Match[str]) -> str:
    number = cn_to_arabic(m.group("n"))
    return m.group(0) if number is None else (m.group("verb") or "") + number
