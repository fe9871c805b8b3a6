"""The per-file work of a bulk ingest, and the worker process that runs it.

`file_result(path, process_fn)` is the one function every bulk path runs (local
pool, in-process, Dask): a file in, the rows it contributes out, as a picklable
`FileResult`. `python -m pipeline.bulk.worker` is the isolated worker the pool
starts: it warms jieba once, then answers tasks read from stdin with
frames on a private copy of stdout, so stray prints of libraries go to stderr
and never corrupt the protocol.
"""
from __future__ import annotations

import importlib
import os
import pickle
import resource
import struct
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.storage.rows import TRANSIENT, Row, outcome_rows
from schemas.errors import ConfigError
from schemas.facts import ReportOutcome, Status

DEFAULT_PROCESS_FN = "pipeline.run:process_file"
_HEADER = struct.Struct("!Q")
_PR_SET_PDEATHSIG = 1

ProcessFn = Callable[[str], ReportOutcome]


@dataclass(frozen=True)
class FileTask:
    """One file to ingest: its path, and what the parent already knows of it."""

    task_id: int
    path: str
    report_id: str
    source_format: str
    pages: int = 0  # PDF pages, counted when planning: scanned pages earn OCR time (pool.time_limit)
    retry: bool = False  # the second attempt of this run, after a transient failure
    redo_of_transient: bool = False  # stored as a transient failure by an earlier run


@dataclass(frozen=True)
class FileResult:
    """What ingesting one file produced, as rows ready for the single writer."""

    path: str
    report_id: str
    status: str
    error: str | None
    n_pages: int
    rows: dict[str, list[Row]] = field(default_factory=dict)
    flag_severities: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    pages_by_engine: tuple[tuple[str, int], ...] = ()


def resolve_process_fn(spec: str) -> ProcessFn:
    """`module:function` to the function (the test hook swaps the per-file work this way)."""
    module_name, _, attr = spec.partition(":")
    if not module_name or not attr:
        raise ConfigError(f"process function must be written module:function, got {spec!r}")
    try:
        fn: ProcessFn = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cannot load the process function {spec!r} ({exc})") from exc
    return fn


def outcome_to_result(outcome: ReportOutcome, seconds: float = 0.0) -> FileResult:
    severities: dict[str, int] = {}
    for flag in outcome.facts.flags if outcome.facts else ():
        severities[flag.severity.value] = severities.get(flag.severity.value, 0) + 1
    return FileResult(
        path=outcome.source_path, report_id=outcome.report_id, status=outcome.status.value,
        error=outcome.error, n_pages=outcome.n_pages, rows=outcome_rows(outcome),
        flag_severities=severities, seconds=seconds, pages_by_engine=outcome.pages_by_engine,
    )


def failed_result(task: FileTask, reason: str, seconds: float = 0.0, *, transient: bool = False) -> FileResult:
    """The `failed` row of a file the worker could not finish (time, memory, crash).

    A transient failure (the worker was killed, or ran out of time on a busy
    machine) is stored with error_kind `transient`, which a plain resume redoes.
    """
    outcome = ReportOutcome(task.path, task.report_id, task.source_format, Status.FAILED, reason)
    result = outcome_to_result(outcome, seconds)
    if transient:
        result.rows["reports"][0]["error_kind"] = TRANSIENT
    return result


def second_transient_failure(task: FileTask, reason: str, seconds: float = 0.0) -> FileResult:
    """A file that failed transiently twice in this run: transient again, unless an earlier run saw it too."""
    if task.redo_of_transient:
        return failed_result(task, f"{reason}; it failed this way in an earlier run too, so it is kept as a "
                                   "permanent failure (--retry-failed tries it again)", seconds)
    return failed_result(task, f"{reason}; tried twice in this run: the next plain `jixiao ingest` tries it again",
                         seconds, transient=True)


def file_result(path: str, process_fn: ProcessFn) -> FileResult:
    """Run the per-file work; MemoryError is let through so the caller can name the ceiling."""
    started = time.perf_counter()
    outcome = process_fn(path)
    if outcome.status is Status.FAILED and (outcome.error or "").startswith(
        "internal error while processing (MemoryError"
    ):
        # run.process_file turns every exception into a row; a MemoryError there means the
        # address-space backstop was hit, which the parent reports as the memory ceiling.
        raise MemoryError(outcome.error)
    return outcome_to_result(outcome, time.perf_counter() - started)


def warm_up() -> None:
    """Load jieba's dictionary and its POS tagger once, before the first file's clock starts."""
    from schemas.text.nlp import pos_tags

    pos_tags("预算执行")


# --- framing: 8-byte length, then a pickle ---------------------------------------------------

def encode_frame(message: Any) -> bytes:
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(payload)) + payload


def split_frames(buffer: bytearray) -> list[Any]:
    """Complete messages at the head of `buffer` (consumed); a partial frame stays for later."""
    messages = []
    while len(buffer) >= _HEADER.size:
        (size,) = _HEADER.unpack_from(buffer)
        if len(buffer) < _HEADER.size + size:
            break
        messages.append(pickle.loads(bytes(buffer[_HEADER.size:_HEADER.size + size])))
        del buffer[:_HEADER.size + size]
    return messages


def _read_frame(stream: BinaryIO) -> Any | None:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    payload = stream.read(size)
    if len(payload) < size:
        return None
    return pickle.loads(payload)


# --- the worker process -------------------------------------------------------------------

def _die_with_parent() -> None:
    """Linux: SIGKILL this worker when the parent dies, so a killed ingest leaves no orphan."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # no prctl in this libc: the EOF on stdin still ends us
        return


def _vm_size_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _set_address_space_backstop(max_memory_mb: int) -> None:
    """A hard cap the RSS watchdog cannot miss: start-up size plus twice the ceiling.

    Address space overstates memory use (shared libraries, arenas), so it only
    stops runaway allocations between two watchdog polls; the watchdog names the reason.
    """
    if max_memory_mb <= 0 or not hasattr(resource, "RLIMIT_AS"):
        return
    limit = int((_vm_size_mb() + 2 * max_memory_mb) * 1024 * 1024)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main(argv: list[str]) -> int:
    process_spec, warm, max_memory_mb = argv[0], argv[1] == "1", int(argv[2])
    protocol_out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything printed from here on goes to stderr
    protocol_in = sys.stdin.buffer
    _die_with_parent()
    process_fn = resolve_process_fn(process_spec)
    if warm:
        warm_up()
    _set_address_space_backstop(max_memory_mb)

    def send(message: Any) -> None:
        protocol_out.write(encode_frame(message))
        protocol_out.flush()

    send(("ready", os.getpid()))
    while True:
        task = _read_frame(protocol_in)
        if task is None:  # the parent closed our stdin, or died
            return 0
        try:
            result = file_result(task.path, process_fn)
        except MemoryError:
            send(("memory", task.task_id))
            return 3  # the heap may be in a bad state: the parent starts a fresh worker
        except Exception as exc:  # noqa: BLE001 - batch boundary: a bug in a process function fails one file
            result = failed_result(task, f"internal error while processing ({type(exc).__name__}: {exc})")
        send(("result", task.task_id, result))


if __name__ == "__main__":
    # Run the function of the module imported under its own name, so what is pickled
    # is `pipeline.bulk.worker.FileResult`, not `__main__.FileResult`.
    from pipeline.bulk.worker import worker_main as _worker_main

    sys.exit(_worker_main(sys.argv[1:]))
