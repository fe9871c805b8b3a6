"""Text with a back-map to its source, so every regex match maps to raw offsets.

Like pdfplumber's TextMap: each output character remembers the raw offset it
came from. Edits that only delete characters keep the map exact; other edits
map each new character onto the span it replaced.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TextMap:
    text: str
    origin: tuple[int, ...]

    @staticmethod
    def identity(text: str) -> TextMap:
        return TextMap(text, tuple(range(len(text))))

    def map_chars(self, convert: Callable[[str], str]) -> TextMap:
        """Replace each character by `convert(char)` (which may be empty or longer).

        `convert` must depend on the character alone: it is asked once per distinct
        character, and one-for-one replacements go through `str.translate`.
        """
        table = {ch: convert(ch) for ch in set(self.text)}
        changed = {ch: new for ch, new in table.items() if new != ch}
        if not changed:
            return self
        if all(len(new) == 1 for new in changed.values()):
            return TextMap(self.text.translate({ord(ch): new for ch, new in changed.items()}), self.origin)
        out: list[str] = []
        origin: list[int] = []
        for ch, src in zip(self.text, self.origin):
            new = table[ch]
            out.append(new)
            origin.extend([src] * len(new))
        return TextMap("".join(out), tuple(origin))

    def sub(self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]) -> TextMap:
        """Regex substitution that keeps the back-map."""
        matches = list(pattern.finditer(self.text))
        if not matches:
            return self  # most passes find nothing: no copy of the text and its map
        out: list[str] = []
        origin: list[int] = []
        last = 0
        for m in matches:
            s, e = m.span()
            out.append(self.text[last:s])
            origin.extend(self.origin[last:s])
            new = repl(m)
            out.append(new)
            origin.extend(_align(m.group(0), new, self.origin[s:e]))
            last = e
        out.append(self.text[last:])
        origin.extend(self.origin[last:])
        return TextMap("".join(out), tuple(origin))

    def replace_spans(self, edits: Iterable[tuple[int, int, str]]) -> TextMap:
        """Replace each (start, end) span, in order and not overlapping, by its new text."""
        out: list[str] = []
        origin: list[int] = []
        last = 0
        for s, e, new in sorted(edits):
            out.append(self.text[last:s])
            origin.extend(self.origin[last:s])
            out.append(new)
            origin.extend(_align(self.text[s:e], new, self.origin[s:e] or self.origin[max(s - 1, 0):s]))
            last = e
        out.append(self.text[last:])
        origin.extend(self.origin[last:])
        return TextMap("".join(out), tuple(origin))

    def delete_spans(self, spans: Iterable[tuple[int, int]]) -> TextMap:
        """The text without the characters of `spans` (overlapping or not, in any order)."""
        n = len(self.text)
        merged: list[list[int]] = []
        for s, e in sorted((max(s, 0), min(e, n)) for s, e in spans):
            if s >= e:
                continue
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        if not merged:
            return self
        texts: list[str] = []
        origin: list[int] = []
        last = 0
        for s, e in merged:
            texts.append(self.text[last:s])
            origin.extend(self.origin[last:s])
            last = e
        texts.append(self.text[last:])
        origin.extend(self.origin[last:])
        return TextMap("".join(texts), tuple(origin))


def _align(old: str, new: str, old_origin: tuple[int, ...]) -> list[int]:
    """Origins for `new` replacing `old`: exact when `new` is `old` with deletions."""
    if not new:
        return []
    if len(new) == len(old):
        return list(old_origin)
    mapped: list[int] = []
    j = 0
    for ch in new:
        while j < len(old) and old[j] != ch:
            j += 1
        if j >= len(old):
            break
        mapped.append(old_origin[j])
        j += 1
    if len(mapped) == len(new):
        return mapped
    # Not a pure deletion: spread the new characters over the replaced span.
    last = max(len(old_origin) - 1, 0)
    base = old_origin if old_origin else (0,)
    return [base[min(i, last)] for i in range(len(new))]
