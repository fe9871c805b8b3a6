"""PDF reader: text layer to running text per page, ruled tables to `Table`s.

Engines, and why pdfium. Measured with bench/bench_pdf_read.py on this project's
machine (2 shared cores, so +-30%), time per page, imports excluded:

| file                                   | pdfplumber      | pypdfium2         | pdfplumber on |
|                                        | extract_text    | get_text_range    | every page    |
| -------------------------------------- | --------------- | ----------------- | ------------- |
| generated 201-page narrative           | 84 ms (12 p/s)  | 8.5 ms (117 p/s)  | 284 ms        |
| xuhui-jiaoyu-2023 (4 dense pages)      | 89 ms           | 2.4 ms            | 129 ms        |
| taihe-weijian-2022 (1 ruled table)     | 100 ms          | 9 ms              | 155 ms        |

So every page is read with pypdfium2: its characters (positions, sizes,
generated spaces dropped) and its drawings, reduced to the rule segments
pdfplumber would see (`pdf_drawing`); a page with rules both ways gets its
ruled tables from `layout.ruled`, pdfplumber's `lines` algorithm on those
segments. pdfplumber itself (its `find_tables`, cell boxes from pdfminer)
reads only a ruled page that pdfium cannot decide the same way: a rotated
page, text that is not upright, slanted lines (`PageDrawing.undecidable`);
`Page.engine` says which engine read a page, and the ingest summary counts
them. Both engines feed the same glyph -> line -> paragraph code
(`layout.glyphs`, `layout.flow`), and on every PDF of the corpora and the
generated fixtures both give the same tables (same cells, same text) and the
same running text (tests/pipeline/reading/test_pdf_tables.py).

Tables without vertical rules (三线表, columns set with spaces) are rebuilt
from the page's lines and horizontal rules by `layout.aligned`
(`lift_aligned_tables`), before running headers are looked for.

Order of work: every page is reduced to lines and table parts, one page open
at a time (pages are closed and pdfplumber's per-page cache dropped, so memory
stays flat on long files); then running headers/footers are found across
pages, paragraphs rebuilt, tables continued over a page break joined, and a
paragraph continued over a page break left open: page N's text then ends
without a newline and page N+1 starts with the continuation.

OCR, per page (`pipeline.reading.ocr`): a page without a text layer whose
images cover it (a scan), or whose text layer fails the quality test (fonts
without a usable ToUnicode map), is read by OCR instead; its glyphs then go
through the same line/paragraph/furniture/table code, and the page keeps an
`OcrTrace` of its characters. A picture of text inside a text page (a signed
form pasted as an image) is read by OCR alone, and its lines and tables join
the text layer's (`with_picture`). That is one call in `scan_page` and one in
`read_pdf` (`attach_ocr_trace`); everything else lives in the OCR package.

Rejects: empty/damaged file -> CorruptDocument; a password other than the
empty one -> EncryptedDocument (an empty user password is tried and noted in
the warnings); no readable text on any page (scans or garbled layers that OCR
could not or may not read) -> NeedsOcr, saying how to enable OCR; some such
pages -> Page.image_only and a warning; too many pages -> ResourceLimitExceeded.
"""
from __future__ import annotations

import io
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from pipeline.reading import ReadRequest
from pipeline.reading.layout.aligned import HRule, find_aligned_tables
from pipeline.reading.layout.flow import (
    LayoutSettings,
    Margins,
    PageLines,
    body_size,
    continues_on_next_page,
    find_furniture,
    lines_to_paragraphs,
    margins_of,
    paragraph_text,
)
from pipeline.reading.layout.glyphs import Glyph, Line, glyphs_to_lines, reading_rows
from pipeline.reading.layout.ruled import MIN_TABLE_CELLS, RuledSettings, ruled_parts
from pipeline.reading.layout.side_by_side import join_side_by_side
from pipeline.reading.layout.table_parts import (
    TablePart,
    glyphs_in_bbox,
    glyphs_outside,
    join_parts,
    joined_to_table,
)
from pipeline.reading.ocr.dispatch import OcrRun
from pipeline.reading.ocr.settings import OcrSettings
from pipeline.reading.ocr.trace import trace_text
from pipeline.reading.pdf_drawing import page_drawing
from pipeline.reading.pdf_engines import (
    TableSettings,
    pdfium_page_to_glyphs,
    pdfium_turned_page_to_glyphs,
    plumber_page_to_content,
)
from schemas.document import BBox, Document, Page, Table
from schemas.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    NeedsOcr,
    ResourceLimitExceeded,
)
from schemas.text.pipe_tables import CAPTION_LINES, caption_above

