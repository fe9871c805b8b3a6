"""OCR for scanned and garbled PDF pages, with the PP-OCR models inside `rapidocr-onnxruntime`.

A page whose text layer is missing (a scan) or garbage (fonts without a usable
ToUnicode map) is rendered and read by OCR; its characters become layout
glyphs, so the page then goes through the same line, paragraph, furniture and
table code as a vector page, and its text and cells keep an `OcrTrace` (box
and confidence of every character) for provenance.

- `settings`: `OcrSettings` (mode auto/off/force, resolution, page limit), from the CLI via the environment.
- `quality`, `charset`: is a text layer text?
- `dispatch`: which pages to OCR, and the file's bookkeeping.
- `image`: render, wash out red seals, undo skew.
- `rulings`: ruling lines found in the image -> table cells (pdfplumber's edge chain).
- `engine`: the RapidOCR engine -> lines with per-character boxes and confidences.
- `boxes`: OCR characters -> `OcrGlyph`s in page points.
- `trace`: text built by the layout code -> where each character was read.
- `page`: one page through the chain.

Only `page` and what it imports need the `ocr` extra (OpenCV, ONNX Runtime);
the rest imports without it, so a machine without the extra still detects
scans and garbled pages and says how to enable OCR.
"""
