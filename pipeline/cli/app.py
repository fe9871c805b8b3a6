"""The `jixiao` command line. Heavy imports live inside commands so `--help` stays fast.

Every command prints Chinese by default (`--lang en` or `JIXIAO_LANG=en` for English), takes
its choices as enums (a typo is refused with the valid values), and reports a failure as one
line `E###: what happened — what to do` (see `pipeline.cli.errors` for the exit codes).
"""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from pipeline.cli.errors import JixiaoGroup, set_debug
from schemas.facts import ReportKind, Severity
from schemas.messages import Lang, use_lang
from schemas.tables import ReviewFilter, ReviewState

app = typer.Typer(
    cls=JixiaoGroup,
    help="jixiao (绩效): budget-performance self-evaluation reports to a validated dataset. "
         "Exit codes: 0 done; 1 nothing found or problems found; 2 could not run (E### line); 130 interrupted.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

DB_OPTION = typer.Option("jixiao.duckdb", "--db", help="DuckDB file of the dataset.")
LANG_OPTION = typer.Option(None, "--lang", case_sensitive=False,
                           help="Language of the output: zh (default) or en; also JIXIAO_LANG.")
JSON_OPTION = typer.Option(False, "--json", help="Print JSON on stdout instead of tables.")


class ExportFormat(str, Enum):
    PARQUET = "parquet"
    CSV = "csv"
    XLSX = "xlsx"


REVIEW_OPTION = typer.Option(
    None, "--review", case_sensitive=False,
    help="Only flags in this review state: open (unreviewed or follow_up), unreviewed, reviewed, "
         "confirmed, dismissed, follow_up.")


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        from pipeline.version import PIPELINE_VERSION

        try:
            release = version("jixiao")
        except PackageNotFoundError:  # running from a source tree that was never installed
            release = PIPELINE_VERSION.split("+")[0]
        typer.echo(f"jixiao {release} (pipeline {PIPELINE_VERSION})")
        raise typer.Exit(0)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                 help="Print the version and exit."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of an error (also JIXIAO_DEBUG=1)."),
    lang: Lang | None = LANG_OPTION,
) -> None:
    """jixiao (绩效): budget-performance self-evaluation reports to a validated dataset."""
    set_debug(debug)
    if lang is not None:
        use_lang(lang)


def _lang(lang: Lang | None) -> None:
    if lang is not None:
        use_lang(lang)


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
        None, "--dask", help="Run on a Dask cluster: a scheduler address (tcp://host:8786) or `local`. "
                             "An address that does not answer within 10 s is an error (E700)."),
    parquet_out: Path | None = typer.Option(
        None, "--parquet-out", help="Also write the dataset as Parquet partitioned by fiscal_year under this folder."),
    as_json: bool = typer.Option(False, "--json", help="Print the closing summary (and validation) as JSON."),
    lang: Lang | None = LANG_OPTION,
    process_fn: str | None = typer.Option(
        None, "--process-fn", hidden=True, help="module:function replacing the per-file work (tests)."),
    commit_reports: int = typer.Option(
        16, "--commit-reports", hidden=True, min=1, help="Reports per DuckDB transaction, at most."),
    max_file_mb: list[str] = typer.Option(
        [], "--max-file-mb", help="Size limit in MB: N for every format or FORMAT=N (repeatable); a bigger file "
                                  "gets a failed row unread. Defaults: txt/md 10, html 20, pdf 500, "
                                  "docx/xlsx/ofd 100, doc/xls 50."),
) -> None:
    """Read, extract, check and store every report under PATHS, in parallel and resumably.

    Exit code 1 when a file failed (after trying all) or an error-severity expectation failed.
    """
    import os

    from pipeline.cli.ingest import IngestOptions, ingest_command
    from pipeline.reading.ocr.settings import ENV_MODE, MODES

    if ocr not in MODES:
        raise typer.BadParameter(f"--ocr must be one of {', '.join(MODES)}, not {ocr!r}")
    os.environ[ENV_MODE] = ocr  # the readers and the worker processes (which inherit it) read it

    _lang(lang)
    options = IngestOptions(
        workers=workers, timeout_s=timeout, max_memory_mb=max_memory_mb, force=force,
        retry_failed=retry_failed, dask=dask, parquet_out=parquet_out, process_fn=process_fn,
        commit_reports=commit_reports, max_file_mb=tuple(max_file_mb),
    )
    raise typer.Exit(ingest_command(paths, db, validate=validate, progress=progress and not as_json,
                                    options=options, as_json=as_json))


