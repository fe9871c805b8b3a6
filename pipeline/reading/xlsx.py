"""XLSX reader: each worksheet is one page holding one table.

Sheets are streamed (openpyxl's read-only mode, one pass over each sheet's XML
keeping only cells with a value), so a big sheet is never held as cell objects.
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
import zlib
from bisect import bisect_left, bisect_right
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
    without_values = count_formulas_without_values(request)
    literals = literal_formulas(request, settings) if without_values else {}
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
    if without_values:
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
    """The workbook in openpyxl's read-only (streaming) mode: sheets are parsed row by row on demand."""
    import openpyxl
    from lxml.etree import XMLSyntaxError
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return openpyxl.load_workbook(io.BytesIO(request.data), data_only=data_only, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError, XMLSyntaxError) as exc:
        raise CorruptDocument(f"the workbook is damaged and cannot be opened ({exc})", path=request.path) from exc
    except MemoryError:
        raise
    except Exception as exc:  # openpyxl has no error hierarchy for malformed parts; name the cause
        raise CorruptDocument(
            f"the workbook is damaged and cannot be opened ({type(exc).__name__}: {exc})", path=request.path
        ) from exc


@dataclass
class StreamedSheet:
    """A sheet's cells as parsed row by row (no cell objects kept for blanks), and its merged ranges."""

    cells: list[dict[str, Any]]  # openpyxl's parsed cells: row, column, value, data_type, style_id
    merged: list[tuple[int, int, int, int]]  # min_row, min_col, max_row, max_col
    hidden_rows: frozenset[int] = frozenset()
    hidden_columns: frozenset[int] = frozenset()


def stream_sheet(sheet: Any, settings: XlsxSettings, path: str) -> StreamedSheet:
    """Parse one read-only sheet's XML in a single pass, keeping only cells with a value.

    openpyxl's read-only `iter_rows` pads every row to the sheet's stated width and
    drops merged ranges; its sheet parser (which `iter_rows` uses) gives both as read.
    """
    from openpyxl.worksheet._reader import WorkSheetParser

    workbook = sheet.parent
    seen = 0
    kept: list[dict[str, Any]] = []
    try:
        with sheet._get_source() as source:
            parser = WorkSheetParser(source, sheet._shared_strings, data_only=workbook.data_only,
                                     epoch=workbook.epoch, date_formats=workbook._date_formats,
                                     timedelta_formats=workbook._timedelta_formats)
            for _, row in parser.parse():
                seen += len(row)
                if seen > settings.max_cells_per_sheet:
                    raise ResourceLimitExceeded(
                        f"sheet {sheet.title!r} has more than {settings.max_cells_per_sheet} cells", path=path
                    )
                kept.extend(cell for cell in row if cell["value"] is not None)
            merged = parser.merged_cells
            hidden_rows, hidden_columns = _hidden(parser.row_dimensions, parser.column_dimensions)
    except ResourceLimitExceeded:
        raise
    except (KeyError, ValueError, TypeError, IndexError, SyntaxError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise CorruptDocument(f"sheet {sheet.title!r} is damaged ({type(exc).__name__}: {exc})", path=path) from exc
    ranges = []
    for merged_range in getattr(merged, "mergeCell", None) or ():
        from openpyxl.worksheet.cell_range import CellRange

        try:
            bounds = CellRange(merged_range.ref)
        except (ValueError, TypeError):
            continue  # a malformed range reads as unmerged cells
        ranges.append((bounds.min_row, bounds.min_col, bounds.max_row, bounds.max_col))
    return StreamedSheet(kept, ranges, frozenset(hidden_rows), frozenset(hidden_columns))


def _hidden(rows: dict[str, dict[str, str]], columns: dict[str, dict[str, str]]) -> tuple[set[int], set[int]]:
    """The sheet's hidden row and column numbers, from the parser's `<row hidden>` / `<col hidden>`."""
    def is_hidden(attrs: dict[str, str]) -> bool:
        return attrs.get("hidden", "").lower() in ("1", "true")

    hidden_rows = {int(r) for r, attrs in rows.items() if is_hidden(attrs) and r.isdigit()}
    hidden_columns: set[int] = set()
    for attrs in columns.values():
        if is_hidden(attrs) and attrs.get("min", "").isdigit() and attrs.get("max", attrs.get("min", "")).isdigit():
            first, last = int(attrs["min"]), int(attrs.get("max", attrs["min"]))
            hidden_columns.update(range(first, min(last, first + MAX_HIDDEN_SPAN) + 1))
    return hidden_rows, hidden_columns


# A `<col hidden min max>` may span the whole sheet's width (16,384): only the columns a form can use count.
MAX_HIDDEN_SPAN = 1024


def count_formulas_without_values(request: ReadRequest) -> int:
    """Formula cells (`<f>`) whose `<v>` is missing or empty, counted while streaming the sheet XML."""
    from lxml import etree

    missing = 0
    with zipfile.ZipFile(io.BytesIO(request.data)) as archive:
        for name in archive.namelist():
            if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
                continue
            with archive.open(name) as stream:
                try:
                    for _, cell in etree.iterparse(stream, tag="{*}c", resolve_entities=False, no_network=True):
                        formula = cell.find("{*}f")
                        value = cell.find("{*}v")
                        if formula is not None and (value is None or not (value.text or "").strip()):
                            missing += 1
                        cell.clear(keep_tail=True)
                except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError) as exc:
                    raise CorruptDocument(f"sheet part {name!r} is damaged ({exc})", path=request.path) from exc
    return missing


