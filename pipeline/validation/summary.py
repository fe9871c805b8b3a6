"""What a validation run tells its reader: in the terminal (their language) and as JSON.

One row per failed expectation (its examples: file, first 8 characters of the report id, the
value read), one per suite for everything that passed; then the files nobody could read —
counted and listed, never an expectation failure — and the verdict.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.markup import escape

from pipeline.validation.expectations import ExpectationOutcome, ValidationRun
from pipeline.validation.suites import TABLES
from schemas.messages import t
from schemas.safe_text import terminal_text

MAX_UNREADABLE_LISTED = 10


def _examples(outcome: ExpectationOutcome) -> str:
    if outcome.exception:
        return escape(t("validate.exception", message=terminal_text(outcome.exception)))
    return "\n".join(escape(terminal_text(f"{Path(r.source_file).name if r.source_file else '?'} "
                                          f"({(r.report_id or 'null')[:8]}): {r.value}")) for r in outcome.samples)


def print_summary(run: ValidationRun, console: Any) -> None:
    from rich.table import Table

    passed = sum(o.success for o in run.outcomes)
    if run.scope == "ingest":  # the end of an ingest: the rows of the reports it wrote
        title = t("validate.title_ingest", run_id=run.run_id, passed=passed, total=len(run.outcomes),
                  reports=run.n_reports, cross=run.cross_flags)
    else:
        title = t("validate.title", run_id=run.run_id, passed=passed, total=len(run.outcomes), cross=run.cross_flags)
    table = Table(title=escape(title), title_justify="left")
    table.add_column(t("validate.col_suite"), no_wrap=True)
    table.add_column(t("validate.col_expectation"), overflow="fold", ratio=2)
    table.add_column(t("validate.col_passed"), no_wrap=True)
    table.add_column(t("validate.col_unexpected"), justify="right", no_wrap=True)
    table.add_column(t("validate.col_examples"), overflow="fold", ratio=3)
    for suite in TABLES:
        mine = [o for o in run.outcomes if o.spec.suite == suite]
        for o in (o for o in mine if not o.success):
            colour = "red" if o.spec.severity == "error" else "yellow"
            table.add_row(suite, o.spec.name, f"[{colour}]✗ {escape(t('severity.' + o.spec.severity))}[/{colour}]",
                          str(o.unexpected_count), _examples(o))
        ok = sum(o.success for o in mine)
        if ok:
            label = t("validate.others", n=ok) if ok < len(mine) else t("validate.all", n=ok)
            table.add_row(suite, escape(label), "[green]✓[/green]", "0", "")
    console.print(table)
    if run.unreadable:
        by_status: dict[str, int] = {}
        for u in run.unreadable:
            by_status[u.status] = by_status.get(u.status, 0) + 1
        counts = " · ".join(f"{t('status.' + s)} {n}" for s, n in sorted(by_status.items()))
        console.print(escape(t("validate.unreadable", n=len(run.unreadable), counts=counts)))
        for u in run.unreadable[:MAX_UNREADABLE_LISTED]:
            console.print(f"  {escape(t('status.' + u.status))} {escape(terminal_text(u.source_path))}: "
                          f"{escape(terminal_text(u.error or ''))}")
        if len(run.unreadable) > MAX_UNREADABLE_LISTED:
            console.print("  " + escape(t("validate.unreadable_more", n=len(run.unreadable) - MAX_UNREADABLE_LISTED)))
    errors = run.failed_errors
    if errors:
        console.print(f"[red]{escape(t('validate.errors_failed', n=len(errors)))}[/red] "
                      + escape(t("validate.details", run_id=run.run_id)))
    if run.docs_index:
        console.print(escape(t("validate.docs", index=run.docs_index)))


def summary_json(run: ValidationRun) -> dict[str, Any]:
    return {
        "run_id": run.run_id, "run_at": run.run_at.isoformat(), "scope": run.scope,
        "passed": sum(o.success for o in run.outcomes), "total": len(run.outcomes),
        "cross_flags": run.cross_flags, "docs_index": run.docs_index,
        "failed": [{"suite": o.spec.suite, "expectation": o.spec.name, "severity": o.spec.severity,
                    "unexpected": o.unexpected_count, "exception": o.exception,
                    "examples": [{"report_id": r.report_id, "source_file": r.source_file, "value": r.value}
                                 for r in o.samples]}
                   for o in run.outcomes if not o.success],
        "unreadable": [{"path": u.source_path, "status": u.status, "error": u.error} for u in run.unreadable],
    }
