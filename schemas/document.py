"""The one document model every reader produces, whatever the file format.

A Document is pages; a page is its running text (tables excluded, in reading
order) and its tables as grids of cells. Extractors never see the format.
"""
from __future__ import annotations

from dataclasses import dataclass, field

BBox = tuple[float, float, float, float]  # x0, top, x1, bottom in page points, y down


@dataclass(frozen=True)
class OcrTrace:
    """Where the characters of an OCR'd text were read, and how sure the recogniser was.

    One entry per character read from the image: its offset in the text it
    belongs to (a page's text or a cell's), its box on the page (points,
    top-down, on the page as straightened before OCR) and the recogniser's
    probability (0-1). Spaces and line breaks the layout inserted have no entry.
    """

    offsets: tuple[int, ...]
    boxes: tuple[BBox, ...]
    confidences: tuple[float, ...]

    def span(self, start: int, end: int) -> tuple[BBox, float] | None:
        """The box around text[start:end] and its least confident character, if any was OCR'd."""
        picked = [k for k, offset in enumerate(self.offsets) if start <= offset < end]
        if not picked:
            return None
        boxes = [self.boxes[k] for k in picked]
        bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        return bbox, min(self.confidences[k] for k in picked)

    @property
    def mean_confidence(self) -> float | None:
        return sum(self.confidences) / len(self.confidences) if self.confidences else None


@dataclass(frozen=True)
class Cell:
    """One table cell at its top-left grid position, with its spans."""

    row: int
    col: int
    text: str
    rowspan: int = 1
    colspan: int = 1
    address: str | None = None  # `Sheet1!B5`, an element path, a PDF bbox as text
    ocr: OcrTrace | None = None  # set when the cell was read by OCR


@dataclass(frozen=True)
class Table:
    """A table as a grid of cells on one page (or sheet)."""

    page: int
    n_rows: int
    n_cols: int
    cells: tuple[Cell, ...]
    bbox: tuple[float, float, float, float] | None = None
    location: str | None = None  # sheet name, element path, ...
    number_formats: tuple[tuple[int, int, str], ...] = ()  # (row, col, format) where known
    caption: str | None = None  # the short line(s) right above it (`表1 收支情况（单位：万元）`), where the reader knows

    def grid(self) -> list[list[str | None]]:
        """Rows of cell texts with each merged cell's text repeated over its span.

        Covered positions of a merged cell repeat its text so that a label
        spanning several indicator rows labels each of them; empty positions are None.
        """
        grid: list[list[str | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    grid[r][c] = cell.text
        return grid

    def origin_grid(self) -> list[list[tuple[int, int] | None]]:
        """For each grid position, the (row, col) of the cell that covers it."""
        grid: list[list[tuple[int, int] | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.rowspan, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                    grid[r][c] = (cell.row, cell.col)
        return grid

    @staticmethod
    def from_rows(rows: list[list[str | None]], page: int = 1, location: str | None = None,
                  caption: str | None = None) -> Table:
        """A span-less table from plain rows (ragged rows are padded)."""
        n_cols = max((len(r) for r in rows), default=0)
        cells = tuple(
            Cell(r, c, text or "")
            for r, row in enumerate(rows)
            for c, text in enumerate(row)
            if text is not None
        )
        return Table(page=page, n_rows=len(rows), n_cols=n_cols, cells=cells, location=location, caption=caption)


@dataclass(frozen=True)
class Page:
    """One page: text in reading order (tables excluded) and its tables."""

    number: int
    text: str
    tables: tuple[Table, ...] = ()
    image_only: bool = False  # an image without a text layer, left unread
    engine: str | None = None  # the engine that read a PDF page ("pdfium", "pdfplumber", "ocr"); None: not a PDF
    ocr: OcrTrace | None = None  # set when the page's text was read by OCR
    # A page whose text is drawn a quarter turn is read in that text's frame (pdfium's
    # clockwise degrees, 90 or 270; `pipeline.reading.pdf_turn`): its positions are in that frame.
    turned: int = 0

    @property
    def read_by_ocr(self) -> bool:
        return self.ocr is not None


@dataclass(frozen=True)
class Document:
    """What a reader made of one file."""

    source_path: str
    sha256: str
    source_format: str
    pages: tuple[Page, ...]
    title_hint: str | None = None  # e.g. an HTML page's ArticleTitle meta
    # Who published the page, from its info panel (`发布机构：…`), which the reader drops as chrome.
    publisher_hint: str | None = None
    # A web page's whole <title>, which often ends in the portal's name (`…_洛阳市偃师区人民政府`).
    page_title: str | None = None
    # What a Word document prints atop every page (its first header, else its footer without the page
    # number), which often names the unit when the body says only `我局`.
    running_header: str | None = None
    warnings: tuple[str, ...] = field(default=())
    # What could not be read, one sentence each (undecodable bytes replaced, ...): the report is `partial`.
    damage: tuple[str, ...] = field(default=())

    @property
    def n_pages(self) -> int:
        return len(self.pages)

    @property
    def tables(self) -> list[Table]:
        return [t for p in self.pages for t in p.tables]
