"""Bulk ingestion: limits per file, kill-and-resume, the Dask path, and the plan."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
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
from pipeline.storage.store import Store
from schemas.errors import ConfigError
from schemas.tables import CONTRACT_TABLES

REPO = Path(__file__).resolve().parents[3]

# The per-file function the workers run in these tests: the real one, except that a file
# named *hang* never returns, one named *hog* allocates until stopped, and every file can
# be slowed down and logged (to kill a batch in the middle).
HOOKS = '''
import os
import time
from pathlib import Path

from pipeline.run import process_file


def process(path):
    name = Path(path).name
    if "hang" in name:
        time.sleep(3600)
    if "hog" in name:
        hoard = []
        while True:
            hoard.append(b"x" * (16 << 20))
            time.sleep(0.005)
    time.sleep(float(os.environ.get("JIXIAO_TEST_DELAY", "0")))
    outcome = process_file(path)
    log = os.environ.get("JIXIAO_TEST_DONE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(name + "\\n")
    return outcome
'''
HOOK_FN = "jixiao_bulk_hooks:process"

REPORT = """# {dept}{year}年度部门整体支出绩效自评报告

## 一、部门基本情况
{dept}主要职责是做好本区{topic}工作。

## 二、部门整体支出情况
{year}年度年初预算{budget}万元，全年预算数{budget}万元，全年执行数{spent}万元，预算执行率{rate}%。

## 三、绩效目标完成情况
全年开展{topic}检查{n}次，覆盖企业{m}家。

## 四、存在的问题
（一）预算编制不够精细。
"""


def write_reports(folder: Path, n: int, extra: dict[str, str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = REPORT.format(dept=f"某区第{i + 1}局", year=2020 + i % 4, topic=("安全", "教育", "卫生")[i % 3],
                             budget=100 + i, spent=90 + i, rate=f"{(90 + i) / (100 + i) * 100:.2f}", n=i + 3, m=i * 7)
        path = folder / f"report-{i:02d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


@pytest.fixture()
def hooks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    hook_dir = tmp_path / "hooks"
    hook_dir.mkdir()
    (hook_dir / "jixiao_bulk_hooks.py").write_text(textwrap.dedent(HOOKS), encoding="utf-8")
    # Worker processes inherit the environment, so they import the hook module too.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(hook_dir), os.environ.get("PYTHONPATH")])))
    monkeypatch.syspath_prepend(str(hook_dir))
    return HOOK_FN


def table_rows(con: duckdb.DuckDBPyConnection, table: str, source: str | None = None) -> list[tuple]:
    """A table's rows without ingested_at, sorted, for comparing two runs."""
    columns = [c.name for spec in CONTRACT_TABLES if spec.name == table for c in spec.columns
               if c.name != "ingested_at"]
    rows = con.execute(f"SELECT {', '.join(columns)} FROM {source or table}").fetchall()
    return sorted(rows, key=repr)


def all_tables(db: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {spec.name: table_rows(con, spec.name) for spec in CONTRACT_TABLES}


def test_hung_and_memory_hungry_files_fail_with_reasons_and_the_batch_goes_on(tmp_path: Path, hooks: str) -> None:
    files = write_reports(tmp_path / "in", 4, {"x-hang.md": "绩效 hang", "x-hog.md": "绩效 hog"})
    settings = BulkSettings(pool=PoolSettings(workers=2, timeout_s=3, max_memory_mb=500, process_fn=hooks))
    with Store(tmp_path / "db.duckdb") as store:
        report = ingest_bulk(files, store, settings)
        statuses = dict(store.con.execute("SELECT source_path, status || ': ' || coalesce(error, '') "
                                          "FROM reports").fetchall())
    assert len(statuses) == len(files)
    assert statuses[str(files[-2])] == "failed: took longer than 3 s (time limit per file, --timeout)"
    assert statuses[str(files[-1])] == "failed: needed more than 500 MB (memory ceiling per file, --max-memory-mb)"
    assert all(not statuses[str(p)].startswith("failed") for p in files[:4])
    ends = sorted(w.end for w in report.worker_stats)
    assert "time limit" in ends and "memory ceiling" in ends
    assert report.summary.by_status["failed"] == 2


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli.app", "ingest", *args], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_batch_killed_midway_resumes_to_the_same_rows_as_an_uninterrupted_run(tmp_path: Path, hooks: str) -> None:
    inputs = tmp_path / "in"
    files = write_reports(inputs, 10)
    common = ["--workers", "2", "--no-validate", "--no-progress", "--process-fn", hooks, "--commit-reports", "2"]
    log = tmp_path / "done.log"
    env = {**os.environ, "JIXIAO_TEST_DELAY": "0.2", "JIXIAO_TEST_DONE_LOG": str(log)}
    killed_db = tmp_path / "killed.duckdb"
    proc = run_cli([str(inputs), "--db", str(killed_db), *common], env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not log.exists() or len(log.read_text().split()) < 6):
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    with duckdb.connect(str(killed_db)) as con:
        committed = con.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert 0 < committed < len(files), "the kill should land in the middle of the batch"

    resumed = run_cli([str(inputs), "--db", str(killed_db), *common], {**env, "JIXIAO_TEST_DELAY": "0"})
    _, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err.decode()
    assert f"{committed} files already ingested" in err.decode()

    whole_db = tmp_path / "whole.duckdb"
    whole = run_cli([str(inputs), "--db", str(whole_db), *common], {**env, "JIXIAO_TEST_DELAY": "0"})
    assert whole.wait(timeout=120) == 0

    resumed_tables, whole_tables = all_tables(killed_db), all_tables(whole_db)
    assert len(resumed_tables["reports"]) == len(files)
    assert len({r[0] for r in resumed_tables["reports"]}) == len(files)  # no duplicate report_id
    assert resumed_tables == whole_tables


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
    ({"a": ("failed", PIPELINE_VERSION)}, False, False, ["b", "c"]),
    ({"a": ("failed", PIPELINE_VERSION)}, False, True, ["a", "b", "c"]),
])
def test_plan_skips_what_is_stored_at_this_version(tmp_path: Path, stored: dict, force: bool,
                                                   retry_failed: bool, sent: list[str]) -> None:
    paths = {}
    for name in ("a", "b", "c"):
        paths[name] = tmp_path / f"{name}.md"
        paths[name].write_text(f"绩效 {name}", encoding="utf-8")
    (tmp_path / "b-copy.md").write_text("绩效 b", encoding="utf-8")  # same bytes as b: sent once
    known = {file_sha256(paths[k].read_bytes()): v for k, v in stored.items()}
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


@pytest.mark.parametrize("arrow_from", [1, 1000], ids=["arrow", "values"])
def test_the_batch_writer_stores_what_store_write_rows_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             arrow_from: int) -> None:
    from datetime import datetime

    monkeypatch.setattr("pipeline.bulk.writer.ARROW_MIN_REPORTS", arrow_from)

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
