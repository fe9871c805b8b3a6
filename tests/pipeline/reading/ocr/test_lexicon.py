"""Dropped and doubtful characters chosen among the recogniser's candidates by the words around them."""
from __future__ import annotations

from pipeline.reading.ocr.engine import Decoded
from pipeline.reading.ocr.lexicon import HOLE, fill_holes, word_frequency

# What PP-OCRv4 weighs where it drops 缮 of 修缮 (measured on a scanned report): 缮 itself far down.
SEEN_FOR_SHAN = (("鳝", 0.09), ("#", 0.02), ("缕", 0.05), ("膳", 0.01), ("绪", 0.005), ("缮", 0.0026))


def line(text: str, options: dict[int, tuple[tuple[str, float], ...]], confidence: dict[int, float] | None = None) -> Decoded:
    chars = tuple((ch, k / len(text), (confidence or {}).get(k, 0.99)) for k, ch in enumerate(text))
    return Decoded(chars, 0.01, tuple(sorted(options.items())))


def read(lines: list[Decoded]) -> list[str]:
    return ["".join(c[0] for c in d.chars if c[0] != HOLE) for d in fill_holes(lines)]


def test_the_dictionary_knows_the_words_and_not_the_misreadings() -> None:
    assert word_frequency("修缮") >= 100 and word_frequency("秋季") >= 100
    assert word_frequency("修鳝") == 0 and word_frequency("秋李") == 0


def test_a_dropped_character_is_filled_with_the_candidate_that_makes_a_word() -> None:
    assert read([line(f"校舍修{HOLE}项目", {3: SEEN_FOR_SHAN}, {3: 0.2})]) == ["校舍修缮项目"]


def test_a_dropped_character_at_a_line_start_takes_the_previous_line_s_end_as_context() -> None:
    lines = [line("学校校舍修", {}), line(f"{HOLE}”项目全年预算数", {0: SEEN_FOR_SHAN}, {0: 0.2})]
    assert read(lines) == ["学校校舍修", "缮”项目全年预算数"]


def test_a_hole_no_candidate_of_which_makes_a_word_is_dropped() -> None:
    assert read([line(f"12{HOLE}34", {2: (("缮", 0.01), ("5", 0.05))}, {2: 0.2})]) == ["1234"]


def test_a_doubtful_character_making_no_word_gives_way_to_a_weighed_one_that_does() -> None:
    assert read([line("秋李入学", {1: (("李", 0.55), ("季", 0.4))}, {1: 0.55})]) == ["秋季入学"]


def test_a_doubtful_character_that_makes_a_word_is_kept() -> None:
    assert read([line("竣工验收", {0: (("竣", 0.3), ("峻", 0.2))}, {0: 0.3})]) == ["竣工验收"]


def test_digits_are_never_chosen_by_words() -> None:
    assert read([line("第7条", {1: (("7", 0.6), ("一", 0.3))}, {1: 0.6})]) == ["第7条"]


def test_the_unit_after_a_figure_is_not_guessed_from_words() -> None:
    assert read([line(f"96.8方{HOLE}", {5: (("法", 0.05), ("元", 0.01))}, {5: 0.2})]) == ["96.8方"]
