"""Map an OCR'd text back to the characters it was read from (box + confidence per character).

The layout code turns glyphs into text without keeping where each character
came from; it only adds spaces and line breaks and drops furniture lines. So
the text is aligned afterwards with the glyph rows it was built from: rows in
order, each row's characters matched at the current position of the text
(whitespace skipped). A row that does not match there is a line the layout
left out (a running header, a page number) and is skipped whole.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from pipeline.reading.layout.glyphs import Glyph, reading_rows
from pipeline.reading.layout.table_parts import TablePart, glyphs_in_bbox
from pipeline.reading.ocr.boxes import OcrGlyph
from schemas.document import BBox, OcrTrace


def trace_text(text: str, rows: Sequence[Sequence[Glyph]]) -> OcrTrace:
    """Where each OCR'd character of `text` came from, given the glyph rows the text was built from."""
    offsets: list[int] = []
    boxes: list[BBox] = []
    confidences: list[float] = []
    cursor = 0
    for row in rows:
        matched = _match_row(text, cursor, [g for g in row if not g.text.isspace()])
        if matched is None:
            continue
        for offset, glyph in matched:
            if isinstance(glyph, OcrGlyph):
                offsets.append(offset)
                boxes.append(_box(glyph))
                confidences.append(glyph.confidence)
        cursor = matched[-1][0] + 1 if matched else cursor
    return OcrTrace(tuple(offsets), tuple(boxes), tuple(confidences))


def _match_row(text: str, cursor: int, glyphs: Sequence[Glyph]) -> list[tuple[int, Glyph]] | None:
    pos = cursor
    matched = []
    for glyph in glyphs:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos + len(glyph.text) > len(text) or text[pos:pos + len(glyph.text)] != glyph.text:
            return None
        matched.append((pos, glyph))
        pos += len(glyph.text)
    return matched


def _box(glyph: Glyph) -> BBox:
    return (round(glyph.x0, 1), round(glyph.top, 1), round(glyph.x1, 1), round(glyph.bottom, 1))


def trace_cells(part: TablePart, glyphs: Sequence[Glyph]) -> TablePart:
    """The part with each cell's OCR trace (its text was built from the glyphs inside its box)."""
    local = glyphs_in_bbox(glyphs, part.bbox)
    cells = [replace(cell, ocr=trace_text(cell.text, reading_rows(glyphs_in_bbox(local, cell.bbox)))) for cell in part.cells]
    return replace(part, cells=cells)
