"""The two PDF engines, each reduced to what the layout code needs.

pypdfium2 (PDFium, C++) is fast: a dense page's characters with positions in
well under 10 ms. pdfplumber (pdfminer, pure Python) costs ~80-130 ms a page but
finds ruled tables. `probe_page` looks at a page's drawing objects through
pdfium (cheap) to decide whether pdfplumber is needed at all.
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.glyphs import Glyph, dedupe_glyphs, plumber_chars_to_glyphs
from pipeline.reading.layout.table_parts import TablePart, plumber_table_to_part

# A path this thin (pt) is a rule; a ruled table needs some of each direction.
RULE_MAX_THICKNESS_PT = 2.0
RULE_MIN_LENGTH_PT = 10.0
MIN_RULES_EACH_WAY = 2
# A drawn box at least this big on both sides may be a table grid drawn as one path.
BOX_MIN_SIDE_PT = 10.0
# How deep to look into form XObjects for drawings.
MAX_OBJECT_DEPTH = 4
# Text-layer characters that are not content.
_NON_CONTENT = {"\r", "\n", "\ufffe", "\ufeff", "\x02"}


@dataclass(frozen=True)
class PageProbe:
    """What pdfium sees on a page before any text layout."""

    n_chars: int  # visible characters in the text layer
    n_images: int
    has_ruling: bool  # drawings that may form a ruled table

    @property
    def image_only(self) -> bool:
        return self.n_chars == 0 and self.n_images > 0


def probe_page(page: pdfium.PdfPage, glyph_count: int) -> PageProbe:
    """Count images and rules on a page; `glyph_count` comes from its text layer."""
    n_images = 0
    horizontal = vertical = boxes = 0
    for obj in page.get_objects(
        filter=(pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE), max_depth=MAX_OBJECT_DEPTH
    ):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            n_images += 1
            continue
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= RULE_MAX_THICKNESS_PT and width >= RULE_MIN_LENGTH_PT:
            horizontal += 1
        elif width <= RULE_MAX_THICKNESS_PT and height >= RULE_MIN_LENGTH_PT:
            vertical += 1
        elif width >= BOX_MIN_SIDE_PT and height >= BOX_MIN_SIDE_PT:
            boxes += 1
    has_ruling = (horizontal >= MIN_RULES_EACH_WAY and vertical >= MIN_RULES_EACH_WAY) or boxes > 0
    return PageProbe(n_chars=glyph_count, n_images=n_images, has_ruling=has_ruling)


def pdfium_page_to_glyphs(page: pdfium.PdfPage) -> list[Glyph]:
    """Every character of the page's text layer, as glyphs (generated spaces dropped)."""
    textpage = page.get_textpage()
    try:
        page_top = page.get_mediabox()[3]
        x = ctypes.c_double()
        y = ctypes.c_double()
        rect = pdfium_c.FS_RECTF()
        # Raw handle and local names: this loop runs once per character (~1000 a page).
        handle = textpage.raw
        is_generated = pdfium_c.FPDFText_IsGenerated
        get_unicode = pdfium_c.FPDFText_GetUnicode
        get_box = pdfium_c.FPDFText_GetLooseCharBox
        get_origin = pdfium_c.FPDFText_GetCharOrigin
        get_size = pdfium_c.FPDFText_GetFontSize
        rect_ref, x_ref, y_ref = ctypes.byref(rect), ctypes.byref(x), ctypes.byref(y)
        glyphs = []
        for index in range(textpage.count_chars()):
            if is_generated(handle, index):
                continue
            code = get_unicode(handle, index)
            text = chr(code) if code else ""
            if not text or text in _NON_CONTENT:
                continue
            if not get_box(handle, index, rect_ref):
                continue
            get_origin(handle, index, x_ref, y_ref)
            glyphs.append(Glyph(text, rect.left, rect.right, page_top - y.value, get_size(handle, index)))
        return dedupe_glyphs(glyphs)
    finally:
        textpage.close()


TableSettings = dict[str, Any]


def plumber_page_to_content(
    plumber_page: Any, page_number: int, table_settings: TableSettings, min_table_cells: int
) -> tuple[list[Glyph], list[TablePart]]:
    """Glyphs outside tables and the page's ruled tables, from a pdfplumber page."""
    deduped = plumber_page.dedupe_chars()
    glyphs = dedupe_glyphs(plumber_chars_to_glyphs(deduped.chars))
    found = sorted(deduped.find_tables(table_settings), key=lambda t: (t.bbox[1], t.bbox[0]))
    parts: list[TablePart] = []
    for table in found:
        part = plumber_table_to_part(table, glyphs, page_number, len(parts) + 1)
        # A single bordered box is a framed paragraph, not a table: its text stays running text.
        if part.n_rows * part.n_cols >= min_table_cells:
            parts.append(part)
    outside = [g for g in glyphs if not any(_within(g, part.bbox) for part in parts)]
    return outside, parts


def _within(glyph: Glyph, bbox: tuple[float, float, float, float]) -> bool:
    x0, top, x1, bottom = bbox
    cx = (glyph.x0 + glyph.x1) / 2
    return x0 <= cx <= x1 and top <= glyph.center_y <= bottom
