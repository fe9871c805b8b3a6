"""Normalized and segmented text: what extractors read."""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

from schemas.document import Document
from schemas.provenance import Provenance


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text and, per character, its offset in the raw text.

    The raw text is the pages' texts joined by form feeds; `raw_page_starts`
    holds where each page begins in it, so any normalized span maps back to a
    page and to the characters as the reader produced them.
    """

    text: str
    origin: tuple[int, ...]
    raw_text: str
    raw_page_starts: tuple[int, ...]

    def page_of(self, start: int) -> int:
        if not self.origin:
            return 1
        raw = self.origin[min(start, len(self.origin) - 1)]
        return bisect.bisect_right(self.raw_page_starts, raw)


@dataclass(frozen=True)
class Section:
    """A heading and the span of text it governs."""

    level: int
    title: str
    start: int  # offset of the heading line
    end: int  # end of the section body
    path: tuple[str, ...]

    @property
    def path_text(self) -> str:
        return " / ".join(self.path)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class SegmentedDocument:
    """A document ready for extraction: normalized text, sections, sentences, tables."""

    document: Document
    normalized: NormalizedText
    sections: tuple[Section, ...]
    sentences: tuple[Span, ...]
    page_starts: tuple[int, ...]  # normalized offset where each page begins

    @property
    def text(self) -> str:
        return self.normalized.text

    def page_of(self, offset: int) -> int:
        return self.normalized.page_of(offset)

    def provenance(self, start: int, end: int, extractor: str) -> Provenance:
        """Provenance of a normalized span: page and offsets into that page's text."""
        page = self.page_of(start)
        base = self.page_starts[page - 1] if 0 < page <= len(self.page_starts) else 0
        return Provenance(
            page=page,
            char_start=start - base,
            char_end=end - base,
            extractor=extractor,
            evidence=self.text[start:end],
        )

    def section_at(self, offset: int) -> Section | None:
        """The innermost section whose body contains `offset`."""
        best: Section | None = None
        for section in self.sections:
            if section.start <= offset < section.end and (best is None or section.level >= best.level):
                best = section
        return best

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> Span:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return Span(offset, offset)
