"""DOCX and XLSX through python-docx and openpyxl, with bytes that never drift.

Both libraries stamp the current time into the ZIP entries and into `docProps/core.xml`;
`stable_zip` rewrites the archive with one fixed time, so a re-run gives the same file and the
same report id (the sha256 of the bytes). The other helpers are the few Word and Excel moves
the batches share; what a document says and where stays in its batch.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.corpora.builder.runs import merged_runs

_CORE_DATES = re.compile(rb"(<(?:dcterms:created|dcterms:modified|cp:lastPrinted)(?:\s[^>]*)?>)[^<]*")


def w3c(when: datetime) -> str:
    """The W3C date-time form Office core properties use (UTC, no fraction)."""
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def stable_zip(data: bytes, when: datetime, external_attr: int | None = None) -> bytes:
    """The Office archive `data` re-written with every entry dated `when`, and the core properties'
    created / modified / last-printed dates set to `when`.

    `external_attr` (the entries' file mode) is copied from the source unless given: two batches
    were first written with a fixed one (0, and 0o644 << 16), and their bytes keep it.
    """
    stamp = w3c(when).encode("ascii")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = _CORE_DATES.sub(lambda m: m.group(1) + stamp, payload)
            entry = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr if external_attr is None else external_attr
            dst.writestr(entry, payload)
    return out.getvalue()


def set_core(properties: Any, **values: Any) -> None:
    """Set core properties in the order given: python-docx appends each new element, so the order
    of the assignments is the order of the XML (and part of the bytes)."""
    for name, value in values.items():
        setattr(properties, name, value)


def save_docx(document: Any, path: Path, when: datetime, external_attr: int | None = None) -> None:
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(stable_zip(buffer.getvalue(), when, external_attr))


def save_xlsx(workbook: Any, path: Path, when: datetime, external_attr: int | None = None) -> None:
    buffer = io.BytesIO()
    workbook.save(buffer)
    path.write_bytes(stable_zip(buffer.getvalue(), when, external_attr))


# --------------------------------------------------------------------------- Word
def centred_title(document: Any, text: str, size: float, bold: bool = True) -> Any:
    """A centred paragraph of one run: the title line of a report."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    return paragraph


def indented(document: Any, text: str, points: float = 24) -> Any:
    """A body paragraph whose first line is indented (two characters of 12-point type by default)."""
    from docx.shared import Pt

    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.first_line_indent = Pt(points)
    return paragraph


def aligned(document: Any, text: str, align: str) -> Any:
    """A paragraph aligned `center` or `right` (signature lines, captions)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph(text)
    paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    return paragraph


def bold_line(document: Any, text: str, indent: float | None = None) -> Any:
    """A heading written as a bold plain paragraph (no heading style), as many offices type them."""
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    if indent is not None:
        paragraph.paragraph_format.first_line_indent = Pt(indent)
    paragraph.add_run(text).bold = True
    return paragraph


def grid_table(document: Any, rows: Sequence[Sequence[str]]) -> Any:
    """A 'Table Grid' table holding `rows` (all rows as long as the first)."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    return table


def merge_column_runs(table: Any, col: int, first_row: int, labels: Sequence[str]) -> None:
    """Merge the cells of `col` that repeat a label (rows from `first_row`), keeping the label once."""
    for start, end in merged_runs(labels):
        table.cell(first_row + start, col).merge(table.cell(first_row + end, col)).text = labels[start]


def page_number_footer(document: Any, complex_field: bool = False) -> None:
    """A centred `- N -` footer with a live PAGE field: `w:fldSimple`, or the begin/separate/end
    `w:fldChar` form Word itself writes (`complex_field`)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    footer = document.sections[0].footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("- ")
    shown = OxmlElement("w:t")
    shown.text = "1"
    if complex_field:
        run = footer.add_run()
        begin, separate, end = OxmlElement("w:fldChar"), OxmlElement("w:fldChar"), OxmlElement("w:fldChar")
        begin.set(qn("w:fldCharType"), "begin")
        separate.set(qn("w:fldCharType"), "separate")
        end.set(qn("w:fldCharType"), "end")
        instruction = OxmlElement("w:instrText")
        instruction.set(qn("xml:space"), "preserve")
        instruction.text = " PAGE "
        for element in (begin, instruction, separate, shown, end):
            run._r.append(element)
    else:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        field_run = OxmlElement("w:r")
        field_run.append(shown)
        field.append(field_run)
        footer._p.append(field)
    footer.add_run(" -")


# --------------------------------------------------------------------------- Excel
class SheetWriter:
    """Writes a printed form into a worksheet cell by cell: value, alignment, number format, merge."""

    def __init__(self, sheet: Any, align: Any) -> None:
        self.sheet = sheet
        self.align = align

    def put(self, ref: str, value: Any, merge: str | None = None, fmt: str | None = None,
            align: Any = None) -> None:
        self.sheet[ref] = value
        self.sheet[ref].alignment = self.align if align is None else align
        if fmt:
            self.sheet[ref].number_format = fmt
        if merge:
            self.sheet.merge_cells(f"{ref}:{merge}")

    def merge_column_runs(self, col: str, first_row: int, labels: Sequence[str]) -> None:
        """Merge the vertically adjacent cells of `col` that repeat a label."""
        for start, end in merged_runs(labels):
            self.sheet.merge_cells(f"{col}{first_row + start}:{col}{first_row + end}")

    def border(self, border: Any, first_row: int, last_row: int) -> None:
        for row in self.sheet.iter_rows(min_row=first_row, max_row=last_row):
            for cell in row:
                cell.border = border

    def widths(self, columns: str, widths: Sequence[float]) -> None:
        for col, width in zip(columns, widths, strict=True):
            self.sheet.column_dimensions[col].width = width
