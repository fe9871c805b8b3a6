"""Bulk ingestion: limits per file, kill-and-resume, the Dask path, and the plan."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline import PIPELINE_VERSION
from pipeline.bulk.engine import BulkSettings, ingest_bulk, plan_files
from pipeline.bulk.parquet import read_partitioned_sql
from pipeline.bulk.pool import PoolSettings
from pipeline.bulk.worker import encode_frame, split_frames
from pipeline.reading.read import file_sha256
from pipeline.storage.store import Store, StoredReport
from schemas.errors import ConfigError
from schemas.tables import CONTRACT_TABLES
from tests.pipeline.bulk.helpers import all_tables, table_rows, write_reports


def test_hung_and_memory_hungry_files_fail_with_reasons_and_the_batch_goes_on(tmp_path: Path, hooks: str) -> None:
    files = write_reports(tmp_path / "in", 4, {"x-hang.md": "绩效 hang", "x-hog.md": "绩效 hog"})
    settings = BulkSettings(pool=PoolSettings(workers=2, timeout_s=3, max_memory_mb=500, process_fn=hooks))
    with Store(tmp_path / "db.duckdb") as store:
        report = ingest_bulk(files, store, settings)
        statuses = dict(store.con.execute("SELECT source_path, status || ': ' || coalesce(error, '') || ' · ' || "
                                          "coalesce(error_kind, '') FROM reports").fetchall())
    assert len(statuses) == len(files)
    # A time limit may be a busy machine: tried once more in the run, then stored as transient.
    assert statuses[str(files[-2])] == ("failed: took longer than 3 s (time limit per file, --timeout); tried twice "
                                        "in this run: the next plain `jixiao ingest` tries it again · transient")
    # A memory ceiling is the file's own need: permanent at once.
    assert statuses[str(files[-1])] == ("failed: needed more than 500 MB (memory ceiling per file, --max-memory-mb)"
                                        " · permanent")
    assert all(not statuses[str(p)].startswith("failed") for p in files[:4])
    ends = sorted(w.end for w in report.worker_stats)
    assert ends.count("time limit") == 2 and "memory ceiling" in ends
    assert report.retried == [str(files[-2])]
    assert report.summary.by_status["failed"] == 2


def test_the_dask_path_gives_the_same_tables_and_a_parquet_dataset(tmp_path: Path, hooks: str) -> None:
    files = write_reports(tmp_path / "in", 5, {"not-a-report.md": "会议通知", "empty.md": ""})
    pool = PoolSettings(workers=1, process_fn=hooks)
    with Store(tmp_path / "local.duckdb") as store:
        ingest_bulk(files, store, BulkSettings(pool=pool))
    out = tmp_path / "parquet"
    with Store(tmp_path / "dask.duckdb") as store:
        report = ingest_bulk(files, store, BulkSettings(pool=pool, dask="local", dask_processes=False,
                                                        parquet_out=out))
    assert report.summary.files == len(files)
    assert report.worker_stats and all(w.peak_rss_mb > 0 for w in report.worker_stats if w.tasks)
    local, dask = all_tables(tmp_path / "local.duckdb"), all_tables(tmp_path / "dask.duckdb")
    assert dask == local
    years = {p.name for p in (out / "reports").iterdir()}
    assert {"fiscal_year=2020", "fiscal_year=2021", "fiscal_year=__HIVE_DEFAULT_PARTITION__"} <= years
    with duckdb.connect() as con:
        for spec in CONTRACT_TABLES:
            source = f"(SELECT * FROM {read_partitioned_sql(out, spec.name)})"
            assert table_rows(con, spec.name, source) == local[spec.name], spec.name


def test_the_parquet_dataset_reads_in_pandas_with_the_documented_call(tmp_path: Path) -> None:
    import pandas as pd
    import pyarrow.dataset as ds

    from pipeline.bulk.parquet import export_partitioned

    with Store(tmp_path / "db.duckdb") as store:
        for i, year in enumerate((2021, 2022, None)):
            store.con.execute("INSERT INTO reports (report_id, source_path, status, fiscal_year, self_score) "
                              "VALUES (?, ?, 'ok', ?, ?)", [f"r{i}", f"p{i}", year, Decimal("90.5")])
        export_partitioned(store.con, tmp_path / "out")
        export_partitioned(store.con, tmp_path / "out")  # a second export replaces the first
    frame = pd.read_parquet(tmp_path / "out" / "reports",
                            partitioning=ds.HivePartitioning.discover(infer_dictionary=False))
    assert sorted(frame["report_id"]) == ["r0", "r1", "r2"]
    assert sorted(frame["fiscal_year"].dropna().astype(int)) == [2021, 2022]
    assert (tmp_path / "out" / "flags" / "fiscal_year=__HIVE_DEFAULT_PARTITION__" / "part-0.parquet").exists()


@pytest.mark.parametrize(("stored", "force", "retry_failed", "sent"), [
    ({}, False, False, ["a", "b", "c"]),
    ({"a": ("ok", PIPELINE_VERSION)}, False, False, ["b", "c"]),
    ({"a": ("ok", PIPELINE_VERSION)}, True, False, ["a", "b", "c"]),
    ({"a": ("ok", "0.0.0-older")}, False, False, ["a", "b", "c"]),
    ({"a": ("failed", PIPELINE_VERSION, "permanent")}, False, False, ["b", "c"]),
    ({"a": ("failed", PIPELINE_VERSION, "permanent")}, False, True, ["a", "b", "c"]),
    ({"a": ("failed", PIPELINE_VERSION, "transient")}, False, False, ["a", "b", "c"]),
])
def test_plan_skips_what_is_stored_at_this_version(tmp_path: Path, stored: dict, force: bool,
                                                   retry_failed: bool, sent: list[str]) -> None:
    paths = {}
    for name in ("a", "b", "c"):
        paths[name] = tmp_path / f"{name}.md"
        paths[name].write_text(f"绩效 {name}", encoding="utf-8")
    (tmp_path / "b-copy.md").write_text("绩效 b", encoding="utf-8")  # same bytes as b: sent once
    known = {file_sha256(paths[k].read_bytes()): StoredReport(*v) for k, v in stored.items()}
    plan = plan_files([*paths.values(), tmp_path / "b-copy.md"], known, force=force, retry_failed=retry_failed)
    assert [Path(t.path).stem for t in plan.tasks] == sent
    assert str(tmp_path / "b-copy.md") in plan.skipped


def test_a_missing_file_is_still_planned_so_it_gets_its_failed_row(tmp_path: Path) -> None:
    plan = plan_files([tmp_path / "gone.pdf"], {})
    assert [(Path(t.path).name, t.source_format) for t in plan.tasks] == [("gone.pdf", "pdf")]


def test_frames_split_only_when_complete() -> None:
    data = encode_frame(("ready", 1)) + encode_frame(("result", 2, {"x": Decimal("1.50")}))
    buffer = bytearray(data[:-3])
    assert split_frames(buffer) == [("ready", 1)]
    buffer += data[-3:]
    assert split_frames(buffer) == [("result", 2, {"x": Decimal("1.50")})]
    assert buffer == bytearray()


@pytest.mark.parametrize("bad", [{"workers": 0}, {"timeout_s": -1}, {"max_memory_mb": -5}])
def test_pool_settings_name_the_bad_field(bad: dict) -> None:
    with pytest.raises(ConfigError, match=next(iter(bad))):
        PoolSettings(**bad)


@pytest.mark.parametrize("arrow_from", [1, 10**9], ids=["arrow", "values"])
def test_the_batch_writer_stores_what_store_write_rows_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             arrow_from: int) -> None:
    from datetime import datetime

    monkeypatch.setattr("pipeline.storage.arrow.ARROW_MIN_ROWS", arrow_from)
    monkeypatch.setattr("pipeline.storage.write.ARROW_MIN_REPORTS", arrow_from)
    monkeypatch.setattr("pipeline.storage.arrow._arrow_loaded", lambda: False)

    from pipeline.bulk.worker import FileResult, outcome_to_result
    from pipeline.bulk.writer import write_results
    from pipeline.run import process_file

    files = write_reports(tmp_path / "in", 3)
    results = [outcome_to_result(process_file(p)) for p in files]
    at = datetime(2024, 1, 2, 3, 4, 5)
    for r in results:
        r.rows["reports"][0]["ingested_at"] = at
    # Values with more decimals than their column: both paths must round them the same way.
    odd = {"report_id": results[0].report_id, "name": "测试项目", "fund_source": None,
           "budget": Decimal("2.345"), "executed": Decimal("-0.005"), "execution_rate": Decimal("99.123456"),
           "page": 1, "char_start": 0, "char_end": 4}
    results[0].rows["projects"].append(odd)
    # The same path ingested again with other bytes replaces its old report.
    moved = FileResult(results[1].path, "f" * 64, "ok", None, 1,
                       {"reports": [{**results[1].rows["reports"][0], "report_id": "f" * 64}]})
    with Store(tmp_path / "rows.duckdb") as one_by_one, Store(tmp_path / "batch.duckdb") as batched:
        for r in [*results, moved]:
            one_by_one.write_rows(r.report_id, r.path, r.rows)
        write_results(batched, results)
        write_results(batched, [moved])
    a, b = all_tables(tmp_path / "rows.duckdb"), all_tables(tmp_path / "batch.duckdb")
    del a["files"], b["files"]  # write_rows records its path in the ledger; write_results was given no entries
    assert a == b
    assert len(a["reports"]) == 3 and ("f" * 64) in {row[0] for row in a["reports"]}
    with duckdb.connect(str(tmp_path / "batch.duckdb"), read_only=True) as con:
        assert con.execute("SELECT budget, executed, execution_rate FROM projects WHERE name = '测试项目'").fetchone() \
            == (Decimal("2.35"), Decimal("-0.01"), Decimal("99.1235"))


def test_dask_workers_of_another_pipeline_version_are_refused() -> None:
    from pipeline.bulk.dask_runner import check_worker_versions

    check_worker_versions({"tcp://a:1": PIPELINE_VERSION})
    with pytest.raises(ConfigError, match="tcp://b:1 has 0.0.1"):
        check_worker_versions({"tcp://a:1": PIPELINE_VERSION, "tcp://b:1": "0.0.1"})


def test_workers_that_cannot_start_stop_the_batch_with_a_config_error(tmp_path: Path) -> None:
    files = write_reports(tmp_path / "in", 1)
    settings = BulkSettings(pool=PoolSettings(workers=1, process_fn="no_such_module_here:process", warm=False))
    with Store(tmp_path / "db.duckdb") as store, pytest.raises(ConfigError, match="died while starting"):
        ingest_bulk(files, store, settings)


class _LostFuture:
    """A Dask future whose worker was lost (what KilledWorker leaves)."""

    status = "error"

    def exception(self) -> Exception:
        return RuntimeError("KilledWorker")

    def release(self) -> None:
        pass


def test_a_file_whose_dask_worker_is_lost_is_retried_once_then_stored_as_transient() -> None:
    from pipeline.bulk.dask_runner import _collect
    from pipeline.bulk.worker import FileTask

    results: list = []
    task = FileTask(0, "in/a.pdf", "a" * 64, "pdf")
    retry = _collect(_LostFuture(), task, results.append)
    assert retry is not None and retry.retry and results == []
    assert _collect(_LostFuture(), retry, results.append) is None
    (result,) = results
    assert result.status == "failed" and result.rows["reports"][0]["error_kind"] == "transient"
    assert "the next plain `jixiao ingest` tries it again" in (result.error or "")
