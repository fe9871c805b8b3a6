"""Bulk ingestion: many files, every core, resumable, optionally on a Dask cluster.

The parent plans (hashes every file and skips what the database already holds
at this pipeline version), hands files to isolated workers (`bulk_pool`) or to
Dask (`bulk_dask`), and is the one writer: finished files are committed a few
whole reports per DuckDB transaction (`bulk_store`, at most 16 reports or 1 s
of waiting). A kill at any moment therefore leaves only whole reports behind,
and the next run's plan skips exactly those and redoes the rest.

Hashing happens in the parent because the skip decision needs it before any
work is sent out; it costs about 1 ms per MB read (sha256 runs at ~1 GB/s),
well under 1 % of the per-file work it saves (see docs/bulk.md).
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.bulk.pool import PoolSettings, WorkerPool, WorkerStats
from pipeline.bulk.worker import FileResult, FileTask
from pipeline.bulk.writer import DEFAULT_BATCH_REPORTS, DEFAULT_BATCH_SECONDS, BatchWriter
from pipeline.reading.read import SUFFIX_FORMATS
from pipeline.run import BatchSummary
from pipeline.storage.store import Store
from pipeline.version import PIPELINE_VERSION

_CHUNK = 1 << 20
# Status kept in the summary for files the plan did not send out.
SKIPPED = "skipped"


@dataclass(frozen=True)
class BulkSettings:
    """What to run where: the pool limits, the resume policy, and the optional Dask cluster."""

    pool: PoolSettings = field(default_factory=PoolSettings)
    force: bool = False  # re-ingest files already stored at this pipeline version
    retry_failed: bool = False  # re-ingest stored files whose status is `failed`
    dask: str | None = None  # scheduler address, or "local" for a LocalCluster
    dask_processes: bool = True  # LocalCluster worker processes (False: threads, for tests)
    parquet_out: Path | None = None
    commit_reports: int = DEFAULT_BATCH_REPORTS  # reports per DuckDB transaction, at most
    commit_seconds: float = DEFAULT_BATCH_SECONDS  # a finished report waits at most this long


@dataclass(frozen=True)
class Plan:
    tasks: list[FileTask]
    skipped: list[str]  # already ingested, or the same bytes as an earlier file of this batch
    hash_seconds: float
    hashed_mb: float


@dataclass
class BulkReport:
    summary: BatchSummary
    plan: Plan
    seconds: float = 0.0  # the whole call: plan, run, Parquet export
    run_seconds: float = 0.0  # from the first task sent (workers or cluster starting) to the last commit
    export_seconds: float = 0.0
    worker_stats: list[WorkerStats] = field(default_factory=list)
    parquet_files: list[Path] = field(default_factory=list)


def file_digest(path: Path) -> tuple[str, int] | None:
    """(sha256 hex, size) of a file read in chunks, so a big file never sits whole in the parent."""
    digest = hashlib.sha256()
    size = 0
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError:
        return None
    return digest.hexdigest(), size


def suffix_format(path: Path) -> str:
    suffix = path.suffix.lower()
    return SUFFIX_FORMATS.get(suffix, suffix.lstrip(".") or "unknown")


def plan_files(files: Iterable[Path], known: dict[str, tuple[str, str]], *, force: bool = False,
               retry_failed: bool = False) -> Plan:
    """Tasks for the files not yet stored at this pipeline version (all of them with `force`)."""
    started = time.perf_counter()
    tasks: list[FileTask] = []
    skipped: list[str] = []
    seen: set[str] = set()
    hashed = 0
    for path in files:
        digest = file_digest(path)
        if digest is None:
            # Unreadable: still one task, so the file gets its `failed` row like in a serial run.
            report_id = hashlib.sha256(str(path).encode()).hexdigest()
        else:
            report_id, size = digest
            hashed += size
        stored = known.get(report_id)
        already = stored is not None and stored[1] == PIPELINE_VERSION and not (
            retry_failed and stored[0] == "failed")
        if report_id in seen or (already and not force):
            skipped.append(str(path))
            continue
        seen.add(report_id)
        tasks.append(FileTask(len(tasks), str(path), report_id, suffix_format(path)))
    return Plan(tasks, skipped, time.perf_counter() - started, hashed / 1e6)


def add_result(summary: BatchSummary, result: FileResult) -> None:
    """BatchSummary.add for a worker's result (the outcome itself stays in the worker)."""
    summary.by_status[result.status] = summary.by_status.get(result.status, 0) + 1
    summary.pages += result.n_pages
    summary.add_engines(result.pages_by_engine)
    if result.status == "failed":
        summary.failures.append((result.path, result.error or ""))
    for severity, n in result.flag_severities.items():
        summary.by_severity[severity] = summary.by_severity.get(severity, 0) + n


ResultHook = Callable[[FileResult], None]


def start_pool(settings: BulkSettings, n_files: int) -> WorkerPool | None:
    """The local pool with its workers starting, so their warm-up overlaps the plan (None on Dask)."""
    if settings.dask:
        return None
    pool = WorkerPool(settings.pool)
    pool.start(n_files)
    return pool


def ingest_bulk(files: Iterable[Path], store: Store, settings: BulkSettings | None = None, *,
                on_plan: Callable[[Plan], None] | None = None, on_result: ResultHook | None = None,
                pool: WorkerPool | None = None) -> BulkReport:
    """Plan, run every task (local pool or Dask), commit each file's rows as it arrives.

    The local workers start before the files are hashed (`start_pool`; a caller may
    start them earlier still and pass the pool, which is closed here).
    """
    settings = settings or BulkSettings()
    started = time.perf_counter()
    files = list(files)
    if pool is None:
        pool = start_pool(settings, len(files))
    try:
        return _ingest(files, store, settings, started, pool, on_plan, on_result)
    finally:
        if pool is not None:
            pool.close()


def _ingest(files: list[Path], store: Store, settings: BulkSettings, started: float, pool: WorkerPool | None,
            on_plan: Callable[[Plan], None] | None, on_result: ResultHook | None) -> BulkReport:
    plan = plan_files(files, store.known_reports(), force=settings.force, retry_failed=settings.retry_failed)
    if on_plan:
        on_plan(plan)
    report = BulkReport(BatchSummary(), plan)
    if plan.skipped:
        report.summary.by_status[SKIPPED] = len(plan.skipped)

    writer = BatchWriter(store, settings.commit_reports, settings.commit_seconds)

    def write(result: FileResult) -> None:
        writer.add(result)
        add_result(report.summary, result)
        if on_result:
            on_result(result)

    run_started = time.perf_counter()
    try:
        if pool is None:
            from pipeline.bulk.dask_runner import run_on_dask

            report.worker_stats = run_on_dask(plan.tasks, settings, write, on_tick=writer.tick)
        else:
            try:
                pool.run(plan.tasks, write, on_tick=writer.tick)
            finally:
                report.worker_stats = [w for w in pool.worker_stats if w.end != "not needed"]
                pool.close()
    finally:
        # Finished results are whole: commit them even when interrupted (Ctrl-C), so nothing is redone.
        writer.flush()
        report.run_seconds = time.perf_counter() - run_started
    if settings.parquet_out is not None:
        from pipeline.bulk.parquet import export_partitioned

        export_started = time.perf_counter()
        report.parquet_files = export_partitioned(store.con, settings.parquet_out)
        report.export_seconds = time.perf_counter() - export_started
    report.seconds = time.perf_counter() - started
    return report
