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
