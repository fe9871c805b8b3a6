"""Stage 6, store: the contract's tables in DuckDB, one transaction per report.

Re-ingesting the same bytes replaces the report's rows (report_id is the
file's sha256); re-ingesting a path whose bytes changed replaces the old
report of that path too, so a folder re-run never duplicates.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb

from pipeline.storage.rows import Row, outcome_rows
from schemas.errors import DatabaseBusy, DatabaseMissing, StoreError
from schemas.facts import ReportOutcome
from schemas.messages import t
from schemas.tables import CHILD_TABLES, CONTRACT_TABLES, TableSpec

DEFAULT_DB = "jixiao.duckdb"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            key = "error.db_folder" if Path(self.path).is_dir() else "error.db_missing"
            raise DatabaseMissing(t(key, db=self.path))
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            if "lock" in str(exc).lower():
                raise DatabaseBusy(t("error.db_busy", db=self.path)) from exc
            raise StoreError(f"cannot open the database ({_first_line(exc)})", path=self.path) from exc
        if not read_only:
            self.create_tables()

    def create_tables(self) -> None:
        for spec in CONTRACT_TABLES:
            self.con.execute(spec.ddl())
            self._add_missing_columns(spec)

    def _add_missing_columns(self, spec: TableSpec) -> None:
        """Columns added to the contract after a database was created (never renamed or dropped)."""
        have = {r[0] for r in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [spec.name]
        ).fetchall()}
        for col in spec.columns:
            if col.name not in have:
                self.con.execute(f"ALTER TABLE {spec.name} ADD COLUMN {col.name} {col.sql_type}")

    def write(self, outcome: ReportOutcome) -> None:
        """Replace everything known about this report (and this path) in one transaction."""
        self.write_rows(outcome.report_id, outcome.source_path, outcome_rows(outcome))

    def write_rows(self, report_id: str, source_path: str, rows: dict[str, list[Row]]) -> None:
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            stale = [r[0] for r in con.execute(
                "SELECT report_id FROM reports WHERE report_id = ? OR source_path = ?", [report_id, source_path]
            ).fetchall()]
            for rid in set(stale) | {report_id}:
                for spec in CHILD_TABLES:
                    con.execute(f"DELETE FROM {spec.name} WHERE report_id = ?", [rid])
                con.execute("DELETE FROM reports WHERE report_id = ?", [rid])
            for spec in CONTRACT_TABLES:
                self._insert(spec, rows.get(spec.name, []))
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"writing report {report_id[:16]} failed ({exc})", path=source_path) from exc

    def _insert(self, spec: TableSpec, rows: Iterable[Row]) -> None:
        rows = list(rows)
        if not rows:
            return
        names = spec.column_names
        placeholders = ", ".join("?" for _ in names)
        values: list[list[Any]] = [[row.get(n) for n in names] for row in rows]
        self.con.executemany(f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES ({placeholders})", values)

    def known_reports(self) -> dict[str, tuple[str, str]]:
        """report_id -> (status, pipeline_version) of what is stored."""
        return {r[0]: (r[1], r[2]) for r in self.con.execute(
            "SELECT report_id, status, pipeline_version FROM reports").fetchall()}

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
