"""Transient failures, kills at any moment, and readers while an ingest runs: the dataset ends as a clean run's."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from pipeline.bulk.engine import BulkSettings, ingest_bulk
from pipeline.bulk.pool import PoolSettings
from pipeline.storage.store import Store
from tests.pipeline.bulk.helpers import REPO, all_tables, run_cli, write_reports

COMMON = ["--workers", "2", "--no-validate", "--no-progress", "--commit-reports", "2"]


def _wait_for(predicate: Callable[[], bool], seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError("timed out waiting")


def _clean_run(inputs: Path, db: Path, hooks: str, env: dict[str, str]) -> dict[str, list[tuple]]:
    whole = run_cli([str(inputs), "--db", str(db), *COMMON, "--process-fn", hooks], env)
    _, err = whole.communicate(timeout=180)
    assert whole.returncode == 0, err.decode()
    return all_tables(db)


def test_kill_9_of_one_worker_is_retried_in_the_run_and_a_plain_resume_equals_a_clean_run(
        tmp_path: Path, hooks: str) -> None:
    inputs = tmp_path / "in"
    files = write_reports(inputs, 8)
    (inputs / "copy-of-03.md").write_bytes(files[3].read_bytes())
    started = tmp_path / "started.log"
    env = {**os.environ, "JIXIAO_TEST_DELAY": "0.5", "JIXIAO_TEST_START_LOG": str(started)}
    db = tmp_path / "killed.duckdb"
    proc = run_cli([str(inputs), "--db", str(db), *COMMON, "--process-fn", hooks], env)
    _wait_for(lambda: started.exists() and len(started.read_text().split("\n")) > 3)
    pid, name = started.read_text().split("\n")[2].split()
    os.kill(int(pid), signal.SIGKILL)  # one worker, in the middle of its file
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err.decode()
    assert "1 files tried a second time after a transient failure" in out.decode()
    assert started.read_text().count(f" {name}\n") == 2  # the killed file, done again by a fresh worker

    resumed = run_cli([str(inputs), "--db", str(db), *COMMON, "--process-fn", hooks], env)
    _, err = resumed.communicate(timeout=180)
    assert resumed.returncode == 0, err.decode()
    assert "9 files already ingested" in err.decode()  # the copy's bytes are stored too

    tables = all_tables(db)
    assert tables == _clean_run(inputs, tmp_path / "clean.duckdb", hooks, {**env, "JIXIAO_TEST_DELAY": "0"})
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT status FROM reports").fetchall() == [("ok",)]
        assert con.execute("SELECT count(*) FROM files").fetchone() == (9,)  # every path, the copy included


def test_a_transient_failure_is_stored_as_such_redone_by_a_plain_run_then_kept_as_permanent(
        tmp_path: Path, hooks: str, monkeypatch: pytest.MonkeyPatch) -> None:
    files = write_reports(tmp_path / "in", 2, {"x-crash.md": "2022年度某局部门整体支出绩效自评报告 crash"})
    cured = tmp_path / "cured"
    monkeypatch.setenv("JIXIAO_TEST_CRASH_CURED", str(cured))  # the workers inherit it
    # Not warmed at start: a worker that only crashes never pays for loading jieba and spaCy.
    settings = BulkSettings(pool=PoolSettings(workers=1, process_fn=hooks, warm=False))

    def crash_row(db: Path) -> tuple:
        with duckdb.connect(str(db), read_only=True) as con:
            return con.execute("SELECT status, error_kind, error FROM reports WHERE source_path LIKE '%crash%'"
                               ).fetchone() or ()

    db = tmp_path / "db.duckdb"
    with Store(db) as store:
        first = ingest_bulk(files, store, settings)
    assert first.retried == [str(files[-1])]
    status, kind, error = crash_row(db)
    assert (status, kind) == ("failed", "transient")
    assert "killed by signal 9" in error and "the next plain `jixiao ingest` tries it again" in error

    with Store(db) as store:  # a plain run redoes it, once more; it fails again: now permanent
        again = ingest_bulk(files, store, settings)
    assert len(again.plan.tasks) == 1
    status, kind, error = crash_row(db)
    assert (status, kind) == ("failed", "permanent") and "--retry-failed" in error

    with Store(db) as store:
        assert ingest_bulk(files, store, settings).plan.tasks == []  # permanent: a plain run leaves it
    cured.touch()
    with Store(db) as store:
        ingest_bulk(files, store, BulkSettings(pool=settings.pool, retry_failed=True))
    assert crash_row(db)[:2] == ("ok", None)
    with Store(tmp_path / "clean.duckdb") as store:
        ingest_bulk(files, store, settings)
    assert all_tables(db) == all_tables(tmp_path / "clean.duckdb")


def test_five_kill_9_of_the_whole_ingest_at_random_moments_then_a_resume_equal_a_clean_run(
        tmp_path: Path, hooks: str) -> None:
    inputs = tmp_path / "in"
    write_reports(inputs, 16)
    done = tmp_path / "done.log"
    env = {**os.environ, "JIXIAO_TEST_DELAY": "0.1", "JIXIAO_TEST_DONE_LOG": str(done)}
    db = tmp_path / "killed.duckdb"
    rng = random.Random(13)
    for _ in range(5):
        before = len(done.read_text().split()) if done.exists() else 0
        proc = run_cli([str(inputs), "--db", str(db), *COMMON, "--process-fn", hooks], env)
        # Kill once the workers are busy, at a random moment (before, during or after a commit).
        _wait_for(lambda p=proc, n=before: p.poll() is not None or (done.exists() and len(done.read_text().split()) > n))
        time.sleep(rng.uniform(0.0, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    resumed = run_cli([str(inputs), "--db", str(db), *COMMON, "--process-fn", hooks], env)
    _, err = resumed.communicate(timeout=180)
    assert resumed.returncode == 0, err.decode()
    tables = all_tables(db)
    assert len(tables["reports"]) == 16 and len({r[0] for r in tables["reports"]}) == 16
    assert tables == _clean_run(inputs, tmp_path / "clean.duckdb", hooks, {**env, "JIXIAO_TEST_DELAY": "0"})


def _jixiao(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pipeline.cli.app", *args], cwd=REPO, capture_output=True,
                          text=True, timeout=120)


OPEN_DATASET = """
import sys
from pipeline import open_dataset
with open_dataset(sys.argv[1]) as ds:
    print(len(ds.reports), len(ds.comparison()))
