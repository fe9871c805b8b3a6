"""Dataset expectations: a small dataset with one planted violation per expectation.

Each plant writes its own report (a fresh department) and says which report ids carry
the violation. The planted run must fail every expectation on exactly its plant's rows
(so no violation spills into another expectation), and the clean rows alone pass all.
"""
from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from pipeline.cli.app import app
from pipeline.storage.rows import Row
from pipeline.storage.store import Store
from pipeline.validation.expectations import (
    ValidationRun,
    ValidationSettings,
    print_run,
    validate_command,
    validate_connection,
)
from pipeline.validation.suites import SUITES_DIR
from schemas.messages import use_lang
from schemas.tables import CONTRACT_TABLES

Plant = Callable[[Store, int], set[str | None]]  # writes a violation, returns the report ids carrying it


def rid(n: int) -> str:
    return hashlib.sha256(f"report {n}".encode()).hexdigest()


def report_row(n: int, **over: Any) -> Row:
    row: Row = {
        "report_id": rid(n), "source_path": f"/corpus/p{n}.pdf", "source_format": "pdf", "status": "ok",
        "error": None, "title": f"部门{n}2022年度部门整体支出绩效自评报告", "department": f"部门{n}",
        "province": None, "city": None, "county": None, "fiscal_year": 2022,
        "report_kind": "department_overall", "project_name": None, "self_score": Decimal("95"), "grade": "优",
        "n_pages": 3, "n_chars": 1200, "pipeline_version": "test", "ingested_at": datetime(2024, 1, 1, 0, 0, n % 60),
    }
    row.update(over)
    return row


def child_rows(r: str) -> dict[str, list[Row]]:
    """One valid row per child table of report r."""
    loc = {"page": 1, "char_start": 0, "char_end": 10}
    return {
        "budget_items": [
            {"report_id": r, "item": "budget_initial", "basis": None, "value": Decimal("26266300.00"),
             "stated": "2626.63万元", **loc},
            {"report_id": r, "item": "budget_addition", "basis": None, "value": Decimal("-100000.00"),
             "stated": "-10万元", **loc},
            {"report_id": r, "item": "execution_rate", "basis": None, "value": Decimal("98.15"), "stated": "98.15%", **loc},
            {"report_id": r, "item": "revenue_general_budget", "basis": "executed", "value": Decimal("899740.00"),
             "stated": "89.974万元", **loc},
        ],
        "projects": [{"report_id": r, "name": "执法综合业务费", "fund_source": None, "budget": Decimal("801700.00"),
                      "executed": Decimal("801700.00"), "execution_rate": Decimal("100"), **loc}],
        "indicators": [{"report_id": r, "project": None, "level1": "产出指标", "level2": "数量指标", "name": "检查企业",
                        "target": "≥50个", "actual": "50", "target_value": Decimal(50), "actual_value": Decimal(50),
                        "unit": "个", "weight": Decimal(8), "score": Decimal(8), "note": None, "page": 2}],
        "metrics": [{"report_id": r, "section": "二、综合评价分析", "subject": "检查企业", "value": Decimal(22279),
                     "unit": "家次", "qualifier": "", "stated": "22279 家次", **loc}],
        "flags": [{"report_id": r, "rule": "expenditure.parts_sum", "severity": "warning", "items": "expenditure_total",
                   "expected": Decimal(1), "stated": Decimal(2), "message": "m", "page": 1}],
        "findings": [{"report_id": r, "kind": "problem", "ordinal": 1, "text": "预算编制不够精准", "page": 3},
                     {"report_id": r, "kind": "measure", "ordinal": 1, "text": "加强预算管理", "page": 3}],
    }


def write_report(store: Store, n: int, *, children: dict[str, list[Row]] | None = None, **over: Any) -> str:
    row = report_row(n, **over)
    store.write_rows(row["report_id"] or rid(n), row["source_path"] or f"/corpus/p{n}.pdf",
                     {"reports": [row], **(children or {})})
    return row["report_id"]


def plant_report(**over: Any) -> Plant:
    return lambda store, n: {write_report(store, n, **over)}


def plant_child(table: str, **over: Any) -> Plant:
    """A valid report whose only `table` row carries the violation."""
    def plant(store: Store, n: int) -> set[str | None]:
        row = {**child_rows(rid(n))[table][0], **over}
        write_report(store, n, children={table: [row]})
        return {row["report_id"]}
    return plant


