"""The bulk writer lets go of the database between commits and waits for a reader that holds it."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import pipeline.bulk.writer as writer_module
from pipeline.bulk.worker import outcome_to_result
from pipeline.bulk.writer import BatchWriter
from pipeline.run import process_file
from pipeline.storage.store import Store
from tests.pipeline.bulk.helpers import write_reports

HOLD_READ_ONLY = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def test_a_commit_waits_for_a_reader_to_let_go_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer_module, "BUSY_NOTICE_S", 0.3)
    monkeypatch.setenv("JIXIAO_LANG", "en")
    results = [outcome_to_result(process_file(p)) for p in write_reports(tmp_path / "in", 2)]
    db = tmp_path / "d.duckdb"
    notes: list[str] = []
    stored: list[str] = []
    with Store(db) as store:
        store.release()  # as the engine does after planning
        reader = subprocess.Popen([sys.executable, "-c", HOLD_READ_ONLY, str(db), "2"], stdout=subprocess.PIPE,
                                  text=True)
        try:
            assert reader.stdout is not None and reader.stdout.readline() == "held\n"
            writer = BatchWriter(store, max_reports=1, on_notice=notes.append,
                                 on_stored=lambda r: stored.append(r.path))
            for result in results:
                writer.add(result)  # handed to the writer thread: never blocks on the reader
            writer.flush()
        finally:
            reader.wait(timeout=30)
    assert sorted(stored) == sorted(r.path for r in results)
    assert len(notes) == 1 and "finished files wait to be committed" in notes[0]
    assert f"PID {reader.pid}" in notes[0]
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM reports").fetchone() == (2,)
        assert con.execute("SELECT count(*) FROM files").fetchone() == (0,)  # no ledger entries were given



@pytest.mark.parametrize("hold_s", [60.0, 0.0])
def test_commits_keep_the_database_open_for_a_while_and_let_it_go_at_the_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hold_s: float) -> None:
    # opening and closing the file per commit costs the parent CPU the workers need; readers wait up to 30 s
    monkeypatch.setattr(writer_module, "RELEASE_AFTER_S", hold_s)
    results = [outcome_to_result(process_file(p)) for p in write_reports(tmp_path / "in", 3)]
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.release()
        let_go: list[bool] = []
        original = store.release
        monkeypatch.setattr(store, "release", lambda: (let_go.append(True), original())[1])
        writer = BatchWriter(store, max_reports=1)
        for result in results:
            writer.add(result)
        writer.flush()
        assert store._con is None  # let go at the end, whatever the hold
        # held for a minute: let go once, at the end; held for no time: after every commit
        assert len(let_go) == (1 if hold_s else writer.transactions)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM reports").fetchone() == (3,)
