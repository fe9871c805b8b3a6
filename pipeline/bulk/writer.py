"""The bulk writer: many reports' rows per DuckDB transaction, inserted as Arrow tables.

`Store.write_rows` costs one `executemany` per table per report (29 ms a report
on an idle 2-core machine here, 80-120 ms under load): at 10 files/s the one
writer would take a third of a core or more from the workers. Batched by 16,
a report costs 6 ms. This writes a batch of reports in
one transaction with one DELETE and one INSERT per table, with the same
replace semantics as `Store.write_rows` (a report's old rows, and the old
report of the same path, go first), so a batch is all-or-nothing and a kill
never leaves half a report. Values are passed as text for DECIMAL columns and
cast by DuckDB, exactly as parameter binding does in `Store.write_rows`.

A batch of fewer than `ARROW_MIN_REPORTS` reports (a small ingest, the last
files of a run) is inserted as one multi-row VALUES statement per table instead:
pyarrow is imported only for the first larger batch, because pyarrow's first
array imports pandas (about half a second with pyarrow itself), which would be
a quarter of a one-file ingest. VALUES costs ~15 ms a report, Arrow ~4.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb

from pipeline.bulk.worker import FileResult
from pipeline.storage.store import Store
from schemas.errors import StoreError
from schemas.tables import CHILD_TABLES, CONTRACT_TABLES, TableSpec

if TYPE_CHECKING:
    import pyarrow as pa

DEFAULT_BATCH_REPORTS = 16
DEFAULT_BATCH_SECONDS = 1.0
ARROW_MIN_REPORTS = 4


def _arrow_type(sql_type: str) -> pa.DataType:
    import pyarrow as pa

    if sql_type == "INTEGER":
        return pa.int64()
    if sql_type == "TIMESTAMP":
        return pa.timestamp("us")
    if sql_type == "BOOLEAN":
        return pa.bool_()
    return pa.string()  # VARCHAR, and DECIMAL as its exact text


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def rows_to_arrow(spec: TableSpec, rows: Sequence[dict[str, object]]) -> pa.Table:
    import pyarrow as pa

    arrays = []
    for col in spec.columns:
        values = [row.get(col.name) for row in rows]
        if col.sql_type.startswith("DECIMAL") or col.sql_type == "VARCHAR":
            values = [_text(v) for v in values]
        arrays.append(pa.array(values, type=_arrow_type(col.sql_type)))
    return pa.Table.from_arrays(arrays, names=spec.column_names)


def write_results(store: Store, results: Sequence[FileResult]) -> None:
    """Replace everything known about these reports (and their paths) in one transaction."""
    if not results:
        return
    con = store.con
    ids = [r.report_id for r in results]
    paths = [r.path for r in results]
    con.execute("BEGIN TRANSACTION")
    try:
        stale = [row[0] for row in con.execute(
            "SELECT report_id FROM reports WHERE report_id IN (SELECT unnest(?)) OR source_path IN (SELECT unnest(?))",
            [ids, paths]).fetchall()]
        doomed = sorted(set(stale) | set(ids))
        for spec in (*CHILD_TABLES, CONTRACT_TABLES[0]):
            con.execute(f"DELETE FROM {spec.name} WHERE report_id IN (SELECT unnest(?))", [doomed])
        for spec in CONTRACT_TABLES:
            rows = [row for r in results for row in r.rows.get(spec.name, [])]
            if rows and len(results) >= ARROW_MIN_REPORTS:
                _insert_arrow(con, spec, rows_to_arrow(spec, rows))
            elif rows:
                _insert_values(con, spec, rows)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"writing {len(results)} reports failed ({exc})", path=paths[0]) from exc


def _insert_values(con: duckdb.DuckDBPyConnection, spec: TableSpec, rows: Sequence[dict[str, object]]) -> None:
    """One multi-row INSERT, values bound as `rows_to_arrow` passes them (DECIMAL as text, then cast)."""
    casts = ", ".join(f"CAST(? AS {c.sql_type})" for c in spec.columns)
    params: list[Any] = []
    for row in rows:
        for col in spec.columns:
            value = row.get(col.name)
            params.append(_text(value) if col.sql_type.startswith("DECIMAL") or col.sql_type == "VARCHAR" else value)
    values = ", ".join(f"({casts})" for _ in rows)
    con.execute(f"INSERT INTO {spec.name} ({', '.join(spec.column_names)}) VALUES {values}", params)


def _insert_arrow(con: duckdb.DuckDBPyConnection, spec: TableSpec, batch: pa.Table) -> None:
    view = f"_jixiao_batch_{spec.name}"
    con.register(view, batch)
    try:
        casts = ", ".join(f"CAST({c.name} AS {c.sql_type})" for c in spec.columns)
        con.execute(f"INSERT INTO {spec.name} ({', '.join(spec.column_names)}) SELECT {casts} FROM {view}")
    finally:
        con.unregister(view)


@dataclass
class BatchWriter:
    """Buffers results and writes them `max_reports` at a time, or when the oldest waited `max_seconds`.

    A kill loses at most the buffered results, which the next run redoes (they
    were never committed, so the plan does not skip them).
    """

    store: Store
    max_reports: int = DEFAULT_BATCH_REPORTS
    max_seconds: float = DEFAULT_BATCH_SECONDS

    def __post_init__(self) -> None:
        self._buffer: list[FileResult] = []
        self._since = 0.0
        self.transactions = 0

    def add(self, result: FileResult) -> None:
        if not self._buffer:
            self._since = time.monotonic()
        self._buffer.append(result)
        if len(self._buffer) >= self.max_reports:
            self.flush()
        else:
            self.tick()

    def tick(self) -> None:
        """Called between results too, so a slow last file never holds finished ones back."""
        if self._buffer and time.monotonic() - self._since >= self.max_seconds:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            write_results(self.store, self._buffer)
            self.transactions += 1
            self._buffer = []
