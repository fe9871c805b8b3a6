"""Dataset expectations: the GX suites of `expectations/*.json` run over the DuckDB tables.

Per-report rules catch a report that contradicts itself; these suites check that the
dataset as a whole keeps its contract (keys, value sets, ranges, references between
tables). One JSON file per contract table is the source of truth; each expectation's
`meta` names itself (`name`), the contract column it guards (`column`) and a severity
(`error` fails `jixiao validate`, `warning` is reported only).

GX is imported here only, lazily, so `jixiao --help` and reading never pay for it.
GX 1.x skips an expectation it cannot parse with a log line; `load_suite` builds each
one itself, names the bad one, and checks the built suite holds every expectation.
"""
from __future__ import annotations

import json
import logging
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from pipeline.errors import ExpectationSuiteError, JixiaoError
from schemas.tables import CONTRACT_TABLES, Column, TableSpec

SUITES_DIR = Path(__file__).resolve().parents[1] / "expectations"
SEVERITIES = ("error", "warning")
GX_SEVERITY = {"error": "critical", "warning": "warning"}  # GX's own FailureSeverity names
SUITE_KEYS = frozenset({"name", "expectations", "meta", "notes", "id", "suite_parameters"})
TABLES: dict[str, TableSpec] = {spec.name: spec for spec in CONTRACT_TABLES}

# Columns added to the frames GX sees: GX 1.x has no cross-table expectation for pandas
# (UnexpectedRowsExpectation needs SQL), so references are computed by DuckDB first.
DERIVED_COLUMNS = {
    "report_in_reports": "child tables: true when report_id is in `reports` (null when report_id is null)",
    "source_file": "the report's source_path, so unexpected rows name their file",
}
DOCS_SITE = "jixiao"

VALIDATIONS = TableSpec("validations", (
    Column("run_id", "VARCHAR", False), Column("run_at", "TIMESTAMP", False),
    Column("suite", "VARCHAR", False), Column("expectation", "VARCHAR", False),
    Column("expectation_type", "VARCHAR"), Column("column_name", "VARCHAR", doc="the contract column(s) guarded"),
    Column("severity", "VARCHAR"), Column("success", "BOOLEAN"), Column("unexpected_count", "BIGINT"),
    Column("element_count", "BIGINT"), Column("exception", "VARCHAR"),
), "one row per expectation per `jixiao validate` run")


@dataclass(frozen=True)
class ValidationSettings:
    suites_dir: Path = SUITES_DIR
    sample_rows: int = 3  # unexpected rows kept per expectation (printed and in Data Docs)
    crosschecks: bool = True


@dataclass(frozen=True)
class ExpectationSpec:
    suite: str
    name: str
    type: str
    column: str  # meta.column: the contract column(s) guarded
    severity: str
    description: str = ""
    domain: tuple[str, ...] = ()  # the frame columns GX reads (kwargs column / column_list)


@dataclass(frozen=True)
class LoadedSuite:
    name: str
    path: Path
    specs: tuple[ExpectationSpec, ...]
    configs: tuple[dict[str, Any], ...]  # as in the file, GX severity filled in from meta
    meta: dict[str, Any]


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
class ValidationRun:
    run_id: str
    run_at: datetime
    outcomes: tuple[ExpectationOutcome, ...]
    cross_flags: int = 0
    docs_index: str | None = None

    @property
    def failed_errors(self) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if not o.success and o.spec.severity == "error"]


# --- GX, quietly -------------------------------------------------------------------------

@contextmanager
def quiet_gx() -> Iterator[None]:
    """GX logs and warns a lot (deprecations, pandas futures); the CLI shows our summary only."""
    logging.getLogger("great_expectations").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def _gx() -> Any:
    with quiet_gx():
        import great_expectations as gx
    return gx


# --- suite files -------------------------------------------------------------------------

