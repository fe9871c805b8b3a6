"""What the CLI commands print (kept apart from argument parsing)."""
from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.errors import JixiaoError
from pipeline.run import BatchSummary, ingest_serial, iter_input_files
from pipeline.store import Store
from schemas.facts import ReportOutcome

console = Console()
err_console = Console(stderr=True)


def ingest_command(paths: list[Path], db: str, *, validate: bool = True, progress: bool = True) -> int:
    files = list(iter_input_files(paths))
    missing = [p for p in files if not p.exists()]
    try:
        store = Store(db)
    except JixiaoError as exc:
        err_console.print(f"[red]{exc}[/red]")
        return 2
    with store:
        with Progress(
            TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[status]}"),
            TimeElapsedColumn(), console=err_console, disable=not progress, transient=False,
        ) as bar:
            task = bar.add_task("ingest", total=len(files), status="")
            failures = 0

            def on_done(outcome: ReportOutcome) -> None:
                nonlocal failures
                failures += outcome.status.value == "failed"
                bar.update(task, advance=1, status=f"{failures} failed · {Path(outcome.source_path).name[:40]}")

            summary = ingest_serial(files, store.write, on_done)
    print_summary(summary, db)
    if validate:
        run_validation_summary(db)
    return 1 if summary.by_status.get("failed", 0) or missing else 0


def run_validation_summary(db: str) -> None:
    """Dataset expectations after ingest (when the validation module is present)."""
    import importlib

    try:
        expectations = importlib.import_module("pipeline.expectations")
    except ModuleNotFoundError as exc:
        if exc.name != "pipeline.expectations":
            raise
        return
    expectations.validate_command(db, print_summary=True)


def print_summary(summary: BatchSummary, db: str) -> None:
    table = Table(title=f"{summary.files} files, {summary.pages} pages → {db}")
    table.add_column("status")
    table.add_column("reports", justify="right")
    for status, n in sorted(summary.by_status.items()):
        table.add_row(status, str(n))
    for severity in ("error", "warning", "info"):
        table.add_row(f"flags: {severity}", str(summary.by_severity.get(severity, 0)))
    console.print(table)
    for path, reason in summary.failures[:20]:
        console.print(f"[red]failed[/red] {path}: {reason}")


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
    with Store(db, read_only=True) as store:
        report = _find_report(store, key)
        if report is None:
            err_console.print(f"no report matches {key!r} in {db}")
            return 1
        rid = report["report_id"]
        console.rule(f"{report['title'] or Path(report['source_path']).name}")
        for k in ("source_path", "status", "error", "department", "province", "city", "county", "fiscal_year",
                  "report_kind", "project_name", "self_score", "grade", "n_pages"):
            if report.get(k) is not None:
                console.print(f"[bold]{k}[/bold]: {report[k]}")
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
                table.add_row(*["" if v is None else str(v) for v in r])
            console.print(table)
    return 0


def flags_command(db: str, severity: str | None, rule: str | None) -> int:
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
            table.add_row(Path(str(r[0])).name, *["" if v is None else str(v) for v in r[1:]])
        console.print(table)
    return 0
