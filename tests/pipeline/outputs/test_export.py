"""`jixiao export` and `compare --xlsx/--csv` on hostile text: no live formula, no broken workbook.

The workbook is as formatted as `compare --xlsx` (Chinese headers, frozen filterable header,
money and rate formats, flags with department, title and message and their review); every
CSV has a BOM.
"""
from __future__ import annotations

import csv
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from pipeline.cli.app import app

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "fixtures"))
from compare_data import SMALL, report_rows, write_rows  # noqa: E402

runner = CliRunner(env={"COLUMNS": "100"})
FORMULAS = ("=HYPERLINK(\"http://evil\",\"点击\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-1+1", "\t=1", "\r=1")
HOSTILE = report_rows(
    "7" * 64, department=FORMULAS[0], title="@SUM(1+1)*cmd|' /C calc'!A0", fiscal_year=2022, city="+1+1市",
    project_name="-1+1项目", kind="project", self_score="90", grade="优",
    items={"budget_adjusted": "1000000.00", "expenditure_total": "900000.00"},
    flags=(("score.range", "error", "self_score", "=1+1 \x1b]0;pwned\x07 \x1b[2J 标题"),),
)
BOM = b"\xef\xbb\xbf"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = write_rows(tmp_path_factory.mktemp("export") / "x.duckdb", (*SMALL, HOSTILE))
    assert runner.invoke(app, ["validate", "--db", str(path)]).exit_code in (0, 1)  # a validations table too
    return path


def _cells(path: Path):  # type: ignore[no-untyped-def]
    wb = load_workbook(path)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield ws.title, row


def _no_live_formula(path: Path) -> None:
    seen = set()
    for _, row in _cells(path):
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            if isinstance(cell.value, str):
                seen.add(cell.value)
    assert {FORMULAS[0], "@SUM(1+1)*cmd|' /C calc'!A0"} <= seen  # kept, as text


def test_export_xlsx_has_no_formula_and_survives_control_characters(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "jixiao.xlsx"
    _no_live_formula(target)
    messages = [row[[c.value for c in next(load_workbook(target)["flags"].iter_rows())].index("说明")].value
                for title, row in _cells(target) if title == "flags"]
    assert any("\\x1b]0;pwned\\x07" in str(m) for m in messages)  # the escape is shown, not lost


def test_export_xlsx_is_formatted_like_compare(db: Path, tmp_path: Path) -> None:
    runner.invoke(app, ["export", "--db", str(db), "--format", "xlsx", "--out", str(tmp_path)])
    wb = load_workbook(tmp_path / "jixiao.xlsx")
    assert {"reports", "budget_items", "flags", "validations"} <= set(wb.sheetnames)
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2" and ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert all(ws.column_dimensions[c].width for c in ("A", "B"))
    flags = wb["flags"]
    headers = [c.value for c in flags[1]]
    assert {"部门", "标题", "说明", "规则", "级别", "审核结论", "审核人"} <= set(headers)
    first = {h: c for h, c in zip(headers, flags[2], strict=True)}
    assert first["部门"].value and first["说明"].value
    items = wb["budget_items"]
    heads = [c.value for c in items[1]]
    value = items.cell(row=2, column=heads.index("数值") + 1)
    assert value.number_format == "#,##0.00" and isinstance(value.value, (int, float, Decimal))
    projects = wb["projects"]
    pheads = [c.value for c in projects[1]]
    assert projects.cell(row=2, column=pheads.index("预算(元)") + 1).number_format == "#,##0.00"
    english = tmp_path / "en"
    runner.invoke(app, ["export", "--db", str(db), "--format", "xlsx", "--out", str(english), "--lang", "en"])
    assert [c.value for c in load_workbook(english / "jixiao.xlsx")["flags"][1]][:3] == ["report_id", "rule", "severity"]


def test_every_csv_has_a_bom_and_neutralised_text(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    files = sorted(tmp_path.glob("*.csv"))
    assert {"reports.csv", "flags.csv", "validations.csv"} <= {f.name for f in files}
    for f in files:
        assert f.read_bytes().startswith(BOM), f.name
    with (tmp_path / "reports.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["report_id"]: r for r in csv.DictReader(fh)}
    hostile = rows["7" * 64]
    assert hostile["department"] == "'" + FORMULAS[0] and hostile["title"].startswith("'@")
    assert hostile["city"] == "'+1+1市" and hostile["project_name"] == "'-1+1项目"
    assert hostile["self_score"] == "90.00"  # numbers stay numbers
    for f in files:
        with f.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.reader(fh):
                assert not any(cell.startswith(("=", "+", "@", "\t", "\r")) for cell in row), (f.name, row)


def test_compare_files_have_no_live_formula(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.xlsx"
    result = runner.invoke(app, ["compare", "--db", str(db), "--xlsx", str(out), "--csv", str(tmp_path / "c.csv"), "-q"])
    assert result.exit_code == 0, result.output
    _no_live_formula(out)
    text = (tmp_path / "c.csv").read_bytes()
    assert text.startswith(BOM) and b"\n=HYPERLINK" not in text and b",=HYPERLINK" not in text


def test_export_parquet_and_review_columns(db: Path, tmp_path: Path) -> None:
    flag_ids = [line.split("#")[-1] for line in runner.invoke(app, ["flags", "--db", str(db)]).output.splitlines()
                if "#" in line]
    assert runner.invoke(app, ["review", flag_ids[0], "--state", "confirmed", "--by", "张三", "--db",
                               str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--db", str(db), "--out", str(tmp_path), "--review", "confirmed"])
    assert result.exit_code == 0, result.output
    flags = pq.read_table(tmp_path / "flags.parquet").to_pylist()
    assert len(flags) == 1 and flags[0]["review_state"] == "confirmed" and flags[0]["reviewer"] == "张三"
    reviews = pq.read_table(tmp_path / "reviews.parquet").to_pylist()
    assert reviews[0]["current"] is True
    items = pq.read_table(tmp_path / "budget_items.parquet")
    assert str(items.schema.field("value").type).startswith("decimal")
