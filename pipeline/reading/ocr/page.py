"""One page through OCR: image -> rules -> recognised lines -> glyphs and table parts.

The chain, each step a function of `image`, `rulings`, `engine` and `boxes`:
render and clean the page (seals washed out, skew undone), find its ruling
lines and the tables they form, erase the rules inside those tables, recognise
the text, turn the characters into glyphs, and fill the tables' cells with the
glyphs that fall in them. What is left outside the tables is running text for
the layout code, exactly like a vector page's characters.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import TablePart, glyphs_in_bbox
from pipeline.reading.ocr.boxes import OcrGlyph, lines_to_glyphs
from pipeline.reading.ocr.engine import read_lines
from pipeline.reading.ocr.image import prepare
from pipeline.reading.ocr.rulings import (
    MIN_TABLE_WIDTH_PT,
    erase,
    find_rules,
    segments_to_tables,
    table_boxes,
    tables_to_parts,
)
from pipeline.reading.ocr.settings import OcrSettings
from pipeline.reading.ocr.trace import trace_cells


@dataclass
class OcrPage:
    """What OCR made of one page, before any cross-page work."""

    number: int
    glyphs: list[Glyph]  # outside tables: the page's running text
    parts: list[TablePart]
    skew_deg: float = 0.0
    seals: int = 0
    seconds: float = 0.0
    confidences: list[float] = field(default_factory=list)  # of every character read


def ocr_page(page: pdfium.PdfPage, number: int, settings: OcrSettings) -> OcrPage:
    started = time.perf_counter()
    image = prepare(page, settings.scale)
    segments, rule_pixels = find_rules(image.pixels, image.scale)
    tables = [t for t in segments_to_tables(segments) if _wide_enough(t)]
    pixels = erase(image.pixels, rule_pixels, table_boxes(tables), image.scale)
    glyphs = lines_to_glyphs(read_lines(pixels, settings.threads), image.scale)
    parts = [trace_cells(part, glyphs) for part in tables_to_parts(tables, glyphs, number)]
    outside = [g for g in glyphs if not any(glyphs_in_bbox([g], part.bbox) for part in parts)]
    return OcrPage(
        number=number,
        glyphs=list(outside),
        parts=parts,
        skew_deg=image.skew_deg,
        seals=image.seals,
        seconds=time.perf_counter() - started,
        confidences=[g.confidence for g in glyphs if isinstance(g, OcrGlyph)],
    )


def _wide_enough(cells: list[tuple[float, float, float, float]]) -> bool:
    return max(c[2] for c in cells) - min(c[0] for c in cells) >= MIN_TABLE_WIDTH_PT
