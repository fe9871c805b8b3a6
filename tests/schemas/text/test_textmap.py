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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab预算\n ", max_size=30), st.lists(st.tuples(st.integers(-3, 35), st.integers(-3, 35)), max_size=6))
def test_delete_spans_drops_exactly_the_characters_covered(text: str, spans: list[tuple[int, int]]) -> None:
    tm = TextMap.identity(text)
    covered = {i for s, e in spans for i in range(max(s, 0), min(e, len(text)))}
    kept = [i for i in range(len(text)) if i not in covered]
    assert tm.delete_spans(spans) == TextMap("".join(text[i] for i in kept), tuple(kept))
