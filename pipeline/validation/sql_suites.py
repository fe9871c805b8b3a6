"""The suites of `expectations/*.json` as DuckDB SQL, for the validation that closes an ingest.

`jixiao validate` runs the suites through Great Expectations over the whole dataset.
That costs seconds whatever the dataset's size (importing GX about 3.6 s, its context
and suites about 1 s more, measured in /work/shared/PERF.md), which is most of the
wall time of a small ingest. After an ingest only the reports the run wrote can have
broken a per-row expectation, so ingest checks those rows, and does it in SQL:

- every expectation of the same suite files is translated here, type by type, to a
  query giving GX's `element_count`, `unexpected_count` and a few unexpected rows;
  the files stay the only definition (an expectation type or argument not handled
  here is an error, and ingest then runs GX instead);
- uniqueness is counted over the whole table, so a new row that duplicates an old
  one is caught; the unexpected rows reported are the run's;
- tests/pipeline/validation/test_sql_suites.py runs every expectation both ways on a
  dataset with one planted violation per expectation and requires the same success,
  counts and rows as GX.

GX semantics kept: rows outside a `row_condition` are not elements; a null is never
unexpected except to `..._not_be_null` (nulls count as elements all the same);
`match_regex` searches (not anchored unless the pattern is); `..._to_be_unique`
counts every row of a repeated value; a compound key is ignored when all its columns
are null (GX's `ignore_row_if` default) and nulls compare equal inside a key.
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb

from pipeline.validation.suites import ExpectationSpec, LoadedSuite
from schemas.errors import ExpectationSuiteError

SCOPE_TABLE = "_jixiao_validation_scope"
ROW_CONDITION_OPERATORS = {"==", "!=", "IN", "NOT_IN"}
# The kwargs each expectation type may use here (besides `row_condition`).
KWARGS = {
    "expect_column_values_to_not_be_null": {"column"},
    "expect_column_values_to_be_in_set": {"column", "value_set"},
    "expect_column_values_to_be_between": {"column", "min_value", "max_value"},
    "expect_column_values_to_match_regex": {"column", "regex"},
    "expect_column_values_to_be_unique": {"column"},
    "expect_compound_columns_to_be_unique": {"column_list"},
}


@dataclass(frozen=True)
class SqlExpectation:
    """One expectation as SQL over `rows` (the table with its derived columns, after the row condition)."""

    spec: ExpectationSpec
    condition: str  # the row condition ("TRUE" when none)
    unexpected: str  # a predicate on one row; for uniqueness, on the row's key being repeated
    key: tuple[str, ...] = ()  # uniqueness: the columns of the key


def literal(value: Any) -> str:
    """A JSON scalar as a SQL literal."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    raise ValueError(f"cannot write {value!r} as a SQL literal")


def _column(name: Any) -> str:
    if not isinstance(name, str) or not name.replace("_", "").isalnum():
        raise ValueError(f"not a column name: {name!r}")
    return f'"{name}"'


def row_condition_sql(condition: Any) -> str:
    """GX 1.x's structured row condition (`comparison`, `and`, `or`) as a SQL predicate.

    pandas semantics: a null is unequal to everything and in no list.
    """
    if condition is None:
        return "TRUE"
    if isinstance(condition, dict) and condition.get("type") in ("and", "or") and set(condition) == {
            "type", "conditions"}:
        parts = condition["conditions"]
        if not isinstance(parts, list) or not parts:
            raise ValueError(f"{condition['type']} needs a non-empty list of conditions")
        joiner = " AND " if condition["type"] == "and" else " OR "
        return "(" + joiner.join(f"({row_condition_sql(part)})" for part in parts) + ")"
    if not isinstance(condition, dict) or condition.get("type") != "comparison" or \
            condition.get("operator") not in ROW_CONDITION_OPERATORS or set(condition) - {
                "type", "column", "operator", "parameter"}:
        raise ValueError(f"unsupported row_condition {json.dumps(condition, ensure_ascii=False)}")
    column = _column((condition.get("column") or {}).get("name"))
    operator, parameter = condition["operator"], condition.get("parameter")
    if operator in ("IN", "NOT_IN"):
        if not isinstance(parameter, list) or not parameter:
            raise ValueError(f"{operator} needs a non-empty list, got {parameter!r}")
        test = f"coalesce({column} IN ({', '.join(map(literal, parameter))}), FALSE)"
        return test if operator == "IN" else f"NOT {test}"
    test = f"{column} IS NOT DISTINCT FROM {literal(parameter)}"
    return test if operator == "==" else f"NOT ({test})"


