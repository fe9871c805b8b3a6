"""Which pages of a PDF go through OCR, and the per-file bookkeeping of doing it.

Per page, in mode `auto`: a page with (almost) no text layer whose images
cover most of it is a scan; a page whose text layer fails the quality test
(`quality.assess`) is garbled. Both are read by OCR when the engine is
installed; otherwise the scan stays an unread image and the garbled layer is
dropped (never stored as text), and a file with nothing else says
`needs_ocr` with how to enable OCR. A text page may also hold a picture of
text (a signed form pasted as an image between two paragraphs): a wide, large
image with no text layer over it is read by OCR alone, the rest of the page
staying the text layer's, and its reading is kept only when it holds a table
or lines of text (a photo or a chart gives neither). Mode `force` reads every page by OCR,
mode `off` none. At most `OcrSettings.max_pages` pages of one file are OCR'd;
later ones are left unread (the report is `partial`), so one huge scan stays
within its time limit and does not hold a worker for an hour.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading.layout.glyphs import Glyph, reading_rows
from pipeline.reading.layout.table_parts import glyphs_in_bbox
from pipeline.reading.ocr.engine import engine_available
from pipeline.reading.ocr.quality import MIN_CHARS, assess
from pipeline.reading.ocr.settings import INSTALL_HINT, OcrSettings
from schemas.document import BBox

if TYPE_CHECKING:  # the OCR chain imports OpenCV, which only the `ocr` extra installs
    from pipeline.reading.ocr.page import OcrPage

# Images covering this share of a page, with fewer than MIN_CHARS characters of text, make a scan.
SCAN_IMAGE_COVER = 0.5
MAX_OBJECT_DEPTH = 4
# A picture that may be a pasted page of text: at least this share of the page's width and area.
PICTURE_MIN_WIDTH = 0.4
PICTURE_MIN_COVER = 0.1
# What makes a picture's reading text: a table, or this many lines of at least this many characters.
PICTURE_MIN_LINES = 3
PICTURE_MIN_LINE_CHARS = 10


class Need(str, Enum):
    """Why a page needs OCR."""

    SCAN = "scan"  # an image without a text layer
    GARBLED = "garbled"  # a text layer that is not text
    FORCED = "forced"  # --ocr force
    PICTURE = "picture"  # a picture of text inside a text page


def image_boxes(page: pdfium.PdfPage) -> list[BBox]:
    """The page's images as boxes clipped to the page (points, y down from its top)."""
    left0, bottom0, right0, top0 = page.get_mediabox()
    boxes = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=MAX_OBJECT_DEPTH):
        left, bottom, right, top = obj.get_bounds()
        x0, x1 = max(left, left0) - left0, min(right, right0) - left0
        y0, y1 = top0 - min(top, top0), top0 - max(bottom, bottom0)
        boxes.append((x0, y0, max(x0, x1), max(y0, y1)))
    return boxes


def _area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])


def image_cover(page: pdfium.PdfPage) -> float:
    """Share of the page's area under its images (overlaps counted twice, capped at 1)."""
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return 0.0
    return min(sum(_area(box) for box in image_boxes(page)) / (width * height), 1.0)


def page_need(mode: str, page: pdfium.PdfPage, glyphs: list[Glyph], n_images: int) -> tuple[Need | None, str]:
    """Whether the page needs OCR, and why (a sentence for the warnings)."""
    if mode == "force":
        return Need.FORCED, "OCR forced"
    text = "".join([g[0] for g in glyphs])  # index, not name: this runs for every glyph of every page
    visible = len("".join(text.split()))  # split() drops exactly what isspace() accepts
    if visible < MIN_CHARS:
        if n_images and (visible == 0 or image_cover(page) >= SCAN_IMAGE_COVER):
            return Need.SCAN, "a scanned image without a text layer"
        return None, ""
    quality = assess(text)
    if quality.garbled:
        return Need.GARBLED, f"its text layer is garbled ({quality.reason()}; fonts without a usable ToUnicode map)"
    return None, ""


def picture_window(page: pdfium.PdfPage, glyphs: list[Glyph]) -> BBox | None:
    """The largest image wide and large enough to be a pasted page of text, with (almost) no text
    layer over it; None when the page has none."""
    width, height = page.get_size()
    if width <= 0 or height <= 0:
        return None
    pictures = [box for box in image_boxes(page)
                if box[2] - box[0] >= PICTURE_MIN_WIDTH * width and _area(box) >= PICTURE_MIN_COVER * width * height]
    if not pictures:
        return None
    best = max(pictures, key=_area)
    over = glyphs_in_bbox([g for g in glyphs if not g[0].isspace()], best)
    return best if len(over) < MIN_CHARS else None


def holds_text(page: OcrPage) -> bool:
    """Whether a picture's reading is text: a table, or a few lines of some length."""
    if page.parts:
        return True
    rows = reading_rows(page.glyphs)
    return sum(1 for row in rows if sum(len(g.text.strip()) for g in row) >= PICTURE_MIN_LINE_CHARS) >= PICTURE_MIN_LINES


@dataclass
class OcrRun:
    """OCR over one file: decides per page, reads what it may, remembers what it could not."""

    settings: OcrSettings
    available: bool = field(default_factory=lambda: engine_available())
    read: list[int] = field(default_factory=list)  # pages read by OCR
    unread_scans: list[int] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)  # garbled text layers not replaced by OCR
    over_limit: list[int] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def enabled(self) -> bool:
        return self.settings.mode != "off" and self.available

    def scan(self, page: pdfium.PdfPage, number: int, glyphs: list[Glyph], n_images: int,
             warnings: list[str]) -> tuple[OcrPage | None, bool]:
        """(the OCR'd page or None, whether the text layer must be discarded).

        A picture's reading (`OcrPage.window` set) keeps the text layer: the page is both."""
        # With OCR off, pages are still judged: a garbled layer is dropped, never stored as text.
        mode = "auto" if self.settings.mode == "off" else self.settings.mode
        need, why = page_need(mode, page, glyphs, n_images)
        if need is None:
            window = picture_window(page, glyphs) if n_images and mode == "auto" else None
            if window is None or not self.enabled or len(self.read) >= self.settings.max_pages:
                return None, False
            return self._picture(page, number, window), False
        if not self.enabled or len(self.read) >= self.settings.max_pages:
            if self.enabled:
                self.over_limit.append(number)
            if need is Need.GARBLED:
                self.dropped.append(number)
                warnings.append(f"page {number}: {why}; not read ({self.how_to_enable()})")
                return None, True
            if need is Need.SCAN:
                self.unread_scans.append(number)
            return None, False
        from pipeline.reading.ocr.page import ocr_page

        result = ocr_page(page, number, self.settings)
        self.read.append(number)
        self.confidences.extend(result.confidences)
        self.seconds += result.seconds
        if need is Need.GARBLED:
            warnings.append(f"page {number}: {why}; read by OCR instead")
        return result, True

    def _picture(self, page: pdfium.PdfPage, number: int, window: BBox) -> OcrPage | None:
        from pipeline.reading.ocr.page import ocr_page

        result = ocr_page(page, number, self.settings, window=window)
        self.seconds += result.seconds
        if not holds_text(result):
            return None
        self.read.append(number)
        self.confidences.extend(result.confidences)
        return result

    def how_to_enable(self) -> str:
        if self.settings.mode == "off":
            return "OCR is off (--ocr off)"
        if not self.available:
            return INSTALL_HINT
        return f"OCR stops after {self.settings.max_pages} pages of one file"

    @property
    def mean_confidence(self) -> float | None:
        return sum(self.confidences) / len(self.confidences) if self.confidences else None