@app.command()
def show(
    report: str = typer.Argument(..., help="A report_id prefix, a path, a file name or part of one."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Print one report's facts and flags, with where each was read (exit 1: no report matches)."""
    from pipeline.cli.commands import show_command

    _lang(lang)
    raise typer.Exit(show_command(report, db, as_json=as_json))


@app.command()
def forget(
    keys: list[str] = typer.Argument(..., help="Paths as ingested (a file, or a folder: all under it), or report "
                                               "id prefixes."),
    db: str = DB_OPTION,
    dry_run: bool = typer.Option(False, "--dry-run", help="Only list what would be removed."),
) -> None:
    """Remove what was ingested by mistake: its rows in every table, its paths in the ledger."""
    from pipeline.cli.commands import forget_command

    raise typer.Exit(forget_command(keys, db, dry_run))


@app.command()
def flags(
    db: str = DB_OPTION,
    severity: Severity | None = typer.Option(None, "--severity", case_sensitive=False, help="Only this severity."),
    rule: str | None = typer.Option(None, "--rule", help="Rule id prefix, e.g. `expenditure.`"),
    department: str | None = typer.Option(None, "--department", help="Substring of the department."),
    report: str | None = typer.Option(None, "--report", help="One report: id prefix or (part of a) file name."),
    review: ReviewFilter | None = REVIEW_OPTION,
    as_json: bool = JSON_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """List consistency flags across reports, with their review state (exit 1: none matches)."""
    from pipeline.cli.commands import flags_command
    from pipeline.outputs.flagview import FlagFilter

    _lang(lang)
    filt = FlagFilter(severity=severity.value if severity else None, rule=rule, department=department,
                      review=review)
    raise typer.Exit(flags_command(db, filt, report=report, as_json=as_json))


@app.command()
def review(
    flag_ids: list[str] = typer.Argument(None, help="Flag ids (the # column of `jixiao flags`, a prefix will do)."),
    state: ReviewState | None = typer.Option(
        None, "--state", "-s", case_sensitive=False,
        help="confirmed (the report is wrong), dismissed (explained), follow_up (ask the department)."),
    note: str | None = typer.Option(None, "--note", "-n", help="Why: what was checked, who was asked."),
    by: str | None = typer.Option(None, "--by", help="Reviewer's name (default: JIXIAO_REVIEWER, else the login)."),
    rule: str | None = typer.Option(None, "--rule", help="Bulk: every flag of rules with this id prefix."),
    department: str | None = typer.Option(None, "--department", help="Bulk: every flag of matching departments."),
    report: str | None = typer.Option(None, "--report", help="Bulk: every flag of one report (id or file name)."),
    severity: Severity | None = typer.Option(None, "--severity", case_sensitive=False, help="Bulk: only this severity."),
    only: ReviewFilter | None = typer.Option(None, "--only", case_sensitive=False,
                                       help="Bulk: only flags in this review state (e.g. unreviewed)."),
    clear: bool = typer.Option(False, "--clear", help="Remove the review of the flags chosen (open again)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="List the flags chosen; change nothing."),
    list_reviews: bool = typer.Option(False, "--list", help="List every review, stale ones (flag gone) included."),
    db: str = DB_OPTION,
    as_json: bool = JSON_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Record an auditor's judgement of flags: confirmed, dismissed or to follow up, with a note.

    \b
    Workflow:
      jixiao flags --review open                       # what is left; note the # ids
      jixiao review 3f2a9c1e --state confirmed --note "支出合计与决算表核对不符" --by 张三
      jixiao review --rule table.weights_sum --state dismissed --note "本省分值合计为90" --by 张三
      jixiao review --report 海珠区 --only unreviewed --state follow_up --dry-run
      jixiao review 3f2a9c1e --clear                   # open again
      jixiao review --list                             # every review; stale: the flag is gone
    Reviews are keyed by the flag's identity (report content hash + rule + items), so they
    survive `jixiao ingest --force` and new pipeline versions. A flag that no longer appears
    keeps its review, shown as stale. `flags`, `compare`, `report` and `export` show the
    state and filter by it (`--review open`).
    """
    from pipeline.cli.review import ReviewRequest, review_command

    _lang(lang)
    request = ReviewRequest(
        flag_ids=tuple(flag_ids or ()), state=state, note=note, reviewer=by, rule=rule, department=department,
        report=report, severity=severity.value if severity else None, only=only, clear=clear,
        dry_run=dry_run, list_reviews=list_reviews)
    raise typer.Exit(review_command(db, request, as_json=as_json))


@app.command()
def export(
    format: ExportFormat = typer.Option(ExportFormat.PARQUET, "--format", case_sensitive=False,
                                        help="parquet, csv or xlsx."),
    out: Path = typer.Option(Path("export"), "--out", help="Output folder."),
    db: str = DB_OPTION,
    review: ReviewFilter | None = REVIEW_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Write the dataset tables (flags with their reviews) as Parquet/CSV files or one XLSX workbook."""
    from pipeline.outputs.export import export as run_export

    _lang(lang)
    for path in run_export(db, format.value, out, review=review):
        typer.echo(str(path))


@app.command()
def rules(as_json: bool = JSON_OPTION, lang: Lang | None = LANG_OPTION) -> None:
    """List the consistency rules with their ids and what each checks."""
    from pipeline.cli.commands import rules_command

    _lang(lang)
    raise typer.Exit(rules_command(as_json=as_json))


@app.command()
def compare(
    db: str = DB_OPTION,
    year: int | None = typer.Option(None, "--year", help="Fiscal year."),
    region: str | None = typer.Option(None, "--region", help="Substring of province/city/county, e.g. 广州."),
    kind: ReportKind | None = typer.Option(None, "--kind", case_sensitive=False,
                                           help="department_overall, project or unknown."),
    department: str | None = typer.Option(None, "--department", help="Substring of the department."),
    review: ReviewFilter | None = typer.Option(None, "--review", case_sensitive=False,
                                         help="Only reports with a flag in this review state (e.g. open)."),
    by: str | None = typer.Option(None, "--by", help="Sort column (numbers descending), e.g. rate_computed."),
    yoy: str | None = typer.Option(None, "--yoy", help="Year-over-year view of the departments matching this."),
    csv: str | None = typer.Option(None, "--csv", help="Write the view as CSV (yuan, English column names); "
                                                        "a folder: FOLDER/comparison.csv."),
    xlsx: str | None = typer.Option(None, "--xlsx", help="Write a formatted workbook, one sheet per view; "
                                                          "a folder: FOLDER/comparison.xlsx."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No terminal table."),
    as_json: bool = JSON_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Compare departments: budget, spending, execution rate, shares, self-score and flags per report."""
    from pipeline.cli.report import CompareOptions, compare_command
    from pipeline.outputs.compare import ComparisonFilter

    _lang(lang)
    filt = ComparisonFilter(year=year, region=region, kind=kind.value if kind else None, department=department,
                            review=review)
    options = CompareOptions(filt, by=by, yoy=yoy, csv_path=csv, xlsx_path=xlsx, quiet=quiet,  # type: ignore[arg-type]
                             as_json=as_json)
    raise typer.Exit(compare_command(db, options))


@app.command()
def report(
    out: str = typer.Option("report.html", "--out", help="The HTML file to write (a folder: FOLDER/report.html)."),
    db: str = DB_OPTION,
    year: int | None = typer.Option(None, "--year", help="Only this fiscal year."),
    sources: bool = typer.Option(True, "--sources/--no-sources",
                                 help="Quote the sentence or table row behind each flag (stored at ingest)."),
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Write one self-contained HTML report (charts, sortable table, every flag with its source and review)."""
    from pipeline.cli.report import report_command

    _lang(lang)
    raise typer.Exit(report_command(db, out, year, sources))


@app.command()
def validate(
    db: str = DB_OPTION,
    docs: Path | None = typer.Option(None, "--docs", help="Also build GX Data Docs (HTML) in this folder."),
    as_json: bool = JSON_OPTION,
    lang: Lang | None = LANG_OPTION,
) -> None:
    """Run the cross-report checks and the dataset expectations (expectations/*.json).

    Exit code 1 when an expectation of severity error fails.
    """
    from pipeline.validation.expectations import validate_command

    _lang(lang)
    raise typer.Exit(validate_command(db, print_summary=True, docs=str(docs) if docs else None, as_json=as_json))


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
