"""The bulk writer: many reports per DuckDB transaction, the database held only while committing.

`Store.write_rows` costs one transaction per report; at 10 files/s the one
writer would take a third of a core or more from the workers. Batched by 16,
a report costs 6 ms (`pipeline.storage.write.write_batch`: one DELETE and one
Arrow INSERT per table, the same replace semantics). A batch is
all-or-nothing, so a kill never leaves half a report; a report the database
refuses becomes a `failed` row and the rest of its batch commits
(`write_isolated`).

Between commits the writer lets go of the database file, so readers (`jixiao
show`, `compare`, `report`, `open_dataset`) can open it while an ingest runs.
When a reader holds it at commit time, finished results wait in memory and
the commit is tried again a moment later; the workers never wait for it.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pipeline.bulk.worker import FileResult
from pipeline.storage.ledger import LedgerEntry, LedgerRun
from pipeline.storage.store import Store
from pipeline.storage.write import ReportRows, write_isolated
from schemas.errors import StoreBusy

DEFAULT_BATCH_REPORTS = 16
DEFAULT_BATCH_SECONDS = 1.0
# While a reader holds the database: how often to try again, and when to say so.
BUSY_RETRY_S = 0.25
BUSY_NOTICE_S = 5.0
# Results waiting for a busy database, in batches, before the writer waits for it instead of the workers.
MAX_WAITING_BATCHES = 64
# At the end of a run, how long to wait for a reader to let go before giving up (the results are redone).
FINAL_WAIT_S = 600.0

LedgerLookup = Callable[[FileResult], Sequence[LedgerEntry]]


def _as_stored(result: FileResult, stored: ReportRows) -> FileResult:
    if stored.rows is result.rows:
        return result
    return replace(result, status=stored.status, error=stored.error, rows=stored.rows, flag_severities={})


def write_results(store: Store, results: Sequence[FileResult], run: LedgerRun | None = None,
                  ledger: LedgerLookup | None = None, *, wait_s: float | None = None) -> list[FileResult]:
    """Commit the results (and their ledger entries); returns them as stored (a refused one as `failed`)."""
    if not results:
        return []
    items = [ReportRows(r.report_id, r.path, r.rows, tuple(ledger(r)) if ledger else ()) for r in results]
    con = store.acquire(store.wait_s if wait_s is None else wait_s)
    try:
        stored = write_isolated(con, items, run or store.run)
    finally:
        store.release()
    return [_as_stored(r, s) for r, s in zip(results, stored)]


@dataclass
class BatchWriter:
    """Buffers results and writes them `max_reports` at a time, or when the oldest waited `max_seconds`.

    A kill loses at most the buffered results, which the next run redoes (they
    were never committed, so the plan does not skip them).
    """

    store: Store
    max_reports: int = DEFAULT_BATCH_REPORTS
    max_seconds: float = DEFAULT_BATCH_SECONDS
    run: LedgerRun | None = None
    ledger: LedgerLookup | None = None
    on_stored: Callable[[FileResult], None] | None = None  # each result as committed
    on_notice: Callable[[str], None] | None = None  # a reader holds the database for a while

    def __post_init__(self) -> None:
        self._buffer: list[FileResult] = []
        self._since = 0.0
        self._busy_since: float | None = None
        self._next_try = 0.0
        self._noticed = False
        self.transactions = 0

    def add(self, result: FileResult) -> None:
        if not self._buffer:
            self._since = time.monotonic()
        self._buffer.append(result)
        if len(self._buffer) >= self.max_reports:
            self._commit()
        else:
            self.tick()

    def tick(self) -> None:
        """Called between results too, so a slow last file never holds finished ones back."""
        if self._buffer and time.monotonic() - self._since >= self.max_seconds:
            self._commit()

    def flush(self) -> None:
        """Commit what is buffered, waiting for a reader to let go (the end of a run)."""
        if self._buffer:
            self._write(FINAL_WAIT_S)

    def _commit(self) -> None:
        now = time.monotonic()
        if self._busy_since is None:
            self._write(0.0)
        elif len(self._buffer) >= MAX_WAITING_BATCHES * self.max_reports:
            self._write(FINAL_WAIT_S)  # memory first: now the workers wait for the reader
        elif now >= self._next_try:
            self._write(0.0)

    def _write(self, wait_s: float) -> None:
        try:
            stored = write_results(self.store, self._buffer, self.run, self.ledger, wait_s=wait_s)
        except StoreBusy as exc:
            if wait_s >= FINAL_WAIT_S:
                raise
            self._busy(exc)
            return
        self._busy_since, self._noticed = None, False
        self.transactions += 1
        self._buffer = []
        for result in stored:
            if self.on_stored:
                self.on_stored(result)

    def _busy(self, exc: StoreBusy) -> None:
        now = time.monotonic()
        self._busy_since = self._busy_since or now
        self._next_try = now + BUSY_RETRY_S
        if not self._noticed and now - self._busy_since >= BUSY_NOTICE_S and self.on_notice:
            self._noticed = True
            self.on_notice(f"{len(self._buffer)} finished files wait to be committed: {exc.message}")
