"""What the CLI commands print (kept apart from argument parsing).

Only light modules are imported here: `ingest` starts its workers before it imports
the engine, the readers and DuckDB, so the workers' warm-up overlaps those imports.
"""
from __future__ import annotations

import signal
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.bulk.pool import (
    DEFAULT_MAX_MEMORY_MB,
    DEFAULT_TIMEOUT_S,
    PoolSettings,
    WorkerPool,
    available_cores,
)
from pipeline.bulk.worker import DEFAULT_PROCESS_FN, FileResult
from schemas.errors import JixiaoError

if TYPE_CHECKING:
    from pipeline.bulk.engine import BulkReport, BulkSettings, Plan
    from pipeline.run import BatchSummary
    from pipeline.storage.store import Store

DEFAULT_DB = "jixiao.duckdb"  # pipeline.storage.store.DEFAULT_DB
DEFAULT_COMMIT_REPORTS = 16  # pipeline.bulk.writer.DEFAULT_BATCH_REPORTS

console = Console()
err_console = Console(stderr=True)


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

    def pool_settings(self) -> PoolSettings:
        return PoolSettings(
            workers=self.workers or available_cores(), timeout_s=self.timeout_s,
            max_memory_mb=self.max_memory_mb, process_fn=self.process_fn or DEFAULT_PROCESS_FN,
        )

    def bulk_settings(self) -> BulkSettings:
        from pipeline.bulk.engine import BulkSettings

        return BulkSettings(pool=self.pool_settings(), force=self.force, retry_failed=self.retry_failed,
                            dask=self.dask, parquet_out=self.parquet_out, commit_reports=self.commit_reports)

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
    """The local workers, started now: their warm-up (Python, jieba: about a second) overlaps
    this process's imports, the database opening and the hashing. As many as the paths
    named if they are all files, else as many as allowed (the plan retires those not needed)."""
    if options.dask:
        return None
    settings = options.pool_settings()
    pool = WorkerPool(settings)
    pool.start(len(paths) if all(p.is_file() for p in paths) else settings.workers)
    return pool


def ingest_command(paths: list[Path], db: str | None, *, validate: bool = True, progress: bool = True,
                   options: IngestOptions | None = None) -> int:
    options = options or IngestOptions()
    try:
        pool = early_pool(options, paths)
    except JixiaoError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    try:
        return _ingest(paths, db, validate, progress, options, pool)
    finally:
        if pool is not None:
            pool.close()


def _ingest(paths: list[Path], db: str | None, validate: bool, progress: bool, options: IngestOptions,
            pool: WorkerPool | None) -> int:
    from pipeline.run import iter_input_files
    from pipeline.storage.store import Store

    db = options.resolve_db(db)
    files = list(iter_input_files(paths))
    missing = [p for p in files if not p.exists()]
    try:
        settings = options.bulk_settings()
        store = Store(db)
    except JixiaoError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    try:
        return _run(files, missing, db, store, settings, validate, progress, pool)
    finally:
        store.close()


def _run(files: list[Path], missing: list[Path], db: str, store: Store, settings: BulkSettings, validate: bool,
         progress: bool, pool: WorkerPool | None) -> int:
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
            if plan.skipped:
                err_console.print(f"{len(plan.skipped)} files already ingested at pipeline {PIPELINE_VERSION}: "
                                  "skipped (--force to redo)")

        def on_result(result: FileResult) -> None:
            written.append(result.report_id)
            counts["files"] += 1
            counts["pages"] += result.n_pages
            counts["failed"] += result.status == "failed"
            elapsed = max(time.perf_counter() - started, 1e-9)
            bar.update(task, advance=1, pages=counts["pages"], failed=counts["failed"],
                       rate=f"{counts['files'] / elapsed:.1f} files/s · {counts['pages'] / elapsed:.1f} pages/s")

        previous = signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            report = ingest_bulk(files, store, settings, on_plan=on_plan, on_result=on_result, pool=pool)
        except KeyboardInterrupt:
            interrupted = True
        except JixiaoError as exc:
            err_console.print(f"[red]{escape(str(exc))}[/red]")
            return 2
        finally:
            signal.signal(signal.SIGTERM, previous)
    if interrupted:
        err_console.print(f"[yellow]interrupted[/yellow]: {counts['files']} files committed to {db}; "
                          "run the same command again to resume")
        return 130
    print_summary(report.summary, db)
    _print_rates(report)
    validation_failed = run_validation_summary(store, written) != 0 if validate else False
    return 1 if report.summary.by_status.get("failed", 0) or missing or validation_failed else 0


def _raise_interrupt(signum: int, frame: object) -> None:
    """SIGTERM stops an ingest the way Ctrl-C does: finished files committed, workers stopped."""
    raise KeyboardInterrupt


def _ingest_progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
        TextColumn("{task.fields[pages]} pages · {task.fields[failed]} failed · {task.fields[rate]}"),
        TimeElapsedColumn(), console=err_console, disable=not enabled, transient=False,
    )


