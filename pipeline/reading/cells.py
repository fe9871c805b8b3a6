"""Text helpers shared by the DOCX, XLSX and HTML readers.

Cell text is one line in every format, so a label reads the same whether it
came from a PDF (wrapped lines), a Word cell (two paragraphs `全年预算数(A)` /
`（万元）`) or a spreadsheet cell with Alt+Enter breaks. The pieces are joined
with nothing next to a CJK character and with a space between two Latin or
digit pieces (`100` / `95` stay two numbers, unlike a PDF wrap, because here
the break was typed, not made by the layout).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_SPACES = re.compile(r"[ \t\u00a0]+")
# Full-width spaces and other Unicode blanks used for indentation in Chinese documents.
_EDGE_BLANKS = " \t\r\n\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff"


def is_wide(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def clean_line(text: str) -> str:
    """Collapse runs of spaces/tabs and strip blanks (including full-width indentation) at the ends."""
    return _SPACES.sub(" ", text).strip(_EDGE_BLANKS)


def join_cell_lines(lines: Iterable[str]) -> str:
    out = ""
    for raw in lines:
        line = clean_line(raw)
        if not line:
            continue
        if out and not (is_wide(out[-1]) or is_wide(line[0])):
            out += " "
        out += line
    return out
