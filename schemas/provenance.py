"""Where a value was read: the small record every extracted value carries."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provenance:
    """Page (1-based) and character span of a value, or its table cell.

    `char_start`/`char_end` index the page's normalized text (the whole text for
    formats without pages). Values read from a table carry `table`, `row`, `col`
    instead (indexes into that page's tables and the table's grid), with the
    reader's own address of the cell (`B5`, an element path) in `location`.
    """

    page: int | None
    char_start: int | None = None
    char_end: int | None = None
    extractor: str = ""
    evidence: str = ""
    table: int | None = None
    row: int | None = None
    col: int | None = None
    location: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    confidence: float | None = None

    @property
    def has_span(self) -> bool:
        """Read from running text: it has a character span."""
        return self.char_start is not None and self.char_end is not None

    def overlaps(self, other: Provenance) -> bool:
        """Both spans share a character on one page (spans that only touch do not)."""
        if not (self.has_span and other.has_span):
            return False
        assert self.char_start is not None and self.char_end is not None
        assert other.char_start is not None and other.char_end is not None
        return self.page == other.page and self.char_start < other.char_end and other.char_start < self.char_end