def _print_rates(report: BulkReport) -> None:
    from pipeline.bulk.engine import SKIPPED

    done = report.summary.files - report.summary.by_status.get(SKIPPED, 0)
    seconds = max(report.seconds, 1e-9)
    line = (f"{done} files in {report.seconds:.1f} s: {done / seconds:.2f} files/s, "
            f"{report.summary.pages / seconds:.1f} pages/s (hashing {report.plan.hash_seconds:.2f} s)")
    peaks = [w.peak_rss_mb for w in report.worker_stats if w.tasks]
    if peaks:
        line += f"; peak RSS per worker {min(peaks):.0f}–{max(peaks):.0f} MB over {len(peaks)} workers"
    console.print(line)
    if report.parquet_files:
        console.print(f"Parquet dataset: {len(report.parquet_files)} files, one folder per table, "
                      "partitioned by fiscal_year")


def run_validation_summary(store: Store, report_ids: list[str]) -> int:
    """Cross-report checks, and the expectations over the rows of the reports just written (in SQL,
    on the ingest's own connection); non-zero when an expectation of severity error failed."""
    from pipeline.validation.expectations import print_run, validate_after_ingest

    try:
        run = validate_after_ingest(store.con, report_ids)
    except JixiaoError as exc:
        err_console.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    print_run(run, console)
    return 1 if run.failed_errors else 0


def print_summary(summary: BatchSummary, db: str) -> None:
    table = Table(title=f"{summary.files} files, {summary.pages} pages → {db}")
    table.add_column("status")
    table.add_column("reports", justify="right")
    for status, n in sorted(summary.by_status.items()):
        table.add_row(status, str(n))
    for severity in ("error", "warning", "info"):
        table.add_row(f"flags: {severity}", str(summary.by_severity.get(severity, 0)))
    for engine, n in sorted(summary.pages_by_engine.items()):
        why = " (rules pdfium cannot decide)" if engine == "pdfplumber" else ""
        table.add_row(f"PDF pages read by {engine}{why}", str(n))
    console.print(table)
    for path, reason in summary.failures[:20]:
        console.print(f"[red]failed[/red] {escape(str(path))}: {escape(reason)}")


def _cell(value: object) -> str:
    """A value for display: decimals without padding zeros beyond cents, text escaped for rich."""
    if isinstance(value, Decimal):
        cents = value.quantize(Decimal("0.01"))
        value = cents if cents == value else value.normalize()
    return "" if value is None else escape(str(value))


def _find_report(store: Store, key: str) -> dict | None:
    rows = store.con.execute(
        "SELECT * FROM reports WHERE report_id LIKE ? OR source_path = ? OR source_path LIKE ? "
        "ORDER BY ingested_at DESC LIMIT 1",
        [key + "%", key, "%/" + Path(key).name],
    )
    cols = [d[0] for d in rows.description]
    row = rows.fetchone()
    return dict(zip(cols, row)) if row else None


def show_command(key: str, db: str) -> int:
    from pipeline.storage.store import Store

    with Store(db, read_only=True) as store:
        report = _find_report(store, key)
        if report is None:
            err_console.print(escape(f"no report matches {key!r} in {db}"))
            return 1
        rid = report["report_id"]
        console.rule(escape(str(report['title'] or Path(report['source_path']).name)))
        for k in ("source_path", "status", "error", "department", "province", "city", "county", "fiscal_year",
                  "report_kind", "project_name", "self_score", "grade", "n_pages"):
            if report.get(k) is not None:
                console.print(f"[bold]{k}[/bold]: {escape(str(report[k]))}")
        sections = (
            ("budget_items", "SELECT item, basis, value, stated, page, char_start, char_end FROM budget_items "
                             "WHERE report_id = ? ORDER BY page, char_start"),
            ("projects", "SELECT name, budget, executed, execution_rate, page, char_start FROM projects WHERE report_id = ?"),
            ("indicators", "SELECT level1, level2, name, target, actual, weight, score, page FROM indicators WHERE report_id = ?"),
            ("metrics", "SELECT section, subject, value, unit, qualifier, stated, page, char_start FROM metrics WHERE report_id = ?"),
            ("findings", "SELECT kind, ordinal, text FROM findings WHERE report_id = ? ORDER BY kind, ordinal"),
            ("flags", "SELECT severity, rule, items, expected, stated, message, page FROM flags WHERE report_id = ?"),
        )
        for title, sql in sections:
            cur = store.con.execute(sql, [rid])
            rows = cur.fetchall()
            if not rows:
                continue
            table = Table(title=f"{title} ({len(rows)})", show_lines=False)
            for d in cur.description:
                table.add_column(d[0], overflow="fold")
            for r in rows:
                table.add_row(*[_cell(v) for v in r])
            console.print(table)
    return 0


def flags_command(db: str, severity: str | None, rule: str | None) -> int:
    from pipeline.storage.store import Store

    sql = ("SELECT r.source_path, f.severity, f.rule, f.items, f.expected, f.stated, f.message, f.page "
           "FROM flags f JOIN reports r USING (report_id) WHERE 1=1")
    params: list[str] = []
    if severity:
        sql += " AND f.severity = ?"
        params.append(severity)
    if rule:
        sql += " AND f.rule LIKE ?"
        params.append(rule + "%")
    with Store(db, read_only=True) as store:
        cur = store.con.execute(sql + " ORDER BY r.source_path, f.severity", params)
        rows = cur.fetchall()
        table = Table(title=f"{len(rows)} flags")
        for d in cur.description:
            table.add_column(d[0], overflow="fold")
        for r in rows:
            table.add_row(escape(Path(str(r[0])).name), *[_cell(v) for v in r[1:]])
        console.print(table)
    return 0
