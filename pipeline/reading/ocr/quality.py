"""Is a page's text layer text? The test that sends garbled pages to OCR.

A PDF whose fonts lack a usable ToUnicode map renders fine but its text layer
is garbage: control characters, private-use code points, U+FFFD, Latin-1
letters where Chinese should be (a subset font's byte codes read as
WinAnsi), or ideographs picked at random (glyph ids read as Unicode). Each
character of the layer is put in a class, and the page fails when

- characters that are never content (controls, private use, replacement) or
  foreign letters (Latin-1 and other scripts' letters) make up `MAX_BAD_SHARE`
  of it, or
- adjacent pairs that real text does not have (two rare ideographs, or an
  ideograph or digit beside a bad or foreign character) make up
  `MAX_IMPLAUSIBLE_PAIRS` of its pairs.

Real reports sit far from both limits (under 1 % rare ideographs on every
corpus file, no bad characters); garbled layers far above them. Pages with
fewer than `MIN_CHARS` visible characters are not judged (a page number).
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from pipeline.reading.ocr.charset import common_hanzi, is_hanzi

MIN_CHARS = 20
MAX_BAD_SHARE = 0.15
MAX_IMPLAUSIBLE_PAIRS = 0.2


class CharClass(str, Enum):
    HANZI = "hanzi"  # a common ideograph
    RARE = "rare"  # an ideograph outside the common set
    DIGIT = "digit"
    LATIN = "latin"  # ASCII letters
    SYMBOL = "symbol"  # punctuation, operators, units, CJK and full-width forms
    BAD = "bad"  # controls, private use, replacement, unassigned
    FOREIGN = "foreign"  # letters of other scripts and Latin-1/Extended letters
    SPACE = "space"


@lru_cache(maxsize=1 << 16)  # a page has a few hundred distinct characters, a corpus a few thousand
def char_class(ch: str) -> CharClass:
    if ch.isspace():
        return CharClass.SPACE
    if is_hanzi(ch):
        return CharClass.HANZI if ch in common_hanzi() else CharClass.RARE
    if ch.isascii():
        if ch.isdigit():
            return CharClass.DIGIT
        if ch.isalpha():
            return CharClass.LATIN
        return CharClass.BAD if unicodedata.category(ch) == "Cc" else CharClass.SYMBOL
    category = unicodedata.category(ch)
    if category in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
        return CharClass.BAD
    if category.startswith("L") and not _cjk_letter(ch):
        return CharClass.FOREIGN
    if category == "Nd":
        return CharClass.DIGIT
    return CharClass.SYMBOL


def _cjk_letter(ch: str) -> bool:
    """Letters that do belong in Chinese text: kana, bopomofo, full-width Latin, 〇."""
    code = ord(ch)
    return 0x3000 <= code <= 0x30FF or 0x3100 <= code <= 0x312F or 0xFF00 <= code <= 0xFFEF


_SUSPECT = frozenset({CharClass.BAD, CharClass.FOREIGN})
_CONTENT = frozenset({CharClass.HANZI, CharClass.RARE, CharClass.DIGIT})


@dataclass(frozen=True)
class TextQuality:
    """Counts behind the verdict on one page's text layer."""

    n_chars: int  # visible characters
    bad: int  # BAD + FOREIGN characters
    pairs: int  # adjacent visible pairs
    implausible: int

    @property
    def judged(self) -> bool:
        return self.n_chars >= MIN_CHARS

    @property
    def bad_share(self) -> float:
        return self.bad / self.n_chars if self.n_chars else 0.0

    @property
    def implausible_share(self) -> float:
        return self.implausible / self.pairs if self.pairs else 0.0

    @property
    def garbled(self) -> bool:
        return self.judged and (self.bad_share >= MAX_BAD_SHARE or self.implausible_share >= MAX_IMPLAUSIBLE_PAIRS)

    def reason(self) -> str:
        return (f"{self.bad_share:.0%} of its {self.n_chars} characters are control, private-use or foreign, "
                f"{self.implausible_share:.0%} of character pairs are implausible")


def _implausible(a: CharClass, b: CharClass) -> bool:
    if a is CharClass.RARE and b is CharClass.RARE:
        return True
    return (a in _SUSPECT and b in _CONTENT | _SUSPECT) or (b in _SUSPECT and a in _CONTENT)


_IMPLAUSIBLE = frozenset((a, b) for a in CharClass for b in CharClass if _implausible(a, b))


def assess(text: str) -> TextQuality:
    """Classify every character of a page's text layer and count what real text does not have.

    Runs on every PDF page, so: classes looked up per distinct character, and pairs only
    looked at when the page has a character an implausible pair needs (a rare or suspect one).
    """
    classes = list(map(char_class, text))
    counts = Counter(classes)
    n_visible = len(classes) - counts[CharClass.SPACE]
    bad = counts[CharClass.BAD] + counts[CharClass.FOREIGN]
    implausible = 0
    if bad or counts[CharClass.RARE] >= 2:
        visible = [c for c in classes if c is not CharClass.SPACE]
        implausible = sum(1 for pair in zip(visible, visible[1:]) if pair in _IMPLAUSIBLE)
    return TextQuality(n_chars=n_visible, bad=bad, pairs=max(n_visible - 1, 0), implausible=implausible)
