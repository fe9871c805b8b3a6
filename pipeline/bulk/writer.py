"""The bulk writer: many reports per DuckDB transaction, on a thread of its own, the database held only to commit.

`Store.write_rows` costs one transaction per report; at 10 files/s the one
writer would take a third of a core or more from the workers. Batched by 16,
a report costs 6 ms (`pipeline.storage.write.write_batch`: one DELETE and one
Arrow INSERT per table, the same replace semantics); by 64, the parent's CPU for
256 short PDFs goes from 0.8-1.0 s to 0.5-0.6 s, CPU the two workers get back. A batch is
all-or-nothing, so a kill never leaves half a report; a report the database
refuses becomes a `failed` row and the rest of its batch commits
(`write_isolated`).

Between commits the writer lets go of the database file, so readers (`jixiao
show`, `compare`, `report`, `open_dataset`) can open it while an ingest runs.
Opening and closing the file costs 20-40 ms (100+ under load): let go after
every commit, that was a third of the parent's CPU in a 2-worker run, taken
from the workers. So the file is let go after a commit once it has been held
`RELEASE_AFTER_S`; a reader waits up to `store.LOCK_WAIT_S` (30 s) for it. A
reader may hold it for a while, so commits run on a writer thread: the loop
that feeds the workers never waits for the database, and batches that queue
up meanwhile are committed together.
"""
from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from pipeline.bulk.worker import FileResult
from pipeline.storage.ledger import LedgerEntry, LedgerRun
from pipeline.storage.store import Store
from pipeline.storage.write import ReportRows, write_isolated
from schemas.errors import DatabaseBusy
from schemas.messages import t

DEFAULT_BATCH_REPORTS = 64
DEFAULT_BATCH_SECONDS = 5.0
# While a reader holds the database: when to say so, and when to give up (the results are redone next run).
BUSY_NOTICE_S = 5.0
FINAL_WAIT_S = 600.0
# The writer keeps the database open across commits for this long before letting readers in.
RELEASE_AFTER_S = 5.0
# Batches waiting for the writer thread before `add` waits for it instead (memory stays bounded).
MAX_QUEUED_BATCHES = 64

LedgerLookup = Callable[[FileResult], Sequence[LedgerEntry]]


def _as_stored(result: FileResult, stored: ReportRows) -> FileResult:
    if stored.rows is result.rows:
        return result
    return replace(result, status=stored.status, error=stored.error, rows=stored.rows, flag_severities={})


def write_results(store: Store, results: Sequence[FileResult], run: LedgerRun | None = None,
                  ledger: LedgerLookup | None = None, *, wait_s: float | None = None,
                  release: bool = True) -> list[FileResult]:
    """Commit the results (and their ledger entries); returns them as stored (a refused one as `failed`).
    The database is let go afterwards unless `release` is false (and always on an error)."""
    if not results:
        return []
    items = [ReportRows(r.report_id, r.path, r.rows, tuple(ledger(r)) if ledger else ()) for r in results]
    con = store.acquire(store.wait_s if wait_s is None else wait_s)
    try:
        stored = write_isolated(con, items, run or store.run)
    except BaseException:
        store.release()
        raise
    if release:
        store.release()
    return [_as_stored(r, s) for r, s in zip(results, stored)]


@dataclass
class BatchWriter:
    """Buffers results and hands them to the writer thread `max_reports` at a time, or when the oldest
    waited `max_seconds`.

    A kill loses at most the results not yet committed, which the next run redoes
    (the plan does not skip them). `flush` commits everything and stops the thread;
    an error of the thread is raised by the next `add`, `tick` or `flush`.
    """

    store: Store
    max_reports: int = DEFAULT_BATCH_REPORTS
    max_seconds: float = DEFAULT_BATCH_SECONDS
    run: LedgerRun | None = None
    ledger: LedgerLookup | None = None
    on_stored: Callable[[FileResult], None] | None = None  # each result as committed (on the writer thread)
    on_notice: Callable[[str], None] | None = None  # a reader holds the database for a while

    def __post_init__(self) -> None:
        self._buffer: list[FileResult] = []
        self._since = 0.0
        self._queue: queue.Queue[list[FileResult] | None] = queue.Queue(MAX_QUEUED_BATCHES)
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._held_since: float | None = None  # when the writer thread last opened the database
        self.transactions = 0

    def add(self, result: FileResult) -> None:
        if not self._buffer:
            self._since = time.monotonic()
        self._buffer.append(result)
        if len(self._buffer) >= self.max_reports:
            self._hand_off()
        else:
            self.tick()

    def tick(self) -> None:
        """Called between results too, so a slow last file never holds finished ones back."""
        self._raise_error()
        if self._buffer and time.monotonic() - self._since >= self.max_seconds:
            self._hand_off()

    def flush(self) -> None:
        """Commit everything handed over or buffered, and stop the writer thread."""
        try:
            if self._error is None:
                self._hand_off()
        finally:
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join()
                self._thread = None
        self._raise_error()

    def _hand_off(self) -> None:
        self._raise_error()
        if not self._buffer:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._commit_loop, name="jixiao-writer", daemon=True)
            self._thread.start()
        self._queue.put(self._buffer)
        self._buffer = []

    def _raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def _commit_loop(self) -> None:
        while True:
            batch = self._queue.get()
            stop = batch is None
            results = list(batch or [])
            while not stop and not self._queue.empty():  # batches that queued up meanwhile: one transaction
                more = self._queue.get()
                stop = more is None
                results += more or []
            if results and self._error is None:
                try:
                    self._commit(results, last=stop)
                except BaseException as exc:  # noqa: BLE001 - handed to the feeding thread, raised there
                    self._error = exc
            if stop:
                if self._held_since is not None:  # the last commit kept the file: let readers in now
                    self.store.release()
                    self._held_since = None
                return

    def _commit(self, results: list[FileResult], last: bool = False) -> None:
        now = time.monotonic()
        if self._held_since is None:
            self._held_since = now
        release = last or now - self._held_since >= RELEASE_AFTER_S
        try:
            stored = write_results(self.store, results, self.run, self.ledger, wait_s=BUSY_NOTICE_S, release=release)
        except DatabaseBusy as exc:
            if self.on_notice:
                self.on_notice(t("ingest.commit_wait", n=len(results), reason=exc.message))
            stored = write_results(self.store, results, self.run, self.ledger, wait_s=FINAL_WAIT_S, release=release)
        if release:
            self._held_since = None
        self.transactions += 1
        for result in stored:
            if self.on_stored:
                self.on_stored(result)
