"""Quote each resolved figure's source: the sentence (or table row) it was read from.

Runs at ingest, while the normalized text is at hand, so the dataset carries the
context of every budget figure and project (`context` columns) and no output ever
re-reads a source file. The quote is taken at the figure's offsets when the text
there is the stated figure; otherwise the figure is searched on its page, then in
that page's tables, whose row is quoted instead.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from schemas.document import Document
from schemas.facts import Quote, ReportFacts
from schemas.text import NormalizedText
from schemas.text.normalize import normalize_char

SENTENCE_ENDS = "。！？；!?;\n"
MAX_BEFORE = 120  # characters of context kept before the figure
MAX_AFTER = 160


@dataclass(frozen=True)
class SourcePages:
    """A document's normalized text per page and its tables' rows (cell texts normalized)."""

    texts: tuple[str, ...]
    tables: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...]  # page -> tables -> rows -> cells

    def text(self, page: int | None) -> str | None:
        if page is None or not 0 < page <= len(self.texts):
            return None
        return self.texts[page - 1]


def source_pages(document: Document, normalized: NormalizedText) -> SourcePages:
    """Per-page normalized text, cut where the segmenter cuts pages (offsets line up)."""
    starts = [bisect.bisect_left(normalized.origin, raw) for raw in normalized.raw_page_starts]
    ends = starts[1:] + [len(normalized.text)]
    texts = tuple(normalized.text[s:e] for s, e in zip(starts, ends, strict=True))
    tables = tuple(
        tuple(tuple(tuple(_norm(c or "") for c in row) for row in t.grid()) for t in page.tables)
        for page in document.pages
    )
    return SourcePages(texts, tables)


def _norm(text: str) -> str:
    return "".join(normalize_char(ch) for ch in text)


def _digits(text: str) -> str:
    return re.sub(r"[^0-9.]", "", text)


def _fits(found: str, stated: str) -> bool:
    """The text at the offsets is the stated figure (allowing spaces, commas, a unit left out)."""
    a, b = _digits(found), _digits(stated)
    return bool(a) and (a == b or found.strip() in stated or stated in found)


def sentence_quote(text: str, start: int, end: int, page: int | None) -> Quote:
    """The sentence around text[start:end], cut at sentence punctuation or the context limits."""
    lo = start
    while lo > 0 and start - lo < MAX_BEFORE and text[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < MAX_AFTER and text[hi] not in SENTENCE_ENDS:
        hi += 1
    if hi < len(text) and text[hi] in SENTENCE_ENDS and text[hi] != "\n":
        hi += 1  # keep the full stop
    before = ("…" if lo > 0 and text[lo - 1] not in SENTENCE_ENDS else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) and text[hi - 1] not in SENTENCE_ENDS else "")
    return Quote(page, before.lstrip(), text[start:end], after.rstrip())


def quote_figure(pages: SourcePages, page: int | None, char_start: int | None, char_end: int | None,
                 stated: str | None) -> Quote | None:
    """The best quote for a figure: at its offsets, else searched on its page, else its table row."""
    text = pages.text(page)
    if text is None:
        return None
    if char_start is not None and char_end is not None and 0 <= char_start < char_end <= len(text):
        if stated is None or _fits(text[char_start:char_end], stated):
            return sentence_quote(text, char_start, char_end, page)
    if not stated:
        return None
    wanted = _norm(stated)
    at = text.find(wanted)
    if at >= 0:
        return sentence_quote(text, at, at + len(wanted), page)
    return _table_row_quote(pages, page, wanted)


def _table_row_quote(pages: SourcePages, page: int | None, wanted: str) -> Quote | None:
    if page is None or not 0 < page <= len(pages.tables):
        return None
    digits = _digits(wanted)
    for table in pages.tables[page - 1]:
        for row in table:
            for j, cell in enumerate(row):
                if wanted in cell or (digits and _digits(cell) == digits):
                    return Quote(page, figure=cell, row=row, cell=j)
    return None


def attach_quotes(facts: ReportFacts, pages: SourcePages) -> ReportFacts:
    """The facts with a quote on every budget figure and project that can be found in its source."""
    items = tuple(
        replace(b, quote=quote_figure(pages, b.provenance.page, b.provenance.char_start, b.provenance.char_end,
                                      b.figure.stated))
        for b in facts.budget_items
    )
    projects = tuple(
        replace(p, quote=quote_figure(pages, p.provenance.page, p.provenance.char_start, p.provenance.char_end,
                                      None))
        for p in facts.projects
    )
    return replace(facts, budget_items=items, projects=projects)
