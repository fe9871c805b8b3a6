"""A small pool of isolated worker processes with a time limit and a memory ceiling per file.

Why not `concurrent.futures.ProcessPoolExecutor`: it cannot stop one hung task
(a timeout there only stops waiting). Why not pebble: it kills on time but has
no memory ceiling, and a multiprocessing child cannot be started inside a Dask
worker (those are daemonic). So each worker here is a plain subprocess
(`python -m pipeline.bulk.worker`) fed tasks one at a time over a pipe; the
parent owns the clock and reads the worker's RSS from /proc, and a worker that
exceeds either limit is killed, its file recorded `failed` with the reason, and
a fresh worker started while the others go on.

Failures are transient or permanent. A worker killed by a signal (`kill -9`,
the kernel's OOM killer, a crash) or a file over its time limit (a busy
machine) is transient: the file is tried once more in this run with a fresh
worker, and if that fails too it is stored with error_kind `transient`, which
the next plain run redoes once. A file over the memory ceiling is permanent:
it needs that memory whatever the machine does.
"""
from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from pipeline.bulk.worker import (
    DEFAULT_PROCESS_FN,
    FileResult,
    FileTask,
    encode_frame,
    failed_result,
    second_transient_failure,
    split_frames,
)
from schemas.errors import ConfigError, ResourceLimitExceeded

DEFAULT_TIMEOUT_S = 120.0
# A PDF's time limit grows by this much per page: a scanned page takes 3-6 s of OCR on one core
# (bench/bench_ocr.py), twice that on a loaded machine. A 300-page scan thus gets 120 + 3,000 s
# while the other workers go on with the batch; OCR itself stops after OcrSettings.max_pages.
TIMEOUT_PER_PDF_PAGE_S = 10.0
DEFAULT_MAX_MEMORY_MB = 1536
# A worker left holding more than this after a file is replaced by a fresh one (~0.5 s to start):
# a text PDF leaves a worker at ~110 MB, one OCR'd scan at ~500-700 MB (ONNX Runtime's buffers),
# which it would otherwise keep for the rest of the batch.
DEFAULT_RECYCLE_ABOVE_MB = 400
POLL_INTERVAL_S = 0.05
STARTUP_TIMEOUT_S = 300.0
RSS_SAMPLE_EVERY = 25
# Workers that die before they are ready, in a row, before the pool gives up (a broken install).
MAX_START_FAILURES = 3


