"""Legacy Excel and WPS sheets (`.xls`, `.et`): xlrd reads the BIFF records, the XLSX reader's rules apply.

xlrd (kept for exactly this format) gives values, merged ranges and number formats
(`formatting_info=True`), so a cell shows what Excel showed (`xlsx_format`) and each
sheet becomes one page with one table and its banner rows, as in `xlsx`. A file xlrd
cannot parse (a WPS variant, a damaged record) is converted to XLSX by LibreOffice
and read as XLSX; only when both fail is it rejected.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from pipeline.reading import ReadRequest
from pipeline.reading.cells import join_cell_lines
from pipeline.reading.office_convert import convert
from pipeline.reading.xlsx import (
    MAX_CELLS_PER_SHEET,
    SheetCell,
    banner_text,
    cells_to_table,
    split_banner_rows,
)
from pipeline.reading.xlsx import read as read_xlsx
from pipeline.reading.xlsx_format import format_value
from schemas.document import Document, Page
from schemas.errors import EmptyDocument, EncryptedDocument, ResourceLimitExceeded


def read(request: ReadRequest) -> Document:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=request.data, formatting_info=True, on_demand=True,
                                  logfile=_Discard())
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise EncryptedDocument("the workbook is protected with a password", path=request.path) from exc
        return _via_libreoffice(request)
    except (ValueError, IndexError, KeyError, AssertionError, TypeError, OverflowError):  # damaged BIFF records
        return _via_libreoffice(request)
    try:
        pages = []
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            banner, body = split_banner_rows(sheet_cells(book, sheet, request.path))
            table = cells_to_table(body, index + 1, sheet.name) if body else None
            pages.append(Page(number=index + 1, text=banner_text(banner), tables=(table,) if table else ()))
            book.unload_sheet(index)
    finally:
        book.release_resources()
    if not any(p.text.strip() or p.tables for p in pages):
        raise EmptyDocument("the workbook has no filled cells", path=request.path)
    return Document(source_path=request.path, sha256=request.sha256, source_format=request.source_format,
                    pages=tuple(pages))


def sheet_cells(book: Any, sheet: Any, path: str) -> list[SheetCell]:
    import xlrd
    from openpyxl.utils import get_column_letter

    if sheet.nrows * sheet.ncols > MAX_CELLS_PER_SHEET:
        raise ResourceLimitExceeded(f"sheet {sheet.name!r} has more than {MAX_CELLS_PER_SHEET} cells", path=path)
    spans = {(r0, c0): (r1 - r0, c1 - c0) for r0, r1, c0, c1 in sheet.merged_cells}
    cells = []
    for r in range(sheet.nrows):
        for c in range(sheet.ncols):
            cell = sheet.cell(r, c)
            if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                continue
            fmt = _number_format(book, cell.xf_index)
            value: object = cell.value
            if cell.ctype == xlrd.XL_CELL_DATE:
                try:
                    value = xlrd.xldate.xldate_as_datetime(cell.value, book.datemode)
                except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                    value = cell.value
            elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                value = bool(cell.value)
            elif cell.ctype == xlrd.XL_CELL_ERROR:
                value = xlrd.error_text_from_code.get(cell.value, "#ERR")
            elif cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer() and abs(cell.value) < 1e15:
                value = int(cell.value)  # as openpyxl reads a whole number
            text = join_cell_lines(format_value(value, fmt).split("\n"))
            if not text:
                continue
            rowspan, colspan = spans.get((r, c), (1, 1))
            number_format = fmt if isinstance(value, (int, float)) and not isinstance(value, bool) else None
            cells.append(SheetCell(r + 1, c + 1, text, rowspan, colspan, f"{get_column_letter(c + 1)}{r + 1}",
                                   number_format))
    return cells


def _number_format(book: Any, xf_index: int | None) -> str:
    try:
        xf = book.xf_list[xf_index]
        return str(book.format_map[xf.format_key].format_str) or "General"
    except (IndexError, KeyError, TypeError):
        return "General"


def _via_libreoffice(request: ReadRequest) -> Document:
    xlsx = convert(request.data, ".xls", "xlsx", request.path)
    document = read_xlsx(replace(request, data=xlsx, source_format="xlsx"))
    return replace(document, source_format=request.source_format, sha256=request.sha256)


class _Discard:
    """xlrd writes warnings to a log file object; a reader has nowhere to show them."""

    def write(self, text: str) -> int:
        return len(text)