"""


def test_compare_and_open_dataset_work_while_an_ingest_of_200_files_runs(tmp_path: Path, hooks: str) -> None:
    inputs = tmp_path / "in"
    write_reports(inputs, 200)
    done = tmp_path / "done.log"
    gate = tmp_path / "gate"
    db = tmp_path / "db.duckdb"
    # Files after report-5 (in name order: report-50 …, report-99) wait for the gate, so the ingest is
    # surely running while the readers, slow to start on a busy machine, do their work.
    env = {**os.environ, "JIXIAO_TEST_DONE_LOG": str(done), "JIXIAO_TEST_GATE": str(gate),
           "JIXIAO_TEST_GATE_AFTER": "report-5"}
    proc = run_cli([str(inputs), "--db", str(db), *COMMON[:-2], "--timeout", "0", "--process-fn", hooks], env)
    try:
        _wait_for(lambda: db.exists() and done.exists() and len(done.read_text().split()) >= 20, 120)
        seen = []
        for _ in range(2):
            compared = _jixiao("compare", "--db", str(db), "--quiet", "--csv", str(tmp_path / "c.csv"))
            assert compared.returncode == 0, compared.stderr
            opened = subprocess.run([sys.executable, "-c", OPEN_DATASET, str(db)], cwd=REPO, capture_output=True,
                                    text=True, timeout=120)
            assert opened.returncode == 0, opened.stderr
            seen.append(int(opened.stdout.split()[0]))
        assert proc.poll() is None, "the ingest should still be running"
        assert 0 < seen[0] <= seen[-1] < 200  # readers see the reports committed so far
        assert len((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()) > 1
    finally:
        gate.touch()
        out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM reports WHERE status = 'ok'").fetchone() == (200,)
