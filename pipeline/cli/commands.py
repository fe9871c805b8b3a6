"""What `ingest`, `show`, `flags` and `rules` print (argument parsing stays in app.py).

Terminal output is for people: in their language (`schemas.messages`), money in 万元 with
separators, document text stripped of control characters, at most 100 columns wide without
breaking an item code. `--json` output is for scripts: exact values (decimals as strings, yuan).
"""
from __future__ import annotations

import json
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline.bulk.engine import SKIPPED, BulkReport, BulkSettings, Plan, ingest_bulk
from pipeline.bulk.pool import DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S, PoolSettings, available_cores
from pipeline.bulk.worker import DEFAULT_PROCESS_FN, FileResult
from pipeline.bulk.writer import DEFAULT_BATCH_REPORTS
from pipeline.cli.lookup import find_report
from pipeline.cli.views import FreshConsole, json_value, print_flag, report_sections
from pipeline.outputs.flagview import FlagFilter, load_flags
from pipeline.reading.limits import ReadLimits
from pipeline.run import BatchSummary, iter_input_files
from pipeline.storage.ledger import other_paths
from pipeline.storage.rows import stored_path
from pipeline.storage.store import DEFAULT_DB, Store
from pipeline.version import PIPELINE_VERSION
from schemas.errors import DatabaseMissing, NothingFound
from schemas.messages import resolve_lang, rule_title, t
from schemas.safe_text import terminal_text

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
    commit_reports: int = DEFAULT_BATCH_REPORTS
    max_file_mb: tuple[str, ...] = ()  # `N` or `FORMAT=N`; none: the defaults of pipeline.reading.limits

    def bulk_settings(self) -> BulkSettings:
        pool = PoolSettings(
            workers=self.workers or available_cores(), timeout_s=self.timeout_s,
            max_memory_mb=self.max_memory_mb, process_fn=self.process_fn or DEFAULT_PROCESS_FN,
        )
        return BulkSettings(pool=pool, force=self.force, retry_failed=self.retry_failed, dask=self.dask,
                            parquet_out=self.parquet_out, commit_reports=self.commit_reports,
                            limits=ReadLimits.resolve(self.max_file_mb or None))

    def resolve_db(self, db: str | None) -> str:
        if db:
            return db
        if self.dask and self.parquet_out is not None:
            # The Parquet dataset is the product; the resume state lives beside it, out of readers' way.
            state = self.parquet_out / "_jixiao" / "state.duckdb"
            state.parent.mkdir(parents=True, exist_ok=True)
            return str(state)
        return DEFAULT_DB


def ingest_command(paths: list[Path], db: str | None, *, validate: bool = True, progress: bool = True,
                   options: IngestOptions | None = None, as_json: bool = False) -> int:
    options = options or IngestOptions()
    db = options.resolve_db(db)
    settings = options.bulk_settings()  # a refused option is a usage error, before any file is looked at
    files = list(iter_input_files(paths))
    if not files:
        raise NothingFound(t("ingest.nothing", paths=", ".join(str(p) for p in paths)),
                           hint=t("ingest.nothing_hint"))
    missing = [p for p in files if not p.exists()]
    store = Store(db)
    interrupted = False
    with store, _ingest_progress(progress) as bar:
        task = bar.add_task("ingest", total=None, pages=0, failed=0, rate="")
        started = time.perf_counter()
        counts = {"files": 0, "pages": 0, "failed": 0}

        def on_plan(plan: Plan) -> None:
            bar.update(task, total=len(plan.tasks))
            if plan.already_stored:
                err_console.print(escape(t("ingest.skipped", n=len(plan.already_stored), version=PIPELINE_VERSION)))
            same = len(plan.skipped) - len(plan.already_stored)
            if same:
                err_console.print(escape(t("ingest.same_bytes", n=same)))

        def on_result(result: FileResult) -> None:
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
            report = ingest_bulk(files, store, settings, on_plan=on_plan, on_result=on_result, on_notice=on_notice)
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
        validation_failed, validation = run_validation_summary(db, as_json=as_json)
    if as_json:
        print(json.dumps(ingest_json(report, db, validation), ensure_ascii=False, indent=2))
    return 1 if report.summary.by_status.get("failed", 0) or missing or validation_failed else 0


