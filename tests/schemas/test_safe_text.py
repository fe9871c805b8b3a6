"""Document text made safe for terminals, spreadsheet cells and CSV fields."""
from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook

from schemas.safe_text import csv_cell, terminal_text, write_text_cell, xlsx_text

HOSTILE = "\x1b]0;pwned\x07标题\x1b[2J\u202e尾"


def test_terminal_text_strips_escape_sequences_and_controls() -> None:
    cleaned = terminal_text(HOSTILE)
    assert "\x1b" not in cleaned and "\x07" not in cleaned and "\u202e" not in cleaned
    assert "标题" in cleaned and "尾" in cleaned
    assert terminal_text("a\nb\tc\r") == "a b c "
    assert terminal_text(None) == ""


def test_xlsx_text_shows_forbidden_characters_as_code_points() -> None:
    assert xlsx_text("部门\x1b名\x00") == "部门\\x1b名\\x00"
    assert xlsx_text("正常\t文本\n") == "正常\t文本\n"  # tab and line breaks are allowed


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"点我\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1", "-2",
                                  "\t=1", "\r=1"])
def test_text_that_looks_like_a_formula_stays_text(text: str) -> None:
    ws = Workbook().active
    assert ws is not None
    cell = ws.cell(row=1, column=1)
    write_text_cell(cell, text)
    assert cell.data_type == "s" and cell.value == text
    assert csv_cell(text) == "'" + text


def test_numbers_stay_numbers() -> None:
    ws = Workbook().active
    assert ws is not None
    cell = ws.cell(row=1, column=1)
    write_text_cell(cell, Decimal("-5.5"))
    assert cell.data_type == "n"
    assert csv_cell(Decimal("-5.5")) == Decimal("-5.5") and csv_cell(-3) == -3 and csv_cell(None) == ""
    assert csv_cell("广州市") == "广州市"


def test_raw_path_bytes_become_text_in_both_exports() -> None:
    from openpyxl import Workbook

    from schemas.safe_text import csv_cell, write_text_cell

    raw = "报告-".encode("gbk") + b"\xff.md"
    cell = Workbook().active["A1"]
    write_text_cell(cell, raw)
    assert cell.data_type == "s" and cell.value == csv_cell(raw) == raw.decode("utf-8", errors="backslashreplace")
    assert "\\xff" in cell.value