def plant_orphan(table: str) -> Plant:
    """A child row whose report is not in `reports`."""
    def plant(store: Store, n: int) -> set[str | None]:
        store.write_rows(rid(n), f"/corpus/orphan{n}.pdf", {table: [child_rows(rid(n))[table][0]]})
        return {rid(n)}
    return plant


def plant_twice(table: str) -> Plant:
    def plant(store: Store, n: int) -> set[str | None]:
        row = child_rows(rid(n))[table][0]
        write_report(store, n, children={table: [row, dict(row)]})
        return {rid(n)}
    return plant


def plant_duplicate_report_id(store: Store, n: int) -> set[str | None]:
    first = write_report(store, n)
    store.con.execute("INSERT INTO reports (report_id, source_path, status, error) VALUES (?, ?, 'failed', 'x')",
                      [first, f"/corpus/copy{n}.pdf"])
    return {first}


def plant_two_ok_reports(store: Store, n: int) -> set[str | None]:
    return {write_report(store, n, department="同名部门"), write_report(store, n + 1000, department="同名部门")}


FAILED = {"status": "failed", "error": "unreadable", "department": None, "fiscal_year": None, "report_kind": None,
          "self_score": None, "grade": None}
CHILD_NOT_NULL = {"budget_items": ("item", "value"), "projects": ("name",), "indicators": ("name",),
                  "metrics": ("value",), "flags": ("rule", "severity"), "findings": ("kind",)}

PLANTS: dict[str, Plant] = {
    "reports.report_id_not_null": plant_report(report_id=None, **FAILED),
    "reports.report_id_unique": plant_duplicate_report_id,
    "reports.report_id_is_sha256_hex": plant_report(report_id="not-a-sha256-hash"),
    "reports.source_path_not_null": plant_report(source_path=None),
    "reports.source_format_in_set": plant_report(source_format="ppt"),
    "reports.status_not_null": plant_report(status=None, error="lost"),
    "reports.status_in_set": plant_report(status="done", error="unknown status"),
    "reports.error_stated_unless_ok": plant_report(**{**FAILED, "error": None}),
    "reports.department_stated_when_ok": plant_report(department=None),
    "reports.fiscal_year_stated_when_ok": plant_report(fiscal_year=None),
    "reports.report_kind_in_set": plant_report(report_kind="overall"),
    "reports.grade_in_set": plant_report(grade="A"),
    "reports.fiscal_year_in_range": plant_report(fiscal_year=1999),
    "reports.self_score_in_range": plant_report(self_score=Decimal("101")),
    "reports.one_ok_report_per_department_year_kind_project": plant_two_ok_reports,
    "budget_items.item_in_codes": plant_child("budget_items", item="budget_total"),
    "budget_items.basis_in_set": plant_child("budget_items", basis="final"),
    "budget_items.money_not_negative": plant_child("budget_items", value=Decimal("-5")),
    "budget_items.execution_rate_in_range": plant_child("budget_items", item="execution_rate", value=Decimal(1500)),
    "budget_items.one_value_per_item_and_basis": plant_twice("budget_items"),
    "projects.budget_not_negative": plant_child("projects", budget=Decimal(-1)),
    "projects.executed_not_negative": plant_child("projects", executed=Decimal(-1)),
    "projects.execution_rate_in_range": plant_child("projects", execution_rate=Decimal(2000)),
    "indicators.level1_in_set": plant_child("indicators", level1="奇怪指标"),
    "indicators.weight_in_range": plant_child("indicators", weight=Decimal(150)),
    "indicators.score_in_range": plant_child("indicators", score=Decimal(-1)),
    "metrics.qualifier_in_set": plant_child("metrics", qualifier="大约"),
    "flags.rule_is_dotted_id": plant_child("flags", rule="Bad Rule"),
    "flags.severity_in_set": plant_child("flags", severity="fatal"),
    "findings.kind_in_set": plant_child("findings", kind="issue"),
    "findings.ordinal_positive": plant_child("findings", ordinal=0),
    "findings.one_row_per_ordinal": plant_twice("findings"),
}
for _table, _columns in CHILD_NOT_NULL.items():
    PLANTS[f"{_table}.report_id_not_null"] = plant_child(_table, report_id=None)
    PLANTS[f"{_table}.report_id_in_reports"] = plant_orphan(_table)
    for _column in _columns:
        PLANTS[f"{_table}.{_column}_not_null"] = plant_child(_table, **{_column: None})


