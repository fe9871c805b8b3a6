"""TextMap.map_chars: the per-distinct-character shortcut gives what a per-character loop gives."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.text.normalize import normalize_char
from schemas.text.textmap import TextMap


def naive(tm: TextMap, convert) -> TextMap:  # type: ignore[no-untyped-def]
    out, origin = [], []
    for ch, src in zip(tm.text, tm.origin):
        new = convert(ch)
        out.append(new)
        origin.extend([src] * len(new))
    return TextMap("".join(out), tuple(origin))


def expand(ch: str) -> str:
    return {"a": "", "b": "bb", "（": "("}.get(ch, ch)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab（）：１２３ ，。预算\u3000\ufeff\n", max_size=60))
def test_map_chars_matches_a_character_by_character_loop(text: str) -> None:
    tm = TextMap.identity(text)
    for convert in (normalize_char, expand, str.upper):
        assert tm.map_chars(convert) == naive(tm, convert)
