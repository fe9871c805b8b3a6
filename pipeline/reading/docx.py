"""DOCX reader: body paragraphs and tables in document order.

The body XML is walked directly rather than through python-docx's paragraph
objects, because `Paragraph.text` misses tracked insertions, content controls
and field results, and lxml's `itertext` repeats text on python-docx's custom
elements. What is read:

- paragraphs (`w:p`), one line each, with Word's automatic numbering rendered
  in front (`docx_numbering`); a soft line break (`w:br`) is a line break;
- text boxes anchored in a paragraph, as lines after it; the `mc:Fallback`
  copy of a drawing is skipped so nothing is read twice;
- tables (`w:tbl`) as `Table`s with `gridSpan` -> colspan, `vMerge` -> rowspan,
  `gridBefore` honoured; cell paragraphs joined on one line (`cells.py`);
  a table nested in a cell adds its text to that cell;
- content controls (`w:sdt`) and custom XML wrappers are looked into.

Headers, footers, footnotes and comments are not body text and are ignored.
Pages: a DOCX has none until rendered; explicit page breaks (`w:br
w:type="page"`, `pageBreakBefore`, a section break that starts a new page)
are page boundaries, so page numbers match a printout of a file that uses them.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.reading import ReadRequest
from pipeline.reading.cells import clean_line, join_cell_lines
from pipeline.reading.docx_numbering import Numbering, W, numbering_from_parts, prefix_label
from pipeline.reading.guard import ZipLimits, check_zip_container
from schemas.document import Cell, Document, Page, Table
from schemas.errors import CorruptDocument, EmptyDocument

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
T, TAB, BR, CR, NB_HYPHEN, DEL, MOVE_FROM, TXBX = (
    f"{W}{t}" for t in ("t", "tab", "br", "cr", "noBreakHyphen", "del", "moveFrom", "txbxContent")
)
FALLBACK = f"{MC}Fallback"
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

    def line(self, text: str) -> None:
        text = clean_line(text)
        if text:
            self.pages[-1][0].append(text)

    def table(self, table: Table) -> None:
        self.pages[-1][1].append(table)

    def page_break(self) -> None:
        if self.pages[-1][0] or self.pages[-1][1]:
            self.pages.append(([], []))

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
    pages = tuple(
        Page(number=i + 1, text="".join(f"{line}\n" for line in lines), tables=tuple(tables))
        for i, (lines, tables) in enumerate(body.pages)
    )
    if not any(p.text.strip() or p.tables for p in pages):
        raise EmptyDocument("the Word document has no text", path=request.path)
    title = core_title(document)
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=pages,
        title_hint=title,
    )


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


def walk_blocks(container: Any, body: Body, numbering: Numbering) -> None:
    """Paragraphs and tables of a block container, in order."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == P:
            read_paragraph(child, body, numbering)
        elif tag == TBL:
            body.n_tables += 1
            body.table(table_to_schema(child, body.n_tables, body.page_number))
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                walk_blocks(content, body, numbering)
        elif tag == CUSTOM_XML:
            walk_blocks(child, body, numbering)


def read_paragraph(p: Any, body: Body, numbering: Numbering) -> None:
    ppr = p.find(f"{W}pPr")
    if ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None and _on(ppr.find(f"{W}pageBreakBefore")):
        body.page_break()
    segments, boxes = paragraph_segments(p)
    label = numbering.label(p)
    for index, segment in enumerate(segments):
        if index:
            body.page_break()
        lines = segment.split("\n")
        if index == 0 and label:
            lines[0] = prefix_label(label, clean_line(lines[0]))
        for line in lines:
            body.line(line)
    for box_line in boxes:
        body.line(box_line)
    if ppr is not None:
        sect = ppr.find(f"{W}sectPr")
        if sect is not None:
            kind = sect.find(f"{W}type")
            if kind is None or kind.get(f"{W}val") not in CONTINUOUS_SECTIONS:
                body.page_break()


def _on(element: Any) -> bool:
    return element.get(f"{W}val", "true") not in ("0", "false", "off")


def paragraph_segments(p: Any) -> tuple[list[str], list[str]]:
    """A paragraph's text split at hard page breaks, and the lines of its text boxes."""
    segments = [""]
    boxes: list[str] = []
    for kind, value in _walk_runs(p):
        if kind == "text":
            segments[-1] += value
        elif kind == "page":
            segments.append("")
        elif kind == "box":
            boxes.append(value)
    return segments, boxes


def _walk_runs(element: Any) -> Iterator[tuple[str, str]]:
    for child in element.iterchildren():
        tag = child.tag
        if not isinstance(tag, str) or tag in (FALLBACK, DEL, MOVE_FROM, f"{W}pPr", f"{W}rPr"):
            continue
        if tag == TXBX:
            for inner in child.iter(P):
                text = "".join(v for k, v in _walk_runs(inner) if k == "text")
                yield "box", text
            continue
        if tag == T:
            yield "text", child.text or ""
        elif tag == TAB:
            yield "text", "\t"
        elif tag == BR:
            kind = child.get(f"{W}type")
            yield ("page", "") if kind == "page" else ("text", "\n")
        elif tag == CR:
            yield "text", "\n"
        elif tag == NB_HYPHEN:
            yield "text", "-"
        else:
            yield from _walk_runs(child)


def cell_paragraph_texts(tc: Any) -> list[str]:
    """Text of every paragraph in a cell, nested tables included, in order."""
    return ["".join(v for k, v in _walk_runs(p) if k == "text") for p in tc.iter(P)]


def _int_val(element: Any, child: str, default: int) -> int:
    found = element.find(f"{W}{child}") if element is not None else None
    if found is None:
        return default
    try:
        return int(found.get(f"{W}val", default))
    except ValueError:
        return default


def table_to_schema(tbl: Any, index: int, page: int) -> Table:
    """A `w:tbl` to a Table: gridSpan -> colspan, vMerge -> rowspan, gridBefore skipped."""
    cells: list[dict[str, Any]] = []
    open_merges: dict[int, dict[str, Any]] = {}  # grid column -> cell whose vMerge is running
    rows = [tr for tr in tbl.iterchildren(TR)]
    n_cols = 0
    for r, tr in enumerate(rows):
        col = _int_val(tr.find(f"{W}trPr"), "gridBefore", 0)
        for tc in tr.iterchildren(TC):
            tcpr = tc.find(f"{W}tcPr")
            span = max(_int_val(tcpr, "gridSpan", 1), 1)
            vmerge = tcpr.find(f"{W}vMerge") if tcpr is not None else None
            merge_kind = None if vmerge is None else vmerge.get(f"{W}val", "continue")
            if merge_kind == "continue" and col in open_merges:
                open_merges[col]["rowspan"] = r - open_merges[col]["row"] + 1
            else:
                cell = {"row": r, "col": col, "colspan": span, "rowspan": 1,
                        "text": join_cell_lines(cell_paragraph_texts(tc))}
                cells.append(cell)
                if merge_kind == "restart":
                    open_merges[col] = cell
                else:
                    open_merges.pop(col, None)
            col += span
        n_cols = max(n_cols, col)
    return Table(
        page=page,
        n_rows=len(rows),
        n_cols=n_cols,
        cells=tuple(
            Cell(c["row"], c["col"], c["text"], c["rowspan"], c["colspan"], address=f"table[{index}]/r{c['row'] + 1}c{c['col'] + 1}")
            for c in cells
        ),
        location=f"table[{index}]",
    )