if TYPE_CHECKING:
    from pipeline.reading.ocr.page import OcrPage

MAX_PAGES = 2000
DEFAULT_TABLE_SETTINGS: TableSettings = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
ENGINES = ("auto", "pdfium", "pdfplumber")
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class PdfSettings:
    max_pages: int = MAX_PAGES
    min_table_cells: int = MIN_TABLE_CELLS
    table_settings: TableSettings = field(default_factory=lambda: dict(DEFAULT_TABLE_SETTINGS))
    # "auto": pdfium's rules, pdfplumber for a ruled page pdfium cannot decide; "pdfium": pdfium
    # only (undecided pages too); "pdfplumber": pdfplumber on every page (the reference, for tests).
    engine: str = "auto"
    layout: LayoutSettings = field(default_factory=LayoutSettings)
    ocr: OcrSettings = field(default_factory=OcrSettings.from_env)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise ValueError(f"PdfSettings.engine must be one of {ENGINES}, not {self.engine!r}")
        if self.max_pages < 1:
            raise ValueError("PdfSettings.max_pages must be at least 1")

    @property
    def ruled(self) -> RuledSettings:
        return RuledSettings(min_cells=self.min_table_cells)


@dataclass
class PageScan:
    """What one page yields before cross-page work."""

    number: int
    width: float
    height: float
    lines: list[Line]
    parts: list[TablePart]
    image_only: bool
    engine: str
    rules: tuple[HRule, ...] = ()  # horizontal rules, for tables without vertical ones
    ocr: OcrPage | None = None
    turned: int = 0  # the quarter turn the page was read in (`pdf_turn`)


def read(request: ReadRequest) -> Document:
    return read_pdf(request, PdfSettings())


def read_pdf(request: ReadRequest, settings: PdfSettings) -> Document:
    document = open_pdfium(request)
    warnings: list[str] = []
    try:
        if pdfium_c.FPDF_GetSecurityHandlerRevision(document) != -1:
            warnings.append("the PDF is encrypted with an empty user password; read without a password")
        n_pages = len(document)
        if n_pages == 0:
            raise CorruptDocument("the PDF has no pages (damaged or truncated file)", path=request.path)
        if n_pages > settings.max_pages:
            raise ResourceLimitExceeded(
                f"the PDF has {n_pages} pages (limit {settings.max_pages})", path=request.path
            )
        title_hint = metadata_title(document)
        plumber = LazyPlumber(request)
        ocr = OcrRun(settings.ocr)
        try:
            scans = [scan_page(document, index, plumber, settings, warnings, request.path, ocr) for index in range(n_pages)]
        finally:
            plumber.close()
    finally:
        document.close()
    pages = [attach_ocr_trace(page, scan) for page, scan in zip(scans_to_pages(scans, settings.layout), scans)]
    check_has_content(pages, request.path, warnings, ocr)
    if ocr.read:
        warnings.append(f"{len(ocr.read)} page(s) read by OCR in {ocr.seconds:.1f} s")
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=tuple(pages),
        title_hint=title_hint,
        warnings=tuple(warnings),
    )


