"""Tables that reached us as text: Markdown pipes and `a | b | c |` lines of flattened pages.

Text and Markdown readers keep such tables in the running text. A page with no
table of its own is searched for runs of at least two lines holding two or more
`|`; each run becomes a span-less `Table` (merged cells come out as blanks or
short rows, which block recognition tolerates). Separator lines (`|---|---|`)
and rows of bare bars (`||||`) are dropped.
"""
from __future__ import annotations

import re

from schemas.document import Page, Table

MIN_BARS = 2
MIN_ROWS = 2
_SEPARATOR = re.compile(r"^[\s|:\-+=—]*$")


def text_tables(page: Page) -> list[Table]:
    """The pipe tables of a page's text, in order (none when the reader found real tables)."""
    if page.tables:
        return []
    out: list[Table] = []
    run: list[tuple[int, str]] = []
    for number, line in enumerate([*page.text.split("\n"), ""], start=1):
        if line.count("|") >= MIN_BARS:
            run.append((number, line))
            continue
        table = _run_to_table(run, page.number)
        if table is not None:
            out.append(table)
        run = []
    return out


def _run_to_table(run: list[tuple[int, str]], page: int) -> Table | None:
    rows = [_cells(line) for _, line in run if not _SEPARATOR.match(line)]
    rows = [r for r in rows if any(r)]
    if len(rows) < MIN_ROWS:
        return None
    return Table.from_rows(rows, page=page, location=f"text lines {run[0][0]}-{run[-1][0]}")  # type: ignore[arg-type]


def _cells(line: str) -> list[str]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|"):
        body = body[:-1]
    return [c.strip() for c in body.split("|")]
