"""`jixiao export`: the dataset's tables as Parquet, CSV or one XLSX workbook.

Every contract table, plus `validations` and `reviews` when the dataset has them. The
`flags` table carries each flag's review (`review_state`, `review_note`, `reviewer`,
`reviewed_at`) and, in the workbook, its report's department and title; its `message` is
the sentence in the language asked for (`--lang`). `--review STATE` keeps only flags in
that review state. `reviews` has a `current` column: false for a stale review (the flag no
longer appears).

- CSV: UTF-8 with a BOM (Excel and WPS then read Chinese right), text neutralised against
  formula injection (a leading `'` before `=`, `+`, `-`, `@`, tab, CR; OWASP), numbers as numbers.
- XLSX: as formatted as `compare --xlsx` (`pipeline.outputs.compare_xlsx.write_grid`):
  Chinese headers, frozen and filterable header row, widths, yuan and percent formats,
  text never a formula and cleaned of the characters XLSX forbids.
- Parquet: the values as stored (decimals exact).
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from pipeline.outputs.reviewsql import flag_key_sql, review_sql, reviews_sql
from pipeline.storage.reviews import has_column, has_table
from pipeline.storage.store import Store
from schemas.errors import ConfigError, OutputError
from schemas.messages import render_stored, t
from schemas.safe_text import csv_cell
from schemas.tables import CONTRACT_TABLES, FLAGS, MONEY, NUMBER, RATE, ReviewFilter

FORMATS = ("parquet", "csv", "xlsx")
REVIEW_COLUMNS = ("review_state", "review_note", "reviewer", "reviewed_at")
FLAG_REPORT_COLUMNS = ("department", "title")  # in the workbook, so a flag reads without a lookup
BATCH_ROWS = 10_000


@dataclass(frozen=True)
class TableData:
    name: str
    columns: list[str]
    types: dict[str, str]  # column -> DuckDB type, for number formats
    rows: Iterator[tuple[Any, ...]]
    sql: str | None = None  # the query, when the rows are its result as they are (no rendering)


def export(db: str | Path, fmt: str, out_dir: str | Path, review: ReviewFilter | None = None) -> list[Path]:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputError(t("error.out_is_file", path=out), hint=t("error.out_is_file_hint"))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=out, reason=exc.strerror or exc)) from exc
    with Store(db, read_only=True) as store:
        con = store.con
        tables = [spec.name for spec in CONTRACT_TABLES] + _extra_tables(con)
        if fmt == "xlsx":
            return [_write_xlsx(con, tables, out / "jixiao.xlsx", review)]
        written = []
        for name in tables:
            target = out / f"{name}.{fmt}"
            data = table_data(con, name, review, with_reports=False)
            if fmt == "csv":
                write_csv(target, data)
            else:
                write_parquet(con, target, data)
            written.append(target)
    return written


def _extra_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Tables beside the contract's that the dataset holds (validation results, reviews)."""
    return [name for name in ("validations", "reviews") if has_table(con, name)]


def _types(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any]) -> tuple[list[str], dict[str, str], Any]:
    cur = con.cursor().execute(sql, params)  # its own cursor: rows are read while the connection writes files
    columns = [d[0] for d in cur.description]
    types = {d[0]: str(d[1]) for d in cur.description}
    return columns, types, cur


def table_data(con: duckdb.DuckDBPyConnection, name: str, review: ReviewFilter | None = None,
               with_reports: bool = True) -> TableData:
    """A table's rows (flags: with reviews and rendered messages; reviews: with `current`)."""
    if name == "flags":
        return _flags_data(con, review, with_reports)
    if name == "reviews":
        sql = (f"SELECT v.*, v.flag_key IN (SELECT {flag_key_sql(con)} FROM flags f) AS current "
               f"FROM reviews v ORDER BY v.reviewed_at")
    else:
        sql = f"SELECT * FROM {name}"
    columns, types, cur = _types(con, sql, [])
    return TableData(name, columns, types, _batches(cur), sql)


