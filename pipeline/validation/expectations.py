"""Dataset expectations: the suites of `expectations/*.json` run over the DuckDB tables.

Per-report rules catch a report that contradicts itself; these suites check that the
dataset as a whole keeps its contract (keys, value sets, ranges, references between
tables). `pipeline.validation.suites` loads the files; `jixiao validate` runs them with
GX 1.x on pandas frames read from DuckDB (an ephemeral GX context: nothing is written
but our own `validations` table and, on request, Data Docs), stores and prints the
results. The end of an ingest runs the same suites as SQL over the rows of the reports
it wrote (`validate_after_ingest`, `pipeline.validation.sql_suites`): GX's import and
context cost seconds, which a small ingest should not pay.

GX is imported lazily, so `jixiao --help`, reading and ingesting never pay for it.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from pipeline.validation.suites import (
    SUITES_DIR,
    ExpectationSpec,
    LoadedSuite,
    build_gx_suite,
    gx_module,
    load_suites,
    quiet_gx,
)
from schemas.errors import ExpectationSuiteError, JixiaoError
from schemas.tables import CONTRACT_TABLES, REPORTS, Column, TableSpec

DOCS_SITE = "jixiao"

VALIDATIONS = TableSpec("validations", (
    Column("run_id", "VARCHAR", False), Column("run_at", "TIMESTAMP", False),
    Column("suite", "VARCHAR", False), Column("expectation", "VARCHAR", False),
    Column("expectation_type", "VARCHAR"), Column("column_name", "VARCHAR", doc="the contract column(s) guarded"),
    Column("severity", "VARCHAR"), Column("success", "BOOLEAN"), Column("unexpected_count", "BIGINT"),
    Column("element_count", "BIGINT"), Column("exception", "VARCHAR"),
    Column("examples", "VARCHAR", doc="JSON: up to three unexpected rows (report_id, source_file, value)"),
    Column("docs_index", "VARCHAR", doc="the GX Data Docs index of this run, when built (--docs)"),
    Column("scope", "VARCHAR", doc="`dataset`: every row, through GX (`jixiao validate`); `ingest`: the rows of "
                                   "the reports an ingest wrote, in SQL"),
), "one row per expectation per validation run (`jixiao validate`, the end of an ingest)")

UNREADABLE = ("failed", "needs_ocr", "not_a_report")
# What the expectations judge of a report nobody could read: its record (id, path, status, reason),
# not its data, which it has none of (a `.doc` is no `source_format` of the contract, and that is no
# defect of the dataset). The other columns of such rows reach GX as nulls.
RECORD_COLUMNS = ("report_id", "source_path", "status", "error", "pipeline_version", "ingested_at")


@dataclass(frozen=True)
class ValidationSettings:
    suites_dir: Path = SUITES_DIR
    sample_rows: int = 3  # unexpected rows kept per expectation (printed and in Data Docs)
    crosschecks: bool = True


@dataclass(frozen=True)
class UnexpectedRow:
    report_id: str | None
    source_file: str | None
    value: str


@dataclass(frozen=True)
class ExpectationOutcome:
    spec: ExpectationSpec
    success: bool
    unexpected_count: int
    element_count: int
    samples: tuple[UnexpectedRow, ...] = ()
    exception: str | None = None


@dataclass(frozen=True)
class UnreadableReport:
    """A file stored as failed, needs_ocr or not_a_report: listed in the summary, never an expectation failure."""

    source_path: str
    status: str
    error: str | None


@dataclass(frozen=True)
class ValidationRun:
    run_id: str
    run_at: datetime
    outcomes: tuple[ExpectationOutcome, ...]
    cross_flags: int = 0
    docs_index: str | None = None
    unreadable: tuple[UnreadableReport, ...] = ()
    scope: str = "dataset"  # or "ingest": the rows of the reports an ingest wrote (n_reports of them)
    n_reports: int = 0

    @property
    def failed_errors(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.spec.severity == "error"]


# --- running -------------------------------------------------------------------------------

def read_frames(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Each contract table as a pandas frame, with the derived columns (DERIVED_COLUMNS)."""
    frames = {"reports": con.execute(judged_reports_sql()).df()}
    parents = "(SELECT report_id, min(source_path) AS source_path FROM reports GROUP BY report_id)"
    for spec in CONTRACT_TABLES[1:]:
        frames[spec.name] = con.execute(
            f"SELECT c.*, CASE WHEN c.report_id IS NULL THEN NULL ELSE p.report_id IS NOT NULL END "
            f"AS report_in_reports, p.source_path AS source_file "
            f"FROM {spec.name} c LEFT JOIN {parents} p ON c.report_id = p.report_id"
        ).df()
    return frames


