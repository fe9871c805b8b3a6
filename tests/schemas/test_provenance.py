"""Where a value was read: a span of a page's text, or a table cell."""
from __future__ import annotations

import dataclasses

import pytest

from schemas.provenance import Provenance


def test_a_text_value_and_a_table_value() -> None:
    text = Provenance(page=2, char_start=10, char_end=18, extractor="budget", evidence="全年预算数1,826.00万元")
    cell = Provenance(page=3, extractor="tables", table=0, row=4, col=2, location="Sheet1!C5")
    assert (text.table, text.row, text.col) == (None, None, None)
    assert (cell.char_start, cell.char_end) == (None, None)
    assert text == dataclasses.replace(text) and text != dataclasses.replace(text, page=3)


def test_provenance_is_frozen_and_hashable() -> None:
    where = Provenance(page=1)
    assert {where, Provenance(page=1)} == {where}
    with pytest.raises(dataclasses.FrozenInstanceError):
        where.page = 2  # type: ignore[misc]


def test_spans_overlap_when_they_share_a_character_on_one_page() -> None:
    from schemas.provenance import Provenance

    a = Provenance(page=1, char_start=10, char_end=14)
    assert a.has_span and not Provenance(page=1, char_start=10).has_span
    assert a.overlaps(Provenance(page=1, char_start=13, char_end=20))
    assert not a.overlaps(Provenance(page=1, char_start=14, char_end=20))  # touching
    assert not Provenance(page=1, char_start=6, char_end=10).overlaps(a)
    assert not a.overlaps(Provenance(page=2, char_start=10, char_end=14))
    assert not a.overlaps(Provenance(page=1, table=0, row=1, col=1))
