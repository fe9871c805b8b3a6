"""What the bulk tests share: generated reports, the hook module the workers run, table comparison."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb

from schemas.tables import CONTRACT_TABLES, FILES

REPO = Path(__file__).resolve().parents[3]

# The per-file function the workers run in these tests: the real one, except that a file
# named *hang* never returns, one named *hog* allocates until stopped, one named *keep* leaves
# 200 MB behind in its worker (as OCR's buffers are), one named *crash*
# kills its worker until a "cured" file exists, files named after JIXIAO_TEST_GATE_AFTER wait
# for a gate file, and every file can be slowed down and logged when it starts (with the
# worker's pid) and ends (to kill a batch in the middle).
HOOKS = '''
import os
import signal
import time
from pathlib import Path

from pipeline.run import process_file

_KEPT = []


def process(path):
    name = Path(path).name
    started = os.environ.get("JIXIAO_TEST_START_LOG")
    if started:
        with open(started, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {name}\\n")
    if "crash" in name and not os.path.exists(os.environ.get("JIXIAO_TEST_CRASH_CURED", "/nonexistent")):
        os.kill(os.getpid(), signal.SIGKILL)  # the worker dies, as under the OOM killer
    gate = os.environ.get("JIXIAO_TEST_GATE")
    if gate and name > os.environ.get("JIXIAO_TEST_GATE_AFTER", "~"):
        while not os.path.exists(gate):  # held until the test opens the gate
            time.sleep(0.05)
    if "hang" in name:
        time.sleep(3600)
    if "hog" in name:
        hoard = []
        while True:
            hoard.append(b"x" * (16 << 20))
            time.sleep(0.005)
    if "keep" in name:
        _KEPT.append(b"x" * (200 << 20))
    time.sleep(float(os.environ.get("JIXIAO_TEST_DELAY", "0")))
    outcome = process_file(path)
    log = os.environ.get("JIXIAO_TEST_DONE_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as out:
            out.write(name + "\\n")
    return outcome
'''
HOOK_FN = "jixiao_bulk_hooks:process"

REPORT = """# {dept}{year}年度部门整体支出绩效自评报告

## 一、部门基本情况
{dept}主要职责是做好本区{topic}工作。

## 二、部门整体支出情况
{year}年度年初预算{budget}万元，全年预算数{budget}万元，全年执行数{spent}万元，预算执行率{rate}%。

## 三、绩效目标完成情况
全年开展{topic}检查{n}次，覆盖企业{m}家。

## 四、存在的问题
（一）预算编制不够精细。
"""


def write_reports(folder: Path, n: int, extra: dict[str, str] | None = None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text = REPORT.format(dept=f"某区第{i + 1}局", year=2020 + i % 4, topic=("安全", "教育", "卫生")[i % 3],
                             budget=100 + i, spent=90 + i, rate=f"{(90 + i) / (100 + i) * 100:.2f}", n=i + 3, m=i * 7)
        path = folder / f"report-{i:02d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    for name, text in (extra or {}).items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


# Columns that say when or by which run a row was written, not what it holds.
RUN_COLUMNS = frozenset({"ingested_at", "run_id", "first_seen", "last_seen", "outcome"})


def table_rows(con: duckdb.DuckDBPyConnection, table: str, source: str | None = None) -> list[tuple]:
    """A table's rows without the run's own columns, sorted, for comparing two runs."""
    columns = [c.name for spec in (*CONTRACT_TABLES, FILES) if spec.name == table for c in spec.columns
               if c.name not in RUN_COLUMNS]
    rows = con.execute(f"SELECT {', '.join(columns)} FROM {source or table}").fetchall()
    return sorted(rows, key=repr)


def all_tables(db: Path) -> dict[str, list[tuple]]:
    """Every contract table and the input ledger."""
    with duckdb.connect(str(db), read_only=True) as con:
        return {spec.name: table_rows(con, spec.name) for spec in (*CONTRACT_TABLES, FILES)}


def run_cli(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    env = {"JIXIAO_LANG": "en", **env}  # the tests read the English messages
    return subprocess.Popen([sys.executable, "-m", "pipeline.cli.app", "ingest", *args], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