def judged_reports_sql() -> str:
    """`reports` as the expectations see it: readable reports whole, unreadable ones by their record only."""
    unreadable = ", ".join(f"'{s}'" for s in UNREADABLE)
    columns = [c if c in RECORD_COLUMNS else f"CASE WHEN status IN ({unreadable}) THEN NULL ELSE {c} END AS {c}"
               for c in REPORTS.column_names]
    return f"SELECT {', '.join(columns)}, source_path AS source_file FROM reports"


def unreadable_reports(con: duckdb.DuckDBPyConnection, report_ids: list[str] | None = None
                       ) -> tuple[UnreadableReport, ...]:
    """The stored reports nobody could read (of `report_ids` only, when given)."""
    among = " AND report_id IN (SELECT unnest(?))" if report_ids is not None else ""
    rows = con.execute(f"SELECT source_path, status, error FROM reports WHERE status IN "
                       f"({', '.join('?' for _ in UNREADABLE)}){among} ORDER BY status, source_path",
                       [*UNREADABLE, *([list(report_ids)] if report_ids is not None else [])]).fetchall()
    return tuple(UnreadableReport(*row) for row in rows)


def _plain(value: Any) -> Any:
    """numpy/pandas scalars to Python; NaN, NaT and pd.NA to None."""
    import pandas as pd

    if value is None or (not isinstance(value, (list, tuple, dict)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _shown(column: str, value: Any) -> str:
    if column == "report_in_reports":
        return "report_id not in reports"
    return "null" if value is None else str(value)


def _exception_message(info: Any) -> str | None:
    """GX puts exception info at the top level, or per metric when a metric failed."""
    if not isinstance(info, dict):
        return None
    if "raised_exception" in info:
        return str(info.get("exception_message")) if info.get("raised_exception") else None
    for sub in info.values():
        message = _exception_message(sub)
        if message:
            return message
    return None


def outcome_from_result(spec: ExpectationSpec, result: Any, frame: Any, sample_rows: int) -> ExpectationOutcome:
    """GX's result, its unexpected rows looked up in the frame by index label.

    GX's own `unexpected_index_column_names` reads every unexpected cell one by one
    (minutes for 100k unexpected rows), so rows are identified by the frame's index.
    """
    res = dict(result.result or {})
    samples = []
    for label in (res.get("partial_unexpected_index_list") or [])[:sample_rows]:
        if isinstance(label, dict) or label not in frame.index:
            continue
        row = frame.loc[label]
        value = ", ".join(_shown(c, _plain(row[c])) for c in spec.domain) or "null"
        samples.append(UnexpectedRow(_plain(row["report_id"]), _plain(row["source_file"]), value))
    return ExpectationOutcome(
        spec, bool(result.success), int(res.get("unexpected_count") or 0), int(res.get("element_count") or 0),
        tuple(samples), _exception_message(result.exception_info),
    )


def _context(docs_dir: Path | None) -> Any:
    gx = gx_module()
    from great_expectations.data_context.types.base import (
        DataContextConfig,
        InMemoryStoreBackendDefaults,
        ProgressBarsConfig,
    )

    sites = {}
    if docs_dir is not None:
        sites[DOCS_SITE] = {
            "class_name": "SiteBuilder", "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }
    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(), analytics_enabled=False,
        progress_bars=ProgressBarsConfig(globally=False), data_docs_sites=sites,
    )
    return gx.get_context(mode="ephemeral", project_config=config)


def run_suites(suites: list[LoadedSuite], frames: dict[str, Any], *, run_id: str, run_at: datetime,
               docs_dir: Path | None = None, sample_rows: int = 3) -> tuple[list[ExpectationOutcome], str | None]:
    """Every suite on its table's frame; Data Docs written to docs_dir when given."""
    gx = gx_module()
    from great_expectations.core.run_identifier import RunIdentifier

    outcomes: list[ExpectationOutcome] = []
    with quiet_gx():
        context = _context(docs_dir)
        source = context.data_sources.add_pandas("jixiao")
        gx_run = RunIdentifier(run_name=run_id, run_time=run_at.replace(tzinfo=timezone.utc))
        for suite in suites:
            batch = source.add_dataframe_asset(suite.name).add_batch_definition_whole_dataframe("all")
            gx_suite = context.suites.add(build_gx_suite(suite))
            definition = context.validation_definitions.add(
                gx.ValidationDefinition(name=suite.name, data=batch, suite=gx_suite))
            result = definition.run(
                batch_parameters={"dataframe": frames[suite.name]}, run_id=gx_run,
                result_format={"result_format": "SUMMARY", "partial_unexpected_count": max(sample_rows, 1)},
            )
            by_name = {r.expectation_config.meta.get("name"): r for r in result.results}
            for spec in suite.specs:
                if spec.name not in by_name:
                    raise ExpectationSuiteError(f"GX returned no result for {suite.name}.{spec.name}",
                                                path=str(suite.path))
                outcomes.append(outcome_from_result(spec, by_name[spec.name], frames[suite.name], sample_rows))
        docs_index = None
        if docs_dir is not None:
            docs_dir.mkdir(parents=True, exist_ok=True)
            docs_index = context.build_data_docs(site_names=[DOCS_SITE]).get(DOCS_SITE)
    return outcomes, docs_index


def store_run(con: duckdb.DuckDBPyConnection, run: ValidationRun) -> None:
    """Append the run to `validations` (created, or given the columns added since, on first use)."""
    con.execute(VALIDATIONS.ddl())
    have = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'validations'").fetchall()}
    for column in VALIDATIONS.columns:
        if column.name not in have:
            con.execute(f"ALTER TABLE validations ADD COLUMN {column.name} {column.sql_type}")
    rows = [[run.run_id, run.run_at, o.spec.suite, o.spec.name, o.spec.type, o.spec.column, o.spec.severity,
             o.success, o.unexpected_count, o.element_count, o.exception, _examples_json(o), run.docs_index,
             run.scope] for o in run.outcomes]
    if rows:
        names = VALIDATIONS.column_names
        # One statement for the run (DuckDB's executemany costs milliseconds a row).
        values = ", ".join(f"({', '.join('?' for _ in names)})" for _ in rows)
        con.execute(f"INSERT INTO validations ({', '.join(names)}) VALUES {values}",
                    [value for row in rows for value in row])


def validate_connection(con: duckdb.DuckDBPyConnection, settings: ValidationSettings | None = None,
                        docs_dir: Path | None = None) -> ValidationRun:
    """Cross-report checks, then every suite; the run is stored in `validations`."""
    settings = settings or ValidationSettings()
    suites = load_suites(settings.suites_dir)
    cross = 0
    if settings.crosschecks:
        from pipeline.validation.crosschecks import run_crosschecks

        cross = run_crosschecks(con)
    run_at = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = f"{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    outcomes, docs_index = run_suites(suites, read_frames(con), run_id=run_id, run_at=run_at,
                                      docs_dir=docs_dir, sample_rows=settings.sample_rows)
    run = ValidationRun(run_id, run_at, tuple(outcomes), cross, docs_index, unreadable_reports(con))
    store_run(con, run)
    return run


def validate_after_ingest(con: duckdb.DuckDBPyConnection, report_ids: list[str],
                          settings: ValidationSettings | None = None) -> ValidationRun:
    """What closes an ingest: cross-report checks, then every expectation in SQL over the run's reports.

    An expectation the SQL form does not cover sends the whole run through GX instead.
    """
    from pipeline.validation.sql_suites import run_sql_suites
    from pipeline.validation.suites import read_suites

    settings = settings or ValidationSettings()
    suites = read_suites(settings.suites_dir)
    cross = 0
    if settings.crosschecks:
        from pipeline.validation.crosschecks import run_crosschecks

        cross = run_crosschecks(con)
    run_at = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = f"{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    try:
        outcomes = run_sql_suites(con, suites, report_ids, settings.sample_rows)
        scope, unreadable = "ingest", unreadable_reports(con, report_ids)
    except ExpectationSuiteError:
        outcomes, _ = run_suites(load_suites(settings.suites_dir), read_frames(con), run_id=run_id, run_at=run_at,
                                 sample_rows=settings.sample_rows)
        scope, unreadable = "dataset", unreadable_reports(con)
    run = ValidationRun(run_id, run_at, tuple(outcomes), cross, unreadable=unreadable, scope=scope,
                        n_reports=len(set(report_ids)))
    store_run(con, run)
    return run


def _examples_json(outcome: ExpectationOutcome) -> str | None:
    import json

    if not outcome.samples:
        return None
    return json.dumps([{"report_id": r.report_id, "source_file": r.source_file, "value": r.value}
                       for r in outcome.samples], ensure_ascii=False)


def print_run(run: ValidationRun, console: Any) -> None:
    """The summary of a run, in the reader's language (`pipeline.validation.summary`)."""
    from pipeline.validation.summary import print_summary

    print_summary(run, console)


def run_json(run: ValidationRun) -> dict[str, Any]:
    from pipeline.validation.summary import summary_json

    return summary_json(run)


def validate_db(db: str, docs: str | None = None) -> ValidationRun:
    """Validate the dataset in `db` (which must exist) and store the run."""
    from pipeline.storage.store import Store
    from schemas.errors import DatabaseMissing
    from schemas.messages import t

    if db != ":memory:" and not Path(db).is_file():
        raise DatabaseMissing(t("error.db_folder" if Path(db).is_dir() else "error.db_missing", db=db))
    docs_dir = Path(docs).resolve() if docs else None  # GX wants an absolute folder
    if docs_dir is not None:
        _docs_folder(docs_dir)
    with Store(db) as store:
        return validate_connection(store.con, docs_dir=docs_dir)


def _docs_folder(docs: Path) -> None:
    """The Data Docs folder, created; a file in its place is an output error, not a crash inside GX."""
    from schemas.errors import OutputError
    from schemas.messages import t

    if docs.exists() and not docs.is_dir():
        raise OutputError(t("error.out_is_file", path=docs).replace("--out", "--docs"), hint=t("error.out_is_file_hint"))
    try:
        docs.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=docs, reason=exc.strerror or exc)) from exc


def validate_command(db: str, print_summary: bool = True, docs: str | None = None, as_json: bool = False) -> int:
    """`jixiao validate` (and the end of `ingest`): 1 when an expectation of severity error fails, 2 when it
    cannot run (the error's line printed)."""
    import json
    import sys

    from rich.console import Console

    from schemas.messages import error_line

    try:
        run = validate_db(db, docs)
    except JixiaoError as exc:
        print(error_line(exc), file=sys.stderr)
        return exc.exit_code
    if as_json:
        print(json.dumps(run_json(run), ensure_ascii=False, indent=2))
    elif print_summary:
        print_run(run, Console())
    return 1 if run.failed_errors else 0
