"""The common Chinese characters, for telling real Chinese text from mis-mapped glyphs.

`data/common_hanzi.txt` holds the 4,000 characters that carry most of the
weight of jieba's dictionary (word frequencies summed per character): 99.4 %
of the dictionary's character mass. Running Chinese prose draws more than 98 %
of its characters from them; glyph codes mis-read as Unicode land anywhere in
the 20,000+ ideographs, mostly on rare ones. Regenerate with
`python -m pipeline.reading.ocr.charset` (jieba ships the dictionary).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "common_hanzi.txt"
SIZE = 4000


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    return frozenset(DATA.read_text(encoding="utf-8").replace("\n", ""))


def is_hanzi(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2FA1F or 0xF900 <= code <= 0xFAFF


def rank_from_jieba(size: int = SIZE) -> list[str]:
    """The `size` characters with the largest summed word frequency in jieba's dictionary."""
    import jieba

    weights: Counter[str] = Counter()
    path = Path(jieba.__file__).parent / "dict.txt"
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            word, freq, *_ = line.split()
            for ch in word:
                if is_hanzi(ch):
                    weights[ch] += int(freq)
    return [ch for ch, _ in weights.most_common(size)]


def main() -> None:
    chars = rank_from_jieba()
    DATA.write_text("\n".join("".join(chars[k:k + 50]) for k in range(0, len(chars), 50)) + "\n", encoding="utf-8")
    print(f"wrote {len(chars)} characters to {DATA}")


if __name__ == "__main__":
    main()
