"""Suite files: `expectations/<table>.json`, one GX 1.x suite per contract table.

The JSON files are the source of truth. Each expectation's `meta` names itself (`name`),
the contract column it guards (`column`) and a severity (`error` fails `jixiao validate`,
`warning` is reported only). GX 1.x skips an expectation it cannot parse with a log line;
`load_suite` builds each one itself, names the bad one, and checks the built suite holds
every expectation of the file.

GX is imported lazily (here and in `pipeline.validation.expectations` only), so `jixiao --help` and
reading never pay for it.
"""
from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from schemas.errors import ExpectationSuiteError
from schemas.tables import CONTRACT_TABLES, TableSpec

SUITES_DIR = Path(__file__).resolve().parents[2] / "expectations"
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


@contextmanager
def quiet_gx() -> Iterator[None]:
    """GX logs and warns a lot (deprecations, pandas futures); the CLI shows our summary only."""
    logging.getLogger("great_expectations").setLevel(logging.CRITICAL)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def gx_module() -> Any:
    """`great_expectations`, imported quietly."""
    with quiet_gx():
        import great_expectations as gx
    return gx


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
    gx = gx_module()
    with quiet_gx():
        return gx.ExpectationSuite(name=suite.name, expectations=[dict(c) for c in suite.configs],
                                   meta=dict(suite.meta))


def read_suite(path: Path) -> LoadedSuite:
    """A suite file read and its `meta` checked, without Great Expectations (see `load_suite`)."""
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
        specs.append(spec)
        configs.append({**exp, "severity": GX_SEVERITY[spec.severity]})
    return LoadedSuite(name, path, tuple(specs), tuple(configs), dict(data.get("meta") or {}))


def load_suite(path: Path) -> LoadedSuite:
    """A suite file, every expectation built by GX, or an ExpectationSuiteError naming the bad one."""
    loaded = read_suite(path)
    gx_module()  # imported quietly before its submodules
    from great_expectations.compatibility.pydantic import ValidationError as PydanticValidationError
    from great_expectations.exceptions import GreatExpectationsError
    from great_expectations.expectations.expectation_configuration import ExpectationConfiguration

    for i, (spec, config) in enumerate(zip(loaded.specs, loaded.configs)):
        try:
            with quiet_gx():
                ExpectationConfiguration(**config).to_domain_obj()
        except (GreatExpectationsError, PydanticValidationError, TypeError, ValueError, KeyError) as exc:
            detail = " ".join(str(exc).split())[:300]
            raise ExpectationSuiteError(f"{path.name}: expectation #{i} ({spec.name}) is malformed: {detail}",
                                        path=str(path)) from exc
    built = build_gx_suite(loaded)
    if len(built.expectations) != len(loaded.configs):  # GX drops what it cannot parse
        raise ExpectationSuiteError(f"{path.name}: GX loaded {len(built.expectations)} of "
                                    f"{len(loaded.configs)} expectations", path=str(path))
    return loaded


def load_suites(suites_dir: Path = SUITES_DIR) -> list[LoadedSuite]:
    """One suite per contract table, in contract order, every expectation built by GX."""
    return [load_suite(path) for path in suite_paths(suites_dir)]


def read_suites(suites_dir: Path = SUITES_DIR) -> list[LoadedSuite]:
    """One suite per contract table, in contract order, read without GX."""
    return [read_suite(path) for path in suite_paths(suites_dir)]


def suite_paths(suites_dir: Path = SUITES_DIR) -> list[Path]:
    """The suite file of every contract table, in contract order."""
    paths = {p.stem: p for p in suites_dir.glob("*.json")}
    missing = [t for t in TABLES if t not in paths]
    if missing:
        raise ExpectationSuiteError(f"no suite file for table(s) {missing} in {suites_dir}", path=str(suites_dir))
    unknown = sorted(set(paths) - set(TABLES))
    if unknown:
        raise ExpectationSuiteError(f"suite files for unknown tables {unknown}", path=str(suites_dir))
    return [paths[t] for t in TABLES]
