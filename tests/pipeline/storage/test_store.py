import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from pipeline.outputs.export import export
from pipeline.run import process_file
from pipeline.storage.store import Store
from schemas.errors import DatabaseBusy

REPORT = (
    "2022年度某县交通运输局部门整体支出绩效自评报告\n一、收支情况\n"
    "2022年部门年初预算为100.00万元,调整后预算为120.00万元。本年支出110.00万元,其中基本支出60.00万元,"
    "项目支出50.00万元。预算执行率为91.67%。\n二、自评结论\n自评得分92分,等级为“优”。\n"
)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def counts(store: Store) -> dict[str, int]:
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[index]
            for t in ("reports", "budget_items", "flags")}


def test_money_is_stored_as_exact_yuan(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write(process_file(write(tmp_path, "a.md", REPORT)))
    con = duckdb.connect(str(db), read_only=True)
    value, stated = con.execute("SELECT value, stated FROM budget_items WHERE item = 'budget_initial'").fetchone()  # type: ignore[misc]
    assert value == Decimal("1000000.00") and stated == "100.00万元"
    kind, score = con.execute("SELECT report_kind, self_score FROM reports").fetchone()  # type: ignore[misc]
    assert kind == "department_overall" and score == Decimal("92")


def test_reingesting_replaces_rows(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    path = write(tmp_path, "a.md", REPORT)
    with Store(db) as store:
        store.write(process_file(path))
        first = counts(store)
        store.write(process_file(path))
        assert counts(store) == first
        path.write_text(REPORT.replace("92分", "93分"), encoding="utf-8")  # same path, new bytes
        store.write(process_file(path))
        assert counts(store)["reports"] == 1


def test_a_broken_file_gets_a_failed_row_with_a_reason(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    broken = tmp_path / "b.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    with Store(db) as store:
        store.write(process_file(broken))
        store.write(process_file(write(tmp_path, "notes.txt", "会议纪要:明天下午开会。")))
    con = duckdb.connect(str(db), read_only=True)
    rows = dict(con.execute("SELECT source_format, status FROM reports").fetchall())
    assert rows == {"pdf": "failed", "txt": "not_a_report"}
    assert all(r[0] for r in con.execute("SELECT error FROM reports").fetchall())


def test_export_formats(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.write(process_file(write(tmp_path, "a.md", REPORT)))
    for fmt in ("parquet", "csv", "xlsx"):
        files = export(db, fmt, tmp_path / fmt)
        assert files and all(f.exists() and f.stat().st_size > 0 for f in files)
    import pandas as pd

    frame = pd.read_parquet(tmp_path / "parquet" / "budget_items.parquet")
    assert set(frame["item"]) >= {"budget_initial", "expenditure_total", "execution_rate"}


def test_a_budget_disclosure_that_mentions_performance_is_not_a_report(tmp_path: Path) -> None:
    text = ("某县财政局2023年部门预算公开说明\n一、部门职责\n负责全县财政工作。\n二、收支预算情况\n"
            "收入预算1200万元。\n三、预算绩效管理情况\n按要求设置绩效目标,开展绩效自评。\n")
    outcome = process_file(write(tmp_path, "disclosure.md", text))
    assert outcome.status.value == "not_a_report" and outcome.error


HOLD = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
print("held", flush=True)
time.sleep(float(sys.argv[2]))
con.close()
"""


def test_opening_waits_while_another_process_holds_the_database_then_says_who(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    Store(db).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), "1.5"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(DatabaseBusy, match=f"PID {holder.pid}"):
            Store(db, read_only=True, wait_s=0.2)
        with Store(db, read_only=True, wait_s=30) as store:  # waits for the holder to let go
            assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (0,)
    finally:
        holder.wait(timeout=30)


def test_a_released_store_opens_again_on_its_next_use(tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    with Store(db) as store:
        store.release()
        with duckdb.connect(str(db), read_only=True) as other:  # another reader may open it meanwhile
            assert other.execute("SELECT count(*) FROM files").fetchone() == (0,)
        store.write(process_file(write(tmp_path, "a.md", REPORT)))
        assert counts(store)["reports"] == 1
