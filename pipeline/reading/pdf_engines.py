"""The two PDF engines, each reduced to what the layout code needs.

pypdfium2 (PDFium, C++) is fast: a dense page's characters with positions in
a few milliseconds, its drawings (`pdf_drawing`) in well under one. pdfplumber
(pdfminer, pure Python) costs ~80-130 ms a page; it reads only the ruled pages
whose drawings pdfium cannot decide the same way (`PageDrawing.undecidable`).
"""
from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.glyphs import Glyph, dedupe_glyphs, plumber_chars_to_glyphs
from pipeline.reading.layout.table_parts import TablePart, glyphs_outside, plumber_table_to_part

# Text-layer characters that are not content.
_NON_CONTENT = {"\r", "\n", "\ufffe", "\ufeff", "\x02"}


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
    return glyphs_outside(glyphs, parts), parts
