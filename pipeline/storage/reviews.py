"""Flag reviews: an auditor's judgement of a flag, kept apart from what ingest rewrites.

A review is keyed by the flag's stable identity (`flags.flag_key`: the report's content hash,
the rule, the items and what the flag is about), never by a row of `flags`. Re-ingesting a
report (`--force`, a new pipeline version) deletes and rewrites its flags; the flags that come
back have the same keys and find their reviews again. A review whose flag does not come back
is *stale*: kept, and shown as such.

One row per flag: reviewing a flag again replaces its review.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb

from schemas.errors import StoreError
from schemas.tables import REVIEWS, ReviewState


@dataclass(frozen=True)
class FlagRef:
    """What a review records of the flag it judges (shown when the flag is gone)."""

    flag_key: str
    report_id: str
    rule: str
    items: str | None
    message: str | None


@dataclass(frozen=True)
class Review:
    state: ReviewState
    reviewer: str
    note: str | None = None


def _count(con: duckdb.DuckDBPyConnection, sql: str, params: list[object]) -> int:
    # fetchall, not fetchone: DuckDB refuses other work on a connection whose result is not read to the end
    rows = con.execute(sql, params).fetchall()
    return int(rows[0][0]) if rows else 0


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return _count(con, "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]) > 0


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    return _count(con, "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
                  [table, column]) > 0


def ensure_reviews_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(REVIEWS.ddl())


def save_reviews(con: duckdb.DuckDBPyConnection, flags: Sequence[FlagRef], review: Review,
                 at: datetime | None = None) -> int:
    """Record one judgement for every flag given (replacing earlier reviews of them); returns how many."""
    if not flags:
        return 0
    ensure_reviews_table(con)
    when = at or datetime.now(timezone.utc).replace(tzinfo=None)
    rows = [[f.flag_key, f.report_id, f.rule, f.items, review.state.value, review.note, review.reviewer, when,
             f.message] for f in flags]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM reviews WHERE list_contains(?, flag_key)", [[f.flag_key for f in flags]])
        names = REVIEWS.column_names
        con.executemany(f"INSERT INTO reviews ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})", rows)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"saving {len(rows)} reviews failed ({exc})") from exc
    return len(rows)


def clear_reviews(con: duckdb.DuckDBPyConnection, flag_keys: Sequence[str]) -> int:
    """Forget the reviews of these flags (they are open again); returns how many were removed."""
    if not flag_keys or not has_table(con, "reviews"):
        return 0
    n = _count(con, "SELECT count(*) FROM reviews WHERE list_contains(?, flag_key)", [list(flag_keys)])
    con.execute("DELETE FROM reviews WHERE list_contains(?, flag_key)", [list(flag_keys)])
    return n