def translate(spec: ExpectationSpec, config: dict[str, Any]) -> SqlExpectation:
    """The SQL of one expectation, or ValueError naming what is not handled here."""
    kind = config.get("type")
    if kind not in KWARGS:
        raise ValueError(f"expectation type {kind!r} has no SQL form")
    kwargs = dict(config.get("kwargs") or {})
    condition = row_condition_sql(kwargs.pop("row_condition", None))
    unknown = set(kwargs) - KWARGS[kind]
    if unknown:
        raise ValueError(f"{kind}: arguments {sorted(unknown)} have no SQL form")
    if kind == "expect_compound_columns_to_be_unique":
        columns = tuple(_column(c) for c in kwargs["column_list"])
        return SqlExpectation(spec, condition, "", columns)
    column = _column(kwargs["column"])
    if kind == "expect_column_values_to_not_be_null":
        return SqlExpectation(spec, condition, f"{column} IS NULL")
    if kind == "expect_column_values_to_be_unique":
        return SqlExpectation(spec, condition, "", (column,))
    if kind == "expect_column_values_to_be_in_set":
        values = kwargs["value_set"]
        if not isinstance(values, list) or not values:
            raise ValueError("value_set must be a non-empty list")
        return SqlExpectation(spec, condition, f"{column} IS NOT NULL AND {column} NOT IN "
                                               f"({', '.join(map(literal, values))})")
    if kind == "expect_column_values_to_be_between":
        outside = [f"{column} < {literal(kwargs['min_value'])}" if kwargs.get("min_value") is not None else "",
                   f"{column} > {literal(kwargs['max_value'])}" if kwargs.get("max_value") is not None else ""]
        tests = [t for t in outside if t]
        if not tests:
            raise ValueError("between needs min_value or max_value")
        return SqlExpectation(spec, condition, f"{column} IS NOT NULL AND ({' OR '.join(tests)})")
    return SqlExpectation(spec, condition, f"{column} IS NOT NULL AND NOT regexp_matches(CAST({column} AS VARCHAR), "
                                           f"{literal(kwargs['regex'])})")


def translate_suite(suite: LoadedSuite) -> list[SqlExpectation]:
    out = []
    for spec, config in zip(suite.specs, suite.configs):
        try:
            out.append(translate(spec, config))
        except (ValueError, KeyError, TypeError) as exc:
            raise ExpectationSuiteError(f"{suite.path.name}: {spec.name} has no SQL form ({exc})",
                                        path=str(suite.path)) from exc
    return out


def table_rows_sql(table: str) -> str:
    """The table as GX sees it (`read_frames`): with `source_file`, `reports` as judged (an unreadable
    report by its record only), and `report_in_reports` for child tables."""
    if table == "reports":
        from pipeline.validation.expectations import judged_reports_sql

        return judged_reports_sql()
    return (f"SELECT c.*, CASE WHEN c.report_id IS NULL THEN NULL ELSE p.report_id IS NOT NULL END "
            f"AS report_in_reports, p.source_path AS source_file FROM {table} c LEFT JOIN "
            f"(SELECT report_id, min(source_path) AS source_path FROM reports GROUP BY report_id) p "
            f"ON c.report_id = p.report_id")


def _shown(spec: ExpectationSpec) -> str:
    """The value an unexpected row shows: the columns the expectation reads."""
    return " || ', ' || ".join(
        f"coalesce(CAST({_column(c)} AS VARCHAR), 'null')" if c != "report_in_reports"
        else "'report_id not in reports'" for c in spec.domain) or "'null'"


def _scope(scoped: bool) -> str:
    return f"report_id IN (SELECT report_id FROM {SCOPE_TABLE})" if scoped else "TRUE"


