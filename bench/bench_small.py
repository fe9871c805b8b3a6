"""Wall time of `jixiao ingest` on one small report, validation included: the fixed costs.

    .venv/bin/python bench/bench_small.py [FILE] [--runs 7]

Without FILE, the dev corpus's Markdown report (../shared/corpus/dev) is used. Each run
is a fresh `jixiao ingest FILE --db NEW.duckdb --no-progress` process (start-up, worker
warm-up, reading, the closing validation, exit), timed from outside. Prints every run
with the machine's load average, then the median and the best. Not a CI gate.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
JIXIAO = Path(sys.executable).parent / "jixiao"


def default_report() -> Path:
    found = sorted((REPO.parent / "shared" / "corpus" / "dev").glob("*.md"))
    if not found:
        raise SystemExit("no FILE given and no ../shared/corpus/dev/*.md beside the checkout")
    return found[0]


def one_run(report: Path) -> tuple[float, float, int]:
    """(seconds, load average before, exit code) of one ingest into a fresh database."""
    with tempfile.TemporaryDirectory(prefix="jixiao-small-") as tmp:
        load = os.getloadavg()[0]
        started = time.perf_counter()
        done = subprocess.run([str(JIXIAO), "ingest", str(report), "--db", str(Path(tmp) / "x.duckdb"),
                               "--no-progress"], capture_output=True, text=True, check=False)
        return time.perf_counter() - started, load, done.returncode


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    report = args.file or default_report()
    print(f"{report.name}: {report.stat().st_size} bytes; {args.runs} runs")
    seconds = []
    for i in range(args.runs):
        wall, load, code = one_run(report)
        seconds.append(wall)
        print(f"  run {i + 1}: {wall:.2f} s (exit {code}, load {load:.1f})", flush=True)
    print(f"median {statistics.median(seconds):.2f} s, best {min(seconds):.2f} s, "
          f"load now {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
