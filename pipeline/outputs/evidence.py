"""Quote a stored figure's source: the sentence (or table row) it was read from.

The dataset keeps where each budget figure was read (page, character offsets into
that page's normalized text) and the figure as written, not the sentence around it.
To show a reader the sentence, the source file is read and normalized again the way
ingest did; the quote is only trusted when the file's bytes still match the report
(report_id is their sha256) and the text at the offsets is the stated figure. Where
the offsets do not fit (a value read from a table has none), the figure is searched
on its page, then in that page's tables, whose row is quoted instead.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from pathlib import Path

from schemas.document import Document
from schemas.text.normalize import normalize_char, normalize_document

SENTENCE_ENDS = "。！？；!?;\n"
MAX_BEFORE = 120  # characters of context kept before the figure
MAX_AFTER = 160


@dataclass(frozen=True)
class Quote:
    """The figure in its context: `before + figure + after`, or a table row with the figure's cell."""

    page: int | None
    before: str = ""
    figure: str = ""
    after: str = ""
    row: tuple[str, ...] = ()
    cell: int | None = None  # index into `row` of the cell holding the figure

    @property
    def is_table_row(self) -> bool:
        return bool(self.row)


@dataclass(frozen=True)
class SourcePages:
    """A document's normalized text per page and its tables' rows (cell texts normalized)."""

    texts: tuple[str, ...]
    tables: tuple[tuple[tuple[tuple[str, ...], ...], ...], ...]  # page -> tables -> rows -> cells

    def text(self, page: int | None) -> str | None:
        if page is None or not 0 < page <= len(self.texts):
            return None
        return self.texts[page - 1]


def document_pages(document: Document) -> SourcePages:
    """Per-page normalized text, cut where ingest's segmenter cuts pages (offsets line up)."""
    normalized = normalize_document(document)
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


class SourceCache:
    """Source files read again, once each, keyed by report_id; None when they cannot be trusted."""

    def __init__(self, base_dirs: tuple[Path, ...] = ()) -> None:
        self.base_dirs = base_dirs
        self._pages: dict[str, SourcePages | None] = {}
        self.problems: dict[str, str] = {}  # report_id -> why its source is not quoted

    def pages(self, report_id: str, source_path: str) -> SourcePages | None:
        if report_id not in self._pages:
            self._pages[report_id] = self._load(report_id, source_path)
        return self._pages[report_id]

    def _locate(self, source_path: str) -> Path | None:
        path = Path(source_path)
        candidates = [path] + ([] if path.is_absolute() else [d / path for d in self.base_dirs])
        return next((p for p in candidates if p.is_file()), None)

    def _load(self, report_id: str, source_path: str) -> SourcePages | None:
        from pipeline.reading.read import read_path

        path = self._locate(source_path)
        if path is None:
            self.problems[report_id] = "source file not found"
            return None
        try:
            document = read_path(path)
        except Exception as exc:  # noqa: BLE001 - quoting is best effort: one unreadable file must not stop a report
            self.problems[report_id] = f"source not readable ({type(exc).__name__})"
            return None
        if not document.sha256.startswith(report_id):
            self.problems[report_id] = "source file changed since ingest"
            return None
        return document_pages(document)