def open_pdfium(request: ReadRequest) -> pdfium.PdfDocument:
    """Open with pdfium, which tries the empty user password itself."""
    try:
        return pdfium.PdfDocument(request.data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(
                "the PDF is encrypted and needs a password to open (the empty password was tried)",
                path=request.path,
            ) from exc
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument(
                "the PDF uses an unsupported security handler (encryption)", path=request.path
            ) from exc
        raise CorruptDocument(
            f"the PDF is damaged or truncated and cannot be opened ({exc})", path=request.path
        ) from exc


def metadata_title(document: pdfium.PdfDocument) -> str | None:
    """The Title in the PDF's info dictionary, when it is a real Chinese title."""
    try:
        title = document.get_metadata_value("Title").strip()
    except (pdfium.PdfiumError, KeyError, UnicodeDecodeError):
        return None
    title = re.sub(r"^Microsoft (?:Word|Excel) - ", "", title)
    title = re.sub(r"\.(?:docx?|xlsx?|wps|pdf)$", "", title, flags=re.IGNORECASE)
    return title if _CJK.search(title) else None


class LazyPlumber:
    """pdfplumber, opened on first need (most files never need it)."""

    def __init__(self, request: ReadRequest) -> None:
        self._request = request
        self._pdf: Any = None

    def page(self, index: int) -> Any:
        if self._pdf is None:
            import pdfplumber

            self._pdf = pdfplumber.open(io.BytesIO(self._request.data), password="")
        return self._pdf.pages[index]

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def _plumber_errors() -> tuple[type[BaseException], ...]:
    """What pdfminer/pdfplumber raise on a malformed page (their own errors and parse slips)."""
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    return (
        PSException, PDFSyntaxError, PdfminerException, ValueError, KeyError, TypeError, IndexError,
        AttributeError, AssertionError, ZeroDivisionError, OverflowError,
    )


def scan_page(
    document: pdfium.PdfDocument,
    index: int,
    plumber: LazyPlumber,
    settings: PdfSettings,
    warnings: list[str],
    path: str,
    ocr: OcrRun,
) -> PageScan:
    try:
        page = document[index]
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"page {index + 1} of the PDF cannot be loaded ({exc})", path=path) from exc
    try:
        drawing = page_drawing(page)
        width, height = page.get_size()
        if drawing.turn is not None:
            glyphs: list[Glyph] = pdfium_turned_page_to_glyphs(page, drawing.turn)
            width, height = drawing.turn.size
            warnings.append(f"page {index + 1}: its text is drawn sideways; read turned a quarter turn "
                            "(positions on this page are in the turned frame)")
        else:
            glyphs = pdfium_page_to_glyphs(page)
        # Scanned or garbled pages: read by OCR (or their garbage dropped) instead of the text layer.
        read, discard = ocr.scan(page, index + 1, glyphs, drawing.n_images, warnings)
    except pdfium.PdfiumError as exc:
        raise CorruptDocument(f"page {index + 1} of the PDF cannot be read ({exc})", path=path) from exc
    finally:
        page.close()
    window = read.window if read is not None else None  # a picture of text in a text page, read by OCR
    picture = read if window is not None else None
    if read is not None and picture is None and (read.glyphs or read.parts):
        if read.turns:
            width, height = read.size
            warnings.append(f"page {index + 1}: scanned turned {90 * read.turns}° clockwise; read turned back "
                            "(positions on this page are in the turned frame)")
        return PageScan(index + 1, width, height, glyphs_to_lines(read.glyphs), read.parts, False, "ocr", ocr=read,
                        turned=90 * read.turns, rules=tuple(HRule(x0, x1, y) for x0, x1, y in read.rules))
    if read is not None and picture is None:  # OCR found nothing legible: the page stays an unread image
        return PageScan(index + 1, width, height, [], [], True, "ocr")
    if discard:
        return PageScan(index + 1, width, height, [], [], True, "none")
    image_only = drawing.n_images > 0 and all(g.text.isspace() for g in glyphs)
    parts: list[TablePart] = []
    engine = "pdfium"
    wants_plumber = settings.engine == "pdfplumber" or (
        settings.engine == "auto" and drawing.may_have_table and drawing.undecidable is not None)
    if wants_plumber and not image_only:
        try:
            plumber_page = plumber.page(index)
            try:
                glyphs, parts = plumber_page_to_content(
                    plumber_page, index + 1, settings.table_settings, settings.min_table_cells
                )
                engine = "pdfplumber"
            finally:
                plumber_page.close()
        except _plumber_errors() as exc:
            warnings.append(f"page {index + 1}: pdfplumber failed on the page ({type(exc).__name__}: {exc}); "
                            "its tables are read from pdfium's rules")
    if engine == "pdfium" and drawing.may_have_table and not image_only:
        parts = ruled_parts(drawing.segments, glyphs, index + 1, settings.ruled)
        glyphs = glyphs_outside(glyphs, parts)
    if picture is not None and window is not None:
        return with_picture(PageScan(index + 1, width, height, [], parts, False, engine, rules=drawing.rules),
                            glyphs, picture, window)
    return PageScan(
        number=index + 1,
        width=width,
        height=height,
        lines=glyphs_to_lines(glyphs),
        parts=parts,
        image_only=image_only,
        engine=engine,
        rules=drawing.rules,
        turned=drawing.turn.angle if drawing.turn is not None else 0,
    )


