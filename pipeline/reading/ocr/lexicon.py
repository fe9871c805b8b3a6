"""Characters the recogniser could not name, chosen among the ones it weighed by the words around them.

PP-OCRv4 has a few characters in its alphabet that it practically never emits
for some fonts: `缮` of `修缮` comes out as a blank column whose best
non-blank classes are `鳝`, `膳`, `缕` (the same right-hand part), and `缮`
itself only at rank 7-17 with a probability near 0.002; a faint `季` is read
`李` at 0.55. The CTC columns still say *that* a character is there (a
`HOLE`, see `engine.decode`) or that the one read is doubtful, and which
classes were weighed.

A noisy channel picks among them: each candidate's probability times the
frequency of the two-character word it makes with its neighbour on either side
(jieba's general dictionary of 349,000 words with their corpus frequencies,
plus the project's budget vocabulary, `schemas/text/nlp.py`). It is only
asked where the recogniser itself hesitates, it only picks a character the
recogniser gave some weight to, that character must make a common word
(`MIN_WORD_FREQ`), and a doubtful character that already makes a word is kept.
Digits and symbols are never changed here: a doubtful figure is the rules'
business (a warning naming it), not a guess from words.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.reading.ocr.charset import is_hanzi

if TYPE_CHECKING:
    from pipeline.reading.ocr.engine import Decoded

# Stands in the decoded text for a character the recogniser saw but could not name.
HOLE = "\x00"

# A candidate must make a word at least this frequent in jieba's dictionary (修缮 1217, 秋季 457,
# 竣工 687; rare words and names are below 50).
MIN_WORD_FREQ = 100
# A Chinese character read below this confidence may be replaced by a candidate making a word.
DOUBTFUL = 0.7
# ... by one the recogniser gave at least this much (a HOLE's candidates may be far weaker: the
# recogniser saw no class there at all).
MIN_SWAP_P = 0.02


@lru_cache(maxsize=1)
def _jieba():  # type: ignore[no-untyped-def]
    from schemas.text.nlp import jieba_module

    jieba = jieba_module()
    jieba.initialize()
    return jieba


def word_frequency(word: str) -> int:
    """How often `word` occurs in jieba's dictionary corpus (0: not a word)."""
    return int(_jieba().get_FREQ(word) or 0)


def _support(ch: str, before: str, after: str) -> int:
    return max(word_frequency(before + ch) if before else 0, word_frequency(ch + after) if after else 0)


def choose(options: Sequence[tuple[str, float]], before: str, after: str, min_p: float = 0.0) -> str | None:
    """The candidate that best explains the image and its neighbours (probability x word
    frequency), when it makes a common word; None when none does."""
    best: tuple[float, str] | None = None
    for ch, p in options:
        if p < min_p or not is_hanzi(ch):
            continue
        support = _support(ch, before, after)
        if support >= MIN_WORD_FREQ and (best is None or p * support > best[0]):
            best = (p * support, ch)
    return best[1] if best else None


def needs_lexicon(decoded: Decoded) -> bool:
    return any(decoded.chars[k][0] == HOLE or _doubtful_hanzi(decoded.chars[k]) for k, _ in decoded.options)


def _doubtful_hanzi(char: tuple[str, float, float]) -> bool:
    return char[2] < DOUBTFUL and len(char[0]) == 1 and is_hanzi(char[0])


def fill_holes(lines: Sequence[Decoded]) -> list[Decoded]:
    """Each line's HOLEs filled (or left for `to_line` to drop) and doubtful characters that make no
    word replaced; a line's first character has the previous line's last one before it."""
    out = []
    previous = ""
    for decoded in lines:
        if decoded.options and needs_lexicon(decoded):
            decoded = _fill_line(decoded, previous)
        named = [c[0] for c in decoded.chars if c[0] not in (" ", HOLE)]
        previous = named[-1] if named else previous
        out.append(decoded)
    return out


def _after_figure(chars: Sequence[tuple[str, float, float]], k: int) -> bool:
    """Whether one of the two characters before position k is a digit."""
    return any(c[0].isdigit() for c in chars[max(k - 2, 0):k])


def _fill_line(decoded: Decoded, previous: str) -> Decoded:
    chars = list(decoded.chars)

    def neighbour(k: int, step: int) -> str:
        k += step
        while 0 <= k < len(chars):
            if chars[k][0] not in (" ", HOLE):
                return chars[k][0]
            k += step
        return previous if step < 0 else ""

    for k, options in decoded.options:
        text, where, confidence = chars[k]
        before, after = neighbour(k, -1), neighbour(k, 1)
        if _after_figure(chars, k):
            continue  # a unit (万元, 人次) is no word: `96.8方` + hole is not 方法
        if text == HOLE:
            chosen = choose(options, before, after)
        elif _doubtful_hanzi(chars[k]) and _support(text, before, after) < MIN_WORD_FREQ:
            chosen = choose(options, before, after, MIN_SWAP_P)
        else:
            continue
        if chosen is not None:
            chars[k] = (chosen, where, confidence)
    return replace(decoded, chars=tuple(chars))
