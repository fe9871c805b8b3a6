"""The suites as SQL: the same outcome as Great Expectations, scoped to an ingest's reports, no GX import."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pytest

from pipeline.storage.store import Store
from pipeline.validation.expectations import (
    ValidationSettings,
    read_frames,
    run_suites,
    validate_after_ingest,
)
from pipeline.validation.sql_suites import row_condition_sql, run_sql_suites, translate
from pipeline.validation.suites import SUITES_DIR, ExpectationSpec, load_suites, read_suites
from tests.pipeline.validation.test_expectations import FAILED, PLANTS, child_rows, prepare, rid, write_report

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One planted violation per expectation (test_expectations' plants), read both ways."""
    tmp = tmp_path_factory.mktemp("sql")
    store = prepare(tmp / "planted.duckdb")
    expected = {name: PLANTS[name](store, n) for n, name in enumerate(sorted(PLANTS), start=100)}
    suites = load_suites()
    gx, _ = run_suites(suites, read_frames(store.con), run_id="gx", run_at=datetime(2024, 1, 1), sample_rows=50)
    sql = run_sql_suites(store.con, suites, None, sample_rows=50)
    yield {"store": store, "expected": expected, "gx": gx, "sql": sql}
    store.close()


def plain(value: str) -> str:
    try:
        return str(Decimal(value).normalize())
    except InvalidOperation:
        return value


def by_name(outcomes: list[Any]) -> dict[str, Any]:
    return {f"{o.spec.suite}.{o.spec.name}": o for o in outcomes}


def test_every_expectation_gives_what_gx_gives(planted: dict[str, Any]) -> None:
    gx, sql = by_name(planted["gx"]), by_name(planted["sql"])
    assert sorted(gx) == sorted(sql) == sorted(PLANTS)
    for name in gx:
        g, s = gx[name], sql[name]
        assert (s.success, s.unexpected_count, s.element_count) == (g.success, g.unexpected_count, g.element_count), name
        assert {r.report_id for r in s.samples} == {r.report_id for r in g.samples}, name
        # Values as shown: SQL prints a DECIMAL exactly (101.00), GX its pandas float (101.0).
        assert {plain(r.value) for r in s.samples} == {plain(r.value) for r in g.samples}, name


def test_scoped_to_a_plant_only_its_expectation_fails(planted: dict[str, Any]) -> None:
    store, suites = planted["store"], read_suites()
    checked = 0
    for name, report_ids in planted["expected"].items():
        if None in report_ids:
            continue  # an ingest never writes a row without its report id
        failed = {f"{o.spec.suite}.{o.spec.name}" for o in run_sql_suites(store.con, suites, sorted(report_ids))
                  if not o.success}
        assert failed == {name}, name
        checked += 1
    assert checked >= 40
    clean = run_sql_suites(store.con, suites, [rid(0), rid(1), rid(2)])
    assert all(o.success for o in clean)
    assert by_name(clean)["reports.report_id_not_null"].element_count == 3


