"""Document text made safe for where it is shown: a terminal, a spreadsheet cell, a CSV field.

Report text is untrusted. A department name may start with `=` (a spreadsheet formula), a
title may carry terminal escape sequences (`ESC ]0;…BEL` sets the window title, `ESC [2J`
clears the screen), and XLSX forbids most control characters outright (openpyxl raises
`IllegalCharacterError`, which would sink a whole export for one report).

- `terminal_text`: control characters (C0, DEL, C1) and bidirectional overrides removed;
  line breaks and tabs inside a cell become spaces.
- `xlsx_text`: characters XML 1.0 forbids replaced *visibly* by their escaped code point
  (`\\x1b`), so nothing is lost silently. Cells are written as strings, never formulas
  (`write_text_cell`).
- `csv_cell`: OWASP's CSV-injection guidance: a text field that starts with `=`, `+`, `-`,
  `@`, a tab or a carriage return gets a leading `'`, so Excel and WPS show it as text;
  numbers (int, Decimal, float) are written as numbers.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # openpyxl is imported by the writers that need it, not by the terminal views
    from openpyxl.cell.cell import Cell

_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"[\t\n\r]+")
# XML 1.0 forbids these in a worksheet (openpyxl's ILLEGAL_CHARACTERS_RE, plus the non-characters).
_XLSX_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def terminal_text(value: object) -> str:
    """Text for a terminal: no escape sequences, one line."""
    if value is None:
        return ""
    return _TERMINAL_UNSAFE.sub("", _BREAKS.sub(" ", str(value)))


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def xlsx_text(text: str) -> str:
    """A string a worksheet can hold: forbidden characters shown as their code point (`\\x1b`)."""
    return _XLSX_ILLEGAL.sub(_escaped, text)


def bytes_text(data: bytes | bytearray | memoryview) -> str:
    """Raw bytes (a path that is not UTF-8) as text: UTF-8 where it decodes, each other byte as `\\xNN`."""
    return bytes(data).decode("utf-8", errors="backslashreplace")


def write_text_cell(cell: Cell, value: Any) -> None:
    """A cell's value: strings cleaned and typed as strings (never a formula), numbers as numbers,
    raw bytes shown as `\\xNN` text."""
    if isinstance(value, (bytes, bytearray, memoryview)):
        value = bytes_text(value)
    if isinstance(value, str):
        cell.value = xlsx_text(value)
        cell.data_type = "s"  # openpyxl would type `=HYPERLINK(...)` as a formula ("f")
    else:
        cell.value = value


def csv_cell(value: Any) -> Any:
    """A CSV field: None empty, numbers as they are, text neutralised against formula injection."""
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, Decimal)):
        return value
    text = bytes_text(value) if isinstance(value, (bytes, bytearray, memoryview)) else str(value)
    if text.startswith(FORMULA_TRIGGERS):
        return "'" + text
    return text
