"""TextMap: every edit keeps, for each output character, the raw offset it came from."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.text.normalize import normalize_char
from schemas.text.textmap import TextMap


def full_width_to_ascii(ch: str) -> str:
    return chr(ord(ch) - 0xFEE0) if "０" <= ch <= "９" else ch


@pytest.mark.parametrize(("text", "convert", "want", "origin"), [
    ("ab１２c", full_width_to_ascii, "ab12c", (0, 1, 2, 3, 4)),
    ("a b", lambda ch: "" if ch == " " else ch, "ab", (0, 2)),  # a deleted character leaves no origin
    ("a‰", lambda ch: "per mille" if ch == "‰" else ch, "aper mille", (0,) + (1,) * 9),  # a longer one repeats it
])
def test_map_chars(text, convert, want, origin) -> None:  # type: ignore[no-untyped-def]
    mapped = TextMap.identity(text).map_chars(convert)
    assert (mapped.text, mapped.origin) == (want, origin)


@pytest.mark.parametrize(("text", "pattern", "repl", "want", "origin"), [
    # deletions keep the exact origin of every character left
    ("1,826.00万元", r"(?<=\d),(?=\d)", "", "1826.00万元", (0, 2, 3, 4, 5, 6, 7, 8, 9)),
    ("x  y", r"\s+", " ", "x y", (0, 1, 3)),
    # a replacement that is no deletion spreads over the span it replaced
    ("abc", r"b", "XYZ", "aXYZc", (0, 1, 1, 1, 2)),
    ("ab", r"x", "y", "ab", (0, 1)),  # no match: unchanged
])
def test_sub_keeps_the_back_map(text, pattern, repl, want, origin) -> None:  # type: ignore[no-untyped-def]
    mapped = TextMap.identity(text).sub(re.compile(pattern), lambda m: repl)
    assert (mapped.text, mapped.origin) == (want, origin)


def test_replace_spans_in_any_order() -> None:
    mapped = TextMap.identity("hello world").replace_spans([(6, 11, "WORLD"), (0, 1, "")])
    assert (mapped.text, mapped.origin) == ("ello WORLD", tuple(range(1, 11)))


def test_an_insertion_takes_the_origin_of_the_character_before_it() -> None:
    mapped = TextMap.identity("abc").replace_spans([(3, 3, "!")])
    assert (mapped.text, mapped.origin) == ("abc!", (0, 1, 2, 2))


def test_delete_spans() -> None:
    mapped = TextMap.identity("abcdef").delete_spans([(1, 3), (4, 5)])
    assert (mapped.text, mapped.origin) == ("adf", (0, 3, 5))


def test_edits_compose_and_a_match_maps_back_to_raw_offsets() -> None:
    raw = "全年支出１,２８６.４５ 万元"
    mapped = (TextMap.identity(raw).map_chars(full_width_to_ascii)
              .sub(re.compile(r"(?<=\d),(?=\d)"), lambda m: "").sub(re.compile(r"\s+"), lambda m: ""))
    assert mapped.text == "全年支出1286.45万元"
    m = re.search(r"[\d.]+万元", mapped.text)
    assert m is not None
    start, end = mapped.origin[m.start()], mapped.origin[m.end() - 1] + 1
    assert raw[start:end] == "１,２８６.４５ 万元"


# --- the fast paths against naive loops (hypothesis) ---------------------------------------

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
