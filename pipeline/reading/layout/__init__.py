"""Positioned text to lines, paragraphs and tables, whatever produced the positions.

PDF text layers (pypdfium2 glyphs, pdfplumber cells) and OCR boxes are reduced to
`Glyph`s (one character, its x extent, baseline and size, top-down page points);
everything in this package works on those, so a scanned page and a vector page
go through the same line, paragraph, furniture and table code.

- `glyphs`: glyphs to lines and spaces.
- `flow`: lines to running text (headers/footers removed, paragraphs rebuilt).
- `table_parts`: a table as found on one page (cells with boxes), parts joined across pages.
- `ruled`: ruled tables from line segments (PDF drawings, rules detected in a scan) and glyphs.
- `aligned` (with `aligned_block`, `aligned_grid`): tables without vertical rules, from aligned
  text (三线表, OCR boxes); `text_grid`: tab and space tables of text files, through `aligned`.
- `header_words`: the 绩效自评表 header vocabulary (evidence that aligned text is a table).
"""
