"""Tables that reached us as text, on pages where the reader found no table of its own.

The text reader already lifts pipe tables out of txt/md files; a PDF or HTML page
can still carry `a | b | c |` lines (a site that flattened its table). Those
lines become span-less `Table`s the same way (`schemas.text.pipe_tables`).
"""
from __future__ import annotations

from schemas.document import Page, Table
from schemas.text.pipe_tables import split_text_tables


def text_tables(page: Page) -> list[Table]:
    """The pipe tables of a page's text, in order (none when the reader found real tables)."""
    if page.tables:
        return []
    return split_text_tables(page.text, page.number)[1]
