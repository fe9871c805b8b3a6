"""Formatted workbooks for finance staff who work in Excel or WPS.

`write_grid` is the one way a sheet is written here (the comparison views of `compare
--xlsx` and the tables of `export --format xlsx`): a bold, frozen, filterable header row
with the columns' labels (Chinese by default), widths from the content, number formats —
yuan `#,##0.00`, percent `0.00` (values are percent already, `98.15`, so no `%` format
that would multiply by 100) — and every text cell written as text: cleaned of the
characters XLSX forbids (shown as `\\x1b`) and never typed as a formula, whatever it starts with.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from pipeline.outputs.compare import (
    COLUMNS,
    COUNT_COLUMNS,
    LABELS,
    MONEY_COLUMNS,
    PERCENT_COLUMNS,
    RULE_COLUMNS,
    YOY_COLUMNS,
    YOY_PERCENT_COLUMNS,
    ComparisonRow,
    RuleCount,
    YoyRow,
)
from schemas.errors import OutputError
from schemas.messages import Lang, resolve_lang, t
from schemas.safe_text import write_text_cell

YUAN_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.00"
COUNT_FORMAT = "0"
NUMBER_FORMAT = "#,##0.00##"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
MAX_WIDTH = 48


@dataclass(frozen=True)
class SheetSpec:
    name: str
    columns: tuple[str, ...]
    money: frozenset[str]
    percent: frozenset[str]
    counts: frozenset[str]


COMPARISON_SHEET = SheetSpec("comparison", COLUMNS, MONEY_COLUMNS, PERCENT_COLUMNS, COUNT_COLUMNS)
YOY_SHEET = SheetSpec("year_over_year", YOY_COLUMNS, frozenset({"budget", "spending"}), YOY_PERCENT_COLUMNS,
                      frozenset({"n_errors", "n_warnings", "n_open", "fiscal_year", "previous_year"}))
RULES_SHEET = SheetSpec("flags_by_rule", RULE_COLUMNS, frozenset(), frozenset(), frozenset({"n_flags", "n_reports"}))


def number_format(spec: SheetSpec, column: str) -> str | None:
    if column in spec.money:
        return YUAN_FORMAT
    if column in spec.percent:
        return PERCENT_FORMAT
    if column in spec.counts or column == "fiscal_year":
        return COUNT_FORMAT
    return None


def _display_width(value: Any) -> int:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)  # CJK characters take two columns


def column_label(column: str, view_labels: dict[str, str] | None = None, lang: Lang | None = None) -> str:
    """A column's header: in Chinese the view's own label (or the dataset's), in English the column name."""
    if resolve_lang(lang) is not Lang.ZH:
        return column
    if view_labels and column in view_labels:
        return view_labels[column]
    return t(f"column.{column}", Lang.ZH)


def write_grid(ws: Worksheet, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]],
               formats: Sequence[str | None]) -> int:
    """Header + rows, formatted; returns the number of data rows."""
    ws.title = title[:31]  # Excel's limit on sheet names
    for j, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=j)
        write_text_cell(cell, header)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [_display_width(h) for h in headers]
    n = 1
    for values in rows:
        n += 1
        for j, (value, fmt) in enumerate(zip(values, formats, strict=True)):
            cell = ws.cell(row=n, column=j + 1)
            write_text_cell(cell, value)
            if fmt and not isinstance(value, str):
                cell.number_format = fmt
            widths[j] = max(widths[j], min(MAX_WIDTH, _display_width(value) + (3 if fmt == YUAN_FORMAT else 0)))
    for j, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(headers), 1))}{max(n, 1)}"
    return n - 1


def write_sheet(ws: Worksheet, spec: SheetSpec, rows: Iterable[Any]) -> None:
    """One view (dataclass rows with the spec's columns) as a formatted sheet."""
    def values(row: Any) -> list[Any]:
        out = [getattr(row, c) for c in spec.columns]
        return [t(f"kind.{v}") if c == "kind" and v else v for c, v in zip(spec.columns, out, strict=True)]

    write_grid(ws, spec.name, [column_label(c, LABELS) for c in spec.columns], (values(r) for r in rows),
               [number_format(spec, c) for c in spec.columns])


def save_workbook(wb: Workbook, target: Path) -> Path:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        wb.save(target)
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=target, reason=exc.strerror or exc)) from exc
    return target


def write_workbook(path: str | Path, comparison: Sequence[ComparisonRow], yoy: Sequence[YoyRow],
                   rules: Sequence[RuleCount]) -> Path:
    wb = Workbook()
    first = wb.active
    assert first is not None  # a new Workbook always has one sheet
    write_sheet(first, COMPARISON_SHEET, comparison)
    write_sheet(wb.create_sheet(), YOY_SHEET, yoy)
    write_sheet(wb.create_sheet(), RULES_SHEET, rules)
    return save_workbook(wb, Path(path))
