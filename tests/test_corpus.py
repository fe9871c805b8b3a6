"""The shipped samples and the shared dev corpus, end to end (accuracy is measured, not gated)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pipeline.run import iter_input_files, process_file
from pipeline.storage.store import Store
from tests.conftest import REPO, shared_dir


def ingest(folder: Path, db: Path) -> None:
    with Store(db) as store:
        for path in iter_input_files([folder]):
            store.write(process_file(path))


FOLDERS = {"samples": lambda: REPO / "samples", "heldout": lambda: REPO / "tests" / "corpora" / "heldout",
           "heldout2": lambda: REPO / "tests" / "corpora" / "heldout2", "heldout4": lambda: REPO / "tests" / "corpora" / "heldout4",
           "heldout5": lambda: REPO / "tests" / "corpora" / "heldout5", "heldout6": lambda: REPO / "tests" / "corpora" / "heldout6",
           "dev": lambda: shared_dir() / "corpus" / "dev"}


@pytest.fixture(scope="module", params=sorted(FOLDERS))
def scored(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    folder = FOLDERS[request.param]()
    db = tmp_path_factory.mktemp(request.param) / "jixiao.duckdb"
    ingest(folder, db)
    out = db.with_suffix(".json")
    scorer = shared_dir() / "tools" / "score.py"
    run = subprocess.run([sys.executable, str(scorer), "--db", str(db), "--golden", str(folder), "--json", str(out)],
                         capture_output=True, text=True, check=False)
    print(run.stdout)
    return folder, db, json.loads(out.read_text(encoding="utf-8"))


def test_every_file_gets_its_golden_status(scored) -> None:  # type: ignore[no-untyped-def]
    folder, db, _ = scored
    con = duckdb.connect(str(db), read_only=True)
    got = {Path(p).name: s for p, s in con.execute("SELECT source_path, status FROM reports").fetchall()}
    want = {}
    for golden in folder.glob("*.golden.json"):
        stem = golden.name[: -len(".golden.json")]
        (document,) = [p.name for p in folder.iterdir() if p.stem == stem and p.name != golden.name]
        want[document] = json.loads(golden.read_text(encoding="utf-8"))["report"].get("status", "ok")
    assert got == want


def test_every_planted_error_is_flagged_and_nothing_else(scored) -> None:  # type: ignore[no-untyped-def]
    _, _, result = scored
    for doc in result["docs"]:
        assert doc["flags"]["fn"] == 0, (doc["doc"], doc["notes"])
        assert doc["flags"]["fp"] == 0, (doc["doc"], doc["notes"])


def test_no_value_from_not_metrics_is_extracted(scored) -> None:  # type: ignore[no-untyped-def]
    _, _, result = scored
    for doc in result["docs"]:
        assert doc["metrics"]["fp"] == 0, (doc["doc"], doc["notes"])
