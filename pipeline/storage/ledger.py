"""The input ledger (`files`): every path given to `ingest`, and which report accounts for it.

`reports` holds one row per distinct content (report_id is the sha256 of the
bytes), so identical bytes under several paths, or several empty files, leave
one report; the ledger keeps one row per path, so a user can always tell what
became of a file: its own report, the report of another path with the same
bytes, or a report already stored by an earlier run.

Ledger rows are written in the same transaction as the report they point to,
so a kill never leaves a path pointing at a report that was not committed.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from pipeline.storage.arrow import insert_rows
from pipeline.storage.rows import stored_path
from schemas.tables import FILES

# files.outcome: what the last run that saw a path did with it.
INGESTED = "ingested"  # its bytes were read and stored as its report
SAME_BYTES = "same_bytes"  # the bytes of another path of that run: one report for both
ALREADY_STORED = "already_stored"  # its bytes were stored by an earlier run at this pipeline version


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def new_run_id(at: datetime | None = None) -> str:
    """Sortable and unique: the start time (UTC) and a random suffix."""
    return f"{(at or utc_now()):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:6]}"


@dataclass(frozen=True)
class LedgerRun:
    run_id: str
    at: datetime

    @classmethod
    def start(cls) -> LedgerRun:
        at = utc_now()
        return cls(new_run_id(at), at)


@dataclass(frozen=True)
class LedgerEntry:
    """One path as the plan saw it."""

    path: str  # as given (a name that is not UTF-8 carries its bytes as surrogates)
    report_id: str
    outcome: str = INGESTED
    sha256: str | None = None  # None: the file could not be read
    size: int | None = None
    mtime: datetime | None = None


def file_stat(path: str) -> tuple[int, datetime] | None:
    """(size, mtime UTC) of a file, None when it cannot be stat'ed."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_size, datetime.fromtimestamp(st.st_mtime, timezone.utc).replace(tzinfo=None)


def entry_for(path: str, report_id: str, outcome: str = INGESTED, sha256: str | None = None) -> LedgerEntry:
    stat = file_stat(path)
    size, mtime = stat if stat else (None, None)
    return LedgerEntry(path, report_id, outcome, sha256, size, mtime)


def record(con: duckdb.DuckDBPyConnection, entries: Sequence[LedgerEntry], run: LedgerRun) -> None:
    """Upsert the entries' rows (inside the caller's transaction); first_seen survives, the rest is replaced.

    Their status is left to `refresh_status`, which the caller runs once the reports are written.
    """
    latest: dict[str, tuple[LedgerEntry, str, bytes | None]] = {}
    for entry in entries:
        text, raw = stored_path(entry.path)
        latest.setdefault(text, (entry, text, raw))  # a path listed twice: its first role counts
    if not latest:
        return
    paths = list(latest)
    first = dict(con.execute("SELECT path, first_seen FROM files WHERE path IN (SELECT unnest(?))",
                             [paths]).fetchall())
    con.execute("DELETE FROM files WHERE path IN (SELECT unnest(?))", [paths])
    insert_rows(con, FILES, [
        {"path": text, "path_bytes": raw, "size": e.size, "mtime": e.mtime, "sha256": e.sha256,
         "report_id": e.report_id, "outcome": e.outcome, "run_id": run.run_id,
         "first_seen": first.get(text) or run.at, "last_seen": run.at}
        for e, text, raw in latest.values()
    ])


def refresh_status(con: duckdb.DuckDBPyConnection, report_ids: Sequence[str]) -> None:
    """files.status of every path of these reports, from reports.status (a report redone changes for all)."""
    con.execute(
        "UPDATE files SET status = r.status FROM reports r "
        "WHERE files.report_id = r.report_id AND r.report_id IN (SELECT unnest(?))", [list(report_ids)])


@dataclass(frozen=True)
class PathRow:
    path: str
    outcome: str | None
    status: str | None
    last_seen: datetime | None


def paths_of(con: duckdb.DuckDBPyConnection, report_id: str) -> list[PathRow]:
    """Every path of the ledger that this report accounts for, in path order."""
    return [PathRow(*row) for row in con.execute(
        "SELECT path, outcome, status, last_seen FROM files WHERE report_id = ? ORDER BY path", [report_id]
    ).fetchall()]


def other_paths(con: duckdb.DuckDBPyConnection, report_id: str, source_path: str) -> list[str]:
    """The report's paths other than its source_path (copies, identical files)."""
    return [p.path for p in paths_of(con, report_id) if p.path != source_path]


def report_of_path(con: duckdb.DuckDBPyConnection, path: str) -> str | None:
    """The report accounting for a path of the ledger: the path as given, else a path ending in its name.

    (Bytes that are not UTF-8 are matched as stored, `\\xNN`.)
    """
    key = stored_path(path)[0]
    row = con.execute(
        "SELECT report_id FROM files WHERE path = ? OR ends_with(path, '/' || ?) ORDER BY path = ? DESC, "
        "last_seen DESC LIMIT 1", [key, key.rsplit("/", 1)[-1], key]).fetchone()
    return None if row is None else str(row[0])
