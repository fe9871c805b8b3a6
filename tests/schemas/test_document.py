"""The document model: pages of running text and tables as grids of (merged) cells."""
from __future__ import annotations

import dataclasses

import pytest

from schemas.document import Cell, Document, Page, Table

# 一级指标 merged over two rows, a 总分 label merged over two columns.
INDICATORS = Table(page=2, n_rows=3, n_cols=3, cells=(
    Cell(0, 0, "产出指标", rowspan=2), Cell(0, 1, "数量"), Cell(0, 2, "10"),
    Cell(1, 1, "质量"), Cell(1, 2, "9"),
    Cell(2, 0, "总分", colspan=2),
))


def test_grid_repeats_a_merged_cell_over_its_span_and_leaves_holes_empty() -> None:
    assert INDICATORS.grid() == [["产出指标", "数量", "10"], ["产出指标", "质量", "9"], ["总分", "总分", None]]


def test_origin_grid_names_the_cell_covering_each_position() -> None:
    assert INDICATORS.origin_grid() == [[(0, 0), (0, 1), (0, 2)], [(0, 0), (1, 1), (1, 2)], [(2, 0), (2, 0), None]]


def test_a_span_running_past_the_table_is_cut_at_its_edge() -> None:
    table = Table(page=1, n_rows=1, n_cols=2, cells=(Cell(0, 1, "x", rowspan=3, colspan=4),))
    assert table.grid() == [[None, "x"]]


@pytest.mark.parametrize(("rows", "n_cols", "grid"), [
    ([["a", "b"], ["c"]], 2, [["a", "b"], ["c", None]]),  # ragged rows padded
    ([["a", None, ""]], 3, [["a", None, ""]]),  # None is a hole, "" an empty cell
    ([], 0, []),
])
def test_from_rows(rows, n_cols, grid) -> None:  # type: ignore[no-untyped-def]
    table = Table.from_rows(rows, page=3, location="Sheet1")
    assert (table.n_rows, table.n_cols, table.page, table.location, table.grid()) == (len(rows), n_cols, 3, "Sheet1",
                                                                                       grid)


def test_a_document_counts_its_pages_and_gathers_their_tables_in_order() -> None:
    other = Table.from_rows([["x"]], page=3)
    document = Document("r.pdf", "0" * 64, "pdf", (Page(1, "一、概况"), Page(2, "", (INDICATORS,)),
                                                    Page(3, "", (other,), image_only=True)))
    assert document.n_pages == 3 and document.tables == [INDICATORS, other]


def test_records_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        INDICATORS.page = 5  # type: ignore[misc]
