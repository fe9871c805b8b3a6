"""The common Chinese characters, for telling real Chinese text from mis-mapped glyphs.

GB 2312's first level: the 3,755 most frequent characters of modern Chinese, in
the national standard's own selection (rows 16-55 of the code table, decoded
here from the codec Python ships, so no list is kept in the repository). Running
Chinese prose draws about 99 % of its characters from them (under 1 % rare on
every corpus file: place names such as 儋, 埇, 瓯); glyph codes mis-read as
Unicode land anywhere in the 20,000+ ideographs, mostly on rare ones.
"""
from __future__ import annotations

from functools import lru_cache

LEVEL_ONE_ROWS = range(0xB0, 0xD8)  # GB 2312 rows 16-55


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    chars = set()
    for row in LEVEL_ONE_ROWS:
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:  # row 55 ends early
                continue
    return frozenset(chars)


def is_hanzi(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F or 0xF900 <= code <= 0xFAFF
