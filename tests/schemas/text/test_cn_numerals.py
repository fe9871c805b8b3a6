"""Rates and scores written in Chinese numerals read as figures, only where the words say what they are."""
from __future__ import annotations

import pytest

from schemas.text.cn_numerals import cn_to_arabic
from tests.schemas.text.test_normalize import norm


@pytest.mark.parametrize("words, figure", [
    ("九十五点六", "95.6"), ("九十二", "92"), ("一百", "100"), ("十", "10"), ("十五", "15"), ("八十点零五", "80.05"),
    ("两百", "200"), ("零", "0"), ("百", None), ("点五", None), ("九十五点六零", "95.60"),
])
def test_cn_to_arabic(words: str, figure: str | None) -> None:
    assert cn_to_arabic(words) == figure


@pytest.mark.parametrize("raw, read", [
    ("预算执行率百分之九十五点六。", "预算执行率95.6%。"),
    ("本项目绩效自评得分九十二分,等级为优。", "本项目绩效自评得分92分"),
    ("综合评分为九十分。", "综合评分为90分"),
    ("这项工作十分重要。", "这项工作十分重要。"),  # no score's name before it: words stay words
    ("培训一百多人次。", "培训一百多人次。"),
])
def test_rates_and_scores_in_words_become_figures(raw: str, read: str) -> None:
    assert read in norm(raw)
