"""Replacing reports in the database: whole reports per transaction, one bad report never costs the others.

`write_batch` writes many reports in one transaction with one DELETE and one
Arrow INSERT per table (see docs/bulk.md for why batching matters). A report's
old rows go first, and so does the old report of the same path (the path's
bytes changed), unless another path of the ledger still holds those bytes:
then that report stays, under that path.

`write_isolated` is what callers use: when the database refuses a batch (a
value it cannot take: text with surrogates, a figure too large for its
DECIMAL column), it writes the reports one by one, each first as it is, then
with every text made storable, and last as a `failed` row saying why its rows
could not be stored; the others commit either way.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import duckdb

from pipeline.storage.arrow import ARROW_MIN_REPORTS, insert_rows
from pipeline.storage.ledger import LedgerEntry, LedgerRun, record, refresh_status
from pipeline.storage.rows import Row, storable_rows, stored_path, unstorable_rows
from schemas.errors import StoreError
from schemas.tables import CHILD_TABLES, CONTRACT_TABLES

# The database or the disk failed, not one report's values: no report would fare better alone.
_ENVIRONMENT_ERRORS = (duckdb.IOException, duckdb.FatalException, duckdb.InterruptException)


@dataclass(frozen=True)
class ReportRows:
    """One report's rows, and the ledger entries of the paths it accounts for."""

    report_id: str
    source_path: str  # as given (a name that is not UTF-8 carries its bytes as surrogates)
    rows: dict[str, list[Row]]
    ledger: tuple[LedgerEntry, ...] = ()

    @property
    def status(self) -> str:
        return str(self.rows["reports"][0]["status"])

    @property
    def error(self) -> str | None:
        return self.rows["reports"][0].get("error")


def write_batch(con: duckdb.DuckDBPyConnection, items: Sequence[ReportRows], run: LedgerRun) -> None:
    """Replace everything known about these reports (and their paths) in one transaction."""
    if not items:
        return
    ids = [i.report_id for i in items]
    paths = [stored_path(i.source_path)[0] for i in items]
    ledger_paths = paths + [stored_path(e.path)[0] for i in items for e in i.ledger]
    con.execute("BEGIN TRANSACTION")
    try:
        # The old report of a path whose bytes changed: dropped, unless another path still holds its bytes.
        moved = con.execute(
            "SELECT r.report_id, min(f.path) FROM reports r LEFT JOIN files f ON f.report_id = r.report_id "
            "AND f.path NOT IN (SELECT unnest(?)) WHERE r.source_path IN (SELECT unnest(?)) "
            "AND r.report_id NOT IN (SELECT unnest(?)) GROUP BY r.report_id", [ledger_paths, paths, ids]
        ).fetchall()
        doomed = sorted(set(ids) | {rid for rid, other in moved if other is None})
        for spec in (*CHILD_TABLES, CONTRACT_TABLES[0]):
            con.execute(f"DELETE FROM {spec.name} WHERE report_id IN (SELECT unnest(?))", [doomed])
        for rid, other in moved:
            if other is not None:
                con.execute("UPDATE reports SET source_path = f.path, source_path_bytes = f.path_bytes FROM files f "
                            "WHERE f.path = ? AND reports.report_id = ?", [other, rid])
        for spec in CONTRACT_TABLES:
            insert_rows(con, spec, [row for i in items for row in i.rows.get(spec.name, [])],
                        small=len(items) < ARROW_MIN_REPORTS)
        entries = [e for i in items for e in i.ledger]
        record(con, entries, run)
        refresh_status(con, sorted(set(ids) | {e.report_id for e in entries}))
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def write_isolated(con: duckdb.DuckDBPyConnection, items: Sequence[ReportRows], run: LedgerRun) -> list[ReportRows]:
    """Write the batch; when it is refused, each report alone. Returns the reports as stored, in order."""
    try:
        write_batch(con, items, run)
    except _ENVIRONMENT_ERRORS as exc:
        raise StoreError(f"writing {len(items)} reports failed ({exc})",
                         path=stored_path(items[0].source_path)[0]) from exc
    except Exception:  # noqa: BLE001 - batch boundary: find the report the database refuses, keep the others
        return [_write_one(con, item, run) for item in items]
    return list(items)


def _write_one(con: duckdb.DuckDBPyConnection, item: ReportRows, run: LedgerRun) -> ReportRows:
    reason = ""
    for candidate in (item, replace(item, rows=storable_rows(item.rows))):
        try:
            write_batch(con, [candidate], run)
            return candidate
        except _ENVIRONMENT_ERRORS as exc:
            raise StoreError(f"writing report {item.report_id[:16]} failed ({exc})",
                             path=stored_path(item.source_path)[0]) from exc
        except Exception as exc:  # noqa: BLE001 - batch boundary: this report's values are refused, say why
            reason = reason or f"{type(exc).__name__}: {exc}"
    failed = replace(item, rows=unstorable_rows(item.rows, reason))
    try:
        write_batch(con, [failed], run)
    except duckdb.Error as exc:
        raise StoreError(f"even the failed row of report {item.report_id[:16]} could not be stored ({exc})",
                         path=stored_path(item.source_path)[0]) from exc
    return failed