def canonical_suite_json(data: dict[str, Any]) -> str:
    """The committed form of a suite: sorted keys, indent 2, readable Chinese."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def format_suites(suites_dir: Path = SUITES_DIR) -> list[Path]:
    """Rewrite suite files not in canonical form; returns those rewritten."""
    rewritten = []
    for path in sorted(suites_dir.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        canonical = canonical_suite_json(json.loads(text))
        if text != canonical:
            path.write_text(canonical, encoding="utf-8")
            rewritten.append(path)
    return rewritten


def _check_meta(path: Path, table: TableSpec, index: int, exp: Any) -> ExpectationSpec:
    where = f"{path.name}: expectation #{index}"
    if not isinstance(exp, dict):
        raise ExpectationSuiteError(f"{where} is not an object", path=str(path))
    meta = exp.get("meta")
    if not isinstance(meta, dict):
        raise ExpectationSuiteError(f"{where} has no `meta` object (name, column, severity)", path=str(path))
    name, column, severity = meta.get("name"), meta.get("column"), meta.get("severity")
    if not isinstance(name, str) or not name:
        raise ExpectationSuiteError(f"{where}: meta.name must be a non-empty string", path=str(path))
    where = f"{where} ({name})"
    if severity not in SEVERITIES:
        raise ExpectationSuiteError(f"{where}: meta.severity {severity!r} is not one of {SEVERITIES}",
                                    path=str(path))
    known = set(table.column_names)
    if not isinstance(column, str) or not set(column.split(",")) <= known:
        raise ExpectationSuiteError(f"{where}: meta.column {column!r} names no column of {table.name} "
                                    f"(known: {', '.join(table.column_names)})", path=str(path))
    raw_kwargs = exp.get("kwargs")
    kwargs: dict[str, Any] = raw_kwargs if isinstance(raw_kwargs, dict) else {}
    used = [kwargs["column"]] if isinstance(kwargs.get("column"), str) else list(kwargs.get("column_list") or [])
    unknown = [c for c in used if c not in known and c not in DERIVED_COLUMNS]
    if unknown:
        raise ExpectationSuiteError(f"{where}: kwargs name unknown column(s) {unknown} of {table.name}",
                                    path=str(path))
    gx_severity = exp.get("severity", GX_SEVERITY[severity])
    if gx_severity != GX_SEVERITY[severity]:
        raise ExpectationSuiteError(f"{where}: GX severity {gx_severity!r} contradicts meta.severity "
                                    f"{severity!r}", path=str(path))
    return ExpectationSpec(table.name, name, str(exp.get("type")), column, severity,
                           str(exp.get("description") or ""), tuple(used))


def build_gx_suite(suite: LoadedSuite) -> Any:
    """A fresh GX ExpectationSuite (one per context: GX binds suites to the context they join)."""
    gx = _gx()
    with quiet_gx():
        return gx.ExpectationSuite(name=suite.name, expectations=[dict(c) for c in suite.configs],
                                   meta=dict(suite.meta))


def load_suite(path: Path) -> LoadedSuite:
    """A suite file, every expectation built, or an ExpectationSuiteError naming the bad one."""
    _gx()  # imported quietly before its submodules
    from great_expectations.compatibility.pydantic import ValidationError as PydanticValidationError
    from great_expectations.exceptions import GreatExpectationsError
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExpectationSuiteError(f"cannot read suite {path.name} ({exc})", path=str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        raise ExpectationSuiteError(f"{path.name} is not a GX suite (no `expectations` list)", path=str(path))
    extra = set(data) - SUITE_KEYS
    if extra:
        raise ExpectationSuiteError(f"{path.name}: unknown suite keys {sorted(extra)}", path=str(path))
    name = data.get("name")
    if name != path.stem or name not in TABLES:
        raise ExpectationSuiteError(f"{path.name}: suite name {name!r} must be the file's stem and a "
                                    f"contract table ({', '.join(TABLES)})", path=str(path))
    specs: list[ExpectationSpec] = []
    configs: list[dict[str, Any]] = []
    for i, exp in enumerate(data["expectations"]):
        spec = _check_meta(path, TABLES[name], i, exp)
        if spec.name in {s.name for s in specs}:
            raise ExpectationSuiteError(f"{path.name}: meta.name {spec.name!r} is used twice", path=str(path))
        config = {**exp, "severity": GX_SEVERITY[spec.severity]}
        try:
            with quiet_gx():
                ExpectationConfiguration(**config).to_domain_obj()
        except (GreatExpectationsError, PydanticValidationError, TypeError, ValueError, KeyError) as exc:
            detail = " ".join(str(exc).split())[:300]
            raise ExpectationSuiteError(f"{path.name}: expectation #{i} ({spec.name}) is malformed: {detail}",
                                        path=str(path)) from exc
        specs.append(spec)
        configs.append(config)
    loaded = LoadedSuite(name, path, tuple(specs), tuple(configs), dict(data.get("meta") or {}))
    built = build_gx_suite(loaded)
    if len(built.expectations) != len(data["expectations"]):  # GX drops what it cannot parse
        raise ExpectationSuiteError(f"{path.name}: GX loaded {len(built.expectations)} of "
                                    f"{len(data['expectations'])} expectations", path=str(path))
    return loaded


def load_suites(suites_dir: Path = SUITES_DIR) -> list[LoadedSuite]:
    """One suite per contract table, in contract order."""
    paths = {p.stem: p for p in suites_dir.glob("*.json")}
    missing = [t for t in TABLES if t not in paths]
    if missing:
        raise ExpectationSuiteError(f"no suite file for table(s) {missing} in {suites_dir}", path=str(suites_dir))
    unknown = sorted(set(paths) - set(TABLES))
    if unknown:
        raise ExpectationSuiteError(f"suite files for unknown tables {unknown}", path=str(suites_dir))
    return [load_suite(paths[t]) for t in TABLES]


# --- running -------------------------------------------------------------------------------

def read_frames(con: duckdb.DuckDBPyConnection) -> dict[str, Any]:
    """Each contract table as a pandas frame, with the derived columns (DERIVED_COLUMNS)."""
    frames = {"reports": con.execute("SELECT *, source_path AS source_file FROM reports").df()}
    parents = "(SELECT report_id, min(source_path) AS source_path FROM reports GROUP BY report_id)"
    for spec in CONTRACT_TABLES[1:]:
        frames[spec.name] = con.execute(
            f"SELECT c.*, CASE WHEN c.report_id IS NULL THEN NULL ELSE p.report_id IS NOT NULL END "
            f"AS report_in_reports, p.source_path AS source_file "
            f"FROM {spec.name} c LEFT JOIN {parents} p ON c.report_id = p.report_id"
        ).df()
    return frames


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
    gx = _gx()
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
    gx = _gx()
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
    con.execute(VALIDATIONS.ddl())
    rows = [[run.run_id, run.run_at, o.spec.suite, o.spec.name, o.spec.type, o.spec.column, o.spec.severity,
             o.success, o.unexpected_count, o.element_count, o.exception] for o in run.outcomes]
    if rows:
        names = VALIDATIONS.column_names
        con.executemany(f"INSERT INTO validations ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                        rows)


def validate_connection(con: duckdb.DuckDBPyConnection, settings: ValidationSettings | None = None,
                        docs_dir: Path | None = None) -> ValidationRun:
    """Cross-report checks, then every suite; the run is stored in `validations`."""
    settings = settings or ValidationSettings()
    suites = load_suites(settings.suites_dir)
    cross = 0
    if settings.crosschecks:
        from pipeline.crosschecks import run_crosschecks

        cross = run_crosschecks(con)
    run_at = datetime.now(timezone.utc).replace(tzinfo=None)
    run_id = f"{run_at:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"
    outcomes, docs_index = run_suites(suites, read_frames(con), run_id=run_id, run_at=run_at,
                                      docs_dir=docs_dir, sample_rows=settings.sample_rows)
    run = ValidationRun(run_id, run_at, tuple(outcomes), cross, docs_index)
    store_run(con, run)
    return run


def _examples(outcome: ExpectationOutcome) -> str:
    from rich.markup import escape

    if outcome.exception:
        return escape(f"exception: {outcome.exception}")
    return "\n".join(escape(f"{Path(r.source_file).name if r.source_file else '?'} "
                            f"({(r.report_id or 'null')[:8]}): {r.value}") for r in outcome.samples)


def print_run(run: ValidationRun, console: Any) -> None:
    """One row per failed expectation, one per suite for the rest; then the verdict."""
    from rich.table import Table

    passed = sum(o.success for o in run.outcomes)
    table = Table(title=f"validation {run.run_id}: {passed}/{len(run.outcomes)} expectations passed, "
                        f"{run.cross_flags} cross-report flags", title_justify="left")
    table.add_column("suite", no_wrap=True)
    table.add_column("expectation", overflow="fold", ratio=2)
    table.add_column("passed", no_wrap=True)
    table.add_column("unexpected", justify="right", no_wrap=True)
    table.add_column("examples: file (report): value", overflow="fold", ratio=3)
    for suite in TABLES:
        mine = [o for o in run.outcomes if o.spec.suite == suite]
        for o in (o for o in mine if not o.success):
            colour = "red" if o.spec.severity == "error" else "yellow"
            table.add_row(suite, o.spec.name, f"[{colour}]✗ {o.spec.severity}[/{colour}]",
                          str(o.unexpected_count), _examples(o))
        ok = sum(o.success for o in mine)
        if ok:
            table.add_row(suite, f"{ok} others" if ok < len(mine) else f"all {ok}", "[green]✓[/green]", "0", "")
    console.print(table)
    errors = run.failed_errors
    if errors:
        console.print(f"[red]{len(errors)} expectation(s) of severity error failed[/red] "
                      f"(details: SELECT * FROM validations WHERE run_id = '{run.run_id}')")
    if run.docs_index:
        console.print(f"Data Docs: {run.docs_index}")


def validate_command(db: str, print_summary: bool = True, docs: str | None = None) -> int:
    """`jixiao validate` (and the end of `ingest`): 1 when an expectation of severity error fails."""
    from rich.console import Console

    from pipeline.store import Store

    err = Console(stderr=True)
    if db != ":memory:" and not Path(db).exists():
        err.print(f"[red]no database at {db}[/red] (run `jixiao ingest` first)")
        return 2
    try:
        with Store(db) as store:
            run = validate_connection(store.con, docs_dir=Path(docs) if docs else None)
    except JixiaoError as exc:
        err.print(f"[red]{exc}[/red]")
        return 2
    if print_summary:
        print_run(run, Console())
    return 1 if run.failed_errors else 0
