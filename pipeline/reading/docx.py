"""DOCX reader: body paragraphs and tables in document order.

The body XML is walked directly rather than through python-docx's paragraph
objects, because `Paragraph.text` misses tracked insertions, content controls
and field results, and lxml's `itertext` repeats text on python-docx's custom
elements. What is read:

- paragraphs (`w:p`), one line each, with Word's automatic numbering rendered
  in front (`docx_numbering`); a soft line break (`w:br`) is a line break;
- text boxes (VML `v:textbox` and DrawingML `wps:txbx`) anchored in a
  paragraph, as blocks after it; only one branch of an `mc:AlternateContent`
  is read, so a box Word stores in both forms is read once (`docx_runs`);
- tables (`w:tbl`) as `Table`s (`docx_tables`); a table nested in a cell is a
  `Table` of its own, right after the one holding it;
- content controls (`w:sdt`) and custom XML wrappers are looked into.

Headers, footers, footnotes and comments are not body text and are ignored; the first header's
text (else the footer's, its page number left out) is kept as `Document.running_header`.
Pages: a DOCX has none until rendered; explicit page breaks (`w:br
w:type="page"`, `pageBreakBefore`, a section break that starts a new page)
are page boundaries, so page numbers match a printout of a file that uses them.
"""
from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from pipeline.reading import ReadRequest
from pipeline.reading.cells import clean_line
from pipeline.reading.docx_numbering import Numbering, W, numbering_from_parts, prefix_label
from pipeline.reading.docx_runs import P, block_children, flat_lines, paragraph_runs
from pipeline.reading.docx_tables import MAX_NESTING, read_table
from pipeline.reading.guard import ZipLimits, check_zip_container
from pipeline.reading.layout.text_grid import has_cell_tabs, split_aligned_text_tables
from schemas.document import Document, Page, Table
from schemas.errors import CorruptDocument, EmptyDocument
from schemas.text.pipe_tables import CAPTION_LINES, caption_above

# Section types that do not start a new page.
CONTINUOUS_SECTIONS = {"continuous"}


@dataclass(frozen=True)
class DocxSettings:
    zip_limits: ZipLimits = field(default_factory=ZipLimits)


@dataclass
class Body:
    """Pages being filled while walking the body."""

    pages: list[tuple[list[str], list[Table]]] = field(default_factory=lambda: [([], [])])
    n_tables: int = 0
    _lines_at_last_table: int = 0  # the current page's line count when its last table was added

    def line(self, text: str) -> None:
        # a paragraph typed with tab stops keeps its tabs (cells, leading ones empty) for the tab-table reader
        text = text.rstrip() if has_cell_tabs(text) else clean_line(text)
        if text:
            self.pages[-1][0].append(text)

    def table(self, table: Table) -> None:
        lines, tables = self.pages[-1]
        if table.caption is None and (table.location or "").count("table[") == 1:  # (not one nested in a cell)
            # the paragraphs since the last table only: a caption above two tables in a row is the first's
            table = dataclasses.replace(table, caption=caption_above(lines[self._lines_at_last_table:][-CAPTION_LINES:]))
        tables.append(table)
        self._lines_at_last_table = len(lines)

    def page_break(self) -> None:
        if self.pages[-1][0] or self.pages[-1][1]:
            self.pages.append(([], []))
            self._lines_at_last_table = 0

    @property
    def page_number(self) -> int:
        return len(self.pages)


def read(request: ReadRequest) -> Document:
    return read_docx(request, DocxSettings())


def read_docx(request: ReadRequest, settings: DocxSettings) -> Document:
    check_zip_container(request.data, request.path, settings.zip_limits)
    document = open_docx(request)
    part = document.part
    numbering = numbering_from_parts(_part_root(part, "numbering_part"), _part_root(part, "_styles_part"))
    body = Body()
    walk_blocks(document.element.body, body, numbering)
    pages = tuple(_page(i + 1, lines, tables) for i, (lines, tables) in enumerate(body.pages))
    if not any(p.text.strip() or p.tables for p in pages):
        raise EmptyDocument("the Word document has no text", path=request.path)
    title = core_title(document)
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=pages,
        title_hint=title,
        running_header=running_header(document),
    )


# A footer's page number as Word prints it around the field (`第 {PAGE} 页`, `- {PAGE} -`): the field's
# result is not stored, so the words around it are left.
_PAGE_NUMBER_WORDS = re.compile(r"第\s*\d*\s*页(?:\s*[,，]?\s*共\s*\d*\s*页)?|-\s*\d*\s*-")