def ingest_json(report: BulkReport, db: str, validation: Any) -> dict[str, Any]:
    summary = report.summary
    return {
        "db": db, "files": summary.files, "pages": summary.pages, "by_status": dict(sorted(summary.by_status.items())),
        "flags": {s: summary.by_severity.get(s, 0) for s in ("error", "warning", "info")},
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


def run_validation_summary(db: str, as_json: bool = False) -> tuple[bool, Any]:
    """Dataset expectations after ingest: (an error-severity expectation failed, the run as JSON when asked)."""
    import importlib

    try:
        expectations = importlib.import_module("pipeline.validation.expectations")
    except ModuleNotFoundError as exc:
        if exc.name != "pipeline.validation.expectations":
            raise
        return False, None
    if as_json:
        run = expectations.validate_db(db)
        return bool(run.failed_errors), expectations.run_json(run)
    return int(expectations.validate_command(db, print_summary=True)) != 0, None


def print_summary(summary: BatchSummary, db: str) -> None:
    from rich.table import Table

    table = Table(title=escape(t("ingest.title", files=summary.files, pages=summary.pages, db=db)))
    table.add_column(t("ingest.col_status"))
    table.add_column(t("ingest.col_reports"), justify="right")
    for status, n in sorted(summary.by_status.items()):
        table.add_row(escape(t(f"status.{status}")), str(n))
    for severity in ("error", "warning", "info"):
        table.add_row(escape(t("ingest.flags_row", severity=t(f"severity.{severity}"))),
                      str(summary.by_severity.get(severity, 0)))
    console.print(table)
    for path, reason in summary.failures[:20]:
        console.print(f"[red]{escape(t('status.failed'))}[/red] {escape(terminal_text(shown_path(path)))}: "
                      f"{escape(terminal_text(reason))}")


def shown_path(path: str) -> str:
    """A path printable on any terminal: bytes that are not UTF-8 as \\xNN, as the database stores it."""
    return stored_path(str(path))[0]


# --- show ----------------------------------------------------------------------------------------

def show_command(key: str, db: str, as_json: bool = False) -> int:
    with Store(db, read_only=True) as store:
        report = find_report(store.con, shown_path(key))
        sections = report_sections(store.con, report["report_id"])
        flags = load_flags(store.con, FlagFilter(report_ids=(report["report_id"],)))
        # Copies of the same bytes: one report for all of them (the `files` ledger).
        also = other_paths(store.con, report["report_id"], report["source_path"])
    if as_json:
        payload = {"report": {k: json_value(v) for k, v in report.items()}, "also_at": also,
                   **{name: [{k: json_value(v) for k, v in row.items()} for row in rows]
                      for name, (rows, _) in sections.items()},
                   "flags": [f.as_json() for f in flags]}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from pipeline.cli.views import print_report

    print_report(console, report, sections, flags)
    if also:
        console.print(f"[bold]{escape(t('show.also_at', n=len(also)))}[/bold]: "
                      f"{escape(terminal_text(', '.join(also)))}")
    return 0


# --- flags ---------------------------------------------------------------------------------------

def flags_command(db: str, filt: FlagFilter, report: str | None = None, as_json: bool = False) -> int:
    from dataclasses import replace

    with Store(db, read_only=True) as store:
        if report is not None:
            filt = replace(filt, report_ids=(find_report(store.con, report)["report_id"],))
        flags = load_flags(store.con, filt)
    if as_json:
        print(json.dumps([f.as_json() for f in flags], ensure_ascii=False, indent=2))
    if not flags and filt.narrowed:
        raise NothingFound(t("flags.none_match"))
    if as_json:
        return 0
    counts = {s: sum(f.severity == s for f in flags) for s in ("error", "warning", "info")}
    console.print(escape(t("flags.title", n=len(flags), errors=counts["error"], warnings=counts["warning"],
                           infos=counts["info"], open=sum(f.is_open and f.severity != "info" for f in flags))))
    for f in flags:
        print_flag(console, f, with_file=True)
    return 0


# --- rules ---------------------------------------------------------------------------------------

def rules_catalog() -> dict[str, str]:
    """Every rule id with its English doc: per-report rules, the resolver's, the cross-report checks."""
    from pipeline.extraction.resolve import RESOLVER_RULES
    from pipeline.rules import all_rules
    from pipeline.validation.crosschecks import CROSS_RULES

    return {spec.id: spec.doc for spec in all_rules().values()} | CROSS_RULES | RESOLVER_RULES


def rules_command(as_json: bool = False) -> int:
    docs = rules_catalog()
    lang = resolve_lang()
    rows = [{"id": rule_id, "title": rule_title(rule_id, lang, fallback=docs[rule_id])} for rule_id in sorted(docs)]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    from rich.table import Table

    table = Table(box=None, show_header=True, pad_edge=False)
    table.add_column(t("rules.col_id"), no_wrap=True, style="bold")
    table.add_column(t("rules.col_title"), overflow="fold")
    for row in rows:
        table.add_row(row["id"], escape(row["title"]))
    console.print(table)
    return 0


def forget_command(keys: list[str], db: str, dry_run: bool) -> int:
    """Remove reports ingested by mistake (every table, ledger included); 1 when nothing matches."""
    from pipeline.storage.forget import apply_forget, plan_forget

    if not Path(db).is_file():
        raise DatabaseMissing(t("error.db_missing", db=db))
    with Store(db) as store:
        plan = plan_forget(store.con, keys)
        if not dry_run:
            apply_forget(store.con, plan)
    key = "forget.would" if dry_run else "forget.done"
    console.print(escape(t(key, reports=len(plan.reports), paths=len(plan.paths))))
    for r in plan.reports:
        console.print(f"  {r.report_id[:16]}  {r.status:12} {escape(terminal_text(r.source_path))}"
                      + (f" — {escape(terminal_text(r.error))}" if r.error else ""))
    for rid, path in plan.moved:
        console.print(f"  {rid[:16]}  " + escape(t("forget.kept", path=terminal_text(path))))
    counted = ", ".join(f"{table} {n}" for table, n in plan.rows.items() if n)
    if counted:
        console.print("  " + escape(t("forget.rows", rows=counted)))
    return 0