def suite_expectation_names(suites_dir: Path = SUITES_DIR) -> list[str]:
    """`suite.name` of every expectation in the committed files (plain JSON, no GX)."""
    names = []
    for spec in CONTRACT_TABLES:
        data = json.loads((suites_dir / f"{spec.name}.json").read_text(encoding="utf-8"))
        names += [f"{spec.name}.{e['meta']['name']}" for e in data["expectations"]]
    return names


ALL_EXPECTATIONS = suite_expectation_names()


def prepare(path: Path) -> Store:
    """A store whose NOT NULL constraints are gone (the planted nulls need that), with clean reports."""
    store = Store(path)
    for spec in CONTRACT_TABLES:
        for column in spec.columns:
            if not column.nullable:
                store.con.execute(f"ALTER TABLE {spec.name} ALTER COLUMN {column.name} DROP NOT NULL")
    for n in range(3):  # clean reports with rows in every table
        write_report(store, n, children=child_rows(rid(n)))
    return store


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("planted")
    with prepare(tmp / "planted.duckdb") as store:
        expected = {name: PLANTS[name](store, n) for n, name in enumerate(sorted(PLANTS), start=100)}
        run = validate_connection(store.con, ValidationSettings(sample_rows=20))
        stored = store.con.execute(
            "SELECT suite || '.' || expectation, success, unexpected_count, run_id FROM validations").fetchall()
    return {"run": run, "expected": expected, "stored": stored}


def test_every_expectation_has_a_planted_violation() -> None:
    assert sorted(PLANTS) == sorted(ALL_EXPECTATIONS)


@pytest.mark.parametrize("name", ALL_EXPECTATIONS)
def test_each_expectation_fails_on_exactly_its_plant(planted: dict[str, Any], name: str) -> None:
    run: ValidationRun = planted["run"]
    outcome = {f"{o.spec.suite}.{o.spec.name}": o for o in run.outcomes}[name]
    assert outcome.exception is None
    assert not outcome.success, f"{name} did not catch its planted violation"
    assert outcome.unexpected_count == len(outcome.samples)  # every unexpected row is in the samples
    assert {s.report_id for s in outcome.samples} == planted["expected"][name]


@pytest.mark.parametrize("with_rows", [False, True], ids=["empty, via the CLI", "clean rows"])
def test_a_clean_dataset_passes_every_expectation(tmp_path: Path, with_rows: bool) -> None:
    db = tmp_path / "clean.duckdb"
    if with_rows:
        prepare(db).close()
        assert validate_command(str(db), print_summary=False) == 0
    else:
        Store(db).close()
        result = CliRunner().invoke(app, ["validate", "--db", str(db), "--docs", str(tmp_path / "docs"), "--lang", "en"])
        assert result.exit_code == 0, result.output
        assert "expectations passed" in result.output and (tmp_path / "docs" / "index.html").is_file()
        chinese = CliRunner().invoke(app, ["validate", "--db", str(db)])
        assert "项数据检查通过" in chinese.output
    with Store(db, read_only=True) as store:
        failed = store.con.execute("SELECT expectation FROM validations WHERE NOT success").fetchall()
    assert failed == []


def test_run_is_stored_whole(planted: dict[str, Any]) -> None:
    stored = planted["stored"]
    assert sorted(r[0] for r in stored) == sorted(ALL_EXPECTATIONS)
    assert {r[3] for r in stored} == {planted["run"].run_id}
    assert all(r[1] is False and r[2] >= 1 for r in stored)


def test_summary_names_expectations_and_files(planted: dict[str, Any]) -> None:
    out = io.StringIO()
    use_lang("en")
    try:
        print_run(planted["run"], Console(file=out, width=200))
    finally:
        use_lang(None)
    text = out.getvalue()
    assert "grade_in_set" in text and "severity error failed" in text
    assert "p1" in text and rid(1)[:8] not in text  # unexpected rows name their files; clean ones do not show


def test_an_error_failure_gives_a_non_zero_exit_code(tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    with Store(db) as store:
        write_report(store, 1, grade="A")
    assert validate_command(str(db), print_summary=False) == 1


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    assert validate_command(str(tmp_path / "none.duckdb"), print_summary=False) == 2
    assert CliRunner().invoke(app, ["validate", "--db", str(tmp_path / "none.duckdb")]).exit_code == 2
