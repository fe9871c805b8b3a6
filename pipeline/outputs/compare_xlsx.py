"""The comparison views as one formatted workbook, for finance staff who work in Excel.

One sheet per view (comparison, year over year, flags by rule), each with a frozen,
filterable header row and number formats: yuan `#,##0.00`, percent `0.00` (values
are percent already, `98.15`, so no `%` format that would multiply by 100).
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
    KIND_LABELS,
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

YUAN_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0.00"
COUNT_FORMAT = "0"
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
                      frozenset({"n_errors", "n_warnings", "fiscal_year", "previous_year"}))
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


def write_sheet(ws: Worksheet, spec: SheetSpec, rows: Iterable[Any]) -> None:
    """Header + one line per row (a dataclass with the spec's columns), formatted."""
    ws.title = spec.name
    ws.append([LABELS.get(c, c) for c in spec.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [_display_width(LABELS.get(c, c)) for c in spec.columns]
    formats = [number_format(spec, c) for c in spec.columns]
    n = 1
    for row in rows:
        n += 1
        values = [getattr(row, c) for c in spec.columns]
        values = [KIND_LABELS.get(v, v) if c == "kind" else v for c, v in zip(spec.columns, values, strict=True)]
        ws.append(values)
        for j, (value, fmt) in enumerate(zip(values, formats, strict=True)):
            if fmt:
                ws.cell(row=n, column=j + 1).number_format = fmt
            widths[j] = max(widths[j], _display_width(value) + (3 if fmt == YUAN_FORMAT else 0))
    for j, width in enumerate(widths):
        ws.column_dimensions[get_column_letter(j + 1)].width = min(MAX_WIDTH, width + 2)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(spec.columns))}{max(n, 1)}"


def write_workbook(path: str | Path, comparison: Sequence[ComparisonRow], yoy: Sequence[YoyRow],
                   rules: Sequence[RuleCount]) -> Path:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    first = wb.active
    assert first is not None  # a new Workbook always has one sheet
    write_sheet(first, COMPARISON_SHEET, comparison)
    write_sheet(wb.create_sheet(), YOY_SHEET, yoy)
    write_sheet(wb.create_sheet(), RULES_SHEET, rules)
    wb.save(target)
    return target