def _unexpected(sql: SqlExpectation) -> tuple[str, str]:
    """(extra CTEs, predicate on a row `r` of `rows`) of the rows that break `sql`."""
    if not sql.key:
        return "", sql.unexpected
    key = ", ".join(sql.key)
    # GX's compound default: a key whose columns are all null is no element of the check.
    keyed = " OR ".join(f"{c} IS NOT NULL" for c in sql.key)
    match = " AND ".join(f"r.{c} IS NOT DISTINCT FROM d.{c}" for c in sql.key)
    # Repeats are counted over the whole table, so a new row that repeats an old one is caught.
    repeated = f", repeated AS (SELECT {key} FROM rows WHERE {keyed} GROUP BY ALL HAVING count(*) > 1)"
    return repeated, f"({keyed}) AND EXISTS (SELECT 1 FROM repeated d WHERE {match})"


def counts_query(table: str, expectations: Sequence[SqlExpectation], scoped: bool) -> str:
    """One scan of a table: per expectation, its elements and (key-less ones) its unexpected rows."""
    columns = []
    for sql in expectations:
        columns.append(f"count(*) FILTER (WHERE {sql.condition})")
        columns.append("0" if sql.key else f"count(*) FILTER (WHERE ({sql.condition}) AND ({sql.unexpected}))")
    return (f"WITH base AS ({table_rows_sql(table)}) SELECT {', '.join(columns)} "
            f"FROM base r WHERE {_scope(scoped)}")


def unexpected_query(sql: SqlExpectation, scoped: bool, limit: int | None) -> str:
    """The unexpected rows of one expectation: (report_id, source_file, shown value); all when no limit."""
    ctes, predicate = _unexpected(sql)
    return (f"WITH base AS ({table_rows_sql(sql.spec.suite)}), rows AS (SELECT * FROM base WHERE {sql.condition})"
            f"{ctes} SELECT report_id, source_file, {_shown(sql.spec)} FROM rows r "
            f"WHERE {_scope(scoped)} AND {predicate}" + (f" LIMIT {int(limit)}" if limit is not None else ""))


def run_sql_suites(con: duckdb.DuckDBPyConnection, suites: Sequence[LoadedSuite], report_ids: Sequence[str] | None,
                   sample_rows: int = 3) -> list[Any]:
    """Every expectation's outcome over the rows of `report_ids` (None: every row).

    One query per table counts every key-less expectation at once; uniqueness and the
    unexpected rows shown are queried per expectation, the latter only when it failed.
    """
    from pipeline.validation.expectations import ExpectationOutcome, UnexpectedRow

    translated = [translate_suite(suite) for suite in suites]
    scoped = report_ids is not None
    if scoped:
        con.execute(f"CREATE OR REPLACE TEMP TABLE {SCOPE_TABLE} (report_id VARCHAR)")
        ids = list(dict.fromkeys(report_ids or ()))
        if ids:  # a run that wrote nothing (every file skipped) judges no rows
            con.execute(f"INSERT INTO {SCOPE_TABLE} SELECT unnest(?)", [ids])
    outcomes = []
    try:
        for suite, expectations in zip(suites, translated):
            counts = con.execute(counts_query(suite.name, expectations, scoped)).fetchone() or ()
            for i, sql in enumerate(expectations):
                elements, unexpected = int(counts[2 * i]), int(counts[2 * i + 1])
                rows: list[tuple[Any, Any, Any]] = []
                if sql.key:
                    rows = con.execute(unexpected_query(sql, scoped, None)).fetchall()
                    unexpected = len(rows)
                elif unexpected:
                    rows = con.execute(unexpected_query(sql, scoped, sample_rows)).fetchall()
                samples = tuple(UnexpectedRow(r, f, v) for r, f, v in rows[:sample_rows])
                outcomes.append(ExpectationOutcome(sql.spec, unexpected == 0, unexpected, elements, samples))
    finally:
        if scoped:
            con.execute(f"DROP TABLE IF EXISTS {SCOPE_TABLE}")
    return outcomes