def test_a_new_row_repeating_an_old_one_is_caught(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        write_report(store, 1, department="同一部门", children=child_rows(rid(1)))
        write_report(store, 2, department="同一部门", children=child_rows(rid(2)))
        failed = [o.spec.name for o in run_sql_suites(store.con, read_suites(), [rid(2)]) if not o.success]
    assert failed == ["one_ok_report_per_department_year_kind_project"]


def test_after_an_ingest_the_run_is_stored_with_its_scope(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        write_report(store, 1, children=child_rows(rid(1)))
        run = validate_after_ingest(store.con, [rid(1)])
        stored = store.con.execute("SELECT DISTINCT scope FROM validations").fetchall()
    assert run.scope == "ingest" and run.n_reports == 1 and stored == [("ingest",)]
    assert all(o.success for o in run.outcomes)


def test_a_run_that_wrote_nothing_judges_no_rows(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        write_report(store, 1, children=child_rows(rid(1)))
        run = validate_after_ingest(store.con, [])
    assert run.n_reports == 0 and all(o.success and o.element_count == 0 for o in run.outcomes)


def test_an_unreadable_report_is_judged_by_its_record_as_gx_judges_it(tmp_path: Path) -> None:
    with Store(tmp_path / "d.duckdb") as store:
        # A file nobody could read: values outside the contract's sets and ranges are no defect of the dataset.
        unread = write_report(store, 1, **{**FAILED, "error": "LibreOffice missing", "source_format": "ppt",
                                           "self_score": Decimal("150")})
        run = validate_after_ingest(store.con, [unread])
        gx, _ = run_suites(load_suites(), read_frames(store.con), run_id="gx", run_at=datetime(2024, 1, 1))
    assert all(o.success for o in run.outcomes) and all(o.success for o in gx)
    assert [(u.status, u.error) for u in run.unreadable] == [("failed", "LibreOffice missing")]


def test_combined_row_conditions_give_what_gx_gives(planted: dict[str, Any], tmp_path: Path) -> None:
    suites = tmp_path / "expectations"
    shutil.copytree(SUITES_DIR, suites)
    data = json.loads((suites / "reports.json").read_text(encoding="utf-8"))
    ok = {"type": "comparison", "column": {"name": "status"}, "operator": "==", "parameter": "ok"}
    kinds = {"type": "comparison", "column": {"name": "report_kind"}, "operator": "IN",
             "parameter": ["department_overall", "project"]}
    for name, condition in (("and", {"type": "and", "conditions": [ok, kinds]}),
                            ("or", {"type": "or", "conditions": [ok, kinds]})):
        data["expectations"].append({
            "type": "expect_column_values_to_not_be_null", "kwargs": {"column": "department", "row_condition": condition},
            "meta": {"name": f"department_{name}", "column": "department", "severity": "warning"}})
    (suites / "reports.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    loaded = [s for s in load_suites(suites) if s.name == "reports"]
    store = planted["store"]
    gx, _ = run_suites(loaded, read_frames(store.con), run_id="gx", run_at=datetime(2024, 1, 1), sample_rows=50)
    sql = run_sql_suites(store.con, loaded, None, sample_rows=50)
    for name in ("reports.department_and", "reports.department_or"):
        g, s = by_name(gx)[name], by_name(sql)[name]
        assert (s.success, s.unexpected_count, s.element_count) == (g.success, g.unexpected_count, g.element_count)
        assert s.element_count > 0


def test_an_expectation_without_a_sql_form_sends_the_run_through_gx(tmp_path: Path) -> None:
    suites = tmp_path / "expectations"
    shutil.copytree(SUITES_DIR, suites)
    data = json.loads((suites / "metrics.json").read_text(encoding="utf-8"))
    data["expectations"].append({
        "type": "expect_column_value_lengths_to_be_between", "kwargs": {"column": "unit", "max_value": 20},
        "meta": {"name": "unit_short", "column": "unit", "severity": "warning"}})
    (suites / "metrics.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Store(tmp_path / "d.duckdb") as store:
        write_report(store, 1, children=child_rows(rid(1)))
        run = validate_after_ingest(store.con, [rid(1)], ValidationSettings(suites_dir=suites))
    assert run.scope == "dataset" and "unit_short" in {o.spec.name for o in run.outcomes}


@pytest.mark.parametrize("condition, sql", [
    (None, "TRUE"),
    ({"type": "comparison", "column": {"name": "status"}, "operator": "==", "parameter": "ok"},
     "\"status\" IS NOT DISTINCT FROM 'ok'"),
    ({"type": "comparison", "column": {"name": "status"}, "operator": "!=", "parameter": "ok"},
     "NOT (\"status\" IS NOT DISTINCT FROM 'ok')"),
    ({"type": "comparison", "column": {"name": "item"}, "operator": "NOT_IN", "parameter": ["a", "b'c"]},
     "NOT coalesce(\"item\" IN ('a', 'b''c'), FALSE)"),
])
def test_row_conditions_keep_pandas_null_semantics(condition: Any, sql: str) -> None:
    assert row_condition_sql(condition) == sql


@pytest.mark.parametrize("config", [
    {"type": "expect_column_values_to_be_between", "kwargs": {"column": "x", "min_value": 0, "strict_min": True}},
    {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "x", "mostly": 0.9}},
    {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "x; DROP TABLE reports", "value_set": [1]}},
    {"type": "expect_column_values_to_not_be_null",
     "kwargs": {"column": "x", "row_condition": {"type": "comparison", "column": {"name": "y"}, "operator": ">",
                                                  "parameter": 1}}},
])
def test_what_sql_cannot_say_is_refused(config: dict[str, Any]) -> None:
    spec = ExpectationSpec("reports", "n", config["type"], "x", "error")
    with pytest.raises(ValueError):
        translate(spec, config)


def test_an_ingest_validates_without_importing_great_expectations(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    report.write_text("# 某区应急管理局2022年度部门整体支出绩效自评报告\n\n年初预算为100万元，执行率98%。\n",
                      encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from pipeline.cli.ingest import ingest_command
        code = ingest_command([Path({str(report)!r})], {str(tmp_path / 'x.duckdb')!r}, progress=False)
        assert "great_expectations" not in sys.modules
        assert "spacy" not in sys.modules
        print("exit", code)
    """)
    out = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=300,
                         env={**os.environ, "COLUMNS": "250"})
    assert out.returncode == 0, out.stderr
    assert "exit 0" in out.stdout
    with Store(tmp_path / "x.duckdb", read_only=True) as store:
        assert store.con.execute("SELECT DISTINCT scope FROM validations").fetchall() == [("ingest",)]
