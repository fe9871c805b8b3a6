"""The comparison workbook, read back with openpyxl: sheets, frozen header, number formats, autofilter."""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.outputs.compare import COLUMNS, LABELS, RULE_COLUMNS, YOY_COLUMNS
from pipeline.outputs.compare_xlsx import PERCENT_FORMAT, YUAN_FORMAT

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from compare_data import write_rows  # noqa: E402


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("xlsx")
    db = write_rows(tmp / "small.duckdb")
    out = tmp / "compare.xlsx"
    result = CliRunner().invoke(app, ["compare", "--db", str(db), "--by", "rate_computed", "--xlsx", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return load_workbook(out)


def _column(ws, name: str) -> int:
    """1-based index of the column whose header is the label of `name`."""
    return [c.value for c in ws[1]].index(LABELS[name]) + 1


def test_one_sheet_per_view(workbook) -> None:
    assert workbook.sheetnames == ["comparison", "year_over_year", "flags_by_rule"]


@pytest.mark.parametrize(("sheet", "columns", "rows"), [
    ("comparison", COLUMNS, 5), ("year_over_year", YOY_COLUMNS, 5), ("flags_by_rule", RULE_COLUMNS, 3),
])
def test_header_frozen_and_filterable(workbook, sheet: str, columns: tuple[str, ...], rows: int) -> None:
    ws = workbook[sheet]
    assert [c.value for c in ws[1]] == [LABELS[c] for c in columns]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.max_row == rows + 1
    last = ws.cell(row=1, column=len(columns)).column_letter
    assert ws.auto_filter.ref == f"A1:{last}{rows + 1}"


@pytest.mark.parametrize(("name", "fmt"), [
    ("budget", YUAN_FORMAT), ("spending", YUAN_FORMAT), ("expenditure_basic", YUAN_FORMAT),
    ("rate_computed", PERCENT_FORMAT), ("rate_stated", PERCENT_FORMAT), ("basic_share", PERCENT_FORMAT),
    ("n_errors", "0"), ("fiscal_year", "0"),
])
def test_number_formats(workbook, name: str, fmt: str) -> None:
    ws = workbook["comparison"]
    col = _column(ws, name)
    assert {ws.cell(row=r, column=col).number_format for r in range(2, ws.max_row + 1)} == {fmt}


def test_values_are_yuan_and_percent(workbook) -> None:
    ws = workbook["comparison"]
    first = {name: ws.cell(row=2, column=_column(ws, name)).value for name in COLUMNS}
    assert first["department"] == "广州市海珠区应急管理局"  # --by rate_computed: the highest first
    assert Decimal(str(first["budget"])) == Decimal("27319300")
    assert Decimal(str(first["rate_computed"])) == Decimal("98.15")
    assert first["kind"] == "部门整体"
    missing = ws.cell(row=ws.max_row, column=_column(ws, "rate_computed")).value
    assert missing is None  # 金沙: no budget, an empty cell (never 0)


def test_year_over_year_sheet(workbook) -> None:
    ws = workbook["year_over_year"]
    col = {name: _column(ws, name) for name in ("department", "fiscal_year", "budget_change", "budget")}
    haizhu = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[col["department"] - 1] == "广州市海珠区应急管理局"]
    assert [(r[col["fiscal_year"] - 1], r[col["budget_change"] - 1]) for r in haizhu] == [(2021, None), (2022, 9.28)]
    assert ws.cell(row=2, column=col["budget"]).number_format == YUAN_FORMAT
    assert ws.cell(row=2, column=col["budget_change"]).number_format == PERCENT_FORMAT


def test_flags_by_rule_sheet(workbook) -> None:
    ws = workbook["flags_by_rule"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert rows[0] == ("expenditure.parts_sum", "error", 2, 2)
