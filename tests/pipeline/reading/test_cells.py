"""Cell text is one line: typed breaks joined as a word processor would show them."""
from __future__ import annotations

import pytest

from pipeline.reading.cells import clean_line, is_wide, join_cell_lines


@pytest.mark.parametrize(("text", "want"), [
    ("\u3000\u3000项目  名称\t ", "项目 名称"),  # full-width indentation stripped, runs of spaces collapsed
    ("\ufeff1,826.00\u00a0", "1,826.00"),
    ("", ""),
])
def test_clean_line(text: str, want: str) -> None:
    assert clean_line(text) == want


@pytest.mark.parametrize(("lines", "want"), [
    (["全年预算数(A)", "（万元）"], "全年预算数(A)（万元）"),  # nothing next to a CJK character
    (["100", "95"], "100 95"),  # two typed numbers stay two
    (["预算执行率", "(%)"], "预算执行率(%)"),
    (["", "  ", "合计"], "合计"),
    ([], ""),
])
def test_join_cell_lines(lines: list[str], want: str) -> None:
    assert join_cell_lines(lines) == want


@pytest.mark.parametrize(("ch", "wide"), [("中", True), ("（", True), ("A", False), ("1", False), ("%", False)])
def test_is_wide(ch: str, wide: bool) -> None:
    assert is_wide(ch) == wide