def available_cores() -> int:
    """Cores this process may run on (respects taskset/cgroup affinity, unlike os.cpu_count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class PoolSettings:
    workers: int = field(default_factory=available_cores)
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    process_fn: str = DEFAULT_PROCESS_FN
    warm: bool = True
    max_tasks_per_worker: int = 0  # 0: a worker lives for the whole batch
    recycle_above_mb: int = DEFAULT_RECYCLE_ABOVE_MB  # RSS after a file that retires the worker; 0: never
    poll_interval_s: float = POLL_INTERVAL_S
    startup_timeout_s: float = STARTUP_TIMEOUT_S

    def __post_init__(self) -> None:
        for name in ("workers",):
            if getattr(self, name) < 1:
                raise ConfigError(f"PoolSettings.{name} must be at least 1, got {getattr(self, name)}")
        for name in ("timeout_s", "max_memory_mb", "max_tasks_per_worker", "recycle_above_mb"):
            if getattr(self, name) < 0:
                raise ConfigError(f"PoolSettings.{name} must be 0 (off) or positive, got {getattr(self, name)}")


def time_limit(timeout_s: float, task: FileTask) -> float:
    """Seconds a task may take: the base limit plus OCR time for every PDF page (0: no limit)."""
    if not timeout_s:
        return 0.0
    return timeout_s + TIMEOUT_PER_PDF_PAGE_S * task.pages


def time_limit_error(timeout_s: float, pages: int = 0) -> ResourceLimitExceeded:
    extra = f" plus {TIMEOUT_PER_PDF_PAGE_S:g} s for each of its {pages} PDF pages" if pages else ""
    return ResourceLimitExceeded(f"took longer than {timeout_s:g} s (time limit per file, --timeout{extra})")


def memory_limit_error(max_memory_mb: int) -> ResourceLimitExceeded:
    return ResourceLimitExceeded(f"needed more than {max_memory_mb} MB (memory ceiling per file, --max-memory-mb)")


def proc_cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process from /proc/PID/stat (0 when gone or not on Linux)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def _proc_status_mb(pid: int, key: str) -> float:
    """A memory line of /proc/PID/status in MB (0 when the process is gone or not on Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


@dataclass
class WorkerStats:
    """Memory seen of one worker process over its life."""

    pid: int
    tasks: int = 0
    peak_rss_mb: float = 0.0
    rss_after_first_mb: float = 0.0
    rss_after_last_mb: float = 0.0
    end: str = "running"
    cpu_seconds: float = 0.0  # user + system time of the worker process, as of its last file
    # (files done, RSS MB) every RSS_SAMPLE_EVERY files: flat memory shows as a flat series.
    rss_samples: list[tuple[int, float]] = field(default_factory=list)


@dataclass
class _Worker:
    proc: subprocess.Popen[bytes]
    spawned_at: float
    buffer: bytearray = field(default_factory=bytearray)
    ready: bool = False
    task: FileTask | None = None
    task_started: float = 0.0
    stats: WorkerStats = field(default_factory=lambda: WorkerStats(0))

    @property
    def fd(self) -> int:
        assert self.proc.stdout is not None
        return self.proc.stdout.fileno()


class WorkerPool:
    """`run(tasks, on_result)`: every task gets exactly one `FileResult`, whatever happens to its worker."""

    def __init__(self, settings: PoolSettings | None = None) -> None:
        self.settings = settings or PoolSettings()
        self._workers: list[_Worker] = []
        self._selector = selectors.DefaultSelector()
        self._start_failures = 0
        self._queue: list[FileTask] = []  # the next task is popped from the end
        self.worker_stats: list[WorkerStats] = []
        self.retried: list[str] = []  # paths tried a second time after a transient failure

    # --- lifecycle ---

    def _spawn(self) -> _Worker:
        s = self.settings
        command = [sys.executable, "-m", "pipeline.bulk.worker", s.process_fn, "1" if s.warm else "0",
                   str(s.max_memory_mb)]
        # A new session: Ctrl-C in the terminal reaches only the parent, which then stops the workers.
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, start_new_session=True)
        worker = _Worker(proc, time.monotonic(), stats=WorkerStats(proc.pid))
        self.worker_stats.append(worker.stats)
        self._workers.append(worker)
        self._selector.register(worker.fd, selectors.EVENT_READ, worker)
        return worker

    def _retire(self, worker: _Worker, end: str, kill: bool) -> None:
        self._selector.unregister(worker.fd)
        self._workers.remove(worker)
        worker.stats.end = end
        proc = worker.proc
        if kill:
            proc.kill()
        elif proc.stdin is not None:
            try:
                proc.stdin.close()  # EOF: the worker returns from its loop
            except OSError:
                pass
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass

    def start(self, n: int) -> None:
        """Start up to `n` workers now, so they warm up (Python, jieba) while the caller plans."""
        while len(self._workers) < min(n, self.settings.workers):
            self._spawn()

    def close(self) -> None:
        # An idle worker holds nothing: killing it spares its interpreter's teardown (~0.1 s).
        for worker in list(self._workers):
            self._retire(worker, "closed", kill=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- the loop ---

    def run(self, tasks: Sequence[FileTask], on_result: Callable[[FileResult], None],
            on_tick: Callable[[], None] | None = None) -> None:
        """Every task's result through `on_result`; `on_tick` at least every poll interval."""
        queue = self._queue = list(reversed(tasks))
        wanted = min(self.settings.workers, len(tasks))
        for idle in self._workers[wanted:]:  # started ahead for files the plan then skipped
            self._retire(idle, "not needed", kill=True)
        while len(self._workers) < wanted:
            self._spawn()
        while queue or any(w.task for w in self._workers):
            for worker in self._workers:
                if worker.ready and worker.task is None and queue:
                    self._send(worker, queue.pop())
            for key, _ in self._selector.select(self._wait_time()):
                if key.data in self._workers:  # not retired earlier in this round
                    self._read(key.data, on_result)
            self._enforce_limits(on_result)
            if on_tick:
                on_tick()
            # Replace retired workers, but never start more than the files left need.
            busy = sum(1 for w in self._workers if w.task)
            while len(self._workers) < min(wanted, len(queue) + busy):
                self._spawn()

    def _wait_time(self) -> float:
        s = self.settings
        deadlines = [w.task_started + time_limit(s.timeout_s, w.task) for w in self._workers if w.task and s.timeout_s]
        wait = s.poll_interval_s if s.max_memory_mb else 1.0
        if deadlines:
            wait = min(wait, max(0.0, min(deadlines) - time.monotonic()))
        return wait

    def _send(self, worker: _Worker, task: FileTask) -> None:
        assert worker.proc.stdin is not None
        worker.task, worker.task_started = task, time.monotonic()
        try:
            worker.proc.stdin.write(encode_frame(task))
            worker.proc.stdin.flush()
        except BrokenPipeError:
            pass  # the worker died; its EOF is read next and the task is reported then

    def _read(self, worker: _Worker, on_result: Callable[[FileResult], None]) -> None:
        data = os.read(worker.fd, 1 << 20)
        if not data:
            self._on_death(worker, on_result)
            return
        worker.buffer += data
        for message in split_frames(worker.buffer):
            kind = message[0]
            if kind == "ready":
                worker.ready = True
                self._start_failures = 0
            elif kind == "result":
                self._finish(worker, message[2], on_result)
                limit = self.settings.max_tasks_per_worker
                if limit and worker.stats.tasks >= limit:
                    self._retire(worker, "recycled", kill=False)
                    return
                above = self.settings.recycle_above_mb
                if above and worker.stats.rss_after_last_mb > above:
                    # Idle between files, it holds nothing: killed, like an idle worker at close.
                    self._retire(worker, "recycled (memory)", kill=True)
                    return
            elif kind == "memory":
                task = worker.task
                assert task is not None
                self._finish(worker, failed_result(task, memory_limit_error(self.settings.max_memory_mb).message,
                                                   time.monotonic() - worker.task_started), on_result)
                self._retire(worker, "memory ceiling", kill=True)
                return

    def _finish(self, worker: _Worker, result: FileResult, on_result: Callable[[FileResult], None]) -> None:
        stats = worker.stats
        stats.tasks += 1
        stats.peak_rss_mb = max(stats.peak_rss_mb, _proc_status_mb(worker.proc.pid, "VmHWM:"))
        stats.rss_after_last_mb = _proc_status_mb(worker.proc.pid, "VmRSS:")
        stats.cpu_seconds = proc_cpu_seconds(worker.proc.pid)
        if stats.tasks == 1:
            stats.rss_after_first_mb = stats.rss_after_last_mb
        if stats.tasks % RSS_SAMPLE_EVERY == 0:
            stats.rss_samples.append((stats.tasks, round(stats.rss_after_last_mb, 1)))
        worker.task = None
        on_result(result)

    def _on_death(self, worker: _Worker, on_result: Callable[[FileResult], None]) -> None:
        task = worker.task
        self._retire(worker, "died", kill=True)
        code = worker.proc.returncode
        if task is not None:
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
            if code == -signal.SIGKILL:
                how += ", perhaps by the system's out-of-memory killer"
            self._transient_failure(task, f"the worker process died while processing this file ({how})",
                                    time.monotonic() - worker.task_started, on_result)
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= MAX_START_FAILURES:
                raise ConfigError(
                    f"{MAX_START_FAILURES} worker processes in a row died while starting (last exit code {code}); "
                    "see their messages above"
                )

    def _enforce_limits(self, on_result: Callable[[FileResult], None]) -> None:
        s = self.settings
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is None:
                if not worker.ready and now - worker.spawned_at > s.startup_timeout_s:
                    self._retire(worker, "start-up timeout", kill=True)
                    raise ConfigError(f"a worker process did not start within {s.startup_timeout_s:g} s")
                continue
            error = None
            limit = time_limit(s.timeout_s, worker.task)
            if limit and now - worker.task_started > limit:
                error, end = time_limit_error(limit, worker.task.pages), "time limit"
            elif s.max_memory_mb and _proc_status_mb(worker.proc.pid, "VmRSS:") > s.max_memory_mb:
                error, end = memory_limit_error(s.max_memory_mb), "memory ceiling"
            if error is None:
                continue
            task = worker.task
            worker.stats.peak_rss_mb = max(worker.stats.peak_rss_mb, _proc_status_mb(worker.proc.pid, "VmHWM:"))
            self._retire(worker, end, kill=True)
            if end == "time limit":
                self._transient_failure(task, error.message, now - worker.task_started, on_result)
            else:
                on_result(failed_result(task, error.message, now - worker.task_started))

    def _transient_failure(self, task: FileTask, reason: str, seconds: float,
                           on_result: Callable[[FileResult], None]) -> None:
        """Try the file once more with a fresh worker; a second transient failure is stored, and says so."""
        if not task.retry:
            self.retried.append(task.path)
            self._queue.append(replace(task, retry=True))  # next in line
            return
        on_result(second_transient_failure(task, reason, seconds))


def proc_rss_mb(pid: int | None = None) -> float:
    """Current RSS of a process (this one by default), in MB, from /proc."""
    return _proc_status_mb(pid or os.getpid(), "VmRSS:")


def proc_peak_rss_mb(pid: int | None = None) -> float:
    return _proc_status_mb(pid or os.getpid(), "VmHWM:")


__all__ = [
    "PoolSettings", "WorkerPool", "WorkerStats", "available_cores", "time_limit_error", "memory_limit_error",
    "proc_rss_mb", "proc_peak_rss_mb", "proc_cpu_seconds",
]
