"""One page through OCR: image -> rules -> recognised lines -> glyphs and table parts.

The chain, each step a function of `image`, `rulings`, `engine` and `boxes`:
render and clean the page (seals washed out, turned upright, skew undone), find its ruling
lines and the tables they form, erase the rules inside those tables, recognise
the text, turn the characters into glyphs, and fill the tables' cells with the
glyphs that fall in them (a cell left empty that holds ink is read again alone; a doubtful
figure is read again finer, `confirm`). What is left outside the tables is running text for
the layout code, exactly like a vector page's characters.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium

from pipeline.reading.layout.glyphs import Glyph
from pipeline.reading.layout.table_parts import TablePart, glyphs_in_bbox
from pipeline.reading.ocr.boxes import OcrGlyph, lines_to_glyphs, retext
from pipeline.reading.ocr.cells import cell_window, read_empty_cells
from pipeline.reading.ocr.confirm import confirm_figures
from pipeline.reading.ocr.engine import detect, load_engine, read_cell, read_lines
from pipeline.reading.ocr.forms import off_form, opens_with_comparator, settle_comparators
from pipeline.reading.ocr.image import PageImage, prepare
from pipeline.reading.ocr.orientation import upright_turns
from pipeline.reading.ocr.rulings import (
    MIN_TABLE_WIDTH_PT,
    Segment,
    erase,
    find_rules,
    open_rules,
    segments_to_tables,
    table_boxes,
    table_rules,
    tables_to_parts,
)
from pipeline.reading.ocr.settings import OcrSettings
from pipeline.reading.ocr.trace import trace_cells
from schemas.document import BBox

# Cells that break their column's form are read again at this many times the page's resolution.
REREAD_FACTOR = 2.0


@dataclass
class OcrPage:
    """What OCR made of one page, before any cross-page work."""

    number: int
    glyphs: list[Glyph]  # outside tables: the page's running text
    parts: list[TablePart]
    skew_deg: float = 0.0
    seals: int = 0
    turns: int = 0  # quarter turns (counter-clockwise) the scan was turned to read it upright
    rules: tuple[tuple[float, float, float], ...] = ()  # horizontal rules outside ruled tables (x0, x1, y)
    size: tuple[float, float] = (0.0, 0.0)  # width, height in points of the page as read (turned)
    seconds: float = 0.0
    confidences: list[float] = field(default_factory=list)  # of every character read
    # The part of a text page read as a picture (x0, top, x1, bottom in points); None: the whole page.
    window: BBox | None = None


@dataclass(frozen=True)
class _Upright:
    """A page image turned upright, its ruled tables, the image with their rules erased, and its
    detected text lines."""

    image: PageImage
    tables: list[list[tuple[float, float, float, float]]]
    segments: list[Segment]
    pixels: np.ndarray
    found: np.ndarray | None


def _upright(page: pdfium.PdfPage, settings: OcrSettings,
             window: BBox | None = None) -> _Upright:
    """The page prepared and its lines detected; a page scanned turned is prepared again, turned back.
    A picture inside a text page stands as the page does (its text layer was read upright)."""
    turns = 0
    while True:
        image = prepare(page, settings.scale, turns=turns, window=window)
        segments, rule_pixels = find_rules(image.pixels, image.scale)
        tables = [t for t in segments_to_tables(segments) if _wide_enough(t)]
        pixels = erase(image.pixels, rule_pixels, table_boxes(tables), image.scale)
        engine = load_engine(settings.threads)
        found = detect(engine, pixels)
        if turns or found is None or window is not None:
            return _Upright(image, tables, segments, pixels, found)
        turns = upright_turns(engine, pixels, found)
        if not turns:
            return _Upright(image, tables, segments, pixels, found)


def ocr_page(page: pdfium.PdfPage, number: int, settings: OcrSettings,
             window: BBox | None = None) -> OcrPage:
    started = time.perf_counter()
    upright = _upright(page, settings, window)
    image, tables, pixels = upright.image, upright.tables, upright.pixels
    rows, columns = table_rules(upright.segments, tables, image.scale)
    found = upright.found if upright.found is not None else np.empty((0, 4, 2), dtype=np.float32)
    glyphs: list[Glyph] = list(lines_to_glyphs(read_lines(pixels, settings.threads, rows, columns, found),
                                               image.scale))
    parts = tables_to_parts(tables, glyphs, number)
    glyphs, refilled = read_empty_cells(pixels, image.scale, parts, glyphs, settings.threads)
    if refilled:
        parts = tables_to_parts(tables, glyphs, number)
    glyphs, settled = settle_comparators(parts, glyphs)
    glyphs, reread = reread_off_form(page, image, parts, glyphs, settings)
    glyphs, confirmed = confirm_figures(page, image, glyphs, settings.threads)
    if settled or reread or confirmed:
        parts = tables_to_parts(tables, glyphs, number)
    parts = [trace_cells(part, glyphs) for part in parts]
    outside = [g for g in glyphs if not any(glyphs_in_bbox([g], part.bbox) for part in parts)]
    return OcrPage(
        number=number,
        glyphs=list(outside),
        parts=parts,
        skew_deg=image.skew_deg,
        seals=image.seals,
        turns=image.turns,
        size=image.size_pt,
        rules=tuple(open_rules(upright.segments, tables)),
        seconds=time.perf_counter() - started,
        confidences=[g.confidence for g in glyphs if isinstance(g, OcrGlyph)],
        window=window,
    )


def reread_off_form(page: pdfium.PdfPage, image: PageImage, parts: list[TablePart], glyphs: list[Glyph],
                    settings: OcrSettings) -> tuple[list[Glyph], int]:
    """Cells that break their column's form read again at REREAD_FACTOR times the resolution.

    At 144 dpi a speckled `≥` can be read `2` with full confidence; the recogniser tells them apart
    on a finer rendering of the same cell. Only the first character may change, and only to a
    comparator, with the rest of the cell reading the same.
    """
    suspects = off_form(parts, glyphs)
    if not suspects:
        return glyphs, 0
    scale = image.scale * REREAD_FACTOR
    fine = prepare(page, scale, image.skew_deg, image.turns)
    changed: dict[int, str] = {}
    for first, box in suspects:
        window = cell_window(fine.pixels, box, scale)  # inside the rules, which are not erased here
        before = "".join(g.text for g in glyphs_in_bbox(glyphs, box))
        lines = read_cell(np.ascontiguousarray(window), settings.threads) if window.size else []
        comparator = opens_with_comparator("".join(line.text for line in lines), before)
        if comparator is not None:
            changed[id(first)] = comparator
    return [retext(g, changed[id(g)]) if id(g) in changed else g for g in glyphs], len(changed)


def _wide_enough(cells: list[tuple[float, float, float, float]]) -> bool:
    return max(c[2] for c in cells) - min(c[0] for c in cells) >= MIN_TABLE_WIDTH_PT