def with_picture(scan: PageScan, glyphs: list[Glyph], picture: OcrPage, window: BBox) -> PageScan:
    """A text page with a picture of text in it: the text layer outside the picture, and what OCR
    read inside it (its running text, tables and open rules)."""
    inside = {id(g) for g in glyphs_in_bbox(glyphs, window)}
    merged = [g for g in glyphs if id(g) not in inside] + picture.glyphs
    rules = tuple(scan.rules) + tuple(HRule(x0, x1, y) for x0, x1, y in picture.rules)
    return replace(scan, lines=glyphs_to_lines(merged), parts=[*scan.parts, *picture.parts], rules=rules,
                   ocr=replace(picture, glyphs=merged))


def scans_to_pages(scans: Sequence[PageScan], settings: LayoutSettings) -> list[Page]:
    """Cross-page work: furniture, margins, tables over page breaks, paragraphs over page breaks."""
    # Borderless tables first: their rows, digits masked, would look like lines repeated page after page.
    running = [lift_aligned_tables(s, s.lines) for s in scans]
    page_lines = [PageLines(s.number, s.width, s.height, tuple(lines)) for s, lines in zip(scans, running)]
    furniture = find_furniture(page_lines, settings)
    bodies = [[ln for i, ln in enumerate(lines) if i not in furniture[k]] for k, lines in enumerate(running)]
    margins = margins_by_width(scans, bodies)
    sizes = {width: body_size([ln for s, b in zip(scans, bodies) if round(s.width) == width for ln in b]) for width in margins}

    cut_ok = [table_cut_flags(s.parts, body) for s, body in zip(scans, bodies)]
    tables_by_page: defaultdict[int, list[Table]] = defaultdict(list)
    body_by_page = {scan.number: body for scan, body in zip(scans, bodies)}
    for joined in join_parts([s.parts for s in scans], cut_ok):
        table = joined_to_table(joined)
        caption = caption_over(body_by_page.get(table.page, []), table.bbox)
        tables_by_page[table.page].append(replace(table, caption=caption) if caption else table)
    # a wide form printed over two pages side by side: its halves are one table
    numbers = [scan.number for scan in scans]
    for number, tables in zip(numbers, join_side_by_side([tables_by_page[n] for n in numbers])):
        tables_by_page[number] = tables

    paragraphs = []
    for scan, body in zip(scans, bodies):
        key = round(scan.width)
        paragraphs.append(lines_to_paragraphs(body, margins[key], sizes[key], settings))

    pages = []
    for k, scan in enumerate(scans):
        texts = [paragraph_text(p) for p in paragraphs[k]]
        open_end = bool(texts) and k + 1 < len(scans) and page_flows_on(scans, bodies, paragraphs, k, margins, sizes, settings)
        text = "\n".join(texts) + ("" if open_end or not texts else "\n")
        pages.append(Page(number=scan.number, text=text, tables=tuple(tables_by_page[scan.number]),
                          image_only=scan.image_only, engine=scan.engine, turned=scan.turned))
    return pages


# A caption sits right above its table: at most this many line heights between them.
CAPTION_GAP_LINES = 1.5


def caption_over(body: Sequence[Line], bbox: tuple[float, float, float, float] | None) -> str | None:
    """The short lines right above a table on its page (`表2 项目支出明细（单位：元）`), if any."""
    if bbox is None:
        return None
    above: list[Line] = []
    edge = bbox[1]
    for line in sorted((ln for ln in body if ln.bottom <= bbox[1] + 1), key=lambda ln: -ln.bottom):
        if edge - line.bottom > CAPTION_GAP_LINES * max(line.size, 1.0) or len(above) == CAPTION_LINES:
            break
        above.insert(0, line)
        edge = line.top
    return caption_above([line.text for line in above])


