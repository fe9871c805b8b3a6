"""Rows into DuckDB as one Arrow INSERT per table (many rows per statement, values cast by DuckDB).

DECIMAL values travel as their exact text and are cast by DuckDB, exactly as
parameter binding does, so both paths round the same way.
"""
from __future__ import annotations

import contextlib
from collections.abc import Sequence

import duckdb
import pyarrow as pa

from pipeline.storage.rows import Row
from schemas.tables import TableSpec


def _arrow_type(sql_type: str) -> pa.DataType:
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


def rows_to_arrow(spec: TableSpec, rows: Sequence[Row]) -> pa.Table:
    arrays = []
    for col in spec.columns:
        values = [row.get(col.name) for row in rows]
        if col.sql_type.startswith("DECIMAL") or col.sql_type == "VARCHAR":
            values = [_text(v) for v in values]
        arrays.append(pa.array(values, type=_arrow_type(col.sql_type)))
    return pa.Table.from_arrays(arrays, names=spec.column_names)


def insert_rows(con: duckdb.DuckDBPyConnection, spec: TableSpec, rows: Sequence[Row]) -> None:
    if not rows:
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
