"""Bulk ingestion: many files, every core, resumable, optionally on a Dask cluster.

The parent plans (hashes every file and skips what the database already holds
at this pipeline version), hands files to isolated workers (`bulk_pool`) or to
Dask (`bulk_dask`), and is the one writer: finished files are committed a few
whole reports per DuckDB transaction (`writer`, at most 64 reports or 5 s of
waiting, on a writer thread). A kill at any moment therefore leaves only whole reports behind,
and the next run's plan skips exactly those and redoes the rest.

Every path given is recorded in the input ledger (`files`): tasks' paths and
those with the same bytes as a task commit with its report, paths already
stored are recorded at once. A failure the pool calls transient (a worker
killed, a time limit) is stored as such, and the next plain run redoes it.

Hashing happens in the parent because the skip decision needs it before any
work is sent out; it costs about 1 ms per MB read (sha256 runs at ~1 GB/s),
well under 1 % of the per-file work it saves (see docs/bulk.md).
"""
from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from pipeline.bulk.pool import PoolSettings, WorkerPool, WorkerStats
from pipeline.bulk.worker import FileResult, FileTask, failed_result
from pipeline.bulk.writer import DEFAULT_BATCH_REPORTS, DEFAULT_BATCH_SECONDS, BatchWriter
from pipeline.reading.limits import ReadLimits
from pipeline.reading.read import SUFFIX_FORMATS, check_size
from pipeline.run import BatchSummary
from pipeline.storage.ledger import (
    ALREADY_STORED,
    INGESTED,
    SAME_BYTES,
    LedgerEntry,
    LedgerRun,
    entry_for,
    record,
    refresh_status,
)
from pipeline.storage.rows import TRANSIENT
from pipeline.storage.store import Store, StoredReport
from pipeline.version import PIPELINE_VERSION
from schemas.errors import RejectedFile

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
    limits: ReadLimits = field(default_factory=ReadLimits)  # size limit per format (--max-file-mb)


@dataclass(frozen=True)
class Plan:
    tasks: list[FileTask]
    skipped: list[str]  # already ingested, or the same bytes as an earlier file of this batch
    hash_seconds: float
    hashed_mb: float
    # Over a size limit (or found empty/unreadable while checking it): failed without going to a worker.
    refused: list[FileResult] = field(default_factory=list)
    # task path -> the ledger entries committed with its report: its own, and those of paths with its bytes
    ledger: dict[str, list[LedgerEntry]] = field(default_factory=dict)
    already_stored: list[LedgerEntry] = field(default_factory=list)  # recorded before the run

    def ledger_of(self, result: FileResult) -> list[LedgerEntry]:
        entries = self.ledger.get(result.path, [])
        # The file may have changed between hashing and reading: its path follows what was read.
        return [replace(e, report_id=result.report_id) if e.report_id != result.report_id else e for e in entries]


@dataclass
class BulkReport:
    summary: BatchSummary
    plan: Plan
    seconds: float = 0.0  # the whole call: plan, run, Parquet export
    run_seconds: float = 0.0  # from the first task sent (workers or cluster starting) to the last commit
    export_seconds: float = 0.0
    worker_stats: list[WorkerStats] = field(default_factory=list)
    parquet_files: list[Path] = field(default_factory=list)
    run_id: str = ""  # files.run_id of the paths this run saw
    retried: list[str] = field(default_factory=list)  # paths tried again after a transient failure


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


def _redo(stored: StoredReport | None, retry_failed: bool) -> bool:
    """Stored, but to be done again: a failure that `--retry-failed` asks for, or a transient one."""
    return stored is not None and stored.status == "failed" and (retry_failed or stored.error_kind == TRANSIENT)


