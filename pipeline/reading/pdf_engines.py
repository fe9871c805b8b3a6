"""The two PDF engines, each reduced to what the layout code needs.

pypdfium2 (PDFium, C++) is fast: a dense page's characters with positions in
a few milliseconds, its drawings (`pdf_drawing`) in well under one. pdfplumber
(pdfminer, pure Python) costs ~80-130 ms a page; it reads only the ruled pages
whose drawings pdfium cannot decide the same way (`PageDrawing.undecidable`).
"""
from __future__ import annotations

import ctypes
import math
from operator import itemgetter
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.glyphs import (
    WHITESPACE_CODES,
    Glyph,
    dedupe_glyphs,
    drop_repeats,
    glyph_twins,
    is_slanted,
    plumber_chars_to_glyphs,
)
from pipeline.reading.layout.table_parts import TablePart, glyphs_outside, plumber_table_to_part
from pipeline.reading.pdf_turn import Turn

# Text-layer code units that are not content (line breaks, BOMs, pdfium's markers).
_NON_CONTENT = frozenset((0, 0x02, 0x0A, 0x0D, 0xFEFF, 0xFFFE))


def pdfium_page_to_glyphs(page: pdfium.PdfPage) -> list[Glyph]:
    """Every character of the page's text layer, as glyphs (generated spaces dropped).

    The characters come in one call (FPDFText_GetText: one UTF-16 unit per character
    index, checked); then three calls per visible character for its box, origin and
    size. pdfium generates only spaces and line breaks, so only whitespace is asked
    whether it was generated.
    """
    textpage = page.get_textpage()
    try:
        page_top = page.get_mediabox()[3]
        units = _text_units(textpage.raw)
        x = ctypes.c_double()
        y = ctypes.c_double()
        rect = pdfium_c.FS_RECTF()
        # Unchecked calls on a plain pointer and local names: this loop runs once per
        # character (~1000 a page).
        handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        is_generated, get_box, get_origin, get_size = _FAST_TEXT_CALLS
        rect_ref, x_ref, y_ref = ctypes.byref(rect), ctypes.byref(x), ctypes.byref(y)
        new = tuple.__new__  # Glyph(...) without the named tuple's Python-level __new__
        glyphs: list[Glyph] = []
        for index, code in enumerate(units):
            if code in _NON_CONTENT:
                continue
            text = chr(code)
            if text.isspace() and is_generated(handle, index):
                continue
            if not get_box(handle, index, rect_ref):
                continue
            size = get_size(handle, index)
            # A box wider than an upright character's may be one drawn at a slant (a diagonal watermark):
            # only then is its angle asked, and a slanted character is dropped, as pdfplumber's pass drops it.
            if rect.right - rect.left > SLANT_CHECK_EM * size and is_slanted(pdfium_c.FPDFText_GetCharAngle(textpage.raw, index)):
                continue
            get_origin(handle, index, x_ref, y_ref)
            glyphs.append(new(Glyph, (text, rect.left, rect.right, page_top - y.value, size)))
        return _without_repeats(glyphs)
    finally:
        textpage.close()


SLANT_CHECK_EM = 1.15  # a square glyph turned 12° or more is this much wider than it is tall


def _without_repeats(glyphs: list[Glyph]) -> list[Glyph]:
    # Each glyph is one character: its code is its text's id for the twin search.
    codes = np.fromiter(map(ord, map(itemgetter(0), glyphs)), dtype=np.int64, count=len(glyphs))
    codes[np.isin(codes, WHITESPACE_CODES)] = -1
    return drop_repeats(glyphs, glyph_twins(glyphs, codes))


def pdfium_turned_page_to_glyphs(page: pdfium.PdfPage, turn: Turn) -> list[Glyph]:
    """The glyphs of a page whose text is drawn a quarter turn, in the text's frame (`pdf_turn`).

    Characters at the page's turn are turned with it; upright ones go to the band
    below; any other angle (a slanted stamp's text) is dropped.
    """
    textpage = page.get_textpage()
    try:
        handle = textpage.raw
        page_top = page.get_mediabox()[3]
        rect = pdfium_c.FS_RECTF()
        x, y = ctypes.c_double(), ctypes.c_double()
        glyphs: list[Glyph] = []
        for index, code in enumerate(_text_units(handle)):
            text = chr(code)
            if code in _NON_CONTENT or (text.isspace() and pdfium_c.FPDFText_IsGenerated(handle, index)):
                continue
            if not pdfium_c.FPDFText_GetLooseCharBox(handle, index, rect):
                continue
            pdfium_c.FPDFText_GetCharOrigin(handle, index, x, y)
            size = pdfium_c.FPDFText_GetFontSize(handle, index)
            angle = round(math.degrees(pdfium_c.FPDFText_GetCharAngle(handle, index))) % 360
            if angle == turn.angle:
                glyphs.append(turn.glyph(text, (rect.left, rect.right, rect.bottom, rect.top), x.value, size))
            elif angle == 0:
                glyphs.append(turn.upright(Glyph(text, rect.left, rect.right, page_top - y.value, size)))
        return _without_repeats(glyphs)
    finally:
        textpage.close()


def _unchecked(function: Any, restype: Any) -> Any:
    """A second handle on a pdfium function, without argument types.

    pypdfium2 declares every function's argument types, and ctypes converts and checks
    each argument on every call: about half of a call's cost here. The hot loop calls
    these with exactly a `c_void_p` text page, a Python int index and `byref` pointers.
    """
    fast = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
    fast.restype = restype
    return fast


_FAST_TEXT_CALLS = (
    _unchecked(pdfium_c.FPDFText_IsGenerated, ctypes.c_int),
    _unchecked(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_int),
    _unchecked(pdfium_c.FPDFText_GetCharOrigin, ctypes.c_int),
    _unchecked(pdfium_c.FPDFText_GetFontSize, ctypes.c_double),
)


def _text_units(handle: Any) -> list[int]:
    """The code point of every character index of a text page."""
    count = pdfium_c.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    buffer = ctypes.create_string_buffer((count + 1) * 2)
    pdfium_c.FPDFText_GetText(handle, 0, count, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    units = np.frombuffer(buffer.raw, dtype="<u2", count=count)
    if ((units >= 0xD800) & (units <= 0xDFFF)).any():
        # A character beyond the BMP takes two UTF-16 units: ask character by character.
        return [pdfium_c.FPDFText_GetUnicode(handle, i) for i in range(count)]
    return units.tolist()


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
