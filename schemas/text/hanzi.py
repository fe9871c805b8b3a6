"""Traditional Chinese characters to simplified ones, character by character, for matching.

Many portals offer a 繁體 version of each page; its 績效/預算/萬元 must match the
vocabularies written in simplified characters. The conversion is OpenCC's
(`t2s`, the maintained converter of the `opencc` package) applied to one
character at a time: one character in, one out, so the normalizer's back-map
stays exact and every offset means the same in both scripts. (OpenCC's phrase
tables, which pick 乾坤 over 干坤, matter for reading, not for matching.)
A character OpenCC would turn into several, or none, is left as it is, and so is one of the
simplified set (GB 2312), which a simplified text writes as it means it (乾安县).

Stored values keep the document's characters: `pipeline.extraction.written`
restores them from the back-map.
"""
from __future__ import annotations

import functools
import re

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1 << 15)
def simplified_char(ch: str) -> str:
    """The simplified form of one Han character (itself when it has none)."""
    if len(ch) != 1 or not _HAN.match(ch) or _in_simplified_set(ch):
        return ch
    out: str = _converter().convert(ch)  # type: ignore[attr-defined]
    return out if len(out) == 1 else ch


def _in_simplified_set(ch: str) -> bool:
    """A character of GB 2312, the simplified set, is simplified already, though OpenCC may map it for
    one of its senses: 乾 (乾安县, 乾隆) is 干 only where it means dry."""
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def to_simplified(text: str) -> str:
    """Character by character, so the result has the length of `text`."""
    return "".join(simplified_char(ch) for ch in text)


def has_traditional(text: str) -> bool:
    return any(simplified_char(ch) != ch for ch in set(_HAN.findall(text)))