def running_header(document: Any) -> str | None:
    """The first section's header text, else its footer's without the page number; None when neither
    has text (or the parts cannot be read)."""
    from lxml.etree import XMLSyntaxError

    try:
        sections = list(document.sections)
        if not sections:
            return None
        for part in (sections[0].header, sections[0].footer):
            if part.is_linked_to_previous:
                continue  # no header of its own: reading it would make one
            text = clean_line(_PAGE_NUMBER_WORDS.sub(" ", " ".join(p.text for p in part.paragraphs)))
            if text:
                return text
    except (XMLSyntaxError, KeyError, ValueError, AttributeError):
        return None
    return None


def core_title(document: Any) -> str | None:
    """The Title document property, if set and readable (a damaged docProps/core.xml is not fatal)."""
    from lxml.etree import XMLSyntaxError

    try:
        title = document.core_properties.title or ""
    except (XMLSyntaxError, KeyError, ValueError):
        return None
    return clean_line(title) or None


def open_docx(request: ReadRequest) -> Any:
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import XMLSyntaxError

    try:
        return docx.Document(io.BytesIO(request.data))
    except (OpcError, KeyError, ValueError, XMLSyntaxError, zipfile.BadZipFile) as exc:
        raise CorruptDocument(f"the Word document is damaged and cannot be opened ({exc})", path=request.path) from exc
    except MemoryError:
        raise
    except Exception as exc:  # python-docx has no error hierarchy for malformed parts; name the cause
        raise CorruptDocument(
            f"the Word document is damaged and cannot be opened ({type(exc).__name__}: {exc})", path=request.path
        ) from exc


def _part_root(document_part: Any, name: str) -> Any | None:
    """The XML root of an optional part (numbering, styles), or None when the file has none."""
    try:
        return getattr(document_part, name).element
    except (KeyError, NotImplementedError, AttributeError):
        return None


def walk_blocks(container: Any, body: Body, numbering: Numbering, depth: int = 0) -> None:
    """Paragraphs and tables of a block container `depth` text boxes deep, in order."""
    for block in block_children(container):
        if block.tag == P:
            read_paragraph(block, body, numbering, depth)
        else:
            body.n_tables += 1
            for table in read_table(block, f"table[{body.n_tables}]", body.page_number, depth):
                body.table(table)


def _page(number: int, lines: list[str], tables: list[Table]) -> Page:
    """A page of paragraphs: runs of paragraphs typed with tab stops (`年度资金总额\t420.00\t486.00…`) are tables
    too, read by the plain-text reader's tab-table builder; other tabs read as spaces (offsets kept)."""
    text = "".join(f"{line}\n" for line in lines)
    if "\t" not in text:
        return Page(number=number, text=text, tables=tuple(tables))
    body, tabbed = split_aligned_text_tables(text, page=number, first_index=len(tables) + 1, spaced_tables=False)
    return Page(number=number, text=body.replace("\t", " "), tables=(*tables, *tabbed))


def read_paragraph(p: Any, body: Body, numbering: Numbering, depth: int = 0) -> None:
    """A paragraph's lines, then its text boxes'.

    Page breaks and list labels belong to the body's flow: inside a text box
    (`depth` > 0) Word does not break the page, and box paragraphs are left out
    of the body's list counters, as they always were here.
    """
    flowing = depth == 0
    ppr = p.find(f"{W}pPr")
    if flowing and ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None and _on(ppr.find(f"{W}pageBreakBefore")):
        body.page_break()
    runs = paragraph_runs(p)
    label = numbering.label(p) if flowing else ""
    for index, segment in enumerate(runs.segments):
        if index and flowing:
            body.page_break()
        lines = segment.split("\n")
        if index == 0 and label:
            lines[0] = prefix_label(label, clean_line(lines[0]))
        for line in lines:
            body.line(line)
    for box in runs.boxes:
        read_text_box(box, body, numbering, depth)
    if flowing and ppr is not None:
        sect = ppr.find(f"{W}sectPr")
        if sect is not None:
            kind = sect.find(f"{W}type")
            if kind is None or kind.get(f"{W}val") not in CONTINUOUS_SECTIONS:
                body.page_break()


def read_text_box(box: Any, body: Body, numbering: Numbering, depth: int) -> None:
    """A text box anchored `depth` boxes deep: its blocks as the body's (tables become Tables), or flat past the bound."""
    if depth + 1 >= MAX_NESTING:
        for line in flat_lines(box):
            body.line(line)
    else:
        walk_blocks(box, body, numbering, depth + 1)


def _on(element: Any) -> bool:
    return element.get(f"{W}val", "true") not in ("0", "false", "off")
