"""Run the per-file work on a Dask distributed cluster instead of the local pool.

Each Dask task runs `pipeline.bulk.worker.file_result` for one file inside a
one-process `WorkerPool` that lives beside the Dask worker thread, so the time
limit and memory ceiling hold on the cluster exactly as on one machine (Dask
itself can neither stop one hung task nor cap one task's memory). Results come
back to the client, which stays the one writer. Tasks are submitted a few per
worker thread at a time, so the scheduler never holds tens of thousands of
futures.
"""
from __future__ import annotations

import dataclasses
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from typing import Any

from pipeline.bulk.engine import BulkSettings
from pipeline.bulk.pool import PoolSettings, WorkerPool, WorkerStats
from pipeline.bulk.worker import FileResult, FileTask, second_transient_failure
from schemas.errors import ClusterUnavailable, ConfigError
from schemas.messages import t

LOCAL = "local"
# Futures in flight per Dask worker thread: enough to hide the round trip, few enough to stay flat.
IN_FLIGHT_PER_THREAD = 2
POLL_SECONDS = 0.05
DASK_HOST = "dask worker process"
# How long to try reaching a scheduler before giving up (Dask's own default is 30 s).
CONNECT_TIMEOUT_S = 10

_local = threading.local()
_pools: weakref.WeakSet[WorkerPool] = weakref.WeakSet()  # this Dask worker's pools, for their stats


def _thread_pool(settings: PoolSettings) -> WorkerPool:
    """This Dask worker thread's isolated worker process, started once and reused."""
    pool: WorkerPool | None = getattr(_local, "pool", None)
    if pool is None or pool.settings != settings:
        if pool is not None:
            pool.close()
        pool = WorkerPool(settings)
        # The worker process gets SIGKILL when this thread ends (PR_SET_PDEATHSIG follows the
        # spawning thread); at interpreter exit the pool is closed politely.
        weakref.finalize(pool, pool.close)
        _local.pool = pool
        _pools.add(pool)
    return pool


def _host_stats() -> WorkerStats:
    import os

    from pipeline.bulk.pool import proc_peak_rss_mb, proc_rss_mb

    return WorkerStats(os.getpid(), peak_rss_mb=proc_peak_rss_mb(), rss_after_last_mb=proc_rss_mb(),
                       end=DASK_HOST)


def _pool_stats() -> list[WorkerStats]:
    return [stats for pool in list(_pools) for stats in pool.worker_stats]


def process_task_on_worker(task: FileTask, settings: PoolSettings) -> FileResult:
    """The Dask task: one file through an isolated, limited worker process."""
    results: list[FileResult] = []
    _thread_pool(dataclasses.replace(settings, workers=1)).run([task], results.append)
    return results[0]


def _pipeline_version() -> str:
    from pipeline.version import PIPELINE_VERSION

    return PIPELINE_VERSION


def check_worker_versions(by_worker: dict[str, str]) -> None:
    """Every worker must run this pipeline version, or resumption would skip or mix the wrong rows."""
    from pipeline.version import PIPELINE_VERSION

    wrong = {w: v for w, v in by_worker.items() if v != PIPELINE_VERSION}
    if wrong:
        listed = ", ".join(f"{w} has {v}" for w, v in sorted(wrong.items()))
        raise ConfigError(f"Dask workers run another jixiao pipeline version than this client ({PIPELINE_VERSION}): "
                          f"{listed}; install the same jixiao on every worker")


def _client(settings: BulkSettings) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    address = settings.dask
    if address == LOCAL:
        cluster = LocalCluster(
            n_workers=settings.pool.workers if settings.dask_processes else 1,
            threads_per_worker=1 if settings.dask_processes else settings.pool.workers,
            processes=settings.dask_processes, dashboard_address=None,
        )
        return Client(cluster), cluster
    try:
        return Client(address, timeout=CONNECT_TIMEOUT_S), None
    except (OSError, TimeoutError) as exc:  # distributed raises OSError (or TimeoutError) when nobody answers
        raise ClusterUnavailable(t("error.dask", address=address, seconds=CONNECT_TIMEOUT_S)) from exc


def run_on_dask(tasks: Sequence[FileTask], settings: BulkSettings,
                on_result: Callable[[FileResult], None],
                on_tick: Callable[[], None] | None = None) -> list[WorkerStats]:
    """Every task's result passes through `on_result` in this (the client's) process.

    Returns the memory figures of the isolated worker processes on every Dask worker.
    """
    from distributed import as_completed

    client, cluster = _client(settings)
    try:
        check_worker_versions(client.run(_pipeline_version))
        threads = max(1, sum(client.nthreads().values()))
        queue = list(reversed(tasks))
        by_key: dict[str, FileTask] = {}

        def submit() -> Any:
            task = queue.pop()
            future = client.submit(process_task_on_worker, task, settings.pool, pure=False,
                                   key=f"jixiao-file-{task.task_id}-{task.report_id[:16]}{'-retry' * task.retry}")
            by_key[future.key] = task
            return future

        running = as_completed([submit() for _ in range(min(len(queue), threads * IN_FLIGHT_PER_THREAD))])
        while not running.is_empty():
            if not running.has_ready():
                if on_tick:
                    on_tick()
                time.sleep(POLL_SECONDS)
                continue
            for future in running.next_batch(block=False):
                retry = _collect(future, by_key.pop(future.key), on_result)
                if retry is not None:
                    queue.append(retry)  # next in line
                if queue:
                    running.add(submit())
        by_worker = client.run(_pool_stats)
        # With threads instead of processes (LocalCluster processes=False) every "worker" sees the same pools.
        unique = {s.pid: s for stats in by_worker.values() for s in stats}
        hosts = client.run(_host_stats)  # the Dask worker processes themselves, which run no file
        return [*unique.values(), *(h for h in hosts.values() if h.pid not in unique)]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _collect(future: Any, task: FileTask, on_result: Callable[[FileResult], None]) -> FileTask | None:
    """Pass a finished task's result on; a task whose Dask worker was lost comes back once, for a retry."""
    retry = None
    if future.status == "finished":
        on_result(future.result())
    elif not task.retry:
        retry = dataclasses.replace(task, retry=True)
    else:
        # KilledWorker and the like, twice: the Dask worker itself was lost while holding this file.
        on_result(second_transient_failure(task, f"the Dask worker failed on this file ({future.exception()!r})"))
    future.release()
    return retry
