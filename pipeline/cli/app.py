"""The `jixiao` command line. Heavy imports live inside commands so `--help` stays fast."""
from __future__ import annotations

from pathlib import Path

import typer

app = typer.Typer(
    help="jixiao (绩效): budget-performance self-evaluation reports to a validated dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DB_OPTION = typer.Option("jixiao.duckdb", "--db", help="DuckDB file of the dataset.")


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or folders (searched recursively)."),
    db: str | None = typer.Option(
        None, "--db", help="DuckDB file of the dataset (default: jixiao.duckdb; with --dask and "
                           "--parquet-out, DIR/_jixiao/state.duckdb)."),
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Run the dataset expectations afterwards."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Worker processes (default: the cores available)."),
    timeout: float = typer.Option(
        120.0, "--timeout", min=0, help="Seconds allowed per file, plus 10 s per PDF page (0: no limit)."),
    ocr: str = typer.Option(
        "auto", "--ocr", help="auto: OCR scanned pages and garbled text layers; force: OCR every PDF page; off: none."),
    max_memory_mb: int = typer.Option(
        1536, "--max-memory-mb", min=0, help="Memory ceiling per file's worker, in MB (0: none)."),
    force: bool = typer.Option(False, "--force", help="Re-ingest files already stored at this pipeline version."),
    retry_failed: bool = typer.Option(False, "--retry-failed", help="Re-ingest stored files whose status is failed."),
    dask: str | None = typer.Option(
        None, "--dask", help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or `local`."),
    parquet_out: Path | None = typer.Option(
        None, "--parquet-out", help="Also write the dataset as Parquet partitioned by fiscal_year under this folder."),
    process_fn: str | None = typer.Option(
        None, "--process-fn", hidden=True, help="module:function replacing the per-file work (tests)."),
    commit_reports: int = typer.Option(
        16, "--commit-reports", hidden=True, min=1, help="Reports per DuckDB transaction, at most."),
) -> None:
    """Read, extract, check and store every report under PATHS, in parallel and resumably."""
    import os

    from pipeline.cli.commands import IngestOptions, ingest_command
    from pipeline.reading.ocr.settings import ENV_MODE, MODES

    if ocr not in MODES:
        raise typer.BadParameter(f"--ocr must be one of {', '.join(MODES)}, not {ocr!r}")
    os.environ[ENV_MODE] = ocr  # the readers and the worker processes (which inherit it) read it

    options = IngestOptions(
        workers=workers, timeout_s=timeout, max_memory_mb=max_memory_mb, force=force,
        retry_failed=retry_failed, dask=dask, parquet_out=parquet_out, process_fn=process_fn,
        commit_reports=commit_reports,
    )
    code = ingest_command(paths, db, validate=validate, progress=progress, options=options)
    raise typer.Exit(code)


@app.command()
def show(
    report: str = typer.Argument(..., help="A report_id prefix, a file name or a path."),
    db: str = DB_OPTION,
) -> None:
    """Print one report's facts and flags, with where each was read."""
    from pipeline.cli.commands import show_command

    raise typer.Exit(show_command(report, db))


@app.command()
def flags(
    db: str = DB_OPTION,
    severity: str | None = typer.Option(None, help="error, warning or info."),
    rule: str | None = typer.Option(None, help="Rule id prefix, e.g. `expenditure.`"),
) -> None:
    """List consistency flags across reports."""
    from pipeline.cli.commands import flags_command

    raise typer.Exit(flags_command(db, severity, rule))


@app.command()
def export(
    format: str = typer.Option("parquet", "--format", help="parquet, csv or xlsx."),
    out: Path = typer.Option(Path("export"), "--out", help="Output folder."),
    db: str = DB_OPTION,
) -> None:
    """Write the dataset tables as Parquet/CSV files or one XLSX workbook."""
    from pipeline.outputs.export import export as run_export

    for path in run_export(db, format, out):
        typer.echo(str(path))


@app.command()
def rules() -> None:
    """List the consistency rules with their ids."""
    from pipeline.extraction.resolve import RESOLVER_RULES
    from pipeline.rules import all_rules
    from pipeline.validation.crosschecks import CROSS_RULES

    docs = {spec.id: spec.doc for spec in all_rules().values()} | CROSS_RULES | RESOLVER_RULES
    for rule_id in sorted(docs):
        typer.echo(f"{rule_id:36} {docs[rule_id]}")


@app.command()
def compare(
    db: str = DB_OPTION,
    year: int | None = typer.Option(None, "--year", help="Fiscal year."),
    region: str | None = typer.Option(None, "--region", help="Substring of province/city/county, e.g. 广州."),
    kind: str | None = typer.Option(None, "--kind", help="department_overall, project or unknown."),
    department: str | None = typer.Option(None, "--department", help="Substring of the department."),
    by: str | None = typer.Option(None, "--by", help="Sort column (numbers descending), e.g. rate_computed."),
    yoy: str | None = typer.Option(None, "--yoy", help="Year-over-year view of the departments matching this."),
    csv: Path | None = typer.Option(None, "--csv", help="Write the view as CSV (yuan, English column names)."),
    xlsx: Path | None = typer.Option(None, "--xlsx", help="Write a formatted workbook, one sheet per view."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No terminal table."),
) -> None:
    """Compare departments: budget, spending, execution rate, shares, self-score and flags per report."""
    from pipeline.cli.report import CompareOptions, compare_command
    from pipeline.outputs.compare import ComparisonFilter
    from schemas.errors import ConfigError

    try:
        filt = ComparisonFilter(year=year, region=region, kind=kind, department=department)
    except ConfigError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from exc
    options = CompareOptions(filt, by=by, yoy=yoy, csv_path=csv, xlsx_path=xlsx, quiet=quiet)
    raise typer.Exit(compare_command(db, options))


@app.command()
def report(
    out: Path = typer.Option(Path("report.html"), "--out", help="The HTML file to write."),
    db: str = DB_OPTION,
    year: int | None = typer.Option(None, "--year", help="Only this fiscal year."),
    sources: bool = typer.Option(True, "--sources/--no-sources",
                                 help="Quote the sentence or table row behind each flag (stored at ingest)."),
) -> None:
    """Write one self-contained HTML report (charts, sortable table, every flag with its source)."""
    from pipeline.cli.report import report_command

    raise typer.Exit(report_command(db, out, year, sources))


@app.command()
def validate(
    db: str = DB_OPTION,
    docs: Path | None = typer.Option(None, "--docs", help="Also build GX Data Docs (HTML) in this folder."),
) -> None:
    """Run the cross-report checks and the dataset expectations (expectations/*.json)."""
    from pipeline.validation.expectations import validate_command

    raise typer.Exit(validate_command(db, print_summary=True, docs=str(docs) if docs else None))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