def lift_aligned_tables(scan: PageScan, body: Sequence[Line]) -> list[Line]:
    """Tables without vertical rules (三线表, aligned columns) join the page's parts; their lines leave the body."""
    found = find_aligned_tables(body, scan.number, scan.rules, first_index=len(scan.parts) + 1)
    if not found.parts:
        return list(body)
    parts = sorted(scan.parts + found.parts, key=lambda part: (part.bbox[1], part.bbox[0]))
    scan.parts = [replace(part, index=k + 1) for k, part in enumerate(parts)]
    return found.remaining(body)


def margins_by_width(scans: Sequence[PageScan], bodies: Sequence[Sequence[Line]]) -> dict[int, Margins]:
    """Text-block margins per page width (portrait and landscape pages differ)."""
    groups: defaultdict[int, list[Line]] = defaultdict(list)
    for scan, body in zip(scans, bodies):
        groups[round(scan.width)].extend(body)
    return {width: margins_of(lines) for width, lines in groups.items()}


def table_cut_flags(parts: Sequence[TablePart], body: Sequence[Line]) -> tuple[bool, bool]:
    """(no running text below the page's last table, no running text above its first table)."""
    if not parts:
        return False, False
    last_bottom = parts[-1].bbox[3]
    first_top = parts[0].bbox[1]
    ends = not any(line.top >= last_bottom - 1 for line in body)
    starts = not any(line.bottom <= first_top + 1 for line in body)
    return ends, starts


def page_flows_on(
    scans: Sequence[PageScan],
    bodies: Sequence[Sequence[Line]],
    paragraphs: Sequence[Sequence[Sequence[Line]]],
    k: int,
    margins: dict[int, Margins],
    sizes: dict[int, float],
    settings: LayoutSettings,
) -> bool:
    """Whether page k's last paragraph continues at the top of page k+1."""
    here, there = scans[k], scans[k + 1]
    if not paragraphs[k] or not bodies[k + 1]:
        return False
    last = paragraphs[k][-1][-1]
    first = bodies[k + 1][0]
    if any(part.bbox[1] >= last.bottom - 1 for part in here.parts):
        return False  # a table follows the last line on this page
    if any(part.bbox[3] <= first.top + 1 for part in there.parts):
        return False  # a table comes before the first line of the next page
    key = round(here.width)
    if round(there.width) != key:
        return False
    return continues_on_next_page(last, first, margins[key], sizes[key], settings)


def attach_ocr_trace(page: Page, scan: PageScan) -> Page:
    """An OCR'd page with the trace of its text (box and confidence of every character)."""
    if scan.ocr is None:
        return page
    return replace(page, ocr=trace_text(page.text, reading_rows(scan.ocr.glyphs)))


def check_has_content(pages: Sequence[Page], path: str, warnings: list[str], ocr: OcrRun | None = None) -> None:
    image_pages = tuple(p.number for p in pages if p.image_only)
    has_text = any(p.text.strip() or p.tables for p in pages)
    enable = f"; {ocr.how_to_enable()}" if ocr is not None and image_pages else ""
    if not has_text:
        if image_pages:
            garbled = ocr is not None and bool(ocr.dropped)
            what = "no usable text layer" if garbled else "no text layer"
            kind = "scanned images or garbled text" if garbled else "scanned images"
            if ocr is not None and ocr.read:
                enable = "; OCR found no legible text on them"
            raise NeedsOcr(
                f"the PDF has {what}: {len(image_pages)} of {len(pages)} pages are {kind}{enable}",
                path=path,
                pages=image_pages,
            )
        raise EmptyDocument("the PDF has no text and no images", path=path)
    if image_pages:
        listed = ", ".join(str(n) for n in image_pages)
        which = f"page {listed} is" if len(image_pages) == 1 else f"pages {listed} are"
        warnings.append(f"{which} not read: scanned image or garbled text without OCR{enable}")