# A "formula" that is a value typed after `=` (`=100%`, `=12个`): no function, no reference.
_LITERAL_FORMULA = re.compile(r"^=[^A-Za-z(]*$")


def literal_formulas(request: ReadRequest, settings: XlsxSettings) -> dict[str, dict[tuple[int, int], str]]:
    """Per sheet, formula cells without a stored result whose formula is a literal (`=100%`).

    An indicator target typed as `=100%` becomes a formula; a file written without
    results (by a script, not Excel/WPS) has nothing to show for it but the text as typed.
    """
    workbook = open_workbook(request, data_only=False)
    try:
        return {
            sheet.title: {
                (cell["row"], cell["column"]): cell["value"]
                for cell in stream_sheet(sheet, settings, request.path).cells
                if isinstance(cell["value"], str) and _LITERAL_FORMULA.match(cell["value"])
            }
            for sheet in workbook.worksheets
        }
    finally:
        workbook.close()


def sheet_cells(sheet: Any, settings: XlsxSettings, path: str,
                literals: dict[tuple[int, int], str] | None = None) -> list[SheetCell]:
    """Filled cells of a sheet with their merged spans and displayed text."""
    from openpyxl.cell.read_only import ReadOnlyCell

    streamed = stream_sheet(sheet, settings, path)
    # Hidden rows and columns are neither shown nor printed (old figures kept out of sight): not stated.
    # The sheet is read as shown: without them, the rows and columns around them side by side.
    rows_shown, columns_shown = _Shown(streamed.hidden_rows), _Shown(streamed.hidden_columns)
    spans = {(r0, c0): (rows_shown.within(r0, r1), columns_shown.within(c0, c1)) for r0, c0, r1, c1 in streamed.merged}
    by_position = {(c["row"], c["column"]): c for c in streamed.cells}
    for position, text in (literals or {}).items():
        by_position.setdefault(position, {"row": position[0], "column": position[1], "value": None,
                                          "data_type": "s", "style_id": 0, "literal": text})
    cells = []
    for (row, col), raw in sorted(by_position.items()):
        if row in streamed.hidden_rows or col in streamed.hidden_columns:
            continue
        cell = ReadOnlyCell(sheet, row, col, raw["value"], raw["data_type"], raw["style_id"])
        rowspan, colspan = spans.get((row, col), (1, 1))
        at_row, at_col = rows_shown.position(row), columns_shown.position(col)
        if raw["value"] is None:  # a formula without a stored result whose formula is a literal
            cells.append(SheetCell(at_row, at_col, raw["literal"], rowspan, colspan, cell.coordinate, None))
            continue
        text = join_cell_lines(format_value(cell.value, cell.number_format).split("\n"))
        if not text:
            continue
        fmt = cell.number_format if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) else None
        cells.append(SheetCell(at_row, at_col, text, rowspan, colspan, cell.coordinate, fmt))
    return cells


class _Shown:
    """Positions along one axis of a sheet as shown, its hidden rows (or columns) left out."""

    def __init__(self, hidden: frozenset[int]) -> None:
        self.hidden = sorted(hidden)

    def position(self, n: int) -> int:
        return n - bisect_left(self.hidden, n)

    def within(self, first: int, last: int) -> int:
        return max(1, last - first + 1 - (bisect_right(self.hidden, last) - bisect_left(self.hidden, first)))


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
