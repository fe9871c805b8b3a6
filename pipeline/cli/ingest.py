"""What `ingest` prints, and the order it does things in (argument parsing stays in app.py).

Only light modules are imported at the top: `ingest` starts its workers first, then imports
the engine, the readers and DuckDB, opens the database and hashes the files, so the workers'
warm-up (Python, jieba: about a second) overlaps all of that. The validation that closes an
ingest runs on the ingest's own connection over the rows of the reports it wrote (in SQL,
`pipeline.validation.expectations.validate_after_ingest`), so a small ingest never pays GX's
seconds of import and set-up.

Terminal output is for people: in their language (`schemas.messages`). `--json` output is for
scripts.
"""
from __future__ import annotations

import json
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.bulk.pool import (
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT_S,
    PoolSettings,
    WorkerPool,
    available_cores,
)
from pipeline.bulk.worker import DEFAULT_PROCESS_FN, FileResult
from pipeline.cli.consoles import FreshConsole
from schemas.errors import JixiaoError
from schemas.messages import error_line, t

if TYPE_CHECKING:
    from pipeline.bulk.engine import BulkReport, BulkSettings, Plan
    from pipeline.reading.limits import ReadLimits
    from pipeline.run import BatchSummary
    from pipeline.storage.store import Store

DEFAULT_DB = "jixiao.duckdb"  # pipeline.storage.store.DEFAULT_DB (tests/pipeline/cli/test_app.py checks)
DEFAULT_COMMIT_REPORTS = 64  # pipeline.bulk.writer.DEFAULT_BATCH_REPORTS


console: Any = FreshConsole()
err_console: Any = FreshConsole(stderr=True)


@dataclass(frozen=True)
class IngestOptions:
    """The ingest command's bulk options, as given on the command line (None: the default)."""

    workers: int | None = None
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    force: bool = False
    retry_failed: bool = False
    dask: str | None = None
    parquet_out: Path | None = None
    process_fn: str | None = None
    commit_reports: int = DEFAULT_COMMIT_REPORTS
    max_file_mb: tuple[str, ...] = ()  # `N` or `FORMAT=N`; none: the defaults of pipeline.reading.limits

    def pool_settings(self) -> PoolSettings:
        return PoolSettings(
            workers=self.workers or available_cores(), timeout_s=self.timeout_s,
            max_memory_mb=self.max_memory_mb, process_fn=self.process_fn or DEFAULT_PROCESS_FN,
        )

    def read_limits(self) -> ReadLimits:
        from pipeline.reading.limits import ReadLimits

        return ReadLimits.resolve(self.max_file_mb or None)

    def bulk_settings(self) -> BulkSettings:
        from pipeline.bulk.engine import BulkSettings

        return BulkSettings(pool=self.pool_settings(), force=self.force, retry_failed=self.retry_failed,
                            dask=self.dask, parquet_out=self.parquet_out, commit_reports=self.commit_reports,
                            limits=self.read_limits())

    def resolve_db(self, db: str | None) -> str:
        if db:
            return db
        if self.dask and self.parquet_out is not None:
            # The Parquet dataset is the product; the resume state lives beside it, out of readers' way.
            state = self.parquet_out / "_jixiao" / "state.duckdb"
            state.parent.mkdir(parents=True, exist_ok=True)
            return str(state)
        return DEFAULT_DB


def early_pool(options: IngestOptions, paths: list[Path]) -> WorkerPool | None:
    """The local workers, started now: their warm-up overlaps this process's imports, the
    database opening and the hashing. As many as the paths named if they are all files,
    else as many as allowed (the plan retires those not needed)."""
    if options.dask:
        return None
    settings = options.pool_settings()
    pool = WorkerPool(settings)
    pool.start(len(paths) if all(p.is_file() for p in paths) else settings.workers)
    return pool


def ingest_command(paths: list[Path], db: str | None, *, validate: bool = True, progress: bool = True,
                   options: IngestOptions | None = None, as_json: bool = False) -> int:
    options = options or IngestOptions()
    options.read_limits()  # a refused option is a usage error, before any worker starts or file is looked at
    pool = early_pool(options, paths)
    try:
        return _ingest(paths, db, validate, progress, options, pool, as_json)
    finally:
        if pool is not None:
            pool.close()


def _ingest(paths: list[Path], db: str | None, validate: bool, progress: bool, options: IngestOptions,
            pool: WorkerPool | None, as_json: bool) -> int:
    from pipeline.run import iter_input_files
    from pipeline.storage.store import Store
    from schemas.errors import NothingFound

    db = options.resolve_db(db)
    settings = options.bulk_settings()
    files = list(iter_input_files(paths))
    if not files:
        raise NothingFound(t("ingest.nothing", paths=", ".join(str(p) for p in paths)),
                           hint=t("ingest.nothing_hint"))
    missing = [p for p in files if not p.exists()]
    with Store(db) as store:
        return _run(files, missing, db, store, settings, validate, progress, pool, as_json)


