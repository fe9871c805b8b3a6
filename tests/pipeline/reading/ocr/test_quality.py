"""The text-layer quality test: real Chinese passes, mis-mapped glyphs fail."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.reading.ocr.charset import common_hanzi
from pipeline.reading.ocr.quality import CharClass, TextQuality, _implausible, assess, char_class

REAL = "本部门2023年度年初预算数为452,318.64万元，全年执行数为478,905.21万元，预算完成率98.39%。"


@pytest.mark.parametrize("text", [
    REAL,
    "二、绩效指标 | ≥95% | 12个 | 优 | ①②③ ℃ ‰ ×÷ ± “完成” 《通知》【2023】 Ⅰ类",
    "儋州市埇桥区瓯海区綦江区潍坊市" + REAL,  # place names outside the common set
    "Annual Report 2023: budget executed 98.39% of the plan.",
])
def test_real_text_passes(text: str) -> None:
    assert not assess(text).garbled


def test_subset_font_bytes_read_as_winansi_fail() -> None:
    garbage = "\x01\x04\x052023\x06\x07\x08\t\n\x0b\x0c\x0e\x0f\x10\x11ÄÅ\x05ÇÉÑ\x08ÖÜá\x05à2023\x06\x07âäãåç\x10\x11éèê"
    quality = assess(garbage)
    assert quality.garbled and quality.bad_share > 0.5


def test_glyph_ids_read_as_random_ideographs_fail() -> None:
    rng = random.Random(7)
    rare = [chr(c) for c in range(0x4E00, 0x9FA5) if chr(c) not in common_hanzi()]
    garbage = "".join(rng.choice(rare) for _ in range(200))
    quality = assess(garbage)
    assert quality.garbled and quality.implausible_share > 0.5


def test_private_use_and_replacement_characters_fail() -> None:
    assert assess("\ue001\ue002\ue003预算\ufffd\ufffd\ue004\ue005\ue006执行\ue007\ue008\ue009\ue00a\ue00b\ue00c" * 2).garbled


def test_a_page_number_alone_is_not_judged() -> None:
    quality = assess("- 3 -")
    assert not quality.judged and not quality.garbled


@pytest.mark.parametrize("ch,cls", [("预", CharClass.HANZI), ("儋", CharClass.RARE), ("7", CharClass.DIGIT),
                                    ("a", CharClass.LATIN), ("，", CharClass.SYMBOL), ("≥", CharClass.SYMBOL),
                                    ("\x05", CharClass.BAD), ("\ue000", CharClass.BAD), ("Ä", CharClass.FOREIGN),
                                    ("７", CharClass.DIGIT), (" ", CharClass.SPACE)])
def test_character_classes(ch: str, cls: CharClass) -> None:
    assert char_class(ch) is cls


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="预算执行率蠃蠄鬯齉 \n\u3000a1Zé\ufffd\ue000\x07。，%", max_size=80))
def test_assess_counts_what_a_pair_by_pair_loop_counts(text: str) -> None:
    classes = [char_class(ch) for ch in text]
    visible = [c for c in classes if c is not CharClass.SPACE]
    pairs = list(zip(visible, visible[1:]))
    naive = TextQuality(len(visible), sum(c in (CharClass.BAD, CharClass.FOREIGN) for c in visible), len(pairs),
                        sum(1 for a, b in pairs if _implausible(a, b)))
    assert assess(text) == naive
