"""Fuzzing the whole batch: byte-level mutants of every sample format go through the real bulk ingest.

Mutants (bit flips, random bytes, truncations, chunk copies and deletions) of each file in `samples/`
and of an OFD rendering of one, drawn from one seed (`JIXIAO_FUZZ_SEED`, default below; the failure
message names it), are ingested by the worker pool. Every file must get its row, the batch must
complete, no file may end in an internal error (a bug: the mutant is a crasher), and at least 90 % of
the single-byte mutants of text formats (one byte changed, or a cut anywhere, mid-character
included) must still end `ok` or `partial`. Crashers found are kept in `tests/fuzz/crashers/`
(set `JIXIAO_FUZZ_SAVE=1` to write them there) and replayed by `test_crashers_stay_fixed`.
"""
from __future__ import annotations

import hashlib
import os
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.bulk.engine import BulkSettings, ingest_bulk
from pipeline.bulk.pool import PoolSettings
from pipeline.reading.read import read_path
from pipeline.run import process_file
from pipeline.storage.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import build_ofd  # noqa: E402
from mutate import mutants  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
CRASHERS = Path(__file__).resolve().parent / "crashers"
DEFAULT_SEED = 20261205
CASES = 280
TEXT_SUFFIXES = (".txt", ".md", ".html")
MIN_TEXT_READABLE_SHARE = 0.9
STATUSES = {"ok", "partial", "failed", "needs_ocr", "not_a_report"}


def seed_files() -> dict[str, bytes]:
    samples = REPO / "samples"
    seeds = {p.name: p.read_bytes() for p in sorted(samples.iterdir())
             if p.suffix in (".pdf", ".docx", ".xlsx", ".html", ".txt", ".md")}
    html = next(p for p in sorted(samples.iterdir()) if p.suffix == ".html")
    seeds[f"{html.stem}.ofd"] = build_ofd.document_to_ofd(read_path(html))
    return seeds


def test_mutants_of_every_format_each_get_a_row(tmp_path: Path) -> None:
    seed = int(os.environ.get("JIXIAO_FUZZ_SEED", DEFAULT_SEED))
    cases = mutants(seed_files(), CASES, seed)
    folder = tmp_path / "mutants"
    folder.mkdir()
    paths = {}
    for case in cases:
        path = folder / f"{case.name}{case.suffix}"
        path.write_bytes(case.data)
        paths[str(path)] = case
    started = time.perf_counter()
    with Store(tmp_path / "fuzz.duckdb") as store:
        report = ingest_bulk(sorted(folder.iterdir()), store,
                             BulkSettings(pool=PoolSettings(workers=2, timeout_s=60, max_memory_mb=1536)))
    seconds = time.perf_counter() - started
    con = duckdb.connect(str(tmp_path / "fuzz.duckdb"), read_only=True)
    rows = {rid: (path, status, error) for rid, path, status, error in
            con.execute("SELECT report_id, source_path, status, error FROM reports").fetchall()}
    by_path = {path: (status, error) for path, status, error in rows.values()}
    missing = [name for name, case in paths.items() if hashlib.sha256(case.data).hexdigest() not in rows]
    crashers = {path: error for path, (status, error) in by_path.items()
                if status not in STATUSES or "internal error" in (error or "") or (status == "failed" and not error)}
    if crashers and os.environ.get("JIXIAO_FUZZ_SAVE"):
        for path in crashers:
            (CRASHERS / Path(path).name).write_bytes(Path(path).read_bytes())
    text_single = [name for name, case in paths.items() if case.single_byte and case.suffix in TEXT_SUFFIXES]
    readable = [name for name in text_single if by_path.get(name, ("", ""))[0] in ("ok", "partial")]
    share = len(readable) / max(len(text_single), 1)
    print(f"\nfuzz: seed {seed}, {len(cases)} cases in {seconds:.1f} s; statuses {report.summary.by_status}; "
          f"single-byte text mutants ok/partial {len(readable)}/{len(text_single)} ({share:.0%})")
    assert not missing, f"seed {seed}: files without a row: {missing[:5]}"
    assert not crashers, f"seed {seed}: crashers (set JIXIAO_FUZZ_SAVE=1 to keep them): {list(crashers.items())[:5]}"
    assert sum(report.summary.by_status.values()) == len(cases)
    assert share >= MIN_TEXT_READABLE_SHARE, f"seed {seed}: only {share:.0%} of single-byte text mutants readable"


@pytest.mark.parametrize("crasher", sorted(p.name for p in CRASHERS.iterdir() if p.is_file()) if CRASHERS.exists() else [])
def test_crashers_stay_fixed(crasher: str) -> None:
    outcome = process_file(CRASHERS / crasher)
    assert outcome.status.value in STATUSES
    assert "internal error" not in (outcome.error or ""), outcome.error