def _run(files: list[Path], missing: list[Path], db: str, store: Store, settings: BulkSettings, validate: bool,
         progress: bool, pool: WorkerPool | None, as_json: bool) -> int:
    from pipeline.bulk.engine import ingest_bulk
    from pipeline.version import PIPELINE_VERSION

    interrupted = False
    with _ingest_progress(progress) as bar:
        task = bar.add_task("ingest", total=None, pages=0, failed=0, rate="")
        started = time.perf_counter()
        counts = {"files": 0, "pages": 0, "failed": 0}
        written: list[str] = []  # report ids this run stored: what the closing validation checks

        def on_plan(plan: Plan) -> None:
            bar.update(task, total=len(plan.tasks))
            if plan.already_stored:
                err_console.print(escape(t("ingest.skipped", n=len(plan.already_stored), version=PIPELINE_VERSION)))
            same = len(plan.skipped) - len(plan.already_stored)
            if same:
                err_console.print(escape(t("ingest.same_bytes", n=same)))

        def on_result(result: FileResult) -> None:
            written.append(result.report_id)
            counts["files"] += 1
            counts["pages"] += result.n_pages
            counts["failed"] += result.status == "failed"
            elapsed = max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=1, pages=counts["pages"], failed=counts["failed"],
                       rate=f"{counts['files'] / elapsed:.1f} files/s · {counts['pages'] / elapsed:.1f} pages/s")

        def on_notice(message: str) -> None:
            err_console.print(f"[yellow]{escape(message)}[/yellow]")

        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            report = ingest_bulk(files, store, settings, on_plan=on_plan, on_result=on_result, on_notice=on_notice,
                                 pool=pool)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            signal.signal(signal.SIGTERM, previous)
    if interrupted:
        err_console.print(escape(t("ingest.interrupted", n=counts["files"], db=db)))
        return 130
    if not as_json:
        print_summary(report.summary, db)
        _print_rates(report)
    validation: Any = None
    validation_failed = False
    if validate:
        validation_failed, validation = run_validation_summary(store, written, as_json=as_json)
    store.release()
    if as_json:
        print(json.dumps(ingest_json(report, db, validation), ensure_ascii=False, indent=2))
    return 1 if report.summary.by_status.get("failed", 0) or missing or validation_failed else 0


def ingest_json(report: BulkReport, db: str, validation: Any) -> dict[str, Any]:
    from pipeline.version import PIPELINE_VERSION

    summary = report.summary
    return {
        "db": db, "files": summary.files, "pages": summary.pages, "by_status": dict(sorted(summary.by_status.items())),
        "flags": {s: summary.by_severity.get(s, 0) for s in ("error", "warning", "info")},
        "pages_by_engine": dict(sorted(summary.pages_by_engine.items())),
        "failures": [{"path": str(p), "reason": r} for p, r in summary.failures],
        "seconds": round(report.seconds, 3), "pipeline_version": PIPELINE_VERSION, "validation": validation,
    }


def _raise_interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops an ingest the way Ctrl-C does: finished files committed, workers stopped."""
    raise KeyboardInterrupt


def _ingest_progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TextColumn("{task.fields[pages]} pages · {task.fields[failed]} failed · {task.fields[rate]}"),
        TimeElapsedColumn(), console=Console(stderr=True), disable=not enabled, transient=False,
    )


def _print_rates(report: BulkReport) -> None:
    from pipeline.bulk.engine import SKIPPED

    done = report.summary.files - report.summary.by_status.get(SKIPPED, 0)
    seconds = max(report.seconds, 1e-9)
    line = t("ingest.rates", done=done, seconds=f"{report.seconds:.1f}", files_s=f"{done / seconds:.2f}",
             pages_s=f"{report.summary.pages / seconds:.1f}", hashing=f"{report.plan.hash_seconds:.2f}")
    peaks = [w.peak_rss_mb for w in report.worker_stats if w.tasks]
    if peaks:
        line += t("ingest.rss", low=f"{min(peaks):.0f}", high=f"{max(peaks):.0f}", n=len(peaks))
    console.print(escape(line))
    if report.retried:
        console.print(escape(t("ingest.retried", n=len(report.retried))))
    if report.parquet_files:
        console.print(escape(t("ingest.parquet", n=len(report.parquet_files))))


def run_validation_summary(store: Store, report_ids: list[str], as_json: bool = False) -> tuple[bool, Any]:
    """Cross-report checks, and the expectations over the rows of the reports just written (in SQL,
    on the ingest's own connection): (an error-severity expectation failed or the validation could
    not run, the run as JSON when asked)."""
    from pipeline.validation.expectations import print_run, run_json, validate_after_ingest

    try:
        run = validate_after_ingest(store.con, report_ids)
    except JixiaoError as exc:
        print(error_line(exc), file=sys.stderr)
        return True, None
    if as_json:
        return bool(run.failed_errors), run_json(run)
    print_run(run, console)
    return bool(run.failed_errors), None


def print_summary(summary: BatchSummary, db: str) -> None:
    from rich.table import Table

    from pipeline.storage.rows import stored_path
    from schemas.safe_text import terminal_text

    table = Table(title=escape(t("ingest.title", files=summary.files, pages=summary.pages, db=db)))
    table.add_column(t("ingest.col_status"))
    table.add_column(t("ingest.col_reports"), justify="right")
    for status, n in sorted(summary.by_status.items()):
        table.add_row(escape(t(f"status.{status}")), str(n))
    for severity in ("error", "warning", "info"):
        table.add_row(escape(t("ingest.flags_row", severity=t(f"severity.{severity}"))),
                      str(summary.by_severity.get(severity, 0)))
    for engine, n in sorted(summary.pages_by_engine.items()):
        table.add_row(escape(t(f"ingest.engine.{engine}")), str(n))
    console.print(table)
    for path, reason in summary.failures[:20]:
        console.print(f"[red]{escape(t('status.failed'))}[/red] {escape(terminal_text(stored_path(str(path))[0]))}: "
                      f"{escape(terminal_text(reason))}")
