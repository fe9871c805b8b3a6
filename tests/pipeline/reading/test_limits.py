"""Size limits per format: a file over its limit gets a clear `failed` row at once, its bytes never read whole."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.reading.limits import DEFAULT_MAX_FILE_MB, ReadLimits
from pipeline.reading.read import check_size, detect_file_format, read_path
from pipeline.run import process_file
from schemas.errors import ConfigError, EmptyDocument, ResourceLimitExceeded

MEASURE = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
           "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
LINE = "本年支出110.00万元，其中基本支出60.00万元，项目支出50.00万元。\n".encode()


def write_mb(path: Path, mb: float) -> Path:
    chunk = LINE * 10_000
    with path.open("wb") as stream:
        while stream.tell() < mb * 2**20:
            stream.write(chunk)
    return path


def test_resolve_one_limit_for_all_or_per_format() -> None:
    assert ReadLimits.resolve(None).max_file_mb == DEFAULT_MAX_FILE_MB
    every = ReadLimits.resolve(["30"]).max_file_mb
    assert set(every.values()) == {30.0} and set(every) == set(DEFAULT_MAX_FILE_MB)
    mixed = ReadLimits.resolve(["30", "pdf=800"]).max_file_mb
    assert mixed["pdf"] == 800 and mixed["txt"] == 30
    for bad in (["pdfx=3"], ["lots"], ["txt=0"]):
        with pytest.raises(ConfigError, match="max-file-mb"):
            ReadLimits.resolve(bad)


def test_the_limit_names_size_format_and_option(tmp_path: Path) -> None:
    path = write_mb(tmp_path / "big.md", 1.2)
    limits = ReadLimits.resolve(["md=1"])
    with pytest.raises(ResourceLimitExceeded, match=r"over the 1 MB limit for md files \(raise it with --max-file-mb\)"):
        read_path(path, limits)
    check_size(path, ReadLimits.resolve(["md=2"]))  # under: nothing to say
    assert read_path(path).n_pages == 1  # no limits given: read


def test_format_is_judged_from_the_head(tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(EmptyDocument):
        detect_file_format(tmp_path / "empty.pdf")
    (tmp_path / "page.txt").write_bytes(b"<!DOCTYPE html><html>" + LINE * 2000)
    assert detect_file_format(tmp_path / "page.txt") == "html"


def test_over_the_limit_is_a_failed_outcome_with_the_hash_of_the_bytes(tmp_path: Path) -> None:
    import hashlib

    path = write_mb(tmp_path / "big.txt", 1.1)
    outcome = process_file(path, ReadLimits.resolve(["1"]))
    assert outcome.status.value == "failed" and "limit for txt files" in (outcome.error or "")
    assert outcome.report_id == hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_300_mb_text_file_fails_clearly_within_seconds_and_bounded_memory(tmp_path: Path) -> None:
    big = write_mb(tmp_path / "huge.txt", 300)
    good = tmp_path / "good.md"
    good.write_text("2022年度某县交通运输局部门整体支出绩效自评报告\n本年支出110.00万元，自评得分92分。\n", encoding="utf-8")
    db = tmp_path / "d.duckdb"
    command = [str(Path(sys.executable).parent / "jixiao"), "ingest", str(big), str(good), "--db", str(db),
               "--no-validate", "--no-progress", "--workers", "1"]
    started = time.perf_counter()
    # A fresh parent process, so the peak memory measured is this ingest's (the CLI and its worker) alone.
    result = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True, text=True, timeout=120)
    seconds = time.perf_counter() - started
    big.unlink()
    code, peak_mb = (float(x) for x in result.stdout.split()[-2:])
    assert code == 1, result.stderr  # a failed file makes the exit code 1
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT source_path, status || ': ' || coalesce(error, '') FROM reports").fetchall())
    assert rows[str(big)] == ("failed: the file is 300 MB, over the 10 MB limit for txt files "
                              "(raise it with --max-file-mb)")
    assert rows[str(good)].startswith("ok")
    assert seconds < 60  # the good file's worker start-up (spaCy, jieba) is most of it
    assert peak_mb < 600  # the 300 MB are hashed in chunks and never read whole


def test_a_bad_limit_is_one_line_and_exit_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "d.duckdb"),
                                      "--max-file-mb", "pdfx=3", "--no-progress"])
    assert result.exit_code == 2
    assert "unknown format 'pdfx'" in result.output and "Traceback" not in result.output