def _flags_data(con: duckdb.DuckDBPyConnection, review: ReviewFilter | None, with_reports: bool) -> TableData:
    own = [c for c in FLAGS.column_names if has_column(con, "flags", c)]
    report_cols = [f"r.{c}" for c in FLAG_REPORT_COLUMNS] if with_reports else []
    where = review_sql(review, "v") if review is not None else "true"
    sql = (f"SELECT {', '.join(f'f.{c}' for c in own if c != 'flag_key')}, k.flag_key, {', '.join(report_cols + [''])}"
           f"v.state AS review_state, v.note AS review_note, v.reviewer, v.reviewed_at "
           f"FROM flags f CROSS JOIN LATERAL (SELECT {flag_key_sql(con)} AS flag_key) k "
           f"LEFT JOIN reports r USING (report_id) LEFT JOIN {reviews_sql(con)} v ON v.flag_key = k.flag_key "
           f"WHERE {where} ORDER BY f.report_id, f.rule, k.flag_key")
    columns, types, cur = _types(con, sql, [])
    message_at = columns.index("message")
    figures_at = columns.index("figures") if "figures" in columns else None

    def rendered() -> Iterator[tuple[Any, ...]]:
        for row in _batches(cur):
            values = list(row)
            values[message_at] = render_stored(values[figures_at] if figures_at is not None else None,
                                               values[message_at])
            yield tuple(values)

    return TableData("flags", columns, types, rendered())


def _batches(cur: Any) -> Iterator[tuple[Any, ...]]:
    while True:
        chunk = cur.fetchmany(BATCH_ROWS)
        if not chunk:
            return
        yield from chunk


def write_csv(target: Path, data: TableData) -> Path:
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(data.columns)
            for row in data.rows:
                writer.writerow([csv_cell(v) for v in row])
    except OSError as exc:
        raise OutputError(t("error.cannot_write", path=target, reason=exc.strerror or exc)) from exc
    return target


def write_parquet(con: duckdb.DuckDBPyConnection, target: Path, data: TableData) -> Path:
    """A table straight from DuckDB; the flags (messages rendered here) through Arrow, typed as in DuckDB."""
    try:
        if data.sql is not None:
            con.execute(f"COPY ({data.sql}) TO '{_sql_path(target)}' (FORMAT PARQUET)")
            return target
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = con.sql(_typed_select(data) + " LIMIT 0").to_arrow_table().schema
        table = pa.Table.from_pylist([dict(zip(data.columns, r, strict=True)) for r in data.rows], schema=schema)
        pq.write_table(table, target)
    except (OSError, duckdb.IOException) as exc:
        raise OutputError(t("error.cannot_write", path=target, reason=exc)) from exc
    return target


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _typed_select(data: TableData) -> str:
    """An empty SELECT with the table's column types, for the Parquet schema."""
    return "SELECT " + ", ".join(f"NULL::{data.types[c]} AS \"{c}\"" for c in data.columns)


def _format(column: str, sql_type: str) -> str | None:
    from pipeline.outputs.compare_xlsx import COUNT_FORMAT, NUMBER_FORMAT, PERCENT_FORMAT, YUAN_FORMAT

    if sql_type == MONEY or column == "value":
        return YUAN_FORMAT
    if sql_type == RATE:
        return PERCENT_FORMAT
    if sql_type == NUMBER or sql_type.startswith("DECIMAL"):
        return NUMBER_FORMAT
    if sql_type in ("INTEGER", "BIGINT") and column not in ("page", "char_start", "char_end"):
        return COUNT_FORMAT
    return None


def _write_xlsx(con: duckdb.DuckDBPyConnection, tables: list[str], target: Path,
                review: ReviewFilter | None) -> Path:
    from openpyxl import Workbook

    from pipeline.outputs.compare_xlsx import column_label, save_workbook, write_grid

    wb = Workbook()
    first = wb.active
    assert first is not None  # a new Workbook always has one sheet
    for i, name in enumerate(tables):
        ws = first if i == 0 else wb.create_sheet()
        data = table_data(con, name, review, with_reports=True)
        write_grid(ws, name, [column_label(c) for c in data.columns], data.rows,
                   [_format(c, data.types[c]) for c in data.columns])
    return save_workbook(wb, target)

