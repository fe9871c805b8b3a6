"""Tables written as text: Markdown pipe tables and rows flattened as `a | b | c |`.

A run of lines that each hold at least two cell separators is one table;
Markdown separator rows (`|---|:--:|`) are dropped. The table leaves the running
text (replaced by an empty line) and becomes a `Table`, as every reader does.
"""
from __future__ import annotations

import re

from schemas.document import Table

# Markdown separator rows (`|---|:--:|`) and rows of bare bars (`||||`) hold no cells.
_SEPARATOR_ROW = re.compile(r"^[\s|:\-+=—]*$")
# A page number standing alone on its line: `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 12 页`, `3/12`.
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")
MIN_TABLE_ROWS = 2


def _is_row(line: str) -> bool:
    return line.count("|") >= 2 or (line.count("|") == 1 and line.rstrip().endswith("|"))


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]


def split_text_tables(text: str, page: int) -> tuple[str, list[Table]]:
    """The text without its pipe tables, and those tables."""
    lines = text.split("\n")
    kept: list[str] = []
    tables: list[Table] = []
    block: list[str] = []

    def flush() -> None:
        rows = [_cells(ln) for ln in block if not _SEPARATOR_ROW.match(ln)]
        rows = [r for r in rows if any(r)]
        if len(rows) >= MIN_TABLE_ROWS:
            tables.append(Table.from_rows([[c or None for c in r] for r in rows], page=page,
                                          location=f"text-table[{len(tables) + 1}]"))
            kept.extend([""] * len(block))
        else:
            kept.extend(block)
        block.clear()

    for line in lines:
        if _is_row(line):
            block.append(line)
            continue
        if block:
            flush()
        kept.append("" if PAGE_NUMBER_LINE.match(line) else line)
    if block:
        flush()
    return "\n".join(kept), tables
