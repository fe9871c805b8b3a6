"""XLSX reader: each worksheet is one page holding one table.

Values are the cached results Excel/WPS stored (`data_only=True`): a formula
cell shows what the author saw. A file written by a program that stores
formulas without results (openpyxl itself, some exporters) has no cached
value; such cells read as empty, and the document gets a warning.

Cell text is what the cell displays (`xlsx_format`): `0.00%` with 0.9815 is
`98.15%`, float noise is rounded per the format. Merged ranges become spans;
`Cell.address` is `Sheet!B5`. The table covers the used range (cells with a
value, and merged ranges anchored on one), ignoring formatted blanks.

Banner rows -- a single text cell on a row at the very top (the sheet's
title, `金额单位：万元`) or the very bottom (`填表说明：…`, `注：…`) -- are
running text, not table rows: they go to `Page.text`, one per line.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Any

from pipeline.reading import ReadRequest
from pipeline.reading.cells import clean_line, join_cell_lines
from pipeline.reading.guard import ZipLimits, check_zip_container
from pipeline.reading.xlsx_format import format_value
from schemas.document import Cell, Document, Page, Table
from schemas.errors import CorruptDocument, EmptyDocument, ResourceLimitExceeded

MAX_CELLS_PER_SHEET = 2_000_000
# A single cell heading or closing the sheet is a banner when it spans this share of the columns...
BANNER_MIN_SPAN_SHARE = 0.5
# ...or is the only cell on its row and at least this long (a note), or the row is above the table.
NOTE_MIN_CHARS = 12
# A `<c>` element with content (self-closing empty cells excluded).
_CELL_XML = re.compile(r"<c\b[^>]*?(?<!/)>(.*?)</c>", re.S)
_CACHED_VALUE = re.compile(r"<v>[^<]+</v>")


@dataclass(frozen=True)
class XlsxSettings:
    zip_limits: ZipLimits = field(default_factory=ZipLimits)
    max_cells_per_sheet: int = MAX_CELLS_PER_SHEET


@dataclass(frozen=True)
class SheetCell:
    row: int  # 1-based sheet coordinates
    col: int
    text: str
    rowspan: int
    colspan: int
    coordinate: str
    number_format: str | None


def read(request: ReadRequest) -> Document:
    return read_xlsx(request, XlsxSettings())


def read_xlsx(request: ReadRequest, settings: XlsxSettings) -> Document:
    check_zip_container(request.data, request.path, settings.zip_limits)
    workbook = open_workbook(request, data_only=True)
    warnings: list[str] = []
    pages = []
    literals = literal_formulas(request) if count_formulas_without_values(request) else {}
    try:
        for index, sheet in enumerate(workbook.worksheets):
            cells = sheet_cells(sheet, settings, request.path, literals.get(sheet.title, {}))
            banner, body = split_banner_rows(cells)
            table = cells_to_table(body, index + 1, sheet.title) if body else None
            text = banner_text(banner)
            pages.append(Page(number=index + 1, text=text, tables=(table,) if table else ()))
    finally:
        workbook.close()
    if not any(p.text.strip() or p.tables for p in pages):
        raise EmptyDocument("the workbook has no filled cells", path=request.path)
    if count_formulas_without_values(request):
        warnings.append(
            "some formula cells have no stored result (the file was not saved by Excel/WPS); they read as empty"
        )
    return Document(
        source_path=request.path,
        sha256=request.sha256,
        source_format=request.source_format,
        pages=tuple(pages),
        warnings=tuple(warnings),
    )


def open_workbook(request: ReadRequest, data_only: bool) -> Any:
    import openpyxl
    from lxml.etree import XMLSyntaxError
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(io.BytesIO(request.data), data_only=data_only)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, XMLSyntaxError) as exc:
        raise CorruptDocument(f"the workbook is damaged and cannot be opened ({exc})", path=request.path) from exc
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl has no error hierarchy for malformed parts; name the cause
        raise CorruptDocument(
            f"the workbook is damaged and cannot be opened ({type(exc).__name__}: {exc})", path=request.path
        ) from exc


def count_formulas_without_values(request: ReadRequest) -> int:
    """Formula cells (`<f>`) whose `<v>` is missing, counted in the sheet XML without a second load."""
    missing = 0
    with zipfile.ZipFile(io.BytesIO(request.data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                xml = archive.read(name).decode("utf-8", "replace")
                for cell in _CELL_XML.findall(xml):
                    if "<f" in cell and not _CACHED_VALUE.search(cell):
                        missing += 1
    return missing


# A "formula" that is a value typed after `=` (`=100%`, `=12个`): no function, no reference.
_LITERAL_FORMULA = re.compile(r"^=[^A-Za-z(]*$")


def literal_formulas(request: ReadRequest) -> dict[str, dict[tuple[int, int], str]]:
    """Per sheet, formula cells without a stored result whose formula is a literal (`=100%`).

    An indicator target typed as `=100%` becomes a formula; a file written without
    results (by a script, not Excel/WPS) has nothing to show for it but the text as typed.
    """
    workbook = open_workbook(request, data_only=False)
    try:
        return {
            sheet.title: {
                (row, col): cell.value for (row, col), cell in sheet._cells.items()
                if isinstance(cell.value, str) and _LITERAL_FORMULA.match(cell.value)
            }
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def sheet_cells(sheet: Any, settings: XlsxSettings, path: str,
                literals: dict[tuple[int, int], str] | None = None) -> list[SheetCell]:
    """Filled cells of a sheet with their merged spans and displayed text."""
    if sheet.max_row * sheet.max_column > settings.max_cells_per_sheet and len(sheet._cells) > settings.max_cells_per_sheet:
        raise ResourceLimitExceeded(
            f"sheet {sheet.title!r} has more than {settings.max_cells_per_sheet} cells", path=path
        )
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in sheet.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (
            merged.max_row - merged.min_row + 1,
            merged.max_col - merged.min_col + 1,
        )
    cells = []
    # `_cells` holds only instantiated cells; walking rows would visit every formatted blank.
    for (row, col), cell in sorted(sheet._cells.items()):
        if cell.value is None and (row, col) in (literals or {}):
            cells.append(SheetCell(row, col, (literals or {})[(row, col)], *spans.get((row, col), (1, 1)),
                                   cell.coordinate, None))
            continue
        if cell.value is None:
            continue
        text = join_cell_lines(format_value(cell.value, cell.number_format).split("\n"))
        if not text:
            continue
        rowspan, colspan = spans.get((row, col), (1, 1))
        fmt = cell.number_format if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) else None
        cells.append(SheetCell(row, col, text, rowspan, colspan, cell.coordinate, fmt))
    return cells


def split_banner_rows(cells: list[SheetCell]) -> tuple[list[SheetCell], list[SheetCell]]:
    """Leading and trailing single-cell banner rows, and the table's cells."""
    if not cells:
        return [], []
    rows: dict[int, list[SheetCell]] = {}
    for cell in cells:
        rows.setdefault(cell.row, []).append(cell)
    first_col = min(c.col for c in cells)
    last_col = max(c.col + c.colspan - 1 for c in cells)
    width = last_col - first_col + 1
    order = sorted(rows)

    def is_banner(row: int, leading: bool) -> bool:
        row_cells = rows[row]
        if len(row_cells) != 1 or row_cells[0].rowspan > 1:
            return False
        cell = row_cells[0]
        if cell.number_format is not None:  # a lone number is data, not a title
            return False
        return leading or cell.colspan >= BANNER_MIN_SPAN_SHARE * width or len(cell.text) >= NOTE_MIN_CHARS

    head: list[SheetCell] = []
    while order and is_banner(order[0], leading=True) and len(order) > 1:
        head.append(rows[order.pop(0)][0])
    tail: list[SheetCell] = []
    while order and len(order) > 1 and is_banner(order[-1], leading=False):
        tail.insert(0, rows[order.pop()][0])
    body = [c for r in order for c in rows[r]]
    return head + tail, body


def cells_to_table(cells: list[SheetCell], page: int, sheet_title: str) -> Table:
    top = min(c.row for c in cells)
    left = min(c.col for c in cells)
    n_rows = max(c.row + c.rowspan for c in cells) - top
    n_cols = max(c.col + c.colspan for c in cells) - left
    return Table(
        page=page,
        n_rows=n_rows,
        n_cols=n_cols,
        cells=tuple(
            Cell(c.row - top, c.col - left, c.text, c.rowspan, c.colspan, address=f"{sheet_title}!{c.coordinate}")
            for c in cells
        ),
        location=sheet_title,
        number_formats=tuple(
            (c.row - top, c.col - left, c.number_format)
            for c in cells
            if c.number_format and c.number_format != "General"
        ),
    )


def banner_text(cells: list[SheetCell]) -> str:
    return "".join(f"{clean_line(c.text)}\n" for c in cells)
