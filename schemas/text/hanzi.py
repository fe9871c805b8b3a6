"""Traditional Chinese characters to simplified ones, character by character, for matching.

Many portals offer a 繁體 version of each page; its 績效/預算/萬元 must match the
vocabularies written in simplified characters. The conversion is OpenCC's
(`t2s`, the maintained converter of the `opencc` package) applied to one
character at a time: one character in, one out, so the normalizer's back-map
stays exact and every offset means the same in both scripts. (OpenCC's phrase
tables, which pick 乾坤 over 干坤, matter for reading, not for matching.)
A character OpenCC would turn into several, or none, is left as it is, and so is one a simplified
text writes as it is though OpenCC maps it for one of its senses (`data/simplified_as_written.txt`: 乾安县).

Stored values keep the document's characters: `pipeline.extraction.written`
restores them from the back-map.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=1)
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=1 << 15)
def simplified_char(ch: str) -> str:
    """The simplified form of one Han character (itself when it has none)."""
    if len(ch) != 1 or not _HAN.match(ch) or ch in _as_written():
        return ch
    out: str = _converter().convert(ch)  # type: ignore[attr-defined]
    return out if len(out) == 1 else ch


@functools.lru_cache(maxsize=1)
def _as_written() -> frozenset[str]:
    """Characters a simplified text writes as they are, though OpenCC maps them for one of their senses
    (`data/simplified_as_written.txt`: 乾 is 干 only where it means dry; 乾安县, 乾隆)."""
    text = (resources.files("schemas.text") / "data" / "simplified_as_written.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def to_simplified(text: str) -> str:
    """Character by character, so the result has the length of `text`."""
    return "".join(simplified_char(ch) for ch in text)


def has_traditional(text: str) -> bool:
    return any(simplified_char(ch) != ch for ch in set(_HAN.findall(text)))