def plan_files(files: Iterable[Path], known: dict[str, StoredReport], *, force: bool = False,
               retry_failed: bool = False, limits: ReadLimits | None = None) -> Plan:
    """Tasks for the files not yet stored at this pipeline version (all of them with `force`).

    With `limits`, a file over its format's size limit gets its `failed` result here, unread.
    """
    started = time.perf_counter()
    plan = Plan([], [], 0.0, 0.0)
    task_of: dict[str, str] = {}  # report_id -> path of its task
    given: set[str] = set()
    hashed = 0
    for file in files:
        path = str(file)
        if path in given:  # named twice (a file and its folder): one path, one entry
            continue
        given.add(path)
        digest = file_digest(file)
        if digest is None:
            # Unreadable: still one task, so the file gets its `failed` row like in a serial run.
            report_id, sha256 = hashlib.sha256(os.fsencode(path)).hexdigest(), None
        else:
            report_id, size = digest
            sha256 = report_id
            hashed += size
        stored = known.get(report_id)
        if report_id in task_of:
            plan.skipped.append(path)
            plan.ledger[task_of[report_id]].append(entry_for(path, report_id, SAME_BYTES, sha256))
            continue
        current = stored is not None and stored.pipeline_version == PIPELINE_VERSION
        if current and not force and not _redo(stored, retry_failed):
            plan.skipped.append(path)
            plan.already_stored.append(entry_for(path, report_id, ALREADY_STORED, sha256))
            continue
        task_of[report_id] = path
        plan.ledger[path] = [entry_for(path, report_id, INGESTED, sha256)]
        redo_of_transient = stored is not None and stored.error_kind == TRANSIENT and not (force or retry_failed)
        source_format = suffix_format(file)
        pages = pdf_page_count(file) if source_format == "pdf" else 0
        task = FileTask(len(plan.tasks), path, report_id, source_format, pages, redo_of_transient=redo_of_transient)
        if digest is not None and limits is not None:
            try:
                check_size(file, limits)
            except RejectedFile as exc:
                plan.refused.append(failed_result(task, exc.message))
                continue
        plan.tasks.append(task)
    return replace(plan, hash_seconds=time.perf_counter() - started, hashed_mb=hashed / 1e6)


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF (0 when it cannot be opened: the worker will say why), without reading them."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return 0
    try:
        return len(document)
    finally:
        document.close()


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
                on_notice: Callable[[str], None] | None = None, pool: WorkerPool | None = None) -> BulkReport:
    """Plan, run every task (local pool or Dask), commit each file's rows as it arrives.

    The local workers start before the files are hashed (`start_pool`; a caller may
    start them earlier still and pass the pool, which is closed here). The store lets
    go of the database between commits (readers may open it meanwhile), and once more
    at the end. `on_result` sees each result as it arrives (progress); the summary
    counts results as committed.
    """
    settings = settings or BulkSettings()
    started = time.perf_counter()
    files = list(files)
    if pool is None:
        pool = start_pool(settings, len(files))
    try:
        return _ingest(files, store, settings, started, pool, on_plan, on_result, on_notice)
    finally:
        if pool is not None:
            pool.close()


def _ingest(files: list[Path], store: Store, settings: BulkSettings, started: float, pool: WorkerPool | None,
            on_plan: Callable[[Plan], None] | None, on_result: ResultHook | None,
            on_notice: Callable[[str], None] | None) -> BulkReport:
    run = LedgerRun.start()
    plan = plan_files(files, store.known_reports(), force=settings.force, retry_failed=settings.retry_failed,
                      limits=settings.limits)
    _record_already_stored(store, plan.already_stored, run)
    store.release()
    if on_plan:
        on_plan(plan)
    report = BulkReport(BatchSummary(), plan, run_id=run.run_id)
    if plan.skipped:
        report.summary.by_status[SKIPPED] = len(plan.skipped)

    writer = BatchWriter(store, settings.commit_reports, settings.commit_seconds, run=run, ledger=plan.ledger_of,
                         on_stored=lambda result: add_result(report.summary, result), on_notice=on_notice)

    def write(result: FileResult) -> None:
        writer.add(result)
        if on_result:
            on_result(result)

    for result in plan.refused:
        write(result)
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
                report.retried = pool.retried
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
        store.release()
    report.seconds = time.perf_counter() - started
    return report


def _record_already_stored(store: Store, entries: Sequence[LedgerEntry], run: LedgerRun) -> None:
    """Ledger rows of the paths whose reports are already stored (their reports exist, so at once)."""
    if not entries:
        return
    con = store.con
    con.execute("BEGIN TRANSACTION")
    try:
        record(con, entries, run)
        refresh_status(con, sorted({e.report_id for e in entries}))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
