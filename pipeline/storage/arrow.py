"""Rows into DuckDB as one INSERT per table (many rows per statement, values cast by DuckDB).

Rows travel as an Arrow table, except in a small batch (fewer than
`ARROW_MIN_REPORTS` reports: a one-file ingest, the last files of a run) while
pyarrow is not loaded yet: a table of fewer than `ARROW_MIN_ROWS` rows then goes
as one multi-row VALUES statement. pyarrow's first array imports pandas (about half a second with
pyarrow itself), which would be a quarter of a one-file ingest; but VALUES
makes DuckDB bind every value from Python (about 0.5 ms a row, against Arrow's
few microseconds), so once pyarrow is loaded (the first big table of a bulk
run) every insert goes through Arrow.

Either way DECIMAL values travel as their exact text and are cast by DuckDB,
exactly as parameter binding does, so both paths round the same way.
"""
from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import duckdb

from pipeline.storage.rows import Row
from schemas.tables import TableSpec

if TYPE_CHECKING:
    import pyarrow as pa

# A batch of fewer reports than this is small; a table of fewer rows than this in a small batch
# (or the files ledger of a few paths) goes in as VALUES while pyarrow is not loaded.
ARROW_MIN_REPORTS = 4
ARROW_MIN_ROWS = 200


def _arrow_loaded() -> bool:
    return "pyarrow" in sys.modules


def _arrow_type(sql_type: str) -> pa.DataType:
    import pyarrow as pa

    if sql_type in ("INTEGER", "BIGINT"):
        return pa.int64()
    if sql_type == "TIMESTAMP":
        return pa.timestamp("us")
    if sql_type == "BLOB":
        return pa.binary()
    if sql_type == "BOOLEAN":
        return pa.bool_()
    return pa.string()  # VARCHAR, and DECIMAL as its exact text


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _as_text(sql_type: str) -> bool:
    return sql_type.startswith("DECIMAL") or sql_type == "VARCHAR"


def rows_to_arrow(spec: TableSpec, rows: Sequence[Row]) -> pa.Table:
    import pyarrow as pa

    arrays = []
    for col in spec.columns:
        values = [row.get(col.name) for row in rows]
        if _as_text(col.sql_type):
            values = [_text(v) for v in values]
        arrays.append(pa.array(values, type=_arrow_type(col.sql_type)))
    return pa.Table.from_arrays(arrays, names=spec.column_names)


def insert_rows(con: duckdb.DuckDBPyConnection, spec: TableSpec, rows: Sequence[Row], *, small: bool = True) -> None:
    """Insert the rows; `small`: they come from a small batch (see the module's docstring)."""
    if not rows:
        return
    if small and len(rows) < ARROW_MIN_ROWS and not _arrow_loaded():
        _insert_values(con, spec, rows)
        return
    view = f"_jixiao_batch_{spec.name}"
    con.register(view, rows_to_arrow(spec, rows))
    try:
        casts = ", ".join(f"CAST({c.name} AS {c.sql_type})" for c in spec.columns)
        con.execute(f"INSERT INTO {spec.name} ({', '.join(spec.column_names)}) SELECT {casts} FROM {view}")
    finally:
        # After a refused INSERT the transaction is aborted and unregister fails too; the view is
        # replaced by the next register, and the INSERT's own error is the one to report.
        with contextlib.suppress(duckdb.TransactionException):
            con.unregister(view)


def _insert_values(con: duckdb.DuckDBPyConnection, spec: TableSpec, rows: Sequence[Row]) -> None:
    """One multi-row INSERT, values bound as `rows_to_arrow` passes them (DECIMAL as text, then cast)."""
    casts = ", ".join(f"CAST(? AS {c.sql_type})" for c in spec.columns)
    text = [_as_text(c.sql_type) for c in spec.columns]
    params: list[Any] = []
    for row in rows:
        for col, as_text in zip(spec.columns, text):
            value = row.get(col.name)
            params.append(_text(value) if as_text else value)
    values = ", ".join(f"({casts})" for _ in rows)
    con.execute(f"INSERT INTO {spec.name} ({', '.join(spec.column_names)}) VALUES {values}", params)
