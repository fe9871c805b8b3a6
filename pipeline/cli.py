"""The `jixiao` command line. Heavy imports live inside commands so `--help` stays fast."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

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
    db: str = DB_OPTION,
    validate: bool = typer.Option(True, "--validate/--no-validate", help="Run the dataset expectations afterwards."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar."),
) -> None:
    """Read, extract, check and store every report under PATHS."""
    from pipeline.clireport import ingest_command

    code = ingest_command(paths, db, validate=validate, progress=progress)
    raise typer.Exit(code)


@app.command()
def show(
    report: str = typer.Argument(..., help="A report_id prefix, a file name or a path."),
    db: str = DB_OPTION,
) -> None:
    """Print one report's facts and flags, with where each was read."""
    from pipeline.clireport import show_command

    raise typer.Exit(show_command(report, db))


@app.command()
def flags(
    db: str = DB_OPTION,
    severity: Optional[str] = typer.Option(None, help="error, warning or info."),
    rule: Optional[str] = typer.Option(None, help="Rule id prefix, e.g. `expenditure.`"),
) -> None:
    """List consistency flags across reports."""
    from pipeline.clireport import flags_command

    raise typer.Exit(flags_command(db, severity, rule))


@app.command()
def export(
    format: str = typer.Option("parquet", "--format", help="parquet, csv or xlsx."),
    out: Path = typer.Option(Path("export"), "--out", help="Output folder."),
    db: str = DB_OPTION,
) -> None:
    """Write the dataset tables as Parquet/CSV files or one XLSX workbook."""
    from pipeline.export import export as run_export

    for path in run_export(db, format, out):
        typer.echo(str(path))


@app.command()
def rules() -> None:
    """List the consistency rules with their ids."""
    from pipeline.rules import all_rules

    for spec in sorted(all_rules().values(), key=lambda s: s.id):
        typer.echo(f"{spec.id:34} {spec.doc}")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
