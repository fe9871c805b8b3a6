"""The benchmark commands of docs/bulk.md run (on a tiny corpus; they measure, they do not gate)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> str:
    done = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_benchmark_commands_run(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    run("bench/make_corpus.py", str(corpus), "--n", "3", "--jobs", "1")
    out = run("bench/run_bench.py", str(corpus), "--corpora", "--text-only", "--pdf-only", "--limit", "4",
              "--plumber-sample", "0",
              "--skip", "dask", "--json", str(tmp_path / "bench.json"))
    assert "scaling 1 -> " in out and "against the pdfplumber loop" in out
    runs = {r["name"]: r for r in json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))}
    assert runs["pdfplumber text loop"]["files"] == 4
    # the memory run of docs/bulk.md: all formats, the parallel run only
    out = run("bench/run_bench.py", str(corpus), "--corpora", "--limit", "5", "--skip", "one", "--skip", "dask",
              "--skip", "pdfium", "--skip", "plumber")
    assert "every 25 files" in out and "jixiao ingest, " in out and "pdfplumber" not in out
    # docs/bulk.md's bytecode step for a container that sets PYTHONDONTWRITEBYTECODE, as written there
    assert "`.venv/bin/python -m compileall -q pipeline extractors schemas`" in (REPO / "docs" / "bulk.md").read_text(
        encoding="utf-8")
    run("-m", "compileall", "-q", "pipeline", "extractors", "schemas")
    assert next((REPO / "extractors" / "__pycache__").glob("metrics.*.pyc"), None) is not None
    report = REPO / "samples" / "jinsha-jiaotong-2023.md"
    out = run("bench/bench_small.py", str(report), "--runs", "1")
    assert "run 1:" in out and "(exit 0," in out and "median" in out


def test_text_only_leaves_out_the_scans() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("run_bench", REPO / "bench" / "run_bench.py")
    assert spec is not None and spec.loader is not None
    run_bench = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("run_bench", run_bench)  # dataclasses look their module up by name
    spec.loader.exec_module(run_bench)
    assert run_bench.has_text_layer(REPO / "samples" / "huangshan-fanghuo-2020.pdf")
    assert not run_bench.has_text_layer(REPO / "tests" / "corpora" / "heldout20" / "linze-shuiwu-2021.pdf")
