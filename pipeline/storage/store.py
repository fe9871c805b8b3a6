"""Stage 6, store: the contract's tables in DuckDB, one transaction per report (or per batch).

Re-ingesting the same bytes replaces the report's rows (report_id is the
file's sha256); re-ingesting a path whose bytes changed replaces the old
report of that path too, so a folder re-run never duplicates.

DuckDB lets one process write a database file, or several read it, never
both at once. So a `Store` can let go of the file (`release`) and take it
again on its next use, and opening waits a little when another process holds
the file: a bulk ingest holds it only while it commits, and `show`,
`compare`, `report` or `open_dataset` run in between.
"""
from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import NamedTuple

import duckdb

from pipeline.storage.ledger import INGESTED, LedgerRun, entry_for
from pipeline.storage.rows import Row, outcome_rows
from pipeline.storage.write import ReportRows, write_isolated
from schemas.errors import DatabaseBusy, DatabaseMissing, StoreError
from schemas.facts import ReportOutcome
from schemas.messages import t
from schemas.tables import CONTRACT_TABLES, LEDGER_TABLES, TableSpec

DEFAULT_DB = "jixiao.duckdb"
# How long opening waits for another process to let go of the file. An ingest holds it for one
# commit at a time (well under a second); a validation run for its whole length.
LOCK_WAIT_S = 30.0
_FIRST_RETRY_S = 0.02
_MAX_RETRY_S = 0.5


class StoredReport(NamedTuple):
    status: str
    pipeline_version: str | None
    error_kind: str | None = None


def is_lock_conflict(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _busy_message(exc: BaseException, path: str, waited: float) -> str:
    holder = re.search(r"PID (\d+)", str(exc))
    who = f" (PID {holder.group(1)})" if holder else ""
    return t("error.db_busy", db=path) + who + t("error.db_waited", seconds=f"{waited:.0f}")


def connect(path: str, *, read_only: bool = False, wait_s: float = LOCK_WAIT_S) -> duckdb.DuckDBPyConnection:
    """A connection, waiting up to `wait_s` while another process holds the file (DatabaseBusy after that)."""
    started = time.monotonic()
    delay = _FIRST_RETRY_S
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            waited = time.monotonic() - started
            if not is_lock_conflict(exc):
                raise StoreError(f"cannot open the database ({_first_line(exc)})", path=path) from exc
            if waited >= wait_s:
                raise DatabaseBusy(_busy_message(exc, path, waited)) from exc
            time.sleep(min(delay, wait_s - waited))
            delay = min(delay * 2, _MAX_RETRY_S)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class Store:
    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False, *,
                 wait_s: float = LOCK_WAIT_S) -> None:
        self.path = str(path)
        if read_only and self.path != ":memory:" and not Path(self.path).is_file():
            key = "error.db_folder" if Path(self.path).is_dir() else "error.db_missing"
            raise DatabaseMissing(t(key, db=self.path))
        self.read_only = read_only
        self.wait_s = wait_s
        self._con: duckdb.DuckDBPyConnection | None = connect(self.path, read_only=read_only, wait_s=wait_s)
        self.run = LedgerRun.start()  # the ledger's run of what this store writes with `write`
        if not read_only:
            self.create_tables()

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, opened again (waiting up to `wait_s`) if the store let go of the file."""
        return self.acquire(self.wait_s)

    def acquire(self, wait_s: float) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = connect(self.path, read_only=self.read_only, wait_s=wait_s)
        return self._con

    @property
    def in_memory(self) -> bool:
        return self.path in ("", ":memory:") or self.path.startswith(":memory:")

    def release(self) -> None:
        """Let go of the file so other processes can read it; the next use opens it again."""
        if self._con is not None and not self.in_memory:
            self._con.close()
            self._con = None

    def create_tables(self) -> None:
        for spec in (*CONTRACT_TABLES, *LEDGER_TABLES):
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

    def write_rows(self, report_id: str, source_path: str, rows: dict[str, list[Row]]) -> ReportRows:
        """One report's rows and its path's ledger row; returns what was stored (a `failed` row if refused)."""
        entry = entry_for(source_path, report_id, INGESTED)
        if entry.size is not None:  # readable: report_id is the sha256 of its bytes
            entry = replace(entry, sha256=report_id)
        return write_isolated(self.con, [ReportRows(report_id, source_path, rows, (entry,))], self.run)[0]

    def known_reports(self) -> dict[str, StoredReport]:
        """report_id -> what is stored of it (status, pipeline_version, error_kind)."""
        return {r[0]: StoredReport(r[1], r[2], r[3]) for r in self.con.execute(
            "SELECT report_id, status, pipeline_version, error_kind FROM reports").fetchall()}

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()
