"""Rates and scores written in Chinese numerals, as figures: `百分之九十五点六` → `95.6%`,
`自评得分九十二分` → `自评得分92分`.

Only where the words say what the number is (a rate after 百分之, points after a score's name):
`十分重要` and `一百多人` stay as written.
"""
from __future__ import annotations

import re
from decimal import Decimal

_NUMBER = r"[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?"
PERCENT_IN_WORDS = re.compile(rf"百分之(?P<n>{_NUMBER})")
SCORE_IN_WORDS = re.compile(rf"(?:(?<=得分)|(?<=评分)|(?<=总分))(?P<verb>为|是|[:：])?(?P<n>{_NUMBER})(?=分)")


def cn_to_arabic(text: str) -> str | None:
    """`九十五点六` → `95.6`, `一百` → `100`, to the places written (`九十五点六零` → `95.60`); None for what
    is no number (`百`, `点五`)."""
    import cn2an  # only where a number is written in words: its import stays off start-up

    try:
        value = cn2an.cn2an(text, "normal")
    except (ValueError, KeyError):
        return None
    return f"{Decimal(str(value)):.{len(text.partition('点')[2])}f}"


def percent_figure(m: re.Match[str]) -> str:
    number = cn_to_arabic(m.group("n"))
    return m.group(0) if number is None else number + "%"


def score_figure(m: re.Match[str]) -> str:
    number = cn_to_arabic(m.group("n"))
    return m.group(0) if number is None else (m.group("verb") or "") + number
